"""The deadline policy (时限策略): working hours, holidays, sign and handle limits, weights.

The policy is TOML text (``resources/policy/default.toml`` ships; the hub takes ``--policy``).
This module parses and checks text already read: :func:`parse_policy` gets the policy's text
and the texts of the holiday files it names (:func:`holiday_files` says which), so it does no
I/O; ``commandcenter.policy_file`` reads the files. A bad policy is a :class:`PolicyError`
naming the file, the line and the field, meant to stop the hub at start-up.

The file::

    ruling_after = 2                      # returns before a case needs a ruling (裁定)

    [working_hours]
    periods = [["08:30", "12:00"], ["13:30", "17:30"]]
    weekend = ["saturday", "sunday"]

    [holidays]
    files = ["holidays-cn.toml"]          # relative to the policy file; [years.NNNN] tables

    [tiers.small]                          # every tier and every request type, each with
    sign = "0.5 hours"                     # a sign and a handle limit: "<amount> <unit>",
    handle = "2 hours"                     # unit hours, working_hours, days or working_days

    [assessment.weights]
    on_time = 40
    close = 30
    rework = 20                            # scores 1 − rework rate
    extension = 10                         # scores 1 − extension rate

Holiday data (in a holiday file or in the policy itself), one table per year, naming its
source::

    [years.2026]
    source = "国务院办公厅关于2026年部分节假日安排的通知（国办发明电〔2025〕7号）"
    holidays = [{ name = "元旦", first = 2026-01-01, last = 2026-01-03 }]
    makeup_days = [2026-01-04]

A year without such a table is weekends-only (:func:`unscheduled_years` lets the loader warn).
"""
from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from itertools import pairwise
from typing import Any

from .codes import RequestType, Tier
from .errors import bad_request
from .worktime import Calendar, Limit, Period, Unit

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_UNIT_NAMES = {**{u.value: u for u in Unit}, "hour": Unit.HOURS, "working_hour": Unit.WORKING_HOURS,
               "day": Unit.DAYS, "working_day": Unit.WORKING_DAYS}
_TOP_KEYS = frozenset({"ruling_after", "working_hours", "holidays", "tiers", "request_types",
                       "assessment", "years", "track_days"})
_WEIGHTS = ("on_time", "close", "rework", "extension")
_LIMIT = re.compile(r"^\s*([0-9]+(?:\.[0-9]+)?)\s+([a-z_]+)\s*$")
_HHMM = re.compile(r"^([01][0-9]|2[0-3]):([0-5][0-9])$|^24:00$")


class PolicyError(ValueError):
    """A policy that cannot be used: ``file:line: field: message``."""

    def __init__(self, file: str, line: int | None, field: str, message: str) -> None:
        self.file, self.line, self.field, self.message = file, line, field, message
        where = f"{file}:{line}" if line else file
        super().__init__(f"{where}: {field}: {message}")


@dataclass(frozen=True)
class Clocks:
    """The two limits of a tier or a request type: sign (签收) and handle (办结)."""

    sign: Limit
    handle: Limit


@dataclass(frozen=True)
class Weights:
    """Assessment weights: on-time rate, close rate, 1 − rework rate, 1 − extension rate."""

    on_time: float = 40
    close: float = 30
    rework: float = 20
    extension: float = 10


@dataclass(frozen=True)
class Policy:
    calendar: Calendar
    tiers: Mapping[str, Clocks]
    request_types: Mapping[str, Clocks]
    ruling_after: int
    weights: Weights
    #: year -> the source of its holiday schedule (document, number, date)
    sources: Mapping[int, str]
    #: (Levels and the field) days the hub keeps worker tracks
    track_days: int = 7


# -- the rule the hub calls ------------------------------------------------------------------
def clocks_for(policy: Policy, tier: str | None, request_type: str | None) -> Clocks:
    """The request type's limits when there is one, else the tier's (PROTOCOL.md)."""
    if request_type is not None:
        if request_type not in policy.request_types:
            raise bad_request(f"unknown request type {request_type!r}")
        return policy.request_types[request_type]
    if tier not in policy.tiers:
        raise bad_request(f"unknown tier {tier!r}")
    return policy.tiers[tier]


def deadlines(policy: Policy, calendar: Calendar, accepted_at: datetime, tier: str | None,
              request_type: str | None) -> tuple[datetime, datetime]:
    """``(sign_due, handle_due)`` for a case accepted at ``accepted_at``."""
    clocks = clocks_for(policy, tier, request_type)
    return calendar.add(accepted_at, clocks.sign), calendar.add(accepted_at, clocks.handle)


def sign_due(policy: Policy, calendar: Calendar, issued_at: datetime, tier: str | None,
             request_type: str | None) -> datetime:
    """An order's sign deadline, counted from when it was issued."""
    return calendar.add(issued_at, clocks_for(policy, tier, request_type).sign)


def after_pause(policy: Policy, calendar: Calendar, due: datetime, paused_from: datetime,
                paused_until: datetime, tier: str | None, request_type: str | None) -> datetime:
    """The handle deadline after an approved suspension (缓办) from ``paused_from`` to
    ``paused_until``: moved by the time paused, counted in the kind of time its limit runs in
    (working time for working units, elapsed time otherwise)."""
    if clocks_for(policy, tier, request_type).handle.working:
        return calendar.add_working(due, calendar.working_time_between(paused_from, paused_until))
    return due + (paused_until - paused_from)


def unscheduled_years(policy: Policy, years: range | tuple[int, ...]) -> list[int]:
    """The years among ``years`` with no holiday schedule (treated as weekends-only)."""
    return [year for year in years if not policy.calendar.has_schedule(year)]


# -- parsing ----------------------------------------------------------------------------------
def holiday_files(text: str, name: str) -> list[str]:
    """The holiday files a policy names (paths as written, relative to the policy file)."""
    return _holiday_files(_Doc(text, name))


def _holiday_files(doc: _Doc) -> list[str]:
    table = doc.data.get("holidays", {})
    doc.only(table, ("holidays",), frozenset({"files"}))
    files = table.get("files", [])
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        raise doc.error(("holidays", "files"), "must be a list of file names")
    return files


def parse_policy(text: str, name: str, holiday_texts: Mapping[str, tuple[str, str]] | None = None) -> Policy:
    """The policy in ``text`` (from file ``name``) with its holiday files: each name as written in
    ``holidays.files`` maps to ``(the name to show in errors, its text)``."""
    doc = _Doc(text, name)
    data = doc.data
    doc.only(data, (), _TOP_KEYS)
    years = _Years()
    years.add(doc, data.get("years", {}))
    for file in _holiday_files(doc):
        if file not in (holiday_texts or {}):
            raise doc.error(("holidays", "files"), f"holiday file {file!r} was not read", file)
        shown, holiday_text = holiday_texts[file]
        other = _Doc(holiday_text, shown)
        other.only(other.data, (), frozenset({"years"}))
        years.add(other, other.data.get("years", {}))
    return Policy(
        calendar=_calendar(doc, data.get("working_hours", {}), years),
        tiers=_clock_table(doc, "tiers", [t.value for t in Tier]),
        request_types=_clock_table(doc, "request_types", [r.value for r in RequestType]),
        ruling_after=_ruling_after(doc, data.get("ruling_after", 2)),
        weights=_weights(doc, data.get("assessment", {})),
        sources=dict(years.sources),
        track_days=_track_days(doc, data.get("track_days", 7)),
    )


class _Doc:
    """A parsed TOML text that can point at the line of a field."""

    def __init__(self, text: str, name: str) -> None:
        self.text, self.name = text, name
        self.data = _load_toml(text, name)

    def error(self, path: tuple[str, ...], message: str, needle: str | None = None) -> PolicyError:
        return _error(self.text, self.name, path, message, needle)

    def only(self, table: Any, path: tuple[str, ...], allowed: frozenset[str]) -> None:
        if not isinstance(table, dict):
            raise self.error(path, "must be a table")
        for key in table:
            if key not in allowed:
                raise self.error((*path, key), f"unknown field (expected one of {', '.join(sorted(allowed))})")


def _load_toml(text: str, name: str) -> dict[str, Any]:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        found = re.search(r"line (\d+)", str(exc))
        raise PolicyError(name, int(found.group(1)) if found else None, "(syntax)", str(exc)) from None


def _error(text: str, name: str, path: tuple[str, ...], message: str, needle: str | None = None) -> PolicyError:
    return PolicyError(name, line_of(text, path, needle), ".".join(path), message)


# -- finding a field's line (tomllib reports none for what it parsed fine) -------------------
_HEADER = re.compile(r"^\[\[?\s*([A-Za-z0-9_.\-\"' ]+?)\s*\]\]?$")


def line_of(text: str, path: tuple[str, ...], needle: str | None = None) -> int | None:
    """The line defining the longest prefix of ``path``; then the first line from there on
    holding ``needle`` (e.g. a date inside a multi-line array), when given and found."""
    best, best_len, header = None, -1, ()
    lines = text.splitlines()
    for number, raw in enumerate(lines, 1):
        full = _defined_at(raw, header)
        if full is None:
            continue
        if raw.strip().startswith("["):
            header = full
        if full == path[:len(full)] and len(full) > best_len:
            best, best_len = number, len(full)
    if best is not None and needle is not None:
        return next((n for n in range(best, len(lines) + 1) if needle in lines[n - 1]), best)
    return best


def _defined_at(raw: str, header: tuple[str, ...]) -> tuple[str, ...] | None:
    line = raw.strip()
    if line.startswith("["):
        line = line.partition("#")[0].strip()
    found = _HEADER.match(line)
    if found:
        return _split_key(found.group(1))
    key, eq, _ = line.partition("=")
    if not eq or not key.strip() or line.startswith(("#", "{", "[")):
        return None
    return (*header, *_split_key(key))


def _split_key(key: str) -> tuple[str, ...]:
    return tuple(part.strip().strip("\"'") for part in key.split("."))


# -- the pieces -------------------------------------------------------------------------------
class _Years:
    """Holidays and make-up days by year, merged over the policy and its holiday files."""

    def __init__(self) -> None:
        self.sources: dict[int, str] = {}
        self.holidays: dict[date, tuple[str, str]] = {}  # day -> (name, file)
        self.makeup: dict[date, str] = {}
        self.docs: dict[str, _Doc] = {}

    def add(self, doc: _Doc, years: Any) -> None:
        self.docs[doc.name] = doc
        if not isinstance(years, dict):
            raise doc.error(("years",), "must be tables like [years.2026]")
        for key, table in years.items():
            path = ("years", key)
            if not key.isdigit():
                raise doc.error(path, "a year must be a number like 2026")
            if int(key) in self.sources:
                raise doc.error(path, f"year {key} is given twice")
            doc.only(table, path, frozenset({"source", "url", "holidays", "makeup_days"}))
            source = table.get("source")
            if not isinstance(source, str) or not source.strip():
                raise doc.error((*path, "source"), "name the notice this schedule comes from")
            for item in _list(doc, table, (*path, "holidays")):
                self._holiday(doc, (*path, "holidays"), item)
            for day in _list(doc, table, (*path, "makeup_days")):
                self._makeup(doc, (*path, "makeup_days"), day)
            self.sources[int(key)] = source

    def _holiday(self, doc: _Doc, path: tuple[str, ...], item: Any) -> None:
        if not isinstance(item, dict) or set(item) - {"name", "first", "last"}:
            raise doc.error(path, "each holiday is { name = ..., first = YYYY-MM-DD, last = YYYY-MM-DD }")
        first, last = item.get("first"), item.get("last", item.get("first"))
        if not _is_date(first) or not _is_date(last):
            raise doc.error(path, "first and last must be dates (YYYY-MM-DD, unquoted)", str(item.get("name")))
        if last < first:
            raise doc.error(path, f"holiday {first} … {last} ends before it starts", first.isoformat())
        for day in _days(first, last):
            if day in self.holidays:
                other = self.holidays[day]
                raise doc.error(path, f"{item.get('name', '')} {first} … {last} overlaps "
                                      f"{other[0]} (in {other[1]}) on {day}", first.isoformat())
            self.holidays[day] = (str(item.get("name", "")), doc.name)

    def _makeup(self, doc: _Doc, path: tuple[str, ...], day: Any) -> None:
        if not _is_date(day):
            raise doc.error(path, f"{day!r} is not a date (YYYY-MM-DD, unquoted)")
        if day in self.makeup:
            raise doc.error(path, f"make-up day {day} is given twice", day.isoformat())
        self.makeup[day] = doc.name

    def check(self, weekend: frozenset[int]) -> None:
        """Make-up days against the holidays of every file and against the weekend."""
        for day, file in sorted(self.makeup.items()):
            if day in self.holidays:
                raise self._makeup_error(file, day, f"make-up day {day} is also a holiday "
                                                    f"({self.holidays[day][0]})")
            if day.weekday() not in weekend:
                raise self._makeup_error(file, day, f"make-up day {day} is not a weekend day: it is a "
                                                    "working day already")

    def _makeup_error(self, file: str, day: date, message: str) -> PolicyError:
        doc = self.docs[file]
        year = next(key for key, table in doc.data.get("years", {}).items()
                    if day in table.get("makeup_days", []))
        return doc.error(("years", year, "makeup_days"), message, day.isoformat())


def _list(doc: _Doc, table: dict[str, Any], path: tuple[str, ...]) -> list[Any]:
    value = table.get(path[-1], [])
    if not isinstance(value, list):
        raise doc.error(path, "must be a list")
    return value


def _is_date(value: Any) -> bool:
    return isinstance(value, date) and not isinstance(value, datetime)


def _days(first: date, last: date) -> list[date]:
    return [date.fromordinal(n) for n in range(first.toordinal(), last.toordinal() + 1)]


def _calendar(doc: _Doc, table: Any, years: _Years) -> Calendar:
    path = ("working_hours",)
    doc.only(table, path, frozenset({"periods", "weekend"}))
    periods = _periods(doc, table.get("periods", [["08:30", "12:00"], ["13:30", "17:30"]]))
    weekend = _weekend(doc, table.get("weekend", ["saturday", "sunday"]))
    years.check(weekend)
    return Calendar(periods, weekend=weekend, holidays=years.holidays, makeup_days=years.makeup,
                    scheduled_years=years.sources)


def _periods(doc: _Doc, raw: Any) -> list[Period]:
    path = ("working_hours", "periods")
    if not isinstance(raw, list) or not raw:
        raise doc.error(path, 'must be a list like [["08:30", "12:00"], ["13:30", "17:30"]]')
    periods = [_period(doc, item) for item in raw]
    for before, after in pairwise(periods):
        if after.start < before.end:
            raise doc.error(path, f"periods must be in order and not overlap ({before.end:%H:%M} > "
                                  f"{after.start:%H:%M})")
    return periods


def _period(doc: _Doc, item: Any) -> Period:
    path = ("working_hours", "periods")
    if not (isinstance(item, list) and len(item) == 2 and all(isinstance(t, str) for t in item)):
        raise doc.error(path, f"{item!r} is not a period like [\"08:30\", \"12:00\"]")
    start, end = (_hhmm(doc, t) for t in item)
    if not start < end:
        raise doc.error(path, f"period {item[0]}–{item[1]} must end after it starts")
    return Period(start, end)


def _hhmm(doc: _Doc, value: str) -> time:
    if not _HHMM.match(value):
        raise doc.error(("working_hours", "periods"), f"{value!r} is not a time of day HH:MM")
    if value == "24:00":
        return time.max
    return time(int(value[:2]), int(value[3:]))


def _weekend(doc: _Doc, raw: Any) -> frozenset[int]:
    path = ("working_hours", "weekend")
    if not isinstance(raw, list) or any(str(day).lower() not in WEEKDAYS for day in raw):
        raise doc.error(path, f"must be a list of day names ({', '.join(WEEKDAYS)})")
    return frozenset(WEEKDAYS.index(str(day).lower()) for day in raw)


def _clock_table(doc: _Doc, key: str, names: list[str]) -> dict[str, Clocks]:
    table = doc.data.get(key)
    if table is None:
        raise doc.error((key,), f"missing: give sign and handle limits for {', '.join(names)}")
    doc.only(table, (key,), frozenset(names))
    missing = [name for name in names if name not in table]
    if missing:
        raise doc.error((key,), f"missing {', '.join(missing)}")
    return {name: _clocks(doc, (key, name), table[name]) for name in names}


def _clocks(doc: _Doc, path: tuple[str, ...], table: Any) -> Clocks:
    doc.only(table, path, frozenset({"sign", "handle"}))
    for field in ("sign", "handle"):
        if field not in table:
            raise doc.error(path, f"missing {field} limit")
    return Clocks(_limit(doc, (*path, "sign"), table["sign"]), _limit(doc, (*path, "handle"), table["handle"]))


def _limit(doc: _Doc, path: tuple[str, ...], raw: Any) -> Limit:
    found = _LIMIT.match(raw) if isinstance(raw, str) else None
    if isinstance(raw, str) and raw.strip().startswith("-"):
        raise doc.error(path, f"limit {raw!r} must be > 0")
    if found is None:
        raise doc.error(path, f"{raw!r} is not a limit like \"5 working_days\"")
    amount, unit = float(found.group(1)), found.group(2)
    if unit not in _UNIT_NAMES:
        raise doc.error(path, f"unknown unit {unit!r} (use {', '.join(u.value for u in Unit)})")
    if amount <= 0:
        raise doc.error(path, f"limit {raw!r} must be > 0")
    return Limit(int(amount) if amount.is_integer() else amount, _UNIT_NAMES[unit])


def _ruling_after(doc: _Doc, raw: Any) -> int:
    if not isinstance(raw, int) or isinstance(raw, bool) or raw < 1:
        raise doc.error(("ruling_after",), f"{raw!r} must be a whole number ≥ 1")
    return raw


def _weights(doc: _Doc, table: Any) -> Weights:
    doc.only(table, ("assessment",), frozenset({"weights"}))
    raw = table.get("weights", {})
    doc.only(raw, ("assessment", "weights"), frozenset(_WEIGHTS))
    values = {key: raw.get(key, getattr(Weights, key)) for key in _WEIGHTS}
    for key, value in values.items():
        if not isinstance(value, int | float) or isinstance(value, bool) or value < 0:
            raise doc.error(("assessment", "weights", key), f"{value!r} must be a number ≥ 0")
    if sum(values.values()) <= 0:
        raise doc.error(("assessment", "weights"), "the weights must not all be 0")
    return Weights(**values)


def _track_days(doc: _Doc, raw: Any) -> int:
    if not isinstance(raw, int) or isinstance(raw, bool) or not 1 <= raw <= 366:
        raise doc.error(("track_days",), f"{raw!r} must be a whole number of days from 1 to 366")
    return raw
