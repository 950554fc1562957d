"""Assessment rules on their own: star ratings, the rates, periods in centre time, hotspots."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from commandcenter.domain import assessment, rating
from commandcenter.domain.clock import CST


@pytest.mark.parametrize(("on_time", "satisfaction", "expected"), [
    (1.0, 5.0, 5), (0.9, None, 5), (None, 5.0, 5), (0.8, 4.0, 4), (0.6, 3.0, 2),
    (0.5, 4.0, 3), (0.0, 1.0, 1), (0.0, None, 1), (None, 1.0, 1),
])
def test_stars_follow_the_grade_bands(on_time, satisfaction, expected):
    assert rating.stars(on_time, satisfaction) == expected


def test_no_judged_case_and_no_satisfaction_is_not_rated():
    assert rating.stars(None, None) is None and rating.score(None, None) is None


def test_a_missing_part_does_not_count_as_zero():
    assert rating.score(None, 5.0) == 1.0
    assert rating.score(1.0, None) == 1.0
    assert rating.score(1.0, 1.0) == pytest.approx(0.6)


def test_band_edges_are_inclusive_and_inputs_clamped():
    assert rating.stars(0.9, None) == 5 and rating.stars(0.8999, None) == 4
    assert rating.stars(0.4, None) == 2 and rating.stars(0.3999, None) == 1
    assert rating.stars(1.5, 9.0) == 5 and rating.stars(-1.0, 0.0) == 1


def test_rates_are_none_without_a_base():
    assert assessment.closed_loop_rate(0, 0) is None and assessment.on_time_rate(0, 0) is None
    assert assessment.closed_loop_rate(2, 3) == 0.6667 and assessment.completion_rate(3, 3) == 1.0


def test_periods_are_whole_centre_days():
    since, until = assessment.period("7d", date(2026, 3, 10))
    assert since == datetime(2026, 3, 4, tzinfo=CST) and until == datetime(2026, 3, 11, tzinfo=CST)
    assert assessment.period("today", date(2026, 3, 10))[0] == datetime(2026, 3, 10, tzinfo=CST)
    assert len(assessment.day_keys(*assessment.period("30d", date(2026, 3, 10)))) == 30


def test_custom_periods_are_ordered_and_capped():
    since, until = assessment.period("custom", date(2026, 3, 10), date(2026, 3, 5), date(2026, 3, 1))
    assert (since.day, until.day) == (1, 6)
    since, until = assessment.period("custom", date(2026, 3, 10), date(2020, 1, 1), date(2026, 3, 1))
    assert (until - since).days == assessment.MAX_PERIOD_DAYS


def test_a_day_starts_at_centre_midnight():
    just_before = datetime(2026, 3, 1, 23, 59, 59, tzinfo=CST).timestamp() * 1000
    assert assessment.day_key(assessment.day_number(int(just_before))) == "2026-03-01"
    assert assessment.day_key(assessment.day_number(int(just_before) + 1000)) == "2026-03-02"


def test_hotspots_rank_grids_and_name_their_top_category():
    counts = [("g2", "sanitation", 3), ("g1", "dispute", 2), ("g1", "sanitation", 2), ("g2", "dispute", 1),
              (None, "other", 9), ("g3", "other", 1)]
    found = assessment.hotspots(counts)
    assert [(h.grid_id, h.reported, h.top_category, h.top_count) for h in found] == [
        ("g1", 4, "dispute", 2), ("g2", 4, "sanitation", 3), ("g3", 1, "other", 1)]
    assert len(assessment.hotspots(counts, top=2)) == 2 and assessment.hotspots([]) == []
