"""Patrol coverage (巡查覆盖率) per centre-time day: which cells of their own grid workers passed.

Fed with the kept track points of each batch (vectorised): a patrol point marks its cell in the
day's bitset when it lies in the worker's own comprehensive grid; two consecutive patrol points
of a worker (no more than the rule's gap apart) add their time and distance to that worker's
day. A day is saved as one compressed blob (:meth:`CoverageDay.dump`), so a restart keeps it.
"""
from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np

from commandcenter.domain import field as rules

from .geofence import Raster


@dataclass
class CoverageDay:
    number: int
    covered: np.ndarray  # bool per raster cell
    ids: np.ndarray  # worker ids the per-worker arrays follow
    patrol_ms: np.ndarray
    distance_m: np.ndarray
    points: np.ndarray  # patrol points per worker
    dirty: bool = False

    @classmethod
    def empty(cls, number: int, cells: int, ids: np.ndarray) -> CoverageDay:
        n = len(ids)
        return cls(number, np.zeros(cells, dtype=bool), ids, np.zeros(n, dtype=np.int64), np.zeros(n),
                   np.zeros(n, dtype=np.int32))

    def dump(self, layout: str) -> bytes:
        out = io.BytesIO()
        np.savez_compressed(out, covered=np.packbits(self.covered), size=len(self.covered),
                            ids=self.ids.astype(str), patrol_ms=self.patrol_ms,
                            distance_m=self.distance_m.astype(np.float32), points=self.points,
                            layout=np.array(layout))
        return out.getvalue()

    @classmethod
    def load(cls, number: int, blob: bytes, layout: str) -> CoverageDay | None:
        """None when the blob was made for other grids (its cells mean nothing now)."""
        with np.load(io.BytesIO(blob), allow_pickle=False) as z:
            if str(z["layout"]) != layout:
                return None
            covered = np.unpackbits(z["covered"], count=int(z["size"])).astype(bool)
            return cls(number, covered, z["ids"].astype(object), z["patrol_ms"].astype(np.int64),
                       z["distance_m"].astype(np.float64), z["points"].astype(np.int32))


class Coverage:
    def __init__(self, raster: Raster, ids: np.ndarray, grid_ids: np.ndarray) -> None:
        self.raster, self.ids = raster, ids
        self.worker_grid = raster.grid_index(grid_ids)  # -1: not a comprehensive grid's worker
        self.layout = raster.fingerprint()
        self.days: dict[int, CoverageDay] = {}
        n = len(ids)
        self.prev_ms = np.zeros(n, dtype=np.int64)
        self.prev_lat, self.prev_lon = np.full(n, np.nan), np.full(n, np.nan)
        self.prev_patrol = np.zeros(n, dtype=bool)

    def day(self, number: int) -> CoverageDay:
        found = self.days.get(number)
        if found is None:
            found = self.days[number] = CoverageDay.empty(number, self.raster.size, self.ids)
        return found

    def adopt(self, day: CoverageDay) -> None:
        """A stored day, re-aligned to today's workers (one who is gone drops out)."""
        fresh = CoverageDay.empty(day.number, self.raster.size, self.ids)
        fresh.covered[:] = day.covered
        where = {w: i for i, w in enumerate(self.ids.tolist())}
        pos = np.fromiter((where.get(w, -1) for w in day.ids.tolist()), np.int64, len(day.ids))
        ok = pos >= 0
        fresh.patrol_ms[pos[ok]] = day.patrol_ms[ok]
        fresh.distance_m[pos[ok]] = day.distance_m[ok]
        fresh.points[pos[ok]] = day.points[ok]
        self.days[day.number] = fresh

    def observe(self, rows, lat, lon, ms, status) -> None:
        """Kept track points of one batch (one per row)."""
        patrol = status == rules.PATROL_CODE
        days = rules.day_number(ms)
        walked = patrol & self.prev_patrol[rows] & (ms - self.prev_ms[rows] <= rules.PATROL_GAP_MS)
        walked &= rules.day_number(self.prev_ms[rows]) == days
        step_m = np.where(walked, rules.metres(self.prev_lat[rows], self.prev_lon[rows], lat, lon), 0.0)
        step_ms = np.where(walked, ms - self.prev_ms[rows], 0)
        cells = self.raster.cells_of(np.where(patrol, self.worker_grid[rows], -1), lat, lon)
        for number in np.unique(days).tolist():
            sel = days == number
            day = self.day(number)
            np.add.at(day.patrol_ms, rows[sel], step_ms[sel])
            np.add.at(day.distance_m, rows[sel], step_m[sel])
            np.add.at(day.points, rows[sel], patrol[sel])
            day.covered[cells[sel & (cells >= 0)]] = True
            day.dirty = True
        self.prev_ms[rows], self.prev_lat[rows], self.prev_lon[rows] = ms, lat, lon
        self.prev_patrol[rows] = patrol

    def rows(self, day: CoverageDay, group_by: str, area: str | None = None) -> list[dict]:
        """``query.coverage`` rows for the day, by grid, community, street or district; ``area``
        (a grid code prefix) keeps only the grids inside it."""
        r = self.raster
        n = len(r.ids)
        covered = np.add.reduceat(day.covered & r.inside, r.base) if n else np.zeros(0)
        grid = self.worker_grid
        on = grid >= 0
        patrol = np.bincount(grid[on], weights=day.patrol_ms[on], minlength=n)
        distance = np.bincount(grid[on], weights=day.distance_m[on], minlength=n)
        workers = np.bincount(grid[on], weights=(day.points[on] > 0), minlength=n)
        keys = r.ids.astype(str)
        inside = np.char.startswith(keys, area) if area else np.ones(n, dtype=bool)
        keys = keys[inside].astype(f"<U{rules.COVERAGE_GROUPS[group_by]}")
        return rules.coverage_rows(keys, r.cells[inside], covered[inside], patrol[inside], distance[inside],
                                   workers[inside])

    def prune(self, keep_from: int) -> None:
        for number in [d for d in self.days if d < keep_from]:
            del self.days[number]
