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

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

import numpy as np

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


# -- graded assessment (考核评价, ``query.assessment``; PROTOCOL.md "Practice") ---------------------
#
# Over the events *due* in a period (by their deadline as it stood before any extension):
# should_close = those events; closed = resolved before the period ends; closed_on_time = resolved
# by that deadline; reworked = failed verification at least once; extended = an approved extension
# moved the deadline; returned = an order of it was returned at least once. Every rate is over
# should_close; score = 100 × Σ weight × part / Σ weight, the parts being the on-time rate, the
# close rate, 1 − rework rate and 1 − extension rate (weights: the policy's [assessment.weights]).

#: (lowest score, grade), best first
GRADES: tuple[tuple[float, str], ...] = ((90, "A"), (75, "B"), (60, "C"), (40, "D"), (0, "E"))

#: statuses of events an assessment does not judge: never valid, voided, or carried on by a master
UNJUDGED_STATUSES = frozenset({"rejected", "merged", "void"})


def judged_due(event) -> datetime | None:
    """The deadline an event is judged by: ``original_due_at`` (kept when an extension moved
    ``due_at``; absent on hubs without approvals) if set, else ``due_at``; None when not judged."""
    if event.status in UNJUDGED_STATUSES:
        return None
    return getattr(event, "original_due_at", None) or event.due_at


def was_extended(event) -> bool:
    return getattr(event, "original_due_at", None) is not None


#: the marks of an event an assessment counts (bits of the store's ``events.marks``)
REWORKED, EXTENDED, RETURNED = 1, 2, 4


def marks(event) -> int:
    """Reworked (failed verification at least once), extended, returned (an order of it at least once)."""
    return (REWORKED * (event.verify_failures > 0) | EXTENDED * was_extended(event)
            | RETURNED * (event.returns > 0))


@dataclass(frozen=True, slots=True)
class Tally:
    """The counts of one row of ``query.assessment``."""

    should_close: int
    closed: int
    closed_on_time: int
    reworked: int
    extended: int
    returned: int


def assessment_score(weights, tally: Tally) -> float | None:
    """0–100 from the rates (None when nothing fell due); ``weights``: a policy ``Weights``."""
    return assessment_row(None, tally, None, weights)["score"]


def grade(score: float | None) -> str | None:
    """A (≥ 90), B (≥ 75), C (≥ 60), D (≥ 40), E (< 40); None without a score."""
    if score is None:
        return None
    return next(letter for floor, letter in GRADES if score >= floor)


def assessment_row(key, tally: Tally, avg_satisfaction: float | None, weights) -> dict:
    """One row of ``query.assessment``."""
    counts = np.array([[tally.should_close, tally.closed, tally.closed_on_time, tally.reworked, tally.extended,
                        tally.returned]])
    rated = avg_satisfaction is not None
    return assessment_table([key], counts, np.array([avg_satisfaction if rated else 0.0]), np.array([int(rated)]),
                            weights)[0]


def assessment_table(keys: Sequence, counts: np.ndarray, satisfaction: np.ndarray, rated: np.ndarray,
                     weights) -> list[dict]:
    """The rows of ``query.assessment`` for many keys at once (75,000 grids): ``counts`` holds a
    :class:`Tally` per row (should close, closed, on time, reworked, extended, returned),
    ``satisfaction`` the sum of the ratings and ``rated`` how many there are.

    The score is 0–100 from the rates by the policy's weights, rounded to 0.1 (None when nothing fell
    due); the grade follows :data:`GRADES`."""
    counts = np.asarray(counts, dtype=np.int64).reshape(-1, 6)
    whole = counts[:, 0]
    share = counts[:, 1:] / np.maximum(whole, 1)[:, None]  # closed, on time, reworked, extended, returned
    w = (weights.on_time, weights.close, weights.rework, weights.extension)
    score = np.round(100 * (w[0] * share[:, 1] + w[1] * share[:, 0] + w[2] * (1 - share[:, 2])
                            + w[3] * (1 - share[:, 3])) / sum(w), 1)
    floors = np.array([floor for floor, _ in GRADES[::-1]], dtype=float)
    letters = np.array([letter for _, letter in GRADES[::-1]])[np.searchsorted(floors, score, side="right") - 1]
    average = np.round(np.asarray(satisfaction, dtype=float) / np.maximum(rated, 1), 3)
    judged, has_rating = (whole > 0).tolist(), (np.asarray(rated) > 0).tolist()
    rates = np.round(share[:, :4], 4).tolist()
    return [{"key": key, "should_close": c[0], "closed": c[1], "closed_on_time": c[2], "reworked": c[3],
             "extended": c[4], "returned": c[5], "avg_satisfaction": avg if rating else None,
             "close_rate": r[0] if ok else None, "on_time_rate": r[1] if ok else None,
             "rework_rate": r[2] if ok else None, "extension_rate": r[3] if ok else None,
             "score": sc if ok else None, "grade": g if ok else None}
            for key, c, r, sc, g, avg, ok, rating in zip(keys, counts.tolist(), rates, score.tolist(), letters.tolist(),
                                                        average.tolist(), judged, has_rating, strict=True)]
