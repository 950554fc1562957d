"""Choosing places on a :class:`~commandcenter.widgets.map_view.CityMap`: a rectangle or lasso tool and
a highlight layer for chosen areas. Both attach through the map's public ``plot`` and ``viewbox``;
neither knows the hub. The tool only returns the drawn shape (lon/lat); what it selects is decided
by whoever listens.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter

from .map_layers import PathLayer, cosmetic_pen, pack_rings, rings_path

RECT, LASSO = "rect", "lasso"
LASSO_STEP_PX = 4.0  # a lasso point every few pixels of mouse travel
MIN_SHAPE_PX = 3.0  # a click without a drag draws nothing
Z_HIGHLIGHT, Z_BAND = 5, 40


class MapSelector(QObject):
    """Draw a rectangle or a freehand lasso with the left mouse button while a mode is on.

    ``shapeDrawn`` carries the closed ring as an (n, 2) array of lon/lat. While a mode is on the
    left button draws instead of panning; the wheel still zooms; Escape abandons a shape.
    """

    shapeDrawn = Signal(object)
    modeChanged = Signal(str)

    def __init__(self, city_map, parent: QObject | None = None) -> None:
        super().__init__(parent or city_map)
        self.plot, self.viewbox = city_map.plot, city_map.viewbox
        self.mode = ""
        self._points: list[QPointF] = []  # in view (lon/lat) coordinates
        self._last_px = QPointF()
        self.band = pg.PlotCurveItem(pen=cosmetic_pen("#ffb000", 2))
        self.band.setZValue(Z_BAND)
        self.viewbox.addItem(self.band, ignoreBounds=True)
        self.plot.viewport().installEventFilter(self)
        self.plot.installEventFilter(self)

    def set_mode(self, mode: str | None) -> None:
        """``"rect"``, ``"lasso"``, or None / "" for plain panning."""
        self.mode = mode or ""
        self._cancel()
        cursor = Qt.CursorShape.CrossCursor if self.mode else Qt.CursorShape.ArrowCursor
        self.plot.viewport().setCursor(cursor)
        self.modeChanged.emit(self.mode)

    def set_colour(self, colour: str) -> None:
        self.band.setPen(cosmetic_pen(colour, 2))

    def draw(self, ring) -> None:
        """Hand over a shape as if drawn: an (n, 2) lon/lat sequence (closed if it was not)."""
        ring = np.asarray(ring, dtype=np.float64)
        if len(ring) >= 3:
            if not np.array_equal(ring[0], ring[-1]):
                ring = np.vstack([ring, ring[:1]])
            self.shapeDrawn.emit(ring)

    # -- the mouse --------------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape and self._points:
            self._cancel()
            return True
        if not self.mode or watched is not self.plot.viewport():
            return False
        if kind == QEvent.Type.MouseButtonPress and event.button() == Qt.MouseButton.LeftButton:
            self._start(event.position())
            return True
        if kind == QEvent.Type.MouseMove and self._points:
            self._extend(event.position())
            return True
        if kind == QEvent.Type.MouseButtonRelease and event.button() == Qt.MouseButton.LeftButton and self._points:
            self._finish(event.position())
            return True
        return False

    def _view(self, pos: QPointF) -> QPointF:
        return self.viewbox.mapSceneToView(self.plot.mapToScene(pos.toPoint()))

    def _start(self, pos: QPointF) -> None:
        self._points = [self._view(pos)]
        self._last_px = QPointF(pos)
        self._show()

    def _extend(self, pos: QPointF) -> None:
        if self.mode == RECT:
            self._points = [self._points[0], self._view(pos)]
        elif (pos - self._last_px).manhattanLength() >= LASSO_STEP_PX:
            self._points.append(self._view(pos))
            self._last_px = QPointF(pos)
        self._show()

    def _finish(self, pos: QPointF) -> None:
        self._extend(pos)
        ring = self._ring()
        self._cancel()
        if len(ring) >= 4 and _size_px(ring, self.viewbox.viewPixelSize()) >= MIN_SHAPE_PX:
            self.draw(ring)

    def _ring(self) -> np.ndarray:
        pts = np.array([[p.x(), p.y()] for p in self._points], dtype=np.float64)
        if self.mode == RECT and len(pts) == 2:
            (x0, y0), (x1, y1) = pts
            pts = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]])
        return np.vstack([pts, pts[:1]]) if len(pts) else pts

    def _show(self) -> None:
        ring = self._ring()
        self.band.setData(x=ring[:, 0], y=ring[:, 1]) if len(ring) else self.band.setData([], [])

    def _cancel(self) -> None:
        self._points = []
        self.band.setData([], [])


def _size_px(ring: np.ndarray, pixel: tuple[float, float]) -> float:
    span = np.ptp(ring, axis=0)
    return float(max(span[0] / max(abs(pixel[0]), 1e-12), span[1] / max(abs(pixel[1]), 1e-12)))


class FilledPathLayer(PathLayer):
    """A :class:`PathLayer` that also fills its rings."""

    def __init__(self, colour: str, fill_alpha: int, width: float = 2.0, dashed: bool = False) -> None:
        super().__init__(cosmetic_pen(colour, width))
        self._brush = QBrush()
        self.set_style(colour, fill_alpha, width, dashed)

    def set_style(self, colour: str, fill_alpha: int, width: float = 2.0, dashed: bool = False) -> None:
        pen = cosmetic_pen(colour, width)
        if dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        fill = QColor(colour)
        fill.setAlpha(fill_alpha)
        self._brush = QBrush(fill) if fill_alpha else QBrush()
        self.set_pen(pen)

    def paint(self, painter: QPainter, *args) -> None:
        painter.setBrush(self._brush)
        super().paint(painter, *args)


class AreaHighlight:
    """Chosen areas drawn over a map's grids: their outlines, filled translucent."""

    def __init__(self, city_map, colour: str = "#ffb000", fill_alpha: int = 60, dashed: bool = False,
                 z: float = Z_HIGHLIGHT) -> None:
        self.layer = FilledPathLayer(colour, fill_alpha, 2.0, dashed)
        self.layer.setZValue(z)
        city_map.viewbox.addItem(self.layer, ignoreBounds=True)
        self.count = 0

    def set_rings(self, rings: list[np.ndarray]) -> None:
        rings = [np.asarray(r, dtype=np.float64) for r in rings if len(r)]
        self.count = len(rings)
        path = rings_path(pack_rings(rings))
        path.setFillRule(Qt.FillRule.WindingFill)  # nested or touching areas fill, never cancel out
        self.layer.set_path(path)

    def set_style(self, colour: str, fill_alpha: int, dashed: bool = False) -> None:
        self.layer.set_style(colour, fill_alpha, 2.0, dashed)
