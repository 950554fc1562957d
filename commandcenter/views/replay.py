"""Replaying a worker's day on the desk's map (轨迹回放): pick a worker (or click one on the map) and
a day, ``query.track`` fetches the hub's kept points (one day, never more than 24 h a query), and
the track is drawn on the map with a time slider and play / pause.

``ReplayPanel(desk, city, grid_names)`` is the panel; :func:`add_replay_dock` puts it in a dock on a
desk window (F6) and lets a click on a worker on the map choose that worker.
"""
from __future__ import annotations

from datetime import datetime, time, timedelta

import numpy as np
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from commandcenter.domain import clock
from commandcenter.i18n import tr
from commandcenter.replica import WORKER_STATUSES
from commandcenter.widgets.track_replay import ReplayControls, TrackLayer

from .commands import CommandSender

_STATUS_CODE = {s: i for i, s in enumerate(WORKER_STATUSES)}
TRACK_MARGIN = 0.003  # degrees round a framed track (~300 m)


def day_span(day: QDate) -> tuple[datetime, datetime]:
    """00:00 to 24:00 of a centre-time day: one ``query.track`` (24 h, the hub's most)."""
    start = datetime.combine(day.toPython(), time(0), clock.CST)
    return start, start + timedelta(days=1)


def track_arrays(points: list[list]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``[[lat, lon, epoch_ms, status], ...]`` as lon, lat, ms and status-code arrays."""
    n = len(points)
    lat = np.fromiter((p[0] for p in points), dtype=np.float64, count=n)
    lon = np.fromiter((p[1] for p in points), dtype=np.float64, count=n)
    ms = np.fromiter((p[2] for p in points), dtype=np.int64, count=n)
    status = np.fromiter((_STATUS_CODE.get(p[3], -1) for p in points), dtype=np.int8, count=n)
    return lon, lat, ms, status


class ReplayPanel(QWidget):
    def __init__(self, desk, city, grid_names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk, self.city, self.grid_names = desk, city, grid_names
        self.track = TrackLayer(city, city.theme() or "dark")
        self.controls = ReplayControls({"play": tr("Play"), "pause": tr("Pause"), "speed": tr("{n}×")},
                                       tz=clock.CST)
        self.worker = QComboBox(objectName="replay_worker", editable=True)
        self.worker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.worker.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.worker.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        today = QDate(clock.now().date())  # the centre's day, whatever the machine's zone
        self.day = QDateEdit(today, objectName="replay_day", calendarPopup=True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.load = QPushButton(tr("Replay"), objectName="replay_load")
        self.clear = QPushButton(tr("Clear"), objectName="replay_clear")
        self.status = QLabel(tr("Choose a worker (or click one on the map) and a day"), objectName="replay_status")
        self.status.setWordWrap(True)
        self.sender = CommandSender(desk, self.show_error)
        self._layout()
        self.controls.timeChanged.connect(self.track.show_at)
        self.load.clicked.connect(self.replay)
        self.clear.clicked.connect(self.reset)
        self.fill_workers()

    def _layout(self) -> None:
        pick = QHBoxLayout()
        pick.addWidget(QLabel(tr("Worker")))
        pick.addWidget(self.worker, 1)
        pick.addWidget(QLabel(tr("Day")))
        pick.addWidget(self.day)
        pick.addWidget(self.load)
        pick.addWidget(self.clear)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addWidget(self.controls)
        layout.addWidget(self.status)
        layout.addStretch(1)

    # -- choosing -------------------------------------------------------------------------------

    def fill_workers(self) -> None:
        """The desk's workers (its area's), by name, with their grid."""
        records = sorted(self.desk.replica.workers.records, key=lambda w: (w.grid_id, w.name))
        current = self.worker_id()
        self.worker.clear()
        for w in records:
            self.worker.addItem(f"{w.name} · {self.grid_names.get(w.grid_id, w.grid_id)}", w.id)
        self.choose(current)

    def choose(self, worker_id: str | None) -> None:
        index = self.worker.findData(worker_id) if worker_id else -1
        self.worker.setCurrentIndex(index)

    def choose_row(self, row: int) -> None:
        """A worker clicked on the map (a row of the replica's worker arrays)."""
        ids = self.desk.replica.workers.ids
        if 0 <= row < len(ids):
            if self.worker.findData(str(ids[row])) < 0:
                self.fill_workers()
            self.choose(str(ids[row]))

    def worker_id(self) -> str | None:
        data = self.worker.currentData()
        return str(data) if data is not None and self.worker.currentText() == self.worker.itemText(
            self.worker.currentIndex()) else None

    # -- replaying ------------------------------------------------------------------------------

    def replay(self):
        """Ask the hub for the chosen worker's day; the answer is drawn when it comes."""
        worker_id = self.worker_id()
        if worker_id is None:
            self.show_error(tr("Choose a worker first"))
            return None
        since, until = day_span(self.day.date())
        self.status.setText(tr("Loading…"))
        frame = {"type": "query.track", "worker_id": worker_id, "since": since.isoformat(), "until": until.isoformat()}
        return self.sender.send(frame, on_ack=lambda result: self.show_track(result.get("points") or []))

    def show_track(self, points: list[list]) -> None:
        self.track.set_track(*track_arrays(points))
        self.controls.set_span(self.track.span())
        bounds = self.track.bounds()
        if bounds is None:
            self.status.setText(tr("No track kept for this worker on that day"))
            return
        lon0, lat0, lon1, lat1 = bounds
        self.city.frame(lon0 - TRACK_MARGIN, lat0 - TRACK_MARGIN, lon1 + TRACK_MARGIN, lat1 + TRACK_MARGIN)
        first, last = (clock.from_epoch_ms(ms).strftime("%H:%M") for ms in self.track.span())
        self.status.setText(tr("{n} points, {first}–{last}").format(n=len(points), first=first, last=last))

    def reset(self) -> None:
        self.track.clear()
        self.controls.set_span(None)
        self.status.setText("")

    def show_error(self, message: str) -> None:
        if message:
            self.status.setText(message)

    def set_theme(self, name: str) -> None:
        self.track.set_theme(name)


def add_replay_dock(window, desk, city, grid_names: dict[str, str], key: str = "F6") -> QDockWidget:
    """A "Replay a worker's day" dock (closed at first; ``key`` or a click on a worker opens it)."""
    panel = ReplayPanel(desk, city, grid_names)
    dock = QDockWidget(tr("Replay a worker's day"), window, objectName="dock-replay")
    dock.setWidget(panel)
    window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
    toggle = dock.toggleViewAction()
    toggle.setShortcut(QKeySequence(key))
    view = next((a.menu() for a in window.menuBar().actions() if a.menu() and a.text() == tr("&View")), None)
    (view or window).addAction(toggle)  # beside the other docks when the desk has its View menu
    dock.hide()
    city.workerClicked.connect(lambda row: (panel.choose_row(row), dock.show(), dock.raise_()))
    dock.visibilityChanged.connect(lambda shown: shown and panel.fill_workers())
    return dock
