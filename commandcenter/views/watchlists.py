"""Supervisor watch lists (督查督办): overdue, due within the hour, returned more than once, failed
verification, low satisfaction; one tab each with its count, all live. Choosing a row emits
``eventChosen(event_id)`` for the supervisor desk's detail pane."""
from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commandcenter.i18n import tr
from commandcenter.models.watch import (
    DEADLINE_COLUMN,
    STATUS_COLUMN,
    DueRole,
    StartRole,
    StatusRole,
    WatchBook,
    WatchListModel,
    list_names,
)
from commandcenter.widgets.delegates import ChipDelegate, CountdownDelegate, status_colour

from .queue_table import case_table

COLUMN_WIDTHS = (150, 240, 120, 120, 120, 200, 100)


def make_watch_view(model: WatchListModel) -> QTableView:
    view = case_table(model, f"watch_{model.kind.value}", COLUMN_WIDTHS)
    view.setItemDelegateForColumn(DEADLINE_COLUMN, CountdownDelegate(DueRole, StartRole, view))
    view.setItemDelegateForColumn(STATUS_COLUMN, ChipDelegate(StatusRole, status_colour, view))
    return view


class WatchLists(QWidget):
    eventChosen = Signal(int)

    def __init__(self, desk, parent=None) -> None:
        super().__init__(parent)
        self.book = WatchBook(desk, self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("watchTabs")
        self.views = {}
        for kind, model in self.book.models.items():
            view = make_watch_view(model)
            view.selectionModel().currentRowChanged.connect(lambda cur, _prev, m=model: self._chosen(m, cur.row()))
            view.clicked.connect(lambda index, m=model: self._chosen(m, index.row()))
            self.views[kind] = view
            self.tabs.addTab(view, "")
        self.export = QPushButton(tr("Export…"))
        self.export.clicked.connect(self.export_current)
        self._layout()
        self.book.countsChanged.connect(self.set_counts)
        self.set_counts(self.book.counts())
        self.tick = QTimer(self, interval=1000, timeout=lambda: self.current_view().viewport().update())
        self.tick.start()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bar)

    def set_counts(self, counts: dict) -> None:
        names = list_names()
        for position, kind in enumerate(self.book.models):
            self.tabs.setTabText(position, f"{names[kind]} ({counts.get(kind, 0)})")

    def set_names(self, grids: dict[str, str]) -> None:
        for model in self.book.models.values():
            model.set_names(grids)

    def current_view(self) -> QTableView:
        return self.tabs.currentWidget()

    def _chosen(self, model: WatchListModel, row: int) -> None:
        event_id = model.event_id(row)
        if event_id is not None:
            self.eventChosen.emit(event_id)

    def export_current(self):
        from .export import export_model

        return export_model(self.current_view().model(), self)

    def retranslate(self) -> None:
        for model in self.book.models.values():
            model.retranslate()
        self.export.setText(tr("Export…"))
        self.set_counts(self.book.counts())
