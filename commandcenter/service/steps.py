"""Entity steps every handler shares: look an event up, put a new version of an event or order.

A new version recomputes ``overdue`` (unless the case's clock is held: parked or suspended, when
it keeps what it had) and renews the sender's claim on the event (PROTOCOL.md "Practice").
"""
from __future__ import annotations

from msgspec.structs import replace

from commandcenter.domain import claims, deadlines
from commandcenter.domain.approvals import clock_held
from commandcenter.domain.codes import CLOSED_EVENT_STATUSES, OPEN_ORDER_STATUSES
from commandcenter.domain.entities import Event, Note, Order
from commandcenter.domain.errors import conflict, not_found

from .unit import Unit


def live_event(u: Unit, event_id: int) -> Event:
    """The live event; ``conflict`` for one closed since the hub started, else ``not_found``."""
    event = u.state.event(event_id)
    if event is not None and event.status in CLOSED_EVENT_STATUSES:
        raise conflict(f"event {event_id} is {event.status}")
    if event is not None:
        return event
    status = u.state.closed.get(event_id)
    if status is not None:
        raise conflict(f"event {event_id} is {status}")
    raise not_found(f"no open event {event_id}")


def held(event: Event | None) -> bool:
    return event is not None and clock_held(event.parked, event.suspended_until)


def bump_event(u: Unit, event: Event, **changes) -> Event:
    new = replace(event, **changes, version=event.version + 1, updated_at=u.now)
    overdue = new.overdue if held(new) else u.overdue_now(new.status, new.due_at)
    renewed = claims.renewed(claims.holder(new.claimed_by, new.claimed_until, u.now), u.actor, u.now)
    new = replace(new, overdue=overdue, claimed_until=renewed or new.claimed_until)
    u.put_event(new)
    return new


def bump_order(u: Unit, order: Order, note: Note | None = None, **changes) -> Order:
    notes = (*order.notes, note) if note is not None else order.notes
    new = replace(order, **changes, notes=notes, version=order.version + 1)
    open_ = new.status in OPEN_ORDER_STATUSES
    overdue = open_ and deadlines.is_overdue("in_progress", new.due_at, u.now)
    if open_ and held(u.state.event(new.event_id)):
        overdue = new.overdue
    new = replace(new, overdue=overdue,
                  sign_overdue=deadlines.is_sign_overdue(new.status, new.sign_due_at, u.now))
    u.put_order(new)
    return new


def note(u: Unit, text: str, kind: str) -> Note:
    return Note(at=u.now, by=u.actor, text=text, kind=kind)


def take_id(u: Unit, kind: str) -> int:
    taken = u.state.ids[kind].take()
    if taken is None:
        raise RuntimeError(f"id block for {kind} exhausted")  # the committer reserves enough
    return taken
