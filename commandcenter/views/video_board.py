"""The video-link board (视联网, 四频一网): counts per level and state, filters, and every link as a tile.

Tiles are grouped by level and kind, worst first (rules in :mod:`commandcenter.domain.video`).
One timer repaints the ages each second and lets the model re-sort when a link turns stale; no
widget or signal per link. Clicking a count filters the tiles to that level and state.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commandcenter.domain import clock, video
from commandcenter.i18n import tr
from commandcenter.models.video_links import (
    SectionRole,
    TileRole,
    VideoCountsModel,
    VideoLinksModel,
    level_names,
    state_names,
)
from commandcenter.widgets.tiles import TileDelegate, TileView

TILE_WIDTH = 236


def make_counts_view(model: VideoCountsModel) -> QTableView:
    """The compact counts table (a wall can put the same view on its own)."""
    view = QTableView()
    view.setObjectName("video_counts")
    view.setModel(model)
    view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    view.verticalHeader().setDefaultSectionSize(22)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setFixedHeight(view.horizontalHeader().sizeHint().height() + view.verticalHeader().length()
                        + 2 * view.frameWidth())
    return view


class VideoBoard(QWidget):
    def __init__(self, desk, parent: QWidget | None = None, *, now: Callable[[], datetime] = clock.now,
                 stale_after: float = video.STALE_AFTER_S) -> None:
        super().__init__(parent)
        self.desk = desk
        self.model = VideoLinksModel(desk, self, now=now, stale_after=stale_after)
        self.counts = VideoCountsModel(self.model, self)
        self.counts_view = make_counts_view(self.counts)
        self.level = self._combo(tr("All levels"), level_names())
        self.state = self._combo(tr("All states"), state_names())
        self.shown = QLabel()
        self.shown.setProperty("role", "muted")
        self.tiles = TileView(SectionRole)
        self.tiles.setObjectName("video_tiles")
        self.tiles.setModel(self.model)
        self.tiles.setItemDelegate(TileDelegate(TileRole, TILE_WIDTH, 2, self.tiles))
        self.tiles.placeholder = tr("No video link matches the filter")
        self._layout()
        self._wire()
        self.tick = QTimer(self, interval=1000, timeout=self.on_tick)
        self.tick.start()
        self._count_shown()

    def _combo(self, everything: str, names: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        for code, name in names.items():
            combo.addItem(name, code)
        return combo

    def _layout(self) -> None:
        filters = QFormLayout()
        filters.addRow(tr("Level"), self.level)
        filters.addRow(tr("State"), self.state)
        filters.addRow(self.shown)
        top = QHBoxLayout()
        top.addWidget(self.counts_view, 3)
        top.addLayout(filters, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.tiles, 1)

    def _wire(self) -> None:
        self.level.currentIndexChanged.connect(self._filter_changed)
        self.state.currentIndexChanged.connect(self._filter_changed)
        self.counts_view.clicked.connect(self._count_clicked)
        self.model.modelReset.connect(self._count_shown)
        self.model.countsChanged.connect(self._count_shown)

    # -- filter -----------------------------------------------------------------------------------

    def set_filter(self, level: str | None = None, state: str | None = None) -> None:
        """Show one level and one shown state (None: all); the combos follow."""
        self.level.setCurrentIndex(max(0, self.level.findData(level)))
        self.state.setCurrentIndex(max(0, self.state.findData(state)))

    def _filter_changed(self) -> None:
        state = self.state.currentData()
        self.model.set_filter(self.level.currentData(), frozenset({state}) if state else None)

    def _count_clicked(self, index: QModelIndex) -> None:
        self.set_filter(*self.counts.key(index))

    def _count_shown(self) -> None:
        self.shown.setText(tr("Showing {shown} of {total} links").format(
            shown=self.model.rowCount(), total=self.model.total()))

    def on_tick(self) -> None:
        """Every second: ages move on; links past the threshold turn stale and move up."""
        self.model.tick()
        self.tiles.viewport().update()
