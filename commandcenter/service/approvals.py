"""Approvals on the hub: ``approval.request``, ``approval.decide`` and the resumption of suspended
clocks (PROTOCOL.md "Practice"; the rule: :mod:`commandcenter.domain.approvals`).

Effects of an approval: an extension moves the order's and the event's ``due_at`` to ``until``
(the event keeps ``original_due_at``, the deadline before its first extension) and counts on the
order's ``extensions``; a suspension sets ``suspended_until`` and holds the clock until the sweep
resumes it (:func:`resume_suspended`), moving the deadlines by the time paused; a park sets
``parked`` and takes the case out of the overdue counts; a void cancels the open order and ends the
event as ``void`` (its other pending requests are denied with it).
"""
from __future__ import annotations

from datetime import datetime

from msgspec.structs import replace

from commandcenter.domain import approvals as rules
from commandcenter.domain.approvals import ApprovalKind as K, ApprovalStatus
from commandcenter.domain.codes import OPEN_ORDER_STATUSES, EventStatus, Role
from commandcenter.domain.entities import Approval, Event, Order
from commandcenter.domain.errors import conflict, not_found
from commandcenter.domain.lifecycle import Action, order_next
from commandcenter.domain.policy import Policy
from commandcenter.net import messages as m

from . import steps
from .clocks import order_due
from .context import Actor, World
from .unit import Unit

# -- request ------------------------------------------------------------------------------------

def request(u: Unit, world: World, actor: Actor, msg: m.ApprovalRequest) -> dict:
    event = steps.live_event(u, msg.event_id)
    order = _order_for(u, event, msg.order_id, needed=msg.kind in rules.RECEIVER_KINDS)
    rules.check_requester(msg.kind, actor.role, own_order=order is not None and _owns(actor, order))
    rules.check_state(msg.kind, event.status, parked=event.parked, suspended_until=event.suspended_until)
    rules.check_pending(msg.kind, u.state.pending.get((event.id, msg.kind)))
    rules.check_until(msg.kind, msg.until, now=u.now, due_at=_deadline(event, order))
    approval_id = steps.take_id(u, "approval")
    u.put_approval(Approval(
        id=approval_id, kind=msg.kind, event_id=event.id, order_id=order.id if order else None,
        requested_by=actor.user, requested_at=u.now, reason=msg.reason, until=msg.until,
        status=ApprovalStatus.PENDING, decided_by=None, decided_at=None, note=None, version=1,
        assignee=order.assignee if order else event.assignee,
    ), created=True)
    return {"approval_id": approval_id}


def _order_for(u: Unit, event: Event, order_id: int | None, *, needed: bool) -> Order | None:
    """The order named (it must be the event's), else the event's open order; an extension or a
    suspension needs one that is open."""
    order = u.state.order(order_id) if order_id is not None else u.state.open_order_of(event.id)
    if order_id is not None and (order is None or order.event_id != event.id):
        raise not_found(f"event {event.id} has no order {order_id}")
    if needed and (order is None or order.status not in OPEN_ORDER_STATUSES):
        raise conflict(f"event {event.id} has no open order to ask about")
    return order


def _owns(actor: Actor, order: Order) -> bool:
    if actor.role == Role.WORKER:
        return order.assignee.worker_id is not None and order.assignee.worker_id == actor.worker_id
    return order.assignee.department is not None and order.assignee.department == actor.department


def _deadline(event: Event, order: Order | None) -> datetime | None:
    """The current deadline an extension must go past: the later of the event's and the order's."""
    dues = [d for d in (event.due_at, order.due_at if order else None) if d is not None]
    return max(dues) if dues else None


# -- decision -----------------------------------------------------------------------------------

def decide(u: Unit, world: World, actor: Actor, msg: m.ApprovalDecide) -> dict:
    approval = u.state.approvals.get(msg.approval_id)
    if approval is None:
        raise not_found(f"no approval {msg.approval_id}")
    if msg.version is not None and msg.version != approval.version:
        raise conflict(f"approval has changed since version {msg.version} (now {approval.version})")
    rules.check_decidable(approval.status, approval.id)
    if msg.approve:
        _carry_out(u, replace(approval, note=msg.note))
    _decided(u, approval, ApprovalStatus.APPROVED if msg.approve else ApprovalStatus.DENIED, msg.note)
    return {}


def _decided(u: Unit, approval: Approval, status: str, note: str) -> None:
    u.put_approval(replace(approval, status=status, decided_by=u.actor, decided_at=u.now, note=note,
                           version=approval.version + 1))


def _carry_out(u: Unit, approval: Approval) -> None:
    """Check again (the case may have moved since the request), then apply the approval."""
    event = steps.live_event(u, approval.event_id)
    rules.check_state(approval.kind, event.status, parked=event.parked, suspended_until=event.suspended_until)
    order = _approved_order(u, approval)
    _still_timely(approval, u.now, _deadline(event, order))
    EFFECTS[K(approval.kind)](u, approval, event, order)


def _approved_order(u: Unit, approval: Approval) -> Order | None:
    order = u.state.order(approval.order_id) if approval.order_id is not None else None
    if approval.kind in rules.RECEIVER_KINDS and (order is None or order.status not in OPEN_ORDER_STATUSES):
        raise conflict(f"order {approval.order_id} is no longer open: deny the request instead")
    return order if order is not None and order.status in OPEN_ORDER_STATUSES else None


def _still_timely(approval: Approval, now: datetime, due: datetime | None) -> None:
    try:
        rules.check_until(approval.kind, approval.until, now=now, due_at=due)
    except Exception as exc:  # why: the request was fine when made; the case has moved on since
        raise conflict(f"the request no longer fits the case ({exc}): deny it instead") from None


def _trail_text(approval: Approval) -> str:
    """What the order trail says of an approved request: the reason asked, and the decision's note."""
    return f"{approval.reason} · {approval.note}" if approval.note else approval.reason


def _extend(u: Unit, approval: Approval, event: Event, order: Order | None) -> None:
    until = approval.until
    steps.bump_event(u, event, due_at=until, original_due_at=event.original_due_at or event.due_at)
    steps.bump_order(u, order, steps.note(u, _trail_text(approval), "extension"), due_at=until,
                     extensions=order.extensions + 1)


def _suspend(u: Unit, approval: Approval, event: Event, order: Order | None) -> None:
    steps.bump_event(u, event, suspended_until=approval.until, suspended_at=u.now)
    steps.bump_order(u, order, steps.note(u, _trail_text(approval), "suspend"))


def _park(u: Unit, approval: Approval, event: Event, order: Order | None) -> None:
    steps.bump_event(u, event, parked=True, overdue=False)
    open_order = u.state.open_order_of(event.id)
    if open_order is not None:
        steps.bump_order(u, open_order, steps.note(u, _trail_text(approval), "park"), overdue=False)


def _void(u: Unit, approval: Approval, event: Event, order: Order | None) -> None:
    open_order = u.state.open_order_of(event.id)
    if open_order is not None:
        steps.bump_order(u, open_order, steps.note(u, _trail_text(approval), "void"),
                         status=order_next(open_order.status, Action.CANCEL), closed_at=u.now)
    steps.bump_event(u, event, status=EventStatus.VOID, closed_at=u.now, assignee=None, order_id=None)
    for kind in K:
        other = u.state.pending.get((event.id, kind))
        if other is not None and other != approval.id:
            _decided(u, u.state.approvals.get(other), ApprovalStatus.DENIED, "the event was voided")


EFFECTS = {K.EXTENSION: _extend, K.SUSPEND: _suspend, K.PARK: _park, K.VOID: _void}


# -- the sweep: suspended clocks start again ---------------------------------------------------

def resume_suspended(u: Unit, policy: Policy) -> None:
    """Resume each suspension whose ``until`` has passed: the deadlines move by the time paused
    (the domain calendar's working time for working-time limits), with deltas."""
    state = u.state
    for due, event_id in state.resume_due.pop_due(u.now):
        event = state.event(event_id)
        if event is not None and event.suspended_until == due:
            _resume(u, policy, event)


def _resume(u: Unit, policy: Policy, event: Event) -> None:
    until = event.suspended_until
    paused_from = event.suspended_at or until

    def moved(at: datetime | None) -> datetime | None:
        if at is None:
            return None
        return rules.resumed_due(policy, at, paused_from, until, event.tier, event.request_type)

    steps.bump_event(u, event, suspended_until=None, suspended_at=None, due_at=moved(event.due_at),
                     original_due_at=moved(event.original_due_at))
    order = u.state.open_order_of(event.id)
    if order is not None:
        order = steps.bump_order(u, order, due_at=moved(order.due_at))
        u.state.order_due.watch(order_due(order), order.id)  # its entry may have gone while held

