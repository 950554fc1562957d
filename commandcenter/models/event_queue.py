"""The live queue: a table model over the desk's event column index (STYLE §4).

``rowCount`` is the length of the visible index-row array (ids are read from the index per painted
row, not gathered for a million rows per filter); a row is formatted when first painted and cached
by (id, version), and its :class:`RowLook` (texts, font, tint and the painted values) is kept until
the next change, so a delegate reads a cell with one :data:`LookRole` call. A delta emits
``dataChanged`` for the rows it touched, row inserts and removes for arrivals and departures, and a
layout change only when an update moves rows; a reset happens only for a snapshot. Filters are
numpy masks over the index's columns.
Rows can be dragged (onto a seat tile, say) as :data:`EVENT_MIME`: a JSON list of event ids.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from functools import cache
from typing import NamedTuple

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from commandcenter.domain import clock, deadlines
from commandcenter.domain.clock import CST
from commandcenter.i18n import tr
from commandcenter.replica import Changes
from commandcenter.replica.event_index import Filter

from . import labels
from .desk import Desk

COLUMNS = ("code", "received", "source", "category", "title", "grid", "severity", "status", "assignee", "deadline",
           "sign")
#: sortable columns backed by an index column
SORT_KEYS = {0: "ids", 1: "created", 2: "source", 3: "category", 6: "severity", 7: "status", 9: "due"}

EventIdRole = Qt.ItemDataRole.UserRole + 1
DueRole = Qt.ItemDataRole.UserRole + 2
StartRole = Qt.ItemDataRole.UserRole + 3
SeverityRole = Qt.ItemDataRole.UserRole + 4
StatusRole = Qt.ItemDataRole.UserRole + 5
UnseenRole = Qt.ItemDataRole.UserRole + 6
SignDueRole = Qt.ItemDataRole.UserRole + 7
SignStartRole = Qt.ItemDataRole.UserRole + 8
#: (Practice) the other user holding the row's claim, else None (this desk's own claim is not marked)
ClaimedByRole = Qt.ItemDataRole.UserRole + 9
#: the row's :class:`RowLook`: what its cells paint, in one call and one object
LookRole = Qt.ItemDataRole.UserRole + 10
#: roles a row's look answers from its ``values``
_VALUE_ROLES = (DueRole, StartRole, SignDueRole, SignStartRole, SeverityRole, StatusRole)


class RowLook(NamedTuple):
    """A shown row as its cells paint it: the texts by column, the Font and Background roles, and the
    other painted roles by number (what the queue's delegates read, one call per cell)."""

    texts: tuple[str, ...]
    font: QFont | None
    background: QColor | None
    values: dict[int, object]

#: the mime type of dragged queue rows: a JSON list of event ids
EVENT_MIME = "application/x-commandcenter-event-ids"
#: every row may be dragged; a constant, so ``flags`` adds no per-cell work to a paint
_ROW_FLAGS = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDragEnabled
              | Qt.ItemFlag.ItemNeverHasChildren)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags

_CACHE_LIMIT = 50_000
_DISPLAY, _FONT, _BACKGROUND, _TOOLTIP = (r.value for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ToolTipRole))
#: rows another user has claimed (正在由 … 处理), and rows new since last seen
CLAIMED_TINT = QColor(163, 113, 247, 70)
UNSEEN_TINT = QColor(70, 130, 200, 60)
TITLE_COLUMN = COLUMNS.index("title")


def _headers() -> list[str]:
    return [tr("Code", "Queue"), tr("Received", "Queue"), tr("Source", "Queue"), tr("Category", "Queue"),
            tr("Title", "Queue"), tr("Grid", "Queue"), tr("Severity", "Queue"), tr("Status", "Queue"),
            tr("Assignee", "Queue"), tr("Deadline", "Queue"), tr("Sign by", "Queue")]


class EventQueueModel(QAbstractTableModel):
    unseenChanged = Signal(int)

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.me = desk.session.get("user")
        self.filter = Filter()
        self.sort_key, self.descending = "created", True
        self.rows = np.zeros(0, dtype=np.int64)  # the shown events' rows in the desk's event index, in queue order
        self.unseen: set[int] = set()
        self.grid_names: dict[str, str] = {}
        self.worker_names: dict[str, str] = {}
        self._rows: dict[int, tuple[int, tuple]] = {}
        self._looks: dict[int, RowLook] = {}  # queue row -> look; cleared on every change
        self._position: np.ndarray | None = None  # index row -> queue row, -1 when not shown
        self._headers = _headers()
        self._answers = self._role_answers()
        self._show(self.wanted())
        desk.changed.connect(self.on_changes)

    # -- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # a view asks about ten roles per cell per paint: one dict lookup sends each to its answer,
        # and the roles we never answer leave at once (no enum attribute looked up per call)
        answer = self._answers.get(getattr(role, "value", role))
        if answer is None or not index.isValid():
            return None
        return answer(index.row(), index.column())

    def _role_answers(self) -> dict[int, Callable]:
        """Role (as an int) -> the function answering it for (row, column): painted roles from the row's
        look (built once per row between changes), the rest from the event."""
        look, event = self._look, self._event_at

        def value(role: int) -> Callable:
            return lambda row, _c: (shown := look(row)) and shown.values[role]

        return {
            _DISPLAY: lambda row, column: (shown := look(row)) and shown.texts[column],
            _FONT: lambda row, _c: (shown := look(row)) and shown.font,
            _BACKGROUND: lambda row, _c: (shown := look(row)) and shown.background,
            LookRole: lambda row, _c: look(row),
            **{role: value(role) for role in _VALUE_ROLES},
            EventIdRole: lambda row, _c: (e := event(row)) and e.id,
            UnseenRole: lambda row, _c: (e := event(row)) is not None and e.id in self.unseen,
            ClaimedByRole: lambda row, _c: (e := event(row)) and self._claimer(e),
            _TOOLTIP: lambda row, _c: (e := event(row)) and self._tip(e),
        }

    def _event_at(self, row: int):
        if row >= len(self.rows):
            return None
        return self.desk.replica.events.get(int(self.desk.index.ids[self.rows[row]]))

    def _look(self, row: int) -> RowLook | None:
        """What a painted row shows, kept until the model or the desk next changes."""
        shown = self._looks.get(row)
        if shown is None:
            event = self._event_at(row)
            if event is None:
                return None
            if len(self._looks) > _CACHE_LIMIT:
                self._looks.clear()
            shown = self._looks[row] = self._make_look(event)
        return shown

    def _make_look(self, event) -> RowLook:
        sign = self._sign_clock(event)
        values = {DueRole: event.due_at.timestamp() if event.due_at else None,
                  StartRole: (event.accepted_at or event.created_at).timestamp(),
                  SignDueRole: sign[1].timestamp() if sign else None,
                  SignStartRole: sign[0].timestamp() if sign else None,
                  SeverityRole: event.severity, StatusRole: event.status}
        return RowLook(self._display(event), _bold_font() if event.id in self.unseen else None, self._tint(event),
                       values)

    def _tint(self, event) -> QColor | None:
        return CLAIMED_TINT if self._claimer(event) else UNSEEN_TINT if event.id in self.unseen else None

    def _claimer(self, event) -> str | None:
        """Another user's claim on the row (the hub's sweep clears expired ones with a delta)."""
        claimer = event.claimed_by
        return claimer if claimer is not None and claimer != self.me else None

    def _tip(self, event) -> str | None:
        tips = []
        if claimer := self._claimer(event):
            tips.append(tr("Being handled by {user}").format(user=claimer))
        if event.possible_duplicates:
            tips.append(tr("Possible duplicate of {n} other report(s)").format(n=len(event.possible_duplicates)))
        return "\n".join(tips) or None

    def _display(self, event) -> tuple:
        cached = self._rows.get(event.id)
        if cached is not None and cached[0] == event.version:
            return cached[1]
        if len(self._rows) > _CACHE_LIMIT:
            self._rows.clear()
        row = (event.code, _when(event.created_at), labels.source(event.source), labels.category(event.category),
               self._title(event), self.grid_names.get(event.grid_id or "", event.grid_id or ""),
               labels.severity(event.severity), labels.status(event.status), self._assignee(event),
               _when(event.due_at) if event.due_at else "",  # painted as a countdown; the text is for export
               _when(sign[1]) if (sign := self._sign_clock(event)) else "")
        self._rows[event.id] = (event.version, row)
        return row

    def _title(self, event) -> str:
        """The title, after the marks of a claim by another user and of possible duplicates."""
        marks = []
        if claimer := self._claimer(event):
            marks.append(f"⚑ {claimer}")
        if event.possible_duplicates:
            marks.append(tr("dup?", "Queue"))
        return " · ".join([*marks, event.title])

    def _sign_clock(self, event) -> tuple | None:
        order = self.desk.replica.orders.get(event.order_id) if event.order_id else None
        return None if order is None else deadlines.sign_clock(order.status, order.issued_at, order.sign_due_at)

    def _assignee(self, event) -> str:
        a = event.assignee
        if a is None:
            return ""
        if a.department:
            return labels.department(a.department)
        return self.worker_names.get(a.worker_id or "", a.worker_id or "")

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def mimeTypes(self) -> list[str]:
        return [EVENT_MIME]

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeData(self, indexes) -> QMimeData:
        """The dragged rows' event ids (and their codes as text, for a drop elsewhere)."""
        ids = [i for i in dict.fromkeys(self.event_id(index.row()) for index in indexes) if i is not None]
        events = self.desk.replica.events
        mime = QMimeData()
        mime.setData(EVENT_MIME, QByteArray(json.dumps(ids).encode()))
        mime.setText(" ".join(events[i].code for i in ids if i in events))
        return mime

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = SORT_KEYS.get(column, "created")
        self.descending = order == Qt.SortOrder.DescendingOrder
        self._relayout()

    # -- public -------------------------------------------------------------------------------

    def set_filter(self, new: Filter) -> None:
        self.filter = new
        self._relayout()

    def event_id(self, row: int) -> int | None:
        return int(self.desk.index.ids[self.rows[row]]) if 0 <= row < len(self.rows) else None

    def row_of(self, event_id: int) -> int | None:
        index_row = self.desk.index.row_of.get(event_id)
        if index_row is None:
            return None
        if self._position is None:
            self._position = self._positions(self.rows)
        at = int(self._position[index_row]) if index_row < len(self._position) else -1
        return at if at >= 0 else None

    def _positions(self, rows: np.ndarray) -> np.ndarray:
        """Index row -> position in ``rows`` (-1 elsewhere), built with numpy, not a dict per row."""
        where = np.full(self.desk.index.size, -1, dtype=np.int64)
        where[rows] = np.arange(len(rows))
        return where

    def _places(self, rows: np.ndarray, wanted: list[int]) -> dict[int, int]:
        """Index row -> position in ``rows``, for the few ``wanted`` ones only (a selection's rows):
        one pass over a flag array, not a position array the size of the index per relayout."""
        flags = np.zeros(self.desk.index.size, dtype=bool)
        flags[[r for r in wanted if r >= 0]] = True
        at = np.flatnonzero(flags[rows])
        return dict(zip(rows[at].tolist(), at.tolist(), strict=True))

    def _show(self, rows: np.ndarray) -> None:
        self.rows = rows
        self._position = None
        self._looks.clear()

    def _forget_texts(self) -> None:
        self._rows.clear()
        self._looks.clear()

    def mark_seen(self, event_id: int) -> None:
        if event_id in self.unseen:
            self.unseen.discard(event_id)
            self._looks.clear()
            self._emit_rows([event_id])
            self.unseenChanged.emit(len(self.unseen))

    def set_names(self, grids: dict[str, str] | None = None, workers: dict[str, str] | None = None) -> None:
        self.grid_names.update(grids or {})
        self.worker_names.update(workers or {})
        self._forget_texts()
        if len(self.rows):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    def retranslate(self) -> None:
        labels.clear()
        self._headers = _headers()
        self._forget_texts()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    # -- following the replica ----------------------------------------------------------------

    def wanted(self) -> np.ndarray:
        """Index rows of the events the queue should show, in order."""
        return self.desk.index.sorted_rows(self.filter, self.sort_key, self.descending)

    def on_changes(self, changes: Changes) -> None:
        self._looks.clear()  # an order's sign clock changes without its event
        if "events" not in changes.kinds and not changes.reset:
            return
        if changes.reset:
            self.beginResetModel()
            self._show(self.wanted())
            self._forget_texts()
            self.endResetModel()
            return
        fresh = changes.inserted["events"] - self.unseen
        if fresh:
            self.unseen |= fresh
            self.unseenChanged.emit(len(self.unseen))
        self.unseen -= changes.removed["events"]
        self._follow(self.wanted())
        self._emit_rows(changes.updated["events"])

    def _follow(self, new: np.ndarray) -> None:
        old = self.rows
        if np.array_equal(old, new):
            return
        size = self.desk.index.size
        gone = ~_member(old, new, size)
        added = ~_member(new, old, size)
        if np.array_equal(old[~gone], new[~added]):
            self._remove_runs(np.flatnonzero(gone))
            self._insert_runs(new, np.flatnonzero(added))
        else:
            self._move(new)
        self._position = None

    def _remove_runs(self, positions: np.ndarray) -> None:
        for first, last in reversed(_runs(positions)):
            self.beginRemoveRows(QModelIndex(), first, last)
            self._show(np.delete(self.rows, np.arange(first, last + 1)))
            self.endRemoveRows()

    def _insert_runs(self, new: np.ndarray, positions: np.ndarray) -> None:
        for first, last in _runs(positions):
            self.beginInsertRows(QModelIndex(), first, last)
            self._show(np.insert(self.rows, first, new[first:last + 1]))
            self.endInsertRows()

    def _move(self, new: np.ndarray) -> None:
        """Rows changed places: a layout change that keeps persistent indexes (selection)."""
        self.layoutAboutToBeChanged.emit()
        old_indexes = self.persistentIndexList()
        moved = []
        if old_indexes:
            kept = [int(self.rows[idx.row()]) if idx.row() < len(self.rows) else -1 for idx in old_indexes]
            where = self._places(new, kept)
            for idx, index_row in zip(old_indexes, kept, strict=True):
                target = where.get(index_row)
                moved.append(QModelIndex() if target is None else self.index(target, idx.column()))
        self._show(new)
        self.changePersistentIndexList(old_indexes, moved)
        self.layoutChanged.emit()

    def _relayout(self) -> None:
        self._move(self.wanted())
        self._position = None

    def _emit_rows(self, event_ids) -> None:
        rows = sorted(r for r in (self.row_of(i) for i in event_ids) if r is not None)
        for first, last in _runs(np.asarray(rows, dtype=np.int64)):
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))


def event_ids_from_mime(mime: QMimeData) -> list[int]:
    """The event ids a drag from the queue carries (none when it carries something else)."""
    if not mime.hasFormat(EVENT_MIME):
        return []
    try:
        ids = json.loads(bytes(mime.data(EVENT_MIME).data()).decode())
    except ValueError:
        return []
    return [int(i) for i in ids if isinstance(i, int)] if isinstance(ids, list) else []


def _member(rows: np.ndarray, among: np.ndarray, size: int) -> np.ndarray:
    """``np.isin`` for index rows, by a flag array instead of a sort."""
    flags = np.zeros(size, dtype=bool)
    flags[among] = True
    return flags[rows]


def _runs(positions: np.ndarray) -> list[tuple[int, int]]:
    """Consecutive runs of sorted positions as (first, last) pairs."""
    if not len(positions):
        return []
    breaks = np.flatnonzero(np.diff(positions) != 1)
    starts = np.concatenate([[positions[0]], positions[breaks + 1]])
    ends = np.concatenate([positions[breaks], [positions[-1]]])
    return list(zip(starts.tolist(), ends.tolist(), strict=True))


def _when(at: datetime) -> str:
    """Centre time (China Standard Time), the date only when not today."""
    local = at.astimezone(CST)
    if local.date() == clock.now().date():
        return local.strftime("%H:%M:%S")
    return local.strftime("%m-%d %H:%M")


@cache
def _bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font
