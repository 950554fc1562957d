"""The supervisor's approvals inbox (审批): extension, suspension, park and void requests waiting for a
decision, approved or denied with a note; below them, the requests decided today.

``ApprovalsInbox(desk)``: ``countChanged(int)`` gives the pending count (the tab's badge),
``eventChosen(int)`` a case to bring up (double-click). A decision is ``approval.decide``; the change it
makes comes back as deltas (the row leaves the pending list and shows under "Decided today"). A refusal
is shown in the hub's words above the list.
"""
from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commandcenter.i18n import tr
from commandcenter.models.approvals import ApprovalsModel, KindRole, kind_name, when
from commandcenter.widgets.delegates import ChipDelegate

from .commands import CommandSender
from .dialogs import FieldsDialog, _note
from .queue_table import case_table

PENDING_WIDTHS = (100, 260, 220, 100, 260, 100, 120)
DECIDED_WIDTHS = (100, 260, 80, 220, 100, 220, 100, 200, 100, 120)
KIND_COLOURS = {"extension": "#4c8dd6", "suspend": "#d4b106", "park": "#a371f7", "void": "#e5534b"}


def kind_colour(kind: str | None) -> str:
    return KIND_COLOURS.get(kind or "", "#7f8da0")


class DecisionDialog(FieldsDialog):
    """Approve or deny one request, with a note (a denial must say why)."""

    def __init__(self, approval, case: str, approve: bool, parent=None) -> None:
        title = tr("Approve: {kind}") if approve else tr("Deny: {kind}")
        super().__init__(title.format(kind=kind_name(approval.kind)), parent)
        self.approve = approve
        summary = QLabel(self._summary(approval, case))
        summary.setWordWrap(True)
        self.note = _note(tr("Note for the requester") if approve else tr("Why it is denied (required)"))
        self.form.addRow(tr("Request"), summary)
        self.form.addRow(tr("Note"), self.note)
        self.ok = self.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(tr("Approve") if approve else tr("Deny"))
        self.note.textChanged.connect(self._enable)
        self._enable()

    @staticmethod
    def _summary(a, case: str) -> str:
        until = tr(" until {until}").format(until=when(a.until)) if a.until else ""
        return f"{case}\n{kind_name(a.kind)}{until} · {a.requested_by}\n{a.reason}"

    def _enable(self) -> None:
        self.ok.setEnabled(self.approve or bool(self.note.toPlainText().strip()))

    def fields(self) -> dict:
        return {"approve": self.approve, "note": self.note.toPlainText().strip()}


class ApprovalsInbox(QWidget):
    countChanged = Signal(int)
    eventChosen = Signal(int)

    def __init__(self, desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.model = ApprovalsModel(desk, self)
        self.decided = ApprovalsModel(desk, self, decided=True)
        self.view = self._table(self.model, "approvals_pending", PENDING_WIDTHS)
        self.decided_view = self._table(self.decided, "approvals_decided", DECIDED_WIDTHS)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.sender = CommandSender(desk, self.show_error)
        self._buttons()
        self._layout()
        self.show_error("")
        self.model.countChanged.connect(self._counted)
        self.decided.countChanged.connect(self._counted)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        self._counted()

    def _table(self, model: ApprovalsModel, name: str, widths) -> QTableView:
        view = case_table(model, name, widths)
        view.setItemDelegateForColumn(0, ChipDelegate(KindRole, kind_colour, view))
        view.doubleClicked.connect(lambda index, m=model: self._chosen(m, index.row()))
        return view

    def _buttons(self) -> None:
        self.approve_button = QPushButton(tr("Approve…"))
        self.approve_button.setProperty("role", "primary")
        self.deny_button = QPushButton(tr("Deny…"))
        self.deny_button.setProperty("role", "danger")
        self.open_button = QPushButton(tr("Open case"))
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.deny_button.clicked.connect(lambda: self.decide(False))
        self.open_button.clicked.connect(lambda: self._chosen(self.model, self.view.currentIndex().row()))

    def _layout(self) -> None:
        self.pending_title, self.decided_title = QLabel(), QLabel()
        for label in (self.pending_title, self.decided_title):
            label.setStyleSheet("font-weight: 600;")
        bar = QHBoxLayout()
        bar.addWidget(self.pending_title, 1)
        for button in (self.open_button, self.deny_button, self.approve_button):
            bar.addWidget(button)
        top, bottom = QWidget(), QWidget()
        upper = QVBoxLayout(top)
        upper.setContentsMargins(0, 0, 0, 0)
        upper.addLayout(bar)
        upper.addWidget(self.error)
        upper.addWidget(self.view, 1)
        lower = QVBoxLayout(bottom)
        lower.setContentsMargins(0, 0, 0, 0)
        lower.addWidget(self.decided_title)
        lower.addWidget(self.decided_view, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(bottom)
        split.setSizes([600, 300])
        layout = QVBoxLayout(self)
        layout.addWidget(split)

    # -- live ---------------------------------------------------------------------------------

    def _counted(self, *_args) -> None:
        pending = self.model.rowCount()
        self.pending_title.setText(tr("Waiting for a decision: {n}").format(n=pending))
        self.decided_title.setText(tr("Decided today: {n}").format(n=self.decided.rowCount()))
        if self.view.currentIndex().row() < 0 and pending:
            self.view.selectRow(0)
        self._enable()
        self.countChanged.emit(pending)

    def _enable(self) -> None:
        chosen = self.model.approval(self.view.currentIndex().row()) is not None
        for button in (self.approve_button, self.deny_button, self.open_button):
            button.setEnabled(chosen)

    def _chosen(self, model: ApprovalsModel, row: int) -> None:
        approval = model.approval(row)
        if approval is not None:
            self.eventChosen.emit(approval.event_id)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def count(self) -> int:
        return self.model.rowCount()

    # -- deciding -----------------------------------------------------------------------------

    def decide(self, approve: bool, note: str | None = None) -> asyncio.Future | None:
        """Approve or deny the selected request; asks for the note unless given."""
        row = self.view.currentIndex().row()
        approval = self.model.approval(row)
        if approval is None:
            return None
        if note is None:
            case = self.model.index(row, 1).data()
            dialog = DecisionDialog(approval, case, approve, self)
            if not dialog.exec():
                return None
            note = dialog.fields()["note"]
        return self.sender.send({"type": "approval.decide", "approval_id": approval.id, "approve": approve,
                                 "note": note, "version": approval.version})

    def retranslate(self) -> None:
        for model in (self.model, self.decided):
            model.retranslate()
        self.approve_button.setText(tr("Approve…"))
        self.deny_button.setText(tr("Deny…"))
        self.open_button.setText(tr("Open case"))
        self._counted()
