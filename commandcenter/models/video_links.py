"""The video network as item models: every link as a tile (grouped, worst first) and counts per level.

:class:`VideoLinksModel` keeps the link ids in board order (rules in :mod:`commandcenter.domain.video`).
Link deltas are batched (one refresh 250 ms after the first of a burst); ages are computed when a tile is painted,
so the board ticks by repainting. The links are kept as numpy columns (:class:`LinkColumns`,
updated only for the links a delta touched) and ordered by the domain's vectorised rules, so a
refresh of a few thousand links costs about a millisecond; :meth:`VideoLinksModel.tick`
re-sorts only when some link crossed the stale threshold. :class:`VideoCountsModel` is the
summary a wall can show on its own.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import cache

import numpy as np
from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor

from commandcenter.domain import clock, video
from commandcenter.domain.entities import VideoLink
from commandcenter.i18n import tr
from commandcenter.replica import Changes

from .ages import age_text
from .desk import Desk

TileRole = Qt.ItemDataRole.UserRole + 1
SectionRole = Qt.ItemDataRole.UserRole + 2
LinkIdRole = Qt.ItemDataRole.UserRole + 3
ShownStateRole = Qt.ItemDataRole.UserRole + 4

#: shown state -> tile tone (colours live with the tile widget)
STATE_TONES = {"down": "critical", "stale": "unknown", "degraded": "warning", "in_call": "info", "up": "ok"}
REFRESH_MS = 250

_Index = QModelIndex | QPersistentModelIndex


@cache
def state_names() -> dict[str, str]:
    return {"down": tr("Down", "LinkState"), "stale": tr("Stale", "LinkState"),
            "degraded": tr("Degraded", "LinkState"), "in_call": tr("In call", "LinkState"),
            "up": tr("Up", "LinkState")}


@cache
def level_names() -> dict[str, str]:
    return {"city": tr("City", "LinkLevel"), "county": tr("County", "LinkLevel"),
            "township": tr("Township", "LinkLevel"), "village": tr("Village", "LinkLevel")}


@cache
def kind_names() -> dict[str, str]:
    return {"terminal": tr("Video terminals", "LinkKind"), "camera": tr("Cameras", "LinkKind"),
            "drone": tr("Drones", "LinkKind")}


def clear_names() -> None:
    """Forget the cached names (after the language changes)."""
    for table in (state_names, level_names, kind_names):
        table.cache_clear()


def section_name(level: str, kind: str) -> str:
    return f"{level_names().get(level, level)} · {kind_names().get(kind, kind)}"


def bitrate_text(kbps: float | None) -> str:
    if kbps is None:
        return "—"
    return f"{kbps / 1024:.1f} Mbps" if kbps >= 1024 else f"{kbps:.0f} kbps"


class LinkColumns:
    """The links as aligned numpy columns in id order (ranks, metrics, last report in epoch s)."""

    def __init__(self, links: dict[str, VideoLink]) -> None:
        self.ids = sorted(links)
        self.row = {link_id: row for row, link_id in enumerate(self.ids)}
        n = len(self.ids)
        self.level, self.kind, self.state = (np.zeros(n, dtype=np.int64) for _ in range(3))
        self.loss, self.latency, self.seen = (np.full(n, np.nan) for _ in range(3))
        for row, link_id in enumerate(self.ids):
            self.put(row, links[link_id])

    def put(self, row: int, link: VideoLink) -> None:
        self.level[row], self.kind[row] = video.group_key(link.level, link.kind)
        self.state[row] = video.state_rank(link.state)
        self.loss[row] = np.nan if link.loss_pct is None else link.loss_pct
        self.latency[row] = np.nan if link.latency_ms is None else link.latency_ms
        self.seen[row] = np.nan if link.last_seen is None else link.last_seen.timestamp()

    def update(self, links: dict[str, VideoLink], touched: set[str]) -> bool:
        """Take the touched links' new values; False when links came or went (build anew)."""
        if len(links) != len(self.ids) or any(i not in self.row or i not in links for i in touched):
            return False
        for link_id in touched:
            self.put(self.row[link_id], links[link_id])
        return True


class VideoLinksModel(QAbstractListModel):
    """One row per link shown, in board order; the filter keeps a level and a set of shown states."""

    countsChanged = Signal()

    def __init__(self, desk: Desk, parent=None, *, now: Callable[[], datetime] = clock.now,
                 stale_after: float = video.STALE_AFTER_S) -> None:
        super().__init__(parent)
        self.desk, self.now, self.stale_after = desk, now, stale_after
        self.level: str | None = None
        self.states: frozenset[str] | None = None
        self.ids: list[str] = []
        self.counts = video.empty_counts()
        self.columns = LinkColumns(desk.replica.video_links)
        self.shown_ranks = np.zeros(0, dtype=np.int64)  # per column row
        self._runs: list[tuple[str, int]] = []
        self._touched: set[str] = set()
        self._batch = QTimer(self, singleShot=True, interval=REFRESH_MS, timeout=self.refresh)
        desk.changed.connect(self.on_changes)
        self.refresh()

    # -- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.ids)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.ids):
            return None
        link = self.desk.replica.video_links.get(self.ids[index.row()])
        if link is None:
            return None
        if role == TileRole:
            return self.tile(link)
        if role == Qt.ItemDataRole.DisplayRole:
            return link.name
        if role == SectionRole:
            return section_name(link.level, link.kind)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(link)
        if role == LinkIdRole:
            return link.id
        if role == ShownStateRole:
            return self.shown_state(link.id)
        return None

    def section_runs(self) -> list[tuple[str, int]]:
        """(section, rows) in row order: spares a tile view one ``SectionRole`` call per row."""
        return list(self._runs)

    # -- one tile -------------------------------------------------------------------------------

    def shown_state(self, link_id: str) -> str | None:
        row = self.columns.row.get(link_id)
        return None if row is None or row >= len(self.shown_ranks) else video.SHOWN_STATES[self.shown_ranks[row]]

    def tile(self, link: VideoLink) -> dict:
        age = video.age_s(link.last_seen, self.now())
        shown = video.shown_state(link.state, age, self.stale_after)  # this link as it is now; the order may lag
        stale = shown == video.STALE
        states = state_names()
        footer = tr("Never reported") if age is None else tr("Reported {age} ago").format(age=age_text(age))
        latency = "—" if link.state == "down" or link.latency_ms is None else f"{link.latency_ms:.0f} ms"
        loss = "—" if link.loss_pct is None else f"{link.loss_pct:.1f}%"
        second = tr("Last said: {state}").format(state=states.get(link.state, link.state)) if stale \
            else tr("Bitrate {rate}").format(rate=bitrate_text(link.bitrate_kbps))
        return {"title": link.name, "badge": states.get(shown, shown), "tone": STATE_TONES.get(shown, "muted"),
                "lines": [tr("Latency {latency} · loss {loss}").format(latency=latency, loss=loss), second],
                "footer": footer, "footer_tone": "unknown" if stale else None}

    def _tooltip(self, link: VideoLink) -> str:
        tile = self.tile(link)
        return "\n".join([link.name, link.id, tile["badge"], *tile["lines"], tile["footer"]])

    # -- filter ---------------------------------------------------------------------------------

    def set_filter(self, level: str | None = None, states: frozenset[str] | None = None) -> None:
        """Show one level (None: all) and some shown states (None: all)."""
        self.level, self.states = level, states
        self.refresh()

    def total(self) -> int:
        return len(self.columns.ids)

    # -- following the replica ------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        if changes.reset:
            self._batch.stop()
            self.columns = LinkColumns(self.desk.replica.video_links)
            self.refresh()
        elif "video_links" in changes.kinds:
            self._touched |= changes.touched("video_links")
            if not self._batch.isActive():
                self._batch.start()

    def tick(self) -> bool:
        """Called every second: when a link crossed the stale threshold, re-sort. True when it did."""
        c = self.columns
        shown = video.shown_ranks(c.state, c.seen, self.now().timestamp(), self.stale_after)
        if np.array_equal(shown, self.shown_ranks):
            return False
        self.refresh()
        return True

    def refresh(self) -> None:
        """Take the links that changed, recompute shown states, counts and order, then tell the views."""
        links = self.desk.replica.video_links
        if self._touched and not self.columns.update(links, self._touched):
            self.columns = LinkColumns(links)
        self._touched = set()
        c = self.columns
        shown = video.shown_ranks(c.state, c.seen, self.now().timestamp(), self.stale_after)
        order = video.board_order(c.level, c.kind, shown, c.loss, c.latency, c.seen)
        rows = order[self._mask(shown)[order]]
        self.shown_ranks = shown
        self._runs = self._sections(rows)
        self._show([c.ids[r] for r in rows.tolist()])
        counts = video.count_ranks(c.level, shown)
        if counts != self.counts:
            self.counts = counts
            self.countsChanged.emit()

    def _mask(self, shown: np.ndarray) -> np.ndarray:
        c, mask = self.columns, np.ones(len(shown), dtype=bool)
        if self.level is not None:
            mask &= c.level == video.group_key(self.level, "")[0]
        if self.states is not None:
            mask &= np.isin(shown, [video.state_rank(s) for s in self.states])
        return mask

    def _sections(self, rows: np.ndarray) -> list[tuple[str, int]]:
        """Runs of rows sharing a level and kind, named."""
        if not len(rows):
            return []
        group = self.columns.level[rows] * (len(video.KINDS) + 1) + self.columns.kind[rows]
        starts = np.flatnonzero(np.diff(group, prepend=-1))
        sizes = np.diff(np.append(starts, len(rows)))
        links = self.desk.replica.video_links
        return [(section_name(links[self.columns.ids[rows[s]]].level, links[self.columns.ids[rows[s]]].kind), int(n))
                for s, n in zip(starts.tolist(), sizes.tolist(), strict=True)]

    def _show(self, wanted: list[str]) -> None:
        if wanted == self.ids:
            if wanted:
                self.dataChanged.emit(self.index(0), self.index(len(wanted) - 1))
        elif len(wanted) == len(self.ids) and set(wanted) == set(self.ids):
            self._move(wanted)
        else:
            self.beginResetModel()
            self.ids = wanted
            self.endResetModel()

    def _move(self, wanted: list[str]) -> None:
        """Same links, new order: a layout change that keeps persistent indexes (selection)."""
        self.layoutAboutToBeChanged.emit()
        where = {link_id: row for row, link_id in enumerate(wanted)}
        old = self.persistentIndexList()
        new = [self.index(where[self.ids[i.row()]]) if i.row() < len(self.ids) else QModelIndex() for i in old]
        self.ids = wanted
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()


class VideoCountsModel(QAbstractTableModel):
    """Rows: the four levels and all; columns: each shown state (worst first) and the total."""

    def __init__(self, links: VideoLinksModel, parent=None) -> None:
        super().__init__(parent)
        self.links = links
        links.countsChanged.connect(self._changed)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(video.LEVELS) + 1

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(video.SHOWN_STATES) + 1

    def key(self, index: _Index) -> tuple[str | None, str | None]:
        """The (level, shown state) a cell counts; None stands for all."""
        levels, states = video.LEVELS, video.SHOWN_STATES
        return (levels[index.row()] if index.row() < len(levels) else None,
                states[index.column()] if index.column() < len(states) else None)

    def count(self, level: str | None, state: str | None) -> int:
        rows = [self.links.counts[level]] if level else list(self.links.counts.values())
        return sum(row[state] if state else sum(row.values()) for row in rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        level, state = self.key(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.count(level, state))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole and state in ("down", "stale", "degraded"):
            return QColor("#e5534b" if state == "down" else "#a371f7" if state == "stale" else "#f0ad4e") \
                if self.count(level, state) else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            states = video.SHOWN_STATES
            return state_names()[states[section]] if section < len(states) else tr("Total", "LinkState")
        levels = video.LEVELS
        return level_names()[levels[section]] if section < len(levels) else tr("All levels")

    def _changed(self) -> None:
        self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
