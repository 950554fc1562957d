"""The graded assessment's chart (pyqtgraph): one horizontal bar per ranked row, best on top, coloured
by its grade, with the grade floors drawn as lines. A long list (grids) shows its best ``MAX_BARS``.

One reused :class:`pg.BarGraphItem` (``bars``), fed numpy arrays (STYLE §10); ``shown`` lists the keys on
show, top to bottom, for tests.
"""
from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QColor

from commandcenter.i18n import tr
from commandcenter.widgets.map_layers import THEMES

from .assessment_charts import BAR_HEIGHT, _key_title

#: grade -> colour (A green … E red), for the chart and the grade chips
GRADE_COLOURS = {"A": "#2ea043", "B": "#8cc152", "C": "#d4b106", "D": "#e8833a", "E": "#e5534b"}
#: the grade floors drawn on the chart
FLOORS = (40, 60, 75, 90)
MAX_BARS = 30
MAX_AXIS_PX = 220


def grade_colour(grade: str | None) -> QColor:
    return QColor(GRADE_COLOURS.get(grade or "", "#7f8da0"))


class GradeChart(pg.PlotWidget):
    def __init__(self, theme: str = "dark", parent=None) -> None:
        super().__init__(parent)
        self.title = tr("Scores by grade")
        self.bars = pg.BarGraphItem(x0=np.zeros(0), y=np.zeros(0), height=BAR_HEIGHT, width=np.zeros(0),
                                    brushes=[], pen=pg.mkPen(None))
        self.addItem(self.bars)
        self.floors = [pg.InfiniteLine(pos=x, angle=90, movable=False) for x in FLOORS]
        for line in self.floors:
            self.addItem(line)
        self.shown: list = []
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        self.setMouseEnabled(x=False, y=False)
        self.setMinimumSize(260, 200)
        self.set_theme(theme)
        self.set_rows([], str)

    def set_rows(self, ranked: list[dict], name_of: Callable[[object], str]) -> None:
        """The ranked rows (best first); the best :data:`MAX_BARS` are drawn, best on top."""
        top = ranked[:MAX_BARS][::-1]
        self.shown = [r["key"] for r in reversed(top)]
        scores = np.array([r["score"] for r in top], dtype=float)
        brushes = [pg.mkBrush(grade_colour(r.get("grade"))) for r in top]
        self.bars.setOpts(x0=np.zeros(len(top)), y=np.arange(len(top), dtype=float), width=scores,
                          height=BAR_HEIGHT, brushes=brushes)
        ticks = [(i, _short(name_of(r["key"]))) for i, r in enumerate(top)]
        axis = self.getPlotItem().getAxis("left")
        axis.setTicks([ticks])
        widest = max((self.fontMetrics().horizontalAdvance(text) for _, text in ticks), default=0)
        axis.setWidth(min(MAX_AXIS_PX, widest + 16))  # a label wider than its axis is dropped
        self.setYRange(-0.6, max(len(top) - 0.4, 0.6), padding=0)
        self.setXRange(0, 100, padding=0.02)
        more = len(ranked) - len(top)
        title = tr("{title} · best {n} of {total}").format(title=self.title, n=len(top), total=len(ranked)) \
            if more > 0 else self.title
        self._title(title)

    def _title(self, text: str) -> None:
        keys = tuple((colour, grade) for grade, colour in GRADE_COLOURS.items())
        self.getPlotItem().setTitle(_key_title(text, keys), color=self.theme.text)

    def set_theme(self, name: str) -> None:
        self.theme = THEMES.get(name, THEMES["dark"])
        self.setBackground(self.theme.background)
        item = self.getPlotItem()
        for axis in ("left", "bottom"):
            item.getAxis(axis).setPen(self.theme.muted)
            item.getAxis(axis).setTextPen(self.theme.text)
        for line in self.floors:
            line.setPen(pg.mkPen(self.theme.muted, width=1, style=pg.QtCore.Qt.PenStyle.DashLine))
        self._title(self.title)


def _short(name: str, limit: int = 18) -> str:
    return name if len(name) <= limit else name[: limit - 1] + "…"

