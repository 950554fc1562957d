"""The supervisor's rulings queue (裁定) as a table model, kept from deltas (STYLE §4-5).

Rows are event ids; which events belong and in what order is :mod:`commandcenter.domain.rulings`
(``in_rulings_queue``, ``rulings_order``). An ``events`` change re-checks only the events it names and
moves single rows (:func:`.rowsync.follow`); a snapshot rebuilds. ``countChanged`` feeds the tab's badge.
:func:`return_history` gives a case's returned orders and their reasons from its orders' trails.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

import msgspec
from PySide6.QtCore import Qt, Signal

from commandcenter.domain import rulings
from commandcenter.domain.entities import Order
from commandcenter.i18n import tr
from commandcenter.replica import Changes

from . import labels
from .approvals import when
from .desk import Desk
from .id_table import IdTableModel
from .rowsync import follow

EventIdRole = Qt.ItemDataRole.UserRole + 1
COLUMNS = ("code", "title", "category", "grid", "returns", "last_reason", "reported")


class Return(NamedTuple):
    """One bounce: when, by whom, which receiver, why."""

    at: object
    by: str
    receiver: str
    reason: str


def _headers() -> list[str]:
    return [tr("Code", "Rulings"), tr("Title", "Rulings"), tr("Category", "Rulings"), tr("Grid", "Rulings"),
            tr("Returns", "Rulings"), tr("Last reason", "Rulings"), tr("Reported", "Rulings")]


def return_history(replica, event_id: int, fetched: Iterable[Order] = ()) -> list[Return]:
    """The case's returns, oldest first: every ``return`` note of its orders. The replica holds the
    open orders only; ``fetched`` (``query.orders``) brings the returned ones a desk did not see go."""
    orders = {o.id: o for o in fetched}
    orders.update((o.id, o) for o in replica.orders_of(event_id))
    found = []
    for order in orders.values():
        receiver = labels.receiver_name(replica, order.assignee)
        found += [Return(n.at, n.by, receiver, n.text) for n in order.notes if n.kind == "return"]
    return sorted(found, key=lambda r: r.at)


def orders_from(items: list[dict]) -> list[Order]:
    """A ``query.orders`` answer's items as orders."""
    return [msgspec.convert(item, Order) for item in items]


class RulingsModel(IdTableModel):
    countChanged = Signal(int)

    def __init__(self, desk: Desk, parent=None, grid_names: dict[str, str] | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.grid_names = grid_names if grid_names is not None else {}
        self._headers = _headers()
        self.ids: list[int] = []
        self.members: set[int] = set()
        self.rebuild()
        desk.changed.connect(self.on_changes)

    def rebuild(self) -> None:
        self.members = {e.id for e in self.desk.replica.events.values() if rulings.in_rulings_queue(e)}
        self._follow()

    def on_changes(self, changes: Changes) -> None:
        if changes.reset:
            self.rebuild()
        elif "events" in changes.kinds:
            self.recheck(changes.touched("events"))

    def recheck(self, event_ids) -> None:
        events = self.desk.replica.events
        for event_id in event_ids:
            event = events.get(event_id)
            if event is not None and rulings.in_rulings_queue(event):
                self.members.add(event_id)
            else:
                self.members.discard(event_id)
        self._follow()
        for event_id in set(event_ids) & self.members:
            row = self.ids.index(event_id)
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _follow(self) -> None:
        events = self.desk.replica.events
        wanted = [e.id for e in sorted((events[i] for i in self.members), key=rulings.rulings_order)]
        follow(self, self.ids, wanted, self._store)
        self.countChanged.emit(len(self.ids))

    def _store(self, ids: list[int]) -> None:
        self.ids = ids

    def event_id(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, event_id: int) -> int | None:
        return self.ids.index(event_id) if event_id in self.ids else None

    def _entity(self, event_id: int):
        return self.desk.replica.events.get(event_id)

    def _role(self, event, column: int, role: int):
        if role == EventIdRole:
            return event.id
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[column] == "returns":
            return int(Qt.AlignmentFlag.AlignCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        texts = {"code": event.code, "title": event.title, "category": labels.category(event.category),
                 "grid": self.grid_names.get(event.grid_id or "", event.grid_id or ""),
                 "returns": str(event.returns), "last_reason": event.last_return_reason or "",
                 "reported": when(event.created_at)}
        return texts[COLUMNS[column]]

    def retranslate(self) -> None:
        labels.clear()
        self._headers = _headers()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
