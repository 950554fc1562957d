"""Feeds the city map from the desk: workers from the position arrays, open events as markers,
selection both ways. One map update per batch, never one per worker."""
from __future__ import annotations

import time

import numpy as np
from PySide6.QtCore import QObject, QTimer

from commandcenter.models import labels
from commandcenter.widgets.throttle import Throttle

_EVENT_REFRESH_MS = 500
_STALE_CHECK_MS = 15_000


class MapBinding(QObject):
    def __init__(self, desk, city_map, console) -> None:
        super().__init__(console)
        self.desk, self.map, self.console = desk, city_map, console
        self.event_refresh = Throttle(self.show_events, _EVENT_REFRESH_MS, self)
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

    def show_events(self) -> None:
        events = list(self.desk.replica.events.values())
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
