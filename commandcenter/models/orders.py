"""The department seat's orders (席位制): a table over the liaison's replica, incoming ones first.

The hub sends a liaison only their department's orders and those orders' events; this model
shows the open ones (and, on request, the closed ones still held as the event's trail), in the
seat's order from :mod:`commandcenter.domain.seat`. A delta moves rows in place (inserts,
removes, ``dataChanged``); a snapshot resets.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont

from commandcenter.domain import clock, seat
from commandcenter.domain.clock import CST
from commandcenter.i18n import tr
from commandcenter.replica import Changes

from . import labels
from .desk import Desk
from .id_table import IdTableModel
from .practice_labels import approval_state
from .rowsync import follow

COLUMNS = ("order", "status", "deadline", "approval", "event", "title", "category", "grid", "received")
DEADLINE_COLUMN = COLUMNS.index("deadline")
STATUS_COLUMN = COLUMNS.index("status")
APPROVAL_COLUMN = COLUMNS.index("approval")

OrderIdRole = Qt.ItemDataRole.UserRole + 1
EventIdRole = Qt.ItemDataRole.UserRole + 2
DueRole = Qt.ItemDataRole.UserRole + 3
StartRole = Qt.ItemDataRole.UserRole + 4
StatusRole = Qt.ItemDataRole.UserRole + 5
IncomingRole = Qt.ItemDataRole.UserRole + 6
#: (Practice) the status of the latest request about the order (pending, approved, denied), else None
ApprovalRole = Qt.ItemDataRole.UserRole + 7

INCOMING_TINT = QColor(232, 160, 40, 70)
#: the decision's colour in the approval column: readable on the dark and the light theme
APPROVAL_COLOURS = {"pending": QColor("#d4880f"), "approved": QColor("#3f9e4d"), "denied": QColor("#d9534f")}


def _headers() -> list[str]:
    names = {"order": tr("Order", "Seat"), "status": tr("Status", "Seat"), "deadline": tr("Deadline", "Seat"),
             "approval": tr("Requests", "Seat"),
             "event": tr("Event", "Seat"), "title": tr("Title", "Seat"), "category": tr("Category", "Seat"),
             "grid": tr("Grid", "Seat"), "received": tr("Received", "Seat")}
    return [names[c] for c in COLUMNS]


def _epoch(at) -> float | None:
    return at.timestamp() if at else None


class SeatOrderModel(IdTableModel):
    """Rows are order ids; ``countsChanged`` follows the open / overdue / incoming counters."""

    countsChanged = Signal(object)  # domain.seat.SeatCounts
    ordersClosed = Signal(set)  # ids of orders that just left the open set (completed, returned...)

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.department = desk.session.get("department")
        self.show_closed = False
        self.grid_names: dict[str, str] = {}
        self.ids: list[int] = []
        self.counts = seat.SeatCounts()
        self.approvals: dict[int, object] = {}  # order id -> its latest request (extension, suspension)
        self._index_approvals()
        self._headers = _headers()
        self._set(self.wanted())
        desk.changed.connect(self.on_changes)

    # -- Qt model interface -------------------------------------------------------------------

    def _entity(self, order_id: int):
        return self.desk.replica.orders.get(order_id)

    def _role(self, order, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(order, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and seat.is_incoming(order.status):
            return tr("Incoming: not yet signed for")
        incoming = seat.is_incoming(order.status)
        approval = self.approvals.get(order.id)
        values = {OrderIdRole: order.id, EventIdRole: order.event_id, DueRole: _epoch(self.due(order)),
                  StartRole: _epoch(order.issued_at), StatusRole: order.status, IncomingRole: incoming,
                  ApprovalRole: approval.status if approval else None}
        if role in values:
            return values[role]
        if role == Qt.ItemDataRole.ForegroundRole and column == APPROVAL_COLUMN and approval is not None:
            return APPROVAL_COLOURS.get(approval.status)
        if role == Qt.ItemDataRole.ToolTipRole and column == APPROVAL_COLUMN and approval is not None:
            return approval.note or approval.reason
        if role == Qt.ItemDataRole.FontRole and incoming:
            return _bold()
        if role == Qt.ItemDataRole.BackgroundRole and incoming:
            return INCOMING_TINT
        return None

    def due(self, order):
        event = self.desk.replica.events.get(order.event_id)
        return order.due_at or (event.due_at if event else None)

    def _display(self, order, column: int) -> str:
        event = self.desk.replica.events.get(order.event_id)
        name = COLUMNS[column]
        if name == "order":
            return ("● " if seat.is_incoming(order.status) else "") + f"#{order.id}"
        if name == "received":
            return _when(order.issued_at)
        if name == "status":
            return labels.order_status(order.status)
        if name == "approval":
            return self._approval_text(order)
        if name == "deadline":  # the delegate paints the countdown; this is what an export writes
            due = self.due(order)
            return due.astimezone(CST).strftime("%Y-%m-%d %H:%M") if due else ""
        if event is None:
            return ""
        return {"event": event.code, "category": labels.category(event.category), "title": event.title,
                "grid": self.grid_names.get(event.grid_id or "", event.grid_id or "")}[name]

    def _approval_text(self, order) -> str:
        """The latest request's state, after the ruling's mark on a final order."""
        approval = self.approvals.get(order.id)
        parts = [tr("Ruled (final)", "Seat")] if order.final else []
        return " · ".join(parts + ([approval_state(approval)] if approval else []))

    # -- public -------------------------------------------------------------------------------

    def order_id(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def row_of(self, order_id: int) -> int | None:
        try:
            return self.ids.index(order_id)
        except ValueError:
            return None

    def row_of_event(self, event_id: int) -> int | None:
        orders = self.desk.replica.orders
        return next((r for r, i in enumerate(self.ids) if orders[i].event_id == event_id), None)

    def set_show_closed(self, on: bool) -> None:
        self.show_closed = on
        follow(self, self.ids, self.wanted(), self._set)

    def set_names(self, grids: dict[str, str]) -> None:
        self.grid_names.update(grids)
        self._all_changed()

    def retranslate(self) -> None:
        labels.clear()
        self._headers = _headers()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._all_changed()

    def recount(self, now: float | None = None) -> seat.SeatCounts:
        """The counters at ``now`` (the deadline passes without a delta, so the panel ticks this)."""
        now = clock.now().timestamp() if now is None else now
        mine = self._mine()
        counts = seat.count(((o.status, _epoch(self.due(o))) for o in mine), now)
        if counts != self.counts:
            self.counts = counts
            self.countsChanged.emit(counts)
        return counts

    # -- following the replica ----------------------------------------------------------------

    def _mine(self) -> list:
        return [o for o in self.desk.replica.orders.values() if o.assignee.department == self.department]

    def wanted(self) -> list[int]:
        shown = [o for o in self._mine() if self.show_closed or seat.is_open(o.status)]
        shown.sort(key=lambda o: seat.queue_key(o.status, _epoch(self.due(o)), o.issued_at.timestamp(), o.id))
        return [o.id for o in shown]

    def _set(self, ids: list[int]) -> None:
        self.ids = ids

    def _index_approvals(self) -> set[int]:
        """Rebuild order id -> latest request; returns the orders whose request changed."""
        latest: dict[int, object] = {}
        for approval in sorted(self.desk.replica.approvals.values(), key=lambda a: a.id):
            if approval.order_id is not None:
                latest[approval.order_id] = approval
        changed = {i for i in latest.keys() | self.approvals.keys() if latest.get(i) is not self.approvals.get(i)}
        self.approvals = latest
        return changed

    def on_changes(self, changes: Changes) -> None:
        if "approvals" in changes.kinds and not changes.reset:
            self._requests_changed(self._index_approvals())
        if changes.reset:
            self._index_approvals()
            self.beginResetModel()
            self._set(self.wanted())
            self.endResetModel()
        elif changes.kinds & {"orders", "events"}:
            closed = {i for i in changes.updated["orders"] if i in self.ids and not self._open(i)}
            follow(self, self.ids, self.wanted(), self._set)
            self._emit_rows(changes)
            if closed:
                self.ordersClosed.emit(closed)
        else:
            return
        self.recount()

    def _open(self, order_id: int) -> bool:
        order = self.desk.replica.orders.get(order_id)
        return order is not None and seat.is_open(order.status)

    def _emit_rows(self, changes: Changes) -> None:
        events = changes.touched("events")
        orders = self.desk.replica.orders
        for row, order_id in enumerate(self.ids):
            if order_id in changes.updated["orders"] or orders[order_id].event_id in events:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def _requests_changed(self, order_ids: set[int]) -> None:
        column = APPROVAL_COLUMN
        for row, order_id in enumerate(self.ids):
            if order_id in order_ids:
                self.dataChanged.emit(self.index(row, column), self.index(row, column))

    def _all_changed(self) -> None:
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1, len(COLUMNS) - 1))


def _when(at) -> str:
    local = at.astimezone(CST)
    if local.date() == clock.now().date():
        return local.strftime("%H:%M:%S")
    return local.strftime("%m-%d %H:%M")


_FONT: list[QFont] = []


def _bold() -> QFont:
    if not _FONT:
        font = QFont()
        font.setBold(True)
        _FONT.append(font)
    return _FONT[0]
