"""Graded assessment (考核评分) from ``query.assessment``: grades by department, grid, community, street,
district, grid worker or operator; the red and black lists (红黑榜); a chart of scores coloured by grade;
export of the table (XLSX or CSV).

``GradesPanel(desk, grids, theme)`` is a page of the assessment tab: the tab's period bar calls
:meth:`show_period`; the panel asks for the grouping on show (others when picked, kept for the period).
A refresh still in flight when the period changes is cancelled and its answer dropped; a refusal is shown
in the hub's words. Export hook: ``model`` (the table as a person sees it).
"""
from __future__ import annotations

import asyncio
from datetime import datetime

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commandcenter.domain.honours import RED_BLACK_N, rankable, ranked, red_black
from commandcenter.i18n import tr
from commandcenter.models import labels
from commandcenter.models.grades import GRADE, GROUPINGS, GradeRole, GradesModel, SortRole, grouping_names
from commandcenter.net.client import HubError
from commandcenter.widgets.delegates import ChipDelegate
from commandcenter.widgets.restyle import set_style_property

from .export import export_model
from .grades_chart import GradeChart, grade_colour

RED, BLACK = "#e5534b", "#7f8da0"


def _list(name: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(name)
    widget.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return widget


class GradesPanel(QWidget):
    loaded = Signal()  # a grouping's rows are on show
    failed = Signal(str)  # the hub's words

    def __init__(self, desk, grids: list[dict], theme: str = "dark", parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.grid_names = {g["id"]: g["name"] for g in grids}
        self.grouping = "department"
        self.period: tuple[datetime, datetime] | None = None
        self.answers: dict[str, list[dict]] = {}  # grouping -> rows, for the period on show
        self._tasks: set[asyncio.Future] = set()
        self._generation = 0
        self.model = GradesModel(self)
        self.table = self._make_table()
        self.chart = GradeChart(theme)
        self.red, self.black = _list("red_list"), _list("black_list")
        self._bar()
        self._layout()

    # -- building ------------------------------------------------------------------------------

    def _bar(self) -> None:
        self.picker = QComboBox()
        names = grouping_names()
        for grouping in GROUPINGS:
            self.picker.addItem(names[grouping], grouping)
        self.picker.currentIndexChanged.connect(lambda _i: self.set_grouping(self.picker.currentData()))
        self.size = QSpinBox(minimum=1, maximum=50, value=RED_BLACK_N)
        self.size.valueChanged.connect(lambda _n: self._show_lists())
        self.export_button = QPushButton(tr("Export…"))
        self.export_button.clicked.connect(self.export)
        self.status = QLabel()
        self.status.setProperty("role", "muted")

    def _make_table(self) -> QTableView:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SortRole)
        table = QTableView()
        table.setObjectName("grades")
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setItemDelegateForColumn(GRADE, ChipDelegate(GradeRole, grade_colour, table))
        return table

    def _layout(self) -> None:
        bar = QHBoxLayout()
        for widget in (QLabel(tr("Grade by")), self.picker, QLabel(tr("Red / black list size")), self.size):
            bar.addWidget(widget)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.export_button)
        lists = QWidget()
        column = QVBoxLayout(lists)
        column.setContentsMargins(0, 0, 0, 0)
        self.red_title = _heading(tr("Red list · best"), RED)
        self.black_title = _heading(tr("Black list · worst"), BLACK)
        for widget in (self.red_title, self.red, self.black_title, self.black):
            column.addWidget(widget, 0 if isinstance(widget, QLabel) else 1)
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.table)
        top.addWidget(lists)
        top.setStretchFactor(0, 3)
        top.setStretchFactor(1, 1)
        top.setSizes([1100, 360])
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.chart)
        split.setSizes([520, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(split, 1)

    # -- public --------------------------------------------------------------------------------

    def show_period(self, since: datetime, until: datetime) -> None:
        """A new period: forget the answers of the old one and ask for the grouping on show."""
        self._generation += 1
        for task in list(self._tasks):
            task.cancel()
        self.period, self.answers = (since, until), {}
        self._load(self.grouping)

    def set_grouping(self, grouping: str) -> None:
        self.grouping = grouping
        self.picker.blockSignals(True)
        self.picker.setCurrentIndex(self.picker.findData(grouping))
        self.picker.blockSignals(False)
        if grouping in self.answers:
            self._show()
        elif self.period is not None:
            self._load(grouping)

    def export(self, path: str | None = None):
        """Export the table (XLSX or CSV; asks where, unless given)."""
        return export_model(self.model, self, path, title=tr("Grades"))

    def set_theme(self, name: str) -> None:
        self.chart.set_theme(name)

    # -- querying ------------------------------------------------------------------------------

    def _load(self, grouping: str) -> None:
        self._show_status(tr("Loading…"), "muted")
        task = asyncio.ensure_future(self._ask(grouping, self._generation))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _ask(self, grouping: str, generation: int) -> None:
        since, until = (t.isoformat() for t in self.period)
        frame = {"type": "query.assessment", "since": since, "until": until, "group_by": grouping}
        try:
            result = await self.desk.send(frame)
        except HubError as exc:
            return self._refused(generation, tr("Refused by the hub: {message}").format(message=exc.message))
        except ConnectionError as exc:
            return self._refused(generation, tr("Not sent: {message}").format(message=str(exc)))
        if generation == self._generation:
            self.answers[grouping] = result["rows"]
            if grouping == self.grouping:
                self._show()

    def _refused(self, generation: int, text: str) -> None:
        if generation == self._generation:
            self._show_status(text, "error")
            self.failed.emit(text)

    # -- showing -------------------------------------------------------------------------------

    def _show(self) -> None:
        rows = self.answers[self.grouping]
        name_of = self.name_of(self.grouping)
        self.model.set_rows(rows, self.grouping, name_of)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.chart.set_rows(ranked(rows), name_of)
        self._show_lists()
        ranks = sum(1 for r in rows if rankable(r))  # a row of cases with nobody of the grouping is not ranked
        self._show_status(tr("{ranked} ranked of {rows}").format(ranked=ranks, rows=len(rows)), "muted")
        self.loaded.emit()

    def _show_lists(self) -> None:
        rows = self.answers.get(self.grouping, [])
        n = self.size.value()
        red, black = red_black(rows, n)
        name_of = self.name_of(self.grouping)
        self.red_title.setText(tr("Red list · best {n}").format(n=n))
        self.black_title.setText(tr("Black list · worst {n}").format(n=n))
        for widget, chosen in ((self.red, red), (self.black, black)):
            widget.clear()
            widget.addItems([f"{i}. {name_of(r['key'])}  ·  {r['grade']}  ·  {r['score']:.1f}"
                             for i, r in enumerate(chosen, 1)])

    def name_of(self, grouping: str):
        return labels.group_namer(grouping, self.desk.replica, self.grid_names)

    def _show_status(self, text: str, role: str) -> None:
        self.status.setText(text)
        set_style_property(self.status, "role", role)

    def retranslate(self) -> None:
        self.model.retranslate()
        names = grouping_names()
        for i, grouping in enumerate(GROUPINGS):
            self.picker.setItemText(i, names[grouping])
        self.export_button.setText(tr("Export…"))
        self._show_lists()


def _heading(text: str, colour: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(f"font-weight: 600; color: {colour};")
    return label

