"""One handler per state-changing command: check, then put new entity versions.

A handler raises :class:`~commandcenter.domain.errors.CommandError` before or after putting;
the caller rolls the unit back to its mark either way, so nothing half-changes.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from msgspec import UNSET
from msgspec.structs import replace

from commandcenter.domain import (
    alerts as alert_rules,
    deadlines,
    levels as level_rules,
    permissions,
    rulings as ruling_rules,
)
from commandcenter.domain.codes import CLOCK_RUNNING_STATUSES, EventStatus, Role, event_code
from commandcenter.domain.entities import Alert, Assignee, Event, Note, Order
from commandcenter.domain.errors import bad_request, conflict, forbidden, not_found
from commandcenter.domain.lifecycle import Action, check_progress, check_supervisable, event_next, order_next
from commandcenter.net import messages as m

from . import approvals, claims, levels, merging, rulings, steps
from .context import Actor, World
from .unit import Unit

Handler = Callable[[Unit, World, Actor, object], dict]


# -- lookups ----------------------------------------------------------------------------------

def _event(u: Unit, event_id: int, version: int | None = None) -> Event:
    event = u.state.event(event_id)
    if event is None:
        raise not_found(f"no open event {event_id}")
    _check_version(event.version, version, "event")
    return event


def _order(u: Unit, actor: Actor, order_id: int, command: str, version: int | None) -> Order:
    order = u.state.order(order_id)
    if order is None:
        raise not_found(f"no open order {order_id}")
    own = order.assignee.worker_id == actor.worker_id if actor.role == Role.WORKER else (
        order.assignee.department == actor.department)
    permissions.check(actor.role, command, own=own)
    _check_version(order.version, version, "order")
    return order


def _check_version(current: int, seen: int | None, what: str) -> None:
    if seen is not None and seen != current:
        raise conflict(f"{what} has changed since version {seen} (now {current})")


def _future(at: datetime | None, now: datetime, field: str) -> datetime | None:
    if at is not None and at <= now:
        raise bad_request(f"{field} must be in the future")
    return at


# -- entity steps -----------------------------------------------------------------------------

def _bump_event(u: Unit, event: Event, **changes) -> Event:
    return steps.bump_event(u, event, **changes)  # (Practice) held clocks, claim renewal


def _bump_order(u: Unit, order: Order, note: Note | None = None, **changes) -> Order:
    return steps.bump_order(u, order, note, **changes)


def _note(u: Unit, actor: Actor, text: str, kind: str) -> Note:
    return Note(at=u.now, by=actor.user, text=text, kind=kind)


def _take_id(u: Unit, kind: str) -> int:
    taken = u.state.ids[kind].take()
    if taken is None:
        raise RuntimeError(f"id block for {kind} exhausted")  # the committer reserves enough
    return taken


# -- commands ---------------------------------------------------------------------------------

def report(u: Unit, world: World, actor: Actor, msg: m.EventReport) -> dict:
    grid_id = _report_grid(u, world, actor, msg)
    if msg.alert_id is not None:  # a sighting: answers a known, live alert
        alert_rules.check_answerable(u.state.alerts.get(msg.alert_id), msg.alert_id, u.now)
    event_id = _take_id(u, "event")
    status = EventStatus.RESOLVED if msg.handled_on_spot else EventStatus.REPORTED
    event = Event(
        id=event_id, code=event_code(event_id, u.now.strftime("%Y%m%d")), category=msg.category,
        title=msg.title, description=msg.description, lat=msg.lat, lon=msg.lon, grid_id=grid_id,
        source=msg.source, reporter=msg.reporter, severity=msg.severity, tier=None, status=status,
        created_at=u.now, due_at=None, overdue=False, supervised=False, escalation_level=0,
        assignee=None, satisfaction=None, version=1, reporter_phone=msg.reporter_phone,
        reported_by=actor.user, handled_on_spot=msg.handled_on_spot, updated_at=u.now,
        resolved_at=u.now if msg.handled_on_spot else None, alert_id=msg.alert_id,
        request_type=msg.request_type, **level_rules.reported(grid_id),
    )
    if world.detect_duplicates:  # (Practice)
        event = replace(event, possible_duplicates=u.state.duplicates.candidate_ids(event))
    u.put_event(event, created=True)
    return {"event_id": event_id}


def _report_grid(u: Unit, world: World, actor: Actor, msg: m.EventReport) -> str | None:
    if msg.grid_id is not None:
        if msg.grid_id not in u.state.grids:
            raise not_found(f"no grid {msg.grid_id}")
        return msg.grid_id
    located = world.locator.locate(msg.lat, msg.lon)
    if located is None and actor.worker_id is not None:
        worker = world.workers.get(actor.worker_id)
        return worker.grid_id if worker else None
    return located


def accept(u: Unit, world: World, actor: Actor, msg: m.EventAccept) -> dict:
    event = _event(u, msg.event_id, msg.version)
    status = event_next(event.status, Action.ACCEPT)
    request_type = event.request_type if msg.request_type is UNSET else msg.request_type
    _bump_event(
        u, event, status=status, tier=msg.tier, category=msg.category or event.category,
        severity=msg.severity or event.severity, accepted_at=u.now, request_type=request_type,
        accepted_by=actor.user,
        due_at=deadlines.handle_due(world.policy, u.now, msg.tier, request_type),
    )
    return {}


def update(u: Unit, world: World, actor: Actor, msg: m.EventUpdate) -> dict:
    """Reclassify; a new tier or request type moves the running clock (from ``accepted_at``)."""
    event = _event(u, msg.event_id, msg.version)
    changes = {"category": msg.category, "severity": msg.severity, "tier": msg.tier}
    changes = {key: value for key, value in changes.items() if value is not None}
    if msg.request_type is not UNSET:
        changes["request_type"] = msg.request_type
    if not changes:
        raise bad_request("event.update needs at least one of category, severity, tier, request_type")
    new = replace(event, **changes)
    if "category" in changes:
        changes["reroute_suggested"] = rulings.reroute(u, event, new.category)
    if {"tier", "request_type"} & changes.keys() and _clock_runs(new):
        changes["due_at"] = deadlines.handle_due(world.policy, new.accepted_at, new.tier, new.request_type)
        _move_order_clocks(u, world, event, replace(new, due_at=changes["due_at"]))
    _bump_event(u, event, **changes)
    return {}


def _clock_runs(event: Event) -> bool:
    return event.status in CLOCK_RUNNING_STATUSES and event.accepted_at is not None


def _move_order_clocks(u: Unit, world: World, old: Event, new: Event) -> None:
    """The open order follows the event's new limits: its sign deadline while it is unsigned,
    its due time when it had the event's."""
    order = u.state.open_order_of(old.id)
    if order is None:
        return
    changes = {}
    if order.status == "issued":
        changes["sign_due_at"] = deadlines.order_sign_due(world.policy, order.issued_at, new.tier, new.request_type)
    if order.due_at == old.due_at:
        changes["due_at"] = new.due_at
    if changes:
        _bump_order(u, order, **changes)


def reject(u: Unit, world: World, actor: Actor, msg: m.EventReject) -> dict:
    event = _event(u, msg.event_id, msg.version)
    status = event_next(event.status, Action.REJECT)
    _bump_event(u, event, status=status, reject_reason=msg.reason, closed_at=u.now)
    return {}


def dispatch(u: Unit, world: World, actor: Actor, msg: m.OrderDispatch) -> dict:
    event = _event(u, msg.event_id, msg.version)
    status = event_next(event.status, Action.DISPATCH)
    to = _target(world, msg.to)
    due = _future(msg.due_at, u.now, "due_at") or event.due_at
    previous = u.state.open_order_of(event.id)
    final = rulings.check_dispatch(event, previous, actor)
    if previous is not None:
        note = _note(u, actor, msg.note or "transferred", "cancel")
        _bump_order(u, previous, note, status=order_next(previous.status, Action.CANCEL), closed_at=u.now)
    order_id = _take_id(u, "order")
    order = Order(
        id=order_id, event_id=event.id, assignee=to, status="issued", issued_at=u.now, due_at=due,
        notes=(_note(u, actor, msg.note, "dispatch"),), version=1, issued_by=actor.user,
        overdue=deadlines.is_overdue("in_progress", due, u.now),
        sign_due_at=deadlines.order_sign_due(world.policy, u.now, event.tier, event.request_type),
        final=final,
    )
    u.put_order(order, created=True)
    _bump_event(u, event, status=status, assignee=to, order_id=order_id, needs_ruling=False,
                reroute_suggested=False)
    return {"order_id": order_id}


def _target(world: World, to: m.Target) -> Assignee:
    if (to.worker_id is None) == (to.department is None):
        raise bad_request("'to' must name exactly one of worker_id or department")
    if to.worker_id is not None and world.workers.get(to.worker_id) is None:
        raise not_found(f"no worker {to.worker_id}")
    return Assignee(worker_id=to.worker_id, department=to.department)


def receive(u: Unit, world: World, actor: Actor, msg: m.OrderReceive) -> dict:
    order = _order(u, actor, msg.order_id, "order.receive", msg.version)
    event = _event(u, order.event_id)
    status = event_next(event.status, Action.RECEIVE)
    new_status = order_next(order.status, Action.RECEIVE)
    _bump_order(u, order, _note(u, actor, "", "receive"), status=new_status, received_at=u.now,
                signed_at=u.now)
    _bump_event(u, event, status=status)
    return {}


def give_back(u: Unit, world: World, actor: Actor, msg: m.OrderReturn) -> dict:
    order = _order(u, actor, msg.order_id, "order.return", msg.version)
    ruling_rules.check_return(order.final, order.id)
    event = _event(u, order.event_id)
    status = event_next(event.status, Action.RETURN)
    new_status = order_next(order.status, Action.RETURN)
    _bump_order(u, order, _note(u, actor, msg.reason, "return"), status=new_status, closed_at=u.now)
    _bump_event(u, event, status=status, assignee=None, order_id=None, returns=event.returns + 1,
                last_return_reason=msg.reason,
                needs_ruling=ruling_rules.needs_ruling(event.returns + 1, world.policy.ruling_after))
    return {}


def progress(u: Unit, world: World, actor: Actor, msg: m.OrderProgress) -> dict:
    order = _order(u, actor, msg.order_id, "order.progress", msg.version)
    check_progress(order.status)
    _bump_order(u, order, _note(u, actor, msg.note, "progress"))
    return {}


def complete(u: Unit, world: World, actor: Actor, msg: m.OrderComplete) -> dict:
    order = _order(u, actor, msg.order_id, "order.complete", msg.version)
    event = _event(u, order.event_id)
    new_status = order_next(order.status, Action.COMPLETE)
    status = event_next(event.status, Action.COMPLETE)
    _bump_order(u, order, _note(u, actor, msg.note, "complete"), status=new_status, closed_at=u.now)
    _bump_event(u, event, status=status, resolved_at=u.now)
    return {}


def verify(u: Unit, world: World, actor: Actor, msg: m.EventVerify) -> dict:
    event = _event(u, msg.event_id, msg.version)
    if msg.passed:
        _bump_event(u, event, status=event_next(event.status, Action.VERIFY_PASS))
        return {}
    status = event_next(event.status, Action.VERIFY_FAIL)
    _bump_event(u, event, status=status, assignee=None, order_id=None, resolved_at=None,
                verify_failures=event.verify_failures + 1, last_return_reason=msg.note or None)
    return {}


def follow_up(u: Unit, world: World, actor: Actor, msg: m.EventFollowUp) -> dict:
    event = _event(u, msg.event_id, msg.version)
    status = event_next(event.status, Action.FOLLOW_UP)
    master = _bump_event(u, event, status=status, satisfaction=msg.satisfaction)
    merging.record_follow_up(u, master, msg.satisfaction, msg.note)  # (Practice) on its merged events
    return {}


def archive(u: Unit, world: World, actor: Actor, msg: m.EventArchive) -> dict:
    event = _event(u, msg.event_id, msg.version)
    status = event_next(event.status, Action.ARCHIVE, source=event.source, reporter=event.reporter)
    _bump_event(u, event, status=status, closed_at=u.now)
    return {}


def supervise(u: Unit, world: World, actor: Actor, msg: m.EventSupervise) -> dict:
    event = _event(u, msg.event_id, msg.version)
    check_supervisable(event.status)
    _note_open_order(u, actor, event, msg.note, "supervise")
    _bump_event(u, event, supervised=True)
    return {}


def escalate(u: Unit, world: World, actor: Actor, msg: m.EventEscalate) -> dict:
    event = _event(u, msg.event_id, msg.version)
    check_supervisable(event.status)
    due = _future(msg.due_at, u.now, "due_at") or event.due_at
    _note_open_order(u, actor, event, msg.note, "escalate", due_at=due)
    moved = level_rules.escalated(event)  # (Levels) one level up; the city keeps it, with a note
    _bump_event(u, event, escalation_level=event.escalation_level + 1, due_at=due, **moved)
    return {} if moved else {"note": level_rules.CITY_NOTE}


def _note_open_order(u: Unit, actor: Actor, event: Event, text: str, kind: str, **changes) -> None:
    order = u.state.open_order_of(event.id)
    if order is not None:
        _bump_order(u, order, _note(u, actor, text, kind), **changes)


def broadcast(u: Unit, world: World, actor: Actor, msg: m.AlertBroadcast) -> dict:
    unknown = [g for g in msg.grid_ids if g not in u.state.grids]
    if unknown:
        more = f" (and {len(unknown) - 1} more)" if len(unknown) > 1 else ""
        raise not_found(f"no grid {unknown[0]}{more}")
    expires = _future(msg.expires_at, u.now, "expires_at")
    alert_id = _take_id(u, "alert")
    recipients = alert_rules.recipients(world.workers.grid_ids, msg.grid_ids)
    grid_ids = tuple(dict.fromkeys(msg.grid_ids))
    u.put_alert(Alert(id=alert_id, title=msg.title, body=msg.body, grid_ids=grid_ids, expires_at=expires,
                      created_at=u.now, created_by=actor.user, recipients=recipients))
    return {"alert_id": alert_id, "recipients": recipients}


def video_report(u: Unit, world: World, actor: Actor, msg: m.VideoReport) -> dict:
    link = u.state.video_links.get(msg.link_id)
    if link is None:
        raise not_found(f"no video link {msg.link_id}")
    u.put_link(replace(link, state=msg.state, latency_ms=msg.latency_ms, loss_pct=msg.loss_pct,
                       bitrate_kbps=msg.bitrate_kbps, last_seen=u.now, version=link.version + 1))
    return {}


HANDLERS: dict[type, Handler] = {
    m.EventReport: report, m.EventAccept: accept, m.EventReject: reject, m.EventUpdate: update,
    m.OrderDispatch: dispatch, m.OrderReceive: receive, m.OrderReturn: give_back,
    m.OrderProgress: progress, m.OrderComplete: complete, m.EventVerify: verify,
    m.EventFollowUp: follow_up, m.EventArchive: archive, m.EventSupervise: supervise,
    m.EventEscalate: escalate, m.AlertBroadcast: broadcast, m.VideoReport: video_report,
    m.ApprovalRequest: approvals.request, m.ApprovalDecide: approvals.decide, m.OrderCancel: rulings.cancel,
    m.EventClaim: claims.claim, m.EventRelease: claims.release,
    m.EventDelegate: levels.delegate, m.Sos: levels.sos, m.SosAck: levels.sos_ack,
}
HANDLERS[m.EventMerge] = merging.merge  # (Practice)


def apply(u: Unit, world: World, actor: Actor, msg) -> dict:
    """Check the permission rule, then run the command's handler."""
    command = m.type_name(msg)
    if actor.role == Role.WALL:
        raise forbidden("the wall display is read-only")
    if command not in permissions.OWN_ORDER_COMMANDS:
        permissions.check(actor.role, command)
    levels.check_scope(u, actor, command, msg)
    claimed = claims.guard(u, actor, msg)  # (Practice) another's claim refuses, unless forced
    result = HANDLERS[type(msg)](u, world, actor, msg)
    claims.renew(u, claimed)
    levels.check_created(u, actor, result)
    return result
