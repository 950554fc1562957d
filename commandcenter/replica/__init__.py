"""The desk's Qt-free replica of the hub's state: snapshot + deltas -> entities and column arrays."""
from __future__ import annotations

from .changes import KINDS, Changes
from .columns import CATEGORY_CODES, EVENT_STATUSES, WORKER_KINDS, WORKER_STATUSES, EventColumns, WorkerColumns
from .replica import Replica

__all__ = ["CATEGORY_CODES", "EVENT_STATUSES", "KINDS", "WORKER_KINDS", "WORKER_STATUSES", "Changes",
           "EventColumns", "Replica", "WorkerColumns"]
