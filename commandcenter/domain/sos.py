"""A worker's SOS on the desks (PROTOCOL.md "Levels and the field"): which calls still wait for a
desk, in which order they are shown, and which workers are nearest to help.

An SOS is an event with ``sos`` true; it waits until a desk of its area sends ``sos.ack`` (which
sets ``sos_acked_by``). The hub already confines a desk's picture to its area, so every waiting
SOS a desk holds is one of its own. Plain Python and numpy: the desks call these, the hub never
needs to.
"""
from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from .ranking import distances_m

#: how many nearby workers a call suggests
HELPERS = 3


def waiting(event) -> bool:
    """An SOS nobody has acknowledged yet."""
    return bool(getattr(event, "sos", False)) and getattr(event, "sos_acked_by", None) is None


def shown_order(events: Iterable) -> list:
    """The waiting calls among ``events``, newest first (ties by id, newest first)."""
    return sorted((e for e in events if waiting(e)), key=lambda e: (e.created_at, e.id), reverse=True)


def helpers(lat: np.ndarray, lon: np.ndarray, on_duty: np.ndarray, at_lat: float, at_lon: float,
            caller: np.ndarray | None = None, limit: int = HELPERS) -> tuple[np.ndarray, np.ndarray]:
    """Rows of the ``limit`` nearest workers on duty (with a fix, not the caller), nearest first, and
    their distances in metres. In an emergency the nearest pair of hands counts, whatever they do."""
    dist = distances_m(lat, lon, at_lat, at_lon)
    eligible = np.asarray(on_duty, dtype=bool) & np.isfinite(dist)
    if caller is not None:
        eligible &= ~np.asarray(caller, dtype=bool)
    rows = np.flatnonzero(eligible)
    chosen = rows[np.argsort(dist[rows], kind="stable")[:limit]]
    return chosen, dist[chosen]
