"""Working time (工作时间): the calendar the sign and handle clocks run on.

A :class:`Calendar` knows the daily working periods (e.g. 08:30–12:00 and 13:30–17:30), the
weekend, the holidays and the make-up working days (调休上班) by year; all of it is policy data
(:mod:`commandcenter.domain.policy`), nothing here is a constant of the centre.

What the arithmetic means, exactly:

- A day is a **working day** when it is a make-up day, or else when it is neither a holiday nor
  a weekend day. A year without a holiday schedule is therefore weekends-only.
- **Working time** is the closed periods of the working days: 12:00 and 17:30 are inside (a
  deadline "by 17:30" is the close of business), 12:01 and 17:31 are not.
- Working durations are counted by the working seconds between two moments: ``W(b) - W(a)``
  where ``W`` is the working time elapsed since a fixed origin. ``W`` stands still outside
  working time, so **the clock starts at the next working moment**: a case accepted at 19:00 on
  a Friday starts being counted at 08:30 on the next working day.
- ``add_working(start, d)`` for ``d > 0`` is the *earliest* moment whose working time since
  ``start`` is ``d``: it always lies in working time, and a limit that runs out at the end of a
  period ends there (17:30 Friday, not 08:30 Monday). ``add_working(start, 0)`` is the clock's
  start: ``start`` itself inside working time, else the next working moment.
  Hence ``add(add(s, a), b) == add(s, a + b)`` and ``working_time_between(s, add(s, d)) == d``.
- ``subtract_working(end, d)`` is the *latest* moment with ``d`` working time before ``end``
  (so it lands on the start of a period rather than the end of the previous one).
- A **working day** as a unit is the length of one working day's periods (7.5 working hours
  for 08:30–12:00 + 13:30–17:30): "1 working day" from Monday 10:00 is Tuesday 10:00, and from
  Friday 17:00 is the next working day at 16:30. Calendar units (``hours``, ``days``) are plain
  elapsed time and may end outside working time (``help``: 24 hours round the clock).

All moments are aware datetimes; results are in centre time (CST). The working-time origin and
the per-day tables are integers (microseconds), so the arithmetic is exact; the tables cover
whole years and grow on demand (about 365 entries a year, built once).
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from itertools import pairwise

from .clock import CST

_US = timedelta(microseconds=1)
DAY_US = 86_400_000_000
HOUR_US = 3_600_000_000
#: local midnight of 1970-01-01 in centre time: day numbers and times of day count from it
_ORIGIN = datetime(1970, 1, 1, tzinfo=CST)
_ORDINAL_1970 = date(1970, 1, 1).toordinal()
#: the calendar refuses to compute beyond these years (a guard against runaway limits)
MIN_YEAR, MAX_YEAR = 1971, 9997


class Unit(StrEnum):
    HOURS = "hours"
    WORKING_HOURS = "working_hours"
    DAYS = "days"
    WORKING_DAYS = "working_days"


WORKING_UNITS = frozenset({Unit.WORKING_HOURS, Unit.WORKING_DAYS})
_UNIT_US = {Unit.HOURS: HOUR_US, Unit.WORKING_HOURS: HOUR_US, Unit.DAYS: 24 * HOUR_US}


@dataclass(frozen=True)
class Limit:
    """A time limit of the policy: ``amount`` (> 0, may be fractional) in ``unit``."""

    amount: float
    unit: Unit

    @property
    def working(self) -> bool:
        return self.unit in WORKING_UNITS

    def __str__(self) -> str:
        return f"{self.amount:g} {self.unit}"


@dataclass(frozen=True)
class Period:
    """One working period of a day, as ``time`` of day; ``start < end``."""

    start: time
    end: time

    @property
    def bounds_us(self) -> tuple[int, int]:
        return _time_us(self.start), _time_us(self.end)


def _time_us(t: time) -> int:
    return ((t.hour * 60 + t.minute) * 60 + t.second) * 1_000_000 + t.microsecond


def _to_us(at: datetime) -> int:
    """Microseconds since local midnight 1970-01-01 in centre time (naive datetimes refused)."""
    if at.tzinfo is None:
        raise ValueError(f"naive datetime {at!r}: the calendar needs aware datetimes")
    return (at - _ORIGIN) // _US


def _from_us(us: int) -> datetime:
    return _ORIGIN + timedelta(microseconds=us)


class Calendar:
    """Working days and hours; see the module docstring for what each operation means."""

    def __init__(self, periods: Iterable[Period], *, weekend: Iterable[int] = (5, 6),
                 holidays: Iterable[date] = (), makeup_days: Iterable[date] = (),
                 scheduled_years: Iterable[int] = ()) -> None:
        self.periods = tuple(sorted(periods, key=lambda p: p.start))
        self._bounds = tuple(p.bounds_us for p in self.periods)
        if any(after[0] < before[1] for before, after in pairwise(self._bounds)):
            raise ValueError("working periods overlap")
        self.day_us = sum(end - start for start, end in self._bounds)
        if self.day_us <= 0:
            raise ValueError("a working day needs at least one period of positive length")
        self.weekend = frozenset(weekend)  # date.weekday(): Monday 0 … Sunday 6
        self.holidays = frozenset(holidays)
        self.makeup_days = frozenset(makeup_days)
        self.scheduled_years = frozenset(scheduled_years)
        self._first = self._last = 0  # years covered by the tables: [first, last)
        self._base = 0  # day number (since 1970-01-01) of 1 January of ``_first``
        self._origin: int | None = None  # day number where W is 0
        self._prefix: list[int] = []  # working µs before each day, then one past the end
        self._open: list[bool] = []
        self._spans: dict[Limit, int] = {}  # a limit's length in µs, computed once

    def prepare(self, year: int) -> None:
        """Build the tables around ``year`` now (they grow by themselves; a hub calls this at
        start-up so that no request pays for it, and no thread sees them grow)."""
        self._cover_year(year)

    # -- days --------------------------------------------------------------------------
    def is_working_day(self, day: date) -> bool:
        if day in self.makeup_days:
            return True
        return day not in self.holidays and day.weekday() not in self.weekend

    def has_schedule(self, year: int) -> bool:
        """Whether the holidays of ``year`` are known (else that year is weekends-only)."""
        return year in self.scheduled_years

    @property
    def working_day(self) -> timedelta:
        """The working time of one working day (the unit ``working_days``)."""
        return timedelta(microseconds=self.day_us)

    # -- moments -----------------------------------------------------------------------
    def is_working_time(self, at: datetime) -> bool:
        return self._in_working(_to_us(at))

    def working_time_between(self, a: datetime, b: datetime) -> timedelta:
        """Working time from ``a`` to ``b`` (negative when ``b`` is before ``a``)."""
        return timedelta(microseconds=self._w(_to_us(b)) - self._w(_to_us(a)))

    def add_working(self, start: datetime, duration: timedelta) -> datetime:
        """The earliest moment ``duration`` of working time after ``start`` (see module doc)."""
        amount = duration // _US
        if amount < 0:
            raise ValueError(f"negative duration {duration}: use subtract_working")
        us = _to_us(start)
        if amount == 0:
            return _from_us(self._next_working(us))
        return _from_us(self._earliest(self._w(us) + amount))

    def subtract_working(self, end: datetime, duration: timedelta) -> datetime:
        """The latest moment ``duration`` of working time before ``end``."""
        amount = duration // _US
        if amount < 0:
            raise ValueError(f"negative duration {duration}: use add_working")
        return _from_us(self._latest(self._w(_to_us(end)) - amount))

    def next_working_moment(self, at: datetime) -> datetime:
        """``at`` inside working time, else the start of the next working period."""
        return _from_us(self._next_working(_to_us(at)))

    # -- limits ------------------------------------------------------------------------
    def span(self, limit: Limit) -> timedelta:
        """The limit as elapsed time (calendar units) or as working time (working units)."""
        return timedelta(microseconds=self._span_us(limit))

    def _span_us(self, limit: Limit) -> int:
        us = self._spans.get(limit)
        if us is None:
            unit_us = self.day_us if limit.unit is Unit.WORKING_DAYS else _UNIT_US[limit.unit]
            us = self._spans[limit] = round(limit.amount * unit_us)
        return us

    def add(self, start: datetime, limit: Limit) -> datetime:
        """When ``limit`` counted from ``start`` runs out (the deadline)."""
        amount, us = self._span_us(limit), _to_us(start)
        if limit.unit not in WORKING_UNITS:
            return _from_us(us + amount)
        return _from_us(self._earliest(self._w(us) + amount) if amount else self._next_working(us))

    def subtract(self, end: datetime, limit: Limit) -> datetime:
        """When ``limit`` must start to run out at ``end``."""
        if limit.working:
            return self.subtract_working(end, self.span(limit))
        return _from_us(_to_us(end) - self._span_us(limit))

    # -- the working-time function W and its inverses ---------------------------------
    def _w(self, us: int) -> int:
        """Working µs from the tables' origin up to the moment ``us``."""
        day, tod = divmod(us, DAY_US)
        index = self._index(day)
        before = self._prefix[index]
        if not self._open[index]:
            return before
        for start, end in self._bounds:
            if tod <= start:
                break
            before += (tod if tod < end else end) - start
        return before

    def _earliest(self, w: int) -> int:
        """The first moment whose W is ``w`` (the end of a period rather than the next start)."""
        self._cover_w(w)
        index = bisect_left(self._prefix, w) - 1
        rest = w - self._prefix[index]
        for start, end in self._bounds:
            if rest <= end - start:
                return (self._base + index) * DAY_US + start + rest
            rest -= end - start
        raise AssertionError("unreachable: the rest fits in the day")

    def _latest(self, w: int) -> int:
        """The last moment whose W is ``w`` (the start of a period rather than the last end)."""
        self._cover_w(w)
        index = bisect_right(self._prefix, w) - 1
        rest = w - self._prefix[index]
        for start, end in self._bounds:
            if rest < end - start:
                return (self._base + index) * DAY_US + start + rest
            rest -= end - start
        raise AssertionError("unreachable: the rest fits in the day")

    def _next_working(self, us: int) -> int:
        return us if self._in_working(us) else self._latest(self._w(us))

    def _in_working(self, us: int) -> bool:
        day, tod = divmod(us, DAY_US)
        index = self._index(day)  # first: it may grow (replace) the tables
        return self._open[index] and any(start <= tod <= end for start, end in self._bounds)

    # -- tables --------------------------------------------------------------------------
    def _index(self, day: int) -> int:
        index = day - self._base
        if 0 <= index < len(self._open):
            return index
        self._cover_year(date.fromordinal(day + _ORDINAL_1970).year)
        return day - self._base

    def _cover_w(self, w: int) -> None:
        """Grow the tables until working time ``w`` lies strictly inside them."""
        while w <= self._prefix[0]:
            self._cover_year(self._first - 1)
        while w >= self._prefix[-1]:
            self._cover_year(self._last)

    def _cover_year(self, year: int) -> None:
        """Tables over ``year`` and its neighbours (W keeps its origin: see :meth:`_build`)."""
        if not MIN_YEAR <= year <= MAX_YEAR:
            raise OverflowError(f"year {year} is outside the calendar ({MIN_YEAR}–{MAX_YEAR})")
        first, last = year - 1, year + 2
        if self._open:
            first, last = min(self._first, first), max(self._last, last)
        self._build(first, last)

    def _build(self, first: int, last: int) -> None:
        """Tables for the years ``[first, last)``.

        W counts from the first day ever tabled, so values already handed out stay valid
        when the tables grow (days before that origin get negative prefixes).
        """
        base = date(first, 1, 1).toordinal() - _ORDINAL_1970
        days = date(last, 1, 1).toordinal() - _ORDINAL_1970 - base
        opens = [self.is_working_day(date.fromordinal(base + i + _ORDINAL_1970)) for i in range(days)]
        prefix, total = [], 0
        for is_open in opens:
            prefix.append(total)
            total += self.day_us if is_open else 0
        prefix.append(total)
        if self._origin is None:
            self._origin = base
        shift = prefix[self._origin - base]
        self._prefix = [value - shift for value in prefix]
        self._first, self._last, self._base, self._open = first, last, base, opens
