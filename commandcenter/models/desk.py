"""The desk's live picture as a QObject: the hub client and the replica, turned into Qt signals.

Data flows one way: frames from the hub -> replica -> :class:`~commandcenter.replica.Changes`
-> ``changed`` signal -> item models -> views. User actions go back as protocol commands
through :meth:`Desk.send`, never as edits of the replica.
"""
from __future__ import annotations

import asyncio
import logging
import time

from PySide6.QtCore import QObject, Signal

from commandcenter.net.client import HubClient
from commandcenter.replica import Changes, Replica
from commandcenter.replica.event_index import EventIndex

log = logging.getLogger("models")


class Desk(QObject):
    changed = Signal(object)  # Changes
    connectionChanged = Signal(str)  # connecting / live / reconnecting / offline
    progress = Signal(int, int)  # snapshot part i of k

    def __init__(self, url: str, auth: dict, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.replica = Replica()
        self.index = EventIndex()
        self.client = HubClient(url, auth, on_frame=self._on_frame, on_state=self._on_state,
                                on_progress=lambda i, k: self.progress.emit(i, k))
        self.live_since: float | None = None

    @property
    def session(self) -> dict:
        return self.client.session or {}

    @property
    def state(self) -> str:
        return self.client.state

    async def start(self) -> None:
        await self.client.start()

    async def stop(self) -> None:
        await self.client.stop()

    def send(self, frame: dict) -> asyncio.Future:
        """Send a command or query; the future gives the ack's result or raises ``HubError``."""
        return self.client.request(frame)

    def last_frame_age(self) -> float | None:
        at = self.client.last_frame_at
        return None if not at else time.monotonic() - at

    def _on_state(self, state: str) -> None:
        self.connectionChanged.emit(state)

    def _on_frame(self, frame: dict) -> None:
        changes = self.replica.apply(frame)
        if not changes:
            return
        self._index(changes)
        self.changed.emit(changes)

    def _index(self, changes: Changes) -> None:
        events = self.replica.events
        if changes.reset:
            self.index = EventIndex(capacity=max(1024, 2 * len(events)))
            self.index.put_many(events.values())
            return
        for event_id in changes.inserted["events"] | changes.updated["events"]:
            event = events.get(event_id)
            if event is not None:
                self.index.put(event)
        for event_id in changes.removed["events"]:
            self.index.remove(event_id)
