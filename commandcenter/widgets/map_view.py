"""The city map: grid outlines, live grid workers and open events in lon/lat, for the operator console
and the wall. It knows nothing of the hub: it takes numpy arrays and plain values and emits signals.

Layout (STYLE §10): all grid outlines are one path per grid kind; workers are one ``ScatterPlotItem`` per
(status, stale) pair, so each item has one brush and ``setData(x=, y=)`` never builds per-point styles; a
full worker redraw runs at most once per ``redraw_ms`` (a :class:`Throttle`, STYLE §7).
"""
from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from .map_layers import (
    GRID_KINDS,
    SEVERITIES,
    STATUSES,
    THEMES,
    MapLegend,
    MapTheme,
    PathLayer,
    cosmetic_pen,
    nearest,
    pack_rings,
    ring_widths,
    rings_path,
)
from .throttle import Throttle

LAT0 = 39.6  # Tangshan
EVENT_PICK_PX = 8.0
WORKER_PICK_PX = 6.0
WORKER_SIZE, EVENT_SIZE, OVERDUE_SIZE, SELECTED_SIZE = 6, 13, 21, 29
Z_GRID, Z_AREA, Z_STALE, Z_WORKER, Z_OVERDUE, Z_EVENT, Z_SELECTED = 0, 1, 10, 11, 20, 21, 22


def default_labels() -> dict[str, str]:
    """Legend texts; each is a literal ``QCoreApplication.translate`` call so pyside6-lupdate finds it."""
    return {
        "workers": QCoreApplication.translate("CityMap", "Grid workers"),
        "offline": QCoreApplication.translate("CityMap", "Offline"),
        "idle": QCoreApplication.translate("CityMap", "Idle"),
        "patrol": QCoreApplication.translate("CityMap", "On patrol"),
        "busy": QCoreApplication.translate("CityMap", "Busy"),
        "stale": QCoreApplication.translate("CityMap", "Silent 5+ min"),
        "events": QCoreApplication.translate("CityMap", "Open events"),
        "critical": QCoreApplication.translate("CityMap", "Critical"),
        "high": QCoreApplication.translate("CityMap", "High"),
        "medium": QCoreApplication.translate("CityMap", "Medium"),
        "low": QCoreApplication.translate("CityMap", "Low"),
        "overdue": QCoreApplication.translate("CityMap", "Overdue"),
    }


class CityMap(QWidget):
    """A pannable, zoomable city map (equirectangular, 1° lon drawn as cos(lat0) × 1° lat).

    Items are public for tests and benchmarks; treat them as read-only.
    """

    eventClicked = Signal(int)  # event id
    workerClicked = Signal(int)  # worker row, as passed to set_workers

    def __init__(self, parent: QWidget | None = None, *, theme: str = "dark", redraw_ms: int = 1000,
                 lat0: float = LAT0) -> None:
        super().__init__(parent)
        self.plot = pg.PlotWidget(self)
        self.viewbox: pg.ViewBox = self.plot.getPlotItem().getViewBox()
        self._setup_plot(lat0)
        self._setup_items()
        self._setup_data()
        self._redraw = Throttle(self._draw_workers, redraw_ms, self)
        self._hover = QTimer(self, singleShot=True, interval=250, timeout=self._show_worker_tip)
        self._hover_pos = QPointF()
        self._tooltip: Callable[[int], str] | None = None
        self._custom_labels: dict[str, str] = {}
        self.legend = MapLegend(self.plot)
        self._theme_name = ""
        self.set_theme(theme)

    # -- set-up ---------------------------------------------------------------------------------------

    def _setup_plot(self, lat0: float) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot)
        item = self.plot.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.hideAxis("left")
        item.hideAxis("bottom")
        self.viewbox.setMenuEnabled(False)
        self.viewbox.setAspectLocked(True, ratio=math.cos(math.radians(lat0)))
        self.viewbox.disableAutoRange()
        self.viewbox.sigRangeChanged.connect(self._update_detail)
        self.plot.scene().sigMouseClicked.connect(self._on_click)
        self.plot.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.setMinimumSize(240, 180)

    def _setup_items(self) -> None:
        self.grid_layers = [self._add(PathLayer(cosmetic_pen("#888888")), Z_GRID) for _ in GRID_KINDS]
        self.area_layer = self._add(PathLayer(cosmetic_pen("#888888", 2)), Z_AREA)
        self.worker_items: dict[tuple[int, bool], pg.ScatterPlotItem] = {
            (s, stale): self._add(_scatter(WORKER_SIZE), Z_STALE if stale else Z_WORKER)
            for s in STATUSES for stale in (False, True)}
        self.event_items = {s: self._add(_scatter(EVENT_SIZE, "d"), Z_EVENT + s / 10) for s in SEVERITIES}
        self.overdue_item = self._add(_scatter(OVERDUE_SIZE), Z_OVERDUE)
        self.selected_item = self._add(_scatter(SELECTED_SIZE), Z_SELECTED)

    def _add(self, item, z: float):
        item.setZValue(z)
        self.viewbox.addItem(item, ignoreBounds=True)
        return item

    def _setup_data(self) -> None:
        self._framed = False
        self._grid_width = 0.0  # median lon extent of a grid, for fading outlines out when zoomed far out
        self._w_lon, self._w_lat = np.zeros(0), np.zeros(0)
        self._w_status = np.zeros(0, dtype=np.int8)
        self._w_stale = np.zeros(0, dtype=bool)
        self._e_ids = np.zeros(0, dtype=np.int64)
        self._e_lon, self._e_lat = np.zeros(0), np.zeros(0)
        self._e_sev = np.zeros(0, dtype=np.int8)
        self._e_overdue = np.zeros(0, dtype=bool)
        self._selected: int | None = None

    # -- grids ----------------------------------------------------------------------------------------

    def set_grids(self, rings: list[np.ndarray], kinds: np.ndarray | None = None) -> None:
        """Grid boundaries, each an (n, 2) lon/lat ring; ``kinds`` per ring: 0 comprehensive, 1 exclusive,
        2 special (or those names). One path item per kind, however many grids."""
        packed = pack_rings(rings)
        codes = _kind_codes(kinds, len(rings), [len(r) > 0 for r in rings])
        for code, layer in enumerate(self.grid_layers):
            keep = codes == code
            layer.set_path(rings_path(packed, None if keep.all() else keep))
        widths = ring_widths(packed)
        self._grid_width = float(np.median(widths)) if len(widths) else 0.0
        self._frame_once(packed.points[:, 0], packed.points[:, 1])
        self._update_detail()

    def set_areas(self, rings: list[np.ndarray]) -> None:
        """District (or street) outlines, drawn thicker above the grids."""
        self.area_layer.set_path(rings_path(pack_rings(rings)))

    # -- workers --------------------------------------------------------------------------------------

    def set_workers(self, lon: np.ndarray, lat: np.ndarray, status_codes: np.ndarray,
                    stale_mask: np.ndarray | None = None) -> None:
        """All workers: positions (NaN = no fix, not drawn), status 0 offline, 1 idle, 2 patrol, 3 busy
        (others as offline), ``stale_mask`` true where not heard from for 5 minutes. Row i is worker i."""
        self._w_lon = np.array(lon, dtype=np.float64)
        self._w_lat = np.array(lat, dtype=np.float64)
        self._w_status = np.array(status_codes, dtype=np.int8)
        self._w_stale = (np.zeros(len(self._w_lon), dtype=bool) if stale_mask is None
                         else np.array(stale_mask, dtype=bool))
        self._frame_once(self._w_lon, self._w_lat)
        self._redraw()

    def update_workers(self, rows: np.ndarray, lon: np.ndarray, lat: np.ndarray,
                       status_codes: np.ndarray) -> None:
        """New fixes for some rows (a fix means the worker was just heard from: no longer stale).
        Stored at once; drawn by the throttled redraw."""
        rows = np.asarray(rows, dtype=np.intp)
        if len(rows) and rows.max() >= len(self._w_lon):
            self._grow(int(rows.max()) + 1)
        self._w_lon[rows] = lon
        self._w_lat[rows] = lat
        self._w_status[rows] = status_codes
        self._w_stale[rows] = False
        self._redraw()

    def set_worker_stale(self, stale_mask: np.ndarray) -> None:
        """Refresh who is stale (the view re-evaluates the 5-minute rule now and then)."""
        self._w_stale = np.array(stale_mask, dtype=bool)
        self._redraw()

    def flush(self) -> None:
        """Draw a pending worker update now instead of when the throttle fires."""
        self._redraw.flush()

    def set_worker_tooltip(self, fn: Callable[[int], str] | None) -> None:
        """``fn(row)`` gives the tooltip of the worker under the mouse (name, kind, grid, last seen)."""
        self._tooltip = fn

    def _grow(self, size: int) -> None:
        extra = size - len(self._w_lon)
        self._w_lon = np.concatenate([self._w_lon, np.full(extra, np.nan)])
        self._w_lat = np.concatenate([self._w_lat, np.full(extra, np.nan)])
        self._w_status = np.concatenate([self._w_status, np.zeros(extra, dtype=np.int8)])
        self._w_stale = np.concatenate([self._w_stale, np.zeros(extra, dtype=bool)])

    def _draw_workers(self) -> None:
        status = np.where((self._w_status >= 1) & (self._w_status <= 3), self._w_status, 0)
        group = status * 2 + self._w_stale
        group[~(np.isfinite(self._w_lon) & np.isfinite(self._w_lat))] = -1
        for (s, stale), item in self.worker_items.items():
            rows = np.flatnonzero(group == s * 2 + stale)
            item.setData(x=self._w_lon[rows], y=self._w_lat[rows])

    # -- events ---------------------------------------------------------------------------------------

    def set_events(self, ids: np.ndarray, lon: np.ndarray, lat: np.ndarray, severity: np.ndarray,
                   overdue_mask: np.ndarray, selected_id: int | None = None) -> None:
        """Open events: severity 1 low … 4 critical; overdue ones ringed. ``selected_id`` selects one;
        None keeps the current selection while that event is still among ``ids``."""
        self._e_ids = np.array(ids, dtype=np.int64)
        self._e_lon = np.array(lon, dtype=np.float64)
        self._e_lat = np.array(lat, dtype=np.float64)
        self._e_sev = np.clip(np.array(severity, dtype=np.int8), 1, 4)
        self._e_overdue = np.array(overdue_mask, dtype=bool)
        if selected_id is not None:
            self._selected = int(selected_id)
        self._frame_once(self._e_lon, self._e_lat)
        for sev, item in self.event_items.items():
            keep = self._e_sev == sev
            item.setData(x=self._e_lon[keep], y=self._e_lat[keep])
        self.overdue_item.setData(x=self._e_lon[self._e_overdue], y=self._e_lat[self._e_overdue])
        self._draw_selection()

    def select_event(self, event_id: int | None) -> None:
        """Highlight an event (None clears) and pan to it when it is off-screen; the zoom is kept."""
        self._selected = None if event_id is None else int(event_id)
        at = self._draw_selection()
        if at is not None:
            self._ensure_visible(*at)

    def selected_event(self) -> int | None:
        return self._selected

    def _draw_selection(self) -> tuple[float, float] | None:
        hit = np.flatnonzero(self._e_ids == self._selected) if self._selected is not None else []
        if not len(hit):
            self.selected_item.setData(x=[], y=[])
            return None
        x, y = float(self._e_lon[hit[0]]), float(self._e_lat[hit[0]])
        self.selected_item.setData(x=[x], y=[y])
        return x, y

    # -- view -----------------------------------------------------------------------------------------

    def frame(self, lon_min: float, lat_min: float, lon_max: float, lat_max: float) -> None:
        """Show this lon/lat box (widened on one axis to keep the aspect)."""
        self._framed = True
        self.viewbox.setRange(QRectF(lon_min, lat_min, lon_max - lon_min, lat_max - lat_min), padding=0.02)

    def _frame_once(self, x: np.ndarray, y: np.ndarray) -> None:
        ok = np.isfinite(x) & np.isfinite(y)
        if self._framed or not ok.any():
            return
        x, y = x[ok], y[ok]
        span = 0.005  # ~500 m around a lone point
        self.frame(x.min() - span * (x.min() == x.max()), y.min() - span * (y.min() == y.max()),
                   x.max() + span * (x.min() == x.max()), y.max() + span * (y.min() == y.max()))

    def _ensure_visible(self, x: float, y: float) -> None:
        rect = self.viewbox.viewRect()
        inner = rect.adjusted(rect.width() * 0.05, rect.height() * 0.05, -rect.width() * 0.05,
                              -rect.height() * 0.05)
        if not inner.contains(QPointF(x, y)):
            self.viewbox.translateBy(x=x - rect.center().x(), y=y - rect.center().y())

    def _update_detail(self, *args) -> None:
        """Fade grid outlines out when a grid is under ~3 px wide: a solid mesh helps nobody."""
        px = self._pixel()[0]
        grid_px = self._grid_width / px if px > 0 else 0.0
        opacity = float(np.clip((grid_px - 3.0) / 9.0, 0.0, 1.0))
        for layer in self.grid_layers:
            layer.setOpacity(opacity)
            layer.setVisible(opacity > 0)

    def _pixel(self) -> tuple[float, float]:
        px, py = self.viewbox.viewPixelSize()
        return abs(px), abs(py)

    # -- picking and hover ----------------------------------------------------------------------------

    def event_at(self, scene_pos: QPointF) -> int | None:
        """Id of the event marker nearest ``scene_pos``, within a few pixels."""
        at = self.viewbox.mapSceneToView(scene_pos)
        i = nearest(self._e_lon, self._e_lat, (at.x(), at.y()), self._pixel(), EVENT_PICK_PX)
        return None if i is None else int(self._e_ids[i])

    def worker_at(self, scene_pos: QPointF) -> int | None:
        """Row of the worker nearest ``scene_pos``, within a few pixels."""
        at = self.viewbox.mapSceneToView(scene_pos)
        return nearest(self._w_lon, self._w_lat, (at.x(), at.y()), self._pixel(), WORKER_PICK_PX)

    def _on_click(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        event_id = self.event_at(event.scenePos())
        if event_id is not None:
            self.eventClicked.emit(event_id)
            return
        row = self.worker_at(event.scenePos())
        if row is not None:
            self.workerClicked.emit(row)

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        if self._tooltip is not None:
            self._hover_pos = QPointF(scene_pos)
            self._hover.start()

    def _show_worker_tip(self) -> None:
        row = self.worker_at(self._hover_pos) if self._tooltip is not None else None
        if row is None:
            QToolTip.hideText()
            return
        where = self.plot.mapToGlobal(self.plot.mapFromScene(self._hover_pos))
        QToolTip.showText(where, self._tooltip(row), self.plot)

    def leaveEvent(self, event: QEvent) -> None:
        self._hover.stop()
        super().leaveEvent(event)

    # -- looks and words ------------------------------------------------------------------------------

    def set_theme(self, name: str) -> None:
        """``"dark"`` (control room) or ``"light"``."""
        if name not in THEMES:
            raise ValueError(f"unknown theme {name!r}; expected one of {sorted(THEMES)}")
        self._theme_name = name
        theme = THEMES[name]
        self.plot.setBackground(theme.background)
        for colour, layer in zip(theme.grid, self.grid_layers, strict=True):
            layer.set_pen(cosmetic_pen(colour))
        self.area_layer.set_pen(cosmetic_pen(theme.area, 2))
        _style_workers(self.worker_items, theme)
        self._style_events(theme)
        self._show_legend()

    def theme(self) -> str:
        return self._theme_name

    def set_labels(self, labels: dict[str, str]) -> None:
        """Override legend texts by key (see :func:`default_labels`), e.g. for another language."""
        unknown = set(labels) - set(default_labels())
        if unknown:
            raise KeyError(f"unknown legend keys: {sorted(unknown)}")
        self._custom_labels.update(labels)
        self._show_legend()

    def labels(self) -> dict[str, str]:
        return default_labels() | self._custom_labels

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._show_legend()
        super().changeEvent(event)

    def _show_legend(self) -> None:
        self.legend.show_content(self.labels(), THEMES[self._theme_name])

    def _style_events(self, theme: MapTheme) -> None:
        edge = cosmetic_pen(theme.marker_edge, 1.2)
        for severity, item in self.event_items.items():
            item.setPen(edge)
            item.setBrush(pg.mkBrush(theme.severity[severity - 1]))
        self.overdue_item.setPen(cosmetic_pen(theme.overdue, 2))
        self.overdue_item.setBrush(pg.mkBrush(None))
        self.selected_item.setPen(cosmetic_pen(theme.selected, 2.5))
        self.selected_item.setBrush(pg.mkBrush(None))


def _scatter(size: int, symbol: str = "o") -> pg.ScatterPlotItem:
    return pg.ScatterPlotItem(pxMode=True, size=size, symbol=symbol, pen=None, brush=None)


def _style_workers(items: dict[tuple[int, bool], pg.ScatterPlotItem], theme: MapTheme) -> None:
    edge = cosmetic_pen(theme.marker_edge, 1, alpha=160)
    for (status, stale), item in items.items():
        colour = theme.status[status]
        if stale:
            item.setPen(cosmetic_pen(colour, 1.3, alpha=190))
            item.setBrush(pg.mkBrush(None))
        else:
            item.setPen(edge)
            item.setBrush(pg.mkBrush(colour))


def _kind_codes(kinds: np.ndarray | None, count: int, nonempty: list[bool]) -> np.ndarray:
    """Kind code per non-empty ring (names or ints; unknown ones count as comprehensive)."""
    if kinds is None:
        return np.zeros(sum(nonempty), dtype=np.int8)
    kinds = np.asarray(kinds)
    if len(kinds) != count:
        raise ValueError(f"{len(kinds)} kinds for {count} rings")
    if kinds.dtype.kind in "iu":
        codes = np.where((kinds >= 0) & (kinds < len(GRID_KINDS)), kinds, 0)
    else:
        lookup = {name: i for i, name in enumerate(GRID_KINDS)}
        codes = np.fromiter((lookup.get(str(k), 0) for k in kinds), dtype=np.int8, count=count)
    return codes[np.asarray(nonempty, dtype=bool)].astype(np.int8)
