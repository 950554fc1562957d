"""A bounded per-client send queue: a client that cannot keep up is cut off, not waited for."""
from __future__ import annotations

import asyncio
from collections import deque


class Overflow(Exception):
    """The client's queue passed its byte budget: close it with 4408."""


class Outbox:
    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.frames: deque[bytes] = deque()
        self.bytes = 0
        self.closed = False
        self._ready = asyncio.Event()

    def put(self, frame: bytes) -> None:
        if self.closed:
            return
        self.frames.append(frame)
        self.bytes += len(frame)
        self._ready.set()
        if self.bytes > self.max_bytes:
            self.closed = True
            raise Overflow(f"{self.bytes} bytes queued")

    async def take(self) -> list[bytes]:
        """Wait for frames; return everything queued so far."""
        while not self.frames:
            self._ready.clear()
            await self._ready.wait()
        frames = list(self.frames)
        self.frames.clear()
        self.bytes = 0
        return frames

    def close(self) -> None:
        self.closed = True
        self._ready.set()
