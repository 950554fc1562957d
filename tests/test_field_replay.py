"""A worker's day replayed on a desk's map, and the patrol coverage layer, over a real hub that
recorded the walk (PROTOCOL.md "Levels and the field": query.track, query.coverage)."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QDate

from commandcenter.app import make_window
from commandcenter.domain import clock
from commandcenter.models.grids import fetch_grids
from tests.desktop import live_desk, until
from tests.hubkit import Peer, start_hub
from tests.levelkit import OTHER_STREET, STREET

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
fk = pytest.importorskip("tests.fieldkit", reason="the hub's tracks and coverage (branch h-field) are not merged yet")
rules = pytest.importorskip("commandcenter.domain.field")


async def _walked(sqlite_url, user: str = "supervisor"):
    """A hub, a desk window, and a worker of the street walked east 12 fixes 15 s apart."""
    hub = await start_hub(sqlite_url)
    worker = next(w for w in hub.book.records if w.grid_id.startswith(STREET)
                  and hub.state.grids[w.grid_id].kind == "comprehensive")
    lat, lon = fk.centre(hub.state.grids[worker.grid_id])
    t0 = fk.start_ms(10)
    walk = [[worker.id, *fk.east(lat, lon, 20 * k), t0 + 15_000 * k, "patrol"] for k in range(12)]
    gateway = await Peer.login(hub.port, "gateway")
    await fk.send_fixes(gateway, walk)
    await gateway.close()
    desk = await live_desk(hub.port, user)
    window = make_window(desk, await fetch_grids(desk))
    window.resize(1400, 900)
    window.show()
    return hub, desk, window, worker, walk


async def _close(hub, desk, window) -> None:
    window.deleteLater()
    await desk.stop()
    await hub.stop()


def _replay(window, worker_id: str, t0: int):
    panel = window.field.replay.widget()
    panel.choose(worker_id)
    panel.day.setDate(QDate(clock.from_epoch_ms(t0).date()))
    panel.load.click()
    return panel


def test_the_slider_moves_the_marker_along_the_recorded_track(qtbot, loop, sqlite_url):
    async def scenario():
        hub, desk, window, worker, walk = await _walked(sqlite_url)
        t0, t_end = walk[0][3], walk[-1][3]
        panel = _replay(window, worker.id, t0)
        await until(lambda: panel.track.span() == (t0, t_end), what=f"the track ({panel.status.text()})")
        assert panel.controls.play.isEnabled() and "12" in panel.status.text()
        for k in (0, 5, 11):
            panel.controls.seek(walk[k][3])
            x, y = panel.track.marker.data["x"][0], panel.track.marker.data["y"][0]
            assert (y, x) == pytest.approx((walk[k][1], walk[k][2]), abs=fk.KEPT_TOLERANCE)
        panel.controls.seek(t0 + 7_500)  # half way between the first two fixes
        assert panel.track.marker.data["x"][0] == pytest.approx((walk[0][2] + walk[1][2]) / 2, abs=fk.KEPT_TOLERANCE)
        view = window.map.viewbox.viewRect()
        assert view.left() <= walk[0][2] and view.right() >= walk[-1][2]  # framed on the track
        await _close(hub, desk, window)

    loop.run_until_complete(scenario())


def test_a_click_on_a_worker_opens_the_replay_with_that_worker(qtbot, loop, sqlite_url):
    async def scenario():
        hub, desk, window, worker, _walk = await _walked(sqlite_url)
        dock = window.field.replay
        assert not dock.isVisible()
        window.map.workerClicked.emit(desk.replica.workers.index[worker.id])
        assert dock.isVisible() and dock.widget().worker_id() == worker.id
        await _close(hub, desk, window)

    loop.run_until_complete(scenario())


def test_a_refused_track_query_is_shown_in_the_hubs_words(qtbot, loop, sqlite_url):
    async def scenario():
        hub, desk, window, _worker, walk = await _walked(sqlite_url, f"operator.{STREET}")
        panel = window.field.replay.widget()
        elsewhere = next(w for w in hub.book.records if w.grid_id.startswith(OTHER_STREET))
        panel.worker.addItem(elsewhere.name, elsewhere.id)  # say, a worker who moved to another street
        _replay(window, elsewhere.id, walk[0][3])
        await until(lambda: "Refused by the hub" in panel.status.text(), what="the refusal")
        assert "outside" in panel.status.text() and panel.track.span() is None
        await _close(hub, desk, window)

    loop.run_until_complete(scenario())


def test_the_coverage_layer_fills_the_walked_grid(qtbot, loop, sqlite_url):
    async def scenario():
        hub, desk, window, worker, walk = await _walked(sqlite_url)
        layer = window.field.coverage
        layer.day = rules.day_name(rules.day_number(walk[0][3]))
        window.field.coverage_toggle.click()
        await until(lambda: np.isfinite(layer.values).any(), what="coverage rows")
        walked = layer.values[layer.ids.index(worker.grid_id)]
        assert 0 < walked < 0.2 and layer.layer.classes[layer.ids.index(worker.grid_id)] == 0
        assert layer.shown() and layer.legend.isVisible() and "%" in layer.legend.text()
        window.field.coverage_toggle.click()
        assert not layer.shown() and not layer.legend.isVisible() and not layer.timer.isActive()
        await _close(hub, desk, window)

    loop.run_until_complete(scenario())
