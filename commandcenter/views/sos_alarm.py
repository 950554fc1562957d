"""The SOS banner of a desk or the wall: the waiting calls of the desk's area in a red banner at the
top, with the worker, place, time and the nearest workers, until a desk sends ``sos.ack``.

:class:`SosAlarm` joins the Qt-free-ish selector (:class:`~commandcenter.models.sos.SosWatch`) and the
widget (:class:`~commandcenter.widgets.sos_banner.AlarmBanner`); :func:`on_top` puts the banner above
a window's own content, so the console, supervisor desk and seat panel keep their layouts.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMainWindow, QVBoxLayout, QWidget

from commandcenter.i18n import tr
from commandcenter.models.sos import SosWatch
from commandcenter.widgets.sos_banner import AlarmBanner

from . import wall_style
from .commands import CommandSender


class SosAlarm(QObject):
    """``can_ack``: the desk may acknowledge (operators and supervisors; never the wall). ``masked``:
    names as the wall's privacy rule shows them."""

    def __init__(self, desk, grid_names: dict[str, str], *, can_ack: bool, masked: bool = False,
                 show_error: Callable[[str], None] | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watch = SosWatch(desk, grid_names, masked=masked, parent=self)
        self.banner = AlarmBanner(tr("Acknowledge"), more_label=tr("+{n} more SOS calls waiting"))
        self.banner.set_can_ack(can_ack)
        self.sender = CommandSender(desk, show_error or (lambda _message: None))
        self.watch.changed.connect(self.refresh)
        self.banner.ackRequested.connect(self.ack)
        self.refresh()

    def refresh(self) -> None:
        self.banner.set_items(self.watch.items())

    def ack(self, event_id: int):
        """Acknowledge a call (``sos.ack``); the banner clears when the hub's delta comes back."""
        return self.sender.send({"type": "sos.ack", "event_id": event_id})


def on_top(window: QMainWindow, banner: QWidget) -> None:
    """Put ``banner`` above the window's central widget (which stays the same object)."""
    body = window.takeCentralWidget()
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(banner)
    layout.addWidget(body, 1)
    window.setCentralWidget(holder)


def on_wall(wall, desk, grids: list[dict]) -> SosAlarm:
    """The wall's banner, under its title bar: names masked (the privacy rule), no acknowledge button."""
    alarm = SosAlarm(desk, {g["id"]: g["name"] for g in grids}, can_ack=False, masked=True, parent=wall)
    alarm.watch.changed.connect(lambda: alarm.banner.set_font_px(wall_style.px("head", wall.scale or 1.0)))
    alarm.banner.set_font_px(wall_style.px("head", wall.scale or 1.0))
    wall.layout().insertWidget(1, alarm.banner)
    return alarm
