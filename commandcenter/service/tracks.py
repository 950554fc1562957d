"""Worker tracks: kept in memory per hour as numpy arrays, written as one compact row per worker-hour.

Ingest (on the event loop, per positions batch, vectorised): drop impossible fixes (outside the
city's box, NaN, or a jump faster than the rule allows from the previous kept point), keep the
first fix of each 15-second slot. A bucket per clock hour holds ``(workers, 240)`` arrays: lat and
lon in 1e-6 degrees rounded to the track step (int32), the fix's offset inside its slot in ms
(uint16), the status (int8, -1: no point). :meth:`TrackBuffer.rows` turns a bucket's dirty workers into stored rows (see
:mod:`.track_codec`); the hub writes them off the loop, every few minutes for the open hour.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from commandcenter.domain import field as rules

from .track_codec import encode

E6 = 1_000_000


@dataclass
class Bucket:
    """One clock hour of every worker's kept points."""

    hour_ms: int
    workers: int
    lat: np.ndarray = field(init=False)
    lon: np.ndarray = field(init=False)
    offset: np.ndarray = field(init=False)
    status: np.ndarray = field(init=False)
    dirty: np.ndarray = field(init=False)

    def __post_init__(self) -> None:
        shape = (self.workers, rules.SLOTS_PER_HOUR)
        self.lat = np.zeros(shape, dtype=np.int32)
        self.lon = np.zeros(shape, dtype=np.int32)
        self.offset = np.zeros(shape, dtype=np.uint16)
        self.status = np.full(shape, -1, dtype=np.int8)
        self.dirty = np.zeros(self.workers, dtype=bool)

    def put(self, rows, slot, lat_e6, lon_e6, offset, status) -> None:
        self.lat[rows, slot], self.lon[rows, slot] = lat_e6, lon_e6
        self.offset[rows, slot], self.status[rows, slot] = offset, status
        self.dirty[rows] = True

    def points(self, row: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
        """A worker's points in this hour: (lat_e6, lon_e6, epoch ms, status)."""
        slots = np.flatnonzero(self.status[row] >= 0)
        ms = self.hour_ms + slots * rules.TRACK_SLOT_MS + self.offset[row, slots]
        return self.lat[row, slots], self.lon[row, slots], ms, self.status[row, slots]


@dataclass
class Counters:
    """What the tracker did, for ``/healthz``: fixes kept, and those kept out (and why)."""

    kept: int = 0
    thinned: int = 0
    bad_place: int = 0
    jumps: int = 0
    late: int = 0

    def as_dict(self) -> dict:
        return {"kept": self.kept, "thinned": self.thinned, "rejected_place": self.bad_place,
                "rejected_jump": self.jumps, "late": self.late}


class TrackBuffer:
    """The open hours of every worker's track, plus each worker's last kept point."""

    def __init__(self, workers: int, bounds: tuple[float, float, float, float]) -> None:
        self.n, self.bounds = workers, bounds
        self.buckets: dict[int, Bucket] = {}
        self.last_slot = np.full(workers, -1, dtype=np.int64)
        self.last_lat = np.full(workers, np.nan)
        self.last_lon = np.full(workers, np.nan)
        self.last_ms = np.zeros(workers, dtype=np.int64)
        self.jump_run = np.zeros(workers, dtype=np.int8)
        self.counters = Counters()
        #: hours before this are written for good: a fix for one of them comes too late
        self.sealed = 0

    def seed(self, lat: np.ndarray, lon: np.ndarray, ms: np.ndarray) -> None:
        """Start from the workers' last known places (the jump rule needs an anchor)."""
        self.last_lat[:], self.last_lon[:], self.last_ms[:] = lat, lon, ms

    def ingest(self, rows, lat, lon, ms, status) -> tuple[np.ndarray, np.ndarray]:
        """Take one batch (one fix per row, older ones already dropped); returns the masks of the
        plausible fixes (the others stay out of tracks, coverage and out-of-grid) and of those kept."""
        c = self.counters
        place = rules.plausible_place(lat, lon, self.bounds)
        jump = place & rules.jumps(lat, lon, ms, self.last_lat[rows], self.last_lon[rows], self.last_ms[rows])
        jump &= self.jump_run[rows] < rules.JUMP_RESET
        self.jump_run[rows] = np.where(jump, self.jump_run[rows] + 1, 0)
        good = place & ~jump
        c.bad_place += int(np.count_nonzero(~place))
        c.jumps += int(np.count_nonzero(jump))
        slot = rules.slot_of(ms)
        keep = good & (slot > self.last_slot[rows])
        c.thinned += int(np.count_nonzero(good & ~keep))
        late = keep & (ms < self.sealed)
        c.late += int(np.count_nonzero(late))
        keep &= ~late
        self._keep(rows[keep], lat[keep], lon[keep], ms[keep], status[keep], slot[keep])
        return good, keep

    def _keep(self, rows, lat, lon, ms, status, slot) -> None:
        self.last_slot[rows], self.last_ms[rows] = slot, ms
        self.last_lat[rows], self.last_lon[rows] = lat, lon
        hour = rules.hour_of(ms)
        for h in np.unique(hour).tolist():  # one or two hours a batch
            sel = hour == h
            bucket = self.buckets.get(h)
            if bucket is None:
                bucket = self.buckets[h] = Bucket(h, self.n)
            s = slot[sel] - h // rules.TRACK_SLOT_MS
            bucket.put(rows[sel], s, rules.track_e6(lat[sel]), rules.track_e6(lon[sel]),
                       ms[sel] - h - s * rules.TRACK_SLOT_MS, status[sel])
        self.counters.kept += len(rows)

    @staticmethod
    def take_dirty(bucket: Bucket) -> np.ndarray:
        """The bucket's workers with new points since the last take (on the loop)."""
        rows = np.flatnonzero(bucket.dirty)
        bucket.dirty[rows] = False
        return rows

    @staticmethod
    def rows(bucket: Bucket, rows: np.ndarray, ids: np.ndarray) -> list[dict]:
        """The stored rows of these workers for the bucket's hour (in a worker thread)."""
        out = []
        for row in rows.tolist():
            lat, lon, ms, status = bucket.points(row)
            if len(ms):
                out.append({"worker_id": ids[row], "hour_ms": bucket.hour_ms, "points": len(ms),
                            "data": encode(lat, lon, ms, status, bucket.hour_ms)})
        return out

    def merge(self, row: int, hour_ms: int, lat_e6, lon_e6, ms, status) -> None:
        """Put stored points back (a restart mid-hour): slots already taken keep the newer point."""
        bucket = self.buckets.get(hour_ms)
        if bucket is None:
            bucket = self.buckets[hour_ms] = Bucket(hour_ms, self.n)
        slot = (ms - hour_ms) // rules.TRACK_SLOT_MS
        free = bucket.status[row, slot] < 0
        slot = slot[free]
        bucket.lat[row, slot], bucket.lon[row, slot] = lat_e6[free], lon_e6[free]
        bucket.offset[row, slot] = ms[free] - hour_ms - slot * rules.TRACK_SLOT_MS
        bucket.status[row, slot] = status[free]
        bucket.dirty[row] = True
        if len(slot):
            self.last_slot[row] = max(self.last_slot[row], hour_ms // rules.TRACK_SLOT_MS + int(slot.max()))

    def closed(self, now_ms: int) -> list[int]:
        """Hours that ended more than a minute ago (flush them once more, then drop)."""
        return [h for h in self.buckets if h + rules.HOUR_MS + 60_000 <= now_ms]

    def seal(self, hour_ms: int) -> None:
        """The hours before ``hour_ms`` are stored for good (dropped, or written before a restart)."""
        self.sealed = max(self.sealed, hour_ms)
        for h in [h for h in self.buckets if h < hour_ms]:
            del self.buckets[h]
