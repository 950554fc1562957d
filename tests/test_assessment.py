"""The assessment and hotspots tab against a real hub holding only the hand-built fixture (tests/statskit.py)."""
from __future__ import annotations

import asyncio
import math

import pytest
from PySide6.QtGui import QColor

from commandcenter.domain import clock, rating
from commandcenter.domain.assessment import Hotspot, period
from commandcenter.models.grids import fetch_grids
from commandcenter.models.stats import HotspotModel, KeyRole, StarsRole, StatsTableModel
from commandcenter.views.assessment import AssessmentView
from commandcenter.views.hotspots import grid_centres
from commandcenter.widgets.stars import FILLED, star_centres
from tests.desktop import live_desk, until
from tests.statskit import build, start_quiet_hub

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

ROWS = [{"key": "w1", "reported": 3, "valid": 3, "resolved": 2, "completion_rate": 0.6667, "on_time_rate": 1.0,
         "closed_loop_rate": 0.3333, "avg_satisfaction": 4.5},
        {"key": None, "reported": 1, "valid": 0, "resolved": 0, "completion_rate": None, "on_time_rate": None,
         "closed_loop_rate": None, "avg_satisfaction": None}]


def test_models_pass_the_model_tester(qtmodeltester):
    stats = StatsTableModel()
    for grouping in ("worker", "department"):
        stats.set_rows(ROWS, grouping, lambda key: str(key))
        qtmodeltester.check(stats, force_py=True)
    hot = HotspotModel()
    hot.set_hotspots([Hotspot("g1", 4, "sanitation", 3), Hotspot("g2", 1, "dispute", 1)], {"g1": "一网格"})
    qtmodeltester.check(hot, force_py=True)
    assert hot.index(0, 1).data() == "一网格" and stats.index(1, 5).data() == "—"


class Scene:
    """A quiet hub with the fixture, a supervisor's live desk, and the tab over today (shown, 1400x900)."""

    async def start(self, url: str, qtbot, kind: str = "today") -> Scene:
        self.hub = await start_quiet_hub(url)
        self.fixture, peer = await build(self.hub)
        await peer.close()
        self.desk = await live_desk(self.hub.port, "supervisor")
        self.grids = await fetch_grids(self.desk)
        self.view = AssessmentView(self.desk, self.grids)
        qtbot.addWidget(self.view)
        self.view.resize(1400, 900)
        self.view.show()
        self.loads = 0
        self.view.loaded.connect(self._count)
        await self.show(kind)
        return self

    def _count(self) -> None:
        self.loads += 1

    async def show(self, kind: str) -> None:
        wanted = period(kind, clock.now().date())
        self.view.set_period(kind)
        await until(lambda: self.view.period == wanted and not self.view._tasks, what=f"{kind} loaded")

    async def stop(self) -> None:
        await self.desk.stop()
        await self.hub.stop()


def run(loop, scenario, *args) -> None:
    loop.run_until_complete(scenario(*args))


def test_the_kpi_tiles_show_what_the_hub_counts_for_the_fixture(qtbot, loop, sqlite_url):
    async def scenario():
        scene = await Scene().start(sqlite_url, qtbot)
        tiles = {name: tile.value.text() for name, tile in scene.view.kpis.tiles.items()}
        assert tiles == {"reported": "6", "completion_rate": "80.0%", "on_time_rate": "66.7%",
                         "closed_loop_rate": "20.0%", "avg_satisfaction": "4.00"}
        assert "1 archived of 5 valid" in scene.view.kpis.tiles["closed_loop_rate"].detail.text()
        await scene.stop()

    run(loop, scenario)


def test_switching_the_grouping_fills_the_table_with_names(qtbot, loop, sqlite_url):
    async def scenario():
        scene = await Scene().start(sqlite_url, qtbot)
        scene.view.set_grouping("category")
        model = scene.view.table_model
        assert sorted(model.names) == ["Dispute", "Sanitation"]
        scene.view.set_grouping("worker")
        await until(lambda: model.grouping == "worker", what="worker rows")
        worker = scene.desk.replica.workers.get(scene.fixture.worker)
        assert worker.name in model.names and model.headerData(8, _horizontal()) == "Rating"
        assert scene.view.current_model() is model
        await scene.stop()

    run(loop, scenario)


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def test_stars_are_painted_from_the_rating_rule(qtbot, loop, sqlite_url):
    async def scenario():
        scene = await Scene().start(sqlite_url, qtbot)
        scene.view.set_grouping("worker")
        await until(lambda: scene.view.table_model.grouping == "worker", what="worker rows")
        table = scene.view.table
        row = next(r for r in range(table.model().rowCount())
                   if table.model().index(r, 0).data(KeyRole) == scene.fixture.worker)
        cell = table.model().index(row, 8)
        expected = rating.stars(1.0, 3.0)
        assert cell.data(StarsRole) == expected == 4
        assert _filled_stars(table, cell) == expected
        await scene.stop()

    run(loop, scenario)


def _filled_stars(table, cell) -> int:
    table.scrollTo(cell)
    image = table.viewport().grab().toImage()
    centres = star_centres(table.visualRect(cell).toRectF(), 5)
    colours = [QColor(image.pixel(int(c.x()), int(c.y()))) for c in centres]
    return sum(_near(colour, FILLED) for colour in colours)


def _near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


def test_charts_have_a_point_per_day_and_a_bar_per_category_and_department(qtbot, loop, sqlite_url):
    async def scenario():
        scene = await Scene().start(sqlite_url, qtbot, "7d")
        charts = scene.view.charts
        x, reported = charts.trend_reported.getData()
        assert len(x) == 7 and list(reported) == [0, 0, 0, 0, 0, 0, 6]
        assert list(charts.trend_completed.getData()[1])[-1] == 4
        assert sorted(charts.category_bars.opts["width"]) == [2, 4]
        assert len(charts.dept_completion.opts["width"]) == len(charts.dept_on_time.opts["width"]) == 2
        await scene.stop()

    run(loop, scenario)


def test_the_heat_layer_is_hottest_over_the_hotspot_grid(qtbot, loop, sqlite_url):
    async def scenario():
        scene = await Scene().start(sqlite_url, qtbot)
        panel = scene.view.hotspots
        top = panel.model.hotspots[0]
        assert (top.grid_id, top.reported, top.top_category, top.top_count) == (
            scene.fixture.g1, 4, "sanitation", 3)
        heat = panel.heat
        assert heat.image is not None and heat.density.max() == 1.0
        lon, lat = heat.hottest()
        centres = grid_centres(scene.grids)
        nearest = min(centres, key=lambda g: math.dist(centres[g], (lon, lat)))
        assert nearest == scene.fixture.g1
        await scene.stop()

    run(loop, scenario)


def test_a_new_period_supersedes_the_query_in_flight(qtbot, loop, sqlite_url):
    async def scenario():
        scene = await Scene().start(sqlite_url, qtbot)
        scene.loads = 0
        scene.view.throttle.set_delay(0)
        scene.view.set_period("30d")
        await asyncio.sleep(0)
        await asyncio.sleep(0)  # its queries are sent and awaited ...
        scene.view.set_period("today")  # ... when a new period supersedes them
        await until(lambda: not scene.view._tasks, what="settled")
        await asyncio.sleep(0.2)
        assert scene.loads == 1 and scene.view.period == period("today", clock.now().date())
        await scene.stop()

    run(loop, scenario)


def test_a_refusal_is_shown_in_the_hubs_words(qtbot, loop, sqlite_url):
    async def scenario():
        scene = await Scene().start(sqlite_url, qtbot)
        since, until_ = period("today", clock.now().date())
        said: list[str] = []
        scene.view.failed.connect(said.append)
        scene.view.show_period(until_, since)
        await until(lambda: said, what="refusal")
        assert said[0] == scene.view.status.text()
        assert "since must be before until" in scene.view.status.text()
        assert scene.view.kpis.tiles["reported"].value.text() == "6"  # the last good figures stay
        await scene.stop()

    run(loop, scenario)


def test_heat_layer_rasters_weighted_points_and_clears_when_empty():
    from commandcenter.widgets.heat_layer import HeatLayer

    heat = HeatLayer(cells=50, blur=1)
    heat.set_points([118.0, 118.5, 118.9], [39.0, 39.5, 39.9], [1, 9, 2], bounds=(117.9, 38.9, 119.0, 40.0))
    lon, lat = heat.hottest()
    assert abs(lon - 118.5) < 0.05 and abs(lat - 39.5) < 0.05 and heat.density.max() == 1.0
    assert heat.density[0, -1] == 0.0  # far from every point: transparent
    heat.set_points([118.0], [39.0], [0])
    assert heat.hottest() is None


def test_hotspots_put_their_heat_on_a_map_they_are_given(qtbot):
    from commandcenter.views.hotspots import HotspotsPanel
    from commandcenter.widgets.map_view import CityMap

    city = CityMap()
    qtbot.addWidget(city)
    square = [[118.0, 39.0], [118.1, 39.0], [118.1, 39.1], [118.0, 39.1], [118.0, 39.0]]
    grids = [{"id": "g1", "name": "一网格", "kind": "comprehensive", "polygon": square}]
    panel = HotspotsPanel(grids, map_widget=city)
    qtbot.addWidget(panel)
    panel.set_counts([{"key": ["g1", "dispute"], "reported": 2}, {"key": [None, "other"], "reported": 5}])
    assert panel.heat.getViewBox() is city.viewbox and not panel.own_map
    assert [(h.grid_id, h.reported) for h in panel.model.hotspots] == [("g1", 2)]
