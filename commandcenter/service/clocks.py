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

from commandcenter.domain import claims, deadlines
from commandcenter.domain.approvals import clock_held
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
    """The event's handle deadline while the sweep may still have to flip ``overdue`` (not while
    its clock is held: parked, or suspended until :func:`resume_due`)."""
    if event is None or event.overdue or clock_held(event.parked, event.suspended_until):
        return None
    return event.due_at


def resume_due(event: Event | None) -> datetime | None:
    """(Practice) When a suspended event's clock starts again."""
    return None if event is None else event.suspended_until


def claim_due(event: Event | None) -> datetime | None:
    """(Practice) When the event's claim runs out (the sweep then clears it)."""
    return None if event is None or event.claimed_by is None else event.claimed_until


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
        if event_due(event) == due and deadlines.is_overdue(event.status, due, now):
            unit.put_event(replace(event, overdue=True, version=event.version + 1, updated_at=now))
    for due, oid in state.order_due.pop_due(now):
        order = state.order(oid)
        if order_due(order) == due and now > due and not _held(state.event(order.event_id)):
            unit.put_order(replace(order, overdue=True, version=order.version + 1))
    for due, oid in state.sign_due.pop_due(now):
        order = state.order(oid)
        if order_sign_due(order) == due and deadlines.is_sign_overdue(order.status, due, now):
            unit.put_order(replace(order, sign_overdue=True, version=order.version + 1))
    expire_claims(unit)


def _held(event: Event | None) -> bool:
    """An order's handle clock stands still while its event's does (resumption re-watches it)."""
    return event is not None and clock_held(event.parked, event.suspended_until)


def expire_claims(unit) -> None:
    """(Practice) Clear the claims that ran out, each with a delta: an expired claim is free
    anyway (``domain.claims.holder``); this keeps the fields from saying otherwise for longer
    than one sweep."""
    state, now = unit.state, unit.now
    for due, eid in state.claim_due.pop_due(now):
        event = state.event(eid)
        if event is not None and claim_due(event) == due and claims.holder(event.claimed_by, due, now) is None:
            unit.put_event(replace(event, claimed_by=None, claimed_until=None, version=event.version + 1,
                                   updated_at=now))
