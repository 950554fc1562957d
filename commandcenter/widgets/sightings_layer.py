"""Sightings on a :class:`~commandcenter.widgets.map_view.CityMap`: numbered markers in time order joined
by a path from the first to the latest, the latest emphasised. Attaches through the map's public
``viewbox``; takes plain arrays, knows nothing of the hub.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtGui import QFont

from .map_layers import cosmetic_pen

MAX_NUMBERS = 60  # the newest sightings get a number; older ones beyond that only a dot
MARKER, LATEST = 20, 30
Z_PATH, Z_MARKER, Z_NUMBER = 30, 31, 32


@dataclass(frozen=True)
class SightingTheme:
    path: str
    marker: str
    number: str
    latest: str
    latest_number: str


THEMES = {
    "dark": SightingTheme(path="#ffd166", marker="#ffd166", number="#111418", latest="#ff5c7a",
                          latest_number="#ffffff"),
    "light": SightingTheme(path="#a86a00", marker="#e0a100", number="#111418", latest="#d6135a",
                           latest_number="#ffffff"),
}


class SightingsLayer:
    def __init__(self, city_map, theme: str = "dark") -> None:
        self.viewbox = city_map.viewbox
        self.path = pg.PlotCurveItem()
        self.markers = pg.ScatterPlotItem(pxMode=True, size=MARKER, symbol="o")
        self.latest = pg.ScatterPlotItem(pxMode=True, size=LATEST, symbol="o")
        for item, z in ((self.path, Z_PATH), (self.markers, Z_MARKER), (self.latest, Z_MARKER + 0.5)):
            item.setZValue(z)
            self.viewbox.addItem(item, ignoreBounds=True)
        self.numbers: list[pg.TextItem] = []
        self.lon, self.lat = np.zeros(0), np.zeros(0)
        self.theme = THEMES[theme]
        self.set_theme(theme)

    def set_points(self, lon, lat) -> None:
        """Sightings in time order (first first); NaN positions are skipped."""
        lon, lat = np.asarray(lon, dtype=np.float64), np.asarray(lat, dtype=np.float64)
        ok = np.isfinite(lon) & np.isfinite(lat)
        self.lon, self.lat = lon[ok], lat[ok]
        self._draw()

    def clear(self) -> None:
        self.set_points([], [])

    def bounds(self) -> tuple[float, float, float, float] | None:
        """(lon_min, lat_min, lon_max, lat_max) of the sightings, or None."""
        if not len(self.lon):
            return None
        return float(self.lon.min()), float(self.lat.min()), float(self.lon.max()), float(self.lat.max())

    def set_theme(self, name: str) -> None:
        self.theme = THEMES[name]
        t = self.theme
        pen = cosmetic_pen(t.path, 2.5, alpha=220)
        self.path.setPen(pen)
        self.markers.setPen(cosmetic_pen(t.number, 1.5))
        self.markers.setBrush(pg.mkBrush(t.marker))
        self.latest.setPen(cosmetic_pen("#ffffff", 2.5))
        self.latest.setBrush(pg.mkBrush(t.latest))
        self._draw()

    def _draw(self) -> None:
        n = len(self.lon)
        self.path.setData(x=self.lon, y=self.lat) if n > 1 else self.path.setData([], [])
        self.markers.setData(x=self.lon[:-1], y=self.lat[:-1])
        self.latest.setData(x=self.lon[-1:], y=self.lat[-1:])
        self._number(n)

    def _number(self, n: int) -> None:
        first = max(0, n - MAX_NUMBERS)
        wanted = n - first
        while len(self.numbers) < wanted:
            text = pg.TextItem(anchor=(0.5, 0.5))
            font = QFont()
            font.setBold(True)
            font.setPixelSize(11)
            text.setFont(font)
            text.setZValue(Z_NUMBER)
            self.viewbox.addItem(text, ignoreBounds=True)
            self.numbers.append(text)
        for k, text in enumerate(self.numbers):
            i = first + k
            text.setVisible(k < wanted)
            if k < wanted:
                colour = self.theme.latest_number if i == n - 1 else self.theme.number
                text.setText(str(i + 1), color=colour)
                text.setPos(float(self.lon[i]), float(self.lat[i]))
