"""Tracks over a real hub (SQLite and PostgreSQL): one point per 15 s, impossible fixes kept out and
counted, ``query.track`` limits, permissions and audit, and the points surviving a restart."""
from __future__ import annotations

import asyncio

import pytest
from sqlalchemy import select

from commandcenter.domain import clock
from commandcenter.store import schema as t
from tests import fieldkit as fk
from tests.hubkit import Peer, start_hub


@pytest.fixture
async def peers(hub):
    desk, gateway = await Peer.login(hub.port, "supervisor"), await Peer.login(hub.port, "gateway")
    await desk.snapshot()
    yield desk, gateway
    await desk.close()
    await gateway.close()


async def walk(hub, gateway: Peer, worker) -> tuple[int, list[list]]:
    """24 fixes 5 s apart (half from the gateway in one frame, half from the worker's phone);
    returns the start and the expected track: the first fix of each 15-second slot."""
    t0 = fk.start_ms()
    lat, lon = fk.centre(hub.state.grids[worker.grid_id])
    fixes = [[worker.id, *fk.east(lat, lon, 4 * k), t0 + 5_000 * k, "patrol"] for k in range(24)]
    await fk.send_fixes(gateway, fixes[:12])
    phone = await Peer.login(hub.port, worker.id)
    for f in fixes[12:]:
        await phone.send({"type": "position", "lat": f[1], "lon": f[2], "at": clock.from_epoch_ms(f[3]).isoformat()})
    await phone.request({"type": "query.stats", "since": "2020-01-01T00:00:00+08:00",
                         "until": "2020-01-02T00:00:00+08:00"})  # a barrier: answered after the fixes
    await phone.close()
    return t0, [[*fk.kept(f[1], f[2]), f[3], "patrol"] for f in fixes[::3]]


async def test_a_walk_keeps_exactly_one_point_per_15_seconds(hub, peers):
    desk, gateway = peers
    worker, _ = fk.worker_in(hub)
    t0, expected = await walk(hub, gateway, worker)
    got = await fk.track(desk, worker.id, t0 - 60_000, t0 + 600_000)
    assert got["result"]["points"] == expected


async def test_impossible_fixes_stay_out_of_the_track_and_are_counted(hub, peers):
    desk, gateway = peers
    worker, grid = fk.worker_in(hub)
    lat, lon = fk.centre(grid)
    t0, before = fk.start_ms(), dict(hub.field.health())
    await fk.send_fixes(gateway, [[worker.id, lat, lon, t0, "patrol"], [worker.id, 10.0, 20.0, t0 + 15_000, "patrol"],
                                  [worker.id, *fk.east(lat, lon, 5_000), t0 + 30_000, "patrol"],
                                  [worker.id, *fk.east(lat, lon, 20), t0 + 45_000, "patrol"]])
    got = await fk.track(desk, worker.id, t0, t0 + 60_000)
    assert [p[2] for p in got["result"]["points"]] == [t0, t0 + 45_000]
    after = hub.field.health()
    assert after["rejected_place"] - before["rejected_place"] == 1
    assert after["rejected_jump"] - before["rejected_jump"] == 1


async def test_a_track_query_over_24_hours_is_a_bad_request(hub, peers):
    desk, _ = peers
    worker, _ = fk.worker_in(hub)
    now = clock.to_epoch_ms(clock.now())
    got = await fk.track(desk, worker.id, now - 25 * 3_600_000, now)
    assert (got["type"], got["code"]) == ("error", "bad_request")


async def audit_rows(hub, command: str, count: int) -> list:
    def read():
        with hub.store.engine.connect() as conn:
            return conn.execute(select(t.audit.c.user, t.audit.c.outcome).where(t.audit.c.command == command)).all()
    for _ in range(50):
        rows = await hub._db(read)
        if len(rows) >= count:
            return sorted(tuple(r) for r in rows)
        await asyncio.sleep(0.1)
    return sorted(tuple(r) for r in rows)


async def test_every_track_query_is_audited_and_a_worker_is_forbidden(hub, peers):
    desk, _ = peers
    worker, _ = fk.worker_in(hub)
    now = clock.to_epoch_ms(clock.now())
    assert (await fk.track(desk, worker.id, now - 3_600_000, now))["type"] == "ack"
    assert await audit_rows(hub, "query.track", 1) == [("supervisor", "ok")]
    phone = await Peer.login(hub.port, worker.id)
    refused = await fk.track(phone, worker.id, now - 3_600_000, now)
    await phone.close()
    assert (refused["type"], refused["code"]) == ("error", "forbidden")
    assert await audit_rows(hub, "query.track", 2) == sorted([("supervisor", "ok"), (worker.id, "forbidden")])


async def test_the_track_survives_a_restart(db_url):
    hub = await start_hub(db_url)
    gateway = await Peer.login(hub.port, "gateway")
    worker, _ = fk.worker_in(hub)
    t0, expected = await walk(hub, gateway, worker)
    await gateway.close()
    await hub.stop()
    hub = await start_hub(db_url)
    desk = await Peer.login(hub.port, "supervisor")
    got = await fk.track(desk, worker.id, t0 - 60_000, t0 + 600_000)
    await desk.close()
    await hub.stop()
    assert got["result"]["points"] == expected
