"""The hub's in-memory picture of the live city, rebuilt from the store at start."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import msgspec

from commandcenter.domain.codes import CLOSED_EVENT_STATUSES, OPEN_ORDER_STATUSES
from commandcenter.domain.entities import Alert, Department, Event, Grid, Order, Seat
from commandcenter.domain.levels import settled

from .clocks import DueIndex, claim_due, event_due, order_due, order_sign_due, resume_due
from .duplicates import DuplicateIndex

#: how many closed events the hub remembers, to answer ``conflict`` rather than ``not_found``
CLOSED_MEMORY = 100_000


class EntityCache:
    """Entities by id with their JSON, encoded once per version (snapshots reuse it)."""

    def __init__(self) -> None:
        self.items: dict = {}
        self._json: dict = {}

    def put(self, key, entity) -> None:
        self.items[key] = entity
        self._json.pop(key, None)

    def drop(self, key) -> None:
        self.items.pop(key, None)
        self._json.pop(key, None)

    def get(self, key):
        return self.items.get(key)

    def json(self, key) -> bytes:
        data = self._json.get(key)
        if data is None:
            data = self._json[key] = msgspec.json.encode(self.items[key])
        return data

    def __len__(self) -> int:
        return len(self.items)

    def __contains__(self, key) -> bool:
        return key in self.items


@dataclass
class IdBlock:
    """Ids handed out from a block reserved in the store, so several hubs never collide."""

    next: int = 1
    end: int = 1

    def take(self) -> int | None:
        if self.next >= self.end:
            return None
        self.next += 1
        return self.next - 1


@dataclass
class HubState:
    events: EntityCache = field(default_factory=EntityCache)
    orders: EntityCache = field(default_factory=EntityCache)
    seats: EntityCache = field(default_factory=EntityCache)
    video_links: EntityCache = field(default_factory=EntityCache)
    alerts: dict[int, Alert] = field(default_factory=dict)
    grids: dict[str, Grid] = field(default_factory=dict)
    departments: dict[str, Department] = field(default_factory=dict)
    orders_by_event: defaultdict[int, list[int]] = field(default_factory=lambda: defaultdict(list))
    ids: dict[str, IdBlock] = field(default_factory=dict)
    #: handle deadlines of events, handle and sign deadlines of orders (see .clocks)
    event_due: DueIndex = field(default_factory=DueIndex)
    order_due: DueIndex = field(default_factory=DueIndex)
    sign_due: DueIndex = field(default_factory=DueIndex)
    #: (Practice) approvals (pending ones, and those decided since start); pending ids by
    #: (event id, kind); suspensions to resume and claims to expire, by due time
    approvals: EntityCache = field(default_factory=EntityCache)
    pending: dict[tuple[int, str], int] = field(default_factory=dict)
    resume_due: DueIndex = field(default_factory=DueIndex)
    claim_due: DueIndex = field(default_factory=DueIndex)
    #: id -> status of events closed since start (newest last, bounded): ``conflict``, not ``not_found``
    closed: dict[int, str] = field(default_factory=dict)
    #: department -> [open orders, overdue open orders], kept by the unit of work
    department_counts: dict[str, list[int]] = field(default_factory=dict)
    seq: int = 0
    #: (Practice) open events by ~300 m cell, and merged events of live masters (see .duplicates)
    duplicates: DuplicateIndex = field(default_factory=DuplicateIndex)

    def event(self, event_id: int) -> Event | None:
        return self.events.get(event_id)

    def order(self, order_id: int) -> Order | None:
        return self.orders.get(order_id)

    def open_order_of(self, event_id: int) -> Order | None:
        for oid in reversed(self.orders_by_event.get(event_id, ())):
            order = self.orders.get(oid)
            if order is not None and order.status in OPEN_ORDER_STATUSES:
                return order
        return None

    def seat_for(self, department: str) -> Seat | None:
        return self.seats.get("seat." + department)

    def any_due(self, now) -> bool:
        """Whether a deadline has passed that the sweep has not looked at yet."""
        return self.event_due.is_due(now) or self.order_due.is_due(now) or self.sign_due.is_due(now) \
            or self.resume_due.is_due(now) or self.claim_due.is_due(now)

    def load(self, events, orders, seats, links, alerts, grids, departments, approvals=()) -> None:
        """Fill from the store (open events and their orders only; pending approvals)."""
        for event in map(settled, events):  # (Levels) events saved before levels get their holder
            self.events.put(event.id, event)
            self.event_due.watch(event_due(event), event.id)
            self.resume_due.watch(resume_due(event), event.id)
            self.claim_due.watch(claim_due(event), event.id)
        for approval in approvals:
            self.approvals.put(approval.id, approval)
            self.pending[(approval.event_id, approval.kind)] = approval.id
        self.duplicates.load(events)
        for order in sorted(orders, key=lambda o: o.id):
            self.orders.put(order.id, order)
            self.orders_by_event[order.event_id].append(order.id)
            self._count_order(order)
        for seat in seats:
            self.seats.put(seat.id, seat)
        for link in links:
            self.video_links.put(link.id, link)
        self.alerts = {a.id: a for a in alerts}
        self.grids = {g.id: g for g in grids}
        self.departments = {d.id: d for d in departments}

    def _count_order(self, order: Order) -> None:
        if order.status not in OPEN_ORDER_STATUSES:
            return
        self.order_due.watch(order_due(order), order.id)
        self.sign_due.watch(order_sign_due(order), order.id)
        if order.assignee.department:
            counts = self.department_counts.setdefault(order.assignee.department, [0, 0])
            counts[0] += 1
            counts[1] += int(order.overdue)

    def evict_closed(self, event_ids) -> None:
        """Archived and rejected events leave the live picture once committed."""
        for eid in event_ids:
            event = self.events.get(eid)
            if event is not None and event.status in CLOSED_EVENT_STATUSES:
                self.events.drop(eid)
                self._remember_closed(eid, event.status)
                self.duplicates.forget_merged(event.duplicates)  # (a merged one's moved to its master)
                for oid in self.orders_by_event.pop(eid, ()):
                    self.orders.drop(oid)

    def _remember_closed(self, event_id: int, status: str) -> None:
        self.closed[event_id] = status
        if len(self.closed) > CLOSED_MEMORY:
            del self.closed[next(iter(self.closed))]

    def is_inside(self, grid_id: str, area_id: str) -> bool:
        """Grid codes nest: a grid lies inside an area when its code starts with the area's."""
        return grid_id.startswith(area_id)
