"""The working-time calendar: properties over the shipped calendar, and worked examples."""
from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, strategies as st

from commandcenter.domain.clock import CST
from commandcenter.domain.policy import after_pause, deadlines
from commandcenter.domain.worktime import Calendar, Limit, Period, Unit
from commandcenter.policy_file import default_policy

POLICY = default_policy(today=date(2026, 6, 1))
CAL = POLICY.calendar

moments = st.datetimes(min_value=datetime(2025, 10, 1), max_value=datetime(2027, 3, 1),
                       timezones=st.just(CST))
spans = st.timedeltas(min_value=timedelta(0), max_value=timedelta(days=20))


def at(*args: int) -> datetime:
    return datetime(*args, tzinfo=CST)


@given(moments, spans, spans)
def test_adding_a_then_b_is_adding_a_plus_b(start, a, b):
    assert CAL.add_working(CAL.add_working(start, a), b) == CAL.add_working(start, a + b)


@given(moments, spans)
def test_results_never_land_outside_working_time(start, d):
    assert CAL.is_working_time(CAL.add_working(start, d))
    assert CAL.is_working_time(CAL.subtract_working(start, d))


@given(moments, spans)
def test_working_time_between_adds_back_exactly(start, d):
    assert CAL.working_time_between(start, CAL.add_working(start, d)) == d
    assert CAL.working_time_between(CAL.subtract_working(start, d), start) == d


@given(moments, st.sampled_from(list(Unit)), st.integers(1, 40))
def test_a_limit_never_ends_before_it_starts(start, unit, amount):
    assert CAL.add(start, Limit(amount, unit)) > start


def test_make_up_saturday_works_and_holiday_weekday_does_not():
    assert CAL.is_working_day(date(2026, 2, 14))  # Saturday, 春节 make-up day
    assert not CAL.is_working_day(date(2026, 10, 5))  # Monday, 国庆节
    assert not CAL.is_working_day(date(2026, 2, 7)) and CAL.is_working_day(date(2026, 2, 9))
    assert CAL.working_time_between(at(2026, 2, 14), at(2026, 2, 15)) == timedelta(hours=7.5)


def test_2026_has_248_working_days_by_hand():
    # 261 weekdays - 19 weekday holidays + 6 make-up days (国办发明电〔2025〕7号)
    assert CAL.working_time_between(at(2026, 1, 1), at(2027, 1, 1)) == 248 * timedelta(hours=7.5)


def test_complaint_at_17_on_the_friday_before_spring_festival():
    # Fri 13 Feb 17:00: 0.5 h, make-up Sat 14th 7.5 h, 春节 15–23, then Tue 24 … Fri 27 (7 h)
    sign, handle = deadlines(POLICY, CAL, at(2026, 2, 13, 17), "medium", "complaint")
    assert sign == at(2026, 2, 14, 10, 0)
    assert handle == at(2026, 2, 27, 17, 0)


def test_complaint_before_national_day_skips_the_golden_week():
    _, handle = deadlines(POLICY, CAL, at(2026, 9, 30, 17), None, "complaint")
    assert handle == at(2026, 10, 13, 17, 0)  # Oct 8, 9, Sat 10 (make-up), 12, 13


def test_the_clock_starts_at_the_next_working_moment():
    friday_evening = at(2026, 11, 20, 19)
    assert CAL.add_working(friday_evening, timedelta(0)) == at(2026, 11, 23, 8, 30)
    assert CAL.add(friday_evening, Limit(1, Unit.WORKING_DAYS)) == at(2026, 11, 23, 17, 30)
    assert CAL.add(at(2026, 11, 23, 12, 45), Limit(1, Unit.WORKING_HOURS)) == at(2026, 11, 23, 14, 30)


def test_a_limit_running_out_at_closing_time_ends_there():
    assert CAL.add(at(2026, 11, 20, 17), Limit(0.5, Unit.WORKING_HOURS)) == at(2026, 11, 20, 17, 30)
    assert CAL.add(at(2026, 11, 23, 11), Limit(1, Unit.WORKING_HOURS)) == at(2026, 11, 23, 12, 0)
    assert CAL.subtract(at(2026, 11, 23, 8, 30), Limit(1, Unit.WORKING_HOURS)) == at(2026, 11, 20, 16, 30)


def test_calendar_units_run_round_the_clock():
    saturday_night = at(2026, 11, 21, 3)
    assert deadlines(POLICY, CAL, saturday_night, None, "help") == (at(2026, 11, 21, 4), at(2026, 11, 22, 3))
    assert deadlines(POLICY, CAL, saturday_night, "complex", None)[1] == at(2026, 11, 28, 3)


def test_a_year_without_schedule_is_weekends_only():
    assert not CAL.has_schedule(2030) and CAL.has_schedule(2026)
    assert CAL.is_working_day(date(2030, 1, 1)) and not CAL.is_working_day(date(2030, 1, 5))


def test_results_are_in_centre_time_whatever_the_input_zone():
    utc = datetime(2026, 11, 23, 1, 0, tzinfo=UTC)  # 09:00 CST
    due = CAL.add(utc, Limit(1, Unit.WORKING_HOURS))
    assert due.utcoffset() == timedelta(hours=8) and due == at(2026, 11, 23, 10)


def test_naive_datetimes_and_negative_spans_are_refused():
    with pytest.raises(ValueError, match="naive"):
        CAL.add_working(datetime(2026, 1, 5, 9), timedelta(hours=1))
    with pytest.raises(ValueError, match="negative"):
        CAL.add_working(at(2026, 1, 5, 9), timedelta(hours=-1))


def test_working_hours_and_weekend_are_data():
    six_days = Calendar([Period(time(9), time(17))], weekend=[6])
    assert six_days.working_day == timedelta(hours=8)
    assert six_days.add(at(2030, 1, 4, 16), Limit(2, Unit.WORKING_HOURS)) == at(2030, 1, 5, 10)


@given(st.integers(1, 60))
def test_far_limits_grow_the_tables_and_stay_exact(years):
    start = at(2026, 3, 2, 9)
    span = timedelta(hours=7.5) * 250 * years
    assert CAL.working_time_between(start, CAL.add_working(start, span)) == span


def test_a_suspension_moves_the_deadline_by_the_working_time_paused():
    due = deadlines(POLICY, CAL, at(2026, 11, 20, 17), None, "complaint")[1]  # Fri 27th 17:00
    paused = (at(2026, 11, 23, 12), at(2026, 11, 25, 12))  # Mon noon to Wed noon: 2 working days
    assert after_pause(POLICY, CAL, due, *paused, None, "complaint") == at(2026, 12, 1, 17)
    assert after_pause(POLICY, CAL, due, *paused, "medium", None) == due + timedelta(days=2)


def test_overlapping_periods_are_refused():
    with pytest.raises(ValueError, match="overlap"):
        Calendar([Period(time(8), time(12)), Period(time(11), time(17))])
