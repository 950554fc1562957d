"""Shared helpers: a throwaway hub on a temp database, clients, timing and printing."""
from __future__ import annotations

import asyncio
import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

import msgspec
from websockets.asyncio.client import connect

from commandcenter.net.demo import load_demo
from commandcenter.net.hub import Hub, HubConfig

RESULTS: list[tuple[str, str]] = []
_ids = itertools.count()


def report_frame(i: int, prefix: str = "b") -> dict:
    return {"type": "event.report", "id": f"{prefix}-{i}", "category": "public_facility", "title": "井盖破损",
            "description": "小区门口井盖缺失，存在安全隐患", "lat": 39.63 + (i % 100) * 1e-4, "lon": 118.18,
            "source": "worker", "severity": 2}


async def demo_hub(scale: str = "default", folder: str | None = None, **config) -> Hub:
    folder = folder or tempfile.mkdtemp(prefix="cc-bench-")
    hub = Hub(HubConfig(db_url=f"sqlite:///{Path(folder) / 'hub.sqlite3'}", port=0, **config))
    await hub._db(hub.store.migrate, writer=True)
    if await hub._db(hub.store.is_empty):
        await hub._db(load_demo, hub.store, scale, writer=True)
    await hub.start()
    return hub


async def login(port: int, user: str, resume_from: int | None = None):
    ws = await connect(f"ws://127.0.0.1:{port}/ws", max_size=2**28, compression=None, max_queue=None)
    await ws.send(msgspec.json.encode({"type": "hello", "id": f"h{next(_ids)}", "protocol": 1,
                                       "auth": {"user": user, "password": "demo"},
                                       "resume_from": resume_from}).decode())
    welcome = msgspec.json.decode(await ws.recv())
    assert welcome["type"] == "welcome", welcome
    return ws, welcome


async def drain_snapshot(ws) -> int:
    """Read snapshot parts; returns the bytes received."""
    size = 0
    while True:
        raw = await ws.recv()
        size += len(raw)
        frame = msgspec.json.decode(raw)
        if frame["type"] == "snapshot" and frame.get("part", 1) == frame.get("parts", 1):
            return size


def record(name: str, value: str) -> None:
    RESULTS.append((name, value))
    print(f"  {name:<58} {value}", flush=True)


class Timer:
    def __enter__(self):
        self.start = time.perf_counter()
        return self

    def __exit__(self, *exc):
        self.seconds = time.perf_counter() - self.start


def run(coro):
    return asyncio.run(coro)


def exit_now() -> None:
    """Leave without interpreter teardown: PySide can crash while finalising big views, after the
    figures are out; the benchmark's result must not depend on that."""
    sys.stdout.flush()
    os._exit(0)
