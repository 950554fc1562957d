"""The alert rules of the domain: who an alert reaches, which alert a sighting may answer."""
from __future__ import annotations

import random
from datetime import datetime, timedelta

import numpy as np
import pytest

from commandcenter.domain import alerts
from commandcenter.domain.clock import CST
from commandcenter.domain.entities import Alert
from commandcenter.domain.errors import CommandError, ErrorCode

GRIDS = np.array(["130203001001001", "130203001001002", "130203001002001", "130203002001001",
                  "130204001001001", None], dtype=object)
NOW = datetime(2026, 11, 24, 9, 30, tzinfo=CST)


@pytest.mark.parametrize(("areas", "expected"), [
    (["130203001001001"], [0]),  # one grid
    (["130203001001"], [0, 1]),  # a community: its grids
    (["130203001"], [0, 1, 2]),  # a street
    (["130203", "130204001001001"], [0, 1, 2, 3, 4]),  # a district and a grid of another
    (["130203001002001", "130203001"], [0, 1, 2]),  # a grid inside an area counts once
    (["1302030010020"], [2]),  # codes nest by prefix, whatever the length
    ([], []), ([""], []),
])
def test_reached_is_the_grid_or_any_area_it_lies_in(areas, expected):
    assert np.flatnonzero(alerts.reached(GRIDS, areas)).tolist() == expected
    assert alerts.recipients(GRIDS, areas) == len(expected)


def test_the_vectorised_rule_agrees_with_the_one_worker_rule():
    rng = random.Random(5)
    codes = ["".join(rng.choice("12") for _ in range(9)) for _ in range(2000)]
    for _ in range(50):
        areas = [c[: rng.choice((3, 5, 7, 9))] for c in rng.sample(codes, rng.randint(1, 6))]
        mask = alerts.reached(np.array(codes, dtype=object), areas)
        assert mask.tolist() == [alerts.reaches(c, areas) for c in codes]


def test_a_worker_without_a_grid_is_reached_by_no_alert():
    assert not alerts.reaches(None, ["130203"])
    assert not alerts.reached(np.array([None], dtype=object), ["130203"]).any()


def _alert(expires_at: datetime | None) -> Alert:
    return Alert(id=7, title="t", body="b", grid_ids=("130203",), expires_at=expires_at, created_at=NOW,
                 created_by="operator", recipients=3)


def test_a_sighting_answers_only_a_known_live_alert():
    alerts.check_answerable(_alert(None), 7, NOW)
    alerts.check_answerable(_alert(NOW + timedelta(minutes=1)), 7, NOW)
    with pytest.raises(CommandError) as unknown:
        alerts.check_answerable(None, 7, NOW)
    assert unknown.value.code == ErrorCode.NOT_FOUND
    with pytest.raises(CommandError) as expired:
        alerts.check_answerable(_alert(NOW), 7, NOW)
    assert expired.value.code == ErrorCode.CONFLICT
