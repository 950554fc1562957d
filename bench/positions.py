"""Positions ingest: gateway frames through the hub (auth, validation, coalescing, fan-out to
20 desks) vs a bare websockets server receiving the same frames."""
from __future__ import annotations

import asyncio
import json
import sys
import time

import msgspec
import numpy as np
from websockets.asyncio.client import connect
from websockets.asyncio.server import serve

from commandcenter.domain.clock import now
from commandcenter.domain.entities import Worker
from commandcenter.store import schema as t
from commandcenter.store.bulk import insert_all
from commandcenter.store.rows import worker_row

from .common import Timer, demo_hub, login, record

DESKS = 20
WORKERS = 90_000
ROUNDS = 10
PER_FRAME = 10_000


def synthetic_workers(grid_ids: list[str], count: int) -> list[Worker]:
    at = now()
    return [Worker(id=f"s{i:06d}", name="网格员", kind="full_time", grid_id=grid_ids[i % len(grid_ids)],
                   status="patrol", lat=39.6, lon=118.2, at=at) for i in range(count)]


def gateway_frames(ids: list[str], rounds: int) -> list[str]:
    rng = np.random.default_rng(1)
    base = int(time.time() * 1000) + 3_600_000  # newer than the workers' last fix
    frames = []
    for r in range(rounds):
        lat = (39.6 + rng.random(len(ids)) * 0.1).round(6).tolist()
        lon = (118.1 + rng.random(len(ids)) * 0.2).round(6).tolist()
        for start in range(0, len(ids), PER_FRAME):
            rows = range(start, min(start + PER_FRAME, len(ids)))
            items = [[ids[i], lat[i], lon[i], base + r * 1000, "patrol"] for i in rows]
            frames.append(msgspec.json.encode({"type": "positions", "items": items}).decode())
    return frames


async def through_hub(frames: list[str]) -> tuple[float, int]:
    hub = await demo_hub("tiny", send_queue_bytes=256 * 1024 * 1024)
    grids = [g.id for g in hub.state.grids.values() if g.kind == "comprehensive"]
    await hub.stop()
    insert_all(hub.store, t.workers, map(worker_row, synthetic_workers(grids, WORKERS)))
    hub = await demo_hub("tiny", folder=str(hub.store.engine.url.database).rsplit("/", 1)[0],
                         send_queue_bytes=256 * 1024 * 1024)
    desks = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench.load", "desks", str(hub.port), "--desks", str(DESKS), "--seconds", "25",
        stdout=asyncio.subprocess.PIPE)
    await desks.stdout.readline()  # "ready": all desks hold their snapshot
    gateway, _ = await login(hub.port, "gateway")
    link = sorted(hub.state.video_links.items)[0]
    barrier = msgspec.json.encode({"type": "video.report", "id": "barrier", "link_id": link, "state": "up",
                                   "latency_ms": 1, "loss_pct": 0, "bitrate_kbps": 1}).decode()
    with Timer() as timer:
        for frame in frames:
            await gateway.send(frame)
        await gateway.send(barrier)
        while '"barrier"' not in await gateway.recv():
            pass
    out, _ = await desks.communicate()  # the counts, after the remaining seconds
    await hub.stop()
    return timer.seconds, json.loads(out)["items"]


async def bare(frames: list[str]) -> float:
    async def handler(ws):
        async for raw in ws:
            if '"barrier"' in raw:
                await ws.send('{"type":"ack","id":"barrier"}')

    server = await serve(handler, "127.0.0.1", 0, compression=None, max_size=2**20)
    ws = await connect(f"ws://127.0.0.1:{server.sockets[0].getsockname()[1]}/ws", compression=None)
    with Timer() as timer:
        for frame in frames:
            await ws.send(frame)
        await ws.send('{"id":"barrier"}')
        await ws.recv()
    await ws.close()
    server.close()
    return timer.seconds


async def bench() -> None:
    print(f"positions ingest ({WORKERS:,} workers x {ROUNDS} rounds, {PER_FRAME:,} items a frame, {DESKS} desks)")
    ids = [f"s{i:06d}" for i in range(WORKERS)]
    frames = gateway_frames(ids, ROUNDS)
    items = WORKERS * ROUNDS
    bare_s = await bare(frames)
    hub_s, delivered = await through_hub(frames)
    record("bare websockets server (items/s)", f"{items / bare_s:,.0f}")
    record("hub: validate, apply, coalesce, fan out (items/s)", f"{items / hub_s:,.0f}")
    record("hub / bare (goal >= 0.4)", f"{bare_s / hub_s:.2f}x")
    record("items delivered per desk after coalescing (of sent)", f"{delivered / DESKS:,.0f} of {items:,}")
