"""The duplicate index: open events by cell of about 300 m, so a new report finds its candidate
duplicates among the few events around it, never by a scan of every open event.

The unit of work calls :meth:`DuplicateIndex.update` on every put of an event (and again, the
other way round, when it undoes one), so the index always holds the live state's mergeable
events. It also keeps the merged events whose master is still live: a master's follow-up is
recorded on them (they have left the live picture). The rule itself is
:mod:`commandcenter.domain.duplicates`; the hub rebuilds this index from the store at start.

Each cell also keeps its reports' numbers (place, time, category and text codes) in columns, so
that when a lookup finds many reports around a probe (a flood of calls about one matter), numpy
screens them down to the few that may rank among the best before the rule compares them.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import partial

import numpy as np

from commandcenter.domain import duplicates as rule
from commandcenter.domain.codes import EventStatus
from commandcenter.domain.entities import Event


def report(event: Event) -> rule.Report:
    """What the rule needs of an event."""
    return rule.Report(event.id, event.category, event.lat, event.lon, int(event.created_at.timestamp() * 1000),
                       event.title, event.description)


#: the newest open events of a cell a lookup compares with: a flood of calls about one fire puts
#: hundreds of reports in one cell, and comparing each new one with all of them would make every
#: report cost more than the last; the newest ones are where its duplicates are
NEWEST_PER_CELL = 64
#: from this many reports around a probe, numpy screens them before the rule compares them one by
#: one (below it, the screen's few dozen array steps cost more than the comparisons they save)
SCREEN_FROM = 24

class _Cell:
    """A cell's reports in the order they were reported in (ties: in the order they came in),
    and their numbers in columns for :func:`rule.screen`."""

    __slots__ = ("at", "numbers", "reports")

    def __init__(self) -> None:
        self.at: list[int] = []
        self.reports: list[rule.Report] = []
        self.numbers = np.empty((7, 4))

    def __len__(self) -> int:
        return len(self.at)

    def add(self, report: rule.Report, numbers: tuple[float, ...]) -> None:
        at, size = bisect_right(self.at, report.at_ms), len(self.at)
        if size == self.numbers.shape[1]:
            self.numbers = np.concatenate([self.numbers, np.empty_like(self.numbers)], axis=1)
        if at < size:  # an older case moved here
            self.numbers[:, at + 1:size + 1] = self.numbers[:, at:size]
        self.numbers[:, at] = numbers
        self.at.insert(at, report.at_ms)
        self.reports.insert(at, report)

    def extend(self, reports: list[rule.Report], numbers: np.ndarray) -> None:
        """:meth:`add` each of ``reports`` (in report order; ``numbers``: their columns), in one go."""
        if self.at:  # (stable: ties stay in the order they came)
            reports, numbers = self.reports + reports, np.concatenate([self.numbers[:, :len(self.at)], numbers], axis=1)
            order = np.argsort(numbers[rule.AT], kind="stable")
            reports, numbers = [reports[at] for at in order.tolist()], numbers[:, order]
        self.reports, self.numbers = reports, numbers
        self.at = numbers[rule.AT].astype(np.int64).tolist()

    def remove(self, report: rule.Report) -> None:
        at = bisect_left(self.at, report.at_ms)
        while self.reports[at].id != report.id:
            at += 1
        self.numbers[:, at:len(self.at) - 1] = self.numbers[:, at + 1:len(self.at)]
        del self.at[at], self.reports[at]

    def window(self, at_ms: int | None) -> tuple[int, int]:
        """Where its :data:`NEWEST_PER_CELL` newest reports within the time window of ``at_ms`` start
        and end (a new report, the newest, needs no search for the end; a flood none for the start)."""
        at = self.at
        end = len(at)
        if at_ms is None:
            return max(0, end - NEWEST_PER_CELL), end
        if at[-1] > at_ms + rule.WINDOW_MS:
            end = bisect_right(at, at_ms + rule.WINDOW_MS)
        start = max(0, end - NEWEST_PER_CELL)
        if start < end and at[start] < at_ms - rule.WINDOW_MS:
            start = bisect_left(at, at_ms - rule.WINDOW_MS, start, end)
        return start, end


class _Texts:
    """Each distinct report text once, by code, with its bigrams; a code no indexed report uses
    any more is given to the next new text."""

    def __init__(self) -> None:
        self.code_of: dict[tuple[str, str], int] = {}
        self.grams: list[frozenset[str]] = []
        self.users: list[int] = []
        self.free: list[int] = []
        self._scratch = np.empty(0)

    def take(self, report: rule.Report) -> int:
        key = (report.title, report.description)
        code = self.code_of.get(key)
        if code is None:
            code = self.code_of[key] = self.free.pop() if self.free else len(self.grams)
            if code == len(self.grams):
                self.grams.append(report.grams)
                self.users.append(0)
            else:
                self.grams[code] = report.grams
        self.users[code] += 1
        return code

    def drop(self, report: rule.Report) -> None:
        key = (report.title, report.description)
        code = self.code_of[key]
        self.users[code] -= 1
        if not self.users[code]:
            del self.code_of[key]
            self.grams[code] = frozenset()
            self.free.append(code)

    def similarities(self, grams: frozenset[str], codes: np.ndarray) -> np.ndarray:
        """:func:`rule.similarity` of ``grams`` to the text of each code (each distinct one once)."""
        if len(self._scratch) < len(self.grams):
            self._scratch = np.empty(2 * len(self.grams))
        for code in set(codes.tolist()):
            self._scratch[code] = rule.similarity(grams, self.grams[code])
        return self._scratch[codes]


class _Categories:
    """Categories by code, and for each category the :func:`rule.weight` of each code."""

    def __init__(self) -> None:
        self.code_of: dict[str, int] = {}
        self._weights: dict[str, np.ndarray] = {}

    def code(self, category: str) -> int:
        code = self.code_of.get(category)
        if code is None:
            code = self.code_of[category] = len(self.code_of)
            self._weights.clear()
        return code

    def weights(self, category: str) -> np.ndarray:
        found = self._weights.get(category)
        if found is None:
            found = np.array([rule.weight(category, other) for other in self.code_of])
            self._weights[category] = found
        return found


class DuplicateIndex:
    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], _Cell] = {}
        #: indexed events: id -> (its cell, what the rule needs of it)
        self.indexed: dict[int, tuple[tuple[int, int], rule.Report]] = {}
        #: merged events whose master is live, by id
        self.merged: dict[int, Event] = {}
        self._texts = _Texts()
        self._categories = _Categories()

    def __len__(self) -> int:
        return len(self.indexed)

    # -- keeping it current -------------------------------------------------------------------

    def update(self, old: Event | None, new: Event | None) -> None:
        """``old`` became ``new`` in the live state (either may be None: created, or undone)."""
        key = (new or old).id
        if new is not None and new.status == EventStatus.MERGED:
            self.merged[key] = new
        else:
            self.merged.pop(key, None)
        if new is None or new.status not in rule.MERGEABLE:
            self._forget(key)
        elif old is None or not _same_place_and_text(old, new) or key not in self.indexed:
            self._forget(key)
            self._add(new)

    def load(self, events: Iterable[Event], merged: Iterable[Event] = ()) -> None:
        """:meth:`update` with each of ``events`` (as created), the mergeable ones in one go per cell."""
        fresh: dict[int, Event] = {}
        for event in events:
            if event.status in rule.MERGEABLE:
                self.merged.pop(event.id, None)
                self._forget(event.id)
                fresh.pop(event.id, None)  # (the last one counts, as if added last)
                fresh[event.id] = event
            else:
                fresh.pop(event.id, None)
                self.update(None, event)
        self._add_many(list(fresh.values()))
        for event in merged:
            self.merged[event.id] = event

    def forget_merged(self, ids: Iterable[int]) -> None:
        """A master left the live picture: its merged events will see no follow-up any more."""
        for key in ids:
            self.merged.pop(key, None)

    def _add_many(self, events: list[Event]) -> None:
        """:meth:`_add` each of ``events`` in turn, a cell at a time."""
        added = [report(event) for event in events]
        columns = rule.columns(added, [self._categories.code(r.category) for r in added],
                               [self._texts.take(r) for r in added])
        rows, cols = rule.cells_of(np.array([r.lat for r in added]), np.array([r.lon for r in added]))
        order = np.lexsort((columns[rule.AT], cols, rows))  # by cell, then in report order (stable)
        starts = np.flatnonzero(np.diff(rows[order]) | np.diff(cols[order])) + 1
        for cell_rows in np.split(order, starts.tolist()) if len(order) else ():
            where = (int(rows[cell_rows[0]]), int(cols[cell_rows[0]]))
            reports = [added[at] for at in cell_rows.tolist()]
            self.indexed.update((r.id, (where, r)) for r in reports)
            self.cells.setdefault(where, _Cell()).extend(reports, columns[:, cell_rows])

    def _add(self, event: Event) -> None:
        where, added, numbers = self._entry(event)
        self.cells.setdefault(where, _Cell()).add(added, numbers)

    def _entry(self, event: Event) -> tuple[tuple[int, int], rule.Report, tuple[float, ...]]:
        """An event's cell, report and numbers, counted in as indexed."""
        added, where = report(event), rule.cell(event.lat, event.lon)
        self.indexed[added.id] = where, added
        return where, added, rule.numbers(added, self._categories.code(added.category), self._texts.take(added))

    def _forget(self, key: int) -> None:
        where, gone = self.indexed.pop(key, (None, None))
        if gone is None:
            return
        bucket = self.cells[where]
        bucket.remove(gone)
        self._texts.drop(gone)
        if not bucket:
            del self.cells[where]

    # -- looking up ---------------------------------------------------------------------------

    def _spans(self, lat: float, lon: float, at_ms: int | None) -> list[tuple[_Cell, int, int]]:
        """Each non-empty cell around a point, with the span of its :meth:`_Cell.window`."""
        found = []
        for where in rule.cells_around(lat, lon):
            bucket = self.cells.get(where)
            if bucket is not None:
                found.append((bucket, *bucket.window(at_ms)))
        return found

    def near(self, lat: float, lon: float, at_ms: int | None = None) -> list[rule.Report]:
        """The indexed reports in the nine cells around a point (a superset of those within reach),
        at most the :data:`NEWEST_PER_CELL` newest of each cell within the time window of ``at_ms``."""
        return [report for bucket, start, end in self._spans(lat, lon, at_ms) for report in bucket.reports[start:end]]

    def candidates(self, event: Event, limit: int | None = rule.MAX_CANDIDATES) -> list[rule.Candidate]:
        """The candidate duplicates of ``event`` among the indexed events, best first: what
        :func:`rule.rank` finds among :meth:`near` (which numpy screens first when they are many)."""
        probe = report(event)
        spans = self._spans(probe.lat, probe.lon, probe.at_ms)
        if sum(end - start for _, start, end in spans) < SCREEN_FROM:
            near = [report for bucket, start, end in spans for report in bucket.reports[start:end]]
            if (related := rule.related_to(probe.category)) is not None:
                near = [other for other in near if other.category in related]
            return rule.rank(probe, near, limit)
        columns = np.concatenate([bucket.numbers[:, start:end] for bucket, start, end in spans], axis=1)
        screened = rule.screen(probe, columns, self._categories.weights(probe.category),
                               partial(self._texts.similarities, probe.grams), limit, SCREEN_FROM)
        return rule.rank(probe, _reports_at(spans, screened.tolist()), limit)

    def candidate_ids(self, event: Event) -> tuple[int, ...]:
        """What a new report gets as ``possible_duplicates``."""
        return tuple(c.event_id for c in self.candidates(event))


def _reports_at(spans: list[tuple[_Cell, int, int]], positions: list[int]) -> list[rule.Report]:
    """The reports at ``positions`` (ascending) of the spans laid end to end."""
    found: list[rule.Report] = []
    offset, ahead = 0, iter(positions)
    position = next(ahead, None)
    for bucket, start, end in spans:
        offset_end = offset + end - start
        while position is not None and position < offset_end:
            found.append(bucket.reports[start + position - offset])
            position = next(ahead, None)
        offset = offset_end
    return found


def _same_place_and_text(old: Event, new: Event) -> bool:
    return (old.lat, old.lon, old.category, old.title, old.description, old.created_at) == (
        new.lat, new.lon, new.category, new.title, new.description, new.created_at)


def brute_force(events: Iterable[Event], event: Event) -> list[rule.Candidate]:
    """The same answer by a scan of every open event (what the index avoids; benchmarks, tests)."""
    return rule.rank(report(event), (report(other) for other in events if other.status in rule.MERGEABLE))
