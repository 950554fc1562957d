"""The graded assessment (考核评分) as a table model over ``query.assessment`` rows: rank, name, grade,
score and the figures behind them. A plain adapter: score and grade come from the hub (the rule is the
domain's), the ranking from :mod:`commandcenter.domain.honours`.

For export: every cell's text is its ``DisplayRole``; headers come from ``headerData``.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from commandcenter.domain.honours import rankable, ranked
from commandcenter.i18n import tr

from .id_table import HeaderedTable
from .stats import percent, score_text

SortRole = Qt.ItemDataRole.UserRole + 1  # the raw number (or name) to sort on
GradeRole = Qt.ItemDataRole.UserRole + 2  # "A"–"E" or None
KeyRole = Qt.ItemDataRole.UserRole + 3  # the row's key as the hub sent it

#: the groupings of ``query.assessment``
GROUPINGS = ("department", "grid", "community", "street", "district", "worker", "operator")
#: (row field, kind) after rank, name and grade
FIELDS = (("score", "score1"), ("should_close", "count"), ("closed", "count"), ("closed_on_time", "count"),
          ("close_rate", "rate"), ("on_time_rate", "rate"), ("rework_rate", "rate"), ("extension_rate", "rate"),
          ("returned", "count"), ("avg_satisfaction", "score"))
RANK, NAME, GRADE = 0, 1, 2
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def grouping_names() -> dict[str, str]:
    return {"department": tr("Department", "Grades"), "grid": tr("Grid", "Grades"),
            "community": tr("Community", "Grades"), "street": tr("Street", "Grades"),
            "district": tr("District", "Grades"), "worker": tr("Grid worker", "Grades"),
            "operator": tr("Operator", "Grades")}


def _headers(grouping: str) -> list[str]:
    return [tr("Rank", "Grades"), grouping_names().get(grouping, tr("Name", "Grades")), tr("Grade", "Grades"),
            tr("Score", "Grades"), tr("Due", "Grades"), tr("Closed", "Grades"), tr("On time", "Grades"),
            tr("Close rate", "Grades"), tr("On-time rate", "Grades"), tr("Rework rate", "Grades"),
            tr("Extension rate", "Grades"), tr("Returned", "Grades"), tr("Satisfaction", "Grades")]


def _cell(value, kind: str) -> str:
    if value is None:
        return "—"
    if kind == "rate":
        return percent(value)
    if kind == "score":
        return score_text(value)
    if kind == "score1":
        return f"{value:.1f}"
    return str(value)


class GradesModel(HeaderedTable):
    """One row per ``query.assessment`` row, ranked best first; the unranked (no score, or nobody of
    the grouping) after them, without a rank."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.grouping = "department"
        self.rows: list[dict] = []
        self.names: list[str] = []
        self.ranks: list[int | None] = []
        self._headers = _headers(self.grouping)

    def set_rows(self, rows: list[dict], grouping: str, name_of: Callable[[object], str]) -> None:
        self.beginResetModel()
        order = ranked(rows)
        self.rows = order + [r for r in rows if not rankable(r)]
        self.ranks = [*range(1, len(order) + 1), *[None] * (len(self.rows) - len(order))]
        self.grouping, self.names = grouping, [name_of(r["key"]) for r in self.rows]
        self._headers = _headers(grouping)
        self.endResetModel()

    def _row_count(self) -> int:
        return len(self.rows)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SortRole:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (NAME, GRADE):
            return int(_RIGHT)
        return {GradeRole: self.rows[row].get("grade"), KeyRole: self.rows[row]["key"]}.get(role)

    def _text(self, row: int, column: int) -> str:
        if column == RANK:
            return "—" if self.ranks[row] is None else str(self.ranks[row])
        if column == NAME:
            return self.names[row]
        if column == GRADE:
            return self.rows[row].get("grade") or "—"
        name, kind = FIELDS[column - 3]
        return _cell(self.rows[row].get(name), kind)

    def _sort_value(self, row: int, column: int):
        if column == RANK:
            rank = self.ranks[row]
            return float("inf") if rank is None else rank
        if column == NAME:
            return self.names[row]
        if column == GRADE:
            return self.rows[row].get("grade") or "Z"  # A first, the ungraded last
        value = self.rows[row].get(FIELDS[column - 3][0])
        return -1.0 if value is None else float(value)

    def retranslate(self) -> None:
        self._headers = _headers(self.grouping)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)
