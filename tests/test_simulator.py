"""The simulator plays the demo city through the protocol against a real hub."""
from __future__ import annotations

import asyncio
import collections
import time

import msgspec
import numpy as np

from commandcenter.sim.simulator import SimConfig, run_simulator
from tests.hubkit import start_hub


async def test_simulator_keeps_a_demo_city_flowing(sqlite_url):
    hub = await start_hub(sqlite_url)
    start_seq, start_ms = hub.state.seq, hub.book.at_ms.copy()
    stop = asyncio.Event()
    config = SimConfig(f"ws://127.0.0.1:{hub.port}/ws", speed=600, report_rate_per_hour=600)
    sim = asyncio.create_task(run_simulator(config, stop))
    try:
        await asyncio.sleep(20)
    finally:
        stop.set()
        await asyncio.wait_for(sim, 10)
    rows = await hub._db(hub.store.journal_after, start_seq, 1_000_000)
    moved = int(np.count_nonzero(hub.book.at_ms > start_ms))
    links = list(hub.state.video_links.items.values())
    await hub.stop()

    created = [r for r in rows if r.kind == "event.created"]
    reporters = {msgspec.json.decode(r.entity)["source"] for r in created}
    assert len(created) >= 5 and "worker" in reporters
    assert "sos" in reporters  # about one SOS per 30 simulated minutes
    orders = collections.Counter(msgspec.json.decode(r.entity)["status"] for r in rows if r.kind.startswith("order."))
    assert orders["received"] and orders["completed"], orders
    statuses = {msgspec.json.decode(r.entity)["status"] for r in rows if r.kind == "event.updated"}
    assert {"accepted", "dispatched", "resolved"} <= statuses, statuses
    assert moved >= len(hub.book) // 2  # the gateway forwards the walk of most workers
    recent = [v for v in links if v.last_seen and time.time() - v.last_seen.timestamp() < 30]
    assert len(recent) >= len(links) // 2
    assert {r.seq for r in rows} == set(range(start_seq + 1, start_seq + len(rows) + 1))  # gap-free
