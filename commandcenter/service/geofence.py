"""Grid geometry for the field rules, built once at hub start: polygons in local metres.

:class:`Geofence` answers "which of these workers are more than 50 m outside their own grid"
with two vectorised shapely calls over prepared polygons (``contains_xy`` for all, ``dwithin``
for the few not inside); :class:`Raster` cuts every comprehensive grid into ~50 m cells once and
maps patrol fixes to cell numbers. No Python loop per worker or per grid on the hot path.
"""
from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import shapely

from commandcenter.domain import field as rules
from commandcenter.domain.codes import GRID_KINDS, GridKind
from commandcenter.domain.entities import Grid


class Projection:
    """(lon, lat) -> metres east and north of the city's middle (equirectangular)."""

    def __init__(self, grids: Sequence[Grid]) -> None:
        lats = [p[1] for g in grids for p in g.polygon[:1]] or [39.6]
        self.lat0 = float(np.mean(lats))
        self.kx = rules.M_PER_DEG * math.cos(math.radians(self.lat0))

    def xy(self, lat: np.ndarray, lon: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return np.asarray(lon) * self.kx, np.asarray(lat) * rules.M_PER_DEG


def _polygons(grids: Sequence[Grid], proj: Projection) -> np.ndarray:
    """One shapely polygon per grid (all rings in one vectorised build), prepared."""
    if not grids:
        return np.empty(0, dtype=object)
    coords = np.array([p for g in grids for p in g.polygon], dtype=np.float64)
    index = np.repeat(np.arange(len(grids)), [len(g.polygon) for g in grids])
    x, y = proj.xy(coords[:, 1], coords[:, 0])
    rings = shapely.linearrings(np.column_stack([x, y]), indices=index)
    polygons = shapely.polygons(rings)
    shapely.prepare(polygons)
    return polygons


def city_bounds(grids: Sequence[Grid]) -> tuple[float, float, float, float]:
    """The area tree's (west, south, east, north), widened by the margin of the rule."""
    points = np.array([p for g in grids for p in g.polygon], dtype=np.float64).reshape(-1, 2)
    if not len(points):
        return (-180.0, -90.0, 180.0, 90.0)
    m = rules.CITY_MARGIN_DEG
    return (float(points[:, 0].min() - m), float(points[:, 1].min() - m),
            float(points[:, 0].max() + m), float(points[:, 1].max() + m))


class Geofence:
    """Every grid proper (any kind) as a prepared polygon; workers map to their grid's index."""

    def __init__(self, grids: Sequence[Grid], proj: Projection | None = None) -> None:
        proper = [g for g in grids if g.kind in GRID_KINDS and len(g.polygon) >= 4]
        self.proj = proj or Projection(proper)
        self.index = {g.id: i for i, g in enumerate(proper)}
        self.polygons = _polygons(proper, self.proj)

    def grid_index(self, grid_ids: np.ndarray) -> np.ndarray:
        """Each grid id's polygon index (-1: no polygon)."""
        get = self.index.get
        return np.fromiter((get(g, -1) for g in grid_ids.tolist()), np.int64, len(grid_ids))

    def outside(self, poly: np.ndarray, lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
        """For each fix: more than :data:`~rules.OUT_OF_GRID_M` outside polygon ``poly[i]``
        (a fix with no polygon, or NaN, never is)."""
        x, y = self.proj.xy(lat, lon)
        known = (poly >= 0) & np.isfinite(x) & np.isfinite(y)
        out = np.zeros(len(poly), dtype=bool)
        rows = np.flatnonzero(known)
        inside = shapely.contains_xy(self.polygons[poly[rows]], x[rows], y[rows])
        rest = rows[~inside]
        if len(rest):
            near = shapely.dwithin(self.polygons[poly[rest]], shapely.points(x[rest], y[rest]), rules.OUT_OF_GRID_M)
            out[rest[~near]] = True
        return out


class Raster:
    """Every comprehensive grid cut into ~50 m cells, laid end to end in one cell numbering.

    A grid ``g`` owns the cells ``base[g] .. base[g] + w[g] * h[g]`` of its bounding box; ``inside``
    says which of those lie in the grid (cell centre inside the polygon).
    """

    def __init__(self, grids: Sequence[Grid], proj: Projection) -> None:
        comp = [g for g in grids if g.kind == GridKind.COMPREHENSIVE and len(g.polygon) >= 4]
        self.proj = proj
        self.ids = np.array([g.id for g in comp], dtype=object)
        self.index = {g.id: i for i, g in enumerate(comp)}
        polygons = _polygons(comp, proj)
        bounds = shapely.bounds(polygons).reshape(-1, 4)
        size = rules.COVERAGE_CELL_M
        self.x0, self.y0 = bounds[:, 0], bounds[:, 1]
        self.w = np.maximum(np.ceil((bounds[:, 2] - self.x0) / size), 1).astype(np.int64)
        self.h = np.maximum(np.ceil((bounds[:, 3] - self.y0) / size), 1).astype(np.int64)
        area = self.w * self.h
        self.base = np.concatenate([[0], np.cumsum(area)[:-1]]).astype(np.int64)
        self.size = int(area.sum())
        self.inside = self._inside(polygons, area)
        self.cells = np.add.reduceat(self.inside, self.base).astype(np.int64) if len(comp) else np.zeros(0, np.int64)

    def _inside(self, polygons: np.ndarray, area: np.ndarray) -> np.ndarray:
        owner = np.repeat(np.arange(len(area)), area)
        local = np.arange(self.size) - self.base[owner]
        cx = self.x0[owner] + (local % self.w[owner] + 0.5) * rules.COVERAGE_CELL_M
        cy = self.y0[owner] + (local // self.w[owner] + 0.5) * rules.COVERAGE_CELL_M
        return shapely.contains_xy(polygons[owner], cx, cy)

    def grid_index(self, grid_ids: np.ndarray) -> np.ndarray:
        get = self.index.get
        return np.fromiter((get(g, -1) for g in grid_ids.tolist()), np.int64, len(grid_ids))

    def cells_of(self, grid: np.ndarray, lat: np.ndarray, lon: np.ndarray) -> np.ndarray:
        """The cell number of each fix inside its own grid ``grid[i]``; -1 elsewhere."""
        out = np.full(len(grid), -1, dtype=np.int64)
        rows = np.flatnonzero(grid >= 0)
        g = grid[rows]
        x, y = self.proj.xy(lat[rows], lon[rows])
        cx = np.floor((x - self.x0[g]) / rules.COVERAGE_CELL_M).astype(np.int64)
        cy = np.floor((y - self.y0[g]) / rules.COVERAGE_CELL_M).astype(np.int64)
        ok = (cx >= 0) & (cx < self.w[g]) & (cy >= 0) & (cy < self.h[g])
        cell = self.base[g[ok]] + cy[ok] * self.w[g[ok]] + cx[ok]
        good = self.inside[cell]
        out[rows[ok][good]] = cell[good]
        return out

    def fingerprint(self) -> str:
        """Changes when the grids or their cells do (a stored bitset then no longer applies)."""
        return f"{len(self.ids)}:{self.size}:{int(self.cells.sum())}"
