"""Every worker, column-wise in numpy arrays: positions, status and the change clock.

The gateway's ``positions`` batches land here in one vectorised assignment per frame; the
hub's fan-out reads which rows changed since a tick. No Python object per worker update.
"""
from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from msgspec.structs import replace

from commandcenter.domain import alerts as alert_rules
from commandcenter.domain.clock import from_epoch_ms
from commandcenter.domain.codes import WORKER_STATUS_CODES
from commandcenter.domain.entities import Worker
from commandcenter.domain.positions import newest_only, split_positions
from commandcenter.domain.ranking import STATUS_RANK

STATUS_INDEX = {s.value: i for i, s in enumerate(WORKER_STATUS_CODES)}
STATUS_NAMES = np.array([s.value for s in WORKER_STATUS_CODES], dtype=object)
_RANK_BY_STATUS = np.array([STATUS_RANK.get(s.value, -1) for s in WORKER_STATUS_CODES], dtype=np.int8)


class WorkerBook:
    def __init__(self, workers: Sequence[Worker]) -> None:
        self.records: list[Worker] = list(workers)
        self.ids = np.array([w.id for w in self.records], dtype=object)
        self.index = {w.id: i for i, w in enumerate(self.records)}
        self.grid_ids = np.array([w.grid_id for w in self.records], dtype=object)
        n = len(self.records)
        self.lat = np.array([w.lat if w.lat is not None else np.nan for w in self.records], dtype=np.float64)
        self.lon = np.array([w.lon if w.lon is not None else np.nan for w in self.records], dtype=np.float64)
        self.at_ms = np.array([_ms(w) for w in self.records], dtype=np.int64)
        self.status = np.array([STATUS_INDEX.get(w.status, 0) for w in self.records], dtype=np.int8)
        #: the tick at which each worker last moved or changed status
        self.changed = np.zeros(n, dtype=np.int64)
        self.saved_ms = self.at_ms.copy()
        self.tick = 0
        #: bumps on every change, so encodings of the whole book can be cached
        self.version = 0
        self.unknown_ids = 0
        #: called with each batch's applied fixes (tracks, coverage, out-of-grid)
        self.listeners: list = []

    def __len__(self) -> int:
        return len(self.records)

    def get(self, worker_id: str) -> Worker | None:
        i = self.index.get(worker_id)
        return None if i is None else self.entity(i)

    def entity(self, i: int) -> Worker:
        ms = int(self.at_ms[i])
        lat, lon = float(self.lat[i]), float(self.lon[i])
        return replace(
            self.records[i],
            lat=None if np.isnan(lat) else lat,
            lon=None if np.isnan(lon) else lon,
            at=from_epoch_ms(ms) if ms else None,
            status=str(STATUS_NAMES[self.status[i]]),
        )

    def apply(self, items: Sequence[Sequence]) -> int:
        """Apply a batch of ``[id, lat, lon, ms, status]``; latest wins; returns rows applied."""
        if not items:
            return 0
        fixes = newest_only(split_positions(items, self.index), self.at_ms)
        self.unknown_ids += fixes.unknown
        rows = fixes.rows
        self.lat[rows] = fixes.lat
        self.lon[rows] = fixes.lon
        self.at_ms[rows] = fixes.ms
        self.status[rows] = fixes.status
        self.changed[rows] = self.tick + 1
        self.version += 1
        for listener in self.listeners:
            listener(fixes)
        return len(rows)

    def advance(self) -> np.ndarray:
        """Close the current tick; return the rows that changed during it."""
        self.tick += 1
        return np.flatnonzero(self.changed == self.tick)

    def status_ranks(self) -> np.ndarray:
        ranks = _RANK_BY_STATUS[self.status]
        return np.where(np.isnan(self.lat), -1, ranks)

    def in_areas(self, area_ids: Sequence[str]) -> np.ndarray:
        """Rows of the workers an alert to these areas reaches (the domain's rule)."""
        return np.flatnonzero(alert_rules.reached(self.grid_ids, area_ids))


def _ms(worker: Worker) -> int:
    return int(worker.at.timestamp() * 1000) if worker.at is not None else 0
