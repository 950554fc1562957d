"""The supervisor desk (督查督办): the operator console, plus watch lists, assessment, the approvals
inbox (审批) and the rulings queue (裁定) as tabs.

Everything an operator does is here too (the console's actions, with the supervisor's own:
supervise and escalate). A row chosen in a watch list, the inbox or the rulings queue is shown in the
case tab. The inbox's and the queue's tab titles carry their counts, following the deltas.
"""
from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget

from commandcenter.i18n import tr

from .approvals import ApprovalsInbox
from .assessment import AssessmentView
from .console import OperatorConsole
from .export import export_model
from .rulings import RulingsQueue
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
        self.approvals = ApprovalsInbox(desk)
        self.rulings = RulingsQueue(desk, self.model.grid_names)
        self.tabs.addTab(self.approvals, "")
        self.tabs.addTab(self.rulings, "")
        self.setCentralWidget(self.tabs)
        self.approvals.countChanged.connect(self._badges)
        self.rulings.countChanged.connect(self._badges)
        self._badges()
        for page in (self.watch, self.approvals, self.rulings):
            page.eventChosen.connect(self.show_case)
        QShortcut(QKeySequence("Ctrl+E"), self, activated=self.export_current)

    def current_table(self):
        """The model of the table in front of the supervisor: the queue, a watch list or an assessment table."""
        page = self.tabs.currentWidget()
        if page is self.watch:
            return self.watch.current_view().model()
        if page is self.assessment:
            return self.assessment.current_model()
        if page is self.approvals:
            return self.approvals.model
        if page is self.rulings:
            return self.rulings.model
        return self.model

    def _badges(self, *_args) -> None:
        """The inbox's and the rulings queue's tab titles with their counts (审批 (3))."""
        for page, title in ((self.approvals, tr("Approvals")), (self.rulings, tr("Rulings"))):
            count = page.count()
            self.tabs.setTabText(self.tabs.indexOf(page), f"{title} ({count})" if count else title)

    def export_current(self, path: str | None = None):
        """Export the table in front (Ctrl+E) to XLSX or CSV (asks where, unless given), with progress."""
        return export_model(self.current_table(), self, path)

    def show_case(self, event_id: int) -> None:
        """Bring a case up in the case tab (clearing the quick filters if they hide it)."""
        if self.model.row_of(event_id) is None:
            self.filters.clear()
        self.tabs.setCurrentIndex(0)
        self.select_event(event_id)
