"""The queue table as the console shows it (the benchmark measures this very view)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from commandcenter.models.event_queue import (
    DueRole,
    EventQueueModel,
    LookRole,
    SeverityRole,
    SignDueRole,
    SignStartRole,
    StartRole,
    StatusRole,
)
from commandcenter.widgets.delegates import (
    ChipDelegate,
    CountdownDelegate,
    severity_colour,
    status_colour,
)

COLUMN_WIDTHS = (140, 72, 84, 96, 200, 150, 72, 124, 96, 92, 92)


def case_table(model, name: str, widths: tuple[int, ...], *, stretch_last: bool = True) -> QTableView:
    """A table of cases or orders as every desk shows them: whole rows, one at a time, compact."""
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(26)
    view.setWordWrap(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    return view


def make_queue_view(model: EventQueueModel) -> QTableView:
    view = case_table(model, "queue", COLUMN_WIDTHS, stretch_last=False)
    view.setSortingEnabled(True)
    view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    view.setDragEnabled(True)  # a row can be dropped on a seat tile to dispatch it there
    view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
    view.setDefaultDropAction(Qt.DropAction.CopyAction)
    # the drawn columns read their row's look in one call per cell (a repaint paints ~120 of them)
    view.setItemDelegateForColumn(9, CountdownDelegate(DueRole, StartRole, view, LookRole))
    view.setItemDelegateForColumn(10, CountdownDelegate(SignDueRole, SignStartRole, view, LookRole))
    view.setItemDelegateForColumn(7, ChipDelegate(StatusRole, status_colour, view, LookRole))
    view.setItemDelegateForColumn(6, ChipDelegate(SeverityRole, severity_colour, view, LookRole))
    return view
