"""CityMap: one path for all grids, one scatter item per worker status, throttled redraws, picking, looks."""
from __future__ import annotations

import math

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QToolTip

from commandcenter.widgets.map_layers import pack_rings
from commandcenter.widgets.map_view import CityMap

LON, LAT = 118.18, 39.63


def square(x: float, y: float, d: float = 0.01) -> np.ndarray:
    return np.array([[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]])


def xy(item) -> tuple[np.ndarray, np.ndarray]:
    return item.getData()


@pytest.fixture
def city(qtbot) -> CityMap:
    view = CityMap(redraw_ms=300)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    view.frame(LON, LAT, LON + 0.1, LAT + 0.1)
    return view


def workers(city: CityMap) -> None:
    lon = LON + np.array([0.01, 0.02, 0.03, 0.04, 0.05, 0.06])
    lat = LAT + np.array([0.01, 0.02, 0.03, 0.04, 0.05, 0.06])
    city.set_workers(lon, lat, np.array([0, 1, 2, 3, 2, 2]), np.array([0, 0, 0, 0, 1, 0], bool))


def events(city: CityMap, selected: int | None = None) -> None:
    city.set_events(np.array([11, 12, 13, 14]), LON + np.array([0.02, 0.05, 0.08, 0.09]),
                    LAT + np.array([0.08, 0.05, 0.02, 0.09]), np.array([4, 3, 1, 4]),
                    np.array([1, 0, 0, 0], bool), selected_id=selected)


def scene_pos(city: CityMap, lon: float, lat: float) -> QPointF:
    return city.viewbox.mapViewToScene(QPointF(lon, lat))


def test_grids_are_one_path_per_kind(city):
    rings = [square(LON + i * 0.01, LAT) for i in range(5)]
    city.set_grids(rings, np.array([0, 0, 1, 2, 0]))
    sub = [len(layer.path().toSubpathPolygons()) for layer in city.grid_layers]
    assert sub == [3, 1, 1]
    city.set_areas([square(LON, LAT, 0.05)])
    assert len(city.area_layer.path().toSubpathPolygons()) == 1


def test_open_rings_are_closed_and_empty_ones_dropped():
    rings = pack_rings([square(LON, LAT)[:-1], np.zeros((0, 2)), square(LON, LAT)])
    assert rings.lengths.tolist() == [5, 5]
    assert np.array_equal(rings.points[4], rings.points[0])


def test_workers_one_item_per_status_and_staleness(city):
    workers(city)
    counts = {key: len(xy(item)[0]) for key, item in city.worker_items.items()}
    assert counts == {(0, False): 1, (1, False): 1, (2, False): 2, (3, False): 1,
                      (0, True): 0, (1, True): 0, (2, True): 1, (3, True): 0}


def test_stale_workers_are_drawn_hollow_in_their_own_item(city):
    workers(city)
    stale, fresh = city.worker_items[(2, True)], city.worker_items[(2, False)]
    assert xy(stale)[0][0] == pytest.approx(LON + 0.05)
    assert stale.opts["brush"].style() == Qt.BrushStyle.NoBrush
    assert fresh.opts["brush"].style() == Qt.BrushStyle.SolidPattern


def test_update_workers_moves_points_in_place(city):
    workers(city)
    before = dict(city.worker_items)
    city.update_workers(np.array([1]), np.array([LON + 0.09]), np.array([LAT + 0.01]), np.array([1]))
    city.flush()
    assert all(city.worker_items[key] is item for key, item in before.items())
    x, y = xy(city.worker_items[(1, False)])
    assert (x[0], y[0]) == pytest.approx((LON + 0.09, LAT + 0.01))


def test_update_clears_staleness_and_changes_status(city):
    workers(city)
    city.update_workers(np.array([4]), np.array([LON]), np.array([LAT]), np.array([3]))
    city.flush()
    assert len(xy(city.worker_items[(2, True)])[0]) == 0
    assert len(xy(city.worker_items[(3, False)])[0]) == 2


def test_worker_redraws_are_throttled(city, qtbot):
    workers(city)
    for i in range(10):
        city.update_workers(np.array([0]), np.array([LON + i * 0.001]), np.array([LAT]), np.array([0]))
    assert xy(city.worker_items[(0, False)])[0][0] == pytest.approx(LON + 0.01)  # not drawn yet
    qtbot.waitUntil(lambda: xy(city.worker_items[(0, False)])[0][0] == pytest.approx(LON + 0.009), timeout=2000)


def test_workers_without_a_fix_are_not_drawn(city):
    city.set_workers(np.array([LON, np.nan]), np.array([LAT, np.nan]), np.array([1, 1]), None)
    assert len(xy(city.worker_items[(1, False)])[0]) == 1


def test_update_beyond_known_rows_grows(city):
    workers(city)
    city.update_workers(np.array([8]), np.array([LON]), np.array([LAT]), np.array([3]))
    city.flush()
    assert len(xy(city.worker_items[(3, False)])[0]) == 2  # row 7 has no fix yet: not drawn


def test_empty_inputs_draw_nothing(city):
    city.set_grids([])
    city.set_areas([])
    city.set_workers(np.zeros(0), np.zeros(0), np.zeros(0, int), None)
    city.set_events(*(np.zeros(0),) * 5)
    city.select_event(3)
    assert sum(len(xy(item)[0]) for item in city.worker_items.values()) == 0
    assert city.grid_layers[0].path().isEmpty() and len(xy(city.selected_item)[0]) == 0


def test_events_by_severity_overdue_and_selected(city):
    events(city, selected=12)
    assert [len(xy(city.event_items[s])[0]) for s in (1, 2, 3, 4)] == [1, 0, 1, 2]
    assert xy(city.overdue_item)[0].tolist() == pytest.approx([LON + 0.02])
    assert xy(city.selected_item)[0].tolist() == pytest.approx([LON + 0.05])
    events(city)  # None keeps the selection
    assert city.selected_event() == 12


def test_click_emits_the_nearest_event(city, qtbot):
    events(city)
    at = city.plot.mapFromScene(scene_pos(city, LON + 0.05, LAT + 0.05)) + QPointF(3, -2).toPoint()
    with qtbot.waitSignal(city.eventClicked, timeout=1000) as blocker:
        qtbot.mouseClick(city.plot.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert blocker.args == [12]


def test_pick_is_by_pixels(city):
    events(city)
    assert city.event_at(scene_pos(city, LON + 0.08, LAT + 0.02) + QPointF(5, 0)) == 13
    assert city.event_at(scene_pos(city, LON + 0.08, LAT + 0.02) + QPointF(20, 0)) is None


def test_click_on_a_worker_emits_its_row(city, qtbot):
    workers(city)
    at = city.plot.mapFromScene(scene_pos(city, LON + 0.03, LAT + 0.03))
    with qtbot.waitSignal(city.workerClicked, timeout=1000) as blocker:
        qtbot.mouseClick(city.plot.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert blocker.args == [2]


def test_worker_tooltip_comes_from_the_callback(city, qtbot):
    workers(city)
    city.set_worker_tooltip(lambda row: f"worker row {row}")
    qtbot.mouseMove(city.plot.viewport(), city.plot.mapFromScene(scene_pos(city, LON + 0.04, LAT + 0.04)))
    qtbot.waitUntil(lambda: QToolTip.text() == "worker row 3", timeout=2000)


def test_select_event_pans_to_it_keeping_the_zoom(city):
    city.set_events(np.array([7]), np.array([LON + 1.0]), np.array([LAT + 1.0]), np.array([2]), np.array([False]))
    width = city.viewbox.viewRect().width()
    city.select_event(7)
    rect = city.viewbox.viewRect()
    assert rect.contains(QPointF(LON + 1.0, LAT + 1.0))
    assert rect.width() == pytest.approx(width)


def test_data_updates_do_not_move_the_view(city):
    before = city.viewbox.viewRect()
    workers(city)
    city.set_workers(np.array([LON + 5]), np.array([LAT + 5]), np.array([1]), None)
    events(city)
    assert city.viewbox.viewRect() == before


def test_first_data_frames_an_unframed_map(qtbot):
    view = CityMap()
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.set_grids([square(120.0, 30.0, 0.1)])
    assert view.viewbox.viewRect().contains(QPointF(120.05, 30.05))


def test_aspect_is_locked_to_the_latitude(city):
    px, py = city.viewbox.viewPixelSize()
    assert py / px == pytest.approx(math.cos(math.radians(39.6)), rel=1e-3)


def test_theme_switch_changes_the_background(city):
    dark = city.plot.backgroundBrush().color().lightness()
    city.set_theme("light")
    assert city.theme() == "light"
    assert city.plot.backgroundBrush().color().lightness() > dark + 100
    with pytest.raises(ValueError):
        city.set_theme("neon")


def test_labels_can_be_replaced(city):
    city.set_labels({"busy": "处置中", "critical": "特急"})
    assert "处置中" in city.legend.text() and "特急" in city.legend.text()
    assert city.labels()["idle"] == "Idle"
    with pytest.raises(KeyError):
        city.set_labels({"bussy": "x"})


def test_no_context_menu(city):
    assert not city.viewbox.menuEnabled()
    assert not city.plot.getPlotItem().menuEnabled()
