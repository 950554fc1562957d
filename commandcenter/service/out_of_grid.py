"""Out-of-grid watch: which on-duty workers are outside their own grid, and since when.

Per batch, one vectorised geofence test over the batch's workers; per sweep, one comparison
over every worker. ``since`` is the time a worker left (0 while inside or off duty); ``flagged``
mirrors the workers' ``out_of_grid_since`` (persisted in their records, so a restart keeps it).
"""
from __future__ import annotations

from datetime import datetime

import numpy as np
from msgspec.structs import replace

from commandcenter.domain import field as rules
from commandcenter.domain.clock import from_epoch_ms, to_epoch_ms
from commandcenter.domain.entities import Alert, Worker

from .geofence import Geofence
from .unit import Unit
from .workers import WorkerBook


class OutOfGrid:
    def __init__(self, book: WorkerBook, fence: Geofence) -> None:
        self.book, self.fence = book, fence
        self.poly = fence.grid_index(book.grid_ids)
        marks = [w.out_of_grid_since for w in book.records]
        self.flagged = np.array([m is not None for m in marks], dtype=bool)
        self.since = np.array([to_epoch_ms(m) if m else 0 for m in marks], dtype=np.int64)

    def observe(self, rows: np.ndarray, lat, lon, ms, status) -> tuple[np.ndarray, np.ndarray]:
        """Take one batch of plausible fixes; returns the rows to flag and the rows to clear."""
        outside = rules.on_duty(status) & self.fence.outside(self.poly[rows], lat, lon)
        self.since[rows] = rules.out_of_grid_step(outside, self.since[rows], ms)
        return self._due(rows, ms)

    def sweep(self, now_ms: int) -> tuple[np.ndarray, np.ndarray]:
        """Workers who went quiet while out still get flagged once the time has passed."""
        return self._due(np.arange(len(self.since)), now_ms)

    def _due(self, rows: np.ndarray, now_ms) -> tuple[np.ndarray, np.ndarray]:
        flag = rules.due_for_flag(self.since[rows], self.flagged[rows], now_ms)
        clear = self.flagged[rows] & (self.since[rows] == 0)
        return rows[flag], rows[clear]

    def apply(self, unit: Unit, row: int, grid_name: str) -> None:
        """The flag (or its clearing) of one worker, as the hub's own change in ``unit``; a worker
        who changed meanwhile is left alone (the next batch or sweep sees them again)."""
        since = int(self.since[row])
        flag = since > 0
        if flag == bool(self.flagged[row]):
            return
        book, old = self.book, self.book.records[row]
        book.records[row] = replace(old, out_of_grid_since=from_epoch_ms(since) if flag else None)
        self.flagged[row] = flag
        book.version += 1

        def undo() -> None:
            book.records[row], self.flagged[row] = old, not flag

        unit.put_worker(book.entity(row), undo)
        if flag:
            self._alert(unit, book.entity(row), grid_name)

    def _alert(self, unit: Unit, worker: Worker, grid_name: str) -> None:
        alert_id = unit.state.ids["alert"].take()
        if alert_id is None:
            return
        left: datetime = worker.out_of_grid_since
        body = (f"{worker.name}（{worker.id}）自 {left.strftime('%H:%M')} 起离开 {grid_name}（{worker.grid_id}）"
                f"超过 {rules.OUT_OF_GRID_AFTER_MS // 60_000} 分钟")
        unit.put_alert(Alert(id=alert_id, title=f"网格员离岗：{worker.name}", body=body,
                             grid_ids=(worker.grid_id,), expires_at=unit.now + rules.OUT_OF_GRID_ALERT_TTL,
                             created_at=unit.now, created_by="hub", recipients=0, kind="out_of_grid",
                             worker_id=worker.id))
