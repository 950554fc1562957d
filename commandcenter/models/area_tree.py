"""The city tree (district → street → community → grid) as a checkable Qt item model.

Ticking an area chooses it (and so everything inside it); unticking a grid inside a chosen
community splits the community into its other grids. Partly chosen areas show partly ticked.
The choice itself is an :class:`~commandcenter.models.areas.AreaChoice`, shared with the map.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from commandcenter.i18n import tr

from .areas import AreaChoice, AreaTree

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


def kind_label(kind: str) -> str:
    return {"district": tr("District"), "street": tr("Street"), "community": tr("Community"),
            "comprehensive": tr("Grid"), "exclusive": tr("Exclusive grid"),
            "special": tr("Special grid")}.get(kind, kind)


class AreaTreeModel(QAbstractItemModel):
    choiceChanged = Signal()

    def __init__(self, grids: Iterable[dict], parent=None) -> None:
        super().__init__(parent)
        self.tree = AreaTree(grids)
        self.choice = AreaChoice(self.tree)
        self._ids: list[str] = list(self.tree.nodes)
        self._num = {node_id: n for n, node_id in enumerate(self._ids)}
        self.workers: dict[str, int] = {}

    # -- structure ------------------------------------------------------------------------------

    def node(self, index: Index) -> str | None:
        return self._ids[index.internalId()] if index.isValid() else None

    def index_of(self, node_id: str, column: int = 0) -> QModelIndex:
        if node_id not in self._num:
            return QModelIndex()
        return self.createIndex(self.tree.row[node_id], column, self._num[node_id])

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        kids = self.tree.kids(self.node(parent))
        if not (0 <= row < len(kids) and 0 <= column < self.columnCount()):
            return QModelIndex()
        return self.createIndex(row, column, self._num[kids[row]])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node_id = self.node(index)
        up = self.tree.parent.get(node_id) if node_id is not None else None
        return self.index_of(up) if up is not None else QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self.tree.kids(self.node(parent)))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (tr("Area"), tr("Workers"))[section] if 0 <= section < 2 else None
        return None

    # -- cells ----------------------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == 0 else flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        node_id = self.node(index)
        if node_id is None:
            return None
        node = self.tree.nodes[node_id]
        if role == Qt.ItemDataRole.DisplayRole:
            return node.get("name") or node_id if index.column() == 0 else str(self.workers.get(node_id, 0))
        if role == Qt.ItemDataRole.CheckStateRole and index.column() == 0:
            return self._check_state(node_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{kind_label(node.get('kind', ''))} · {node.get('code') or node_id}"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return node_id
        return None

    def _check_state(self, node_id: str) -> Qt.CheckState:
        if self.choice.covered(node_id):
            return Qt.CheckState.Checked
        return Qt.CheckState.PartiallyChecked if self.choice.partial(node_id) else Qt.CheckState.Unchecked

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node_id = self.node(index)
        if node_id is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        self.change(lambda: self.choice.add([node_id]) if checked else self.choice.remove(node_id))
        return True

    # -- the choice -----------------------------------------------------------------------------

    def add(self, node_ids: Iterable[str]) -> None:
        self.change(lambda: self.choice.add(node_ids))

    def clear(self) -> None:
        self.change(self.choice.clear)

    def change(self, edit) -> None:
        """Run ``edit`` on the choice, then tell the views which check boxes changed."""
        before, inside = set(self.choice.ids), set(self.choice.inside)
        edit()
        moved = before ^ self.choice.ids
        for node_id in moved | (inside ^ self.choice.inside):
            index = self.index_of(node_id)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        for node_id in moved:
            self._announce_inside(node_id, 0, Qt.ItemDataRole.CheckStateRole)
        self.choiceChanged.emit()

    def _announce_inside(self, node_id: str | None, column: int, role: Qt.ItemDataRole) -> None:
        """``dataChanged`` for everything inside an area (the whole tree for None), one range per parent."""
        stack = [node_id]
        while stack:
            parent = stack.pop()
            kids = self.tree.kids(parent)
            if kids:
                first, last = self.index_of(kids[0], column), self.index_of(kids[-1], column)
                self.dataChanged.emit(first, last, [role])
                stack += [k for k in kids if self.tree.kids(k)]

    def set_worker_grids(self, grid_ids: Iterable[str]) -> None:
        """Count the workers of every area from the workers' grid ids (one pass, then up the tree)."""
        per_grid = Counter(grid_ids)
        counts: Counter[str] = Counter()
        for grid_id, n in per_grid.items():
            if grid_id in self.tree.nodes:
                counts[grid_id] += n
                for up in self.tree.ancestors(grid_id):
                    counts[up] += n
        self.workers = dict(counts)
        self._announce_inside(None, 1, Qt.ItemDataRole.DisplayRole)
