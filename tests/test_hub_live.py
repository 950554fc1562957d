"""The hub's own changes and its protection: deadlines, seat duty, slow consumers."""
from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from msgspec.structs import replace
from websockets.exceptions import ConnectionClosed

from commandcenter.domain import clock
from tests.hubkit import Peer, new_id, start_hub

REPORT = {"type": "event.report", "category": "sanitation", "title": "垃圾满溢", "description": "",
          "lat": 39.63, "lon": 118.18, "source": "citizen", "severity": 1}


async def test_deadline_sweep_flips_overdue_with_a_delta(sqlite_url):
    hub = await start_hub(sqlite_url)
    desk = await Peer.login(hub.port, "operator")
    event_id = (await desk.ok(REPORT))["event_id"]
    await desk.ok({"type": "event.accept", "event_id": event_id, "tier": "small"})

    def backdate(unit):
        event = hub.state.event(event_id)
        unit.put_event(replace(event, due_at=clock.now() - timedelta(seconds=1), version=event.version + 1))

    await hub.committer.submit_internal(backdate)
    hub._sweep()
    flipped = await desk.until(lambda f: f.get("kind") == "event.updated" and f["data"]["id"] == event_id
                               and f["data"]["overdue"])
    assert flipped["actor"] == "hub"
    await desk.close()
    await hub.stop()


async def test_liaison_presence_puts_the_seat_on_duty(sqlite_url):
    hub = await start_hub(sqlite_url)
    wall = await Peer.login(hub.port, "wall")
    await wall.snapshot()
    seat = await Peer.login(hub.port, "liaison.fire")
    on = await wall.until(lambda f: f.get("kind") == "seat.updated" and f["data"]["department"] == "fire")
    assert on["data"]["on_duty"] and on["data"]["liaison"] == "liaison.fire"
    await seat.close()
    off = await wall.until(lambda f: f.get("kind") == "seat.updated" and f["data"]["department"] == "fire")
    assert not off["data"]["on_duty"] and off["data"]["liaison"] is None
    await wall.close()
    await hub.stop()


async def test_dispatch_to_a_department_moves_its_seat_counters(sqlite_url):
    hub = await start_hub(sqlite_url)
    desk = await Peer.login(hub.port, "operator")
    before = hub.state.seat_for("housing").open_orders
    event_id = (await desk.ok(REPORT))["event_id"]
    await desk.ok({"type": "event.accept", "event_id": event_id, "tier": "medium"})
    await desk.ok({"type": "order.dispatch", "event_id": event_id, "to": {"department": "housing"}})
    seat = await desk.until(lambda f: f.get("kind") == "seat.updated" and f["data"]["department"] == "housing")
    assert seat["data"]["open_orders"] == before + 1
    await desk.close()
    await hub.stop()


@pytest.mark.parametrize("reader", ["wall"])
async def test_a_slow_consumer_is_closed_4408_and_others_carry_on(sqlite_url, reader):
    hub = await start_hub(sqlite_url, send_queue_bytes=2_000_000)
    slow = await Peer.login(hub.port, reader)
    desk = await Peer.login(hub.port, "operator")
    await desk.snapshot()
    big = {**REPORT, "description": "堵" * 1500}
    for _ in range(30):
        ids = [new_id("flood") for _ in range(100)]
        for rid in ids:
            await desk.send({**big, "id": rid})
        answers = [await desk.answer(rid, timeout=30) for rid in ids]
        assert all(a["type"] == "ack" for a in answers)
        desk.frames.clear()
    with pytest.raises(ConnectionClosed) as closed:
        async with asyncio.timeout(30):
            while True:
                await slow.ws.recv()
    assert closed.value.rcvd.code == 4408
    assert (await desk.request({"type": "grids.get", "limit": 1}))["type"] == "ack"
    await desk.close()
    await hub.stop()
