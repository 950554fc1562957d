"""Helpers for the field tests: a worker and their grid, walks in simulated time, barriers."""
from __future__ import annotations

import math

from commandcenter.domain import clock, field as rules
from tests.hubkit import Peer

M_PER_DEG = 111_320.0


def worker_in(hub, kind: str = "comprehensive", skip: int = 0):
    """A worker whose grid is of ``kind``, and that grid."""
    found = [w for w in hub.book.records if hub.state.grids[w.grid_id].kind == kind]
    worker = found[skip]
    return worker, hub.state.grids[worker.grid_id]


def centre(grid) -> tuple[float, float]:
    """(lat, lon): the mean of the ring's corners."""
    ring = grid.polygon[:-1]
    return round(sum(p[1] for p in ring) / len(ring), 6), round(sum(p[0] for p in ring) / len(ring), 6)


def west_of(grid, metres: float) -> tuple[float, float]:
    """(lat, lon) ``metres`` due west of the grid's westernmost corner: that far outside it."""
    lon, lat = min(grid.polygon, key=lambda p: p[0])
    return lat, round(lon - metres / (M_PER_DEG * math.cos(math.radians(lat))), 6)


def east(lat: float, lon: float, metres: float) -> tuple[float, float]:
    return lat, round(lon + metres / (M_PER_DEG * math.cos(math.radians(lat))), 6)


def kept(lat: float, lon: float) -> list[float]:
    """A place as a track keeps it (rounded to the track step)."""
    return (rules.track_e6([lat, lon]) / 1e6).tolist()


#: how far a replayed place may be from the fix it came from
KEPT_TOLERANCE = rules.TRACK_STEP_E6 / 2e6


def start_ms(minutes: float = 30) -> int:
    """A slot boundary a minute from now, moved to the next day if a walk of ``minutes`` would
    cross midnight (fixes carry simulated times; the hub keys by their own epoch ms)."""
    t0 = (clock.to_epoch_ms(clock.now()) + 60_000) // rules.TRACK_SLOT_MS * rules.TRACK_SLOT_MS + rules.TRACK_SLOT_MS
    if rules.day_number(t0) != rules.day_number(t0 + int(minutes * 60_000)):
        t0 = (int(rules.day_number(t0)) + 1) * rules.DAY_MS - 8 * rules.HOUR_MS + 60_000
    return t0


async def send_fixes(gateway: Peer, items: list[list]) -> None:
    """Send ``positions`` as the gateway, and wait until the hub has taken them."""
    await gateway.send({"type": "positions", "items": items})
    await gateway.request({"type": "query.events"})  # refused for a gateway, but answered in order


async def track(desk: Peer, worker_id: str, since_ms: int, until_ms: int) -> dict:
    return await desk.request({"type": "query.track", "worker_id": worker_id,
                               "since": clock.from_epoch_ms(since_ms).isoformat(),
                               "until": clock.from_epoch_ms(until_ms).isoformat()})
