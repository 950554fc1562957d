"""A bounded LRU pool of sessions, one per user (a worker's phone app, say).

A session is leased while a command is under way and never evicted then; when every slot is
leased a new lease waits for one to come free. Evicted sessions are closed.
"""
from __future__ import annotations

import asyncio
import logging
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Generic, Protocol, TypeVar

log = logging.getLogger("sim")


class Pooled(Protocol):
    failed: bool

    def start(self) -> None: ...

    async def close(self) -> None: ...


S = TypeVar("S", bound=Pooled)


class _Entry(Generic[S]):
    __slots__ = ("leases", "session")

    def __init__(self, session: S) -> None:
        self.session = session
        self.leases = 0


class SessionPool(Generic[S]):
    """At most ``limit`` open sessions, least recently used evicted first."""

    def __init__(self, limit: int, factory: Callable[[str], S]) -> None:
        self.limit = max(1, limit)
        self.factory = factory
        self.refused: set[str] = set()
        self._entries: OrderedDict[str, _Entry[S]] = OrderedDict()
        self._freed = asyncio.Condition()
        self._closing: set[asyncio.Task] = set()

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, key: str) -> bool:
        return key in self._entries

    @asynccontextmanager
    async def lease(self, key: str) -> AsyncIterator[S]:
        """The session of ``key`` (opened if need be), held for the duration of the block."""
        entry = await self._acquire(key)
        entry.leases += 1
        try:
            yield entry.session
        finally:
            entry.leases -= 1
            async with self._freed:
                self._freed.notify_all()

    async def _acquire(self, key: str) -> _Entry[S]:
        while True:
            entry = self._entries.get(key)
            if entry is not None and entry.session.failed:
                self.refused.add(key)
                self._evict(key)
                entry = None
            if entry is not None:
                self._entries.move_to_end(key)
                return entry
            if len(self._entries) < self.limit or self._evict_one():
                return self._open(key)
            async with self._freed:
                await self._freed.wait()

    def _open(self, key: str) -> _Entry[S]:
        entry = _Entry(self.factory(key))
        self._entries[key] = entry
        entry.session.start()
        return entry

    def _evict_one(self) -> bool:
        for key, entry in self._entries.items():
            if entry.leases == 0:
                self._evict(key)
                return True
        return False

    def _evict(self, key: str) -> None:
        entry = self._entries.pop(key)
        task = asyncio.create_task(entry.session.close())
        self._closing.add(task)
        task.add_done_callback(self._closing.discard)

    async def close_all(self) -> None:
        for key in list(self._entries):
            self._evict(key)
        if self._closing:
            await asyncio.wait(self._closing, timeout=1.5)
