"""Rulings, re-routing and cancellation on the hub (PROTOCOL.md "Practice"; the rule:
:mod:`commandcenter.domain.rulings`)."""
from __future__ import annotations

from commandcenter.domain import permissions, rulings
from commandcenter.domain.entities import Event, Order
from commandcenter.domain.errors import conflict, not_found
from commandcenter.domain.lifecycle import Action, event_next, order_next
from commandcenter.net import messages as m

from . import steps
from .context import Actor, World
from .unit import Unit


def check_dispatch(event: Event, previous: Order | None, actor: Actor) -> bool:
    """Whether the new order is a ruling's (final): the case needs a ruling, or its open order is
    final already (a ruling is transferred only by a supervisor, and stays final)."""
    ruling = event.needs_ruling or (previous is not None and previous.final)
    rulings.check_dispatch(ruling, actor.role)
    return ruling


def reroute(u: Unit, event: Event, category: str) -> bool:
    """``reroute_suggested`` after a category change: the open order's department no longer matches."""
    order = u.state.open_order_of(event.id)
    return order is not None and rulings.reroute_suggested(category, order.assignee.department)


def cancel(u: Unit, world: World, actor: Actor, msg: m.OrderCancel) -> dict:
    """Withdraw an open order (撤单): the event goes back to ``accepted`` with nobody assigned; a
    ruling's order withdrawn leaves the case needing a ruling again."""
    order = u.state.order(msg.order_id)
    if order is None:
        raise not_found(f"no open order {msg.order_id}")
    permissions.check(actor.role, "order.cancel")
    if msg.version is not None and msg.version != order.version:
        raise conflict(f"order has changed since version {msg.version} (now {order.version})")
    event = steps.live_event(u, order.event_id)
    new_status = order_next(order.status, Action.CANCEL)
    status = event_next(event.status, Action.CANCEL)
    steps.bump_order(u, order, steps.note(u, msg.reason, "cancel"), status=new_status, closed_at=u.now)
    steps.bump_event(u, event, status=status, assignee=None, order_id=None,
                     needs_ruling=event.needs_ruling or order.final, reroute_suggested=False)
    return {}
