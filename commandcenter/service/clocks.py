"""The deadline index: due times of the live cases, earliest first, so a sweep touches only
what fell due (never a scan of every open event or order).

Every put of an entity whose deadline changed pushes ``(due, id)``; nothing is ever removed
but by popping. When a popped deadline has passed, the sweep looks at the entity *as it is now*
(:func:`flip_due`): it flips the flag only if the entity still has that deadline, its clock
still runs and it is not flagged yet. So stale entries (a deadline moved, a case resolved, a
command rolled back) cost one pop each and change nothing.
"""
from __future__ import annotations

import heapq
from collections.abc import Iterator
from datetime import datetime

from msgspec.structs import replace

from commandcenter.domain import deadlines
from commandcenter.domain.codes import OPEN_ORDER_STATUSES
from commandcenter.domain.entities import Event, Order


class DueIndex:
    """A min-heap of ``(due, id)``; ``visited`` counts the entries popped (what a pass touched)."""

    def __init__(self) -> None:
        self._heap: list[tuple[datetime, int]] = []
        self.visited = 0

    def watch(self, due: datetime | None, key: int) -> None:
        if due is not None:
            heapq.heappush(self._heap, (due, key))

    def next_due(self) -> datetime | None:
        return self._heap[0][0] if self._heap else None

    def is_due(self, now: datetime) -> bool:
        return bool(self._heap) and self._heap[0][0] < now

    def pop_due(self, now: datetime) -> Iterator[tuple[datetime, int]]:
        """The entries whose deadline has passed by ``now`` (strictly before it, as overdue is
        "past its deadline"), earliest first, each taken out of the index."""
        heap = self._heap
        while heap and heap[0][0] < now:
            self.visited += 1
            yield heapq.heappop(heap)

    def __len__(self) -> int:
        return len(self._heap)


# -- what to watch ----------------------------------------------------------------------------

def event_due(event: Event | None) -> datetime | None:
    """The event's handle deadline while the sweep may still have to flip ``overdue``."""
    return None if event is None or event.overdue else event.due_at


def order_due(order: Order | None) -> datetime | None:
    if order is None or order.overdue or order.status not in OPEN_ORDER_STATUSES:
        return None
    return order.due_at


def order_sign_due(order: Order | None) -> datetime | None:
    if order is None or order.sign_overdue or order.status != "issued":
        return None
    return order.sign_due_at


def rewatch(index: DueIndex, due_of, old, new, key: int) -> None:
    """Push ``new``'s deadline unless ``old`` was already watched at the same time."""
    due = due_of(new)
    if due is not None and due != due_of(old):
        index.watch(due, key)


# -- the sweep ----------------------------------------------------------------------------------

def flip_due(unit) -> None:
    """Flip ``overdue`` of events and orders and ``sign_overdue`` of orders whose deadline has
    passed, each with a delta (the unit journals the puts)."""
    state, now = unit.state, unit.now
    for due, eid in state.event_due.pop_due(now):
        event = state.event(eid)
        if event is not None and event.due_at == due and deadlines.is_overdue(event.status, due, now) \
                and not event.overdue:
            unit.put_event(replace(event, overdue=True, version=event.version + 1, updated_at=now))
    for due, oid in state.order_due.pop_due(now):
        order = state.order(oid)
        if order_due(order) == due and now > due:
            unit.put_order(replace(order, overdue=True, version=order.version + 1))
    for due, oid in state.sign_due.pop_due(now):
        order = state.order(oid)
        if order_sign_due(order) == due and deadlines.is_sign_overdue(order.status, due, now):
            unit.put_order(replace(order, sign_overdue=True, version=order.version + 1))
