"""The field rules (PROTOCOL.md "Levels and the field"): tracks, coverage and out-of-grid.

One place for every threshold a supervisor would call a rule: how often a track keeps a point,
which fixes are impossible, when a worker counts as out of their grid, how big a coverage cell
is, how long a track query may span and who may ask it. Plain numpy over whole batches; no I/O.
"""
from __future__ import annotations

import math
from datetime import date, datetime, timedelta

import numpy as np

from .codes import Role, WorkerStatus
from .errors import bad_request, forbidden
from .positions import STATUS_CODE

#: a track keeps at most one point per 15-second slot of the clock (the slot's first fix)
TRACK_SLOT_MS = 15_000
SLOTS_PER_HOUR = 3_600_000 // TRACK_SLOT_MS
HOUR_MS = 3_600_000
#: a fix further than this from the previous kept point, per second between them, is impossible
MAX_SPEED_M_S = 50.0
#: after this many impossible jumps in a row the next fix is believed (the old anchor was wrong)
JUMP_RESET = 4
#: the city's bounding box is the area tree's, widened by this much on every side
CITY_MARGIN_DEG = 0.05
#: a worker on duty further than this outside their own grid is out of it ...
OUT_OF_GRID_M = 50.0
#: ... and is flagged (``out_of_grid_since``, an alert) once they have stayed out this long
OUT_OF_GRID_AFTER_MS = 15 * 60_000
#: an out-of-grid alert stays in the desks' live list this long
OUT_OF_GRID_ALERT_TTL = timedelta(hours=12)
#: coverage cells are squares of about this side
COVERAGE_CELL_M = 50.0
#: ``query.track`` spans at most this much time
MAX_TRACK_SPAN = timedelta(hours=24)
#: consecutive patrol points further apart in time than this add no patrol minutes or distance
PATROL_GAP_MS = 120_000
M_PER_DEG = 111_320.0
#: a track keeps places to 1/20,000 of a degree (about 5 m, what a phone's GPS can tell apart);
#: the finer digits are noise, and keeping them would double the size of a day of tracks
TRACK_STEP_E6 = 50

ON_DUTY_CODES = np.array([STATUS_CODE[WorkerStatus.IDLE], STATUS_CODE[WorkerStatus.PATROL]], dtype=np.int8)
PATROL_CODE = STATUS_CODE[WorkerStatus.PATROL]
#: ``query.coverage`` groupings and the length of their grid-code prefix (codes nest by prefix)
COVERAGE_GROUPS = {"grid": 15, "community": 12, "street": 9, "district": 6}
TRACK_ROLES = frozenset({Role.SUPERVISOR, Role.OPERATOR, Role.ADMIN})


def slot_of(ms: np.ndarray) -> np.ndarray:
    """The 15-second slot (since the epoch) each fix falls in."""
    return ms // TRACK_SLOT_MS


def track_e6(deg: np.ndarray) -> np.ndarray:
    """Degrees as kept in a track: int64 millionths, rounded to :data:`TRACK_STEP_E6`."""
    return np.rint(np.asarray(deg) * (1_000_000 / TRACK_STEP_E6)).astype(np.int64) * TRACK_STEP_E6


def hour_of(ms: np.ndarray | int):
    return ms - ms % HOUR_MS


def metres(lat1, lon1, lat2, lon2) -> np.ndarray:
    """Distance in metres (equirectangular: exact enough inside a city)."""
    k = np.cos(np.radians((np.asarray(lat1) + np.asarray(lat2)) / 2))
    return M_PER_DEG * np.hypot(np.asarray(lat2) - lat1, (np.asarray(lon2) - lon1) * k)


def plausible_place(lat: np.ndarray, lon: np.ndarray, bounds: tuple[float, float, float, float]) -> np.ndarray:
    """Fixes inside the city's box ``(west, south, east, north)``; NaN is outside everything."""
    west, south, east, north = bounds
    return (lon >= west) & (lon <= east) & (lat >= south) & (lat <= north)


def jumps(lat, lon, ms, prev_lat, prev_lon, prev_ms) -> np.ndarray:
    """Fixes implausibly far from the previous kept point (NaN previous: nothing to compare with)."""
    dt_s = np.maximum(ms - prev_ms, 1000) / 1000.0
    with np.errstate(invalid="ignore"):
        return metres(prev_lat, prev_lon, lat, lon) > MAX_SPEED_M_S * dt_s


def on_duty(status: np.ndarray) -> np.ndarray:
    return np.isin(status, ON_DUTY_CODES)


def out_of_grid_step(outside: np.ndarray, since_ms: np.ndarray, at_ms: np.ndarray) -> np.ndarray:
    """The new "left at" times of some workers: kept while still outside, set to ``at_ms`` when they
    just left, 0 (inside) when back or off duty (``outside`` is already false for those)."""
    return np.where(outside, np.where(since_ms > 0, since_ms, at_ms), 0)


def due_for_flag(since_ms: np.ndarray, flagged: np.ndarray, now_ms) -> np.ndarray:
    """Workers out long enough to be flagged and not flagged yet (a mask)."""
    return (since_ms > 0) & ~flagged & (now_ms - since_ms >= OUT_OF_GRID_AFTER_MS)


def check_track_query(role: str, since: datetime, until: datetime) -> None:
    """``query.track``: supervisors and operators (the area rule is :func:`check_track_area`); a
    span of at most 24 hours."""
    if role not in TRACK_ROLES:
        raise forbidden(f"role {role} may not send query.track")
    if until <= since:
        raise bad_request("since must be before until")
    if until - since > MAX_TRACK_SPAN:
        raise bad_request("a track query spans at most 24 hours")


def check_track_area(worker_grid: str | None, area: str | None) -> None:
    """The asker's area (None: the whole city) must hold the worker's grid; areas nest by code."""
    if area is not None and not (worker_grid or "").startswith(area):
        raise forbidden("this worker is outside your area")


DAY_MS = 86_400_000
_CST_MS = 8 * HOUR_MS
_EPOCH_DAY = date(1970, 1, 1).toordinal()


def day_number(ms):
    """The centre-time day (days since 1970-01-01) of epoch ms (scalar or array)."""
    return (ms + _CST_MS) // DAY_MS


def day_name(number: int) -> str:
    return date.fromordinal(_EPOCH_DAY + int(number)).isoformat()


def parse_day(day: str) -> int:
    """``YYYY-MM-DD`` (centre time) -> its day number; ``bad_request`` if it is not a date."""
    try:
        return date.fromisoformat(day).toordinal() - _EPOCH_DAY
    except (TypeError, ValueError):
        raise bad_request(f"date {day!r} is not YYYY-MM-DD") from None


def coverage_rows(keys: np.ndarray, cells: np.ndarray, covered: np.ndarray, patrol_ms: np.ndarray,
                  distance_m: np.ndarray, workers: np.ndarray) -> list[dict]:
    """One row per distinct key (the grids' group keys, aligned with the other per-grid arrays):
    coverage is covered cells / cells of the group's grids; minutes, kilometres and workers add up."""
    groups, inverse = np.unique(keys, return_inverse=True)
    n = len(groups)

    def total(values) -> np.ndarray:
        return np.bincount(inverse, weights=values, minlength=n)

    cells_sum, covered_sum = total(cells), total(covered)
    share = np.divide(covered_sum, cells_sum, out=np.zeros(n), where=cells_sum > 0)
    minutes, km, people = total(patrol_ms) / 60_000, total(distance_m) / 1000, total(workers)
    return [{"key": k, "coverage": round(c, 4), "patrol_minutes": round(p, 1), "distance_km": round(d, 3),
             "workers": int(w)}
            for k, c, p, d, w in zip(groups.tolist(), share.tolist(), minutes.tolist(), km.tolist(),
                                     people.tolist(), strict=True)]


def cell_size_deg(lat: float) -> tuple[float, float]:
    """A coverage cell's (lon, lat) size in degrees near latitude ``lat``."""
    return COVERAGE_CELL_M / (M_PER_DEG * math.cos(math.radians(lat))), COVERAGE_CELL_M / M_PER_DEG
