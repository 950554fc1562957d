"""Rulings (裁定) and re-routing (改派建议): PROTOCOL.md "Practice".

A case whose orders were returned ``ruling_after`` times (policy) needs a supervisor's ruling:
only a supervisor may dispatch it, and that order is final (it cannot be returned). A category
change that no longer matches the department an open order went to suggests a re-route.
"""
from __future__ import annotations

from .codes import CLOSED_EVENT_STATUSES, Role
from .errors import conflict, forbidden
from .routing import department_for


def needs_ruling(returns: int, ruling_after: int) -> bool:
    return returns >= ruling_after


def check_dispatch(ruling: bool, role: str) -> None:
    """Only a supervisor dispatches a case that needs (or already had) a ruling."""
    if ruling and role != Role.SUPERVISOR:
        raise forbidden("this case needs a supervisor's ruling: only a supervisor may dispatch it")


def check_return(final: bool, order_id: int) -> None:
    if final:
        raise conflict(f"order {order_id} is a ruling's final order: it cannot be returned")


def reroute_suggested(category: str, order_department: str | None) -> bool:
    """Whether an open order sent to ``order_department`` no longer matches ``category``'s routing."""
    return order_department is not None and department_for(category) != order_department


def in_rulings_queue(event) -> bool:
    """Whether a case waits in the supervisor's rulings queue (裁定): it needs a ruling and is still
    open (a supervisor's dispatch, the ruling, clears ``needs_ruling`` on the hub)."""
    return event.needs_ruling and event.status not in CLOSED_EVENT_STATUSES


def rulings_order(event) -> tuple:
    """The rulings queue's order: the most returned first, then the longest waiting, then by id."""
    return -event.returns, event.created_at.timestamp(), event.id
