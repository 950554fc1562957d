"""The level rules alone (commandcenter.domain.levels): areas by code prefix, who holds a case,
who may act, escalation and delegation, and which scopes an account may log in with."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from commandcenter.domain import levels
from commandcenter.domain.errors import CommandError
from commandcenter.domain.levels import CITY, Scope

GRID = "130203001002017"
STREET = Scope("street", "130203001")
COMMUNITY = Scope("community", "130203001002")
AREAS = {"130203": "district", "130203001": "street", "130203002": "street", "130203001002": "community",
         GRID: "comprehensive"}
GRIDS = {gid: SimpleNamespace(kind=kind) for gid, kind in AREAS.items()}


def _event(level: str = "street", held_by: str | None = "130203001", grid_id: str | None = GRID):
    return SimpleNamespace(id=1, level=level, held_by=held_by, grid_id=grid_id)


def _code(exc: pytest.ExceptionInfo) -> str:
    return exc.value.code.value


def test_areas_nest_by_code_prefix() -> None:
    assert levels.area_at(GRID, "district") == "130203" and levels.area_at(GRID, "community") == "130203001002"
    assert levels.area_at(GRID, "city") is None and levels.area_at(None, "street") is None
    assert levels.inside(GRID, "130203001") and not levels.inside(GRID, "130203002")
    assert levels.inside(None, None) and not levels.inside(None, "130203")
    assert levels.overlaps(["130203"], "130203001") and levels.overlaps([GRID], "130203001")
    assert not levels.overlaps(["130284"], "130203001")


def test_a_report_is_held_by_its_street_and_old_events_are_settled() -> None:
    assert levels.reported(GRID) == {"level": "street", "held_by": "130203001"}
    assert levels.reported(None) == {"level": "city", "held_by": None}
    assert levels.holder(_event(held_by=None)) == ("street", "130203001")
    assert levels.holder(_event(held_by=None, grid_id=None)) == ("city", None)


def test_a_centre_acts_inside_its_area_at_its_level_or_below() -> None:
    assert levels.may_act(STREET, _event()) and levels.may_act(CITY, _event("city", None))
    assert levels.may_act(STREET, _event("community", "130203001002"))
    assert not levels.may_act(STREET, _event("district", "130203"))
    assert not levels.may_act(COMMUNITY, _event())
    assert not levels.may_act(Scope("street", "130203002"), _event())


def test_escalation_climbs_to_the_city_and_stays() -> None:
    free = levels.RELEASED  # the claim stays behind
    assert levels.escalated(_event("community", "130203001002")) == {"level": "street", "held_by": "130203001", **free}
    assert levels.escalated(_event()) == {"level": "district", "held_by": "130203", **free}
    assert levels.escalated(_event("district", "130203")) == {"level": "city", "held_by": None, **free}
    assert levels.escalated(_event("city", None)) == {}


@pytest.mark.parametrize(("scope", "to", "code"), [
    (STREET, "130203002", "forbidden"), (Scope("district", "130203"), "130203", "bad_request"),
    (CITY, GRID, "bad_request"), (CITY, "130203009", "not_found"),
])
def test_a_bad_delegation_is_refused(scope, to, code) -> None:
    with pytest.raises(CommandError) as exc:
        levels.delegated(scope, _event("district", "130203"), to, getattr(GRIDS.get(to), "kind", None))
    assert _code(exc) == code


def test_a_delegation_goes_to_a_centre_below_that_holds_the_case() -> None:
    moved = levels.delegated(CITY, _event("city", None), "130203001002", "community")
    assert moved == {"level": "community", "held_by": "130203001002", "claimed_by": None, "claimed_until": None}


def test_an_account_logs_in_only_with_a_scope_naming_an_area_of_its_level() -> None:
    assert levels.account_scope("operator", "city", None, GRIDS) is CITY
    assert levels.account_scope("wall", "street", "130203001", GRIDS) == STREET
    assert levels.account_scope("worker", None, None, GRIDS) is None
    for level, grid_id in [(None, None), ("street", "130203"), ("street", "130203009"), ("town", None),
                           ("city", "130203"), ("community", GRID)]:
        with pytest.raises(CommandError) as exc:
            levels.account_scope("supervisor", level, grid_id, GRIDS)
        assert _code(exc) == "unauthenticated"
