"""The hub's field watch: tracks, patrol coverage and out-of-grid alerts over the worker book.

Every positions batch the book applies comes here (:meth:`FieldWatch.on_fixes`, on the loop,
vectorised): impossible fixes are counted and dropped, kept points go into the open hour's
buffer and the day's coverage, and the geofence says who is out of their grid. Writing is off
the hot path: every :data:`FLUSH_S` the dirty worker-hours are encoded in a thread of their own
and upserted in chunks through the hub's writer, between command commits. A crash loses at
most the points since the last flush (``FLUSH_S``, 5 minutes); a clean stop flushes all.
"""
from __future__ import annotations

import asyncio
import logging
from concurrent.futures import ThreadPoolExecutor

import msgspec
import numpy as np

from commandcenter.domain import clock, field as rules
from commandcenter.domain.errors import not_found
from commandcenter.domain.positions import Fixes
from commandcenter.service.coverage import Coverage, CoverageDay
from commandcenter.service.geofence import Geofence, Raster, city_bounds
from commandcenter.service.out_of_grid import OutOfGrid
from commandcenter.service.track_codec import decode
from commandcenter.service.tracks import E6, TrackBuffer
from commandcenter.service.workers import STATUS_NAMES
from commandcenter.store import tracks as sql

from . import messages as m

log = logging.getLogger("hub")

FLUSH_S = 300
SWEEP_S = 30
FLUSH_CHUNK = 2_000


class FieldWatch:
    def __init__(self, hub) -> None:
        self.hub, self.book = hub, hub.book
        grids = list(hub.state.grids.values())
        self.names = {g.id: g.name for g in grids}
        self.fence = Geofence(grids)
        self.tracks = TrackBuffer(len(self.book), city_bounds(grids))
        self.tracks.seed(self.book.lat, self.book.lon, self.book.at_ms)
        self.coverage = Coverage(Raster(grids, self.fence.proj), self.book.ids, self.book.grid_ids)
        self.watch = OutOfGrid(self.book, self.fence)
        self.encoder = ThreadPoolExecutor(1, "tracks")
        self.restored = asyncio.Event()
        self.flushing = asyncio.Lock()
        self.pruned_at = 0
        self.book.listeners.append(self.on_fixes)

    # -- ingest (on the loop) -------------------------------------------------------------------

    def on_fixes(self, fixes: Fixes) -> None:
        """One batch; a worker with several fixes in it has them taken in time order, one round
        per fix (a gateway forwarding a backlog), each round vectorised over the workers."""
        rank = _ranks(fixes.rows, fixes.ms)
        if rank is None:
            self._take(fixes.rows, fixes.lat, fixes.lon, fixes.ms, fixes.status)
            return
        for r in range(int(rank.max()) + 1):
            sel = rank == r
            self._take(fixes.rows[sel], fixes.lat[sel], fixes.lon[sel], fixes.ms[sel], fixes.status[sel])

    def _take(self, rows, lat, lon, ms, status) -> None:
        good, kept = self.tracks.ingest(rows, lat, lon, ms, status)
        self.coverage.observe(rows[kept], lat[kept], lon[kept], ms[kept], status[kept])
        self._submit(*self.watch.observe(rows[good], lat[good], lon[good], ms[good], status[good]))

    def sweep(self) -> None:
        self._submit(*self.watch.sweep(clock.to_epoch_ms(clock.now())))

    def _submit(self, flag: np.ndarray, clear: np.ndarray) -> None:
        committer = getattr(self.hub, "committer", None)
        if committer is None:
            return
        for row in np.concatenate([flag, clear]).tolist():  # transitions only: a handful a batch
            name = self.names.get(self.book.records[row].grid_id, "")
            committer.submit_internal(lambda u, r=row, n=name: self.watch.apply(u, r, n))

    # -- life ---------------------------------------------------------------------------------

    def start(self, every) -> list[asyncio.Task]:
        return [asyncio.create_task(c) for c in (self.restore(), every(FLUSH_S, self.flush),
                                                 every(SWEEP_S, self.sweep))]

    async def stop(self) -> None:
        if self.restored.is_set():
            await self.flush()
        self.encoder.shutdown(wait=True)

    async def restore(self) -> None:
        """Put the open hour's stored points and today's coverage back (after a restart)."""
        try:
            now = clock.to_epoch_ms(clock.now())
            hour = int(rules.hour_of(now))
            self.tracks.seal(hour)  # earlier hours were flushed before the restart (or are lost)
            stored = await self.hub._db(sql.hour_rows, self.hub.store, hour)
            for start in range(0, len(stored), 5_000):
                for worker_id, blob in stored[start:start + 5_000]:
                    row = self.book.index.get(worker_id)
                    if row is not None:
                        lat, lon, ms, status = decode(blob, hour)
                        self.tracks.merge(row, hour, lat, lon, ms, status)
                await asyncio.sleep(0)
            await self._restore_day(int(rules.day_number(now)))
        finally:
            self.restored.set()

    async def _restore_day(self, number: int) -> None:
        blob = await self.hub._db(sql.coverage_blob, self.hub.store, rules.day_name(number))
        day = CoverageDay.load(number, blob, self.coverage.layout) if blob else None
        if day is not None:
            current = self.coverage.days.pop(number, None)
            self.coverage.adopt(day)
            if current is not None:  # points that came in while we read: add them
                self.coverage.days[number].covered |= current.covered
                self.coverage.days[number].patrol_ms += current.patrol_ms
                self.coverage.days[number].distance_m += current.distance_m
                self.coverage.days[number].points += current.points

    # -- writing (off the loop) -----------------------------------------------------------------

    async def flush(self) -> None:
        await self.restored.wait()
        async with self.flushing:
            now = clock.to_epoch_ms(clock.now())
            for hour in sorted(self.tracks.buckets):
                await self._flush_hour(hour)
            for hour in self.tracks.closed(now):
                self.tracks.seal(hour + rules.HOUR_MS)
            await self._flush_coverage(now)
            if now - self.pruned_at > rules.HOUR_MS:
                self.pruned_at = now
                keep_from = int(rules.hour_of(now)) - self.hub.policy.track_days * 24 * rules.HOUR_MS
                await self.hub._db(sql.prune_tracks, self.hub.store, keep_from, writer=True)

    async def _flush_hour(self, hour: int) -> None:
        bucket = self.tracks.buckets[hour]
        dirty = self.tracks.take_dirty(bucket)
        loop = asyncio.get_running_loop()
        for start in range(0, len(dirty), FLUSH_CHUNK):
            chunk = dirty[start:start + FLUSH_CHUNK]
            rows = await loop.run_in_executor(self.encoder, self.tracks.rows, bucket, chunk, self.book.ids)
            try:
                await self.hub._db(sql.save_tracks, self.hub.store, rows, writer=True)
            except Exception:
                bucket.dirty[chunk] = True  # try again next flush
                raise

    async def _flush_coverage(self, now: int) -> None:
        today = int(rules.day_number(now))
        for number, day in sorted(self.coverage.days.items()):
            if day.dirty:
                day.dirty = False
                blob = await asyncio.get_running_loop().run_in_executor(self.encoder, day.dump, self.coverage.layout)
                await self.hub._db(sql.save_coverage, self.hub.store, rules.day_name(number), now, blob, writer=True)
        self.coverage.prune(today - 1)

    # -- queries --------------------------------------------------------------------------------

    async def answer(self, actor, msg, area: str | None = None) -> bytes:
        """``query.track`` or ``query.coverage`` (the caller audits refusals)."""
        if isinstance(msg, m.QueryTrack):
            return await self.track(actor, msg, area)
        return await self.coverage_rows(msg, area)

    async def track(self, actor, msg: m.QueryTrack, area: str | None) -> bytes:
        rules.check_track_query(actor.role, msg.since, msg.until)
        row = self.book.index.get(msg.worker_id)
        if row is None:
            raise not_found(f"no worker {msg.worker_id}")
        rules.check_track_area(self.book.records[row].grid_id, area)
        since, until = clock.to_epoch_ms(msg.since), clock.to_epoch_ms(msg.until)
        first, last = int(rules.hour_of(since)), int(rules.hour_of(until - 1))
        stored = await self.hub._db(sql.track_rows, self.hub.store, msg.worker_id, first, last)
        hours = {h: decode(blob, h) for h, blob in stored}
        for h, bucket in list(self.tracks.buckets.items()):
            if first <= h <= last:
                hours[h] = bucket.points(row)  # memory holds the newest of an open hour
        body = _points(hours, since, until)
        self.hub.committer.submit_internal(lambda u: u.audit_outcome(
            actor.user, "query.track", msg.id, "ok",
            f"worker {msg.worker_id} {msg.since.isoformat()} .. {msg.until.isoformat()}"))
        return body

    async def coverage_rows(self, msg: m.QueryCoverage, area: str | None) -> bytes:
        number = rules.parse_day(msg.date)
        day = self.coverage.days.get(number)
        if day is None:
            blob = await self.hub._db(sql.coverage_blob, self.hub.store, msg.date)
            day = CoverageDay.load(number, blob, self.coverage.layout) if blob else None
            if day is not None:
                fresh = Coverage(self.coverage.raster, self.book.ids, self.book.grid_ids)
                fresh.adopt(day)
                day = fresh.days[number]
        if day is None:
            day = CoverageDay.empty(number, self.coverage.raster.size, self.book.ids)
        rows = await self.hub._db(self.coverage.rows, day, msg.group_by, area)
        return msgspec.json.encode({"rows": rows})

    def health(self) -> dict:
        return {**self.tracks.counters.as_dict(), "out_of_grid": int(self.watch.flagged.sum()),
                "open_hours": len(self.tracks.buckets)}


def _points(hours: dict, since: int, until: int) -> bytes:
    parts = [hours[h] for h in sorted(hours)]
    if not parts:
        return b'{"points":[]}'
    lat, lon, ms, status = (np.concatenate(p) for p in zip(*parts, strict=True))
    sel = (ms >= since) & (ms < until)
    names = np.where(status[sel] >= 0, STATUS_NAMES[np.maximum(status[sel], 0)], None)
    points = zip((lat[sel] / E6).tolist(), (lon[sel] / E6).tolist(), ms[sel].tolist(), names.tolist(), strict=True)
    return msgspec.json.encode({"points": [list(p) for p in points]})


def _ranks(rows: np.ndarray, ms: np.ndarray) -> np.ndarray | None:
    """Each fix's place among its worker's fixes of the batch by time (None: one fix per worker)."""
    order = np.lexsort((ms, rows))
    ordered = rows[order]
    repeat = ordered[1:] == ordered[:-1]
    if not repeat.any():
        return None
    starts = np.flatnonzero(np.r_[True, ~repeat])
    rank = np.empty(len(rows), dtype=np.int64)
    rank[order] = np.arange(len(rows)) - np.repeat(starts, np.diff(np.r_[starts, len(rows)]))
    return rank
