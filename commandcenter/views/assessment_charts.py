"""The assessment charts (pyqtgraph): daily trend, reports by category, department comparison.

Each chart reuses its items and only calls ``setData`` / ``setOpts`` with numpy arrays (STYLE §10).
Items are public for tests: ``trend_reported`` / ``trend_completed`` (PlotDataItem), ``category_bars``,
``dept_completion`` / ``dept_on_time`` (BarGraphItem).
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QHBoxLayout, QStackedLayout, QTabWidget, QWidget

from commandcenter.i18n import tr
from commandcenter.models import labels
from commandcenter.widgets.map_layers import THEMES

REPORTED, COMPLETED, ON_TIME = "#4c8dd6", "#5cb85c", "#f0ad4e"
BAR_HEIGHT = 0.7
MAX_DAY_TICKS = 8
#: narrower than this, the charts go into tabs
COMPACT_WIDTH = 1200


def _plot(title: str) -> pg.PlotWidget:
    widget = pg.PlotWidget()
    item = widget.getPlotItem()
    item.setTitle(title)
    item.setMenuEnabled(False)
    item.hideButtons()
    item.showGrid(x=True, y=True, alpha=0.15)
    widget.setMouseEnabled(x=False, y=False)
    widget.setMinimumSize(220, 180)
    return widget


def _key_title(title: str, keys: tuple[tuple[str, str], ...]) -> str:
    """A chart title with its colour key (a pyqtgraph legend would sit on the bars)."""
    marks = "&nbsp;&nbsp;".join(f'<span style="color:{colour}">■</span> {name}' for colour, name in keys)
    return f"{title}&nbsp;&nbsp;&nbsp;{marks}"


def _bars(colour: str) -> pg.BarGraphItem:
    return pg.BarGraphItem(x0=np.zeros(0), y=np.zeros(0), height=BAR_HEIGHT, width=np.zeros(0), brush=colour,
                           pen=pg.mkPen(None))


class AssessmentCharts(QWidget):
    def __init__(self, theme: str = "dark", parent=None) -> None:
        super().__init__(parent)
        self.trend = _plot(tr("Daily trend"))
        self.categories = _plot(tr("Reports by category"))
        self.departments = _plot(_key_title(tr("Departments (%)"), ((COMPLETED, tr("Completion")),
                                                                   (ON_TIME, tr("On time")))))
        self._trend_items()
        self.category_bars = _bars(REPORTED)
        self.categories.addItem(self.category_bars)
        self._department_items()
        self._pages()
        self.set_theme(theme)

    def _pages(self) -> None:
        """Side by side when wide, one tab per chart when narrow (see :meth:`resizeEvent`)."""
        self.row = QWidget()
        row = QHBoxLayout(self.row)
        row.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.stack = QStackedLayout(self)
        self.stack.addWidget(self.row)
        self.stack.addWidget(self.tabs)
        self.compact = True
        self.set_compact(False)

    def set_compact(self, compact: bool) -> None:
        if compact == self.compact:
            return
        self.compact = compact
        charts = ((self.trend, 5, tr("Daily trend")), (self.categories, 4, tr("By category")),
                  (self.departments, 4, tr("Departments")))
        for widget, stretch, title in charts:
            if compact:
                self.tabs.addTab(widget, title)
            else:
                self.row.layout().addWidget(widget, stretch)
                widget.show()  # a tab widget hid the pages it did not show; a layout does not unhide
        self.stack.setCurrentWidget(self.tabs if compact else self.row)

    def resizeEvent(self, event) -> None:
        self.set_compact(event.size().width() < COMPACT_WIDTH)
        super().resizeEvent(event)

    def _trend_items(self) -> None:
        self.trend.addLegend(offset=(8, 8))
        self.trend_reported = self.trend.plot(pen=pg.mkPen(REPORTED, width=2), symbol="o", symbolSize=6,
                                              symbolBrush=REPORTED, name=tr("Reported"))
        self.trend_completed = self.trend.plot(pen=pg.mkPen(COMPLETED, width=2), symbol="s", symbolSize=6,
                                               symbolBrush=COMPLETED, name=tr("Completed"))

    def _department_items(self) -> None:
        self.dept_completion = _bars(COMPLETED)
        self.dept_on_time = _bars(ON_TIME)
        for bars in (self.dept_completion, self.dept_on_time):
            self.departments.addItem(bars)
        self.departments.setXRange(0, 105, padding=0)

    # -- data ----------------------------------------------------------------------------------

    def set_days(self, keys: list[str], rows: dict[str, dict]) -> None:
        """One point per day of the period (a day without reports is 0)."""
        x = np.arange(len(keys), dtype=float)
        reported = np.array([rows.get(k, {}).get("reported", 0) for k in keys], dtype=float)
        completed = np.array([rows.get(k, {}).get("resolved", 0) for k in keys], dtype=float)
        self.trend_reported.setData(x, reported)
        self.trend_completed.setData(x, completed)
        step = max(1, -(-len(keys) // MAX_DAY_TICKS))
        ticks = [(i, keys[i][5:]) for i in range(0, len(keys), step)]
        self.trend.getPlotItem().getAxis("bottom").setTicks([ticks])
        self.trend.setXRange(-0.5, max(len(keys) - 0.5, 0.5), padding=0)
        self.trend.setYRange(0, max(1.0, float(reported.max(initial=0))) * 1.1, padding=0)

    def set_categories(self, rows: list[dict]) -> None:
        """Horizontal bars, most reports on top."""
        ranked = sorted((r for r in rows if r["reported"]), key=lambda r: (r["reported"], r["key"]))
        values = np.array([r["reported"] for r in ranked], dtype=float)
        self.category_bars.setOpts(x0=np.zeros(len(values)), y=np.arange(len(values), dtype=float), width=values,
                                   height=BAR_HEIGHT)
        names = [(i, labels.category(r["key"])) for i, r in enumerate(ranked)]
        self.categories.getPlotItem().getAxis("left").setTicks([names])
        self.categories.setYRange(-0.6, max(len(values) - 0.4, 0.6), padding=0)
        self.categories.setXRange(0, max(1.0, float(values.max(initial=0))) * 1.05, padding=0)

    def set_departments(self, rows: list[dict]) -> None:
        """Completion and on-time rate side by side per department (events with a department only)."""
        ranked = sorted((r for r in rows if r["key"]), key=lambda r: r["key"], reverse=True)
        y = np.arange(len(ranked), dtype=float)
        half = BAR_HEIGHT / 2
        for bars, field, shift in ((self.dept_completion, "completion_rate", half / 2),
                                   (self.dept_on_time, "on_time_rate", -half / 2)):
            width = np.array([100 * (r.get(field) or 0.0) for r in ranked], dtype=float)
            bars.setOpts(x0=np.zeros(len(ranked)), y=y + shift, width=width, height=half)
        names = [(i, labels.department(r["key"])) for i, r in enumerate(ranked)]
        self.departments.getPlotItem().getAxis("left").setTicks([names])
        self.departments.setYRange(-0.6, max(len(ranked) - 0.4, 0.6), padding=0)
        self.departments.setXRange(0, 105, padding=0)

    # -- looks ---------------------------------------------------------------------------------

    def set_theme(self, name: str) -> None:
        theme = THEMES.get(name, THEMES["dark"])
        for widget in (self.trend, self.categories, self.departments):
            widget.setBackground(theme.background)
            item = widget.getPlotItem()
            item.titleLabel.setText(item.titleLabel.text, color=theme.text)
            for axis in ("left", "bottom"):
                item.getAxis(axis).setPen(theme.muted)
                item.getAxis(axis).setTextPen(theme.text)
            if item.legend is not None:
                item.legend.setLabelTextColor(theme.text)
