"""The duplicate index stays cheap in a flood: a new report compares with the newest of each cell."""
from __future__ import annotations

import random
from datetime import datetime, timedelta

import pytest
from msgspec.structs import replace

from commandcenter.domain import duplicates as rule
from commandcenter.domain.clock import CST
from commandcenter.domain.entities import Event
from commandcenter.service.duplicates import NEWEST_PER_CELL, SCREEN_FROM, DuplicateIndex, brute_force, report

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=CST)


def call(i: int) -> Event:
    return Event(id=i, code=f"E{i}", category="fire_hazard", title="幸福路小区着火", description="浓烟",
                 lat=39.63, lon=118.18, grid_id="130203001001001", source="hotline", reporter=None, severity=4,
                 tier=None, status="reported", created_at=T0 + timedelta(seconds=i), due_at=None, overdue=False,
                 supervised=False, escalation_level=0, assignee=None, satisfaction=None, version=1)


def test_a_flood_of_calls_about_one_fire_is_compared_with_the_newest_only(monkeypatch):
    index = DuplicateIndex()
    for i in range(1, 1001):
        index.update(None, call(i))
    compared: list[int] = []
    real = rule.match
    monkeypatch.setattr(rule, "match", lambda probe, other: compared.append(other.id) or real(probe, other))
    found = index.candidate_ids(call(1001))
    assert len(compared) == NEWEST_PER_CELL and min(compared) == 1001 - NEWEST_PER_CELL
    assert len(found) == rule.MAX_CANDIDATES and set(found) <= set(compared)


TEXTS = [("幸福路小区着火", "浓烟"), ("幸福路着火", "浓烟很大"), ("小区着火", ""), ("广场舞噪音", "扰民")]
CATEGORIES = ["fire_hazard", "fire_hazard", "safety_hazard", "dispute", "other"]


def scattered(seed: int, count: int) -> list[Event]:
    """Calls around one corner, many at the very same spot or minute (ties the rule breaks by id)."""
    rng = random.Random(seed)

    def one(i: int) -> Event:
        title, text = rng.choice(TEXTS)
        spot = rng.choice([(0.0, 0.0), *[(rng.uniform(-4e-3, 4e-3), rng.uniform(-4e-3, 4e-3))] * 2])
        minutes = rng.choice([0, 1, rng.randrange(-5000, 5000)])
        return replace(call(i), category=rng.choice(CATEGORIES), title=title, description=text,
                       lat=39.63 + spot[0], lon=118.18 + spot[1], created_at=T0 + timedelta(minutes=minutes))
    return [one(i) for i in range(1, count + 1)]


@pytest.mark.parametrize("seed", range(12))
def test_with_many_reports_around_the_screen_gives_the_rules_answer(seed):
    events = scattered(seed, 110)
    index = DuplicateIndex()
    index.load(events)
    assert max(map(len, index.cells.values())) <= NEWEST_PER_CELL  # so a scan finds the same
    screened = 0
    for event in events[:40]:
        near = index.near(event.lat, event.lon, report(event).at_ms)
        screened += len(near) >= SCREEN_FROM
        assert index.candidates(event) == brute_force(events, event)
        assert index.candidates(event, limit=None) == rule.rank(report(event), near, None)
    assert screened > 20


def _layout(index: DuplicateIndex) -> dict:
    return {where: ([r.id for r in bucket.reports], bucket.numbers[rule.ID, :len(bucket)].tolist())
            for where, bucket in index.cells.items()}


def test_a_load_lays_out_each_cell_as_reports_one_by_one_would():
    events = scattered(3, 110)  # created out of order, many in the same minute
    one_by_one, at_once = DuplicateIndex(), DuplicateIndex()
    for event in events[:30]:
        one_by_one.update(None, event)
        at_once.update(None, event)
    for event in events[30:]:
        one_by_one.update(None, event)
    at_once.load(events[30:])
    assert _layout(at_once) == _layout(one_by_one) and len(at_once) == len(one_by_one) == 110
