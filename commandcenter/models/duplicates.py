"""Duplicate candidates of one case (PROTOCOL.md "Practice": ``query.duplicates``), as a small table.

Rows are the hub's answer, best first: ``{"event_id", "score", "distance_m", "minutes_apart"}``;
code, title and status come from the replica (a candidate the desk does not hold shows its id).
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from commandcenter.i18n import tr

from . import labels
from .id_table import HeaderedTable

COLUMNS = ("code", "title", "score", "distance", "apart", "status")
CandidateIdRole = Qt.ItemDataRole.UserRole + 1
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _headers() -> list[str]:
    return [tr("Code", "Duplicates"), tr("Title", "Duplicates"), tr("Score", "Duplicates"),
            tr("Distance", "Duplicates"), tr("Apart", "Duplicates"), tr("Status", "Duplicates")]


class DuplicateCandidatesModel(HeaderedTable):
    def __init__(self, desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.items: list[dict] = []
        self._headers = _headers()

    def _row_count(self) -> int:
        return len(self.items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
        if role == CandidateIdRole:
            return item["event_id"]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, COLUMNS[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()] in ("score", "distance", "apart"):
            return _RIGHT
        return None

    def _display(self, item: dict, column: str) -> str:
        if column == "score":
            return f"{item['score'] * 100:.0f}%"
        if column == "distance":
            return tr("{m} m").format(m=round(item["distance_m"]))
        if column == "apart":
            return apart(item["minutes_apart"])
        event = self.desk.replica.events.get(item["event_id"])
        if event is None:
            return f"#{item['event_id']}" if column == "code" else ""
        return {"code": event.code, "title": event.title, "status": labels.status(event.status)}[column]

    def set_items(self, items: list[dict]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def candidate(self, row: int) -> int | None:
        return self.items[row]["event_id"] if 0 <= row < len(self.items) else None

    def refresh(self) -> None:
        """The candidates' events changed in the replica (status, title): repaint the rows."""
        if self.items:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.items) - 1, len(COLUMNS) - 1))


def apart(minutes: float) -> str:
    """Minutes apart as a person says it: "12 min", "3.5 h", "2 d"."""
    minutes = abs(minutes)
    if minutes < 90:
        return tr("{n} min").format(n=round(minutes))
    if minutes < 48 * 60:
        return tr("{n} h").format(n=f"{minutes / 60:.1f}")
    return tr("{n} d").format(n=f"{minutes / 1440:.1f}")
