"""Filtered views: no liaison or worker sees another department's or worker's data, in a
snapshot, a delta, a resume or a query (checked against what the operator sees)."""
from __future__ import annotations

import asyncio

import pytest

from tests.hubkit import Peer, start_hub

REPORT = {"type": "event.report", "category": "other", "title": "t", "description": "", "lat": 39.63,
          "lon": 118.18, "source": "citizen", "severity": 1}
DAY = {"since": "2000-01-01T00:00:00+08:00", "until": "2100-01-01T00:00:00+08:00"}


async def _dispatched(desk: Peer, to: dict) -> int:
    event_id = (await desk.ok(REPORT))["event_id"]
    await desk.ok({"type": "event.accept", "event_id": event_id, "tier": "medium"})
    await desk.ok({"type": "order.dispatch", "event_id": event_id, "to": to})
    return event_id


@pytest.fixture
async def city(db_url):
    hub = await start_hub(db_url)
    desk = await Peer.login(hub.port, "operator")
    workers = [w.id for w in hub.book.records[:2]]
    mine = {"urban": await _dispatched(desk, {"department": "urban"}),
            "police": await _dispatched(desk, {"department": "police"}),
            workers[0]: await _dispatched(desk, {"worker_id": workers[0]}),
            workers[1]: await _dispatched(desk, {"worker_id": workers[1]})}
    yield hub, desk, workers, mine
    await desk.close()
    await hub.stop()


def held_by(hub, department: str | None = None, worker_id: str | None = None) -> set[int]:
    """The open events the hub's own state has with that department or worker (the full view)."""
    return {e.id for e in hub.state.events.items.values() if e.assignee and e.status not in ("archived", "rejected")
            and (e.assignee.department, e.assignee.worker_id) == (department, worker_id)}


def _event_ids(frames: list[dict]) -> set[int]:
    ids = set()
    for frame in frames:
        if frame.get("type") == "delta" and frame["kind"].startswith("event."):
            ids.add(frame["data"]["id"])
        elif frame.get("type") == "delta" and frame["kind"].startswith("order."):
            ids.add(frame["data"]["event_id"])
    return ids


async def test_a_liaison_sees_only_their_department_everywhere(city):
    hub, desk, _, mine = city
    urban = await Peer.login(hub.port, "liaison.urban")
    snap = await urban.snapshot()
    assert {e["id"] for e in snap["events"]} == held_by(hub, "urban")
    assert mine["urban"] in held_by(hub, "urban")
    assert {o["assignee"].get("department") for o in snap["orders"]} == {"urban"}
    await _dispatched(desk, {"department": "police"})
    fresh = await _dispatched(desk, {"department": "urban"})
    await urban.until(lambda f: f.get("type") == "delta" and f["data"].get("event_id") == fresh)
    assert _event_ids(urban.frames) <= {fresh}
    found = await urban.ok({"type": "query.events", "limit": 1000})
    assert {(e["assignee"] or {}).get("department") for e in found["items"]} == {"urban"}
    assert held_by(hub, "urban") <= {e["id"] for e in found["items"]}
    everyone = await desk.ok({"type": "query.events", "limit": 1000})
    assert len(everyone["items"]) > len(found["items"])
    stats = await urban.ok({"type": "query.stats", **DAY})
    assert stats["rows"][0]["reported"] == len(found["items"])
    await urban.close()


async def test_a_liaison_resuming_gets_only_their_deltas(city):
    hub, desk, _, _ = city
    seq = hub.state.seq
    await _dispatched(desk, {"department": "police"})
    fresh = await _dispatched(desk, {"department": "urban"})
    urban = await Peer.login(hub.port, "liaison.urban", resume_from=seq)
    await urban.until(lambda f: f.get("type") == "delta" and f["data"].get("event_id") == fresh)
    assert not any(f.get("type") == "snapshot" for f in urban.frames)
    assert _event_ids(urban.frames) <= {fresh}
    await urban.close()


async def test_a_worker_sees_only_their_own_orders_and_may_not_query(city):
    hub, desk, workers, mine = city
    first = await Peer.login(hub.port, workers[0])
    snap = await first.snapshot()
    assert {e["id"] for e in snap["events"]} == held_by(hub, worker_id=workers[0]) and mine[workers[0]] in held_by(
        hub, worker_id=workers[0])
    assert {o["assignee"].get("worker_id") for o in snap["orders"]} == {workers[0]}
    await _dispatched(desk, {"worker_id": workers[1]})
    await asyncio.sleep(0.3)
    answer = await first.request({"type": "query.events"})
    assert answer["code"] == "forbidden"
    assert _event_ids(first.frames) == set()
    await first.close()
