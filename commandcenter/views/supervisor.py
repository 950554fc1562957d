"""The supervisor desk (督查督办): the operator console, plus watch lists and assessment as tabs.

Everything an operator does is here too (the console's actions, with the supervisor's own:
supervise and escalate). A row chosen in a watch list is shown in the case tab.
"""
from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from commandcenter.i18n import tr

from .assessment import AssessmentView
from .console import OperatorConsole
from .watchlists import WatchLists


class SupervisorDesk(OperatorConsole):
    def __init__(self, desk, map_widget: QWidget | None, grids: list[dict], parent=None) -> None:
        super().__init__(desk, map_widget, parent)
        self.setWindowTitle(tr("Command Centre · Supervisor desk"))
        self.watch = WatchLists(desk)
        self.assessment = AssessmentView(desk, grids)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.takeCentralWidget(), tr("Cases"))
        self.tabs.addTab(self.watch, tr("Watch lists"))
        self.tabs.addTab(self.assessment, tr("Assessment"))
        self.setCentralWidget(self.tabs)
        self.watch.eventChosen.connect(self.show_case)

    def show_case(self, event_id: int) -> None:
        """Bring a case up in the case tab (clearing the quick filters if they hide it)."""
        if self.model.row_of(event_id) is None:
            self.filters.clear()
        self.tabs.setCurrentIndex(0)
        self.select_event(event_id)
