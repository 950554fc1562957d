"""Supervision watch lists as table models, kept from deltas (STYLE §4-5).

:class:`WatchBook` holds one :class:`WatchListModel` per list of :mod:`commandcenter.domain.watch`.
A delta re-checks only the events it names (``Changes`` ids) and moves single rows; a timer
re-checks the two lists that move with the clock (overdue, due within the hour) with numpy over
the desk's event index, and touches only the events whose membership changed. A snapshot resets.
"""
from __future__ import annotations

import bisect
import time

import numpy as np
from PySide6.QtCore import QModelIndex, QObject, Qt, QTimer, Signal

from commandcenter.domain import watch
from commandcenter.domain.codes import CLOCK_RUNNING_STATUSES
from commandcenter.domain.watch import WatchList
from commandcenter.i18n import tr
from commandcenter.replica import Changes
from commandcenter.replica.event_index import STATUS_CODES

from . import labels
from .desk import Desk
from .id_table import IdTableModel

COLUMNS = ("code", "title", "category", "status", "assignee", "why", "deadline")
STATUS_COLUMN, WHY_COLUMN, DEADLINE_COLUMN = 3, 5, 6
EventIdRole = Qt.ItemDataRole.UserRole + 1
DueRole = Qt.ItemDataRole.UserRole + 2
StartRole = Qt.ItemDataRole.UserRole + 3
StatusRole = Qt.ItemDataRole.UserRole + 4
#: how often the clock-bound lists are re-checked
TICK_MS = 15_000
_RUNNING_CODES = [STATUS_CODES.index(s) for s in CLOCK_RUNNING_STATUSES]


def list_names() -> dict[WatchList, str]:
    return {WatchList.OVERDUE: tr("Overdue", "Watch"), WatchList.DUE_SOON: tr("Due within the hour", "Watch"),
            WatchList.RETURNED: tr("Returned more than once", "Watch"),
            WatchList.FAILED_VERIFICATION: tr("Failed verification", "Watch"),
            WatchList.LOW_SATISFACTION: tr("Low satisfaction", "Watch")}


def _headers(kind: WatchList) -> list[str]:
    why = {WatchList.RETURNED: tr("Returns", "Watch"), WatchList.FAILED_VERIFICATION: tr("Failures", "Watch"),
           WatchList.LOW_SATISFACTION: tr("Satisfaction", "Watch")}.get(kind, tr("Oversight", "Watch"))
    return [tr("Code", "Watch"), tr("Title", "Watch"), tr("Category", "Watch"), tr("Status", "Watch"),
            tr("Assignee", "Watch"), why, tr("Deadline", "Watch")]


def _epoch(at) -> float | None:
    return at.timestamp() if at else None


class WatchListModel(IdTableModel):
    """One watch list: event ids in the domain's order, with their sort keys alongside."""

    def __init__(self, desk: Desk, kind: WatchList, parent=None) -> None:
        super().__init__(parent)
        self.desk, self.kind = desk, kind
        self.ids: list[int] = []
        self.keys: list[tuple] = []
        self.key_of: dict[int, tuple] = {}
        self.grid_names: dict[str, str] = {}
        self._headers = _headers(kind)

    def _entity(self, event_id: int):
        return self.desk.replica.events.get(event_id)

    def _role(self, event, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(event, column)
        values = {EventIdRole: event.id, DueRole: _epoch(event.due_at),
                  StartRole: _epoch(event.accepted_at or event.created_at), StatusRole: event.status}
        return values.get(role)

    def _display(self, e, column: int) -> str:
        name = COLUMNS[column]
        if name == "deadline":  # the delegate paints a countdown; an export writes the time
            return e.due_at.strftime("%Y-%m-%d %H:%M") if e.due_at else ""
        if name == "why":
            return self._why(e)
        if name == "assignee":
            a = e.assignee
            if a is None or a.department:
                return labels.department(a.department) if a else ""
            worker = self.desk.replica.worker(a.worker_id or "")
            return worker.name if worker else a.worker_id or ""
        return {"code": e.code, "title": e.title, "category": labels.category(e.category),
                "status": labels.status(e.status)}[name]

    def _why(self, e) -> str:
        if self.kind is WatchList.RETURNED:
            return f"{e.returns}× · {e.last_return_reason or ''}"
        if self.kind is WatchList.FAILED_VERIFICATION:
            return f"{e.verify_failures}× · {e.last_return_reason or ''}"
        if self.kind is WatchList.LOW_SATISFACTION:
            return f"{e.satisfaction} / 5"
        marks = [tr("Supervised", "Watch")] if e.supervised else []
        if e.escalation_level:
            marks.append(tr("Escalated {n}×", "Watch").format(n=e.escalation_level))
        return " · ".join(marks)

    # -- membership ---------------------------------------------------------------------------

    def event_id(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, event_id: int) -> int | None:
        key = self.key_of.get(event_id)
        return None if key is None else bisect.bisect_left(self.keys, key)

    def put(self, event, member: bool) -> None:
        """Bring one event's row in line: insert, remove, move, or repaint."""
        old = self.key_of.get(event.id)
        new = watch.sort_key(self.kind, event) if member else None
        if old is not None and new == old:
            row = self.row_of(event.id)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
            return
        if old is not None:
            self.drop(event.id)
        if new is not None:
            row = bisect.bisect_left(self.keys, new)
            self.beginInsertRows(QModelIndex(), row, row)
            self.ids.insert(row, event.id)
            self.keys.insert(row, new)
            self.key_of[event.id] = new
            self.endInsertRows()

    def drop(self, event_id: int) -> None:
        row = self.row_of(event_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.ids[row], self.keys[row], self.key_of[event_id]
        self.endRemoveRows()

    def reset(self, events: list) -> None:
        self.beginResetModel()
        pairs = sorted((watch.sort_key(self.kind, e), e.id) for e in events)
        self.keys = [k for k, _ in pairs]
        self.ids = [i for _, i in pairs]
        self.key_of = dict(zip(self.ids, self.keys, strict=True))
        self.endResetModel()

    def set_names(self, grids: dict[str, str]) -> None:
        self.grid_names.update(grids)

    def retranslate(self) -> None:
        labels.clear()
        self._headers = _headers(self.kind)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)


class WatchBook(QObject):
    """The five lists, following the desk; ``countsChanged`` gives {list: rows} after any change."""

    countsChanged = Signal(dict)

    def __init__(self, desk: Desk, parent=None, *, tick_ms: int = TICK_MS) -> None:
        super().__init__(parent)
        self.desk = desk
        self.models = {kind: WatchListModel(desk, kind, self) for kind in watch.WATCH_LISTS}
        self.rebuild()
        desk.changed.connect(self.on_changes)
        self.timer = QTimer(self, interval=tick_ms, timeout=self.tick)
        self.timer.start()

    def counts(self) -> dict[WatchList, int]:
        return {kind: model.rowCount() for kind, model in self.models.items()}

    def rebuild(self, now: float | None = None) -> None:
        now = time.time() if now is None else now
        members: dict[WatchList, list] = {kind: [] for kind in self.models}
        for event in self.desk.replica.events.values():
            for kind in watch.lists_of(event, now):
                members[kind].append(event)
        for kind, model in self.models.items():
            model.reset(members[kind])
        self.countsChanged.emit(self.counts())

    def on_changes(self, changes: Changes) -> None:
        if changes.reset:
            self.rebuild()
        elif "events" in changes.kinds:
            self.recheck(changes.inserted["events"] | changes.updated["events"], changes.removed["events"])

    def recheck(self, event_ids, removed=(), now: float | None = None) -> None:
        """Re-evaluate just these events (and drop the removed ones) on every list."""
        now = time.time() if now is None else now
        events = self.desk.replica.events
        for event_id in removed:
            for model in self.models.values():
                model.drop(event_id)
        for event_id in event_ids:
            event = events.get(event_id)
            if event is None:
                continue
            lists = watch.lists_of(event, now)
            for kind, model in self.models.items():
                if kind in lists or event_id in model.key_of:
                    model.put(event, kind in lists)
        self.countsChanged.emit(self.counts())

    def tick(self, now: float | None = None) -> None:
        """Time alone moves events into (and out of) the overdue and due-soon lists."""
        now = time.time() if now is None else now
        index = self.desk.index
        n = index.size
        alive = index.alive[:n]
        running = alive & np.isin(index.status[:n], _RUNNING_CODES)
        masks = watch.timed_masks(running, index.due[:n], index.overdue[:n], now)
        moved: set[int] = set()
        for kind, mask in masks.items():
            now_in = set(index.ids[:n][mask & alive].tolist())
            moved |= now_in.symmetric_difference(self.models[kind].key_of)
        if moved:
            self.recheck(moved, now=now)
