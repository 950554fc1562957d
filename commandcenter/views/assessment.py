"""The supervisor's assessment (考核评价), grades (考核评分) and hotspots (分析研判) tab, from ``query.stats``
(and ``query.assessment`` for the grades: :class:`.grades.GradesPanel`, which follows the period bar).

A period (today, 7 days, 30 days, or a custom range of centre-time days) is queried once per grouping it
shows, all at once; a period change goes through a :class:`Throttle`, and a refresh still in flight when
the period changes again is cancelled and its answers dropped. The view never waits: answers arrive on
the event loop and fill the KPI tiles, the table, the charts and the hotspots. Rules (the rates, the
closed loop, stars, periods, hotspots) are in :mod:`commandcenter.domain.assessment` and ``rating``.

Export hook: :meth:`AssessmentView.current_model` is the table model of the page on show (its
``DisplayRole`` texts and ``headerData`` are what a person sees); ``table_model`` is the assessment one.
"""
from __future__ import annotations

import asyncio
import logging
from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from commandcenter import theme as themes
from commandcenter.domain import clock
from commandcenter.domain.assessment import MAX_PERIOD_DAYS, day_keys, period
from commandcenter.i18n import tr
from commandcenter.models import labels
from commandcenter.models.stats import GROUPINGS, SortRole, StarsRole, StatsTableModel
from commandcenter.net.client import HubError
from commandcenter.widgets.restyle import set_style_property
from commandcenter.widgets.stars import StarDelegate
from commandcenter.widgets.throttle import Throttle

from .assessment_charts import AssessmentCharts
from .assessment_tiles import KpiRow
from .grades import GradesPanel
from .hotspots import HotspotsPanel

log = logging.getLogger("models")

THROTTLE_MS = 400
AUTO_REFRESH_MS = 60_000
#: groupings every refresh asks for: totals (KPIs), the trend, the two bar charts, the hotspots
ALWAYS = (None, "day", "category", "department", "grid_category")


class AssessmentView(QWidget):
    loaded = Signal()  # a refresh's answers are on show
    failed = Signal(str)  # the hub's words

    def __init__(self, desk, grids: list[dict], map_widget=None, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.grid_names = {g["id"]: g["name"] for g in grids}
        theme = themes.current(QApplication.instance())
        self.grouping = "department"
        self.answers: dict[str | None, list[dict]] = {}  # grouping -> rows, for the period on show
        self.period: tuple[datetime, datetime] | None = None
        self._tasks: set[asyncio.Future] = set()
        self._generation = 0
        self._build(grids, map_widget, theme)
        self.set_theme(theme)
        self.throttle = Throttle(self._start, THROTTLE_MS, self)
        self._auto = QTimer(self, interval=AUTO_REFRESH_MS, timeout=self._auto_refresh)
        self._auto.start()
        self.refresh()

    # -- building ------------------------------------------------------------------------------

    def _build(self, grids: list[dict], map_widget, theme: str) -> None:
        self._period_bar()
        self.kpis = KpiRow()
        self.table_model = StatsTableModel(self)
        self.table = self._make_table()
        self.stars = StarDelegate(StarsRole, parent=self.table)
        self.charts = AssessmentCharts(theme)
        self.hotspots = HotspotsPanel(grids, map_widget, theme)
        self.grades = GradesPanel(self.desk, grids, theme)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._assessment_page(), tr("Figures"))  # the outer tab is "Assessment"
        self.tabs.addTab(self.grades, tr("Grades"))
        self.tabs.addTab(self.hotspots, tr("Hotspots"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._bar)
        layout.addWidget(self.kpis)
        layout.addWidget(self.tabs, 1)

    def _period_bar(self) -> None:
        self.period_kind = QComboBox()
        for kind, text in (("today", tr("Today")), ("7d", tr("Last 7 days")), ("30d", tr("Last 30 days")),
                           ("custom", tr("Custom range"))):
            self.period_kind.addItem(text, kind)
        self.period_kind.setCurrentIndex(1)
        today = _qdate(clock.now().date())
        self.date_from, self.date_to = _date_edit(today.addDays(-6)), _date_edit(today)
        self.refresh_button = QPushButton(tr("Refresh"))
        self.status = QLabel()
        self.status.setProperty("role", "muted")
        self._bar = QHBoxLayout()
        for widget in (QLabel(tr("Period")), self.period_kind, self.date_from, QLabel("–"), self.date_to,
                       self.refresh_button):
            self._bar.addWidget(widget)
        self._bar.addWidget(self.status, 1)
        self.period_kind.currentIndexChanged.connect(self._period_changed)
        self.date_from.dateChanged.connect(self._period_changed)
        self.date_to.dateChanged.connect(self._period_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self._enable_dates()

    def _make_table(self) -> QTableView:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.table_model)
        proxy.setSortRole(SortRole)
        table = QTableView()
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _assessment_page(self) -> QWidget:
        self.group_buttons = QButtonGroup(self)
        switch = QHBoxLayout()
        switch.addWidget(QLabel(tr("By", "grouping")))
        for grouping, text in zip(GROUPINGS, (tr("Department"), tr("Category"), tr("Grid"), tr("Grid worker")),
                                  strict=True):
            button = QPushButton(text, checkable=True, checked=grouping == self.grouping)
            button.setProperty("grouping", grouping)
            self.group_buttons.addButton(button)
            switch.addWidget(button)
        switch.addStretch(1)
        self.group_buttons.buttonClicked.connect(lambda b: self.set_grouping(b.property("grouping")))
        top = QWidget()
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(switch)
        column.addWidget(self.table, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.charts)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        split.setSizes([500, 500])
        return split

    # -- public --------------------------------------------------------------------------------

    def set_period(self, kind: str, start: date | None = None, end: date | None = None) -> None:
        """Pick a period (``today``, ``7d``, ``30d`` or ``custom`` with days); it is queried on the throttle."""
        if start is not None and end is not None:
            self._show_days(start, end)
        index = self.period_kind.findData(kind)
        if index == self.period_kind.currentIndex():
            self._period_changed()
        else:
            self.period_kind.setCurrentIndex(index)

    def set_grouping(self, grouping: str) -> None:
        self.grouping = grouping
        for button in self.group_buttons.buttons():
            button.setChecked(button.property("grouping") == grouping)
        if grouping in self.answers:
            self._show_table()
        elif self.period is not None:
            self._run(self._load_grouping(grouping, self._generation))

    def show_period(self, since: datetime, until: datetime) -> None:
        """Query an explicit ``[since, until)`` (through the throttle); the hub judges it."""
        self.throttle((since, until))

    def refresh(self) -> None:
        """Query the chosen period again (through the throttle)."""
        self._period_changed()

    def current_model(self):
        """The table model on show (assessment, grades or hotspots), for export."""
        page = self.tabs.currentWidget()
        if page is self.grades:
            return self.grades.model
        return self.hotspots.model if page is self.hotspots else self.table_model

    def set_theme(self, name: str) -> None:
        self.charts.set_theme(name)
        self.hotspots.set_theme(name)
        self.grades.set_theme(name)
        self.kpis.set_theme(name)

    # -- querying ------------------------------------------------------------------------------

    def _period_changed(self) -> None:
        self._enable_dates()
        kind = self.period_kind.currentData()
        start, end = self.date_from.date().toPython(), self.date_to.date().toPython()
        wanted = period(kind, clock.now().date(), start, end)
        if kind != "custom":  # the day fields show the period, ready to be adjusted as a custom range
            self._show_days(wanted[0].date(), (wanted[1] - timedelta(days=1)).date())
        self.throttle(wanted)

    def _show_days(self, first: date, last: date) -> None:
        for widget, day in ((self.date_from, first), (self.date_to, last)):
            widget.blockSignals(True)
            widget.setDate(_qdate(day))
            widget.blockSignals(False)

    def _enable_dates(self) -> None:
        custom = self.period_kind.currentData() == "custom"
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)

    def _start(self, wanted: tuple[datetime, datetime]) -> None:
        """Supersede whatever is in flight and query ``wanted``."""
        self._generation += 1
        for task in list(self._tasks):
            task.cancel()
        self._show_status(tr("Loading…"), "muted")
        self._run(self._load(wanted, self._generation))
        self.grades.show_period(*wanted)

    def _run(self, coroutine) -> None:
        task = asyncio.ensure_future(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _load(self, wanted: tuple[datetime, datetime], generation: int) -> None:
        groupings = list(dict.fromkeys((*ALWAYS, self.grouping)))
        answers = await self._ask(wanted, groupings, generation)
        if answers is None:
            return
        self.period, self.answers = wanted, dict(zip(groupings, answers, strict=True))
        self._show_all()

    async def _load_grouping(self, grouping: str, generation: int) -> None:
        answers = await self._ask(self.period, [grouping], generation)
        if answers is not None:
            self.answers[grouping] = answers[0]
            if grouping == self.grouping:
                self._show_table()

    async def _ask(self, wanted, groupings: list, generation: int) -> list[list[dict]] | None:
        """The rows for each grouping, or None when superseded or refused (the refusal is shown)."""
        since, until = (t.isoformat() for t in wanted)
        frames = [{"type": "query.stats", "since": since, "until": until, **({"group_by": g} if g else {})}
                  for g in groupings]
        try:
            results = await asyncio.gather(*(self.desk.send(f) for f in frames))
        except HubError as exc:
            return self._refused(generation, tr("Refused by the hub: {message}").format(message=exc.message))
        except ConnectionError as exc:
            return self._refused(generation, tr("Not sent: {message}").format(message=str(exc)))
        return [r["rows"] for r in results] if generation == self._generation else None

    def _refused(self, generation: int, text: str) -> None:
        if generation == self._generation:
            self._show_status(text, "error")
            self.failed.emit(text)

    def _auto_refresh(self) -> None:
        if self.isVisible() and not self._tasks:
            self.refresh()

    # -- showing -------------------------------------------------------------------------------

    def _show_all(self) -> None:
        totals = self.answers.get(None) or [{}]
        self.kpis.show_row(totals[0])
        self._show_table()
        since, until = self.period
        self.charts.set_days(day_keys(since, until), {r["key"]: r for r in self.answers.get("day", [])})
        self.charts.set_categories(self.answers.get("category", []))
        self.charts.set_departments(self.answers.get("department", []))
        self.hotspots.set_counts(self.answers.get("grid_category", []))
        span = f"{since.date().isoformat()} – {(until - timedelta(days=1)).date().isoformat()}"
        self._show_status(tr("{span} · updated {time}").format(span=span, time=clock.now().strftime("%H:%M:%S")),
                          "muted")
        self.loaded.emit()

    def _show_table(self) -> None:
        rows = self.answers.get(self.grouping)
        if rows is None:
            return
        self.table_model.set_rows(rows, self.grouping, labels.group_namer(self.grouping, self.desk.replica,
                                                                         self.grid_names))
        stars_column = self.table_model.columnCount() - 1
        for column in range(self.table_model.columnCount()):
            self.table.setItemDelegateForColumn(column, None)
        if self.grouping == "worker":
            self.table.setItemDelegateForColumn(stars_column, self.stars)
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)

    def _show_status(self, text: str, role: str) -> None:
        self.status.setText(text)
        set_style_property(self.status, "role", role)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date_edit(day: QDate) -> QDateEdit:
    edit = QDateEdit(day)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(day.addDays(-10 * MAX_PERIOD_DAYS))
    return edit
