"""Pieces of the department seat panel: its counters, the order pane (actions over the event's
detail), the return and note dialogs, and the map binding that shows only the seat's events."""
from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commandcenter.domain import returns, seat
from commandcenter.domain.codes import OPEN_ORDER_STATUSES
from commandcenter.domain.deadlines import urgency_at
from commandcenter.domain.lifecycle import PROGRESS_ALLOWED, Action, allowed_order_actions
from commandcenter.i18n import tr
from commandcenter.models import labels
from commandcenter.widgets.delegates import URGENCY_COLOURS, countdown_text

from .case_actions import may_request
from .detail import EventDetail, clear_layout
from .dialogs import FieldsDialog, _note
from .map_binding import MapBinding

#: the "progress" note is not a life-cycle action; it has its own key
PROGRESS = "progress"
#: (Practice) the receiver asks a supervisor for more time: an extension (延期) or a suspension (缓办)
EXTEND, SUSPEND = "extension", "suspend"
REQUESTS = (EXTEND, SUSPEND)
#: action -> (command, key)
ORDER_ACTIONS: dict[object, tuple[str, str]] = {
    Action.RECEIVE: ("order.receive", "R"), Action.RETURN: ("order.return", "B"),
    PROGRESS: ("order.progress", "P"), Action.COMPLETE: ("order.complete", "C"),
    EXTEND: ("approval.request", "E"), SUSPEND: ("approval.request", "S"),
}
ORDER_COLOURS = {"issued": "#e8a028", "received": "#4c8dd6", "completed": "#5cb85c", "returned": "#a371f7",
                 "cancelled": "#7f8da0"}


def order_colour(status: str | None) -> str:
    return ORDER_COLOURS.get(status or "", "#7f8da0")


def action_names() -> dict[object, str]:
    return {Action.RECEIVE: tr("Sign for"), Action.RETURN: tr("Return"), PROGRESS: tr("Progress note"),
            Action.COMPLETE: tr("Complete"), EXTEND: tr("Request extension"), SUSPEND: tr("Request suspension")}


def offered(order, event=None, approvals=()) -> list:
    """What the seat may do with an order in its status: the domain's receiver actions, then progress,
    then (given the order's event) the requests for more time the domain allows. A ruling's final
    order cannot be returned (see :func:`blocked`)."""
    if order is None:
        return []
    actions: list = [a for a in allowed_order_actions(order.status) if a not in blocked(order)]
    if order.status in PROGRESS_ALLOWED:
        actions.insert(len(actions) - (Action.COMPLETE in actions), PROGRESS)
    if event is not None and order.status in OPEN_ORDER_STATUSES:
        actions += [k for k in REQUESTS if may_request(k, event, "liaison", approvals, own_order=True)]
    return actions


def blocked(order) -> list:
    """Actions the order's status allows that a ruling takes away: a final order cannot be returned."""
    return [Action.RETURN] if order is not None and order.final and Action.RETURN in allowed_order_actions(
        order.status) else []


def reason_names() -> dict[str, str]:
    return {returns.ReturnReason.NOT_OUR_DEPARTMENT: tr("Not our department's matter"),
            returns.ReturnReason.NOT_ENOUGH_INFORMATION: tr("Not enough information"),
            returns.ReturnReason.OUTSIDE_OUR_AREA: tr("Outside our area"),
            returns.ReturnReason.DUPLICATE: tr("Duplicate of another case"),
            returns.ReturnReason.OTHER: tr("Other")}


# -- counters ---------------------------------------------------------------------------------------

class Counter(QFrame):
    def __init__(self, name: str, tip: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("counter")
        self.setToolTip(tip)
        self.value = QLabel("—")
        self.value.setObjectName("counterValue")
        caption = QLabel(name)
        caption.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 6, 14, 6)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(caption)

    def set(self, text: str, alarm: bool = False) -> None:
        self.value.setText(text)
        self.value.setStyleSheet("color: #e5534b;" if alarm else "")


class SeatCounters(QWidget):
    """Open, overdue, completed today, on-time today; and the incoming badge, blinking gently while
    orders wait to be signed for (no sound)."""

    BLINK_MS = 700

    def __init__(self, department: str, parent=None) -> None:
        super().__init__(parent)
        self.title = QLabel(tr("{department} seat").format(department=labels.department(department)))
        self.title.setObjectName("seatTitle")
        self.badge = QLabel()
        self.badge.setObjectName("incomingBadge")
        self.open = Counter(tr("Open orders"), tr("Orders issued to the department and not yet closed"))
        self.overdue = Counter(tr("Overdue"), tr("Open orders past their deadline"))
        self.completed = Counter(tr("Completed today"), tr(
            "The department's cases completed today, whenever they were reported (hub statistics)"))
        self.on_time = Counter(tr("On time today"), tr(
            "Of the department's cases completed today that had a deadline, the share completed in time "
            "(hub statistics)"))
        self._blink_on = False
        self.blink = QTimer(self, interval=self.BLINK_MS, timeout=self._toggle)
        self._layout()
        self.set_counts(seat.SeatCounts())

    def _layout(self) -> None:
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.title)
        layout.addSpacing(12)
        layout.addWidget(self.badge)
        layout.addStretch(1)
        for counter in (self.open, self.overdue, self.completed, self.on_time):
            layout.addWidget(counter)
        self.setStyleSheet("#seatTitle { font-size: 18px; font-weight: 600; }"
                           "#counterValue { font-size: 22px; font-weight: 600; }"
                           "#counter { border: 1px solid rgba(127,141,160,90); border-radius: 4px; }"
                           "#incomingBadge { border-radius: 10px; padding: 3px 12px; font-weight: 600; }")

    def set_counts(self, counts: seat.SeatCounts) -> None:
        self.open.set(str(counts.open))
        self.overdue.set(str(counts.overdue), alarm=counts.overdue > 0)
        self.incoming = counts.incoming
        if counts.incoming:
            self.badge.setText(tr("{n} incoming, not yet signed for").format(n=counts.incoming))
            self.blink.isActive() or self.blink.start()
        else:
            self.badge.setText(tr("No incoming orders"))
            self.blink.stop()
            self._blink_on = False
        self._paint_badge()

    def set_stats(self, completed: int | None, on_time: float | None) -> None:
        self.completed.set("—" if completed is None else str(completed))
        self.on_time.set("—" if on_time is None else f"{on_time * 100:.0f}%")

    def _toggle(self) -> None:
        self._blink_on = not self._blink_on
        self._paint_badge()

    def _paint_badge(self) -> None:
        if not self.incoming:
            colour = "background: rgba(127,141,160,40); color: palette(text);"
        elif self._blink_on:
            colour = "background: rgba(232,160,40,230); color: #1b1b1b;"
        else:
            colour = "background: rgba(232,160,40,110); color: palette(text);"
        self.badge.setStyleSheet(colour)


# -- the order pane -----------------------------------------------------------------------------------

class OrderPane(QWidget):
    """The chosen order: its countdown, status and the actions its status allows, over the event detail
    (with the trail of the department's orders on it)."""

    actionRequested = Signal(object)

    def __init__(self, parent=None, user: str = "") -> None:
        super().__init__(parent)
        self.order = None
        self.headline = QLabel()
        self.headline.setObjectName("orderHeadline")
        self.countdown = QLabel()
        self.countdown.setObjectName("orderCountdown")
        self.buttons = QHBoxLayout()
        self.request_buttons = QHBoxLayout()  # asking a supervisor for more time, on a row of its own
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.detail = EventDetail("liaison", user=user)
        self.actions: list = []  # what the shown order offers now (the keys act only on these)
        self._layout()
        self.show_order(None, None)

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.headline, 1)
        top.addWidget(self.countdown)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self.buttons)
        layout.addLayout(self.request_buttons)
        layout.addWidget(self.error)
        layout.addWidget(self.detail, 1)
        self.setStyleSheet("#orderHeadline { font-size: 14px; font-weight: 600; padding: 4px; }"
                           "#orderCountdown { font-size: 20px; font-weight: 600; padding: 4px 8px; "
                           "font-family: 'DejaVu Sans Mono', monospace; }")

    def show_order(self, order, event, orders=(), grid_name: str = "", approvals=()) -> None:
        self.order = order
        self.error.clear()
        if order is None:
            self.headline.setText(tr("Select an order"))
            self.detail.show_event(None, [])
        else:
            state = labels.order_status(order.status)
            final = tr(" · ruled (final): cannot be returned") if order.final else ""
            self.headline.setText(tr("Order #{id} · {state}").format(id=order.id, state=state) + final)
            self.detail.show_event(event, list(orders), grid_name, labels.department(order.assignee.department),
                                   approvals)
        self.actions = offered(order, event, approvals)
        self._set_buttons(self.actions, blocked(order))
        self.tick()

    def tick(self) -> None:
        due = self.due()
        if self.order is None or not seat.is_open(self.order.status) or due is None:
            self.countdown.setText("")
            return
        now = time.time()
        start = self.order.issued_at.timestamp()
        self.countdown.setText(countdown_text(due, now))
        self.countdown.setStyleSheet(f"color: {URGENCY_COLOURS[urgency_at(start, due, now)].name()};")

    def due(self) -> float | None:
        at = self.order.due_at if self.order else None
        at = at or (self.detail.subject.due_at if self.detail.subject else None)
        return at.timestamp() if at else None

    def _set_buttons(self, actions: list, disabled: list = ()) -> None:
        clear_layout(self.buttons)
        clear_layout(self.request_buttons)
        for action in [*actions, *disabled]:
            row = self.request_buttons if action in REQUESTS else self.buttons
            row.addWidget(self._button(action, enabled=action not in disabled))
        self.buttons.addStretch(1)
        self.request_buttons.addStretch(1)

    def _button(self, action, *, enabled: bool) -> QPushButton:
        button = QPushButton(f"{action_names()[action]}  ({ORDER_ACTIONS[action][1]})")
        button.setObjectName(f"seat_{getattr(action, 'value', action)}")
        button.clicked.connect(lambda _=False, a=action: self.actionRequested.emit(a))
        if not enabled:  # plain, so that it looks off in both themes
            button.setEnabled(False)
            button.setToolTip(tr("Ruled (final): cannot be returned"))
        elif action not in REQUESTS:
            button.setProperty("role", "danger" if action is Action.RETURN else "primary")
        return button

    def show_error(self, message: str) -> None:
        self.error.setText(message)


# -- dialogs ----------------------------------------------------------------------------------------

class ReturnDialog(FieldsDialog):
    """Return an order with a typed reason; "other" needs the receiver's words."""

    def __init__(self, parent=None) -> None:
        super().__init__(tr("Return the order"), parent)
        self.reason = QComboBox()
        for code, name in reason_names().items():
            self.reason.addItem(name, code)
        self.detail = _note(tr("Details for the operator (required for Other)"))
        self.form.addRow(tr("Reason"), self.reason)
        self.form.addRow(tr("Details"), self.detail)
        self.ok = self.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        self.reason.currentIndexChanged.connect(lambda _i: self._check())
        self.detail.textChanged.connect(self._check)
        self._check()

    def choose(self, reason: str, detail: str = "") -> None:
        self.reason.setCurrentIndex(self.reason.findData(reason))
        self.detail.setPlainText(detail)

    def _check(self) -> None:
        self.ok.setEnabled(returns.is_complete(self.reason.currentData(), self.detail.toPlainText()))

    def fields(self) -> dict:
        return {"reason": returns.compose(self.reason.currentText(), self.detail.toPlainText())}


class OrderNoteDialog(FieldsDialog):
    def __init__(self, title: str, placeholder: str, required: bool, parent=None) -> None:
        super().__init__(title, parent)
        self.note = _note(placeholder)
        self.form.addRow(tr("Note"), self.note)
        ok = self.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        if required:
            self.note.textChanged.connect(lambda: ok.setEnabled(bool(self.note.toPlainText().strip())))
            ok.setEnabled(False)

    def fields(self) -> dict:
        return {"note": self.note.toPlainText().strip()}


def _epoch(at) -> float | None:
    return at.timestamp() if at else None


class KeySheet(QDialog):
    """The keys of a desk (F1): ``rows`` of (key, what it does)."""

    def __init__(self, rows: list[tuple[str, str]], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        table = "".join(f"<tr><td><b>{key}</b></td><td>&nbsp;&nbsp;{what}</td></tr>" for key, what in rows)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<table cellpadding='4'>{table}</table>"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


# -- map ----------------------------------------------------------------------------------------------

class SeatMapBinding(MapBinding):
    """The shared binding, but events are only those of the seat's shown orders (a liaison's replica
    also keeps events that have since left the department)."""

    def show_events(self) -> None:
        model, events = self.console.model, self.desk.replica.events
        orders = [self.desk.replica.orders[i] for i in model.ids]
        shown = [events[o.event_id] for o in orders if seat.is_open(o.status) and o.event_id in events]
        now = time.time()
        overdue = [seat.order_overdue(o.status, _epoch(model.due(o)), now)
                   for o in orders if seat.is_open(o.status) and o.event_id in events]
        selected = self.console.detail.subject
        self.map.set_events(np.array([e.id for e in shown], dtype=np.int64), np.array([e.lon for e in shown]),
                            np.array([e.lat for e in shown]), np.array([e.severity for e in shown], dtype=np.int8),
                            np.array(overdue, dtype=bool), selected.id if selected else None)
