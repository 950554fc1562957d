"""Alert broadcast over a real hub (SQLite and PostgreSQL): who it reaches, sightings, history."""
from __future__ import annotations

import asyncio
from datetime import timedelta

import numpy as np
import pytest

from commandcenter.domain import alerts as alert_rules, clock
from commandcenter.replica import Replica
from commandcenter.sim.simulator import SimConfig, run_simulator
from tests.hubkit import Peer, start_hub

SIGHTING = {"type": "event.report", "category": "public_security", "title": "发现疑似协查对象",
            "description": "在建设路口见到穿蓝色外套的老人", "lat": 39.63, "lon": 118.18, "source": "worker",
            "severity": 3}


@pytest.fixture
async def desk(hub):
    peer = await Peer.login(hub.port, "operator")
    await peer.snapshot()
    yield peer
    await peer.close()


def _two_grids_and_an_outsider(hub) -> tuple[list[str], list[str], str]:
    """Two grids with workers, a worker of each, and a worker of another grid."""
    by_grid: dict[str, list[str]] = {}
    for w in hub.book.records:
        by_grid.setdefault(w.grid_id, []).append(w.id)
    grids = sorted(by_grid)[:3]
    return grids[:2], [by_grid[grids[0]][0], by_grid[grids[1]][0]], by_grid[grids[2]][0]


async def _worker(hub, worker_id: str) -> Peer:
    peer = await Peer.login(hub.port, worker_id)
    await peer.snapshot()
    return peer


async def _broadcast(desk: Peer, grid_ids: list[str], **extra) -> dict:
    return await desk.ok({"type": "alert.broadcast", "title": "寻找走失老人", "body": "82岁，穿蓝色外套",
                          "grid_ids": grid_ids, **extra})


async def test_an_alert_to_two_grids_reaches_exactly_their_workers(hub, desk):
    grids, inside, outside = _two_grids_and_an_outsider(hub)
    peers = [await _worker(hub, w) for w in [*inside, outside]]
    result = await _broadcast(desk, grids)
    assert result["recipients"] == alert_rules.recipients(hub.book.grid_ids, grids)
    assert result["recipients"] == sum(w.grid_id in grids for w in hub.book.records) >= 2
    for peer in peers[:2]:
        got = await peer.until(lambda f: f["type"] == "alert")
        assert got["alert"]["id"] == result["alert_id"]
    await peers[2].request({"type": "query.events"})  # anything queued to it before now has arrived
    assert not [f for f in peers[2].frames if f["type"] == "alert"]
    for peer in peers:
        await peer.close()


async def test_sightings_are_linked_and_queried_by_alert(hub, desk):
    grids, inside, _ = _two_grids_and_an_outsider(hub)
    field = await _worker(hub, inside[0])
    first, other = await _broadcast(desk, grids), await _broadcast(desk, grids[:1])
    mine = [(await field.ok({**SIGHTING, "alert_id": first["alert_id"]}))["event_id"] for _ in range(2)]
    await field.ok({**SIGHTING, "alert_id": other["alert_id"]})
    await field.ok({**SIGHTING, "title": "井盖破损", "category": "public_facility"})
    assert hub.state.event(mine[0]).alert_id == first["alert_id"]
    found = await desk.ok({"type": "query.events", "alert_id": first["alert_id"]})
    assert sorted(e["id"] for e in found["items"]) == sorted(mine)
    assert all(e["alert_id"] == first["alert_id"] for e in found["items"])
    await field.close()


async def test_a_sighting_of_an_unknown_or_expired_alert_is_refused(hub, desk):
    unknown = await desk.request({**SIGHTING, "source": "hotline", "alert_id": 999_999})
    assert unknown["code"] == "not_found"
    soon = (clock.now() + timedelta(seconds=1)).isoformat()
    alert = await _broadcast(desk, _two_grids_and_an_outsider(hub)[0], expires_at=soon)
    await asyncio.sleep(1.2)
    late = await desk.request({**SIGHTING, "source": "hotline", "alert_id": alert["alert_id"]})
    assert late["code"] == "conflict" and "expired" in late["message"]


async def test_a_desk_snapshot_carries_live_alerts_into_the_replica(hub, desk):
    alert = await _broadcast(desk, _two_grids_and_an_outsider(hub)[0])
    late = await Peer.login(hub.port, "supervisor")
    replica = Replica()
    changes = replica.apply({"type": "snapshot", **await late.snapshot()})
    assert alert["alert_id"] in replica.alerts and alert["alert_id"] in changes.inserted["alerts"]
    assert replica.alerts[alert["alert_id"]].recipients == alert["recipients"]
    await late.close()


async def test_simulated_recipients_report_sightings(sqlite_url):
    hub = await start_hub(sqlite_url)
    stop = asyncio.Event()
    sim = asyncio.create_task(run_simulator(SimConfig(f"ws://127.0.0.1:{hub.port}/ws", speed=600), stop))
    desk = await Peer.login(hub.port, "supervisor")
    await desk.snapshot()
    try:
        await asyncio.sleep(3)  # the simulator has loaded the city
        district = next(g.id for g in hub.state.grids.values() if g.kind == "district")
        alert = await _broadcast(desk, [district])
        sighting = await desk.until(lambda f: f.get("kind") == "event.created"
                                    and f["data"].get("alert_id") == alert["alert_id"], timeout=15)
    finally:
        stop.set()
        await asyncio.wait_for(sim, 10)
        await desk.close()
        await hub.stop()
    event = sighting["data"]
    assert event["source"] == "worker" and event["reported_by"] in set(np.asarray(hub.book.ids).tolist())
    assert alert_rules.reaches(event["grid_id"], [district])
