"""A table whose rows are entity ids (STYLE §4): the row's entity is looked up in the replica
when a cell is asked for, so a delta changes an entity without touching the row list."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt


class HeaderedTable(QAbstractTableModel):
    """A flat table under ``_headers``: subclasses say how many rows (:meth:`_row_count`) and answer
    ``data``; the row, column and header answers every list model gives live here once."""

    _headers: list[str]

    def _row_count(self) -> int:
        raise NotImplementedError

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._row_count()

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section] if 0 <= section < len(self._headers) else None
        return None


class IdTableModel(HeaderedTable):
    """Subclasses set ``ids`` and ``_headers`` and answer :meth:`_entity` and :meth:`_role`."""

    ids: list

    def _row_count(self) -> int:
        return len(self.ids)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.ids):
            return None
        entity = self._entity(self.ids[index.row()])
        return None if entity is None else self._role(entity, index.column(), role)

    def _entity(self, key):
        raise NotImplementedError

    def _role(self, entity, column: int, role: int):
        raise NotImplementedError
