"""The demo city's simulator: it plays the field through the hub's wire protocol only.

An observer (desk user ``autopilot``) follows the snapshot and deltas; a ``gateway`` session
forwards every worker's position and the video links' status; workers, department liaisons and
the autopilot operator act through their own sessions, as real clients would.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Coroutine
from dataclasses import dataclass
from typing import Any

import numpy as np

from commandcenter.domain.codes import DEPARTMENTS, GRID_KINDS

from .agenda import Agenda
from .agents import Autopilot, Handlers, Reporters, World
from .field import Field, build_field, position_frames
from .picture import Picture
from .pool import SessionPool
from .session import CommandFailed, IdSource, Session
from .sos import SosCaller
from .video import REPORT_EVERY_S, VideoBoard

log = logging.getLogger("sim")

OBSERVER_USERS = ("autopilot", "operator")  # the second only if the hub has no ``autopilot`` account
MAX_POSITIONS_PER_S = 20_000.0
MAX_VIDEO_REPORTS_PER_S = 100.0
SWEEP_EVERY_S = 30.0
GRIDS_PAGE = 2000
VIDEO_BACKLOG = 1000


@dataclass
class SimConfig:
    url: str  # ws://127.0.0.1:8765/ws
    speed: float = 1.0  # time compression: 60 = one simulated minute per real second
    password: str = "demo"
    seed: int = 11
    report_rate_per_hour: float | None = None  # None = scale with the number of workers
    max_worker_sessions: int = 200
    autopilot: bool = True  # also run a simulated operator for part of the queue


async def run_simulator(config: SimConfig, stop: asyncio.Event | None = None) -> None:
    """Play the demo city against the hub at ``config.url`` until ``stop`` is set (or cancelled)."""
    if config.speed <= 0:
        raise ValueError("speed must be positive")
    await Simulator(config, stop or asyncio.Event()).run()


def default_rate(workers: int) -> float:
    """Worker reports per simulated hour: about one a day for every two workers on a day shift."""
    return max(12.0, 0.02 * workers)


def tick_seconds(speed: float) -> float:
    """Real seconds between two steps of the walk and the links."""
    return min(2.0, max(0.25, 5.0 / speed))


def report_interval(speed: float, workers: int) -> tuple[float, float]:
    """Real seconds between two positions of one worker: 10–30 simulated, within the rate cap."""
    floor = workers / MAX_POSITIONS_PER_S
    return max(10.0 / speed, floor), max(30.0 / speed, 3.0 * floor)


def link_interval(speed: float, links: int) -> tuple[float, float]:
    """Simulated seconds between two reports of one video link: 20–60, within the rate cap."""
    floor = links / MAX_VIDEO_REPORTS_PER_S * speed
    return max(REPORT_EVERY_S[0], floor), max(REPORT_EVERY_S[1], 3.0 * floor)


class Simulator:
    def __init__(self, config: SimConfig, stop: asyncio.Event) -> None:
        self.config, self.stop = config, stop
        self.ids = IdSource()
        self.rng = random.Random(config.seed)
        self.np_rng = np.random.default_rng(config.seed)
        self.picture = Picture()
        self.agenda = Agenda()
        self.desk = self._session(OBSERVER_USERS, on_frame=self._observe, resume_from=self.picture.resume_from)
        self.gateway = self._session(("gateway",))
        self.pool: SessionPool[Session] = SessionPool(config.max_worker_sessions, self._worker_session)
        self.liaisons: dict[str, Session] = {}
        self.tasks: list[asyncio.Task] = []
        self.loaded = asyncio.Event()
        self.picture.on_load.append(self.loaded.set)
        self.reporters: Reporters | None = None

    def _session(self, users: tuple[str, ...], **kwargs: Any) -> Session:
        return Session(self.config.url, users, self.config.password, self.ids, **kwargs)

    def _worker_session(self, worker_id: str) -> Session:
        return self._session((worker_id,), on_frame=lambda frame: self._worker_frame(worker_id, frame))

    def _liaison_session(self, department: str) -> Session:
        session = self._session((f"liaison.{department}",))
        session.start()
        return session

    def _observe(self, frame: dict) -> None:
        self.picture.feed(frame)
        if self.picture.gap:
            self.desk.drop()

    def _worker_frame(self, worker_id: str, frame: dict) -> None:
        if frame.get("type") == "alert" and self.reporters is not None:
            self.reporters.on_alert(worker_id, frame)

    async def run(self) -> None:
        try:
            self.desk.start()
            self.gateway.start()
            if not await self._until(self.loaded.wait()):
                return
            world = await self._world()
            if world is not None:
                self._start(world)
                await self.stop.wait()
        finally:
            await self._shutdown()

    async def _until(self, aw: Coroutine[Any, Any, Any]) -> bool:
        """Await ``aw`` unless ``stop`` comes first; True if ``aw`` finished."""
        task, stopper = asyncio.ensure_future(aw), asyncio.ensure_future(self.stop.wait())
        await asyncio.wait({task, stopper}, return_when=asyncio.FIRST_COMPLETED)
        for t in (task, stopper):
            t.cancel()
        await asyncio.gather(task, stopper, return_exceptions=True)
        return task.done() and not task.cancelled() and task.exception() is None

    async def _world(self) -> World | None:
        grids = asyncio.ensure_future(load_grids(self.desk))
        if not await self._until(grids):
            return None
        workers = list(self.picture.workers.values())
        field = build_field(workers, grids.result(), self.np_rng)
        log.info("field: %d workers in %d polygons at speed %g", len(field), len(field.polygons), self.config.speed)
        world = World(self.config.speed, self.rng, self.picture, self.agenda, self.desk, self.pool, field,
                      self._liaison_session, self.liaisons)
        for dept in self.picture.departments or list(DEPARTMENTS):
            world.liaison(dept)
        return world

    def _start(self, world: World) -> None:
        rate = self.config.report_rate_per_hour or default_rate(len(world.field))
        self.reporters = Reporters(world, rate)
        self.picture.on_alert.append(self.reporters.on_new_alert)
        handlers = Handlers(world)
        self.picture.on_order.append(handlers.consider)
        sweepers = [handlers.consider_all]
        if self.config.autopilot:
            autopilot = Autopilot(world)
            self.picture.on_order.append(autopilot.note_order)
            self.picture.on_event.append(autopilot.consider)
            sweepers.append(autopilot.consider_all)
        for sweep in sweepers:
            self.picture.on_load.append(sweep)
            sweep()
        links = self.picture.video_links
        board = VideoBoard(links, self.rng, link_interval(self.config.speed, len(links)))
        loops = [self.agenda.run(), self._positions(world.field), self._video(board), self._sweep(sweepers),
                 self.reporters.run_workers(), self.reporters.run_desk(),
                 SosCaller(world, self.config.seed).run()]  # (Levels) now and then a worker's SOS
        self.tasks = [asyncio.create_task(loop) for loop in loops]

    async def _positions(self, field: Field) -> None:
        """Walk the workers and forward their positions through the gateway."""
        speed, tick = self.config.speed, tick_seconds(self.config.speed)
        interval = report_interval(speed, len(field))
        last, spent = time.monotonic(), 0.0
        while True:
            await asyncio.sleep(max(tick, 2.0 * spent))  # a big field slows the walk, not the loop
            now = time.monotonic()
            field.advance((now - last) * speed)
            items = field.items(field.take_due(now, interval), int(time.time() * 1000))
            last, spent = now, time.monotonic() - now
            for frame in position_frames(items):
                await self.gateway.send_telemetry(frame)

    async def _video(self, board: VideoBoard) -> None:
        """Step the video links and report them through the gateway (each report acked)."""
        tick = tick_seconds(self.config.speed)
        last = time.monotonic()
        while True:
            await asyncio.sleep(tick)
            now = time.monotonic()
            reports = board.advance((now - last) * self.config.speed)
            last = now
            if len(self.gateway.pending) > VIDEO_BACKLOG:
                continue  # the hub is away: newer reports will do
            for report in reports:
                self.agenda.at(0.0, lambda r=report: self._video_report(r))

    async def _video_report(self, report: dict) -> None:
        await self.gateway.request("video.report", **report)

    async def _sweep(self, sweepers: list) -> None:
        """Now and then look over the whole picture for work nobody took up."""
        while True:
            await asyncio.sleep(SWEEP_EVERY_S)
            for sweep in sweepers:
                sweep()

    async def _shutdown(self) -> None:
        for task in self.tasks:
            task.cancel()
        if self.tasks:  # bounded: a stop must not wait on an agent stuck in its cleanup
            _, stuck = await asyncio.wait(self.tasks, timeout=3.0)
            if stuck:
                log.warning("simulator stopped with %d tasks still winding down: %s", len(stuck),
                            sorted(t.get_name() for t in stuck))
        sessions = [self.desk, self.gateway, *self.liaisons.values()]
        closing = asyncio.gather(*(s.close() for s in sessions), self.pool.close_all(), return_exceptions=True)
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(closing, 2.0)
        log.info("simulator stopped")


async def load_grids(session: Session) -> dict[str, list]:
    """Grid id -> polygon ring of every grid proper, paging ``grids.get``."""
    rings: dict[str, list] = {}
    cursor: str | None = None
    for _ in range(10_000):
        fields: dict[str, Any] = {"limit": GRIDS_PAGE} | ({"cursor": cursor} if cursor else {})
        try:
            result = await session.request("grids.get", **fields)
        except CommandFailed as exc:
            log.warning("grids.get refused (%s): workers walk in small squares", exc)
            break
        for grid in result.get("items") or ():
            if grid.get("polygon") and grid.get("kind", "comprehensive") in GRID_KINDS:
                rings[grid["id"]] = grid["polygon"]
        if not (cursor := result.get("next_cursor")):
            break
    log.info("grids: %d polygons", len(rings))
    return rings
