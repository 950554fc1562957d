"""Column arrays: every worker (updated in place by position batches), and the events (rebuilt).

Codes are indices into the vocabularies of :mod:`commandcenter.domain.codes`; -1 is a value
this desk does not know yet (a newer hub may add statuses).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from msgspec.structs import replace

from commandcenter.domain.clock import from_epoch_ms, to_epoch_ms
from commandcenter.domain.codes import CATEGORIES, WORKER_STALE_S, WORKER_STATUS_CODES, EventStatus, WorkerKind
from commandcenter.domain.entities import Event, Worker
from commandcenter.domain.positions import newest_only, split_positions

WORKER_STATUSES = tuple(s.value for s in WORKER_STATUS_CODES)
WORKER_KINDS = tuple(k.value for k in WorkerKind)
EVENT_STATUSES = tuple(s.value for s in EventStatus)
CATEGORY_CODES = tuple(CATEGORIES)

_WORKER_STATUS = {name: i for i, name in enumerate(WORKER_STATUSES)}
_WORKER_KIND = {name: i for i, name in enumerate(WORKER_KINDS)}
_EVENT_STATUS = {name: i for i, name in enumerate(EVENT_STATUSES)}
_CATEGORY = {name: i for i, name in enumerate(CATEGORY_CODES)}


def _nan(value: float | None) -> float:
    return np.nan if value is None else value


def _ms(at: datetime | None) -> int:
    return 0 if at is None else to_epoch_ms(at)


def _epoch(at: datetime | None) -> float:
    return np.nan if at is None else at.timestamp()


class WorkerColumns:
    """Workers column-wise: ``ids``, ``index`` (id -> row), ``lat``, ``lon``, ``at_ms``, ``status``,
    ``kind``, ``grid_id``. ``lat``/``lon`` are NaN and ``at_ms`` 0 while a worker has no fix."""

    def stale(self, now_ms: float) -> np.ndarray:
        """Workers not heard from for :data:`WORKER_STALE_S` at ``now_ms`` (one mask, all workers)."""
        return (now_ms - self.at_ms) > WORKER_STALE_S * 1000

    def __init__(self, workers: Sequence[Worker] = ()) -> None:
        self.records = list(workers)
        self.ids = np.array([w.id for w in self.records], dtype=object)
        self.index = {w.id: i for i, w in enumerate(self.records)}
        self.lat = np.array([_nan(w.lat) for w in self.records], dtype=np.float64)
        self.lon = np.array([_nan(w.lon) for w in self.records], dtype=np.float64)
        self.at_ms = np.array([_ms(w.at) for w in self.records], dtype=np.int64)
        self.status = np.array([_WORKER_STATUS.get(w.status, -1) for w in self.records], dtype=np.int8)
        self.kind = np.array([_WORKER_KIND.get(w.kind, -1) for w in self.records], dtype=np.int8)
        self.grid_id = np.array([w.grid_id for w in self.records], dtype=object)

    def __len__(self) -> int:
        return len(self.records)

    def get(self, worker_id: str) -> Worker | None:
        """The worker as an entity, with its latest position and status."""
        row = self.index.get(worker_id)
        if row is None:
            return None
        lat, lon, ms, code = float(self.lat[row]), float(self.lon[row]), int(self.at_ms[row]), self.status[row]
        return replace(self.records[row], lat=None if np.isnan(lat) else lat, lon=None if np.isnan(lon) else lon,
                       at=from_epoch_ms(ms) if ms else None,
                       status=WORKER_STATUSES[code] if code >= 0 else self.records[row].status)

    def move(self, items: Sequence[Sequence]) -> np.ndarray:
        """Apply ``[id, lat, lon, epoch_ms, status]`` items (unknown ids and older fixes are skipped).

        One vectorised assignment per column; returns the rows that changed.
        """
        if not items or not self.records:
            return np.zeros(0, dtype=np.intp)
        fixes = newest_only(split_positions(items, self.index), self.at_ms)
        rows = fixes.rows
        self.lat[rows] = fixes.lat
        self.lon[rows] = fixes.lon
        self.at_ms[rows] = fixes.ms
        self.status[rows] = fixes.status
        return rows

    def put(self, worker: Worker) -> tuple[int, bool]:
        """Store a whole worker (a ``worker.updated`` delta); returns its row and whether it is new."""
        row = self.index.get(worker.id)
        if row is None:
            self._append(worker)
            return len(self.records) - 1, True
        self.records[row] = worker
        self.lat[row], self.lon[row], self.at_ms[row] = _nan(worker.lat), _nan(worker.lon), _ms(worker.at)
        self.status[row] = _WORKER_STATUS.get(worker.status, -1)
        self.kind[row] = _WORKER_KIND.get(worker.kind, -1)
        self.grid_id[row] = worker.grid_id
        return row, False

    def _append(self, worker: Worker) -> None:
        one = WorkerColumns([worker])
        self.index[worker.id] = len(self.records)
        self.records.append(worker)
        for name in ("ids", "lat", "lon", "at_ms", "status", "kind", "grid_id"):
            setattr(self, name, np.concatenate([getattr(self, name), getattr(one, name)]))


@dataclass(frozen=True)
class EventColumns:
    """The events as aligned arrays, in id order, for vectorised filtering.

    ``status`` indexes :data:`EVENT_STATUSES`, ``category`` :data:`CATEGORY_CODES`; ``due_at`` and
    ``created_at`` are epoch seconds (NaN when unset).
    """

    ids: np.ndarray
    status: np.ndarray
    severity: np.ndarray
    category: np.ndarray
    due_at: np.ndarray
    created_at: np.ndarray
    overdue: np.ndarray

    @classmethod
    def build(cls, events: Iterable[Event]) -> EventColumns:
        rows = sorted(events, key=lambda e: e.id)
        n = len(rows)

        def column(values, dtype) -> np.ndarray:
            return np.fromiter(values, dtype=dtype, count=n)

        return cls(
            ids=column((e.id for e in rows), np.int64),
            status=column((_EVENT_STATUS.get(e.status, -1) for e in rows), np.int8),
            severity=column((e.severity for e in rows), np.int8),
            category=column((_CATEGORY.get(e.category, -1) for e in rows), np.int8),
            due_at=column((_epoch(e.due_at) for e in rows), np.float64),
            created_at=column((_epoch(e.created_at) for e in rows), np.float64),
            overdue=column((e.overdue for e in rows), np.bool_),
        )

    def __len__(self) -> int:
        return len(self.ids)
