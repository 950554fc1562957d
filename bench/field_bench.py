"""The field at Tangshan scale (issue 10): out-of-grid per batch, tracks (storage, CPU share,
``query.track``) and whole-city coverage.

The map is the demo city's Tangshan scale (about 75,000 grids proper, 90,000 workers placed in
their grids). Tracks: an hour of a point every 15 s for every worker who is not offline, moving
as the simulator's workers do (a heading that drifts, speed by status), device times on whole
seconds at a fixed phase per worker; fed through the hub's field watch in batches of 10,000 and
flushed every 5 simulated minutes into a SQLite file, as the hub does. Storage per day is that
hour's bytes times 24 (every worker on all day: an upper bound; an 8-hour shift is a third).
"""
from __future__ import annotations

import asyncio
import os
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from types import SimpleNamespace

import numpy as np
import shapely

from commandcenter.domain import clock, field as rules
from commandcenter.domain.entities import Worker
from commandcenter.domain.positions import Fixes
from commandcenter.net import messages as m
from commandcenter.net.field import FieldWatch
from commandcenter.service.state import HubState
from commandcenter.service.workers import WorkerBook
from commandcenter.sim.city import SCALES, WORKER_STATUS_SHARE, _build_map, _rng, _World
from commandcenter.store import tracks as sql
from commandcenter.store.store import Store

from .common import record

WORKERS = 90_000
BATCH = 10_000
SPEED = np.array([0.0, 0.08, 1.1, 0.25])


class BenchHub:
    """What the field watch needs of a hub: book, grids, store, threads, policy (no websockets)."""

    def __init__(self, grids, workers, folder: str) -> None:
        self.book = WorkerBook(workers)
        self.state = HubState()
        self.state.grids = {g.id: g for g in grids}
        self.store = Store(f"sqlite:///{folder}/field.sqlite3", synchronous="NORMAL")
        self.store.migrate()
        self.writer, self.readers = ThreadPoolExecutor(1), ThreadPoolExecutor(2)
        self.policy = SimpleNamespace(track_days=7)
        self.committer = SimpleNamespace(submit_internal=lambda change: None)

    async def _db(self, fn, *args, writer: bool = False):
        return await asyncio.get_running_loop().run_in_executor(self.writer if writer else self.readers, fn, *args)


def tangshan():
    city_map = _build_map(SCALES["tangshan"], _rng(7, 1))
    world = _World(city_map, WORKERS, _rng(7, 2))
    at = clock.now() - timedelta(hours=2)
    workers = [Worker(id=w, name="网格员", kind="full_time", grid_id=city_map.proper[g], status="patrol",
                      lat=la, lon=lo, at=at)
               for w, g, la, lo in zip(world.ids, world.grid.tolist(), world.lat.tolist(), world.lon.tolist(),
                                       strict=True)]
    return city_map.grids, workers, world


def bench_out_of_grid(watch: FieldWatch, world) -> None:
    rng = np.random.default_rng(5)
    lat, lon = world.lat.copy(), world.lon.copy()
    away = rng.random(WORKERS) < 0.05  # one in twenty a few hundred metres off
    lat[away] += rng.uniform(0.002, 0.004, int(away.sum()))
    poly = watch.watch.poly
    rows = np.arange(WORKERS)
    ms = np.full(WORKERS, clock.to_epoch_ms(clock.now()), dtype=np.int64)
    status = np.full(WORKERS, rules.PATROL_CODE, dtype=np.int8)
    fence = watch.fence
    x, y = fence.proj.xy(lat, lon)
    single = _best(lambda: shapely.contains_xy(fence.polygons[poly], x, y))
    full = _best(lambda: watch.watch.observe(rows, lat, lon, ms, status))
    record("out-of-grid, 90,000 workers vs 75k polygons (goal <= 50 ms)", f"{full * 1000:.1f} ms per batch")
    record("one vectorised contains_xy on the same data", f"{single * 1000:.1f} ms")
    record("out-of-grid / single point-in-polygon call", f"{full / single:.2f}x")
    record("workers found out of their grid (of ~5 % moved)", f"{int(fence.outside(poly, lat, lon).sum()):,}")


def _best(fn, runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


class Walkers:
    """The simulator's walking model over every worker, one 15-second slot at a time."""

    def __init__(self, world, hour_ms: int) -> None:
        rng = self.rng = np.random.default_rng(11)
        self.lat, self.lon = world.lat.copy(), world.lon.copy()
        self.status = rng.choice(4, WORKERS, p=WORKER_STATUS_SHARE).astype(np.int8)
        self.heading = rng.uniform(0, 2 * np.pi, WORKERS)
        self.phase = rng.integers(0, 15, WORKERS) * 1000
        self.hour_ms = hour_ms

    def slot(self, k: int) -> tuple[np.ndarray, ...]:
        rng = self.rng
        self.heading += rng.normal(0, 0.35 * np.sqrt(1.5), WORKERS)
        dist = SPEED[self.status] * 15 * rng.uniform(0.4, 1.6, WORKERS)
        self.lat += dist * np.cos(self.heading) / rules.M_PER_DEG
        self.lon += dist * np.sin(self.heading) / (rules.M_PER_DEG * np.cos(np.radians(self.lat)))
        on = np.flatnonzero(self.status != 0)
        ms = self.hour_ms + k * rules.TRACK_SLOT_MS + self.phase[on]
        return on, np.round(self.lat[on], 6), np.round(self.lon[on], 6), ms, self.status[on]


async def bench_tracks(hub: BenchHub, watch: FieldWatch, world, folder: str) -> None:
    hour = int(rules.hour_of(clock.to_epoch_ms(clock.now()))) + rules.HOUR_MS  # open all through the run
    walkers = Walkers(world, hour)
    watch.restored.set()
    cpu = 0.0
    for k in range(rules.SLOTS_PER_HOUR):
        rows, lat, lon, ms, status = walkers.slot(k)
        started = time.process_time()
        for s in range(0, len(rows), BATCH):
            part = slice(s, s + BATCH)
            watch.on_fixes(Fixes(rows[part], lat[part], lon[part], ms[part], status[part], 0))
        if k % 20 == 19:  # the hub flushes every 5 minutes
            await watch.flush()
        cpu += time.process_time() - started
    path = f"{folder}/field.sqlite3"
    with hub.store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        rows_n, data = conn.exec_driver_sql("SELECT count(*), sum(length(data)) FROM tracks").one()
    size = os.path.getsize(path)
    record("tracking CPU for an hour at 6,000 fixes/s (goal <= 0.3 core)", f"{cpu / 3600:.3f} core ({cpu:.0f} s)")
    record("worker-hour rows / mean blob bytes", f"{rows_n:,} / {data / rows_n:.0f} B")
    record("SQLite file for the hour (tracks + coverage)", f"{size / 1e6:.0f} MB")
    record("storage per day, all 90,000 on 24 h (goal <= 500 MB)", f"{24 * size / 1e6:,.0f} MB")
    record("storage per day, an 8-hour shift each", f"{8 * size / 1e6:,.0f} MB")
    await bench_query_track(hub, watch, hour)
    await bench_coverage(watch, hour)


async def bench_query_track(hub: BenchHub, watch: FieldWatch, hour: int) -> None:
    worker = hub.book.ids[int(np.flatnonzero(watch.tracks.buckets[hour].status[:, -1] == rules.PATROL_CODE)[0])]
    blob = (await hub._db(sql.track_rows, hub.store, worker, hour, hour))[0][1]
    day = [{"hour_ms": hour - h * rules.HOUR_MS, "worker_id": worker, "points": 240, "data": blob}
           for h in range(1, 24)]
    await hub._db(sql.save_tracks, hub.store, day, writer=True)
    watch.tracks.buckets.clear()  # the day comes from the database
    actor = SimpleNamespace(role="supervisor", user="supervisor")
    since = clock.from_epoch_ms(hour - 23 * rules.HOUR_MS)
    msg = m.QueryTrack(id="q", worker_id=worker, since=since, until=since + timedelta(hours=24))
    times, body = [], b""
    for _ in range(20):
        start = time.perf_counter()
        body = await watch.track(actor, msg, None)
        times.append(time.perf_counter() - start)
    record("query.track, one worker-day (goal <= 50 ms)",
           f"{statistics.median(times) * 1000:.1f} ms median ({body.count(b'],[') + 1:,} points)")


async def bench_coverage(watch: FieldWatch, hour: int) -> None:
    day = rules.day_name(rules.day_number(hour))
    watch.coverage.days.clear()  # the day comes from the database
    for group in ("grid", "district"):
        start = time.perf_counter()
        await watch.coverage_rows(m.QueryCoverage(id="c", date=day, group_by=group), None)
        record(f"query.coverage, whole city by {group} (goal <= 10 s)", f"{time.perf_counter() - start:.2f} s")


async def _run() -> None:
    print(f"field at Tangshan scale ({WORKERS:,} workers)")
    grids, workers, world = tangshan()
    folder = tempfile.mkdtemp(prefix="cc-field-")
    hub = BenchHub(grids, workers, folder)
    started = time.perf_counter()
    watch = FieldWatch(hub)
    record("field watch built (geofence, 50 m raster)", f"{time.perf_counter() - started:.1f} s, "
           f"{watch.coverage.raster.size:,} cells")
    bench_out_of_grid(watch, world)
    await bench_tracks(hub, watch, world, folder)
    watch.encoder.shutdown()
    hub.writer.shutdown()
    hub.readers.shutdown()


def bench() -> None:
    asyncio.run(_run())


if __name__ == "__main__":
    bench()
