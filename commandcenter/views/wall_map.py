"""Feeds the wall's city map: worker density as a heat layer at city zoom and dots when zoomed in, open
events by severity (overdue ones ringed by the map), and a brief pulse on each new report.

Read-only: no clicks, no tooltips, no mouse zoom. One map update per batch (STYLE §7): events through a
500 ms throttle, the heat raster at most every 2 s; the pulse ring is one scatter item whose timer runs
only while a pulse is alive, and at most :data:`MAX_PULSES` are kept.
"""
from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QTimer

from commandcenter.domain.watch import UNSETTLED
from commandcenter.widgets import map_view
from commandcenter.widgets.heat_layer import HeatLayer
from commandcenter.widgets.map_layers import cosmetic_pen
from commandcenter.widgets.throttle import Throttle

#: the view is at "city zoom" (heat) while it shows more than this share of the city's width
DOTS_BELOW = 0.35
PULSE_S, PULSE_PERIOD_S, MAX_PULSES = 6.0, 1.5, 24
PULSE_COLOUR = "#ffffff"
#: brighter outlines than a desk's map: a wall is seen from across the room
GRID_PEN, AREA_PEN = "#44597a", "#9fb6d3"
Z_PULSE = 30


class WallMap(QObject):
    def __init__(self, desk, city, bounds: tuple[float, float, float, float], parent=None) -> None:
        super().__init__(parent)
        self.desk, self.map, self.bounds = desk, city, bounds
        self.scale = 1.0
        city.plot.setMouseEnabled(x=False, y=False)
        city.set_worker_tooltip(None)
        self.heat = HeatLayer(cells=140, blur=2, colormap="inferno", opacity=0.85)
        city.viewbox.addItem(self.heat, ignoreBounds=True)
        self.pulse = pg.ScatterPlotItem(pxMode=True, symbol="o", brush=None, pen=cosmetic_pen(PULSE_COLOUR, 2))
        self.pulse.setZValue(Z_PULSE)
        city.viewbox.addItem(self.pulse, ignoreBounds=True)
        self.pulses: dict[int, float] = {}  # event id -> monotonic start
        self._wire(desk, city)
        self.show_workers()
        self.show_events()
        self._zoom_changed()

    def _wire(self, desk, city) -> None:
        self.event_refresh = Throttle(self.show_events, 500, self)
        self.heat_refresh = Throttle(self.show_heat, 2000, self)
        self.pulse_timer = QTimer(self, interval=100, timeout=self._animate)
        self.stale_timer = QTimer(self, interval=15_000, timeout=self.mark_stale)
        self.stale_timer.start()
        city.viewbox.sigRangeChanged.connect(self._zoom_changed)
        desk.changed.connect(self.on_changes)

    # -- workers -------------------------------------------------------------------------------

    def city_zoom(self) -> bool:
        width = self.map.viewbox.viewRect().width()
        return width >= DOTS_BELOW * (self.bounds[2] - self.bounds[0])

    def _zoom_changed(self, *args) -> None:
        heat = self.city_zoom()
        self.heat.setVisible(heat)
        for item in self.map.worker_items.values():
            item.setVisible(not heat)
        if heat:
            self.heat_refresh()

    def stale_mask(self) -> np.ndarray:
        return self.desk.replica.workers.stale(time.time() * 1000)

    def show_workers(self) -> None:
        w = self.desk.replica.workers
        self.map.set_workers(w.lon, w.lat, np.maximum(w.status, 0), self.stale_mask())
        self.heat_refresh()

    def mark_stale(self) -> None:
        self.map.set_worker_stale(self.stale_mask())

    def show_heat(self) -> None:
        """Density of the workers on duty (idle, on patrol, busy) who are not silent."""
        if not self.heat.isVisible():
            return
        w = self.desk.replica.workers
        keep = (w.status >= 1) & np.isfinite(w.lon) & np.isfinite(w.lat) & ~self.stale_mask()
        self.heat.set_points(w.lon[keep], w.lat[keep], bounds=self.bounds)

    # -- events --------------------------------------------------------------------------------

    def show_events(self) -> None:
        events = [e for e in self.desk.replica.events.values() if e.status in UNSETTLED]
        n = len(events)
        self.map.set_events(np.fromiter((e.id for e in events), dtype=np.int64, count=n),
                            np.fromiter((e.lon for e in events), dtype=np.float64, count=n),
                            np.fromiter((e.lat for e in events), dtype=np.float64, count=n),
                            np.fromiter((e.severity for e in events), dtype=np.int8, count=n),
                            np.fromiter((e.overdue for e in events), dtype=bool, count=n))

    def on_changes(self, changes) -> None:
        if changes.reset or "workers" in changes.kinds:
            self.show_workers()
        elif len(changes.positions):
            w, rows = self.desk.replica.workers, changes.positions
            self.map.update_workers(rows, w.lon[rows], w.lat[rows], np.maximum(w.status[rows], 0))
            self.heat_refresh()
        if changes.reset:
            self.pulses.clear()
        else:
            self.start_pulses(changes.inserted["events"])
        if changes.reset or "events" in changes.kinds:
            self.event_refresh()

    # -- pulses --------------------------------------------------------------------------------

    def start_pulses(self, event_ids) -> None:
        now = time.monotonic()
        for event_id in event_ids:
            self.pulses[event_id] = now
        while len(self.pulses) > MAX_PULSES:
            del self.pulses[next(iter(self.pulses))]
        if self.pulses and not self.pulse_timer.isActive():
            self.pulse_timer.start()

    def _animate(self) -> None:
        now, events = time.monotonic(), self.desk.replica.events
        for event_id in [i for i, t in self.pulses.items() if now - t > PULSE_S or i not in events]:
            del self.pulses[event_id]
        if not self.pulses:
            self.pulse_timer.stop()
            self.pulse.setData(x=[], y=[])
            return
        live = [(events[i], now - t) for i, t in self.pulses.items()]
        phase = np.array([(age % PULSE_PERIOD_S) / PULSE_PERIOD_S for _, age in live])
        size = self.scale * (map_view.EVENT_SIZE + phase * 4 * map_view.EVENT_SIZE)
        self.pulse.setData(x=[e.lon for e, _ in live], y=[e.lat for e, _ in live], size=size)

    # -- looks ---------------------------------------------------------------------------------

    def set_scale(self, scale: float) -> None:
        """Bigger markers on a bigger wall (the map's own sizes are for a desk at arm's length)."""
        self.scale = scale = max(1.0, scale * 1.3)
        for item in self.map.event_items.values():
            item.setSize(map_view.EVENT_SIZE * scale)
        self.map.overdue_item.setSize(map_view.OVERDUE_SIZE * scale)
        for item in self.map.worker_items.values():
            item.setSize(map_view.WORKER_SIZE * scale)
        for layer in self.map.grid_layers:
            layer.set_pen(cosmetic_pen(GRID_PEN, scale / 1.3))
        self.map.area_layer.set_pen(cosmetic_pen(AREA_PEN, 2 * scale / 1.3))
        self.pulse.setPen(cosmetic_pen(PULSE_COLOUR, 2 * scale / 1.3))
