"""Areas filled by a share (0–1) in a few classes, for a :class:`~commandcenter.widgets.map_view.CityMap`:
patrol coverage per grid, say. One filled path per class, however many areas; areas without a value
stay unfilled. Plain rings and values in, nothing about the hub.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from .map_layers import PathLayer, pack_rings, rings_path

#: class upper bounds (the last class takes the rest) and their colours, poor red to good green
BOUNDS = (0.2, 0.4, 0.6, 0.8)
COLOURS = ("#d7301f", "#fc8d59", "#fee08b", "#91cf60", "#1a9850")
Z_FILL = 2.0  # above grid outlines, below heat, workers and events
ALPHA = 150


class ChoroplethLayer:
    def __init__(self, city_map, opacity: float = 1.0) -> None:
        self.viewbox = city_map.viewbox
        self.layers = []
        for colour in COLOURS:
            fill = pg.mkColor(colour)
            fill.setAlpha(ALPHA)
            layer = PathLayer(pg.mkPen(None), pg.mkBrush(fill))
            layer.setZValue(Z_FILL)
            layer.setOpacity(opacity)
            self.viewbox.addItem(layer, ignoreBounds=True)
            self.layers.append(layer)
        self.classes = np.zeros(0, dtype=np.int8)

    def set_values(self, rings: list[np.ndarray], values) -> None:
        """One value per ring (NaN: no figure, left unfilled)."""
        values = np.asarray(values, dtype=np.float64)
        self.classes = np.where(np.isnan(values), -1, np.searchsorted(BOUNDS, values, side="right")).astype(np.int8)
        packed = pack_rings(rings)
        for k, layer in enumerate(self.layers):
            layer.set_path(rings_path(packed, self.classes == k))

    def set_visible(self, shown: bool) -> None:
        for layer in self.layers:
            layer.setVisible(shown)

    def is_visible(self) -> bool:
        return self.layers[0].isVisible()


def legend_entries() -> list[tuple[str, str]]:
    """(colour, range) of each class, for a legend."""
    edges = (0.0, *BOUNDS, 1.0)
    return [(c, f"{edges[k]:.0%}–{edges[k + 1]:.0%}") for k, c in enumerate(COLOURS)]
