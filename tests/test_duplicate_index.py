"""The duplicate index stays cheap in a flood: a new report compares with the newest of each cell."""
from __future__ import annotations

from datetime import datetime, timedelta

from commandcenter.domain import duplicates as rule
from commandcenter.domain.clock import CST
from commandcenter.domain.entities import Event
from commandcenter.service.duplicates import NEWEST_PER_CELL, DuplicateIndex

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
