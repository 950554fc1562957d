"""Table models over ``query.stats`` answers: the assessment table (by department, category, grid, worker
or day) and the hotspot table. Plain adapters: the rates come from the hub, the star rule from the domain.

For export: every cell's text is its ``DisplayRole`` (stars as ``★★★☆☆``), headers come from ``headerData``.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from commandcenter.domain.assessment import Hotspot
from commandcenter.domain.rating import MAX_STARS, stars
from commandcenter.i18n import tr

from . import labels
from .id_table import HeaderedTable

SortRole = Qt.ItemDataRole.UserRole + 1  # the raw number (or name) to sort on
StarsRole = Qt.ItemDataRole.UserRole + 2  # int 1-5, or None when not rated
KeyRole = Qt.ItemDataRole.UserRole + 3  # the row's key as the hub sent it

GROUPINGS = ("department", "category", "grid", "worker")
#: (row field, kind) of the assessment table after the name column
FIELDS = (("reported", "count"), ("valid", "count"), ("resolved", "count"), ("completion_rate", "rate"),
          ("on_time_rate", "rate"), ("closed_loop_rate", "rate"), ("avg_satisfaction", "score"))
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def percent(rate: float | None) -> str:
    return "—" if rate is None else f"{rate * 100:.1f}%"


def score_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"


def star_text(count: int | None) -> str:
    return "—" if count is None else "★" * count + "☆" * (MAX_STARS - count)


def _cell(value, kind: str) -> str:
    if kind == "rate":
        return percent(value)
    if kind == "score":
        return score_text(value)
    return "—" if value is None else str(value)


def _headers(grouping: str) -> list[str]:
    first = {"department": tr("Department", "Stats"), "category": tr("Category", "Stats"),
             "grid": tr("Grid", "Stats"), "worker": tr("Grid worker", "Stats"), "day": tr("Day", "Stats")}
    heads = [first.get(grouping, tr("Name", "Stats")), tr("Reported", "Stats"), tr("Valid", "Stats"),
             tr("Completed", "Stats"), tr("Completion rate", "Stats"), tr("On-time rate", "Stats"),
             tr("Closed-loop rate", "Stats"), tr("Satisfaction", "Stats")]
    return [*heads, tr("Rating", "Stats")] if grouping == "worker" else heads


class StatsTableModel(HeaderedTable):
    """One row per ``query.stats`` row; a star-rating column when grouped by worker."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.grouping = "department"
        self.rows: list[dict] = []
        self.names: list[str] = []
        self.ratings: list[int | None] = []
        self._headers = _headers(self.grouping)

    def set_rows(self, rows: list[dict], grouping: str, name_of: Callable[[object], str]) -> None:
        self.beginResetModel()
        self.grouping, self.rows = grouping, list(rows)
        self.names = [name_of(r["key"]) for r in self.rows]
        self.ratings = [stars(r.get("on_time_rate"), r.get("avg_satisfaction")) if r["key"] is not None else None
                        for r in self.rows]  # the events with nobody of the grouping are not rated
        self._headers = _headers(grouping)
        self.endResetModel()

    def _row_count(self) -> int:
        return len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = index.row(), index.column()
        if role == KeyRole:
            return self.rows[row]["key"]
        if column == 0:
            return self.names[row] if role in (Qt.ItemDataRole.DisplayRole, SortRole) else None
        if column > len(FIELDS):
            return self._rating(row, role)
        field, kind = FIELDS[column - 1]
        value = self.rows[row].get(field)
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell(value, kind)
        if role == SortRole:
            return -1.0 if value is None else float(value)
        return _RIGHT if role == Qt.ItemDataRole.TextAlignmentRole else None

    def _rating(self, row: int, role: int):
        value = self.ratings[row]
        if role == StarsRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            return star_text(value)
        return (-1 if value is None else value) if role == SortRole else None


class HotspotModel(HeaderedTable):
    """The grids with the most reports over the period, each with its most recurring category."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hotspots: list[Hotspot] = []
        self.grid_names: dict[str, str] = {}
        self._headers = [tr("Rank", "Hotspots"), tr("Grid", "Hotspots"), tr("Reports", "Hotspots"),
                         tr("Most recurring", "Hotspots"), tr("Times", "Hotspots")]

    def set_hotspots(self, hotspots: list[Hotspot], grid_names: dict[str, str]) -> None:
        self.beginResetModel()
        self.hotspots, self.grid_names = list(hotspots), grid_names
        self.endResetModel()

    def _row_count(self) -> int:
        return len(self.hotspots)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.hotspots):
            return None
        spot = self.hotspots[index.row()]
        if role == KeyRole:
            return spot.grid_id
        values = (index.row() + 1, self.grid_names.get(spot.grid_id, spot.grid_id), spot.reported,
                  labels.category(spot.top_category), spot.top_count)
        value = values[index.column()]
        if role == SortRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 2, 4):
            return _RIGHT
        return None
