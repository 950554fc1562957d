"""Helpers for the level tests: the tiny demo city's scoped centres, grids inside and outside them."""
from __future__ import annotations

from sqlalchemy import update

from commandcenter.net.auth import hash_password
from commandcenter.store import schema as t

DISTRICT, STREET, COMMUNITY = "130203", "130203001", "130203001001"
OTHER_STREET = "130203002"  # the district's other street
SEEN_FOREVER = {"since": "2000-01-01T00:00:00+08:00", "until": "2100-01-01T00:00:00+08:00"}


def grid_in(hub, area: str, but_not: str | None = None) -> str:
    """A comprehensive grid inside ``area`` (and outside ``but_not``)."""
    return next(g.id for g in sorted(hub.state.grids.values(), key=lambda g: g.id)
                if g.kind == "comprehensive" and g.id.startswith(area) and not (but_not and g.id.startswith(but_not)))


def report(hub, grid_id: str, **more) -> dict:
    """An ``event.report`` in the middle of ``grid_id``."""
    ring = hub.state.grids[grid_id].polygon[:-1]
    lon, lat = sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)
    return {"type": "event.report", "category": "sanitation", "title": "垃圾堆放", "description": "",
            "lat": lat, "lon": lon, "source": "hotline", "severity": 2, "grid_id": grid_id, **more}


def add_desk(hub, name: str, role: str, level: str | None, grid_id: str | None) -> None:
    hub.auth.accounts.add([{"name": name, "role": role, "department": None, "worker_id": None,
                            "display_name": name, "password_hash": hash_password("demo"), "failed_logins": 0,
                            "locked_until_ms": None, "scope_level": level, "scope_grid": grid_id}])


def set_scope(hub, name: str, level: str | None, grid_id: str | None) -> None:
    with hub.store.engine.begin() as conn:
        conn.execute(update(t.users).where(t.users.c.name == name).values(scope_level=level, scope_grid=grid_id))


def worker_in(hub, area: str) -> str:
    return next(w.id for w in hub.book.records if w.grid_id.startswith(area))


def deltas(frames: list[dict], kind: str = "event.") -> list[dict]:
    return [f["data"] for f in frames if f.get("type") == "delta" and f["kind"].startswith(kind)]
