"""The delegate picker (下派): which centre below takes a case, and a note for it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem

from commandcenter.i18n import tr

from .dialogs import FieldsDialog, _note


class DelegateDialog(FieldsDialog):
    """``targets``: (area id, label) of the centres below, highest first (the domain's choice)."""

    def __init__(self, event, targets: list[tuple[str, str]], parent=None) -> None:
        super().__init__(tr("Delegate to a centre below"), parent)
        case = QLabel(f"{event.code} · {event.title}")
        case.setWordWrap(True)
        self.targets = QListWidget(objectName="delegate_targets")
        for area_id, label in targets:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, area_id)
            self.targets.addItem(item)
        self.targets.setCurrentRow(0 if targets else -1)  # one level down, as escalating goes one up
        self.targets.setMaximumHeight(28 * max(2, len(targets)) + 8)
        self.note = _note(tr("What the centre below should do"))
        self.form.addRow(tr("Case"), case)
        self.form.addRow(tr("To"), self.targets)
        self.form.addRow(tr("Note"), self.note)

    def fields(self) -> dict:
        item = self.targets.currentItem()
        return {"to": item.data(Qt.ItemDataRole.UserRole) if item else None,
                "note": self.note.toPlainText().strip()}
