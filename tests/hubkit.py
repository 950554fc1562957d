"""Start a real hub on a free port and talk to it over real websockets."""
from __future__ import annotations

import asyncio
import contextlib
import itertools
from typing import Any

import msgspec
from websockets.asyncio.client import ClientConnection, connect

from commandcenter.net.demo import load_demo
from commandcenter.net.hub import Hub, HubConfig

_ids = itertools.count(1)


async def start_hub(url: str, *, demo: bool = True, **config: Any) -> Hub:
    hub = Hub(HubConfig(db_url=url, **{"port": 0, "synchronous": "NORMAL", **config}))
    if demo:
        await hub._db(hub.store.migrate, writer=True)
        if await hub._db(hub.store.is_empty):
            await hub._db(load_demo, hub.store, "tiny", writer=True)
    await hub.start()
    return hub


def new_id(prefix: str = "r") -> str:
    return f"{prefix}-{next(_ids)}"


class Peer:
    """A test client: send frames, await answers by id, collect deltas and other frames."""

    def __init__(self, ws: ClientConnection) -> None:
        self.ws = ws
        self.frames: list[dict] = []
        self.welcome: dict | None = None

    @classmethod
    async def login(cls, port: int, user: str, password: str = "demo", resume_from: int | None = None,
                    token: str | None = None) -> Peer:
        # (a peer that read none of its deltas has stopped reading: its close would wait 10 s for the hub's)
        ws = await connect(f"ws://127.0.0.1:{port}/ws", max_size=2**26, compression=None, close_timeout=1)
        peer = cls(ws)
        auth = {"token": token} if token else {"user": user, "password": password}
        await peer.send({"type": "hello", "id": new_id("hello"), "protocol": 1, "auth": auth,
                         "resume_from": resume_from})
        peer.welcome = await peer.next_frame()
        return peer

    async def send(self, frame: dict | str) -> None:
        await self.ws.send(frame if isinstance(frame, str) else msgspec.json.encode(frame).decode())

    async def next_frame(self, timeout: float = 5.0) -> dict:
        return msgspec.json.decode(await asyncio.wait_for(self.ws.recv(), timeout))

    async def request(self, frame: dict, timeout: float = 5.0) -> dict:
        """Send a request (an id is added if missing) and return its ack or error."""
        frame = {"id": new_id(), **frame}
        await self.send(frame)
        return await self.answer(frame["id"], timeout)

    async def answer(self, request_id: str | None, timeout: float = 5.0) -> dict:
        async with asyncio.timeout(timeout):
            while True:
                got = await self.next_frame(timeout)
                if got.get("type") in ("ack", "error") and got.get("id") == request_id:
                    return got
                self.frames.append(got)

    async def ok(self, frame: dict) -> dict:
        answer = await self.request(frame)
        assert answer["type"] == "ack", answer
        return answer["result"]

    async def snapshot(self) -> dict:
        """Read snapshot parts until complete; returns the merged lists."""
        merged: dict[str, Any] = {}
        while True:
            got = await self.next_frame()
            if got["type"] != "snapshot":
                self.frames.append(got)
                continue
            for key, value in got.items():
                if isinstance(value, list):
                    merged.setdefault(key, []).extend(value)
            merged["seq"] = got["seq"]
            if got.get("part", 1) == got.get("parts", 1):
                return merged

    async def until(self, predicate, timeout: float = 5.0) -> dict:
        """Wait for a frame matching ``predicate`` (looking at what was already collected first)."""
        for frame in self.frames:
            if predicate(frame):
                self.frames.remove(frame)
                return frame
        async with asyncio.timeout(timeout):
            while True:
                got = await self.next_frame(timeout)
                if predicate(got):
                    return got
                self.frames.append(got)

    async def close(self) -> None:
        with contextlib.suppress(Exception):
            await self.ws.close()
