"""Which grid a point lies in: bounding boxes in numpy, then an exact ring test."""
from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np

from commandcenter.domain.codes import GRID_KINDS
from commandcenter.domain.entities import Grid


def point_in_ring(lon: float, lat: float, ring: Sequence[Sequence[float]]) -> bool:
    """Even-odd ray casting on a closed ring of ``(lon, lat)`` pairs."""
    inside = False
    for (x1, y1), (x2, y2) in itertools.pairwise(ring):
        if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


class GridLocator:
    def __init__(self, grids: Sequence[Grid]) -> None:
        self.grids = [g for g in grids if g.kind in GRID_KINDS and len(g.polygon) >= 4]
        boxes = np.array([_bbox(g.polygon) for g in self.grids], dtype=np.float64).reshape(-1, 4)
        self.x0, self.y0, self.x1, self.y1 = boxes.T

    def locate(self, lat: float, lon: float) -> str | None:
        """The grid holding the point (the smallest, when exclusive grids sit inside others)."""
        hits = np.flatnonzero((self.x0 <= lon) & (lon <= self.x1) & (self.y0 <= lat) & (lat <= self.y1))
        inside = [self.grids[i] for i in hits if point_in_ring(lon, lat, self.grids[i].polygon)]
        if not inside:
            return None
        return min(inside, key=lambda g: _area(g.polygon)).id


def _bbox(polygon: Sequence[Sequence[float]]) -> tuple[float, float, float, float]:
    xs = [p[0] for p in polygon]
    ys = [p[1] for p in polygon]
    return min(xs), min(ys), max(xs), max(ys)


def _area(polygon: Sequence[Sequence[float]]) -> float:
    x0, y0, x1, y1 = _bbox(polygon)
    return (x1 - x0) * (y1 - y0)
