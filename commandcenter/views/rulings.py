"""The supervisor's rulings queue (裁定): cases bounced between receivers until they need a ruling.

``RulingsQueue(desk, grid_names)``: the cases (most returned first), the chosen case's return history
(each returned order: when, which receiver, who, why) and "Rule and dispatch…", which opens the dispatch
dialog; a supervisor's dispatch is the ruling and its order is final (the hub marks it). ``countChanged``
gives the queue's length (the tab's badge), ``eventChosen`` a case to bring up in the case tab.
"""
from __future__ import annotations

import asyncio

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from commandcenter.i18n import tr
from commandcenter.models import labels
from commandcenter.models.approvals import when
from commandcenter.models.rulings import RulingsModel, orders_from, return_history

from .commands import CommandSender
from .dispatch import DispatchDialog
from .queue_table import case_table

COLUMN_WIDTHS = (140, 170, 100, 150, 70, 180, 90)


def _history_table() -> QTableWidget:
    table = QTableWidget(0, 4)
    table.setObjectName("return_history")
    table.setHorizontalHeaderLabels([tr("Returned at"), tr("Receiver"), tr("By"), tr("Reason")])
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


class RulingsQueue(QWidget):
    countChanged = Signal(int)
    eventChosen = Signal(int)

    def __init__(self, desk, grid_names: dict[str, str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.grid_names = grid_names if grid_names is not None else {}
        self.model = RulingsModel(desk, self, self.grid_names)
        self.view = case_table(self.model, "rulings", COLUMN_WIDTHS)
        self.history = _history_table()
        self.case = QLabel()
        self.case.setWordWrap(True)
        self.case.setTextFormat(Qt.TextFormat.PlainText)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.sender = CommandSender(desk, self.show_error)
        self.rule_button = QPushButton(tr("Rule and dispatch…"))
        self.rule_button.setProperty("role", "primary")
        self.open_button = QPushButton(tr("Open case"))
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600;")
        #: ``query.orders`` answers: the returned orders (closed, so not in the replica) by event, and
        #: the event's ``returns`` when asked (asked again only when it grows)
        self.fetched: dict[int, list] = {}
        self.asked: dict[int, int] = {}
        self._layout()
        self._wire()
        self.show_error("")
        self._counted()

    def _layout(self) -> None:
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        bar.addWidget(self.open_button)
        bar.addWidget(self.rule_button)
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(tr("Return history"))
        heading.setStyleSheet("font-weight: 600;")
        column.addWidget(self.case)
        column.addWidget(heading)
        column.addWidget(self.history, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.view)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([1000, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.error)
        layout.addWidget(split, 1)

    def _wire(self) -> None:
        self.model.countChanged.connect(self._counted)
        self.model.dataChanged.connect(lambda *_: self.show_history())
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self.show_history())
        self.view.doubleClicked.connect(lambda index: self._chosen(index.row()))
        self.rule_button.clicked.connect(self.rule)
        self.open_button.clicked.connect(lambda: self._chosen(self.view.currentIndex().row()))

    # -- live ---------------------------------------------------------------------------------

    def _counted(self, *_args) -> None:
        count = self.model.rowCount()
        self.title.setText(tr("Cases waiting for a ruling: {n}").format(n=count))
        if self.view.currentIndex().row() < 0 and count:
            self.view.selectRow(0)
        self.show_history()
        self.countChanged.emit(count)

    def current_event(self):
        event_id = self.model.event_id(self.view.currentIndex().row())
        return None if event_id is None else self.desk.replica.events.get(event_id)

    def show_history(self) -> None:
        event = self.current_event()
        self.rule_button.setEnabled(event is not None)
        self.open_button.setEnabled(event is not None)
        returns = return_history(self.desk.replica, event.id, self.fetched.get(event.id, ())) if event else []
        if event is not None and len(returns) < event.returns and self.asked.get(event.id, -1) < event.returns:
            self._fetch(event.id, event.returns)
        self.case.setText(self._summary(event) if event is not None else tr("No case waits for a ruling."))
        self.history.setRowCount(len(returns))
        for row, bounce in enumerate(returns):
            for column, text in enumerate((when(bounce.at), bounce.receiver, bounce.by, bounce.reason)):
                self.history.setItem(row, column, QTableWidgetItem(text))
        self.history.resizeRowsToContents()

    def _fetch(self, event_id: int, returns: int) -> None:
        self.asked[event_id] = returns
        self.sender.ask({"type": "query.orders", "event_id": event_id}, lambda result: self._got(event_id, result))

    def _got(self, event_id: int, result: dict) -> None:
        self.fetched[event_id] = orders_from(result.get("items", []))
        shown = self.current_event()
        if shown is not None and shown.id == event_id:
            self.show_history()

    def _summary(self, event) -> str:
        grid = self.grid_names.get(event.grid_id or "", event.grid_id or "")
        head = f"{event.code} · {event.title}\n{labels.category(event.category)} · {grid}"
        return f"{head}\n{event.description}" if event.description else head

    def _chosen(self, row: int) -> None:
        event_id = self.model.event_id(row)
        if event_id is not None:
            self.eventChosen.emit(event_id)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def count(self) -> int:
        return self.model.rowCount()

    # -- ruling -------------------------------------------------------------------------------

    def rule(self) -> asyncio.Future | None:
        """Open the dispatch dialog for the chosen case; its order is the ruling (final)."""
        event = self.current_event()
        if event is None:
            return None
        dialog = DispatchDialog(self.desk.replica, event, self.grid_names, self)
        dialog.setWindowTitle(tr("Rule and dispatch {code}").format(code=event.code))
        if not dialog.exec():
            return None
        return self.sender.send({"type": "order.dispatch", "event_id": event.id, **dialog.fields()})

    def showEvent(self, event) -> None:
        self.show_history()  # grid names may have come since
        super().showEvent(event)

    def retranslate(self) -> None:
        self.model.retranslate()
        self.rule_button.setText(tr("Rule and dispatch…"))
        self.open_button.setText(tr("Open case"))
        self._counted()
