"""The wall display over a real hub: snapshot, deltas, no action, privacy, rotation, restarts; its KPI rules."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QWidget

from commandcenter.domain import clock, video
from commandcenter.domain.clock import CST
from commandcenter.models import wall_kpis
from commandcenter.models.grids import fetch_grids
from commandcenter.models.ticker import TickerModel
from commandcenter.net.client import HubError
from commandcenter.views import wall_style
from commandcenter.views.wall import WallDisplay
from tests.desktop import live_desk, until
from tests.hubkit import Peer, start_hub

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
REPORT = {"type": "event.report", "category": "sanitation", "title": "垃圾满溢", "description": "小区门口",
          "lat": 39.63, "lon": 118.18, "source": "hotline", "severity": 3}
DISPUTE = {**REPORT, "category": "dispute", "title": "张三丰与邻居争吵", "description": "因楼上渗水发生口角",
           "reporter": "张三丰", "reporter_phone": "13812345678"}


async def _wall(url: str, **kwargs):
    hub = await start_hub(url)
    desk = await live_desk(hub.port, "wall")
    wall = WallDisplay(desk, await fetch_grids(desk), **kwargs)
    wall.resize(1920, 1080)
    wall.show()
    return hub, desk, wall


async def _close(hub, desk, wall) -> None:
    wall.close()
    wall.deleteLater()
    await desk.stop()
    await hub.stop()


def _ticker_text(wall) -> str:
    model = wall.ticker_model
    return "\n".join(str(model.data(model.index(r))) for r in range(model.rowCount()))


def _stats_loaded(wall) -> bool:
    return bool(wall.stats_rows[0])


def test_the_wall_shows_the_snapshot_and_the_hubs_figures(qtbot, loop, sqlite_url, qtmodeltester):
    async def scenario():
        hub, desk, wall = await _wall(sqlite_url)
        assert desk.session["role"] == "wall"
        await until(lambda: _stats_loaded(wall), what="stats")
        peer = await Peer.login(hub.port, "operator")
        since, until_ = wall_kpis.stats_windows(clock.now())[0]
        row = (await peer.ok({"type": "query.stats", "since": since.isoformat(), "until": until_.isoformat()}))
        assert wall.kpis["reported"].value.text() == str(row["rows"][0]["reported"])
        assert wall.kpis["resolved"].value.text() == str(row["rows"][0]["resolved"])
        assert wall.seats.shown() == 12
        counts = video.counts_by_level(desk.replica.video_links.values(), clock.now())
        assert wall.video.counts.count(None, None) == sum(sum(r.values()) for r in counts.values()) > 0
        assert wall.video.counts.count("village", "up") == counts["village"]["up"]
        qtmodeltester.check(wall.ticker_model)
        await peer.close()
        await _close(hub, desk, wall)

    loop.run_until_complete(scenario())


def test_a_new_report_reaches_the_ticker_the_map_and_the_tiles(qtbot, loop, sqlite_url):
    async def scenario():
        hub, desk, wall = await _wall(sqlite_url)
        await until(lambda: _stats_loaded(wall), what="stats")
        before = wall.kpis["reported"].value.text()
        peer = await Peer.login(hub.port, "operator")
        event_id = (await peer.ok(REPORT))["event_id"]
        await until(lambda: "垃圾满溢" in _ticker_text(wall), what="ticker line")
        await until(lambda: event_id in set(wall.city._e_ids.tolist()), what="map marker")
        assert event_id in wall.map.pulses
        wall.stats.refresh()
        await until(lambda: wall.kpis["reported"].value.text() == str(int(before) + 1), what="tile")
        await peer.close()
        await _close(hub, desk, wall)

    loop.run_until_complete(scenario())


def test_the_wall_offers_no_action_and_no_hover(qtbot, loop, sqlite_url):
    async def scenario():
        hub, desk, wall = await _wall(sqlite_url)
        widgets = [wall, *wall.findChildren(QWidget)]
        controls = [w for w in widgets if isinstance(w, QAbstractButton | QComboBox | QLineEdit) and w.isEnabled()]
        assert not controls
        assert not wall.findChildren(QAction)
        assert not [w for w in widgets if w.toolTip()]
        assert not [w for w in widgets if w.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu]
        assert wall.city._tooltip is None and not wall.city.plot.getViewBox().state["mouseEnabled"][0]
        with pytest.raises(HubError) as refused:  # and the hub would refuse the wall anyway
            await desk.send({"type": "event.report", **{k: v for k, v in REPORT.items() if k != "type"}})
        assert refused.value.code == "forbidden"
        await _close(hub, desk, wall)

    loop.run_until_complete(scenario())


def test_a_dispute_is_masked_on_the_wall_but_not_at_the_desk(qtbot, loop, sqlite_url):
    async def scenario():
        hub, desk, wall = await _wall(sqlite_url)
        operator = await live_desk(hub.port, "operator")
        event_id = (await operator.send(DISPUTE))["event_id"]
        await until(lambda: "张**" in _ticker_text(wall), what="masked line")
        shown = _ticker_text(wall)
        assert "张三丰" not in shown and "13812345678" not in shown and "口角" not in shown
        assert "Details withheld on the wall" in shown
        await until(lambda: event_id in operator.replica.events)
        assert operator.replica.events[event_id].reporter == "张三丰"  # the desk keeps it
        await operator.stop()
        await _close(hub, desk, wall)

    loop.run_until_complete(scenario())


def test_panels_take_turns_on_a_small_wall(qtbot, loop, sqlite_url):
    async def scenario():
        hub, desk, wall = await _wall(sqlite_url, rotate_s=0.1)
        seen = set()
        await until(lambda: seen.add(wall.stack.currentIndex()) or len(seen) == 5, what="every panel")
        assert wall.stack.count() == 5  # ticker, trend, seats, video, ranking
        await _close(hub, desk, wall)

    loop.run_until_complete(scenario())


def test_the_wall_rides_out_a_hub_restart_and_a_fresh_snapshot(qtbot, loop, sqlite_url):
    async def scenario():
        hub, desk, wall = await _wall(sqlite_url)
        port, children = hub.port, len(wall.findChildren(QObject))
        await hub.stop()
        await until(lambda: desk.state != "live", what="connection lost")
        assert "Live" not in wall.connection.text()
        hub = await start_hub(sqlite_url, port=port)
        await until(lambda: desk.state == "live", timeout=20, what="reconnected")
        assert "Live" in wall.connection.text()
        peer = await Peer.login(port, "operator")
        await peer.ok({**REPORT, "title": "重启后上报"})
        await until(lambda: "重启后上报" in _ticker_text(wall), what="line after restart")
        snapshot = await (await Peer.login(port, "wall")).snapshot()
        for _ in range(3):
            desk._on_frame({"type": "snapshot", **snapshot})
        await until(lambda: not wall.ticker_model.timer.isActive())
        assert wall.ticker_model.rowCount() <= wall.ticker_model.capacity
        assert len(wall.findChildren(QObject)) <= children + 2
        await peer.close()
        await _close(hub, desk, wall)

    loop.run_until_complete(scenario())


def test_the_ticker_keeps_only_its_capacity_newest_first(qtbot, loop, sqlite_url):
    async def scenario():
        hub = await start_hub(sqlite_url)
        desk = await live_desk(hub.port, "wall")
        model = TickerModel(desk, {}, capacity=5)
        peer = await Peer.login(hub.port, "operator")
        for i in range(8):
            await peer.ok({**REPORT, "title": f"第{i}条"})
        await until(lambda: "第7条" in str(model.data(model.index(0))), what="newest on top")
        assert model.rowCount() == 5 and len(model.pending) == 0
        await peer.close()
        await desk.stop()
        await hub.stop()

    loop.run_until_complete(scenario())


def test_worker_density_at_city_zoom_dots_when_zoomed_in(qtbot, loop, sqlite_url):
    async def scenario():
        hub, desk, wall = await _wall(sqlite_url)
        assert wall.map.city_zoom() and wall.map.heat.isVisible()
        assert not any(item.isVisible() for item in wall.city.worker_items.values())
        lon0, lat0, lon1, lat1 = wall.map.bounds
        wall.city.frame(lon0, lat0, lon0 + (lon1 - lon0) / 10, lat0 + (lat1 - lat0) / 10)
        assert not wall.map.heat.isVisible()
        assert all(item.isVisible() for item in wall.city.worker_items.values())
        await _close(hub, desk, wall)

    loop.run_until_complete(scenario())


def test_text_scales_with_the_screen_never_below_the_minimum(qtbot, loop, sqlite_url):
    async def scenario():
        hub, desk, wall = await _wall(sqlite_url)
        sizes = {}
        for height in (720, 1080, 2160):
            wall.resize(height * 16 // 9, height)
            await until(lambda h=height: abs(wall.scale - wall_style.scale_for(h)) < 0.02)
            sizes[height] = [wall.kpis["reported"].value.fontInfo().pixelSize(),
                             wall.kpis["reported"].title.fontInfo().pixelSize()]
        assert sizes[2160][0] >= 1.9 * sizes[1080][0] > sizes[720][0]
        assert sizes[720][1] == wall_style.MIN_PX < sizes[1080][1]
        await _close(hub, desk, wall)

    loop.run_until_complete(scenario())


# -- the KPI figures on their own ---------------------------------------------------------------

NOON = datetime(2026, 11, 23, 12, 0, tzinfo=CST)


def test_changes_since_yesterday_say_which_way_and_whether_it_is_good():
    assert wall_kpis.figure("reported", 55, 3) == wall_kpis.Figure("55", "▲ 52", "muted")
    assert wall_kpis.figure("overdue", 2, 5) == wall_kpis.Figure("2", "▼ 3", "ok")
    assert wall_kpis.figure("completion_rate", 0.9, 0.95).change == "▼ 5.0 pts"
    assert wall_kpis.figure("avg_satisfaction", 4.5, 4.5).change == "="
    assert wall_kpis.figure("on_time_rate", 0.5, None) == wall_kpis.Figure("50.0%", "—", "muted")


def test_yesterday_is_the_same_time_of_day():
    today, yesterday = wall_kpis.stats_windows(NOON)
    assert today == (datetime(2026, 11, 23, tzinfo=CST), NOON)
    assert yesterday == (datetime(2026, 11, 22, tzinfo=CST), NOON - timedelta(days=1))


def test_live_counts_look_back_a_day_from_hourly_samples():
    memory = wall_kpis.DailyMemory()
    for hour in range(30):
        memory.put(NOON + timedelta(hours=hour), {"overdue": hour})
        memory.put(NOON + timedelta(hours=hour, minutes=10), {"overdue": -1})  # within the hour: not kept
    assert len(memory.samples) == 26
    assert memory.day_before(NOON + timedelta(hours=29)) == {"overdue": 5}
    assert memory.day_before(NOON + timedelta(hours=3)) is None
