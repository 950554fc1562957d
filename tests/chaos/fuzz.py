"""Hostile frames over a real connection: every frame answered, nothing uncaught, the hub still serving.

An operator session sends the frames pipelined (a bounded window of unanswered ones); the hub
answers every request, in order, with an ack or an error (a frame without a readable id gets an
error whose id is null), so the count of answers must reach the count of frames sent. Errors the
hub logs meanwhile are collected: any record at ERROR or above is a failure.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field

import msgspec
from websockets.asyncio.client import connect

from tests.hubkit import Peer, start_hub

WINDOW = 256


@dataclass
class FuzzResult:
    sent: int = 0
    answered: int = 0
    acks: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    logged: list[str] = field(default_factory=list)
    served_after: bool = False

    @property
    def ok(self) -> bool:
        return self.answered == self.sent and not self.logged and self.served_after


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(f"{record.name}: {record.getMessage()}")


async def run(url: str, frames: list[str | bytes]) -> FuzzResult:
    """Fuzz a fresh hub on ``url`` with ``frames``; the hub is stopped at the end."""
    collect = _Collect()
    logging.getLogger().addHandler(collect)
    hub = await start_hub(url, rate_limit=1e9)
    result = FuzzResult()
    try:
        await _session(hub.port, frames, result)
        result.served_after = await _well_behaved(hub.port)
    finally:
        await hub.stop()
        logging.getLogger().removeHandler(collect)
    result.logged = collect.records
    return result


async def _session(port: int, frames: list[str | bytes], result: FuzzResult) -> None:
    async with connect(f"ws://127.0.0.1:{port}/ws", max_size=2**26, compression=None) as ws:
        await ws.send('{"type":"hello","id":"h","protocol":1,"auth":{"user":"operator","password":"demo"}}')
        window = asyncio.Semaphore(WINDOW)
        reader = asyncio.create_task(_read(ws, result, window, len(frames)))
        for frame in frames:
            await window.acquire()
            await ws.send(frame)
            result.sent += 1
        await asyncio.wait_for(reader, 60)


async def _read(ws, result: FuzzResult, window: asyncio.Semaphore, expected: int) -> None:
    welcomed = False
    while result.answered < expected:
        frame = msgspec.json.decode(await ws.recv())
        kind = frame.get("type")
        if kind == "welcome" and not welcomed:
            welcomed = True
        elif kind in ("ack", "error"):
            result.answered += 1
            if kind == "ack":
                result.acks += 1
            else:
                result.errors[frame["code"]] = result.errors.get(frame["code"], 0) + 1
            window.release()


async def _well_behaved(port: int) -> bool:
    peer = await Peer.login(port, "operator")
    try:
        answer = await peer.request({"type": "event.report", "category": "sanitation", "title": "after fuzz",
                                     "description": "", "lat": 39.63, "lon": 118.18, "source": "hotline",
                                     "severity": 1}, timeout=10)
        return answer.get("type") == "ack" and "event_id" in answer["result"]
    finally:
        await peer.close()
