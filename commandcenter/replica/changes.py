"""What one applied frame changed (STYLE §5): each screen reads only the kinds it shows."""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

#: the entity kinds a change can name; ``positions`` (a batch of moves) is a kind without ids
KINDS = ("events", "orders", "workers", "seats", "video_links", "alerts", "departments", "approvals")


def _id_sets() -> dict[str, set]:
    return {kind: set() for kind in KINDS}


def _no_rows() -> np.ndarray:
    return np.zeros(0, dtype=np.intp)


@dataclass(eq=False)
class Changes:
    """The kinds touched and, per kind, the ids inserted, updated and removed.

    ``positions`` holds the worker rows that moved (indices into the replica's worker arrays);
    ``reset`` is true for a snapshot: rows may have been renumbered, so views rebuild.
    ``initiator`` is the id of our own request that this delta answers, when the client could tell.
    """

    kinds: set[str] = field(default_factory=set)
    inserted: dict[str, set] = field(default_factory=_id_sets)
    updated: dict[str, set] = field(default_factory=_id_sets)
    removed: dict[str, set] = field(default_factory=_id_sets)
    positions: np.ndarray = field(default_factory=_no_rows)
    seq: int | None = None
    initiator: str | None = None
    reset: bool = False

    def __bool__(self) -> bool:
        return bool(self.kinds) or self.reset

    def insert(self, kind: str, key: object) -> None:
        self.kinds.add(kind)
        self.inserted[kind].add(key)

    def update(self, kind: str, key: object) -> None:
        self.kinds.add(kind)
        self.updated[kind].add(key)

    def remove(self, kind: str, key: object) -> None:
        self.kinds.add(kind)
        self.removed[kind].add(key)

    def put(self, kind: str, key: object, existed: bool) -> None:
        (self.update if existed else self.insert)(kind, key)

    def touched(self, kind: str) -> set:
        """Every id of ``kind`` inserted, updated or removed."""
        return self.inserted[kind] | self.updated[kind] | self.removed[kind]
