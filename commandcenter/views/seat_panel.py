"""The department seat panel (席位制): a liaison's own orders, keyboard first.

The hub sends a liaison only their department's orders and events. The panel lists them with
incoming ones first and highlighted (bold, tinted, a gently blinking badge: no sound), shows the
chosen order's event, trail, map location and countdown, and offers only what the order's status
allows (the domain's life cycle): sign for, return with a typed reason, progress notes, complete.
Refusals are shown in the hub's words next to the actions.
"""
from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commandcenter.domain import clock, seat
from commandcenter.domain.lifecycle import Action
from commandcenter.i18n import tr
from commandcenter.models.orders import DEADLINE_COLUMN, STATUS_COLUMN, DueRole, SeatOrderModel, StartRole, StatusRole
from commandcenter.net.client import HubError
from commandcenter.widgets.delegates import ChipDelegate, CountdownDelegate
from commandcenter.widgets.throttle import Throttle

from .commands import CommandSender
from .practice_dialogs import TimedRequestDialog
from .queue_table import case_table
from .seat_widgets import (
    ORDER_ACTIONS,
    PROGRESS,
    REQUESTS,
    KeySheet,
    OrderNoteDialog,
    OrderPane,
    ReturnDialog,
    SeatCounters,
    SeatMapBinding,
    order_colour,
)
from .statusbar import DeskStatusBar

log = logging.getLogger("models")

KEYS = {Qt.Key.Key_R: Action.RECEIVE, Qt.Key.Key_B: Action.RETURN, Qt.Key.Key_P: PROGRESS,
        Qt.Key.Key_C: Action.COMPLETE, Qt.Key.Key_E: REQUESTS[0], Qt.Key.Key_S: REQUESTS[1]}
COLUMN_WIDTHS = (76, 96, 100, 150, 150, 240, 120, 150, 80)
#: the hub's statistics are asked again at most this often, and at least every STATS_EVERY_MS
STATS_THROTTLE_MS = 10_000
STATS_EVERY_MS = 300_000


def make_order_view(model: SeatOrderModel) -> QTableView:
    view = case_table(model, "seatOrders", COLUMN_WIDTHS)
    view.setItemDelegateForColumn(DEADLINE_COLUMN, CountdownDelegate(DueRole, StartRole, view))
    view.setItemDelegateForColumn(STATUS_COLUMN, ChipDelegate(StatusRole, order_colour, view))
    return view


class SeatPanel(QMainWindow):
    def __init__(self, desk, map_widget: QWidget | None = None, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.department = desk.session.get("department") or ""
        self.setWindowTitle(tr("Command Centre · Department seat"))
        self.model = SeatOrderModel(desk, self)
        self.table = make_order_view(self.model)
        self.counters = SeatCounters(self.department)
        self.pane = OrderPane(user=desk.session.get("user", ""))
        self.detail = self.pane.detail  # what the map binding reads
        self.show_closed = QCheckBox(tr("Show closed orders"))
        self.map = map_widget
        self.pending: set[asyncio.Future] = set()
        self.sender = CommandSender(desk, self.pane.show_error)
        self.stats = Throttle(self.refresh_stats, STATS_THROTTLE_MS, self)
        self.setStatusBar(DeskStatusBar(desk, self))
        self._layout()
        self._wire()
        self._keys()
        self.tick = QTimer(self, interval=1000, timeout=self._tick)
        self.tick.start()
        self.stats_timer = QTimer(self, interval=STATS_EVERY_MS, timeout=lambda: self.stats())
        self.stats_timer.start()
        self.map_binding = SeatMapBinding(desk, map_widget, self) if map_widget is not None else None
        self.model.recount()
        QTimer.singleShot(0, lambda: self.stats())

    def _layout(self) -> None:
        left = QWidget()
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.setContentsMargins(8, 2, 8, 2)  # in line with the seat's title above
        hint = QLabel(tr("R sign for · B return · P progress · C complete · E extension · S suspension · F1 keys"))
        hint.setProperty("role", "muted")
        bar.addWidget(hint, 1)
        bar.addWidget(self.show_closed)
        box.addLayout(bar)
        box.addWidget(self.table, 1)
        right = QSplitter(Qt.Orientation.Vertical)
        if self.map is not None:
            right.addWidget(self.map)
        right.addWidget(self.pane)
        right.setSizes([340, 660] if self.map is not None else [1000])
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(left)
        main.addWidget(right)
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 2)
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.counters)
        layout.addWidget(main, 1)
        self.setCentralWidget(container)

    def _wire(self) -> None:
        self.model.countsChanged.connect(self.counters.set_counts)
        self.model.ordersClosed.connect(lambda _ids: self.stats())
        self.model.modelReset.connect(lambda: self.stats())
        self.show_closed.toggled.connect(self.model.set_show_closed)
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_row(cur.row()))
        self.pane.actionRequested.connect(self.act)
        self.desk.changed.connect(self._refresh_pane)

    def _keys(self) -> None:
        self.table.installEventFilter(self)
        self.pane.installEventFilter(self)
        QShortcut(QKeySequence("F1"), self, activated=self.show_keys)
        QShortcut(QKeySequence("Escape"), self, activated=self.table.setFocus)

    def eventFilter(self, watched, event) -> bool:
        """Single-key actions while the table or the pane has focus (never while typing in a field)."""
        if event.type() == QEvent.Type.KeyPress and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            action = KEYS.get(event.key())
            if action is not None:
                self.act_if_offered(action)
                return True
        return super().eventFilter(watched, event)

    def show_keys(self) -> None:
        KeySheet(key_sheet(), self).exec()

    # -- selection -----------------------------------------------------------------------------------

    def current_order(self):
        order_id = self.model.order_id(self.table.currentIndex().row())
        return self.desk.replica.orders.get(order_id) if order_id is not None else None

    def show_row(self, row: int) -> None:
        order_id = self.model.order_id(row)
        order = self.desk.replica.orders.get(order_id) if order_id is not None else None
        self._show(order)
        if order is not None and self.map is not None:
            self.map.select_event(order.event_id)

    def select_order(self, order_id: int) -> None:
        row = self.model.row_of(order_id)
        if row is not None:
            self._select_row(row)

    def select_event(self, event_id: int) -> None:
        """Select the event's order (the map calls this when a marker is clicked)."""
        row = self.model.row_of_event(event_id)
        if row is not None:
            self._select_row(row)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _show(self, order) -> None:
        replica = self.desk.replica
        event = replica.events.get(order.event_id) if order is not None else None
        trail = replica.orders_of(order.event_id) if order is not None else []
        grid = self.model.grid_names.get(event.grid_id or "", "") if event else ""
        approvals = replica.approvals_of(order.event_id) if order is not None else []
        self.pane.show_order(order, event, trail, grid, approvals)

    def _refresh_pane(self, changes) -> None:
        shown = self.pane.order
        if shown is None:
            return
        approvals = {a.event_id for a in map(self.desk.replica.approvals.get, changes.touched("approvals")) if a}
        touched = changes.touched("events") | approvals
        if changes.reset or shown.id in changes.touched("orders") or shown.event_id in touched:
            error = self.pane.error.text()
            self._show(self.desk.replica.orders.get(shown.id))
            self.pane.show_error(error)

    def _tick(self) -> None:
        self.table.viewport().update()
        self.pane.tick()
        self.model.recount()

    # -- actions -------------------------------------------------------------------------------------

    def act_if_offered(self, action) -> None:
        if self.pane.order is not None and self.pane.order == self.current_order() and action in self.pane.actions:
            self.act(action)

    def act(self, action, fields: dict | None = None) -> asyncio.Future | None:
        """Ask for the action's fields (unless given) and send its command for the current order."""
        order = self.current_order()
        if order is None:
            return None
        if fields is None:
            fields = self._ask(action)
            if fields is None:
                return None
        if action in REQUESTS:
            fields = {"event_id": order.event_id, **fields}
        return self.send({"type": ORDER_ACTIONS[action][0], "order_id": order.id, **fields})

    def _ask(self, action) -> dict | None:
        dialog = self._dialog(action)
        if dialog is None:
            return {}
        return dialog.fields() if dialog.exec() else None

    def _dialog(self, action):
        if action in REQUESTS:
            return TimedRequestDialog(action, self.model.due(self.current_order()), parent=self)
        if action is Action.RETURN:
            return ReturnDialog(self)
        if action is PROGRESS:
            return OrderNoteDialog(tr("Progress note"), tr("What has been done so far (required)"), True, self)
        if action is Action.COMPLETE:
            return OrderNoteDialog(tr("Complete the order"), tr("How it was resolved"), False, self)
        return None

    def send(self, frame: dict) -> asyncio.Future:
        """Send a command; a refusal is shown next to the actions, in the hub's words."""
        return self.sender.send(frame)

    # -- counters from the hub's statistics ----------------------------------------------------------

    def refresh_stats(self) -> None:
        future = asyncio.ensure_future(self._stats())
        self.pending.add(future)
        future.add_done_callback(self.pending.discard)

    async def _stats(self) -> None:
        since, until = seat.today(clock.now())
        try:
            result = await self.desk.send({"type": "query.stats", "since": since.isoformat(),
                                           "until": until.isoformat(), "group_by": "department",
                                           "period_of": "resolved"})
        except (HubError, ConnectionError) as exc:
            log.info("seat statistics not available: %s", exc)
            return
        row = next((r for r in result.get("rows", []) if r.get("key") == self.department), None)
        self.counters.set_stats(seat.completed(row), row.get("on_time_rate") if row else None)


def key_sheet() -> list[tuple[str, str]]:
    return [("↑ ↓", tr("Move through the orders")), ("R", tr("Sign for the order")),
            ("B", tr("Return it with a reason")), ("P", tr("Add a progress note")),
            ("C", tr("Complete with a note")), ("E", tr("Ask for an extension (a new deadline)")),
            ("S", tr("Ask for a suspension (the clock stops until a date)")), ("Esc", tr("Back to the orders")),
            ("F1", tr("This sheet"))]
