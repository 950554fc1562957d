"""Patrol coverage over a real hub (SQLite and PostgreSQL): a walk across a known grid covers the
cells it crossed, only on patrol and only in the walker's own grid; areas add up; a restart keeps it."""
from __future__ import annotations

import math

import pytest

from commandcenter.domain import field as rules
from tests import fieldkit as fk
from tests.hubkit import Peer, start_hub


@pytest.fixture
async def peers(hub):
    desk, gateway = await Peer.login(hub.port, "supervisor"), await Peer.login(hub.port, "gateway")
    await desk.snapshot()
    yield desk, gateway
    await desk.close()
    await gateway.close()


def crossing(grid, worker_id: str, t0: int, status: str = "patrol") -> list[list]:
    """West to east through the grid's middle, one fix per 15-second slot, 10 m apart."""
    lat, _ = fk.centre(grid)
    west = min(p[0] for p in grid.polygon) + 1e-4
    east = max(p[0] for p in grid.polygon) - 1e-4
    steps = int((east - west) * fk.M_PER_DEG * math.cos(math.radians(lat)) / 10)
    return [[worker_id, *fk.east(lat, west, 10 * k), t0 + 15_000 * k, status] for k in range(steps)]


async def coverage(desk: Peer, t0: int, group_by: str = "grid") -> dict:
    got = await desk.ok({"type": "query.coverage", "date": rules.day_name(rules.day_number(t0)), "group_by": group_by})
    return {row["key"]: row for row in got["rows"]}


async def test_a_walk_across_a_grid_covers_the_cells_on_its_line(hub, peers):
    desk, gateway = peers
    worker, grid = fk.worker_in(hub)
    t0 = fk.start_ms(60)
    walk = crossing(grid, worker.id, t0)
    await fk.send_fixes(gateway, walk)
    row = (await coverage(desk, t0))[grid.id]
    cells = int(hub.field.coverage.raster.cells[hub.field.coverage.raster.index[grid.id]])
    crossed = (len(walk) - 1) * 10 / rules.COVERAGE_CELL_M  # the line's length in cells
    assert crossed * 0.8 <= row["coverage"] * cells <= crossed * 1.3 + 1
    assert row["patrol_minutes"] == pytest.approx((len(walk) - 1) / 4, abs=0.1)
    assert row["distance_km"] == pytest.approx((len(walk) - 1) / 100, rel=0.02)
    assert row["workers"] == 1


async def test_idle_fixes_and_another_grids_worker_cover_nothing(hub, peers):
    desk, gateway = peers
    worker, grid = fk.worker_in(hub)
    other = next(w for w in hub.book.records if w.grid_id != grid.id)
    t0 = fk.start_ms(60)
    await fk.send_fixes(gateway, crossing(grid, worker.id, t0, "idle") + crossing(grid, other.id, t0))
    row = (await coverage(desk, t0))[grid.id]
    assert (row["coverage"], row["workers"]) == (0.0, 0)


async def test_a_community_adds_up_its_grids(hub, peers):
    desk, gateway = peers
    worker, grid = fk.worker_in(hub)
    t0 = fk.start_ms(60)
    await fk.send_fixes(gateway, crossing(grid, worker.id, t0))
    grids, community = await coverage(desk, t0), (await coverage(desk, t0, "community"))[grid.parent]
    raster = hub.field.coverage.raster
    mine = [g for g in grids if g.startswith(grid.parent)]
    cells = {g: int(raster.cells[raster.index[g]]) for g in mine}
    covered = sum(grids[g]["coverage"] * cells[g] for g in mine)
    assert community["coverage"] == pytest.approx(covered / sum(cells.values()), abs=1e-3)
    assert community["workers"] == 1


async def test_the_day_survives_a_restart(db_url):
    hub = await start_hub(db_url)
    gateway = await Peer.login(hub.port, "gateway")
    worker, grid = fk.worker_in(hub)
    t0 = fk.start_ms(60)
    await fk.send_fixes(gateway, crossing(grid, worker.id, t0))
    await gateway.close()
    await hub.stop()
    hub = await start_hub(db_url)
    desk = await Peer.login(hub.port, "supervisor")
    row = (await coverage(desk, t0))[grid.id]
    await desk.close()
    await hub.stop()
    assert row["coverage"] > 0 and row["workers"] == 1


async def test_a_bad_date_is_a_bad_request(hub, peers):
    desk, _ = peers
    got = await desk.request({"type": "query.coverage", "date": "2026-13-01"})
    assert (got["type"], got["code"]) == ("error", "bad_request")
