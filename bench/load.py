"""Client-side load, run in its own process so the hub's process pays only for the hub.

``python -m bench.load latency PORT --desks 20 --rate 500 --seconds 10`` prints JSON with the
command -> delta latencies seen at the desks; ``python -m bench.load desks PORT --desks 20
--seconds S`` keeps desks reading (counting positions items), prints ``ready`` once every desk
has its snapshot, and prints the counts at the end.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import time

import msgspec

from .common import drain_snapshot, login


async def desk(port: int, seen: dict[str, float] | None, counts: list[int], stop: asyncio.Event) -> None:
    ws, _ = await login(port, "operator")
    await drain_snapshot(ws)
    counts[1] += 1
    while not stop.is_set():
        try:
            raw = await asyncio.wait_for(ws.recv(), 0.2)
        except TimeoutError:
            continue
        arrived = time.time()
        if raw.startswith('{"type":"positions"'):
            counts[0] += raw.count("],[") + 1
        elif seen is not None and '"event.created"' in raw:
            start = raw.index('"title":"') + 9
            seen.setdefault(raw[start:raw.index('"', start)], []).append(arrived)
    await ws.close()


async def acks(ws, acked: dict[str, float]) -> None:
    async for raw in ws:
        if raw.startswith('{"type":"ack"'):
            start = raw.index('"id":"') + 6
            acked[raw[start:raw.index('"', start)]] = time.time()


async def driver(port: int, rate: int, seconds: float, sent: dict[str, float], acked: dict[str, float]) -> None:
    ws, _ = await login(port, "operator")
    await drain_snapshot(ws)
    reader = asyncio.create_task(acks(ws, acked))
    total = int(rate * seconds)
    start = time.time()
    for i in range(total):
        due = start + i / rate
        delay = due - time.time()
        if delay > 0:
            await asyncio.sleep(delay)
        title = f"lat-{i}"
        sent[title] = time.time()
        await ws.send(msgspec.json.encode({
            "type": "event.report", "id": title, "category": "sanitation", "title": title, "description": "",
            "lat": 39.63, "lon": 118.18, "source": "hotline", "severity": 1}).decode())
    await asyncio.sleep(2)
    await ws.close()
    await reader


async def latency(port: int, desks: int, rate: int, seconds: float) -> dict:
    seen: dict[str, list[float]] = {}
    sent: dict[str, float] = {}
    acked: dict[str, float] = {}
    counts, stop = [0, 0], asyncio.Event()
    tasks = [asyncio.create_task(desk(port, seen, counts, stop)) for _ in range(desks)]
    while counts[1] < desks:
        await asyncio.sleep(0.05)
    await driver(port, rate, seconds, sent, acked)
    stop.set()
    await asyncio.gather(*tasks)
    lat = sorted((t - sent[k]) * 1000 for k, times in seen.items() if k in sent for t in times)
    ack = sorted((t - sent[k]) * 1000 for k, t in acked.items() if k in sent)
    return {"ack_p50": ack[len(ack) // 2] if ack else None, "ack_p99": ack[int(len(ack) * 0.99)] if ack else None,
            "commands": len(sent), "deliveries": len(lat), "expected": len(sent) * desks,
            "p50": lat[len(lat) // 2] if lat else None, "p99": lat[int(len(lat) * 0.99)] if lat else None,
            "max": lat[-1] if lat else None}


async def desks_only(port: int, desks: int, seconds: float) -> dict:
    counts, stop = [0, 0], asyncio.Event()
    tasks = [asyncio.create_task(desk(port, None, counts, stop)) for _ in range(desks)]
    while counts[1] < desks:
        await asyncio.sleep(0.05)
    print("ready", flush=True)  # every desk has its snapshot: the sender may start the clock
    await asyncio.sleep(seconds)
    stop.set()
    await asyncio.gather(*tasks)
    return {"items": counts[0], "desks": counts[1]}


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("mode", choices=["latency", "desks"])
    p.add_argument("port", type=int)
    p.add_argument("--desks", type=int, default=20)
    p.add_argument("--rate", type=int, default=500)
    p.add_argument("--seconds", type=float, default=10)
    a = p.parse_args()
    if a.mode == "latency":
        print(json.dumps(asyncio.run(latency(a.port, a.desks, a.rate, a.seconds))))
    else:
        print(json.dumps(asyncio.run(desks_only(a.port, a.desks, a.seconds))))


if __name__ == "__main__":
    main()
