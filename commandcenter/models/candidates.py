"""Dispatch candidates from the replica, ranked by the domain's nearest-worker rule."""
from __future__ import annotations

import numpy as np

from commandcenter.domain.codes import OPEN_ORDER_STATUSES
from commandcenter.domain.ranking import STATUS_RANK, rank_workers
from commandcenter.replica import WORKER_STATUSES

_RANK_OF_CODE = np.array([STATUS_RANK.get(s, -1) for s in WORKER_STATUSES], dtype=np.int8)


def worker_candidates(replica, event, limit: int = 25) -> list[tuple]:
    """(worker, distance m, open orders) best first, by the domain's ranking rule."""
    w = replica.workers
    if not len(w):
        return []
    ranks = np.where(w.status >= 0, _RANK_OF_CODE[np.maximum(w.status, 0)], -1)
    same = w.grid_id == (event.grid_id or "")
    rows, dist = rank_workers(w.lat, w.lon, ranks, same, event.lat, event.lon, limit)
    load: dict[str, int] = {}
    for order in replica.orders.values():
        if order.status in OPEN_ORDER_STATUSES and order.assignee.worker_id:
            load[order.assignee.worker_id] = load.get(order.assignee.worker_id, 0) + 1
    return [(w.get(str(w.ids[r])), float(d), load.get(str(w.ids[r]), 0)) for r, d in zip(rows, dist, strict=True)]
