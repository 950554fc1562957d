"""The seat overview (席位制) for operators and supervisors: the twelve seats as tiles, live.

Each tile: the department, whether its liaison is on duty, open and overdue orders and the
oldest open order's age. Dropping an event from the queue onto a tile dispatches it to that
department (``order.dispatch`` with ``to: {"department": code}``) when the domain allows it in the
event's status; a refusal, the domain's or the hub's, is shown under the tiles.
"""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractItemView, QLabel, QVBoxLayout, QWidget

from commandcenter.domain import clock
from commandcenter.i18n import tr
from commandcenter.models import labels
from commandcenter.models.seats import SeatsModel, TileRole
from commandcenter.widgets.restyle import set_style_property
from commandcenter.widgets.tiles import TileDelegate, TileView

from .commands import CommandSender

TILE_WIDTH = 240


class SeatOverview(QWidget):
    def __init__(self, desk, parent: QWidget | None = None, *, now: Callable[[], datetime] = clock.now) -> None:
        super().__init__(parent)
        self.desk = desk
        self.model = SeatsModel(desk, self, now=now)
        self.tiles = self._make_tiles()
        self.hint = QLabel(tr("Drop an event from the queue onto a seat to dispatch it to that department."))
        self.hint.setProperty("role", "muted")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.sender = CommandSender(desk, self.show_error)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.hint)
        layout.addWidget(self.tiles, 1)
        layout.addWidget(self.message)
        self.model.dispatchRequested.connect(self.dispatch)
        self.model.dropRefused.connect(self.show_error)
        self.tick = QTimer(self, interval=1000, timeout=self.tiles.viewport().update)
        self.tick.start()

    def _make_tiles(self) -> TileView:
        tiles = TileView()
        tiles.setObjectName("seat_tiles")
        tiles.setModel(self.model)
        tiles.setItemDelegate(TileDelegate(TileRole, TILE_WIDTH, 2, tiles))
        tiles.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        tiles.setDragDropOverwriteMode(True)  # a drop anywhere on a tile is a drop on that seat
        tiles.setAcceptDrops(True)
        tiles.viewport().setAcceptDrops(True)
        return tiles

    # -- messages ---------------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        set_style_property(self.message, "role", "error")

    def show_info(self, text: str) -> None:
        self.message.setText(text)
        set_style_property(self.message, "role", "muted")

    # -- dispatch -------------------------------------------------------------------------------

    def dispatch(self, event_id: int, department: str) -> asyncio.Future:
        """Send ``order.dispatch`` to the department's seat; the outcome shows under the tiles."""
        self.show_info("")
        event = self.desk.replica.events.get(event_id)
        code = event.code if event is not None else str(event_id)
        done = tr("{code} dispatched to {department}").format(code=code, department=labels.department(department))
        frame = {"type": "order.dispatch", "event_id": event_id, "to": {"department": department}}
        return self.sender.send(frame, on_ack=lambda _result: self.show_info(done))
