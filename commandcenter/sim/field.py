"""The field: grid polygons, workers walking inside them, and the positions frames they make.

Everything here is plain numpy over arrays indexed by worker; no I/O. Polygons are rings of
``[lon, lat]`` pairs as in PROTOCOL.md (x = lon, y = lat).
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from commandcenter.domain.codes import WORKER_STATUS_CODES

M_PER_DEG = 111_320.0
MAX_POSITIONS_PER_FRAME = 10_000
#: positions frames stay under this many bytes (the hub refuses frames over 1 MiB)
MAX_FRAME_BYTES = 900_000
OFFLINE, IDLE, PATROL, BUSY = range(4)
ON_DUTY = (IDLE, PATROL)
#: walking speed in m/s by status code (offline, idle, patrol, busy)
SPEED_M_S = np.array([0.0, 0.08, 1.1, 0.25])
#: status changes per simulated hour: RATES[a, b] is the rate of a -> b
RATES_PER_HOUR = np.array([
    [0.0, 0.6, 0.0, 0.0],
    [0.03, 0.0, 2.0, 0.2],
    [0.02, 0.8, 0.0, 0.5],
    [0.0, 0.3, 2.0, 0.0],
])
_CHUNK = 4096
_MAX_STEP_M = 40.0
_MAX_SUBSTEPS = 6


def _ring_array(ring: Sequence[Sequence[float]]) -> np.ndarray:
    arr = np.asarray(ring, dtype=float).reshape(-1, 2)
    if len(arr) and not np.array_equal(arr[0], arr[-1]):
        arr = np.vstack([arr, arr[:1]])
    return arr


class Polygons:
    """Many closed rings padded into one edge array, for vectorised point-in-polygon tests."""

    def __init__(self, rings: Sequence[Sequence[Sequence[float]]]) -> None:
        arrays = [_ring_array(r) for r in rings]
        width = max(len(a) for a in arrays)
        padded = np.empty((len(arrays), width, 2))
        for i, a in enumerate(arrays):
            padded[i, : len(a)] = a
            padded[i, len(a):] = a[-1]  # zero-length edges never cross the ray
        self.x1, self.y1 = padded[:, :-1, 0], padded[:, :-1, 1]
        self.x2, self.y2 = padded[:, 1:, 0], padded[:, 1:, 1]
        self.lo = padded.min(axis=1)
        self.hi = padded.max(axis=1)

    def __len__(self) -> int:
        return len(self.lo)

    def contains(self, idx: np.ndarray, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        """For each point ``i``: is (lon[i], lat[i]) inside polygon ``idx[i]`` (ray casting)?"""
        out = np.zeros(len(idx), dtype=bool)
        for start in range(0, len(idx), _CHUNK):
            sl = slice(start, start + _CHUNK)
            out[sl] = self._contains(idx[sl], lon[sl], lat[sl])
        return out

    def _contains(self, idx: np.ndarray, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        px, py = lon[:, None], lat[:, None]
        x1, y1, x2, y2 = self.x1[idx], self.y1[idx], self.x2[idx], self.y2[idx]
        straddles = (y1 > py) != (y2 > py)
        with np.errstate(divide="ignore", invalid="ignore"):
            x_cross = x1 + (py - y1) * (x2 - x1) / (y2 - y1)
        odd = (straddles & (px < x_cross)).sum(axis=1) % 2 == 1
        in_box = (lon >= self.lo[idx, 0]) & (lon <= self.hi[idx, 0])
        return odd & in_box & (lat >= self.lo[idx, 1]) & (lat <= self.hi[idx, 1])

    def sample(self, idx: np.ndarray, rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
        """A random point inside each polygon ``idx[i]`` (rejection sampling in the bounding box)."""
        idx = np.asarray(idx, dtype=np.int64)
        lon, lat = self.centres(idx)
        todo = np.arange(len(idx))
        for _ in range(60):
            if not len(todo):
                break
            g = idx[todo]
            cand_lon = rng.uniform(self.lo[g, 0], self.hi[g, 0])
            cand_lat = rng.uniform(self.lo[g, 1], self.hi[g, 1])
            ok = self.contains(g, cand_lon, cand_lat)
            lon[todo[ok]], lat[todo[ok]] = cand_lon[ok], cand_lat[ok]
            todo = todo[~ok]
        return lon, lat

    def centres(self, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The mean of each ring's vertices (a fallback point for degenerate shapes)."""
        return self.x1[idx].mean(axis=1), self.y1[idx].mean(axis=1)


def square(lon: float, lat: float, half_deg: float = 0.002) -> list[list[float]]:
    """A small square ring around a point, for workers whose grid has no known polygon."""
    a, b = lon - half_deg, lon + half_deg
    c, d = lat - half_deg, lat + half_deg
    return [[a, c], [b, c], [b, d], [a, d], [a, c]]


class Field:
    """Workers walking inside their polygons, changing status now and then, due to report."""

    def __init__(
        self,
        ids: Sequence[str],
        polygon_idx: np.ndarray,
        polygons: Polygons,
        status: np.ndarray,
        rng: np.random.Generator,
        start: tuple[np.ndarray, np.ndarray] | None = None,
        grid_ids: Sequence[str | None] | None = None,
    ) -> None:
        self.ids = list(ids)
        self.grid_ids = list(grid_ids) if grid_ids is not None else [None] * len(self.ids)
        self._members: dict[str | None, np.ndarray] | None = None
        self.index = {w: i for i, w in enumerate(self.ids)}
        self.poly = np.asarray(polygon_idx, dtype=np.int64)
        self.polygons = polygons
        self.status = np.asarray(status, dtype=np.int8).copy()
        self.rng = rng
        self.lon, self.lat = self._start(start)
        self.heading = rng.uniform(0, 2 * math.pi, len(self.ids))
        self.pinned = np.zeros(len(self.ids), dtype=bool)
        self.due = np.zeros(len(self.ids))

    def _start(self, start: tuple[np.ndarray, np.ndarray] | None) -> tuple[np.ndarray, np.ndarray]:
        lon, lat = self.polygons.sample(self.poly, self.rng)
        if start is not None:
            s_lon, s_lat = (np.asarray(a, dtype=float) for a in start)
            ok = ~np.isnan(s_lon) & ~np.isnan(s_lat)
            ok[ok] = self.polygons.contains(self.poly[ok], s_lon[ok], s_lat[ok])
            lon[ok], lat[ok] = s_lon[ok], s_lat[ok]
        return lon, lat

    def __len__(self) -> int:
        return len(self.ids)

    def advance(self, dt_sim: float) -> None:
        """``dt_sim`` simulated seconds pass: statuses change, workers walk."""
        if dt_sim <= 0 or not len(self.ids):
            return
        self.evolve(dt_sim)
        longest = float(SPEED_M_S.max()) * dt_sim * 1.5
        steps = min(_MAX_SUBSTEPS, max(1, math.ceil(longest / _MAX_STEP_M)))
        for _ in range(steps):
            self.step(dt_sim / steps)

    def step(self, dt: float) -> None:
        """One walk step of ``dt`` simulated seconds; a step that would leave the polygon is refused."""
        n = len(self.ids)
        self.heading += self.rng.normal(0.0, 0.35, n) * math.sqrt(max(dt, 1.0) / 10.0)
        dist = SPEED_M_S[self.status] * dt * self.rng.uniform(0.4, 1.6, n)
        moving = np.flatnonzero(dist > 0)
        d, h = dist[moving], self.heading[moving]
        new_lat = self.lat[moving] + d * np.cos(h) / M_PER_DEG
        coslat = np.maximum(np.cos(np.radians(self.lat[moving])), 0.05)
        new_lon = self.lon[moving] + d * np.sin(h) / (M_PER_DEG * coslat)
        ok = self.polygons.contains(self.poly[moving], new_lon, new_lat)
        self.lat[moving[ok]], self.lon[moving[ok]] = new_lat[ok], new_lon[ok]
        back = moving[~ok]
        self.heading[back] += math.pi + self.rng.normal(0.0, 0.6, len(back))

    def evolve(self, dt_sim: float) -> None:
        """Random status changes (a Markov chain in continuous time); pinned workers keep theirs."""
        prob = 1.0 - np.exp(-RATES_PER_HOUR * dt_sim / 3600.0)
        cum = np.cumsum(prob, axis=1)
        draw = self.rng.uniform(size=len(self.ids))
        row = cum[self.status]
        change = (draw < row[:, -1]) & ~self.pinned
        target = (draw[:, None] < row).argmax(axis=1)
        moved = np.flatnonzero(change & (target != self.status))
        self.status[moved] = target[moved]
        self.due[moved] = 0.0  # a status change is reported at once

    def set_status(self, worker_id: str, status: int, pinned: bool) -> None:
        """Set a worker's status from outside (an order in hand), reported at the next tick."""
        i = self.index.get(worker_id)
        if i is not None:
            self.status[i], self.pinned[i], self.due[i] = status, pinned, 0.0

    def take_due(self, now: float, interval: tuple[float, float]) -> np.ndarray:
        """The workers due to report at real time ``now``; each is rescheduled within ``interval``."""
        due = np.flatnonzero(self.due <= now)
        next_at = now + self.rng.uniform(interval[0], interval[1], len(due))
        offline = self.status[due] == OFFLINE
        self.due[due] = np.where(offline, np.inf, next_at)
        return due

    def items(self, which: np.ndarray, epoch_ms: int) -> list[list]:
        """``[worker_id, lat, lon, epoch_ms, status]`` for the workers ``which``."""
        lat = np.round(self.lat[which], 6).tolist()
        lon = np.round(self.lon[which], 6).tolist()
        names = [WORKER_STATUS_CODES[s].value for s in self.status[which].tolist()]
        ids = [self.ids[i] for i in which.tolist()]
        return [[w, a, o, epoch_ms, s] for w, a, o, s in zip(ids, lat, lon, names, strict=True)]

    def on_duty(self) -> np.ndarray:
        return np.flatnonzero(np.isin(self.status, ON_DUTY))

    def position(self, i: int) -> tuple[float, float]:
        """(lat, lon) of worker ``i``."""
        return float(self.lat[i]), float(self.lon[i])

    def members(self) -> dict[str | None, np.ndarray]:
        """Grid id -> the indices of its workers."""
        if self._members is None:
            groups: dict[str | None, list[int]] = defaultdict(list)
            for i, g in enumerate(self.grid_ids):
                groups[g].append(i)
            self._members = {g: np.array(v, dtype=np.int64) for g, v in groups.items()}
        return self._members

    def nearest(self, grid_id: str | None, lat: float, lon: float) -> str | None:
        """The on-duty worker of ``grid_id`` nearest to a point; None when nobody is on duty there."""
        members = self.members().get(grid_id)
        if members is None:
            return None
        duty = members[np.isin(self.status[members], ON_DUTY)]
        if not len(duty):
            return None
        dx = (self.lon[duty] - lon) * math.cos(math.radians(lat))
        return self.ids[int(duty[np.argmin(dx**2 + (self.lat[duty] - lat) ** 2)])]


def position_frames(items: Sequence[list], limit: int = MAX_POSITIONS_PER_FRAME) -> list[dict]:
    """``positions`` frames of at most ``limit`` items (and about :data:`MAX_FRAME_BYTES`) each."""
    per_item = 56 + max((len(str(it[0])) for it in items), default=0)
    size = max(1, min(limit, MAX_FRAME_BYTES // per_item))
    return [{"type": "positions", "items": list(items[i : i + size])} for i in range(0, len(items), size)]


def status_codes(names: Sequence[str | None], rng: np.random.Generator) -> np.ndarray:
    """Status codes for a starting field: a known on-duty status is kept, the rest are drawn."""
    drawn = rng.choice(4, size=len(names), p=[0.06, 0.3, 0.6, 0.04]).tolist()
    keep = {"idle": IDLE, "patrol": PATROL}
    return np.array([keep.get(n or "", d) for n, d in zip(names, drawn, strict=True)], dtype=np.int8)


def build_field(
    workers: Sequence[Mapping], rings: Mapping[str, Sequence], rng: np.random.Generator
) -> Field:
    """A field for the snapshot's ``workers`` inside the grid ``rings`` (grid id -> ring)."""
    order = list(rings)
    slot = {g: i for i, g in enumerate(order)}
    all_rings = [rings[g] for g in order]
    poly = []
    for w in workers:
        if w.get("grid_id") in slot:
            poly.append(slot[w["grid_id"]])
        else:
            poly.append(len(all_rings))
            all_rings.append(square(w.get("lon") or 118.18, w.get("lat") or 39.63))
    start = (_floats(w.get("lon") for w in workers), _floats(w.get("lat") for w in workers))
    polygons = Polygons(all_rings or [square(118.18, 39.63)])
    status = status_codes([w.get("status") for w in workers], rng)
    ids = [w["id"] for w in workers]
    grid_ids = [w.get("grid_id") for w in workers]
    return Field(ids, np.array(poly, dtype=np.int64), polygons, status, rng, start, grid_ids)


def _floats(values: Iterable[float | None]) -> np.ndarray:
    return np.array([np.nan if v is None else float(v) for v in values], dtype=float)
