"""Fan-out: deltas after commit, coalesced positions, heartbeats, snapshots and resumes.

Every frame is encoded once and queued to each client's :class:`Outbox`; filtered views
(liaisons, workers) get only the entries their :class:`View` admits.
"""
from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field

import msgspec
import numpy as np

from commandcenter.domain import alerts as alert_rules, clock
from commandcenter.domain.codes import DESK_ROLES, Role
from commandcenter.service.state import HubState
from commandcenter.service.workers import STATUS_NAMES, WorkerBook

from . import protocol
from .outbox import Outbox, Overflow
from .views import View

log = logging.getLogger("net")

POSITIONS_PER_FRAME = 10_000


@dataclass(slots=True)
class RingEntry:
    seq: int
    kind: str
    entity: object
    frame: bytes


@dataclass(eq=False)
class Client:
    user: str
    view: View
    outbox: Outbox
    close: Callable[[int, str], None]
    #: a gateway gets no state; a worker's alerts follow its grid
    grid_id: str | None = None
    sent_alerts: set[int] = field(default_factory=set)

    @property
    def desk(self) -> bool:
        return self.view.role in DESK_ROLES


class Fanout:
    def __init__(self, state: HubState, book: WorkerBook, ring_size: int) -> None:
        self.state = state
        self.book = book
        self._workers_cache: tuple[int, list[bytes]] = (-1, [])
        #: (Levels) area grid id -> which rows of the (fixed) worker book lie in it
        self._area_masks: dict[str, np.ndarray] = {}
        self.clients: set[Client] = set()
        self.ring: deque[RingEntry] = deque(maxlen=ring_size)

    # -- delivery ---------------------------------------------------------------------------

    def deliver(self, client: Client, frame: bytes) -> None:
        try:
            client.outbox.put(frame)
        except Overflow as exc:
            log.warning("%s cannot keep up (%s): closing with 4408", client.user, exc)
            self.clients.discard(client)
            client.close(protocol.CloseCode.TOO_SLOW, "too slow: reconnect with resume_from")

    def publish(self, journal: list) -> None:
        """Send committed journal entries as deltas, in seq order."""
        for entry in journal:
            frame = protocol.delta_frame(entry.seq, entry.at, entry.actor, entry.kind, entry.entity_json,
                                         entry.request_id)
            self.ring.append(RingEntry(entry.seq, entry.kind, entry.entity, frame))
            for client in list(self.clients):
                if client.view.gets_state and client.view.sees(entry.kind, entry.entity):
                    self.deliver(client, frame)
            if entry.kind == "alert.created":
                self.send_alert(entry.entity)

    def send_alert(self, alert) -> None:
        for client in list(self.clients):
            if client.view.role == Role.WORKER and alert_rules.reaches(client.grid_id, alert.grid_ids):
                client.sent_alerts.add(alert.id)
                self.deliver(client, protocol.alert_frame(_alert_payload(alert)))

    def heartbeat(self) -> None:
        frame = protocol.heartbeat(self.state.seq)
        for client in list(self.clients):
            self.deliver(client, frame)

    def positions_tick(self) -> int:
        """Send the workers that moved since the last tick to every desk; returns how many."""
        rows = self.book.advance()
        if not len(rows):
            return 0
        frames = [protocol.positions_frame(self._items(chunk))
                  for chunk in np.array_split(rows, -(-len(rows) // POSITIONS_PER_FRAME))]
        by_area: dict[str, list[bytes]] = {}
        for client in list(self.clients):
            if client.desk:
                for frame in frames if client.view.area is None else self._area_frames(client.view, rows, by_area):
                    self.deliver(client, frame)
        return len(rows)

    def _area_frames(self, view: View, rows: np.ndarray, by_area: dict[str, list[bytes]]) -> list[bytes]:
        """(Levels) The tick's positions of the workers in a scoped desk's area, encoded once per area."""
        frames = by_area.get(view.area)
        if frames is None:
            mine = rows[view.worker_mask[rows]]
            chunks = np.array_split(mine, -(-len(mine) // POSITIONS_PER_FRAME)) if len(mine) else []
            frames = by_area[view.area] = [protocol.positions_frame(self._items(c)) for c in chunks]
        return frames

    def area_mask(self, area: str) -> np.ndarray:
        """(Levels) Which worker rows lie in ``area``: one vectorised prefix test, cached per area."""
        mask = self._area_masks.get(area)
        if mask is None:
            codes = self.book.grid_ids.astype(str) if len(self.book) else np.array([], dtype=str)
            mask = self._area_masks[area] = np.char.startswith(codes, area)
        return mask

    def _items(self, rows: np.ndarray) -> bytes:
        book = self.book
        items = zip(book.ids[rows].tolist(), book.lat[rows].tolist(), book.lon[rows].tolist(),
                    book.at_ms[rows].tolist(), STATUS_NAMES[book.status[rows]].tolist(), strict=True)
        return msgspec.json.encode(list(items))

    # -- joining ----------------------------------------------------------------------------

    def join(self, client: Client, resume_from: int | None) -> list[bytes]:
        """Register ``client``; return what it must get first (snapshot parts or missed deltas).

        Runs without awaiting, so no delta can slip between the catch-up and the live stream.
        """
        first: list[bytes] = []
        if client.view.area is not None:
            client.view.worker_mask = self.area_mask(client.view.area)
        if client.view.gets_state:
            replay = self._replay(client.view, resume_from)
            first = replay if replay is not None else self.snapshot(client.view)
        if client.view.role == Role.WORKER:
            first += self._pending_alerts(client)
        self.clients.add(client)
        return first

    def leave(self, client: Client) -> None:
        self.clients.discard(client)

    def _replay(self, view: View, resume_from: int | None) -> list[bytes] | None:
        if resume_from is None or resume_from > self.state.seq:
            return None
        if resume_from == self.state.seq:
            self._seed_visible(view)
            return []
        if not self.ring or self.ring[0].seq > resume_from + 1:
            return None
        self._seed_visible(view)
        start = resume_from + 1 - self.ring[0].seq
        entries = [self.ring[i] for i in range(start, len(self.ring))]
        view.seed_area([e.entity for e in entries if e.kind.startswith("event.")], keep=True)  # closed since
        return [e.frame for e in entries if view.sees(e.kind, e.entity)]

    def _seed_visible(self, view: View) -> None:
        view.seed_area(self.state.events.items.values())
        if view.filtered:
            view.visible_events = {o.event_id for o in self.state.orders.items.values() if view.owns(o.assignee)}

    def snapshot(self, view: View) -> list[bytes]:
        state = self.state
        view.seed_area(state.events.items.values())
        orders = view.snapshot_orders(state.orders.items.values())
        if view.filtered:
            event_ids = view.snapshot_events(state.events.items.values(), orders)
        else:
            event_ids = state.events.items.keys()
        lists = {
            "events": [state.events.json(i) for i in sorted(event_ids)],
            "orders": [state.orders.json(o.id) for o in orders],
            "approvals": [state.approvals.json(a.id) for a in view.snapshot_approvals(state.approvals.items.values())],
        }
        if view.role != Role.WORKER:
            lists.update(self._shared_lists(view))
        return protocol.snapshot_frames(state.seq, lists)

    def _shared_lists(self, view: View) -> dict[str, list[bytes]]:
        state = self.state
        encode = msgspec.json.encode
        return {
            "workers": self._workers_json() if view.worker_mask is None else self._area_workers_json(view.worker_mask),
            "departments": [encode(d) for d in state.departments.values()],
            "seats": [state.seats.json(k) for k in sorted(state.seats.items)],
            "video_links": [state.video_links.json(k) for k in sorted(state.video_links.items)],
            "alerts": [msgspec.json.encode(a) for a in self._live_alerts() if view.sees_alert(a)],
        }

    def _workers_json(self) -> list[bytes]:
        """Every worker encoded, shared by all desks joining before the book next changes."""
        version, encoded = self._workers_cache
        if version != self.book.version:
            encode, entity = msgspec.json.encode, self.book.entity
            encoded = [encode(entity(i)) for i in range(len(self.book))]
            self._workers_cache = (self.book.version, encoded)
        return encoded

    def _area_workers_json(self, mask: np.ndarray) -> list[bytes]:
        """(Levels) The workers of an area: from the city's cache while it is fresh, else encoded alone."""
        rows = np.flatnonzero(mask).tolist()
        version, encoded = self._workers_cache
        if version == self.book.version:
            return [encoded[i] for i in rows]
        encode, entity = msgspec.json.encode, self.book.entity
        return [encode(entity(i)) for i in rows]

    def _live_alerts(self) -> list:
        now = clock.now()
        return [a for a in self.state.alerts.values() if alert_rules.is_live(a.expires_at, now)]

    def _pending_alerts(self, client: Client) -> list[bytes]:
        now = clock.now()
        frames = []
        for alert in self.state.alerts.values():
            if alert_rules.is_live(alert.expires_at, now) and alert_rules.reaches(client.grid_id, alert.grid_ids):
                client.sent_alerts.add(alert.id)
                frames.append(protocol.alert_frame(_alert_payload(alert)))
        return frames

    def liaisons_of(self, department: str) -> list[str]:
        return sorted({c.user for c in self.clients if c.view.role == Role.LIAISON and c.view.department == department})


def _alert_payload(alert) -> dict:
    return {"id": alert.id, "title": alert.title, "body": alert.body, "expires_at": alert.expires_at,
            "grid_ids": list(alert.grid_ids), "created_at": alert.created_at}
