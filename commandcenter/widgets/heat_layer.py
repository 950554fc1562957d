"""A density heat layer for any pyqtgraph view in lon/lat: weighted points -> a numpy raster -> one ImageItem.

Generic: it takes plain arrays (reports per grid centre for the hotspots, workers for the wall) and knows
nothing of the hub. Add it with ``city.viewbox.addItem(layer, ignoreBounds=True)``.

The raster is ``np.histogram2d`` over the bounds, blurred with a small separable box kernel (numpy shifts,
no SciPy) so lone points read as patches, then normalised to 0–1. Zero density is fully transparent and
the alpha rises with density, so grid outlines and markers stay visible under thin heat.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF

DEFAULT_CELLS = 160  # along the longer side
Z_HEAT = 5.0  # above grid outlines (0-1), below workers and events (10+) on the CityMap


class HeatLayer(pg.ImageItem):
    """``set_points(lon, lat, weights)`` redraws the density; ``density`` and ``bounds`` hold the last raster."""

    def __init__(self, *, cells: int = DEFAULT_CELLS, blur: int = 2, gamma: float = 0.5, colormap: str = "inferno",
                 opacity: float = 0.8, z: float = Z_HEAT) -> None:
        super().__init__(axisOrder="col-major")
        self.cells = cells
        self.blur = blur
        self.gamma = gamma  # < 1 lifts thin heat so more than the single densest patch shows
        self.density = np.zeros((0, 0))
        self.bounds: tuple[float, float, float, float] | None = None  # lon0, lat0, lon1, lat1
        self.set_colormap(colormap)
        self.setOpacity(opacity)
        self.setZValue(z)

    def set_colormap(self, name: str) -> None:
        lut = pg.colormap.get(name).getLookupTable(0.15, 1.0, nPts=256, alpha=True)
        lut[:, 3] = (255 * np.sqrt(np.linspace(0.0, 1.0, 256))).astype(np.uint8)
        lut[0, 3] = 0
        self.setLookupTable(lut)

    def set_points(self, lon, lat, weights=None, bounds: tuple[float, float, float, float] | None = None) -> None:
        """Density of the points (each counted ``weights`` times) over ``bounds`` (default: the points', padded)."""
        lon, lat = np.asarray(lon, dtype=float), np.asarray(lat, dtype=float)
        weights = None if weights is None else np.asarray(weights, dtype=float)
        if lon.size == 0 or (weights is not None and not np.any(weights > 0)):
            self.clear_points()
            return
        self.bounds = bounds or _padded(lon, lat)
        self.density = self._raster(lon, lat, weights)
        lon0, lat0, lon1, lat1 = self.bounds
        self.setImage(self.density ** self.gamma, levels=(0.0, 1.0), autoLevels=False)
        self.setRect(QRectF(lon0, lat0, lon1 - lon0, lat1 - lat0))
        self.setVisible(True)

    def clear_points(self) -> None:
        self.density = np.zeros((0, 0))
        self.clear()

    def hottest(self) -> tuple[float, float] | None:
        """The lon/lat centre of the densest cell, or None when empty."""
        if self.density.size == 0 or self.bounds is None:
            return None
        ix, iy = np.unravel_index(int(np.argmax(self.density)), self.density.shape)
        lon0, lat0, lon1, lat1 = self.bounds
        nx, ny = self.density.shape
        return lon0 + (ix + 0.5) * (lon1 - lon0) / nx, lat0 + (iy + 0.5) * (lat1 - lat0) / ny

    def _raster(self, lon: np.ndarray, lat: np.ndarray, weights: np.ndarray | None) -> np.ndarray:
        lon0, lat0, lon1, lat1 = self.bounds
        # cells square on the ground: a degree of longitude is cos(lat) of a degree of latitude
        nx, ny = _shape((lon1 - lon0) * math.cos(math.radians((lat0 + lat1) / 2)), lat1 - lat0, self.cells)
        counts, _, _ = np.histogram2d(lon, lat, bins=(nx, ny), range=((lon0, lon1), (lat0, lat1)), weights=weights)
        smooth = _box_blur(counts, self.blur)
        top = smooth.max()
        return smooth / top if top > 0 else smooth


def _padded(lon: np.ndarray, lat: np.ndarray) -> tuple[float, float, float, float]:
    lon0, lon1, lat0, lat1 = lon.min(), lon.max(), lat.min(), lat.max()
    pad = max(lon1 - lon0, lat1 - lat0) * 0.05 or 0.01
    return float(lon0 - pad), float(lat0 - pad), float(lon1 + pad), float(lat1 + pad)


def _shape(width: float, height: float, cells: int) -> tuple[int, int]:
    if width >= height:
        return cells, max(1, round(cells * height / width))
    return max(1, round(cells * width / height)), cells


def _box_blur(a: np.ndarray, radius: int, passes: int = 2) -> np.ndarray:
    """Two box passes along each axis (close to a Gaussian); the edges are padded with zeros."""
    for _ in range(passes if radius > 0 else 0):
        for axis in (0, 1):
            a = _box(a, radius, axis)
    return a


def _box(a: np.ndarray, radius: int, axis: int) -> np.ndarray:
    pad = [(0, 0), (0, 0)]
    pad[axis] = (radius + 1, radius)
    summed = np.cumsum(np.pad(a, pad), axis=axis)
    size = 2 * radius + 1
    hi = np.take(summed, np.arange(size, summed.shape[axis]), axis=axis)
    lo = np.take(summed, np.arange(0, summed.shape[axis] - size), axis=axis)
    return (hi - lo) / size
