"""``event.merge`` and what a merge leaves behind (PROTOCOL.md "Practice": merging).

The duplicate becomes ``merged`` with ``merged_into``; its open orders are cancelled; the master's
``duplicates`` grows by the duplicate and by whatever had been merged into the duplicate (those
now point at the master, so a master's merged events are always one step away); the master's
later follow-up is recorded on every merged event (:func:`record_follow_up`). The rules that
refuse a merge are :func:`commandcenter.domain.duplicates.check_merge`.
"""
from __future__ import annotations

from msgspec.structs import replace

from commandcenter.domain.codes import OPEN_ORDER_STATUSES, EventStatus
from commandcenter.domain.duplicates import check_merge
from commandcenter.domain.entities import Event, Note
from commandcenter.domain.errors import conflict, not_found
from commandcenter.domain.lifecycle import Action, order_next

from .context import Actor, World
from .unit import Unit


def _find(u: Unit, event_id: int) -> Event:
    """A live event, or a merged one whose master is live (so a merge into it is refused as such)."""
    event = u.state.event(event_id) or u.state.duplicates.merged.get(event_id)
    if event is None:
        raise not_found(f"no open event {event_id}")
    return event


def _bump(u: Unit, event: Event, **changes) -> Event:
    new = replace(event, **changes, version=event.version + 1, updated_at=u.now)
    new = replace(new, overdue=u.overdue_now(new.status, new.due_at))
    u.put_event(new)
    return new


def merge(u: Unit, world: World, actor: Actor, msg) -> dict:
    """``event.merge`` (``msg``: a ``net.messages.EventMerge``; the service imports no wire types)."""
    duplicate, master = _find(u, msg.event_id), _find(u, msg.into)
    if msg.version is not None and msg.version != duplicate.version:
        raise conflict(f"event has changed since version {msg.version} (now {duplicate.version})")
    check_merge(duplicate.id, duplicate.status, master.id, master.status, master.merged_into, duplicate.duplicates)
    _cancel_orders(u, actor, duplicate, master)
    moved = duplicate.duplicates
    for merged in filter(None, map(u.state.duplicates.merged.get, moved)):
        _bump(u, merged, merged_into=master.id)
    _bump(u, duplicate, status=EventStatus.MERGED, merged_into=master.id, duplicates=(), order_id=None,
          closed_at=u.now)
    gone = {duplicate.id, *moved}
    _bump(u, master, duplicates=(*master.duplicates, duplicate.id, *moved),
          possible_duplicates=tuple(i for i in master.possible_duplicates if i not in gone))
    return {}


def _cancel_orders(u: Unit, actor: Actor, duplicate: Event, master: Event) -> None:
    note = Note(at=u.now, by=actor.user, text=f"merged into {master.code}", kind="cancel")
    for order_id in list(u.state.orders_by_event.get(duplicate.id, ())):
        order = u.state.order(order_id)
        if order is not None and order.status in OPEN_ORDER_STATUSES:
            u.put_order(replace(order, status=order_next(order.status, Action.CANCEL), closed_at=u.now,
                                notes=(*order.notes, note), overdue=False, sign_overdue=False,
                                version=order.version + 1))


def record_follow_up(u: Unit, master: Event, satisfaction: int, note: str) -> None:
    """The master's follow-up (回访) goes on every event merged into it too."""
    for merged_id in master.duplicates:
        merged = u.state.duplicates.merged.get(merged_id)
        if merged is not None:
            _bump(u, merged, satisfaction=satisfaction, follow_up_note=note or None)
