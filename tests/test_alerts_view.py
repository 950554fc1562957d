"""The alert view against a real hub: choose grids (tree, rectangle), see the reach, send, follow sightings."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from pytestqt.qtbot import QtBot

from commandcenter.domain.entities import Event
from commandcenter.models.alerts import SightingBook
from commandcenter.models.areas import AreaChoice, AreaTree, GridPicker
from commandcenter.models.grids import fetch_grids
from commandcenter.views.alerts import AlertsView
from commandcenter.widgets.map_view import CityMap
from tests.desktop import hub_and_desk, until
from tests.hubkit import Peer

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

TREE = [{"id": "D", "kind": "district", "parent": None}, {"id": "DS", "kind": "street", "parent": "D"},
        {"id": "DSC", "kind": "community", "parent": "DS"}, {"id": "DSD", "kind": "community", "parent": "DS"},
        *({"id": f"DSC{i}", "kind": "comprehensive", "parent": "DSC"} for i in range(3)),
        {"id": "DSD0", "kind": "comprehensive", "parent": "DSD"}]


def test_choosing_every_grid_of_a_community_chooses_the_community():
    choice = AreaChoice(AreaTree(TREE))
    choice.add(["DSC0", "DSC1", "DSC2"])
    assert choice.ids == {"DSC"} and choice.partial("DS") and choice.covered("DSC1")
    choice.add(["DSD0"])
    assert choice.ids == {"D"}  # merged up level by level


def test_unchoosing_a_grid_inside_a_chosen_area_splits_it():
    choice = AreaChoice(AreaTree(TREE))
    choice.add(["D"])
    choice.remove("DSC1")
    assert choice.ids == {"DSC0", "DSC2", "DSD"}
    assert not choice.covered("DSC1") and choice.partial("D")


def test_a_drawn_shape_picks_grids_by_their_inner_point():
    square = lambda x, y: [[x, y], [x + 1, y], [x + 1, y + 1], [x, y + 1], [x, y]]  # noqa: E731
    picker = GridPicker([{"id": f"g{i}", "kind": "comprehensive", "polygon": square(i, 0)} for i in range(4)])
    assert picker.pick([[0.6, 0.2], [2.8, 0.2], [2.8, 0.8], [0.6, 0.8]]) == ["g1", "g2"]  # g0 barely touched
    assert picker.pick([[3.1, 0.1], [3.3, 0.1], [3.3, 0.3]]) == ["g3"]  # a small shape inside one grid


def test_the_sighting_book_keeps_the_newest_version_in_time_order():
    base = {"code": "E", "category": "public_security", "title": "t", "description": "", "lat": 39.6, "lon": 118.1,
            "grid_id": None, "source": "worker", "reporter": None, "severity": 3, "tier": None, "status": "reported",
            "due_at": None, "overdue": False, "supervised": False, "escalation_level": 0, "assignee": None,
            "satisfaction": None, "alert_id": 4}
    book = SightingBook()
    assert book.merge([{**base, "id": 2, "created_at": "2026-11-24T10:00:00+08:00", "version": 1},
                       {**base, "id": 1, "created_at": "2026-11-24T10:05:00+08:00", "version": 2}]) == {4}
    assert not book.put(Event(**{**base, "id": 1, "created_at": book.of(4)[1].created_at, "version": 1}))
    assert [e.id for e in book.of(4)] == [2, 1] and book.of(4)[1].version == 2


async def _view(qtbot, url):
    hub, desk = await hub_and_desk(url)
    grids = await fetch_grids(desk)
    city = CityMap()
    proper = [g for g in grids if g["kind"] in ("comprehensive", "exclusive", "special")]
    city.set_grids([np.asarray(g["polygon"], dtype=float) for g in proper])
    view = AlertsView(desk, grids, city)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    return hub, desk, view


def _two_grids_with_workers(desk) -> list[str]:
    return sorted(set(desk.replica.workers.grid_id.tolist()))[:2]


def test_models_pass_the_model_tester(qtmodeltester, qtbot, loop, sqlite_url):
    async def scenario():
        hub, desk, view = await _view(qtbot, sqlite_url)
        view.areas.add(_two_grids_with_workers(desk))
        qtmodeltester.check(view.areas, force_py=True)
        view.composer.title.setText("寻找走失老人")
        alert = await view.send_alert()
        peer = await Peer.login(hub.port, str(desk.replica.workers.ids[0]))
        await peer.ok({**SIGHTING, "lat": 39.62, "lon": 118.16, "alert_id": alert["alert_id"]})
        await until(lambda: view.sightings.rowCount() == 1, what="a sighting")
        qtmodeltester.check(view.alerts, force_py=True)
        qtmodeltester.check(view.sightings, force_py=True)
        await _stop(hub, desk, peer)

    loop.run_until_complete(scenario())


SIGHTING = {"type": "event.report", "category": "public_security", "title": "发现疑似协查对象",
            "description": "在建设路口见到穿蓝色外套的老人", "source": "worker", "severity": 3}


async def _stop(hub, desk, *peers) -> None:
    for peer in peers:
        await peer.close()
    await desk.stop()
    await hub.stop()


def test_tick_two_grids_send_and_follow_sightings_on_the_map(qtbot: QtBot, loop, sqlite_url):
    async def scenario():
        hub, desk, view = await _view(qtbot, sqlite_url)
        for grid_id in _two_grids_with_workers(desk):
            assert view.areas.setData(view.areas.index_of(grid_id), Qt.CheckState.Checked.value,
                                      Qt.ItemDataRole.CheckStateRole)
        shown = view.reach()
        assert f"will reach {shown} grid workers" in view.composer.reach.text()
        view.composer.title.setText("寻找走失老人")
        qtbot.mouseClick(view.composer.send, Qt.MouseButton.LeftButton)
        await until(lambda: view.alerts.rowCount() == 1, what="the alert in the list")
        alert = view.alerts.alert(0)
        assert alert.recipients == shown and f"reached {shown}" in view.composer.reach.text()
        assert view.current_alert().id == alert.id  # the sent alert is shown
        peer = await Peer.login(hub.port, str(desk.replica.workers.ids[0]))
        spots = [(39.61, 118.15), (39.62, 118.16), (39.63, 118.17)]
        for lat, lon in spots:
            await peer.ok({**SIGHTING, "lat": lat, "lon": lon, "alert_id": alert.id})
        await until(lambda: len(view.trail.lon) == 3, what="three sightings on the map")
        assert list(zip(view.trail.lat, view.trail.lon, strict=True)) == spots  # in time order
        assert [t.toPlainText() for t in view.trail.numbers if t.isVisible()] == ["1", "2", "3"]
        await _stop(hub, desk, peer)

    loop.run_until_complete(scenario())


def test_a_rectangle_drawn_with_the_mouse_chooses_its_grids(qtbot: QtBot, loop, sqlite_url):
    async def scenario():
        hub, desk, view = await _view(qtbot, sqlite_url)
        grids = _two_grids_with_workers(desk)
        ring = np.concatenate([np.asarray(view.polygons[g]) for g in grids])
        inner = [view.picker.x[view.picker.ids == g][0] for g in grids], [view.picker.y[view.picker.ids == g][0]
                                                                          for g in grids]
        view.map.frame(*ring.min(axis=0), *ring.max(axis=0))
        await until(lambda: view.map.viewbox.viewRect().width() < 1, what="the map framed")
        qtbot.mouseClick(view.composer.rect_button, Qt.MouseButton.LeftButton)
        _drag(qtbot, view.map, (min(inner[0]) - 1e-4, min(inner[1]) - 1e-4), (max(inner[0]) + 1e-4,
                                                                              max(inner[1]) + 1e-4))
        assert set(grids) <= {g for g in view.picker.ids.tolist() if view.areas.choice.covered(g)}
        shown = view.reach()
        assert f"will reach {shown} grid workers" in view.composer.reach.text()
        view.composer.title.setText("协查盗窃嫌疑人")
        result = await view.send_alert()
        assert result["recipients"] == shown > 0
        assert f"reached {result['recipients']}" in view.composer.reach.text()
        await _stop(hub, desk)

    loop.run_until_complete(scenario())


def _drag(qtbot, city, start: tuple[float, float], end: tuple[float, float]) -> None:
    def pixel(lon: float, lat: float):
        return city.plot.mapFromScene(city.viewbox.mapViewToScene(QPointF(lon, lat)))

    viewport = city.plot.viewport()
    a, b = pixel(*start), pixel(*end)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(viewport, pos=(a + b) / 2)
    qtbot.mouseMove(viewport, pos=b)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=b)
