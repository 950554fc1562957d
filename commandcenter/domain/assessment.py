"""Assessment (考核评价) and analysis (分析研判) rules: the rates, the period, the days, the hotspots.

All figures are over the events *reported* in a period ``[since, until)``:

- completion rate (办结率): resolved / valid, where valid = reported - rejected;
- on-time rate: resolved by ``due_at`` / judged, where judged = events with a deadline that are
  resolved or whose deadline passed before ``until``;
- closed-loop rate (闭环率): archived / valid. An event is archived only after it was resolved,
  verified and (unless nobody can be called back) followed up, so an archived case went all the
  way round the loop (DOMAIN.md "The closed loop"); a rejected report never enters the loop.

Periods are whole centre-time (CST) days; a day key is ``YYYY-MM-DD`` in centre time.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from .clock import CST

#: the longest period ``query.stats`` answers for (and the custom range a desk may pick)
MAX_PERIOD_DAYS = 366
DAY_MS = 86_400_000
#: centre time is UTC+08:00: add this to epoch ms before dividing by DAY_MS to get the centre's day
CENTRE_OFFSET_MS = 8 * 3600 * 1000
PERIODS = ("today", "7d", "30d", "custom")
_EPOCH = date(1970, 1, 1)


def rate(part: int, whole: int, digits: int = 4) -> float | None:
    """``part / whole`` rounded, or None when there is nothing to judge."""
    return round(part / whole, digits) if whole else None


def completion_rate(resolved: int, valid: int) -> float | None:
    return rate(resolved, valid)


def on_time_rate(on_time: int, judged: int) -> float | None:
    return rate(on_time, judged)


def closed_loop_rate(archived: int, valid: int) -> float | None:
    return rate(archived, valid)


# -- periods and days --------------------------------------------------------------------------

def period(kind: str, today: date, start: date | None = None, end: date | None = None) -> tuple[datetime, datetime]:
    """``[since, until)`` in centre time for ``today``, the last ``7d`` / ``30d`` (today included), or a
    ``custom`` range of whole days from ``start`` to ``end`` (both included)."""
    if kind == "custom":
        if start is None or end is None:
            raise ValueError("a custom period needs a start and an end day")
        first, last = min(start, end), max(start, end)
        first = max(first, last - timedelta(days=MAX_PERIOD_DAYS - 1))
    else:
        days = {"today": 1, "7d": 7, "30d": 30}[kind]
        first, last = today - timedelta(days=days - 1), today
    return _midnight(first), _midnight(last + timedelta(days=1))


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), CST)


def day_key(day_number: int) -> str:
    """The key of the centre-time day ``day_number`` days after 1970-01-01 (``YYYY-MM-DD``)."""
    return (_EPOCH + timedelta(days=day_number)).isoformat()


def day_number(epoch_ms: int) -> int:
    """The centre-time day of an instant, counted from 1970-01-01 (what the hub groups on)."""
    return (epoch_ms + CENTRE_OFFSET_MS) // DAY_MS


def day_keys(since: datetime, until: datetime) -> list[str]:
    """Every centre-time day that ``[since, until)`` touches, in order."""
    first = day_number(int(since.timestamp() * 1000))
    last = day_number(int(until.timestamp() * 1000) - 1)
    return [day_key(n) for n in range(first, last + 1)]


# -- hotspots ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Hotspot:
    grid_id: str
    reported: int
    top_category: str
    top_count: int


def hotspots(counts: Iterable[tuple[str | None, str, int]], top: int | None = None) -> list[Hotspot]:
    """Grids by reports over the period, most first, each with its most recurring category.

    ``counts`` are ``(grid_id, category, reported)`` (a ``grid_category`` grouping); events without a grid
    are left out. Ties go to the grid id, and to the category name, so the order is stable.
    """
    by_grid: dict[str, dict[str, int]] = {}
    for grid_id, category, reported in counts:
        if grid_id is not None and reported > 0:
            cats = by_grid.setdefault(grid_id, {})
            cats[category] = cats.get(category, 0) + reported
    found = [_hotspot(grid_id, cats) for grid_id, cats in by_grid.items()]
    found.sort(key=lambda h: (-h.reported, h.grid_id))
    return found if top is None else found[:top]


def _hotspot(grid_id: str, cats: dict[str, int]) -> Hotspot:
    category = min(cats, key=lambda c: (-cats[c], c))
    return Hotspot(grid_id, sum(cats.values()), category, cats[category])
