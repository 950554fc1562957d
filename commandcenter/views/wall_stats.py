"""The wall's ``query.stats`` loader: today so far, yesterday to the same time, and the last seven days by day.

Asked once a minute, after each snapshot and when the connection comes back, through a throttle; a load
still in flight when the next starts is cancelled and its answers dropped (as the assessment tab does).
A refusal or a lost connection keeps the last figures on show: the wall never shows an error box.
"""
from __future__ import annotations

import asyncio
import logging
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from commandcenter.domain import clock
from commandcenter.domain.assessment import day_keys, period
from commandcenter.models.wall_kpis import stats_windows
from commandcenter.net.client import HubError
from commandcenter.widgets.throttle import Throttle

log = logging.getLogger("models")

REFRESH_MS = 60_000


class WallStats(QObject):
    loaded = Signal(dict, dict, list, dict)  # today's row, yesterday's row, day keys, day key -> row

    def __init__(self, desk, parent=None, *, refresh_ms: int = REFRESH_MS) -> None:
        super().__init__(parent)
        self.desk = desk
        self._tasks: set[asyncio.Future] = set()
        self._generation = 0
        self.throttle = Throttle(self._start, 1000, self)
        self.timer = QTimer(self, interval=refresh_ms, timeout=self.refresh)
        self.timer.start()
        desk.changed.connect(self.on_changes)
        desk.connectionChanged.connect(self.on_connection)

    def refresh(self) -> None:
        self.throttle()

    def on_changes(self, changes) -> None:
        if changes.reset:
            self.refresh()

    def on_connection(self, state: str) -> None:
        if state == "live":
            self.refresh()

    def stop(self) -> None:
        self.timer.stop()
        for task in list(self._tasks):
            task.cancel()

    def _start(self) -> None:
        self._generation += 1
        for task in list(self._tasks):
            task.cancel()
        task = asyncio.ensure_future(self._load(self._generation, clock.now()))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _load(self, generation: int, now: datetime) -> None:
        today, yesterday = stats_windows(now)
        week = period("7d", now.date())
        frames = [_frame(*today), _frame(*yesterday), _frame(*week, group_by="day")]
        try:
            answers = await asyncio.gather(*(self.desk.send(f) for f in frames))
        except (HubError, ConnectionError) as exc:
            log.info("wall stats not loaded: %s", exc)
            return
        if generation != self._generation:
            return
        rows = [a["rows"] for a in answers]
        days = {r["key"]: r for r in rows[2]}
        self.loaded.emit(_first(rows[0]), _first(rows[1]), day_keys(*week), days)


def _frame(since: datetime, until: datetime, group_by: str | None = None) -> dict:
    return {"type": "query.stats", "since": since.isoformat(), "until": until.isoformat(),
            **({"group_by": group_by} if group_by else {})}


def _first(rows: list[dict]) -> dict:
    return rows[0] if rows else {}
