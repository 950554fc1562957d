"""The desk-side rules of levels and SOS alone: where a case may be delegated (the picker), which SOS
calls still wait and in which order, and who is nearest to help."""
from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace

import numpy as np
import pytest

from commandcenter.domain import levels, sos
from commandcenter.domain.levels import CITY, Scope

GRID = "130203001002017"
DISTRICT = Scope("district", "130203")
STREET = Scope("street", "130203001")


def _event(level: str = "street", held_by: str | None = "130203001", grid_id: str = GRID):
    return SimpleNamespace(id=1, level=level, held_by=held_by, grid_id=grid_id)


def _each_passes_delegated(scope, event, targets) -> bool:
    return all(levels.delegated(scope, event, t, levels.level_of(t)) for t in targets)


def test_delegate_targets_are_the_centres_below_the_holder_inside_the_sender() -> None:
    at_city = _event("city", None)
    assert levels.delegate_targets(CITY, at_city) == ["130203", "130203001", "130203001002"]
    at_district = _event("district", "130203")
    assert levels.delegate_targets(DISTRICT, at_district) == ["130203001", "130203001002"]
    assert levels.delegate_targets(STREET, _event()) == ["130203001002"]
    assert _each_passes_delegated(CITY, at_city, levels.delegate_targets(CITY, at_city))
    assert _each_passes_delegated(DISTRICT, at_district, levels.delegate_targets(DISTRICT, at_district))


def test_no_delegate_targets_where_the_sender_may_not_act() -> None:
    assert levels.delegate_targets(STREET, _event("district", "130203")) == []  # held above the street
    assert levels.delegate_targets(Scope("street", "130203002"), _event()) == []  # another street's case
    assert levels.delegate_targets(Scope("community", "130203001002"), _event("community", "130203001002")) == []


def _call(event_id: int, minute: int, acked_by: str | None = None, is_sos: bool = True):
    return SimpleNamespace(id=event_id, sos=is_sos, sos_acked_by=acked_by,
                           created_at=datetime(2026, 11, 22, 9, minute, tzinfo=UTC))


def test_an_sos_waits_until_acknowledged_and_the_newest_is_shown_first() -> None:
    calls = [_call(1, 5), _call(2, 30), _call(3, 10, acked_by="operator.130203001"), _call(4, 40, is_sos=False)]
    assert [sos.waiting(c) for c in calls] == [True, True, False, False]
    assert [c.id for c in sos.shown_order(calls)] == [2, 1]


def test_helpers_are_the_nearest_on_duty_with_a_fix_never_the_caller() -> None:
    lat = np.array([39.600, 39.601, 39.610, np.nan, 39.6001, 39.620])
    lon = np.full(6, 118.1)
    on_duty = np.array([True, True, True, True, False, True])
    caller = np.array([True, False, False, False, False, False])
    rows, dist = sos.helpers(lat, lon, on_duty, 39.600, 118.1, caller)
    assert rows.tolist() == [1, 2, 5]  # 4 is off duty, 3 has no fix, 0 is the caller
    assert dist.tolist() == sorted(dist.tolist()) and dist[0] == pytest.approx(111, abs=2)
