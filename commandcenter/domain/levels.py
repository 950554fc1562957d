"""Four levels of centres (PROTOCOL.md "Levels and the field"): scopes, who holds a case, who may act.

Tangshan runs one platform over four levels: the city commands, districts (县区) and streets
(乡镇街道) hold cases, communities (村社区) do the hands-on work. Every desk user has a
:class:`Scope`: a level and, below the city, the grid id of their area. Grid codes nest (a
district's code is its first 6 digits, a street's 9, a community's 12), so "inside an area" is a
prefix test on the grid id.

A case is held by one centre: ``level`` and ``held_by`` (that centre's area; null at the city).
A report is held by the street it lies in; ``event.escalate`` moves it one level up,
``event.delegate`` moves it down to a centre inside both the sender's area and the case's holder.
A user acts on the cases inside their area held at their own level or below.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum

import msgspec

from .codes import DESK_ROLES
from .errors import CommandError, ErrorCode, bad_request, forbidden, not_found


class Level(StrEnum):
    CITY = "city"
    DISTRICT = "district"
    STREET = "street"
    COMMUNITY = "community"


#: lowest first: a level may act on the cases held at its own rank or lower
RANKS = {Level.COMMUNITY: 0, Level.STREET: 1, Level.DISTRICT: 2, Level.CITY: 3}
#: digits of an area's grid code at each level below the city (PROTOCOL.md, grid codes)
CODE_LENGTH = {Level.DISTRICT: 6, Level.STREET: 9, Level.COMMUNITY: 12}
#: where a report is held when it comes in
REPORTED_LEVEL = Level.STREET
#: the ack's ``note`` when a case already held by the city is escalated
CITY_NOTE = "already held at city level: it stays with the city centre"


@dataclass(frozen=True, slots=True)
class Scope:
    """A desk user's centre: its level and the grid id of its area (None for the city)."""

    level: str = Level.CITY
    grid_id: str | None = None

    @property
    def area(self) -> str | None:
        return self.grid_id

    def wire(self) -> dict:
        return {"level": str(self.level), "grid_id": self.grid_id}


CITY = Scope()


def inside(grid_id: str | None, area: str | None) -> bool:
    """Whether a grid lies inside an area (every grid lies inside the city, ``area`` None)."""
    return area is None or (grid_id is not None and grid_id.startswith(area))


def overlaps(grid_ids: Iterable[str], area: str | None) -> bool:
    """Whether any of ``grid_ids`` lies inside ``area`` or contains it (an alert's reach)."""
    return area is None or any(g.startswith(area) or area.startswith(g) for g in grid_ids)


def rank(level: str) -> int:
    return RANKS[Level(level)]


def area_at(grid_id: str | None, level: str) -> str | None:
    """The area at ``level`` that holds ``grid_id`` (None at the city, or for a grid too coarse)."""
    length = CODE_LENGTH.get(Level(level))
    if grid_id is None or length is None or len(grid_id) < length:
        return None
    return grid_id[:length]


def level_of(area_id: str) -> Level | None:
    """The level whose areas have codes as long as ``area_id`` (None: not an area's code)."""
    return next((lv for lv, n in CODE_LENGTH.items() if n == len(area_id)), None)


def reported(grid_id: str | None) -> dict:
    """``level`` and ``held_by`` of a new report: its street, or the city when it has none."""
    street = area_at(grid_id, REPORTED_LEVEL)
    return {"level": str(REPORTED_LEVEL), "held_by": street} if street else {"level": str(Level.CITY), "held_by": None}


def holder(event) -> tuple[str, str | None]:
    """(level, area) of the centre holding ``event``; an event saved before levels existed is
    held where it would have been reported."""
    if event.level == Level.CITY or event.held_by is not None:
        return event.level, event.held_by
    area = area_at(event.grid_id, event.level)
    return (event.level, area) if area else (str(Level.CITY), None)


def settled(event):
    """``event`` with ``held_by`` filled in when it predates levels (else the same object)."""
    level, area = holder(event)
    if (level, area) == (event.level, event.held_by):
        return event
    return msgspec.structs.replace(event, level=level, held_by=area)


def may_act(scope: Scope, event) -> bool:
    """Inside the user's area, and held at the user's level or below."""
    return inside(event.grid_id, scope.area) and rank(holder(event)[0]) <= rank(scope.level)


def check_inside(scope: Scope, event) -> None:
    if not inside(event.grid_id, scope.area):
        raise forbidden(f"event {event.id} lies outside your area ({scope.area})")


def check_act(scope: Scope, event) -> None:
    """Raise ``forbidden`` unless :func:`may_act`, naming who holds the case."""
    check_inside(scope, event)
    level, area = holder(event)
    if rank(level) > rank(scope.level):
        raise forbidden(f"event {event.id} is held by the {level} centre ({area or 'city'}): "
                        f"a {scope.level} centre may not act on it")


def check_grids(scope: Scope, grid_ids: Iterable[str]) -> None:
    outside = [g for g in grid_ids if not inside(g, scope.area)]
    if outside:
        raise forbidden(f"grid {outside[0]} lies outside your area ({scope.area})")


#: a case that moves to another centre is that centre's to take up: the claim made at the old one goes
RELEASED = {"claimed_by": None, "claimed_until": None}


def escalated(event) -> dict:
    """``level`` and ``held_by`` one level up (the claim released); empty when the city holds it."""
    level, _ = holder(event)
    if level == Level.CITY:
        return {}
    up = next(lv for lv, r in RANKS.items() if r == rank(level) + 1)
    return {"level": str(up), "held_by": area_at(event.grid_id, up), **RELEASED}


def delegated(scope: Scope, event, to: str, kind: str | None) -> dict:
    """``level`` and ``held_by`` after delegating ``event`` to area ``to`` (of grid ``kind``, None
    when no such grid): the area must be a centre's, inside the sender's area, below the case's
    current level and hold the case's grid. The claim is released."""
    if kind is None:
        raise not_found(f"no area {to}")
    level = level_of(to)
    if level is None or kind != level:
        raise bad_request(f"{to} is a {kind}, not the area of a district, street or community centre")
    if not inside(to, scope.area):
        raise forbidden(f"area {to} lies outside your area ({scope.area})")
    held = holder(event)[0]
    if rank(level) >= rank(held):
        raise bad_request(f"event {event.id} is held at {held} level: delegate to a level below it, not {level}")
    if not inside(event.grid_id, to):
        raise bad_request(f"event {event.id} (grid {event.grid_id}) lies outside area {to}")
    return {"level": str(level), "held_by": to, **RELEASED}


def delegate_targets(scope: Scope, event) -> list[str]:
    """The areas ``scope`` may delegate ``event`` to (the desk's picker), highest first: one per level
    below the case's holder, the area there holding the case's grid, inside the sender's area; none
    when the sender may not act on the case. Each passes :func:`delegated`."""
    if not may_act(scope, event):
        return []
    held = rank(holder(event)[0])
    areas = ((lv, area_at(event.grid_id, lv)) for lv in (Level.DISTRICT, Level.STREET, Level.COMMUNITY))
    return [a for lv, a in areas if a is not None and rank(lv) < held and inside(a, scope.area)]


def account_scope(role: str, level: str | None, grid_id: str | None, grids: Mapping) -> Scope | None:
    """The scope of an account (None for workers and gateways); ``unauthenticated`` when a desk
    user has none, or one naming no area of its level."""
    if role not in DESK_ROLES:
        return None
    if level is None:
        raise _refuse("this account has no scope (city, district, street or community): ask an administrator")
    if level not in RANKS:
        raise _refuse(f"this account's scope level {level!r} is not city, district, street or community")
    if level == Level.CITY:
        if grid_id is not None:
            raise _refuse("this account's city scope names a grid: a city scope has none")
        return CITY
    grid = grids.get(grid_id) if grid_id else None
    if grid is None or grid.kind != level or level_of(grid_id) != level:
        raise _refuse(f"this account's {level} scope names no {level} area ({grid_id or 'none given'})")
    return Scope(Level(level), grid_id)


def _refuse(message: str) -> CommandError:
    return CommandError(ErrorCode.UNAUTHENTICATED, message)
