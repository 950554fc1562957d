"""Event detail: every field, the order trail, and only the actions its status allows."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commandcenter.domain import deadlines, permissions
from commandcenter.domain.lifecycle import Action, allowed_event_actions
from commandcenter.i18n import tr
from commandcenter.models import labels

from .case_actions import CaseAction, case_action_names, offered_case_actions
from .practice_rows import attention_rows, clock_rows

#: action -> (command it sends, keyboard shortcut shown on the button)
ACTIONS: dict[Action, tuple[str, str]] = {
    Action.ACCEPT: ("event.accept", "A"), Action.REJECT: ("event.reject", "R"),
    Action.DISPATCH: ("order.dispatch", "D"), Action.CANCEL: ("order.dispatch", ""),
    Action.VERIFY_PASS: ("event.verify", "V"), Action.VERIFY_FAIL: ("event.verify", ""),
    Action.FOLLOW_UP: ("event.follow_up", "F"), Action.ARCHIVE: ("event.archive", "X"),
    Action.SUPERVISE: ("event.supervise", "S"), Action.ESCALATE: ("event.escalate", "E"),
}


def action_names() -> dict[Action, str]:
    return {Action.ACCEPT: tr("Accept"), Action.REJECT: tr("Reject"), Action.DISPATCH: tr("Dispatch"),
            Action.VERIFY_PASS: tr("Verify"), Action.FOLLOW_UP: tr("Follow up"), Action.ARCHIVE: tr("Archive"),
            Action.SUPERVISE: tr("Supervise"), Action.ESCALATE: tr("Escalate")}


def offered_actions(event, role: str) -> list[Action]:
    """The domain's allowed actions for the event's status, as far as ``role`` may send them."""
    allowed = allowed_event_actions(event.status, source=event.source, reporter=event.reporter)
    shown = [a for a in allowed if a in action_names()]
    return [a for a in shown if permissions.may(role, ACTIONS[a][0])]


class EventDetail(QWidget):
    actionRequested = Signal(object)  # Action or CaseAction

    def __init__(self, role: str, parent: QWidget | None = None, user: str = "", replica=None) -> None:
        super().__init__(parent)
        self.role, self.user = role, user
        self.replica = replica  # for the receivers' names in the trail (else their ids)
        self.subject = None
        self.hook = None  # Levels (views/field_desk.py): hook(detail, event) after the buttons are set
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-size: 16px; font-weight: 600;")
        self.fields = QFormLayout()
        self.trail = QTreeWidget()
        self.trail.setHeaderLabels([tr("Time"), tr("Step"), tr("By"), tr("Note")])
        self.trail.setRootIsDecorated(False)
        self.buttons = QHBoxLayout()
        self.case_buttons = QHBoxLayout()  # the practice's actions: cancel order, park, void
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self._build()
        self.show_event(None, [])

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self._scrolled_fields(), 3)
        layout.addLayout(self.buttons)
        layout.addLayout(self.case_buttons)
        layout.addWidget(self.error)
        trail_title = QLabel(tr("Order trail"))
        trail_title.setProperty("role", "muted")
        layout.addWidget(trail_title)
        layout.addWidget(self.trail, 1)

    def _scrolled_fields(self) -> QScrollArea:
        """The fields scroll (a case with every practice row is long); the actions stay in sight below."""
        box = QWidget()
        box.setLayout(self.fields)
        self.fields.setContentsMargins(0, 0, 0, 0)
        area = QScrollArea()
        area.setObjectName("detailFields")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setWidget(box)
        return area

    def show_event(self, event, orders, grid_name: str = "", assignee_name: str = "", approvals=()) -> None:
        """Show ``event`` with its ``orders`` (the trail) and ``approvals`` (requests and decisions)."""
        self.subject = event
        self.error.clear()
        while self.fields.rowCount():
            self.fields.removeRow(0)
        if event is None:
            self.title.setText(tr("Select an event in the queue"))
            self._set_buttons([])
            self._set_case_buttons([])
            self.trail.clear()
            return
        self.title.setText(f"{event.code} · {event.title}")
        plain = self._rows(event, grid_name, assignee_name) + _sign_rows(orders)
        rows = [(name, value, False) for name, value in plain]
        deadline = next(i for i, row in enumerate(rows) if row[0] == tr("Deadline")) + 1
        rows[deadline:deadline] = clock_rows(event)
        rows[1:1] = attention_rows(event, orders, approvals, self.user, self.role)  # right under the status
        for name, value, alarm in rows:
            self._add_row(name, value, alarm)
        self._set_buttons(offered_actions(event, self.role))
        self._set_case_buttons(offered_case_actions(event, orders, approvals, self.role))
        if self.hook is not None:
            self.hook(self, event)
        self._fill_trail(orders)

    def _add_row(self, name: str, value: str, alarm: bool) -> None:
        label = QLabel(value)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if alarm:
            label.setProperty("role", "error")
        self.fields.addRow(name, label)

    def row_text(self, name: str) -> str | None:
        """The text of the field row called ``name`` (None when not shown)."""
        for row in range(self.fields.rowCount()):
            label = self.fields.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if label is not None and label.widget().text() == name:
                return self.fields.itemAt(row, QFormLayout.ItemRole.FieldRole).widget().text()
        return None

    def _rows(self, e, grid_name: str, assignee_name: str) -> list[tuple[str, str]]:
        rows = [
            (tr("Status"), labels.status(e.status) + (tr(" · OVERDUE") if e.overdue else "")),
            (tr("Category"), labels.category(e.category)), (tr("Severity"), labels.severity(e.severity)),
            (tr("Source"), labels.source(e.source)),
            (tr("Reporter"), " ".join(x for x in (e.reporter, e.reporter_phone) if x) or "—"),
            (tr("Grid"), grid_name or e.grid_id or "—"), (tr("Place"), f"{e.lat:.5f}, {e.lon:.5f}"),
            (tr("Received"), _time(e.created_at)), (tr("Tier"), labels.tier(e.tier) or "—"),
            (tr("Deadline"), _time(e.due_at)), (tr("Assignee"), assignee_name or "—"),
            (tr("Description"), e.description or "—"),
        ]
        if e.supervised or e.escalation_level:
            rows.append((tr("Oversight"), tr("Supervised, escalated {n}×").format(n=e.escalation_level)))
        if e.returns or e.last_return_reason:
            rows.append((tr("Returned"), f"{e.returns}× · {e.last_return_reason or ''}"))
        if e.satisfaction:
            rows.append((tr("Satisfaction"), f"{e.satisfaction} / 5"))
        return rows

    def _set_buttons(self, actions: list[Action]) -> None:
        clear_layout(self.buttons)
        names = action_names()
        for action in actions:
            key = ACTIONS[action][1]
            button = QPushButton(f"{names[action]}  ({key})" if key else names[action])
            button.setObjectName(f"action_{action.value}")
            button.setProperty("role", "danger" if action is Action.REJECT else "primary")
            button.clicked.connect(lambda _=False, a=action: self.actionRequested.emit(a))
            self.buttons.addWidget(button)
        self.buttons.addStretch(1)

    def _set_case_buttons(self, actions: list[CaseAction]) -> None:
        clear_layout(self.case_buttons)
        names = case_action_names()
        for action in actions:
            button = QPushButton(names[action])
            button.setObjectName(f"case_{action.value}")
            button.clicked.connect(lambda _=False, a=action: self.actionRequested.emit(a))
            self.case_buttons.addWidget(button)
        self.case_buttons.addStretch(1)

    def _fill_trail(self, orders) -> None:
        self.trail.clear()
        notes = sorted(((n, o) for o in orders for n in o.notes), key=lambda pair: pair[0].at)
        for note, order in notes:
            step = labels.note_kind(note.kind)
            if note.kind == "dispatch":
                step = f"{step} → {self._receiver(order.assignee)}"
            QTreeWidgetItem(self.trail, [_time(note.at), step, note.by, note.text])
        for column in range(3):
            self.trail.resizeColumnToContents(column)

    def _receiver(self, assignee) -> str:
        if self.replica is not None:
            return labels.receiver_name(self.replica, assignee)
        return assignee.worker_id or labels.department(assignee.department)

    def show_error(self, message: str) -> None:
        self.error.setText(message)


def _sign_rows(orders) -> list[tuple[str, str]]:
    """The sign clock (签收时限) of the order waiting to be signed for, beside the handle deadline."""
    for order in orders:
        if deadlines.sign_clock(order.status, order.issued_at, order.sign_due_at):
            late = tr(" · OVERDUE") if order.sign_overdue else ""
            return [(tr("Sign by"), _time(order.sign_due_at) + late)]
    return []


def _time(at) -> str:
    return at.strftime("%Y-%m-%d %H:%M") if at else "—"


def clear_layout(layout) -> None:
    """Take every item out of ``layout``, deleting its widgets (action buttons are rebuilt per subject)."""
    while layout.count():
        item = layout.takeAt(0)
        if item.widget():
            item.widget().deleteLater()
