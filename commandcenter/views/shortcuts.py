"""The shortcut sheet (F1)."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from commandcenter.i18n import tr


def sheet() -> list[tuple[str, str]]:
    return [
        ("↑ ↓", tr("Move through the queue")), ("Shift+↑ ↓", tr("Select several (D dispatches them all)")),
        ("Enter", tr("Open the event (focus the detail)")),
        ("A", tr("Accept with tier")), ("R", tr("Reject with a reason")), ("D", tr("Dispatch")),
        ("V", tr("Verify (pass or fail)")), ("F", tr("Follow-up call")), ("X", tr("Archive")),
        ("S / E", tr("Supervise / escalate (supervisors)")), ("M", tr("Merge into the chosen duplicate candidate")),
        ("N / Ctrl+N", tr("New report (hotline intake)")),
        ("F2 / F3 / F4", tr("Seats / video links / alerts")), ("F6", tr("Replay a worker's day")),
        ("Ctrl+L", tr("Delegate to a centre below")), ("Alt+0 … Alt+5", tr("Status filters")),
        ("Ctrl+F", tr("Search")), ("Esc", tr("Back to the queue")), ("F1", tr("This sheet")),
    ]


class ShortcutSheet(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        rows = "".join(f"<tr><td><b>{key}</b></td><td>&nbsp;&nbsp;{what}</td></tr>" for key, what in sheet())
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<table cellpadding='4'>{rows}</table>"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
