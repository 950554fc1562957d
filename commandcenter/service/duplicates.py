"""The duplicate index: open events by cell of about 300 m, so a new report finds its candidate
duplicates among the few events around it, never by a scan of every open event.

The unit of work calls :meth:`DuplicateIndex.update` on every put of an event (and again, the
other way round, when it undoes one), so the index always holds the live state's mergeable
events. It also keeps the merged events whose master is still live: a master's follow-up is
recorded on them (they have left the live picture). The rule itself is
:mod:`commandcenter.domain.duplicates`; the hub rebuilds this index from the store at start.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

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


class DuplicateIndex:
    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], dict[int, rule.Report]] = {}
        self.cell_of: dict[int, tuple[int, int]] = {}
        #: merged events whose master is live, by id
        self.merged: dict[int, Event] = {}

    def __len__(self) -> int:
        return len(self.cell_of)

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
        elif old is None or not _same_place_and_text(old, new) or key not in self.cell_of:
            self._forget(key)
            self._add(new)

    def load(self, events: Iterable[Event], merged: Iterable[Event] = ()) -> None:
        for event in events:
            self.update(None, event)
        for event in merged:
            self.merged[event.id] = event

    def forget_merged(self, ids: Iterable[int]) -> None:
        """A master left the live picture: its merged events will see no follow-up any more."""
        for key in ids:
            self.merged.pop(key, None)

    def _add(self, event: Event) -> None:
        """Each cell holds its reports in the order they were reported in (a lookup walks back from
        the newest and stops at the 72-hour window); a new report simply goes last."""
        where = rule.cell(event.lat, event.lon)
        bucket = self.cells.setdefault(where, {})
        newest = next(reversed(bucket.values()), None)
        added = bucket[event.id] = report(event)
        if newest is not None and added.at_ms < newest.at_ms:  # an older case moved here: back in order
            self.cells[where] = dict(sorted(bucket.items(), key=lambda item: item[1].at_ms))
        self.cell_of[event.id] = where

    def _forget(self, key: int) -> None:
        where = self.cell_of.pop(key, None)
        if where is None:
            return
        bucket = self.cells[where]
        bucket.pop(key, None)
        if not bucket:
            del self.cells[where]

    # -- looking up ---------------------------------------------------------------------------

    def near(self, lat: float, lon: float, at_ms: int | None = None) -> Iterator[rule.Report]:
        """The indexed reports in the nine cells around a point (a superset of those within reach),
        at most the :data:`NEWEST_PER_CELL` newest of each cell within the time window of ``at_ms``."""
        for where in rule.cells_around(lat, lon):
            bucket = self.cells.get(where)
            if bucket:
                yield from islice(_in_window(bucket, at_ms), NEWEST_PER_CELL)

    def candidates(self, event: Event, limit: int | None = rule.MAX_CANDIDATES) -> list[rule.Candidate]:
        """The candidate duplicates of ``event`` among the indexed events, best first."""
        probe = report(event)
        return rule.rank(probe, self.near(event.lat, event.lon, probe.at_ms), limit)

    def candidate_ids(self, event: Event) -> tuple[int, ...]:
        """What a new report gets as ``possible_duplicates``."""
        return tuple(c.event_id for c in self.candidates(event))


def _in_window(bucket: dict[int, rule.Report], at_ms: int | None) -> Iterator[rule.Report]:
    """A cell's reports newest first, from the newest within the window to the first one older."""
    if at_ms is None:
        yield from reversed(bucket.values())
        return
    for other in reversed(bucket.values()):
        if other.at_ms > at_ms + rule.WINDOW_MS:
            continue  # reported long after (a probe from the past)
        if other.at_ms < at_ms - rule.WINDOW_MS:
            return  # all the rest are older still
        yield other


def _same_place_and_text(old: Event, new: Event) -> bool:
    return (old.lat, old.lon, old.category, old.title, old.description, old.created_at) == (
        new.lat, new.lon, new.category, new.title, new.description, new.created_at)


def brute_force(events: Iterable[Event], event: Event) -> list[rule.Candidate]:
    """The same answer by a scan of every open event (what the index avoids; benchmarks, tests)."""
    return rule.rank(report(event), (report(other) for other in events if other.status in rule.MERGEABLE))
