"""Levels of centres on the hub: the area check of every command, delegation, and SOS.

The rules are :mod:`commandcenter.domain.levels`; here they meet the live state. A scoped sender
acts only inside their area, on cases held at their level or below (:func:`check_scope` before a
handler, :func:`check_created` after it: the caller rolls the unit back on a refusal, so nothing
half-changes). City-level senders pass untouched, as in v1.
"""
from __future__ import annotations

from msgspec.structs import replace

from commandcenter.domain import levels as rules
from commandcenter.domain.codes import EventStatus, Source, event_code
from commandcenter.domain.entities import Event, Note
from commandcenter.domain.errors import conflict, not_found

from .context import Actor, World
from .unit import Unit

#: the category an SOS is filed under
SOS_CATEGORY = "emergency_call"


# -- the area rule, around every handler --------------------------------------------------------

def check_scope(u: Unit, actor: Actor, command: str, msg) -> None:
    """Refuse (``forbidden``) a scoped sender's command on a case or area outside their reach; an
    SOS is acknowledged by any desk of its area, whatever level holds it."""
    scope = actor.scope
    if scope.area is None:
        return
    event = _target_event(u, msg)
    if event is not None:
        (rules.check_inside if command == "sos.ack" else rules.check_act)(scope, event)
    grid_ids = getattr(msg, "grid_ids", None) or ()
    explicit = getattr(msg, "grid_id", None) if command == "event.report" else None
    rules.check_grids(scope, [*grid_ids, *([explicit] if explicit else [])])


def check_created(u: Unit, actor: Actor, result: dict) -> None:
    """A scoped desk may not create a case outside its area (a report located elsewhere)."""
    event_id = result.get("event_id") if actor.scope.area is not None else None
    event = u.state.event(event_id) if event_id is not None else None
    if event is not None:
        rules.check_inside(actor.scope, event)


def _target_event(u: Unit, msg) -> Event | None:
    event_id = getattr(msg, "event_id", None)
    if event_id is None and getattr(msg, "order_id", None) is not None:
        order = u.state.order(msg.order_id)
        event_id = order.event_id if order is not None else None
    return u.state.event(event_id) if isinstance(event_id, int) else None


# -- commands -----------------------------------------------------------------------------------

def delegate(u: Unit, world: World, actor: Actor, msg) -> dict:
    """``event.delegate``: down to a centre inside the sender's area and the case's holder."""
    event = _event(u, msg.event_id, msg.version)
    area = u.state.grids.get(msg.to)
    moved = rules.delegated(actor.scope, event, msg.to, area.kind if area is not None else None)
    _note_open_order(u, actor, event, msg.note or f"delegated to {msg.to}")
    _bump(u, event, **moved)
    return {}


def sos(u: Unit, world: World, actor: Actor, msg) -> dict:
    """A worker's SOS: severity 4, ``source`` sos, in the worker's own grid, held by its street."""
    worker = world.workers.get(actor.worker_id) if actor.worker_id else None
    if worker is None:
        raise not_found(f"no worker {actor.worker_id}")
    event_id = u.state.ids["event"].take()
    if event_id is None:
        raise RuntimeError("id block for event exhausted")  # the committer reserves enough
    title = f"SOS: {worker.name}"
    u.put_event(Event(
        id=event_id, code=event_code(event_id, u.now.strftime("%Y%m%d")), category=SOS_CATEGORY,
        title=title, description=msg.note, lat=msg.lat, lon=msg.lon, grid_id=worker.grid_id,
        source=Source.SOS.value, reporter=worker.name, severity=4, tier=None, status=EventStatus.REPORTED.value,
        created_at=u.now, due_at=None, overdue=False, supervised=False, escalation_level=0, assignee=None,
        satisfaction=None, version=1, reporter_phone=worker.phone, reported_by=actor.user, updated_at=u.now,
        sos=True, **rules.reported(worker.grid_id)), created=True)
    return {"event_id": event_id}


def sos_ack(u: Unit, world: World, actor: Actor, msg) -> dict:
    event = _event(u, msg.event_id)
    if not event.sos:
        raise conflict(f"event {event.id} is not an SOS")
    if event.sos_acked_by is not None:
        raise conflict(f"the SOS {event.id} was already acknowledged by {event.sos_acked_by}")
    _bump(u, event, sos_acked_by=actor.user, sos_acked_at=u.now)
    return {}


# -- steps (as in .handlers) --------------------------------------------------------------------

def _event(u: Unit, event_id: int, version: int | None = None) -> Event:
    event = u.state.event(event_id)
    if event is None:
        raise not_found(f"no open event {event_id}")
    if version is not None and version != event.version:
        raise conflict(f"event has changed since version {version} (now {event.version})")
    return event


def _bump(u: Unit, event: Event, **changes) -> None:
    new = replace(event, **changes, version=event.version + 1, updated_at=u.now)
    u.put_event(replace(new, overdue=u.overdue_now(new.status, new.due_at)))


def _note_open_order(u: Unit, actor: Actor, event: Event, text: str) -> None:
    order = u.state.open_order_of(event.id)
    if order is not None:
        note = Note(at=u.now, by=actor.user, text=text, kind="delegate")
        u.put_order(replace(order, notes=(*order.notes, note), version=order.version + 1))
