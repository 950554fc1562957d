"""The deadline policy file: the shipped default, and start-up errors naming file, line and field."""
from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path

import pytest

from commandcenter.domain.clock import CST
from commandcenter.domain.errors import CommandError, ErrorCode
from commandcenter.domain.policy import PolicyError, clocks_for
from commandcenter.domain.worktime import Limit, Unit
from commandcenter.policy_file import DEFAULT, default_policy, load_policy

TEXT = DEFAULT.read_text(encoding="utf-8")
HOLIDAYS = (DEFAULT.parent / "holidays-cn.toml").read_text(encoding="utf-8")


def write(tmp_path: Path, old: str = "", new: str = "", holidays: str = HOLIDAYS) -> Path:
    assert old in TEXT
    (tmp_path / "holidays-cn.toml").write_text(holidays, encoding="utf-8")
    path = tmp_path / "policy.toml"
    path.write_text(TEXT.replace(old, new, 1), encoding="utf-8")
    return path


def line_holding(path: Path, needle: str) -> int:
    return next(n for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if needle in line)


def refused(path: Path) -> str:
    with pytest.raises(PolicyError) as err:
        load_policy(path, today=date(2026, 6, 1))
    return str(err.value)


@pytest.mark.parametrize(("name", "sign", "handle"), [
    ("consult", (2, "working_hours"), (1, "working_days")), ("help", (1, "hours"), (24, "hours")),
    ("complaint", (2, "working_hours"), (5, "working_days")), ("praise", (2, "working_hours"), (3, "working_days")),
    ("report", (2, "working_hours"), (15, "working_days")), ("suggestion", (2, "working_hours"), (15, "working_days")),
])
def test_default_request_type_limits_are_the_issues(name, sign, handle):
    clocks = default_policy().request_types[name]
    assert (clocks.sign, clocks.handle) == (Limit(sign[0], Unit(sign[1])), Limit(handle[0], Unit(handle[1])))


def test_default_tiers_ruling_and_weights():
    policy = default_policy()
    handles = {tier: clocks.handle for tier, clocks in policy.tiers.items()}
    assert handles == {"small": Limit(2, Unit.HOURS), "medium": Limit(2, Unit.DAYS), "complex": Limit(7, Unit.DAYS)}
    assert policy.ruling_after == 2
    assert (policy.weights.on_time, policy.weights.close, policy.weights.rework, policy.weights.extension) == (
        40, 30, 20, 10)
    assert "国办发明电〔2025〕7号" in policy.sources[2026]


def test_request_type_beats_tier_and_unknown_ones_are_bad_requests():
    policy = default_policy()
    assert clocks_for(policy, "small", "complaint") is policy.request_types["complaint"]
    with pytest.raises(CommandError) as err:
        clocks_for(policy, "small", "petition")
    assert err.value.code is ErrorCode.BAD_REQUEST


def test_unknown_unit_names_file_line_and_field(tmp_path):
    path = write(tmp_path, 'handle = "5 working_days"', 'handle = "5 weeks"')
    message = refused(path)
    assert f"{path}:{line_holding(path, '5 weeks')}: request_types.complaint.handle: unknown unit 'weeks'" in message


@pytest.mark.parametrize("bad", ['"0 hours"', '"-2 hours"'])
def test_a_limit_of_zero_or_less_is_refused(tmp_path, bad):
    path = write(tmp_path, 'handle = "2 days"', f"handle = {bad}")
    message = refused(path)
    assert f"{path}:{line_holding(path, bad)}: tiers.medium.handle: " in message and "must be > 0" in message


def test_overlapping_holidays_are_refused(tmp_path):
    extra = '[years.2030]\nsource = "test"\nholidays = [\n  { name = "A", first = 2030-10-01, last = 2030-10-07 },\n' \
            '  { name = "B", first = 2030-10-06, last = 2030-10-08 },\n]\n'
    path = write(tmp_path, holidays=HOLIDAYS + extra)
    message = refused(path)
    holidays = tmp_path / "holidays-cn.toml"
    assert f"{holidays}:{line_holding(holidays, '2030-10-06')}: years.2030.holidays: " in message
    assert "overlaps A" in message


def test_make_up_day_that_is_a_holiday_is_refused(tmp_path):
    path = write(tmp_path, holidays=HOLIDAYS.replace("  2026-02-28,", "  2026-02-21,"))
    message = refused(path)
    holidays = tmp_path / "holidays-cn.toml"
    assert f"{holidays}:{line_holding(holidays, '2026-02-21,')}: years.2026.makeup_days: " in message
    assert "make-up day 2026-02-21 is also a holiday (春节)" in message


def test_make_up_day_on_a_weekday_is_refused(tmp_path):
    path = write(tmp_path, holidays=HOLIDAYS.replace("2026-09-20,", "2026-09-21,"))
    assert "make-up day 2026-09-21 is not a weekend day" in refused(path)


@pytest.mark.parametrize(("old", "new", "field"), [
    ("[tiers.complex]", "[tiers.huge]", "tiers.huge"),
    ("[request_types.praise]", "[request_types.petition]", "request_types.petition"),
])
def test_unknown_tier_or_request_type_is_refused(tmp_path, old, new, field):
    path = write(tmp_path, old, new)
    assert f"{path}:{line_holding(path, new)}: {field}: unknown field" in refused(path)


def test_a_missing_limit_names_its_table(tmp_path):
    path = write(tmp_path, 'sign = "1 hours"\n', "")
    assert f"{path}:{line_holding(path, '[request_types.help]')}: request_types.help: missing sign" in refused(path)


def test_syntax_error_names_the_line(tmp_path):
    path = write(tmp_path, "ruling_after = 2", "ruling_after = = 2")
    assert f"{path}:{line_holding(path, 'ruling_after = =')}: (syntax)" in refused(path)


def test_bad_ruling_after_and_weights_are_refused(tmp_path):
    assert "ruling_after: 0 must be a whole number" in refused(write(tmp_path, "ruling_after = 2", "ruling_after = 0"))
    assert "assessment.weights.close: -30" in refused(write(tmp_path, "close = 30", "close = -30"))


def test_missing_holiday_file_is_refused(tmp_path):
    path = write(tmp_path, '"holidays-cn.toml"', '"nowhere.toml"')
    assert "holidays.files: cannot read" in refused(path)


def test_a_year_without_schedule_is_a_warning_and_weekends_only(tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="hub"):
        policy = load_policy(write(tmp_path), today=date(2029, 3, 1))
    assert [r.getMessage().count("no holiday schedule") for r in caplog.records] == [1, 1]
    assert "2029" in caplog.records[0].getMessage() and "2030" in caplog.records[1].getMessage()
    assert policy.calendar.is_working_day(datetime(2029, 10, 1, tzinfo=CST).date())
