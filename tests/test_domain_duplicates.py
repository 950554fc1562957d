"""The duplicate rule on its own: bigrams of Chinese text, related categories, the 300 m / 72 h
window, ranking, the cells (every point within reach lies in the nine cells around), and merges."""
from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, strategies as st

from commandcenter.domain import duplicates as d
from commandcenter.domain.errors import CommandError

HOUR_MS = 3_600_000


def rep(event_id: int, text: str = "幸福路井盖破损", category: str = "public_facility", north_m: float = 0.0,
        hours: float = 0.0) -> d.Report:
    return d.Report(event_id, category, 39.63 + north_m / 111_195, 118.18, int(hours * HOUR_MS), text, "")


def test_bigrams_of_chinese_ignore_spaces_and_punctuation():
    assert d.bigrams("井盖 破损！") == {"井盖", "盖破", "破损"}
    assert d.bigrams("AB", "c") == {"ab", "c"}
    assert d.similarity(d.bigrams("井盖破损"), d.bigrams("井盖破损")) == 1.0
    assert d.similarity(frozenset(), frozenset()) == 0.0


def test_related_categories_are_symmetric_and_other_relates_to_all():
    assert d.related("public_facility", "water_supply") and d.related("water_supply", "public_facility")
    assert d.related("other", "dispute") and not d.related("dispute", "sanitation")


@pytest.mark.parametrize(("other", "found"), [
    (rep(2, north_m=290), True), (rep(2, north_m=310), False),
    (rep(2, hours=71.9), True), (rep(2, hours=-72.1), False),
    (rep(2, category="safety_hazard"), True), (rep(2, category="dispute"), False),
    (rep(2, text="广场舞噪音扰民"), False), (rep(1), False),
])
def test_the_window_of_a_candidate(other, found):
    assert (d.match(rep(1), other) is not None) is found


def test_ranking_puts_the_closest_match_first_and_caps_the_list():
    others = [rep(10 + i, north_m=20 * i) for i in range(8)] + [rep(30, category="safety_hazard")]
    ranked = d.rank(rep(1), others)
    assert [c.event_id for c in ranked] == [10, 11, 12, 13, 14] and len(ranked) == d.MAX_CANDIDATES
    assert ranked[0].score > ranked[1].score and ranked[0].distance_m == 0.0
    assert next(c for c in d.rank(rep(1), others, None) if c.event_id == 30).score < ranked[0].score


@given(lat=st.floats(-60, 60), lon=st.floats(-179, 179), bearing=st.floats(0, 2 * math.pi),
       reach=st.floats(0, d.RADIUS_M))
def test_every_point_within_reach_lies_in_the_nine_cells_around(lat, lon, bearing, reach):
    north, east = reach * math.cos(bearing), reach * math.sin(bearing)
    lat2 = lat + north / 111_195
    lon2 = lon + east / (111_195 * math.cos(math.radians((lat + lat2) / 2)))
    assert d.distance_m(lat, lon, lat2, lon2) == pytest.approx(reach, abs=0.5)
    assert d.cell(lat2, lon2) in d.cells_around(lat, lon)


@pytest.mark.parametrize(("args", "code"), [
    ((1, "reported", 1, "reported", None, ()), "bad_request"),
    ((1, "reported", 2, "reported", None, (2,)), "conflict"),
    ((1, "reported", 2, "merged", 3, ()), "conflict"),
    ((1, "reported", 2, "followed_up", None, ()), "conflict"),
    ((1, "archived", 2, "reported", None, ()), "conflict"),
])
def test_merges_the_rule_refuses(args, code):
    with pytest.raises(CommandError) as refused:
        d.check_merge(*args)
    assert refused.value.code == code


def test_a_merge_the_rule_allows():
    d.check_merge(1, "in_progress", 2, "verified", None, (5, 6))



def _columns(*reports: d.Report) -> np.ndarray:
    return np.array([d.numbers(r, 0, 0) for r in reports]).T


@given(bearing=st.floats(0, 2 * math.pi), reach=st.floats(d.RADIUS_M - 1, d.RADIUS_M + 1), lat=st.floats(-60, 60))
def test_the_screen_keeps_every_report_the_rule_takes_and_drops_those_out_of_reach(bearing, reach, lat):
    probe = d.Report(1, "public_facility", lat, 118.18, 0, "幸福路井盖破损", "")
    other_lat = lat + reach * math.cos(bearing) / 111_195
    other_lon = 118.18 + reach * math.sin(bearing) / (111_195 * math.cos(math.radians((lat + other_lat) / 2)))
    other = d.Report(2, "public_facility", other_lat, other_lon, 60_000, "幸福路井盖破损", "")
    kept = d.screen(probe, _columns(other), np.array([1.0]), lambda codes: np.ones(len(codes)), None, 0)
    if d.match(probe, other) is not None:
        assert list(kept) == [0]
    if d.distance_m(probe.lat, probe.lon, other_lat, other_lon) > d.RADIUS_M + 2 * d.DISTANCE_SLACK_M:
        assert list(kept) == []
