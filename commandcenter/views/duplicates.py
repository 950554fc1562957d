"""Duplicate candidates beside the detail (PROTOCOL.md "Practice": ``query.duplicates``).

When the console shows a case, the panel asks the hub for its candidates (throttled, so arrowing
through the queue asks once per pause) and lists them best first with score, distance and time
apart. M merges the shown case into the selected candidate (the console asks first). An answer
for a case no longer shown is dropped.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from commandcenter.i18n import tr
from commandcenter.models.duplicates import DuplicateCandidatesModel
from commandcenter.widgets.throttle import Throttle

from .commands import CommandSender
from .queue_table import case_table

ASK_THROTTLE_MS = 300
COLUMN_WIDTHS = (128, 110, 50, 70, 64, 80)


class DuplicatesPanel(QWidget):
    mergeRequested = Signal()  # merge the shown case into the selected candidate

    def __init__(self, desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.subject: int | None = None  # the case whose candidates are shown (or asked for)
        self.model = DuplicateCandidatesModel(desk, self)
        self.table = case_table(self.model, "duplicates", COLUMN_WIDTHS)
        self.heading = QLabel()
        self.heading.setProperty("role", "muted")
        self.merge = QPushButton(tr("Merge into selected  (M)"))
        self.merge.setObjectName("merge_duplicate")
        self.merge.clicked.connect(self.mergeRequested.emit)
        self.ask = Throttle(self._ask, ASK_THROTTLE_MS, self)
        self.sender = CommandSender(desk, lambda _text: None)
        self._layout()
        self._show_items(None, [])

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.merge)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def show_for(self, event) -> None:
        """Show ``event``'s candidates (None: nothing); the hub is asked after a short pause."""
        event_id = event.id if event is not None else None
        if event_id != self.subject:
            self.subject = event_id
            self._show_items(event_id, [])
        if event_id is not None:
            self.ask(event_id)

    def selected(self) -> int | None:
        """The candidate chosen in the table (the best one when none is)."""
        row = self.table.currentIndex().row()
        return self.model.candidate(row if row >= 0 else 0)

    def _ask(self, event_id: int) -> None:
        self.sender.ask({"type": "query.duplicates", "event_id": event_id}, lambda result: self._got(event_id, result))

    def _got(self, event_id: int, result: dict) -> None:
        if event_id == self.subject:
            self._show_items(event_id, result.get("items", []))

    def _show_items(self, event_id: int | None, items: list[dict]) -> None:
        chosen = self.selected() if items else None
        self.model.set_items(items)
        if items:
            rows = [i for i, item in enumerate(items) if item["event_id"] == chosen] or [0]
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.table.selectionModel().setCurrentIndex(self.model.index(rows[0], 0), flags)
        self.merge.setEnabled(bool(items))
        if event_id is None:
            self.heading.setText(tr("Possible duplicates"))
        elif items:
            self.heading.setText(tr("Possible duplicates: {n}").format(n=len(items)))
        else:
            self.heading.setText(tr("No possible duplicates"))
