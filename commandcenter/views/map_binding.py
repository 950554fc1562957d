"""Feeds the city map from the desk: workers from the position arrays, open events as markers,
selection both ways. One map update per batch, never one per worker. A scoped desk (or a city desk
narrowed to one area) gets its area outlined, framed, and only the area's events as markers."""
from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QObject, QTimer

from commandcenter.domain import levels
from commandcenter.models import labels
from commandcenter.widgets.map_layers import PathLayer, cosmetic_pen, pack_rings, rings_path
from commandcenter.widgets.throttle import Throttle

_EVENT_REFRESH_MS = 500
_STALE_CHECK_MS = 15_000
Z_FOCUS = 3.5  # the focused area's outline: above grids and district outlines, below workers
FOCUS_COLOURS = {"dark": "#ffd166", "light": "#c26a00"}


class MapBinding(QObject):
    def __init__(self, desk, city_map, console) -> None:
        super().__init__(console)
        self.desk, self.map, self.console = desk, city_map, console
        self.event_refresh = Throttle(self.show_events, _EVENT_REFRESH_MS, self)
        self.area: str | None = None  # only this area's events are drawn (None: all the desk holds)
        self.outline = PathLayer(cosmetic_pen(FOCUS_COLOURS.get(city_map.theme(), "#ffd166"), 2.5))
        self.outline.setZValue(Z_FOCUS)
        city_map.viewbox.addItem(self.outline, ignoreBounds=True)
        desk.changed.connect(self.on_changes)
        city_map.eventClicked.connect(console.select_event)
        city_map.set_worker_tooltip(self.worker_tooltip)
        self.stale_timer = QTimer(self, interval=_STALE_CHECK_MS, timeout=self.mark_stale)
        self.stale_timer.start()
        self.show_workers()
        self.show_events()

    def stale_mask(self) -> np.ndarray:
        return self.desk.replica.workers.stale(time.time() * 1000)

    def show_workers(self) -> None:
        w = self.desk.replica.workers
        self.map.set_workers(w.lon, w.lat, np.maximum(w.status, 0), self.stale_mask())

    def mark_stale(self) -> None:
        self.map.set_worker_stale(self.stale_mask())

    def focus(self, area: str | None, rings: list, bounds: tuple[float, float, float, float] | None) -> None:
        """Outline ``rings`` (an area's), frame the map on ``bounds`` and draw only the events inside
        ``area`` (None: every event the desk holds)."""
        self.area = area
        self.outline.set_pen(cosmetic_pen(FOCUS_COLOURS.get(self.map.theme(), "#ffd166"), 2.5))
        self.outline.set_path(rings_path(pack_rings(rings)))
        if bounds is not None:
            self.map.frame(*bounds)
        self.show_events()

    def show_events(self) -> None:
        events = [e for e in self.desk.replica.events.values() if levels.inside(e.grid_id, self.area)]
        ids = np.fromiter((e.id for e in events), dtype=np.int64, count=len(events))
        lon = np.fromiter((e.lon for e in events), dtype=np.float64, count=len(events))
        lat = np.fromiter((e.lat for e in events), dtype=np.float64, count=len(events))
        severity = np.fromiter((e.severity for e in events), dtype=np.int8, count=len(events))
        overdue = np.fromiter((e.overdue for e in events), dtype=bool, count=len(events))
        self.map.set_events(ids, lon, lat, severity, overdue, self.console.detail.subject.id
                            if self.console.detail.subject else None)

    def on_changes(self, changes) -> None:
        if changes.reset or "workers" in changes.kinds:
            self.show_workers()
        elif len(changes.positions):
            w, rows = self.desk.replica.workers, changes.positions
            self.map.update_workers(rows, w.lon[rows], w.lat[rows], np.maximum(w.status[rows], 0))
        if changes.reset or "events" in changes.kinds:
            self.event_refresh()

    def worker_tooltip(self, row: int) -> str:
        w = self.desk.replica.workers
        if not 0 <= row < len(w):
            return ""
        worker = w.get(str(w.ids[row]))
        age = (time.time() * 1000 - int(w.at_ms[row])) / 1000 if w.at_ms[row] else None
        seen = "—" if age is None else f"{age:.0f} s" if age < 120 else f"{age / 60:.0f} min"
        grid = self.console.model.grid_names.get(worker.grid_id, worker.grid_id)
        return (f"{worker.name} · {labels.worker_kind(worker.kind)}\n{grid}\n"
                f"{labels.worker_status(worker.status)} · {seen}")
