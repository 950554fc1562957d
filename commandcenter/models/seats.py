"""The twelve department seats as an item model: one tile each, live, and a drop target for events.

Counts come from the hub's seats (``seat.updated``); the oldest open order's age from the desk's
orders, kept per department as order id -> issued time and updated only for the orders a delta
touched. A drop of queue rows (:data:`~.event_queue.EVENT_MIME`) on a seat is accepted only when the
domain lets this desk dispatch every dropped event; the model then asks for the dispatch with
``dispatchRequested`` (the view sends it) or says why not with ``dropRefused``.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from commandcenter.domain import clock, seats as rules
from commandcenter.domain.entities import Order, Seat
from commandcenter.i18n import tr
from commandcenter.replica import Changes, Replica

from . import labels
from .ages import age_text
from .desk import Desk
from .event_queue import EVENT_MIME, event_ids_from_mime

TileRole = Qt.ItemDataRole.UserRole + 1
DepartmentRole = Qt.ItemDataRole.UserRole + 2
OpenRole = Qt.ItemDataRole.UserRole + 3
OverdueRole = Qt.ItemDataRole.UserRole + 4
OldestAgeRole = Qt.ItemDataRole.UserRole + 5
OnDutyRole = Qt.ItemDataRole.UserRole + 6

ALARM_TONES = {rules.OVERDUE: "critical", rules.UNSTAFFED: "warning", rules.OFF_DUTY: "muted", rules.ON_DUTY: "ok"}
_FLAGS = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsDropEnabled
          | Qt.ItemFlag.ItemNeverHasChildren)

_Index = QModelIndex | QPersistentModelIndex


def seat_lines(replica: Replica, now: datetime) -> list[rules.SeatLine]:
    """Every seat's summary from a replica (the wall's seat strip can show these as they are)."""
    return rules.summarise(replica.seats.values(), rules.oldest_open(replica.orders.values()), now)


class OpenOrders:
    """Department -> {order id: issued at} of its open orders, kept up to date order by order."""

    def __init__(self, orders: dict[int, Order] | None = None) -> None:
        self.by_department: dict[str, dict[int, datetime]] = {}
        self._department: dict[int, str] = {}
        self._oldest: dict[str, datetime | None] = {}
        for order in (orders or {}).values():
            self.put(order.id, order)

    def put(self, order_id: int, order: Order | None) -> set[str]:
        """Record the order's latest state (None: gone); returns the departments whose oldest may have changed."""
        before = self._department.pop(order_id, None)
        if before is not None:
            self.by_department[before].pop(order_id, None)
            self._oldest.pop(before, None)
        department = rules.open_department(order) if order is not None else None
        if department is not None:
            self.by_department.setdefault(department, {})[order_id] = order.issued_at
            self._department[order_id] = department
            self._oldest.pop(department, None)
        return {d for d in (before, department) if d is not None}

    def oldest(self, department: str) -> datetime | None:
        if department not in self._oldest:
            self._oldest[department] = min(self.by_department.get(department, {}).values(), default=None)
        return self._oldest[department]


class SeatsModel(QAbstractListModel):
    dispatchRequested = Signal(int, str)  # event id, department
    dropRefused = Signal(str)  # why a drop was not taken, for the board

    def __init__(self, desk: Desk, parent=None, *, now: Callable[[], datetime] = clock.now) -> None:
        super().__init__(parent)
        self.desk, self.now = desk, now
        self.seats: list[Seat] = []
        self.open = OpenOrders()
        self._rebuild()
        desk.changed.connect(self.on_changes)

    # -- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.seats)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.seats):
            return None
        seat = self.seats[index.row()]
        if role == TileRole:
            return self.tile(seat)
        if role == Qt.ItemDataRole.DisplayRole:
            return labels.department(seat.department)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([labels.department(seat.department), *self.tile(seat)["lines"]])
        return self._value(seat, role)

    def _value(self, seat: Seat, role: int):
        if role == DepartmentRole:
            return seat.department
        if role == OpenRole:
            return seat.open_orders
        if role == OverdueRole:
            return seat.overdue_orders
        if role == OldestAgeRole:
            return self.oldest_age(seat.department)
        if role == OnDutyRole:
            return seat.on_duty
        return None

    # -- one tile -------------------------------------------------------------------------------

    def oldest_age(self, department: str) -> float | None:
        oldest = self.open.oldest(department)
        return None if oldest is None else (self.now() - oldest).total_seconds()

    def tile(self, seat: Seat) -> dict:
        liaison = tr("Liaison: {name}").format(name=seat.liaison) if seat.liaison else tr("No liaison at the seat")
        counts = tr("Open {open} · overdue {overdue}").format(open=seat.open_orders, overdue=seat.overdue_orders)
        age = self.oldest_age(seat.department)
        footer = tr("No open orders") if age is None else tr("Oldest open: {age}").format(age=age_text(age))
        return {"title": labels.department(seat.department),
                "badge": tr("On duty") if seat.on_duty else tr("Off duty"),
                "badge_tone": "ok" if seat.on_duty else "muted", "tone": ALARM_TONES[rules.seat_alarm(seat)],
                "lines": [liaison, counts], "footer": footer,
                "footer_tone": "critical" if seat.overdue_orders else None}

    def row_of(self, department: str) -> int | None:
        return next((row for row, s in enumerate(self.seats) if s.department == department), None)

    # -- drops ----------------------------------------------------------------------------------

    def mimeTypes(self) -> list[str]:
        return [EVENT_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.MoveAction

    def refusal(self, mime: QMimeData, parent: _Index) -> str | None:
        """Why these events cannot be dispatched to this seat (None: they can)."""
        ids = event_ids_from_mime(mime)
        if not parent.isValid() or not ids:
            return tr("Drop an event from the queue onto a seat.")
        role, events = self.desk.session.get("role", ""), self.desk.replica.events
        for event_id in ids:
            event = events.get(event_id)
            if event is None:
                return tr("That event is no longer in the live picture.")
            if not rules.can_dispatch(event.status, role):
                return tr("{code} cannot be dispatched: it is {status}.").format(
                    code=event.code, status=labels.status(event.status))
        return None

    def canDropMimeData(self, mime: QMimeData, action, row: int, column: int, parent: _Index) -> bool:
        return self.refusal(mime, parent) is None

    def dropMimeData(self, mime: QMimeData, action, row: int, column: int, parent: _Index) -> bool:
        why = self.refusal(mime, parent)
        if why is not None:
            self.dropRefused.emit(why)
            return False
        department = self.seats[parent.row()].department
        for event_id in event_ids_from_mime(mime):
            self.dispatchRequested.emit(event_id, department)
        return True

    # -- following the replica ------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        if changes.reset:
            self.beginResetModel()
            self._rebuild()
            self.endResetModel()
            return
        touched = self._orders_touched(changes) if "orders" in changes.kinds else set()
        if "seats" in changes.kinds:
            touched |= self._seats_touched(changes)
        rows = sorted(r for r in map(self.row_of, touched) if r is not None)
        for row in rows:
            self.dataChanged.emit(self.index(row), self.index(row))

    def _rebuild(self) -> None:
        self.seats = rules.seat_order(self.desk.replica.seats.values())
        self.open = OpenOrders(self.desk.replica.orders)

    def _orders_touched(self, changes: Changes) -> set[str]:
        orders = self.desk.replica.orders
        return set().union(*(self.open.put(i, orders.get(i)) for i in changes.touched("orders")))

    def _seats_touched(self, changes: Changes) -> set[str]:
        fresh = rules.seat_order(self.desk.replica.seats.values())
        if [s.department for s in fresh] != [s.department for s in self.seats]:
            self.beginResetModel()
            self.seats = fresh
            self.endResetModel()
            return set()
        self.seats = fresh
        return {self.desk.replica.seats[i].department for i in changes.touched("seats") if i in self.desk.replica.seats}
