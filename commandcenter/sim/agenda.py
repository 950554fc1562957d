"""A bounded agenda of timed jobs: what the simulated people will do, and when.

Jobs wait in a heap ordered by real (monotonic) time; at most ``runners`` run at once and at
most ``limit`` wait, so a hub that stops answering cannot make the simulator grow without end.
"""
from __future__ import annotations

import asyncio
import heapq
import itertools
import logging
import math
import time
from collections.abc import Awaitable, Callable

from .session import CommandFailed

log = logging.getLogger("sim")

Job = Callable[[], Awaitable[None]]


class Agenda:
    def __init__(self, limit: int = 50_000, runners: int = 128) -> None:
        self.limit = limit
        self._heap: list[tuple[float, int, Job]] = []
        self._order = itertools.count()
        self._wake = asyncio.Event()
        self._slots = asyncio.Semaphore(runners)
        self._tasks: set[asyncio.Task] = set()
        self.dropped = 0
        self._warned = -math.inf

    def __len__(self) -> int:
        return len(self._heap)

    def at(self, delay: float, job: Job) -> bool:
        """Run ``job`` ``delay`` real seconds from now; False (and dropped) when the agenda is full."""
        if len(self._heap) >= self.limit:
            self.dropped += 1
            if time.monotonic() - self._warned > 60.0:
                self._warned = time.monotonic()
                log.warning("agenda full (%d jobs): dropping work (%d so far)", self.limit, self.dropped)
            return False
        heapq.heappush(self._heap, (time.monotonic() + max(0.0, delay), next(self._order), job))
        self._wake.set()
        return True

    async def run(self) -> None:
        """Start each job when it is due; runs until cancelled."""
        try:
            while True:
                await self._wait_due()
                while self._heap and self._heap[0][0] <= time.monotonic():
                    await self._slots.acquire()
                    self._start(heapq.heappop(self._heap)[2])
        finally:
            for task in list(self._tasks):
                task.cancel()
            await asyncio.gather(*self._tasks, return_exceptions=True)

    async def _wait_due(self) -> None:
        self._wake.clear()
        timeout = self._heap[0][0] - time.monotonic() if self._heap else None
        if timeout is None or timeout > 0:
            try:
                await asyncio.wait_for(self._wake.wait(), timeout)
            except TimeoutError:
                pass

    def _start(self, job: Job) -> None:
        task = asyncio.create_task(_guarded(job))
        self._tasks.add(task)
        task.add_done_callback(self._done)

    def _done(self, task: asyncio.Task) -> None:
        self._tasks.discard(task)
        self._slots.release()


async def _guarded(job: Job) -> None:
    try:
        await job()
    except CommandFailed as exc:
        level = logging.DEBUG if exc.code in ("conflict", "closed") else logging.INFO
        log.log(level, "command refused: %s", exc)
    except Exception:
        log.exception("a simulated action failed")
