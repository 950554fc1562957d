"""Move a table model's id list to a new one with the fewest signals: removes and inserts when the
survivors keep their order, else one layout change that carries persistent indexes (selection)."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex


def follow(model: QAbstractItemModel, old: list, new: list, store) -> None:
    """Bring ``model`` from showing ``old`` to ``new``; ``store(ids)`` sets the model's list in between."""
    if old == new:
        return
    keep = set(new)
    survivors = [i for i in old if i in keep]
    fresh = set(new) - set(old)
    if survivors != [i for i in new if i not in fresh]:
        _relayout(model, old, new, store)
        return
    current = list(old)
    for row in reversed([r for r, i in enumerate(old) if i not in keep]):
        model.beginRemoveRows(QModelIndex(), row, row)
        del current[row]
        store(list(current))
        model.endRemoveRows()
    for row, key in enumerate(new):
        if key in fresh:
            model.beginInsertRows(QModelIndex(), row, row)
            current.insert(row, key)
            store(list(current))
            model.endInsertRows()


def _relayout(model: QAbstractItemModel, old: list, new: list, store) -> None:
    model.layoutAboutToBeChanged.emit()
    where = {key: row for row, key in enumerate(new)}
    persistent = model.persistentIndexList()
    moved = []
    for index in persistent:
        row = where.get(old[index.row()]) if index.row() < len(old) else None
        moved.append(QModelIndex() if row is None else model.index(row, index.column()))
    store(list(new))
    model.changePersistentIndexList(persistent, moved)
    model.layoutChanged.emit()
