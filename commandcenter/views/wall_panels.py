"""The wall's side panels: the seat strip, the video-link summary and the 7-day trend.

Each is built once and updated in place (a fixed set of labels, reused chart items), so a wall that runs
for days allocates nothing per update. Seats come from :func:`commandcenter.models.seats.seat_lines`, the
video counts from :class:`~commandcenter.models.video_links.VideoCountsModel`, the trend from the
``query.stats`` day rows the wall passes in.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from commandcenter.domain import clock
from commandcenter.domain.seats import OVERDUE, SeatLine
from commandcenter.i18n import tr
from commandcenter.models import labels
from commandcenter.models.seats import seat_lines
from commandcenter.models.video_links import VideoCountsModel, VideoLinksModel
from commandcenter.widgets.map_layers import THEMES
from commandcenter.widgets.throttle import Throttle
from commandcenter.widgets.wall_tiles import ElidedLabel

from . import wall_style as style
from .video_board import make_counts_view

ALARM_TONES = {OVERDUE: "critical", "unstaffed": "warning", "off_duty": "muted", "on_duty": "ok"}
REPORTED, COMPLETED = "#5aa9ff", "#4fd46b"


def panel(title: str, body: QWidget) -> QFrame:
    """A titled frame around ``body``."""
    frame = QFrame()
    frame.setObjectName("panel")
    layout = QVBoxLayout(frame)
    heading = QLabel(title)
    heading.setObjectName("panel_title")
    layout.addWidget(heading)
    layout.addWidget(body, 1)
    return frame


def trend_key(reported: str, completed: str) -> str:
    """The chart's colour key, to follow its panel title (a pyqtgraph legend would sit on the lines)."""
    return (f"&nbsp;&nbsp;<span style='color:{REPORTED}'>■</span>&nbsp;{reported}"
            f"&nbsp;&nbsp;<span style='color:{COMPLETED}'>■</span>&nbsp;{completed}")


def map_legend(city) -> QLabel:
    """The wall's map key: heat for workers on duty, events by severity, overdue rings."""
    theme = THEMES["dark"]
    marks = [("◆", theme.severity[3], tr("Critical")), ("◆", theme.severity[2], tr("High")),
             ("◆", theme.severity[1], tr("Medium")), ("◆", theme.severity[0], tr("Low")),
             ("◎", theme.overdue, tr("Overdue")), ("▆", "#f9a13a", tr("Grid workers on duty (density)"))]
    label = QLabel(city)
    label.setObjectName("map_legend")
    label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setText("<br>".join(f"<span style='color:{c}'>{g}</span>&nbsp;{t}" for g, c, t in marks))
    label.move(12, 12)
    label.adjustSize()
    return label


def shrinkable(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class SeatTile(QFrame):
    """One seat: an on-duty light and the department, then its open and overdue orders."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("seat")
        self.light, self.name, self.counts = QLabel("●"), ElidedLabel(), QLabel()
        self.name.setObjectName("seat_name")
        self.counts.setObjectName("seat_counts")
        self.counts.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.addWidget(self.light)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.counts)
        self._tone = self._duty = ""

    def show_line(self, line: SeatLine) -> None:
        self.name.setText(labels.department(line.department))
        self.counts.setText(f"{line.open_orders} / {line.overdue_orders}")
        duty = "ok" if line.on_duty else "muted"
        if duty != self._duty:
            self._duty = duty
            self.light.setStyleSheet(f"color: {style.tone(duty)};")
        tone = ALARM_TONES.get(line.alarm, "muted")
        if tone != self._tone:
            self._tone = tone
            self.setStyleSheet(f"QFrame#seat {{ border: 2px solid {style.tone(tone)}; }}")


class SeatStrip(QWidget):
    """The department seats (席位), ``columns`` to a row; follows seats and orders, throttled."""

    def __init__(self, desk, columns: int = 12, parent=None) -> None:
        super().__init__(parent)
        self.desk, self.columns = desk, columns
        self.tiles: list[SeatTile] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.refresh = Throttle(self.show_seats, 500, self)
        self.ages = QTimer(self, interval=30_000, timeout=self.refresh)
        self.ages.start()
        desk.changed.connect(self.on_changes)
        self.show_seats()

    def on_changes(self, changes) -> None:
        if changes.reset or "seats" in changes.kinds or "orders" in changes.kinds:
            self.refresh()

    def show_seats(self) -> None:
        lines = seat_lines(self.desk.replica, clock.now())
        while len(self.tiles) < len(lines):
            tile = SeatTile()
            self.grid.addWidget(tile, len(self.tiles) // self.columns, len(self.tiles) % self.columns)
            self.tiles.append(tile)
        for tile, line in zip(self.tiles, lines, strict=False):
            tile.show_line(line)
        for i, tile in enumerate(self.tiles):
            tile.setVisible(i < len(lines))

    def shown(self) -> int:
        return sum(not t.isHidden() for t in self.tiles)


class VideoSummary(QWidget):
    """Video links up / degraded / down / stale per level (视联网), the counts table on its own."""

    def __init__(self, desk, parent=None) -> None:
        super().__init__(parent)
        self.links = VideoLinksModel(desk, self)
        self.counts = VideoCountsModel(self.links, self)
        self.view = make_counts_view(self.counts)
        self.view.setCornerButtonEnabled(False)  # "select all": nothing to select on a wall
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addStretch(1)
        self.tick = QTimer(self, interval=5000, timeout=self.links.tick)
        self.tick.start()

    def set_scale(self, scale: float) -> None:
        header, rows = self.view.horizontalHeader(), self.view.verticalHeader()
        rows.setMinimumSectionSize(1)
        rows.setDefaultSectionSize(round(style.px("small", scale) * 1.6))
        header.setFixedHeight(round(style.px("small", scale) * 1.8))
        self.view.setFixedHeight(header.height() + rows.length() + 2 * self.view.frameWidth())


class WallTrend(pg.PlotWidget):
    """Reports and completions per day for the last seven days; two reused lines."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent, background=style.PANEL)
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        item.hideButtons()
        item.showGrid(x=False, y=True, alpha=0.2)
        self.setMouseEnabled(x=False, y=False)
        self.reported = self.plot(pen=pg.mkPen(REPORTED, width=3), symbol="o", symbolBrush=REPORTED,
                                  name=tr("Reported"))
        self.completed = self.plot(pen=pg.mkPen(COMPLETED, width=3), symbol="s", symbolBrush=COMPLETED,
                                   name=tr("Completed"))
        for axis in ("left", "bottom"):
            item.getAxis(axis).setPen(style.MUTED)
            item.getAxis(axis).setTextPen(style.TEXT)
        self.setMinimumHeight(120)

    def set_days(self, keys: list[str], rows: dict[str, dict]) -> None:
        x = np.arange(len(keys), dtype=float)
        reported = np.array([rows.get(k, {}).get("reported", 0) for k in keys], dtype=float)
        completed = np.array([rows.get(k, {}).get("resolved", 0) for k in keys], dtype=float)
        self.reported.setData(x, reported)
        self.completed.setData(x, completed)
        self.getPlotItem().getAxis("bottom").setTicks([[(i, k[5:]) for i, k in enumerate(keys)]])
        self.setXRange(-0.7, max(len(keys) - 0.3, 0.7), padding=0)
        self.setYRange(0, max(1.0, float(reported.max(initial=0))) * 1.15, padding=0)

    def set_scale(self, scale: float) -> None:
        tick = style.font("small", scale)
        item = self.getPlotItem()
        for axis in ("left", "bottom"):
            item.getAxis(axis).setStyle(tickFont=tick, tickTextOffset=max(4, round(6 * scale)))
        item.getAxis("left").setWidth(round(tick.pixelSize() * 3.2))
        item.getAxis("bottom").setHeight(round(tick.pixelSize() * 2))
        for curve, colour in ((self.reported, REPORTED), (self.completed, COMPLETED)):
            curve.setSymbolSize(max(6, round(9 * scale)))
            curve.setPen(pg.mkPen(colour, width=max(2.0, 3 * scale)))


def read_only(widget: QWidget) -> None:
    """No tooltips, context menus, mouse tracking or focus anywhere below ``widget``, and no
    pyqtgraph "Export..." scene action (its menus are off, but the action would still exist)."""
    for child in [widget, *widget.findChildren(QWidget)]:
        child.setToolTip("")
        child.setMouseTracking(False)
        child.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        child.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        if isinstance(child, pg.GraphicsView):
            _drop_scene_actions(child.scene())


def _drop_scene_actions(scene) -> None:
    for action in getattr(scene, "contextMenu", []):
        action.setParent(None)
        action.deleteLater()
    scene.contextMenu = []
