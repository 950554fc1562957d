"""Small dialogs for the operator's actions. Each returns the command fields, never sends them."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from commandcenter.i18n import tr
from commandcenter.models import labels


class FieldsDialog(QDialog):
    """A form with OK/Cancel; subclasses add rows and implement :meth:`fields`."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def fields(self) -> dict:
        raise NotImplementedError


def _combo(items: dict, current=None) -> QComboBox:
    combo = QComboBox()
    for code, name in items.items():
        combo.addItem(name, code)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def _note(placeholder: str = "") -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(80)
    return edit


class AcceptDialog(FieldsDialog):
    """Accept with a tier, correcting category and severity if the report got them wrong."""

    def __init__(self, event, parent=None) -> None:
        super().__init__(tr("Accept report"), parent)
        self.tier = _combo(labels.all_tiers(), "small" if event.severity >= 3 else "medium")
        self.category = _combo(labels.all_categories(), event.category)
        self.severity = _combo({i: labels.severity(i) for i in (1, 2, 3, 4)}, event.severity)
        self.form.addRow(tr("Tier"), self.tier)
        self.form.addRow(tr("Category"), self.category)
        self.form.addRow(tr("Severity"), self.severity)
        self.subject = event

    def fields(self) -> dict:
        out = {"tier": self.tier.currentData()}
        if self.category.currentData() != self.subject.category:
            out["category"] = self.category.currentData()
        if self.severity.currentData() != self.subject.severity:
            out["severity"] = self.severity.currentData()
        return out


class ReasonDialog(FieldsDialog):
    def __init__(self, title: str, parent=None) -> None:
        super().__init__(title, parent)
        self.reason = _note(tr("Reason (required)"))
        self.form.addRow(tr("Reason"), self.reason)

    def fields(self) -> dict:
        return {"reason": self.reason.toPlainText().strip()}


class VerifyDialog(FieldsDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(tr("Verify the result"), parent)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.passed, self.failed = QRadioButton(tr("Passed")), QRadioButton(tr("Failed: send back"))
        self.passed.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.passed, self.failed):
            group.addButton(button)
            box.addWidget(button)
        self.note = _note(tr("What was checked, and how"))
        self.form.addRow(tr("Result"), row)
        self.form.addRow(tr("Note"), self.note)

    def fields(self) -> dict:
        return {"passed": self.passed.isChecked(), "note": self.note.toPlainText().strip()}


class FollowUpDialog(FieldsDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(tr("Follow-up call"), parent)
        names = {5: tr("5 · Very satisfied"), 4: tr("4 · Satisfied"), 3: tr("3 · Neutral"),
                 2: tr("2 · Dissatisfied"), 1: tr("1 · Very dissatisfied")}
        self.satisfaction = _combo(names, 5)
        self.note = _note(tr("What the reporter said"))
        self.form.addRow(tr("Satisfaction"), self.satisfaction)
        self.form.addRow(tr("Note"), self.note)

    def fields(self) -> dict:
        return {"satisfaction": self.satisfaction.currentData(), "note": self.note.toPlainText().strip()}


class NoteDialog(FieldsDialog):
    def __init__(self, title: str, parent=None) -> None:
        super().__init__(title, parent)
        self.note = _note(tr("Note (required)"))
        self.form.addRow(tr("Note"), self.note)

    def fields(self) -> dict:
        return {"note": self.note.toPlainText().strip()}
