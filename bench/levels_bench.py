"""A street centre's desk at Tangshan scale (PROTOCOL.md "Levels"): its snapshot against the city's.

Runs on its own copy of the Tangshan benchmark database (the cold-start benchmark's, if there, so
the city is not built twice), migrated and given the scoped demo accounts.
"""
from __future__ import annotations

import asyncio
import shutil
import time
from pathlib import Path

import numpy as np

from commandcenter.net.auth import hash_password
from commandcenter.net.demo import DEMO_PASSWORD, load_demo
from commandcenter.net.hub import Hub, HubConfig
from commandcenter.sim.city import scoped_users

from .coldstart import FOLDER as COLDSTART_FOLDER
from .common import drain_snapshot, login, record

FOLDER = Path("/tmp/cc-bench-tangshan-levels")
GOAL_S = 0.3


async def _hub() -> Hub:
    FOLDER.mkdir(exist_ok=True)
    db, source = FOLDER / "hub.sqlite3", COLDSTART_FOLDER / "hub.sqlite3"
    if not db.exists() and source.exists():
        shutil.copyfile(source, db)
    hub = Hub(HubConfig(db_url=f"sqlite:///{db}", port=0, send_queue_bytes=1 << 30))
    await hub._db(hub.store.migrate, writer=True)
    if await hub._db(hub.store.is_empty):
        await hub._db(load_demo, hub.store, "tangshan", writer=True)
    await hub.start()
    return hub


def _street_account(hub: Hub) -> str:
    """``operator.<street code>`` of the first district's first street, added if the database predates it."""
    scopes = scoped_users(sorted(hub.state.grids.values(), key=lambda g: g.id))
    name = next(n for n, (level, _) in scopes.items() if level == "street" and n.startswith("operator."))
    if hub.auth.accounts.get(name) is None:
        level, grid_id = scopes[name]
        hub.auth.accounts.add([{"name": name, "role": "operator", "department": None, "worker_id": None,
                                "display_name": name, "password_hash": hash_password(DEMO_PASSWORD),
                                "failed_logins": 0, "locked_until_ms": None, "scope_level": level,
                                "scope_grid": grid_id}])
    return name


async def _snapshot(port: int, user: str) -> tuple[float, float, int]:
    """Seconds from hello to welcome (the password check and token write), from welcome to the last
    snapshot part, and the bytes received."""
    started = time.perf_counter()
    ws, _ = await login(port, user)
    welcomed = time.perf_counter()
    size = await drain_snapshot(ws)
    done = time.perf_counter()
    await ws.close()
    return welcomed - started, done - welcomed, size


def _stir(hub: Hub) -> None:
    """Every worker reports a position: the city's cached worker JSON is stale, as on a live hub."""
    book = hub.book
    now = int(time.time() * 1000)
    book.apply([[w, float(book.lat[i]) + 1e-5, float(book.lon[i]), now, "patrol"]
                for i, w in enumerate(book.ids.tolist()) if not np.isnan(book.lat[i])])


async def bench() -> None:
    print("a street centre's desk at --demo-scale tangshan (90,000 workers, 75,000 grids)")
    hub = await _hub()
    street = _street_account(hub)
    city = await _snapshot(hub.port, "operator")
    first = await _snapshot(hub.port, street)
    again = await _snapshot(hub.port, street)
    _stir(hub)
    live = await _snapshot(hub.port, street)
    area = street.split(".", 1)[1]
    events = sum(1 for e in hub.state.events.items.values() if (e.grid_id or "").startswith(area))
    record(f"street desk {street}: events / workers in its area",
           f"{events:,} / {int(hub.fanout.area_mask(area).sum()):,}")
    record("city desk: welcome to last snapshot part (s)", f"{city[1]:.3f} ({city[2] / 1e6:.1f} MB)")
    record(f"street desk: welcome to last snapshot part (s, goal <= {GOAL_S})",
           f"{first[1]:.3f} ({first[2] / 1e6:.1f} MB)")
    record("street desk: again / after every worker moved (s)", f"{again[1]:.3f} / {live[1]:.3f}")
    record("street desk: hello to welcome, password and token (s)", f"{first[0]:.3f} / {again[0]:.3f}")
    record("street / city snapshot time (ratio)", f"{first[1] / city[1]:.3f}")
    await hub.stop()


if __name__ == "__main__":
    asyncio.run(bench())
