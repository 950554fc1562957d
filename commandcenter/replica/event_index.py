"""Events as growable column arrays, updated in place, for filtering a million rows at once.

A delta touches one row (no rebuild); a filter is a handful of numpy comparisons; free text is
searched in one lowercased haystack string with ``str.find`` (C speed), the match offsets mapped
back to rows with ``searchsorted``. Grid codes nest by prefix, and being 15 digits they fit an
int64, so "inside this district/street/community" is a numeric range test.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from commandcenter.domain.codes import CATEGORIES, EventStatus, Source
from commandcenter.domain.entities import Event

STATUS_CODES = [s.value for s in EventStatus]
CATEGORY_CODES = list(CATEGORIES)
SOURCE_CODES = [s.value for s in Source]
_STATUS = {s: i for i, s in enumerate(STATUS_CODES)}
_CATEGORY = {c: i for i, c in enumerate(CATEGORY_CODES)}
_SOURCE = {s: i for i, s in enumerate(SOURCE_CODES)}
GRID_DIGITS = 15

_COLUMNS = {
    "ids": np.int64, "status": np.int8, "severity": np.int8, "category": np.int8, "source": np.int8,
    "created": np.float64, "due": np.float64, "overdue": np.bool_, "grid": np.int64, "alive": np.bool_,
}


def grid_number(grid_id: str | None) -> int:
    """A 15-digit grid code as an integer (-1 when missing or not numeric)."""
    return int(grid_id) if grid_id and grid_id.isdigit() and len(grid_id) == GRID_DIGITS else -1


def area_range(area_code: str) -> tuple[int, int]:
    """The [low, high) integer range of the grid codes inside an area code (6, 9, 12 or 15 digits)."""
    scale = 10 ** (GRID_DIGITS - len(area_code))
    return int(area_code) * scale, (int(area_code) + 1) * scale


@dataclass
class Filter:
    statuses: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()
    severities: frozenset[int] = frozenset()
    area: str | None = None
    text: str = ""
    overdue_only: bool = False


class EventIndex:
    def __init__(self, capacity: int = 1024) -> None:
        self.size = 0
        self.row_of: dict[int, int] = {}
        self.texts: list[str] = []
        for name, dtype in _COLUMNS.items():
            setattr(self, name, np.zeros(capacity, dtype=dtype))
        self._haystack: tuple[str, np.ndarray] | None = None

    def __len__(self) -> int:
        return int(self.alive[: self.size].sum())

    def _grow(self) -> None:
        for name in _COLUMNS:
            old = getattr(self, name)
            grown = np.zeros(max(1024, 2 * len(old)), dtype=old.dtype)
            grown[: len(old)] = old
            setattr(self, name, grown)

    def put(self, event: Event) -> int:
        row = self.row_of.get(event.id)
        if row is None:
            if self.size == len(self.ids):
                self._grow()
            row, self.size = self.size, self.size + 1
            self.row_of[event.id] = row
            self.texts.append("")
        self._write(row, event)
        return row

    def put_many(self, events: Iterable[Event]) -> None:
        for event in events:
            self.put(event)

    def _write(self, row: int, e: Event) -> None:
        self.ids[row] = e.id
        self.status[row] = _STATUS.get(e.status, -1)
        self.severity[row] = e.severity
        self.category[row] = _CATEGORY.get(e.category, -1)
        self.source[row] = _SOURCE.get(e.source, -1)
        self.created[row] = e.created_at.timestamp()
        self.due[row] = e.due_at.timestamp() if e.due_at else np.nan
        self.overdue[row] = e.overdue
        self.grid[row] = grid_number(e.grid_id)
        self.alive[row] = True
        text = f"{e.code}\x1f{e.title}\x1f{e.description}".lower()
        if text != self.texts[row]:
            self.texts[row] = text
            self._haystack = None

    def remove(self, event_id: int) -> int | None:
        row = self.row_of.get(event_id)
        if row is not None:
            self.alive[row] = False
        return row

    def rows(self, f: Filter) -> np.ndarray:
        """Rows of the live events passing ``f``, in row order."""
        n = self.size
        mask = self.alive[:n].copy()
        if f.statuses:
            mask &= np.isin(self.status[:n], [_STATUS[s] for s in f.statuses if s in _STATUS])
        if f.categories:
            mask &= np.isin(self.category[:n], [_CATEGORY[c] for c in f.categories if c in _CATEGORY])
        if f.severities:
            mask &= np.isin(self.severity[:n], list(f.severities))
        if f.overdue_only:
            mask &= self.overdue[:n]
        if f.area:
            low, high = area_range(f.area)
            mask &= (self.grid[:n] >= low) & (self.grid[:n] < high)
        if f.text:
            mask &= self._text_mask(f.text.lower())
        return np.flatnonzero(mask)

    def _text_mask(self, needle: str) -> np.ndarray:
        haystack, starts = self._search_space()
        found = np.zeros(self.size, dtype=bool)
        at = haystack.find(needle)
        while at >= 0:
            row = int(np.searchsorted(starts, at, side="right")) - 1
            found[row] = True
            next_row = starts[row + 1] if row + 1 < len(starts) else len(haystack)
            at = haystack.find(needle, next_row)
        return found

    def _search_space(self) -> tuple[str, np.ndarray]:
        if self._haystack is None:
            lengths = np.fromiter((len(t) + 1 for t in self.texts), dtype=np.int64, count=len(self.texts))
            starts = np.concatenate([[0], np.cumsum(lengths)[:-1]]) if len(lengths) else np.zeros(0, np.int64)
            self._haystack = ("\n".join(self.texts) + "\n", starts)
        return self._haystack

    def order(self, rows: np.ndarray, key: str, descending: bool = False) -> np.ndarray:
        """``rows`` sorted by a column (ties by id), stable."""
        values = getattr(self, key)[rows]
        if values.dtype == np.float64:
            values = np.nan_to_num(values, nan=np.inf)
        order = np.lexsort((self.ids[rows], values))
        return rows[order[::-1]] if descending else rows[order]
