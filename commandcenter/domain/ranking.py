"""Nearest-worker ranking for dispatch, vectorised over numpy arrays of all workers.

Order: workers of the event's own grid first, then idle before patrol before busy,
then by distance from the event. Offline workers are never candidates.
"""
from __future__ import annotations

import numpy as np

EARTH_RADIUS_M = 6_371_000.0

#: worker status code -> rank (lower is better); offline is excluded
STATUS_RANK = {"idle": 0, "patrol": 1, "busy": 2}


def distances_m(lat: np.ndarray, lon: np.ndarray, at_lat: float, at_lon: float) -> np.ndarray:
    """Great-circle distance in metres from one point to many (haversine)."""
    la1, lo1 = np.radians(at_lat), np.radians(at_lon)
    la2, lo2 = np.radians(lat), np.radians(lon)
    a = np.sin((la2 - la1) / 2) ** 2 + np.cos(la1) * np.cos(la2) * np.sin((lo2 - lo1) / 2) ** 2
    return 2 * EARTH_RADIUS_M * np.arcsin(np.sqrt(np.clip(a, 0.0, 1.0)))


def rank_workers(
    lat: np.ndarray,
    lon: np.ndarray,
    status_rank: np.ndarray,
    same_grid: np.ndarray,
    at_lat: float,
    at_lon: float,
    limit: int = 20,
) -> tuple[np.ndarray, np.ndarray]:
    """Indices of the best ``limit`` candidates, best first, and their distances in metres.

    ``status_rank`` holds :data:`STATUS_RANK` values, or a negative number for offline workers
    or workers without a position; ``same_grid`` is a boolean mask.
    """
    dist = distances_m(lat, lon, at_lat, at_lon)
    eligible = np.flatnonzero((status_rank >= 0) & np.isfinite(dist))
    order = np.lexsort(
        (dist[eligible], status_rank[eligible], ~same_grid[eligible])
    )[:limit]
    chosen = eligible[order]
    return chosen, dist[chosen]
