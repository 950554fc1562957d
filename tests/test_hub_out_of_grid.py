"""Out-of-grid over a real hub (SQLite and PostgreSQL): a worker on duty who stays more than 50 m
outside their grid for 15 (simulated) minutes is flagged with an alert to the desks, and cleared on
return; 30 m outside is not out; the flag survives a restart."""
from __future__ import annotations

import pytest

from commandcenter.domain import clock
from tests import fieldkit as fk
from tests.hubkit import Peer, start_hub

MIN = 60_000


@pytest.fixture
async def peers(hub):
    desk, gateway = await Peer.login(hub.port, "operator"), await Peer.login(hub.port, "gateway")
    await desk.snapshot()
    yield desk, gateway
    await desk.close()
    await gateway.close()


async def leave(hub, gateway: Peer, minutes: list[int], metres: float = 200) -> tuple:
    """The worker patrols inside, then is ``metres`` west of the grid at each of ``minutes``."""
    worker, grid = fk.worker_in(hub)
    t0 = fk.start_ms()
    await fk.send_fixes(gateway, [[worker.id, *fk.centre(grid), t0, "patrol"]])
    out = fk.west_of(grid, metres)
    await fk.send_fixes(gateway, [[worker.id, *out, t0 + MIN * m, "patrol"] for m in minutes])
    return worker, grid, t0


def worker_delta(frame: dict, worker_id: str) -> bool:
    return frame.get("kind") == "worker.updated" and frame["data"]["id"] == worker_id


async def test_fourteen_minutes_out_is_not_yet_flagged(hub, peers):
    desk, gateway = peers
    worker, _, _ = await leave(hub, gateway, [1, 8, 15])
    await desk.request({"type": "query.events", "limit": 1})
    assert hub.book.get(worker.id).out_of_grid_since is None
    assert not [f for f in desk.frames if worker_delta(f, worker.id)]


async def test_fifteen_minutes_out_raises_the_alert_and_return_clears_it(hub, peers):
    desk, gateway = peers
    worker, grid, t0 = await leave(hub, gateway, [1, 8, 16])
    flagged = await desk.until(lambda f: worker_delta(f, worker.id))
    assert flagged["data"]["out_of_grid_since"] == clock.from_epoch_ms(t0 + MIN).isoformat()
    alert = await desk.until(lambda f: f.get("kind") == "alert.created")
    assert (alert["data"]["kind"], alert["data"]["worker_id"], alert["data"]["grid_ids"]) == (
        "out_of_grid", worker.id, [grid.id])
    await fk.send_fixes(gateway, [[worker.id, *fk.centre(grid), t0 + 17 * MIN, "patrol"]])
    back = await desk.until(lambda f: worker_delta(f, worker.id))
    assert back["data"]["out_of_grid_since"] is None


async def test_thirty_metres_out_is_within_the_tolerance(hub, peers):
    desk, gateway = peers
    worker, _, _ = await leave(hub, gateway, [1, 10, 20, 30], metres=30)
    await desk.request({"type": "query.events", "limit": 1})
    row = hub.book.index[worker.id]
    assert hub.field.watch.since[row] == 0 and hub.book.get(worker.id).out_of_grid_since is None


async def test_a_worker_off_duty_is_never_out(hub, peers):
    _, gateway = peers
    worker, grid = fk.worker_in(hub)
    t0 = fk.start_ms()
    await fk.send_fixes(gateway, [[worker.id, *fk.west_of(grid, 500), t0 + MIN * m, "busy"] for m in (0, 20)])
    assert hub.field.watch.since[hub.book.index[worker.id]] == 0


async def test_the_flag_survives_a_restart(db_url):
    hub = await start_hub(db_url)
    gateway, desk = await Peer.login(hub.port, "gateway"), await Peer.login(hub.port, "operator")
    worker, _, t0 = await leave(hub, gateway, [1, 16])
    await desk.until(lambda f: worker_delta(f, worker.id))
    await gateway.close()
    await desk.close()
    await hub.stop()
    hub = await start_hub(db_url)
    since = hub.book.get(worker.id).out_of_grid_since
    flagged = bool(hub.field.watch.flagged[hub.book.index[worker.id]])
    await hub.stop()
    assert (since, flagged) == (clock.from_epoch_ms(t0 + MIN), True)
