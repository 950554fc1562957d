"""Side desks an operator or supervisor opens beside the queue: seats, video links, alerts.

Each is a dock (F2 seats, F3 video links, F4 alerts) the user can float, tab or close; the
View menu and the keys toggle them. The docks hold the same widgets the wall and tests use.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from commandcenter.i18n import tr

from .alerts import AlertsView
from .seat_overview import SeatOverview
from .video_board import VideoBoard

Area = Qt.DockWidgetArea


class DeskDocks:
    def __init__(self, window: QMainWindow, desk, grids: list[dict], city) -> None:
        self.seats = SeatOverview(desk)
        self.video = VideoBoard(desk)
        self.alerts = AlertsView(desk, grids, city) if city is not None else None
        menu = window.menuBar().addMenu(tr("&View"))
        self.docks = {
            "seats": _dock(window, menu, tr("Seats"), self.seats, "F2", Area.BottomDockWidgetArea),
            "video": _dock(window, menu, tr("Video links"), self.video, "F3", Area.BottomDockWidgetArea),
        }
        if self.alerts is not None:
            self.docks["alerts"] = _dock(window, menu, tr("Alerts"), self.alerts, "F4", Area.RightDockWidgetArea)
        window.tabifyDockWidget(self.docks["seats"], self.docks["video"])

    def show(self, *names: str) -> None:
        """Open these docks (the others keep their state); the first named is raised."""
        for name in reversed(names):
            self.docks[name].show()
            self.docks[name].raise_()


def _dock(window: QMainWindow, menu, title: str, widget: QWidget, key: str, area: Area) -> QDockWidget:
    dock = QDockWidget(title, window)
    dock.setObjectName(f"dock-{key}")
    dock.setWidget(widget)
    window.addDockWidget(area, dock)
    toggle = dock.toggleViewAction()
    toggle.setShortcut(QKeySequence(key))
    menu.addAction(toggle)
    dock.hide()
    return dock
