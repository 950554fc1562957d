"""The wall's red and black lists (红黑榜) of departments, from ``query.assessment`` over the last 30 days.

:class:`WallRanking` asks every few minutes (and after each snapshot, and when the connection comes back),
through a throttle; a load still in flight when the next starts is cancelled and its answer dropped. A
refusal or a lost connection keeps the last lists on show (a wall never shows an error box). The lists
are a fixed set of labels updated in place; the ranking rule is :mod:`commandcenter.domain.honours`.
"""
from __future__ import annotations

import asyncio
import logging

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from commandcenter.domain import clock
from commandcenter.domain.assessment import period
from commandcenter.domain.honours import red_black
from commandcenter.i18n import tr
from commandcenter.models import labels
from commandcenter.net.client import HubError
from commandcenter.widgets.throttle import Throttle
from commandcenter.widgets.wall_tiles import ElidedLabel

from . import wall_style as style
from .grades_chart import GRADE_COLOURS

log = logging.getLogger("models")

REFRESH_MS = 300_000
#: departments on each list
ROWS = 5
PERIOD = "30d"
#: grid columns per list (rank, name, grade, score) and a gap
SIDE = 5


class WallRanking(QWidget):
    loaded = Signal()

    def __init__(self, desk, parent=None, *, refresh_ms: int = REFRESH_MS, rows: int = ROWS) -> None:
        super().__init__(parent)
        self.desk, self.rows = desk, rows
        self.lists: tuple[list, list] = ([], [])
        self._tasks: set[asyncio.Future] = set()
        self._generation = 0
        self._build()
        self.throttle = Throttle(self._start, 1000, self)
        self.timer = QTimer(self, interval=refresh_ms, timeout=self.refresh)
        self.timer.start()
        desk.changed.connect(lambda changes: changes.reset and self.refresh())
        desk.connectionChanged.connect(lambda state: state == "live" and self.refresh())

    def _build(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(1 + SIDE, 1)
        grid.setColumnMinimumWidth(SIDE - 1, 24)  # a gap between the two lists
        self.heads = (QLabel(), QLabel())
        for side, head in enumerate(self.heads):
            head.setStyleSheet(f"color: {style.tone('critical' if side == 0 else 'muted')}; font-weight: 700;")
            grid.addWidget(head, 0, side * SIDE, 1, 4)
        self.cells: list[list[tuple[QLabel, ElidedLabel, QLabel, QLabel]]] = [[], []]
        for side in (0, 1):
            for row in range(self.rows):
                cells = (QLabel(), ElidedLabel(), QLabel(), QLabel())
                for column, cell in enumerate(cells):
                    grid.addWidget(cell, row + 1, side * SIDE + column)
                cells[3].setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.cells[side].append(cells)
        grid.setRowStretch(self.rows + 1, 1)
        self.heads[0].setText(tr("Red list"))
        self.heads[1].setText(tr("Black list"))

    # -- loading -------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.throttle()

    def stop(self) -> None:
        self.timer.stop()
        for task in list(self._tasks):
            task.cancel()

    def _start(self) -> None:
        self._generation += 1
        for task in list(self._tasks):
            task.cancel()
        task = asyncio.ensure_future(self._load(self._generation))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _load(self, generation: int) -> None:
        since, until = period(PERIOD, clock.now().date())
        frame = {"type": "query.assessment", "since": since.isoformat(), "until": until.isoformat(),
                 "group_by": "department"}
        try:
            result = await self.desk.send(frame)
        except (HubError, ConnectionError) as exc:
            log.info("wall ranking not loaded: %s", exc)
            return
        if generation == self._generation:
            self.show_rows(result["rows"])

    # -- showing -------------------------------------------------------------------------------

    def show_rows(self, rows: list[dict]) -> None:
        self.lists = red_black(rows, self.rows)
        for side, chosen in enumerate(self.lists):
            for row, cells in enumerate(self.cells[side]):
                self._show_line(cells, row, chosen[row] if row < len(chosen) else None)
        self.loaded.emit()

    @staticmethod
    def _show_line(cells, row: int, line: dict | None) -> None:
        rank, name, grade, score = cells
        if line is None:
            for cell in cells:
                cell.setText("")
            return
        rank.setText(f"{row + 1}")
        name.setText(labels.department(line["key"]))
        grade.setText(line["grade"])
        grade.setStyleSheet(f"color: {GRADE_COLOURS.get(line['grade'], style.MUTED)}; font-weight: 700;")
        score.setText(f"{line['score']:.1f}")

    def shown(self, side: int) -> list[str]:
        """The department names on the red (0) or black (1) list, for tests."""
        return [cells[1].text() for cells in self.cells[side] if cells[1].text()]
