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
        for _ in range(30):  # until the city has shown every kind of flow, or 30 s
            await asyncio.sleep(1)
            seen = await _flow(hub, start_seq, start_ms)
            if not _missing(hub, seen):
                break
    finally:
        stop.set()
        await asyncio.wait_for(sim, 10)
    seen = await _flow(hub, start_seq, start_ms)
    await hub.stop()
    assert not _missing(hub, seen), _missing(hub, seen)
    rows = seen["rows"]
    assert {r.seq for r in rows} == set(range(start_seq + 1, start_seq + len(rows) + 1))  # gap-free


async def _flow(hub, start_seq: int, start_ms) -> dict:
    rows = await hub._db(hub.store.journal_after, start_seq, 1_000_000)
    links = list(hub.state.video_links.items.values())
    created = [msgspec.json.decode(r.entity) for r in rows if r.kind == "event.created"]
    return {"rows": rows, "created": created,
            "orders": collections.Counter(msgspec.json.decode(r.entity)["status"] for r in rows
                                          if r.kind.startswith("order.")),
            "statuses": {msgspec.json.decode(r.entity)["status"] for r in rows if r.kind == "event.updated"},
            "moved": int(np.count_nonzero(hub.book.at_ms > start_ms)),
            "links": len(links),
            "recent": sum(1 for v in links if v.last_seen and time.time() - v.last_seen.timestamp() < 30)}


def _missing(hub, seen: dict) -> list[str]:
    """What the simulated city has not shown yet."""
    checks = {
        "five reports, some by workers": len(seen["created"]) >= 5
        and "worker" in {e["source"] for e in seen["created"]},
        "an SOS (about one per 30 simulated minutes)": "sos" in {e["source"] for e in seen["created"]},
        "orders received and completed": bool(seen["orders"]["received"] and seen["orders"]["completed"]),
        "cases accepted, dispatched, resolved": {"accepted", "dispatched", "resolved"} <= seen["statuses"],
        "most workers walked (the gateway)": seen["moved"] >= len(hub.book) // 2,
        "most video links alive": seen["recent"] >= seen["links"] // 2,
    }
    return [name for name, ok in checks.items() if not ok]
