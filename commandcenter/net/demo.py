"""``--demo``: an empty database gets the demo city and the demo accounts (password ``demo``)."""
from __future__ import annotations

import logging
import time

from commandcenter.domain import clock
from commandcenter.domain.codes import DESK_ROLES
from commandcenter.store.bulk import load_city
from commandcenter.store.store import Store

from .auth import hash_password

log = logging.getLogger("hub")

DEMO_PASSWORD = "demo"


def demo_accounts(city, password_hash: str) -> list[dict]:
    """Every demo account; desk users are city-level but for the scoped ones (``city.scopes``)."""
    names = {w.id: w.name for w in city.workers}
    return [
        {"name": name, "role": role, "department": department, "worker_id": worker_id,
         "display_name": names.get(worker_id, name), "password_hash": password_hash,
         "failed_logins": 0, "locked_until_ms": None, **_scope(city, name, role)}
        for name, role, department, worker_id in city.users
    ]


def _scope(city, name: str, role: str) -> dict:
    if role not in DESK_ROLES:
        return {"scope_level": None, "scope_grid": None}
    level, grid_id = city.scopes.get(name, ("city", None))
    return {"scope_level": level, "scope_grid": grid_id}


def load_demo(store: Store, scale: str) -> None:
    """Build the demo city at ``scale`` and insert it (one shared hash: a demo database only)."""
    from commandcenter.sim.city import build_city

    started = time.perf_counter()
    city = build_city(scale, now=clock.now())
    counts = load_city(store, city, demo_accounts(city, hash_password(DEMO_PASSWORD)))
    log.info("demo city (%s) loaded in %.1f s: %s", scale, time.perf_counter() - started,
             ", ".join(f"{v} {k}" for k, v in counts.items()))
