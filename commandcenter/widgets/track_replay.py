"""Replaying one worker's day on a :class:`~commandcenter.widgets.map_view.CityMap`.

:class:`TrackLayer` draws the track (the part walked by the replay time bright, the rest faint)
and the worker's marker at that time, interpolated between fixes; :class:`ReplayControls` is the
time slider with play / pause and a speed. Plain arrays in (lon, lat, epoch ms, status code),
nothing about the hub.
"""
from __future__ import annotations

from datetime import UTC, datetime, tzinfo

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSlider, QWidget

from .map_layers import THEMES, cosmetic_pen

Z_TRACK, Z_MARKER = 40, 41
SPEEDS = (10, 60, 300, 900)  # replay seconds per real second
TICK_MS = 100
SLIDER_STEPS = 10_000


class TrackLayer:
    def __init__(self, city_map, theme: str = "dark") -> None:
        self.viewbox = city_map.viewbox
        self.walked, self.ahead = pg.PlotCurveItem(), pg.PlotCurveItem()
        self.marker = pg.ScatterPlotItem(pxMode=True, size=16, symbol="o")
        for item, z in ((self.ahead, Z_TRACK), (self.walked, Z_TRACK + 0.5), (self.marker, Z_MARKER)):
            item.setZValue(z)
            self.viewbox.addItem(item, ignoreBounds=True)
        self.lon = self.lat = np.zeros(0)
        self.ms = np.zeros(0, dtype=np.int64)
        self.status = np.zeros(0, dtype=np.int8)
        self.at: int | None = None
        self.set_theme(theme)

    def set_track(self, lon, lat, ms, status) -> None:
        """Fixes in time order; the replay starts at the first."""
        order = np.argsort(np.asarray(ms, dtype=np.int64), kind="stable")
        self.lon = np.asarray(lon, dtype=np.float64)[order]
        self.lat = np.asarray(lat, dtype=np.float64)[order]
        self.ms = np.asarray(ms, dtype=np.int64)[order]
        self.status = np.asarray(status, dtype=np.int8)[order]
        self.ahead.setData(x=self.lon, y=self.lat) if len(self.ms) > 1 else self.ahead.setData([], [])
        self.show_at(int(self.ms[0]) if len(self.ms) else 0)

    def clear(self) -> None:
        self.set_track([], [], [], [])

    def span(self) -> tuple[int, int] | None:
        """(first, last) epoch ms of the track, or None when empty."""
        return (int(self.ms[0]), int(self.ms[-1])) if len(self.ms) else None

    def bounds(self) -> tuple[float, float, float, float] | None:
        if not len(self.lon):
            return None
        return float(self.lon.min()), float(self.lat.min()), float(self.lon.max()), float(self.lat.max())

    def position_at(self, ms: int) -> tuple[float, float, int] | None:
        """(lon, lat, status) at ``ms``: interpolated between the fixes around it, held at the ends."""
        if not len(self.ms):
            return None
        last = max(int(np.searchsorted(self.ms, ms, side="right")) - 1, 0)
        return (float(np.interp(ms, self.ms, self.lon)), float(np.interp(ms, self.ms, self.lat)),
                int(self.status[last]))

    def show_at(self, ms: int) -> None:
        self.at = ms
        where = self.position_at(ms)
        if where is None:
            for item in (self.walked, self.ahead, self.marker):
                item.setData([], [])
            return
        lon, lat, status = where
        done = int(np.searchsorted(self.ms, ms, side="right"))
        self.walked.setData(x=np.append(self.lon[:done], lon), y=np.append(self.lat[:done], lat))
        colour = self.theme.status[status] if 0 <= status < len(self.theme.status) else self.theme.selected
        self.marker.setData(x=[lon], y=[lat], brush=pg.mkBrush(colour), pen=cosmetic_pen(self.theme.selected, 2))

    def set_theme(self, name: str) -> None:
        self.theme = THEMES[name]
        self.walked.setPen(cosmetic_pen(self.theme.overdue if name == "light" else "#ffd166", 3))
        self.ahead.setPen(cosmetic_pen(self.theme.muted, 1.5, alpha=140))
        if self.at is not None:
            self.show_at(self.at)


class ReplayControls(QWidget):
    """Play / pause, a slider over the track's span and a speed; emits the replay time in epoch ms."""

    timeChanged = Signal(object)  # epoch ms: beyond a 32-bit int

    def __init__(self, labels: dict[str, str] | None = None, tz: tzinfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.labels = {"play": "Play", "pause": "Pause", "speed": "{n}×", **(labels or {})}
        self.first = self.last = 0
        self.play = QPushButton(self.labels["play"], objectName="replay_play", checkable=True)
        self.slider = QSlider(Qt.Orientation.Horizontal, objectName="replay_slider")
        self.slider.setRange(0, SLIDER_STEPS)
        self.clock = QLabel("--:--:--", objectName="replay_clock")
        self.speed = QComboBox(objectName="replay_speed")
        for n in SPEEDS:
            self.speed.addItem(self.labels["speed"].format(n=n), n)
        self.speed.setCurrentIndex(1)
        self.timer = QTimer(self, interval=TICK_MS, timeout=self._advance)
        self._layout()
        self.play.toggled.connect(self._toggle)
        self.slider.valueChanged.connect(lambda _v: self._emit())
        self.set_span(None)

    def _layout(self) -> None:
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 2, 4, 2)
        row.addWidget(self.play)
        row.addWidget(self.slider, 1)
        row.addWidget(self.clock)
        row.addWidget(self.speed)

    def set_span(self, span: tuple[int, int] | None) -> None:
        """The track's (first, last) epoch ms; None disables the controls."""
        self.play.setChecked(False)
        self.first, self.last = span or (0, 0)
        for widget in (self.play, self.slider, self.speed):
            widget.setEnabled(span is not None and self.last > self.first)
        self.slider.setValue(0)
        self._emit()

    def time(self) -> int:
        return self.first + round((self.last - self.first) * self.slider.value() / SLIDER_STEPS)

    def seek(self, ms: int) -> None:
        share = (ms - self.first) / (self.last - self.first) if self.last > self.first else 0.0
        self.slider.setValue(round(min(max(share, 0.0), 1.0) * SLIDER_STEPS))

    def _toggle(self, playing: bool) -> None:
        self.play.setText(self.labels["pause" if playing else "play"])
        if playing and self.slider.value() >= SLIDER_STEPS:
            self.slider.setValue(0)
        self.timer.start() if playing else self.timer.stop()

    def _advance(self) -> None:
        step_ms = int(self.speed.currentData()) * TICK_MS
        self.seek(self.time() + step_ms)
        if self.slider.value() >= SLIDER_STEPS:
            self.play.setChecked(False)

    def _emit(self) -> None:
        at = self.time()
        self.clock.setText(datetime.fromtimestamp(at / 1000, UTC).astimezone(self.tz).strftime("%H:%M:%S")
                           if self.last else "--:--:--")
        self.timeChanged.emit(at)
