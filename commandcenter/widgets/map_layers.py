"""Building blocks of :class:`~commandcenter.widgets.map_view.CityMap`: colour themes, one-path outline
layers, ring packing, the legend overlay and nearest-point picking. Plain numpy in, Qt items out."""
from __future__ import annotations

import html
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QLabel, QWidget

STATUSES = (0, 1, 2, 3)  # offline, idle, patrol, busy
SEVERITIES = (1, 2, 3, 4)  # low, medium, high, critical
GRID_KINDS = ("comprehensive", "exclusive", "special")


@dataclass(frozen=True)
class MapTheme:
    background: str
    grid: tuple[str, str, str]  # one colour per grid kind
    area: str
    status: tuple[str, str, str, str]  # offline, idle, patrol, busy
    severity: tuple[str, str, str, str]  # low, medium, high, critical
    marker_edge: str
    overdue: str
    selected: str
    text: str
    muted: str
    legend_bg: str
    legend_border: str


THEMES: dict[str, MapTheme] = {
    "dark": MapTheme(
        background="#0a0d11", grid=("#263242", "#3a3558", "#1f4650"), area="#5a708c",
        status=("#7f8da0", "#5cb85c", "#4c8dd6", "#f0ad4e"),
        severity=("#3aa6a0", "#d4b106", "#e8833a", "#e5534b"),
        marker_edge="#0a0d11", overdue="#ff5c7a", selected="#ffffff", text="#d8dee9", muted="#8a99ab",
        legend_bg="rgba(14, 18, 23, 215)", legend_border="#2c3644"),
    "light": MapTheme(
        background="#ffffff", grid=("#c9d0d8", "#cdbfe0", "#a9d3dc"), area="#6b7785",
        status=("#8a96a3", "#2e9e4f", "#2f6fb3", "#d98e04"),
        severity=("#23867f", "#b39200", "#d9691c", "#d23a32"),
        marker_edge="#ffffff", overdue="#d6135a", selected="#111111", text="#1f2933", muted="#5a6677",
        legend_bg="rgba(255, 255, 255, 225)", legend_border="#c3ccd6"),
}


def cosmetic_pen(colour: str, width: float = 1.0, alpha: int = 255) -> QPen:
    """A pen whose width is in pixels whatever the zoom (pyqtgraph pens are cosmetic)."""
    colour_ = pg.mkColor(colour)
    colour_.setAlpha(alpha)
    return pg.mkPen(colour_, width=width)


class PathLayer(pg.GraphicsObject):
    """Many outlines as one ``QPainterPath``, painted in one call and cached as a device pixmap, so a
    scatter update above it does not repaint 75,000 rings."""

    def __init__(self, pen: QPen, brush: QBrush | None = None) -> None:
        super().__init__()
        self._path = QPainterPath()
        self._rect = QRectF()
        self._pen = pen
        self._brush = brush if brush is not None else QBrush(Qt.BrushStyle.NoBrush)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)

    def path(self) -> QPainterPath:
        return self._path

    def set_path(self, path: QPainterPath) -> None:
        self.prepareGeometryChange()
        self._path = path
        self._rect = path.boundingRect()
        self.informViewBoundsChanged()
        self.update()

    def set_pen(self, pen: QPen) -> None:
        self._pen = pen
        self.update()

    def set_brush(self, brush: QBrush) -> None:
        self._brush = brush
        self.update()

    def boundingRect(self) -> QRectF:
        pad = 0.01 * max(self._rect.width(), self._rect.height())  # room for the stroke at any sane zoom
        return self._rect.adjusted(-pad, -pad, pad, pad)

    def dataBounds(self, ax: int, frac: float = 1.0, orthoRange=None) -> tuple[float, float] | None:
        if self._rect.isEmpty():
            return None
        r = self._rect
        return (r.left(), r.right()) if ax == 0 else (r.top(), r.bottom())

    def paint(self, painter: QPainter, *args) -> None:
        painter.setPen(self._pen)
        painter.setBrush(self._brush)
        painter.drawPath(self._path)


@dataclass(frozen=True)
class Rings:
    """Rings packed end to end: ``points`` (M, 2) lon/lat, ``lengths`` points per ring, every ring closed."""

    points: np.ndarray
    lengths: np.ndarray

    @property
    def starts(self) -> np.ndarray:
        return np.cumsum(self.lengths) - self.lengths


def pack_rings(rings: list[np.ndarray]) -> Rings:
    """Concatenate ``rings`` (each (n, 2), lon/lat) and close the open ones, without a Python loop."""
    rings = [r for r in rings if len(r)]
    if not rings:
        return Rings(np.zeros((0, 2)), np.zeros(0, dtype=np.intp))
    lengths = np.fromiter(map(len, rings), dtype=np.intp, count=len(rings))
    points = np.concatenate(rings).astype(np.float64, copy=False)
    starts = np.cumsum(lengths) - lengths
    first, last = points[starts], points[starts + lengths - 1]
    open_ = np.any(first != last, axis=1)
    if open_.any():
        points = np.insert(points, (starts + lengths)[open_], first[open_], axis=0)
        lengths = lengths + open_
    return Rings(points, lengths)


def rings_path(rings: Rings, keep: np.ndarray | None = None) -> QPainterPath:
    """One path of all rings (or of the rings where ``keep`` is true), each its own subpath."""
    lengths = rings.lengths if keep is None else rings.lengths[keep]
    points = rings.points if keep is None else rings.points[np.repeat(keep, rings.lengths)]
    if not len(points):
        return QPainterPath()
    connect = np.ones(len(points), dtype=np.int32)
    connect[np.cumsum(lengths) - 1] = 0
    return pg.arrayToQPath(points[:, 0], points[:, 1], connect=connect)


def ring_widths(rings: Rings) -> np.ndarray:
    """The lon extent of each ring."""
    if not len(rings.lengths):
        return np.zeros(0)
    x = rings.points[:, 0]
    return np.maximum.reduceat(x, rings.starts) - np.minimum.reduceat(x, rings.starts)


def nearest(x: np.ndarray, y: np.ndarray, at: tuple[float, float], pixel: tuple[float, float],
            radius_px: float) -> int | None:
    """Index of the point nearest ``at`` within ``radius_px`` pixels, given the size of a pixel in data units."""
    if not len(x):
        return None
    dx = (x - at[0]) / pixel[0]
    dy = (y - at[1]) / pixel[1]
    d2 = dx * dx + dy * dy
    d2[~np.isfinite(d2)] = np.inf
    best = int(np.argmin(d2))
    return best if d2[best] <= radius_px * radius_px else None


class MapLegend(QLabel):
    """Status and severity colours in a corner of the map; ignores the mouse so panning goes through."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.move(10, 10)

    def show_content(self, labels: dict[str, str], theme: MapTheme) -> None:
        self.setStyleSheet(f"QLabel {{ background: {theme.legend_bg}; color: {theme.text};"
                           f" border: 1px solid {theme.legend_border}; border-radius: 4px; padding: 6px 9px; }}")
        self.setText(legend_html(labels, theme))
        self.adjustSize()


def legend_html(labels: dict[str, str], theme: MapTheme) -> str:
    """Two columns, workers then events, each a heading and coloured glyphs with their labels."""
    def entry(glyph: str, colour: str, key: str) -> str:
        return (f"<td style='padding-right:14px'><span style='color:{colour}'>{glyph}</span>"
                f"&nbsp;{html.escape(labels[key])}</td>")

    workers = [entry("●", theme.status[s], k)
               for s, k in zip(STATUSES, ("offline", "idle", "patrol", "busy"), strict=True)]
    workers.append(entry("○", theme.muted, "stale"))
    events = [entry("◆", theme.severity[s - 1], k)
              for s, k in zip((4, 3, 2, 1), ("critical", "high", "medium", "low"), strict=True)]
    events.append(entry("◎", theme.overdue, "overdue"))
    head = f"<td style='color:{theme.muted}; padding-bottom:3px'>{{}}</td>"
    rows = [head.format(html.escape(labels["workers"])) + head.format(html.escape(labels["events"]))]
    rows += [w + e for w, e in zip(workers, events, strict=True)]
    return "<table cellspacing=0 cellpadding=0>" + "".join(f"<tr>{r}</tr>" for r in rows) + "</table>"
