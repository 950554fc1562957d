"""The wall display (大屏显示系统): a read-only big-screen view of the whole city, legible across the room.

``WallDisplay(desk, grids, rotate_s=None)`` shows the city map (worker density, open events, new ones
pulsing, overdue ones ringed), the KPI tiles with their change since yesterday, a live ticker of reports
and alerts, the department seats, the video-link summary, the 7-day trend and the departments' red and
black lists (红黑榜, from ``query.assessment``). With ``rotate_s`` (a small
wall) the side panels share one place and take turns.

Read-only by construction: no buttons, menus, context menus, tooltips or hover information, and no
command is ever sent (only ``query.stats`` and ``query.assessment``). Event texts pass the privacy rule
(:mod:`commandcenter.domain.privacy`). Its own dark high-contrast sheet whatever the application theme;
text scales with the window height (:mod:`.wall_style`). It follows ``desk.changed`` like any desk, so a
hub restart (a reconnect, a resume or a fresh snapshot) needs nothing from it but the connection light.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from commandcenter.domain import clock
from commandcenter.i18n import tr
from commandcenter.models import wall_kpis
from commandcenter.models.ticker import TickerModel, TickRole
from commandcenter.widgets.map_view import CityMap
from commandcenter.widgets.throttle import Throttle
from commandcenter.widgets.ticker import TickerDelegate

from . import wall_style as style
from .assessment_tiles import KpiTile
from .wall_map import WallMap
from .wall_panels import (
    SeatStrip,
    VideoSummary,
    WallTrend,
    map_legend,
    panel,
    read_only,
    shrinkable,
    trend_key,
)
from .wall_ranking import WallRanking
from .wall_stats import WallStats

CLOCK_MS = 1000
KPI_MS = 1000  # the live counts walk every open event: at most once a second


def wall_city(grids: list[dict]) -> tuple[CityMap, tuple[float, float, float, float]]:
    """The dark city map with grid and district outlines, and the city's lon/lat bounds."""
    city = CityMap(theme="dark")
    proper = [g for g in grids if g["kind"] in ("comprehensive", "exclusive", "special")]
    city.set_grids([np.asarray(g["polygon"], dtype=float) for g in proper])
    city.set_areas([np.asarray(g["polygon"], dtype=float) for g in grids if g["kind"] == "district"])
    points = np.concatenate([np.asarray(g["polygon"], dtype=float) for g in grids if g["polygon"]] or
                            [np.zeros((1, 2))])
    lo, hi = points.min(axis=0), points.max(axis=0)
    return city, (float(lo[0]), float(lo[1]), float(hi[0]), float(hi[1]))


class WallDisplay(QWidget):
    def __init__(self, desk, grids: list[dict], parent=None, *, rotate_s: float | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wall")
        self.desk, self.rotate_s = desk, rotate_s
        self.setWindowTitle(tr("Command Centre wall"))
        self.scale = 0.0
        self.before = wall_kpis.DailyMemory()
        self.stats_rows: tuple[dict, dict] = ({}, {})
        self.tones: dict[str, str] = {}  # KPI key -> the tone its change is shown in
        self._build(grids)
        self._wire()
        self.set_scale(style.scale_for(1080))
        self.show_connection(desk.state)
        self.show_kpis()

    # -- building ------------------------------------------------------------------------------

    def _build(self, grids: list[dict]) -> None:
        self.city, bounds = wall_city(grids)
        self.map = WallMap(self.desk, self.city, bounds, self)
        self.city.legend.hide()
        self.legend = map_legend(self.city)
        self.kpis = self._kpi_row()
        self.ticker_model = TickerModel(self.desk, {g["id"]: g["name"] for g in grids}, self)
        self.ticker = self._ticker_view()
        self.trend = WallTrend()
        self.video = VideoSummary(self.desk)
        self.seats = SeatStrip(self.desk, columns=3)
        self.ranking = WallRanking(self.desk)
        key = trend_key(tr("Reported"), tr("Completed"))
        self.panels = {"ticker": panel(tr("Latest events and alerts"), self.ticker),
                       "trend": panel(tr("Last 7 days") + key, self.trend),
                       "seats": panel(tr("Department seats · open / overdue orders"), self.seats),
                       "video": panel(tr("Video network"), self.video),
                       "ranking": panel(tr("Department ranking · last 30 days"), self.ranking)}
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)  # any screen: the scale follows
        layout.addLayout(self._top_bar())
        layout.addLayout(self.kpi_layout)
        layout.addLayout(self._body(), 1)
        self.stats = WallStats(self.desk, self)

    def _top_bar(self) -> QHBoxLayout:
        self.title = QLabel(tr("Grid Governance Command Centre"))
        self.title.setObjectName("wall_title")
        self.note = QLabel(tr("▲▼ change since the same time yesterday"))
        self.note.setObjectName("muted")
        self.connection = QLabel()
        self.connection.setObjectName("connection")
        self.clock = QLabel()
        self.clock.setObjectName("clock")
        bar = QHBoxLayout()
        bar.addWidget(self.title)
        bar.addStretch(1)
        bar.addWidget(self.note)
        bar.addSpacing(24)
        bar.addWidget(self.connection)
        bar.addSpacing(24)
        bar.addWidget(self.clock)
        return bar

    def _kpi_row(self) -> dict[str, KpiTile]:
        tiles = {key: KpiTile(title) for key, title in wall_kpis.titles().items()}
        self.kpi_layout = QHBoxLayout()
        for tile in tiles.values():
            shrinkable(tile.title).setObjectName("kpi_title")
            shrinkable(tile.detail)
            tile.value.setObjectName("kpi_value")
            tile.detail.setObjectName("kpi_change")
            self.kpi_layout.addWidget(tile, 1)
        return tiles

    def _ticker_view(self) -> QListView:
        view = QListView()
        view.setModel(self.ticker_model)
        view.setItemDelegate(TickerDelegate(TickRole, view))
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setUniformItemSizes(True)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return view

    def _body(self) -> QVBoxLayout:
        """Map and side panels above, the seat strip below; with ``rotate_s`` the side panels take turns."""
        top, body = QHBoxLayout(), QVBoxLayout()
        top.addWidget(self.city, 3)
        body.addLayout(top, 5)
        if self.rotate_s:
            self.stack = QStackedWidget()
            for frame in self.panels.values():
                self.stack.addWidget(frame)
            top.addWidget(self.stack, 2)
            return body
        self.stack = None
        side = QVBoxLayout()
        side.addWidget(self.panels["ticker"], 3)
        side.addWidget(self.panels["ranking"], 2)
        top.addLayout(side, 2)
        bottom = QHBoxLayout()
        for name, stretch in (("seats", 5), ("video", 4), ("trend", 3)):
            bottom.addWidget(self.panels[name], stretch)
        body.addLayout(bottom, 2)
        return body

    def _wire(self) -> None:
        self.desk.connectionChanged.connect(self.show_connection)
        self.kpi_refresh = Throttle(self.show_kpis, KPI_MS, self)
        self.desk.changed.connect(self.on_changes)
        self.stats.loaded.connect(self.show_stats)
        self.clock_timer = QTimer(self, interval=CLOCK_MS, timeout=self.tick)
        self.clock_timer.start()
        self.rotation = QTimer(self, interval=int((self.rotate_s or 1) * 1000), timeout=self.rotate)
        if self.rotate_s:
            self.rotation.start()
        self.tick()
        self.stats.refresh()
        self.ranking.refresh()
        read_only(self)

    # -- live ----------------------------------------------------------------------------------

    def tick(self) -> None:
        now = clock.now()
        self.clock.setText(now.strftime("%Y-%m-%d %H:%M:%S"))
        if now.second == 0:
            self.show_kpis()

    def on_changes(self, changes) -> None:
        if changes.reset or "events" in changes.kinds:
            self.kpi_refresh()

    def show_stats(self, today: dict, yesterday: dict, keys: list[str], days: dict) -> None:
        self.stats_rows = (today, yesterday)
        self.trend.set_days(keys, days)
        self.show_kpis()

    def show_kpis(self) -> None:
        now = clock.now()
        live = wall_kpis.live_counts(self.desk.replica.events.values())
        self.before.put(now, live)
        shown = wall_kpis.figures(*self.stats_rows, live, self.before.day_before(now))
        for key, figure in shown.items():
            tile = self.kpis[key]
            tile.show_figure(figure.value, figure.change)
            if self.tones.get(key) != figure.tone:
                self.tones[key] = figure.tone
                tile.detail.setStyleSheet(f"color: {style.tone(figure.tone)};")

    def show_connection(self, state: str) -> None:
        names = {"live": tr("Live"), "connecting": tr("Connecting…"), "reconnecting": tr("Reconnecting…"),
                 "offline": tr("Offline")}
        colour = style.tone(style.CONNECTION_TONES.get(state, "muted"))
        self.connection.setText(f"<span style='color:{colour}'>●</span> {names.get(state, state)}")

    def rotate(self) -> None:
        if self.stack is not None:
            self.stack.setCurrentIndex((self.stack.currentIndex() + 1) % self.stack.count())

    # -- looks ---------------------------------------------------------------------------------

    def set_scale(self, scale: float) -> None:
        """Text, markers and chart fonts for a screen ``scale`` times 1080 lines high."""
        if abs(scale - self.scale) < 0.02:
            return
        self.scale = scale
        self.setStyleSheet(style.sheet(scale))
        self.map.set_scale(scale)
        self.trend.set_scale(scale)
        self.trend.setMinimumHeight(round(100 * scale))
        self.video.set_scale(scale)
        margin = round(10 * scale)
        self.layout().setContentsMargins(margin, margin, margin, margin)
        self.layout().setSpacing(margin)
        self.legend.adjustSize()

    def resizeEvent(self, event) -> None:
        self.set_scale(style.scale_for(event.size().height()))
        super().resizeEvent(event)

    def closeEvent(self, event) -> None:
        self.stats.stop()
        self.ranking.stop()
        super().closeEvent(event)
