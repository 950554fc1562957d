"""Alert broadcast (警网联动): who an alert reaches, and which alert a sighting may answer.

One rule for the hub (fan-out, the ``recipients`` count) and the desk (the count shown before
sending): a worker is reached when their grid is one of the alert's areas or lies inside one.
Area codes nest by prefix (district 6 digits, street 9, community 12, grid 15), so "inside" is
"starts with".
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

import numpy as np

from .errors import conflict, not_found


def reaches(grid_id: str | None, areas: Iterable[str]) -> bool:
    """Does an alert to ``areas`` reach a worker of grid ``grid_id``?"""
    return grid_id is not None and any(area and grid_id.startswith(area) for area in areas)


def reached(grid_ids: np.ndarray, areas: Iterable[str]) -> np.ndarray:
    """The same rule over many workers at once: a boolean mask over their ``grid_ids``.

    One vectorised pass per distinct area-code length (at most four for the national codes),
    however many areas are chosen: each worker's code cut to that length is looked up with
    ``np.isin``.
    """
    codes = np.asarray(grid_ids)
    if codes.dtype.kind != "U":
        codes = codes.astype(str)  # a missing grid (None) becomes "None", inside no area
    mask = np.zeros(len(codes), dtype=bool)
    by_length: dict[int, list[str]] = defaultdict(list)
    for area in set(areas):
        if area:
            by_length[len(area)].append(area)
    for length, group in by_length.items():
        mask |= np.isin(codes.astype(f"<U{length}"), group)
    return mask


def recipients(grid_ids: np.ndarray, areas: Iterable[str]) -> int:
    """How many of the workers with these ``grid_ids`` an alert to ``areas`` reaches."""
    return int(np.count_nonzero(reached(grid_ids, areas)))


def for_workers(alert) -> bool:
    """Broadcasts go to the field; the hub's own alerts (out-of-grid) only to the desks."""
    return getattr(alert, "kind", None) is None


def is_live(expires_at: datetime | None, now: datetime) -> bool:
    """An alert is live until it expires (one without an expiry stays live)."""
    return expires_at is None or expires_at > now


def check_answerable(alert, alert_id: int, now: datetime) -> None:
    """A report may answer (``alert_id``) only a known alert that has not expired.

    ``not_found`` for an unknown alert; ``conflict`` once it expired (the field app can still
    report the matter, without ``alert_id``).
    """
    if alert is None:
        raise not_found(f"no alert {alert_id}")
    if not is_live(alert.expires_at, now):
        raise conflict(f"alert {alert_id} expired at {alert.expires_at.isoformat()}; report without alert_id")
