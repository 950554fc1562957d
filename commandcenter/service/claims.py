"""Claims on the hub: ``event.claim``, ``event.release``, and the guard every command passes
(PROTOCOL.md "Practice"; the rule: :mod:`commandcenter.domain.claims`).

The guard finds the event a command targets (its ``event_id``, its order's, its approval's),
refuses it when another user holds the claim (unless ``force``; a forced command's audit record
says whose claim it went past) and renews the claim when the sender holds it. Expired claims are
cleared by the sweep (:func:`commandcenter.service.clocks.expire_claims`) within one pass.
"""
from __future__ import annotations

from commandcenter.domain import claims
from commandcenter.domain.entities import Event
from commandcenter.net import messages as m

from . import steps
from .context import Actor, World
from .unit import Unit


def target(u: Unit, msg) -> Event | None:
    """The live event a command acts on, if any."""
    state = u.state
    event_id = getattr(msg, "event_id", None)
    if event_id is None and getattr(msg, "order_id", None) is not None:
        order = state.order(msg.order_id)
        event_id = order.event_id if order is not None else None
    if event_id is None and getattr(msg, "approval_id", None) is not None:
        approval = state.approvals.get(msg.approval_id)
        event_id = approval.event_id if approval is not None else None
    return state.event(event_id) if event_id is not None else None


def guard(u: Unit, actor: Actor, msg) -> int | None:
    """Refuse a command on an event another user holds (unless forced); returns the event's id
    when the sender holds its claim (to renew it after the command), else None."""
    event = target(u, msg)
    forced = msg.force is True
    if forced:
        u.audit_note = "force"
    if event is None:
        return None
    holder = claims.holder(event.claimed_by, event.claimed_until, u.now)
    past = claims.check(holder, actor.user, actor.role, force=forced, command=m.type_name(msg))
    if past is not None:
        u.audit_note = f"force: past the claim of {past}"
    return event.id if holder == actor.user else None


def renew(u: Unit, event_id: int | None) -> None:
    """Renew the sender's claim when the command did not put the event (a put renews it)."""
    event = u.state.event(event_id) if event_id is not None else None
    if event is None or event.claimed_by != u.actor or event.claimed_until == claims.until(u.now):
        return
    steps.bump_event(u, event, claimed_until=claims.until(u.now))


def claim(u: Unit, world: World, actor: Actor, msg: m.EventClaim) -> dict:
    event = steps.live_event(u, msg.event_id)
    until = claims.until(u.now)
    steps.bump_event(u, event, claimed_by=actor.user, claimed_until=until)
    return {"claimed_until": until}


def release(u: Unit, world: World, actor: Actor, msg: m.EventRelease) -> dict:
    """The claimer lets go (another user was refused by the guard, unless forced); releasing an
    unclaimed event changes nothing."""
    event = steps.live_event(u, msg.event_id)
    if event.claimed_by is not None:
        steps.bump_event(u, event, claimed_by=None, claimed_until=None)
    return {}
