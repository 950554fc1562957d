"""The operator console: live queue, event detail, map, status bar; keyboard first.

The view holds no rules: which actions an event offers comes from the domain (via
:mod:`.detail`), what is sent is a protocol command, and what is shown comes back as deltas.
"""
from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMainWindow,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commandcenter.domain import permissions
from commandcenter.domain.lifecycle import Action
from commandcenter.i18n import tr
from commandcenter.models import labels
from commandcenter.models.event_queue import EventQueueModel
from commandcenter.views.queue_table import make_queue_view

from . import dialogs
from .case_actions import CaseAction, open_order
from .claims import ClaimKeeper
from .commands import CommandSender
from .detail import ACTIONS, EventDetail, action_names, offered_actions
from .dispatch import DispatchDialog
from .duplicates import DuplicatesPanel
from .filters import FilterBar
from .intake import IntakeDialog
from .practice_dialogs import cancel_order_dialog, desk_request_dialog, merge_dialog, take_over_dialog
from .shortcuts import ShortcutSheet
from .statusbar import DeskStatusBar

log = logging.getLogger("models")



ACTION_KEYS = {Qt.Key.Key_A: Action.ACCEPT, Qt.Key.Key_R: Action.REJECT, Qt.Key.Key_D: Action.DISPATCH,
               Qt.Key.Key_V: Action.VERIFY_PASS, Qt.Key.Key_F: Action.FOLLOW_UP, Qt.Key.Key_X: Action.ARCHIVE,
               Qt.Key.Key_S: Action.SUPERVISE, Qt.Key.Key_E: Action.ESCALATE}


class OperatorConsole(QMainWindow):
    def __init__(self, desk, map_widget: QWidget | None = None, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.role = desk.session.get("role", "operator")
        self.setWindowTitle(tr("Command Centre · Operator console"))
        self.model = EventQueueModel(desk, self)
        self.filters = FilterBar()
        self.queue = self._make_queue()
        self.detail = EventDetail(self.role, user=desk.session.get("user", ""), replica=desk.replica)
        self.claims = ClaimKeeper(desk, lambda e: bool(offered_actions(e, self.role)), self)
        self.duplicates = DuplicatesPanel(desk)
        self.map = map_widget
        self.setStatusBar(DeskStatusBar(desk, self))
        self._layout()
        self._wire()
        self._shortcuts()
        self.tick = QTimer(self, interval=1000, timeout=self.queue.viewport().update)
        self.tick.start()
        self.sender = CommandSender(desk, self.detail.show_error)
        self.grids: list[dict] = []  # the city's grids, for intake (set by the app)
        intake = self.menuBar().addMenu(tr("&Case")).addAction(tr("New report…"))
        intake.setShortcut(QKeySequence("Ctrl+N"))
        intake.triggered.connect(self.new_report)

    def _make_queue(self) -> QTableView:
        view = make_queue_view(self.model)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # several cases, one receiver
        return view

    def _layout(self) -> None:
        right = QSplitter(Qt.Orientation.Vertical)
        if self.map is not None:
            right.addWidget(self.map)
        right.addWidget(self.detail)
        right.addWidget(self.duplicates)
        right.setSizes([300, 520, 180] if self.map is not None else [780, 220])
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(self.queue)
        main.addWidget(right)
        main.setStretchFactor(0, 3)
        main.setStretchFactor(1, 2)
        main.setSizes([1120, 560])
        container = QWidget()
        layout = QVBoxLayout(container)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(main, 1)
        self.setCentralWidget(container)

    def _wire(self) -> None:
        self.filters.changed.connect(self.model.set_filter)
        self.model.unseenChanged.connect(self.filters.set_new_count)
        self.queue.selectionModel().currentRowChanged.connect(lambda current, _prev: self.show_row(current.row()))
        self.queue.activated.connect(lambda index: self.detail.setFocus())
        self.detail.actionRequested.connect(self.act)
        self.duplicates.mergeRequested.connect(self.merge_duplicate)
        self.desk.changed.connect(self._refresh_detail)

    def _shortcuts(self) -> None:
        self.queue.installEventFilter(self)
        self.detail.installEventFilter(self)
        QShortcut(QKeySequence("F1"), self, activated=lambda: ShortcutSheet(self).exec())
        QShortcut(QKeySequence("Ctrl+F"), self, activated=self.filters.text.setFocus)
        QShortcut(QKeySequence("Escape"), self, activated=self.queue.setFocus)

    def eventFilter(self, watched, event) -> bool:
        """Single-key actions while the queue or the detail has focus (not while typing in a field)."""
        if event.type() == QEvent.Type.KeyPress and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            action = ACTION_KEYS.get(event.key())
            if action is not None:
                self.act_if_offered(action)
                return True
            if event.key() == Qt.Key.Key_N:
                self.new_report()
                return True
            if event.key() == Qt.Key.Key_M:
                self.merge_duplicate()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and watched is self.queue:
                self.detail.setFocus()
                return True
        return super().eventFilter(watched, event)

    # -- selection ---------------------------------------------------------------------------

    def current_event(self):
        row = self.queue.currentIndex().row()
        event_id = self.model.event_id(row)
        return self.desk.replica.events.get(event_id) if event_id is not None else None

    def selected_events(self) -> list:
        """The events of the selected rows, in queue order (the current one when nothing is selected)."""
        rows = sorted({index.row() for index in self.queue.selectionModel().selectedRows()})
        events = [self.desk.replica.events.get(self.model.event_id(row)) for row in rows]
        current = self.current_event()
        return [e for e in events if e is not None] or ([current] if current is not None else [])

    def show_row(self, row: int) -> None:
        event_id = self.model.event_id(row)
        self.claims.follow(event_id)
        if event_id is not None:
            self.model.mark_seen(event_id)
            if self.map is not None:
                self.map.select_event(event_id)
        self._show(self.desk.replica.events.get(event_id) if event_id is not None else None)

    def select_event(self, event_id: int) -> None:
        """Select an event in the queue (the map calls this when an event marker is clicked)."""
        row = self.model.row_of(event_id)
        if row is None:
            return
        index = self.model.index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.queue.selectionModel().setCurrentIndex(index, flags)
        self.queue.scrollTo(index)

    def _show(self, event) -> None:
        self.duplicates.show_for(event)
        if event is None:
            self.detail.show_event(None, [])
            return
        replica = self.desk.replica
        self.detail.show_event(event, replica.orders_of(event.id), self.model.grid_names.get(event.grid_id or "", ""),
                               labels.receiver_name(replica, event.assignee), replica.approvals_of(event.id))

    def _refresh_detail(self, changes) -> None:
        shown = self.detail.subject
        if shown is None:
            return
        replica = self.desk.replica
        touched = changes.touched("events")
        touched |= {o.event_id for o in map(replica.orders.get, changes.touched("orders")) if o}
        touched |= {a.event_id for a in map(replica.approvals.get, changes.touched("approvals")) if a}
        if changes.reset or shown.id in touched:
            error = self.detail.error.text()
            self._show(self.desk.replica.events.get(shown.id))
            self.detail.show_error(error)

    # -- actions -----------------------------------------------------------------------------

    def act_if_offered(self, action: Action) -> None:
        """A key's action on the current case; a key that does nothing here says so (not silence)."""
        event = self.current_event()
        if event is None:
            return
        if action in offered_actions(event, self.role):
            self.act(action)
        else:
            name = action_names().get(action, action.value)
            self.detail.show_error(tr("{action}: not offered for this case at this desk").format(action=name))

    def act(self, action: Action | CaseAction) -> None:
        event = self.current_event()
        if event is None:
            return
        if isinstance(action, CaseAction):
            self.act_on_case(action, event)
            return
        targets = self._targets(action, event)
        force = self.take_over(event, targets)
        fields = self._ask(action, event, len(targets)) if force is not None else None
        if fields is None:
            return
        for target in targets:
            self.send({"type": ACTIONS[action][0], "event_id": target.id, **force, **fields})

    def take_over(self, event, targets: list) -> dict | None:
        """Claim the case before acting on it; on someone else's claim, ask "Take over from X?" first.
        Returns the fields to add to the commands (``force``), or None when the operator says no."""
        claimers = sorted({c for c in map(self.claims.blocker, targets) if c})
        force = {}
        if claimers:
            dialog = take_over_dialog(claimers, self)
            if not dialog.exec():
                return None
            force = dialog.fields()
        self.claims.claim_now(event.id, force=bool(force))
        return force

    def act_on_case(self, action: CaseAction, event) -> asyncio.Future | None:
        """Cancel the open order (with a reason), or ask a supervisor to park or void the case."""
        force = self.take_over(event, [event])
        if force is None:
            return None
        if action is CaseAction.CANCEL_ORDER:
            order = open_order(self.desk.replica.orders_of(event.id))
            if order is None:
                return None
            dialog, frame = cancel_order_dialog(order.id, self), {"type": "order.cancel", "order_id": order.id}
        else:
            dialog = desk_request_dialog(action.value, self)
            frame = {"type": "approval.request", "kind": action.value, "event_id": event.id}
        return self.send({**frame, **force, **dialog.fields()}) if dialog.exec() else None

    def _targets(self, action: Action, event) -> list:
        """A dispatch goes to every selected case that may be dispatched; other actions to the current one."""
        if action is not Action.DISPATCH:
            return [event]
        chosen = [e for e in self.selected_events() if action in offered_actions(e, self.role)]
        return chosen if event in chosen else [event]

    def _ask(self, action: Action, event, count: int = 1) -> dict | None:
        """Ask the operator for the command's fields; None when they cancel."""
        dialog = self._dialog(action, event)
        if dialog is None:
            return {}
        if count > 1:
            dialog.setWindowTitle(tr("Dispatch {n} cases to one receiver").format(n=count))
        return dialog.fields() if dialog.exec() else None

    def _dialog(self, action: Action, event):
        if action is Action.ACCEPT:
            return dialogs.AcceptDialog(event, self)
        if action is Action.REJECT:
            return dialogs.ReasonDialog(tr("Reject report"), self)
        if action is Action.DISPATCH:
            return DispatchDialog(self.desk.replica, event, self.model.grid_names, self)
        if action is Action.VERIFY_PASS:
            return dialogs.VerifyDialog(self)
        if action is Action.FOLLOW_UP:
            return dialogs.FollowUpDialog(self)
        if action in (Action.SUPERVISE, Action.ESCALATE):
            return dialogs.NoteDialog(tr("Supervision order") if action is Action.SUPERVISE else tr("Escalate"), self)
        return None

    def merge_duplicate(self) -> asyncio.Future | None:
        """Merge the shown case into the duplicate candidate chosen beside it (M), after asking."""
        event, into = self.current_event(), self.duplicates.selected()
        if event is None or into is None or not permissions.may(self.role, "event.merge"):
            return None
        force = self.take_over(event, [event])
        if force is None:
            return None
        master = self.desk.replica.events.get(into)
        dialog = merge_dialog(event.code, master.code if master else f"#{into}", self)
        if not dialog.exec():
            return None
        return self.send({"type": "event.merge", "event_id": event.id, "into": into, **force})

    def new_report(self) -> asyncio.Future | None:
        """Record a caller's report (hotline intake, N); the new case arrives in the queue as a delta."""
        dialog = IntakeDialog(self.grids, self)
        if not dialog.exec():
            return None
        return self.send({"type": "event.report", **dialog.fields()})

    def send(self, frame: dict) -> asyncio.Future:
        """Send a command; a refusal is shown next to the actions, in the hub's words."""
        return self.sender.send(frame)

    def closeEvent(self, event) -> None:
        self.claims.release()  # the case is free for others once the desk closes
        super().closeEvent(event)
