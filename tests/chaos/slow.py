"""Slow consumer: one desk reads a frame a second while 20 desks take 500 deltas/s.

The hub must close the slow desk with 4408 once its send queue is full (memory stays bounded
by that queue), keep the others' delta latency where it was without the slow desk, and let the
slow desk resume from its last seq without a gap. The 20 desks and the command driver run in
another process (``bench.load``) so they do not share the hub's loop.
"""
from __future__ import annotations

import asyncio
import json
import resource
import socket
import sys

import msgspec
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from tests.hubkit import start_hub

QUEUE_BYTES = 500_000


async def run(folder: str, desks: int = 20, rate: int = 500, seconds: float = 20) -> dict:
    """Two fresh hubs on the same demo city: one without the slow desk, one with it."""
    hub = await start_hub(f"sqlite:///{folder}/alone.sqlite3", send_queue_bytes=QUEUE_BYTES)
    try:
        alone = await _load(hub.port, desks, rate, seconds)
    finally:
        await hub.stop()
    rss_before = _rss_mb()
    hub = await start_hub(f"sqlite:///{folder}/slow.sqlite3", send_queue_bytes=QUEUE_BYTES)
    try:
        slow = _SlowDesk(hub.port)
        reader = asyncio.create_task(slow.read())
        await slow.ready.wait()
        with_slow = await _load(hub.port, desks, rate, seconds)
        slow.hurry.set()
        await asyncio.wait_for(reader, 60)
        rss_after = _rss_mb()
        gaps, resumed_by = await slow.resume(hub)
    finally:
        await hub.stop()
    return {"p99_alone_ms": alone["p99"], "p99_with_slow_ms": with_slow["p99"],
            "p99_change": round(with_slow["p99"] / alone["p99"] - 1, 3), "slow_close_code": slow.close_code,
            "slow_frames_read": slow.frames, "resumed_by": resumed_by, "gaps_after_resume": gaps,
            "peak_rss_mb": round(rss_after), "rss_growth_mb": round(rss_after - rss_before),
            "deliveries": with_slow["deliveries"], "expected": with_slow["expected"]}


async def _load(port: int, desks: int, rate: int, seconds: float) -> dict:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench.load", "latency", str(port), "--desks", str(desks), "--rate", str(rate),
        "--seconds", str(seconds), stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return json.loads(out)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _SlowDesk:
    def __init__(self, port: int) -> None:
        self.port, self.ready = port, asyncio.Event()
        #: set once the load is over: read what is buffered quickly, to reach the hub's close frame
        self.hurry = asyncio.Event()
        self.last_seq: int | None = None
        self.close_code: int | None = None
        self.frames = 0

    async def read(self) -> None:
        ws, welcome = await _login(self.port, self.last_seq)
        self.last_seq = welcome["seq"]
        self.ready.set()
        try:
            while True:
                frame = msgspec.json.decode(await ws.recv())
                self.frames += 1
                if frame["type"] == "delta":
                    self.last_seq = frame["seq"]
                if not self.hurry.is_set():
                    await asyncio.sleep(1)
        except ConnectionClosed as closed:
            self.close_code = closed.rcvd.code if closed.rcvd else None

    async def resume(self, hub) -> tuple[int, str]:
        """Reconnect from the last seq read; returns (gaps seen, 'deltas' or 'snapshot')."""
        ws, _ = await _login(self.port, self.last_seq)
        expected, gaps, how = self.last_seq + 1, 0, "deltas"
        try:
            while expected <= hub.state.seq:
                frame = msgspec.json.decode(await asyncio.wait_for(ws.recv(), 10))
                if frame["type"] == "snapshot":
                    how, expected = "snapshot", frame["seq"] + 1
                elif frame["type"] == "delta":
                    gaps += frame["seq"] != expected
                    expected = frame["seq"] + 1
        finally:
            await ws.close()
        return gaps, how


async def _login(port: int, resume_from: int | None):
    """A wall session whose client reads only when asked (a small queue), so TCP pushes back."""
    sock = socket.socket()
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 65536)  # a small window, as over a slow link
    sock.connect(("127.0.0.1", port))
    ws = await connect(f"ws://127.0.0.1:{port}/ws", sock=sock, max_size=2**26, compression=None, max_queue=4)
    await ws.send(json.dumps({"type": "hello", "id": "slow", "protocol": 1, "resume_from": resume_from,
                              "auth": {"user": "wall", "password": "demo"}}))
    return ws, msgspec.json.decode(await ws.recv())
