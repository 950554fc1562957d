"""Widgets for the field: a worker's day replayed on the map, areas filled by coverage, the alarm banner."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QLabel, QPushButton

from commandcenter.widgets.choropleth import ChoroplethLayer
from commandcenter.widgets.map_view import CityMap
from commandcenter.widgets.sos_banner import AlarmBanner
from commandcenter.widgets.track_replay import ReplayControls, TrackLayer

LON, LAT, T0 = 118.18, 39.63, 1_795_000_000_000
MINUTE = 60_000


@pytest.fixture
def city(qtbot) -> CityMap:
    view = CityMap(redraw_ms=300)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.frame(LON, LAT, LON + 0.1, LAT + 0.1)
    return view


def walked_east(city: CityMap) -> TrackLayer:
    """Four fixes a minute apart walking east, patrol then busy."""
    track = TrackLayer(city)
    track.set_track(LON + np.array([0.0, 0.01, 0.02, 0.03]), np.full(4, LAT),
                    T0 + MINUTE * np.arange(4), np.array([2, 2, 3, 3]))
    return track


def test_the_marker_is_interpolated_between_fixes_and_held_at_the_ends(city):
    track = walked_east(city)
    lon, lat, status = track.position_at(T0 + MINUTE * 3 // 2)
    assert lon == pytest.approx(LON + 0.015) and lat == pytest.approx(LAT) and status == 2
    assert track.position_at(T0 - MINUTE)[0] == pytest.approx(LON)
    assert track.position_at(T0 + 10 * MINUTE)[:2] == pytest.approx((LON + 0.03, LAT))


def test_the_walked_part_grows_with_the_replay_time(city):
    track = walked_east(city)
    track.show_at(T0 + MINUTE * 5 // 2)
    x, _y = track.walked.getData()
    assert x.tolist() == pytest.approx([LON, LON + 0.01, LON + 0.02, LON + 0.025])
    assert track.marker.data["x"].tolist() == pytest.approx([LON + 0.025])


def test_the_slider_spans_the_track_and_play_runs_to_the_end(qtbot):
    controls = ReplayControls()
    qtbot.addWidget(controls)
    seen: list[int] = []
    controls.timeChanged.connect(seen.append)
    controls.set_span((T0, T0 + 60 * MINUTE))
    controls.seek(T0 + 30 * MINUTE)
    assert seen[-1] == T0 + 30 * MINUTE
    controls.speed.setCurrentIndex(controls.speed.count() - 1)  # 900x: the half hour left in 2 s
    controls.play.click()
    qtbot.waitUntil(lambda: not controls.play.isChecked(), timeout=5000)
    assert seen[-1] == T0 + 60 * MINUTE and seen == sorted(seen)


def test_controls_are_disabled_without_a_track(qtbot):
    controls = ReplayControls()
    qtbot.addWidget(controls)
    controls.set_span(None)
    assert not controls.play.isEnabled() and not controls.slider.isEnabled()


def test_areas_fall_into_classes_by_share_and_unknown_stays_unfilled(city):
    square = np.array([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]], dtype=float) * 0.01
    rings = [square + np.array([LON + 0.01 * k, LAT]) for k in range(4)]
    layer = ChoroplethLayer(city)
    layer.set_values(rings, [0.05, 0.5, 0.95, np.nan])
    assert layer.classes.tolist() == [0, 2, 4, -1]
    assert [layer.layers[k].path().isEmpty() for k in range(5)] == [False, True, False, True, False]


def test_the_banner_shows_calls_until_acknowledged(qtbot):
    banner = AlarmBanner("Acknowledge")
    qtbot.addWidget(banner)
    acked: list = []
    banner.ackRequested.connect(acked.append)
    banner.set_items([(7, "SOS · 王** · 路北区 · 09:31")])
    assert not banner.isHidden()
    banner.findChild(QPushButton, "alarm_ack").click()
    assert acked == [7]
    banner.set_items([])
    assert banner.isHidden()


def test_a_desk_that_may_not_acknowledge_gets_no_button(qtbot):
    banner = AlarmBanner()
    qtbot.addWidget(banner)
    banner.set_can_ack(False)
    banner.set_items([(1, "SOS")])
    assert banner.findChild(QPushButton, "alarm_ack") is None and banner.texts() == ["SOS"]


def test_a_long_list_of_calls_shows_the_newest_and_counts_the_rest(qtbot):
    banner = AlarmBanner(more_label="+{n} more")
    qtbot.addWidget(banner)
    banner.set_items([(k, f"SOS {k}") for k in range(5)])
    assert len(banner.findChildren(QPushButton, "alarm_ack")) == 3
    assert banner.findChild(QLabel, "alarm_more").text() == "+2 more"
