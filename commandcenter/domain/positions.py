"""Columns out of a ``positions`` batch, for the hub's worker book and the desk's replica.

A batch is ``[[worker_id, lat, lon, epoch_ms, status], ...]``. Pulling each column out with
C-level ``map`` calls keeps per-item Python work to a dictionary lookup: no loop per item.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import repeat
from operator import itemgetter
from typing import NamedTuple

import numpy as np

from .codes import WORKER_STATUS_CODES

#: a status's code in the int8 status columns
STATUS_CODE: dict[str, int] = {s.value: i for i, s in enumerate(WORKER_STATUS_CODES)}
_ID, _LAT, _LON, _MS, _STATUS = (itemgetter(i) for i in range(5))


class Fixes(NamedTuple):
    rows: np.ndarray
    lat: np.ndarray
    lon: np.ndarray
    ms: np.ndarray
    status: np.ndarray
    unknown: int


def split_positions(items: Sequence[Sequence], row_of: Mapping[str, int]) -> Fixes:
    """The batch as columns, keeping only ids in ``row_of`` (the others counted as unknown).

    A status this code does not know (a newer hub's) becomes -1 rather than dropping the fix.
    """
    n = len(items)
    rows = np.fromiter(map(row_of.get, map(_ID, items), repeat(-1)), np.intp, n)
    status = np.fromiter(map(STATUS_CODE.get, map(_STATUS, items), repeat(-1)), np.int8, n)
    keep = rows >= 0
    lat = np.fromiter(map(_LAT, items), np.float64, n)
    lon = np.fromiter(map(_LON, items), np.float64, n)
    ms = np.fromiter(map(_MS, items), np.int64, n)
    unknown = int(n - np.count_nonzero(keep))
    if unknown:
        return Fixes(rows[keep], lat[keep], lon[keep], ms[keep], status[keep], unknown)
    return Fixes(rows, lat, lon, ms, status, 0)


def newest_only(fixes: Fixes, at_ms: np.ndarray) -> Fixes:
    """Drop fixes older than what a row already holds (a late frame never moves a worker back)."""
    newer = fixes.ms >= at_ms[fixes.rows]
    if newer.all():
        return fixes
    return Fixes(fixes.rows[newer], fixes.lat[newer], fixes.lon[newer], fixes.ms[newer],
                 fixes.status[newer], fixes.unknown)
