"""The department seats' rules (席位制): which orders a seat holds, its oldest, its alarm, drops.

Plain Python: the seat overview, the wall's summary and tests call these.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from . import permissions
from .codes import DEPARTMENTS, OPEN_ORDER_STATUSES
from .entities import Order, Seat
from .lifecycle import Action, allowed_event_actions

#: a seat's alarm, worst first
OVERDUE, UNSTAFFED, OFF_DUTY, ON_DUTY = "overdue", "unstaffed", "off_duty", "on_duty"


def open_department(order: Order) -> str | None:
    """The department whose seat holds ``order`` open (issued or signed for), or None."""
    if order.status in OPEN_ORDER_STATUSES and order.assignee.department:
        return order.assignee.department
    return None


def oldest_open(orders: Iterable[Order]) -> dict[str, datetime]:
    """Department -> when its oldest open order was issued (departments with none left out)."""
    oldest: dict[str, datetime] = {}
    for order in orders:
        department = open_department(order)
        if department is not None and (department not in oldest or order.issued_at < oldest[department]):
            oldest[department] = order.issued_at
    return oldest


def seat_alarm(seat: Seat) -> str:
    """Overdue orders first; then open orders with nobody at the seat; then whether it is staffed."""
    if seat.overdue_orders > 0:
        return OVERDUE
    if not seat.on_duty:
        return UNSTAFFED if seat.open_orders > 0 else OFF_DUTY
    return ON_DUTY


def seat_order(seats: Iterable[Seat]) -> list[Seat]:
    """Seats in the fixed order of the department list (tiles never move under a dragged event)."""
    rank = {code: i for i, code in enumerate(DEPARTMENTS)}
    return sorted(seats, key=lambda s: (rank.get(s.department, len(rank)), s.department))


def can_dispatch(status: str, role: str) -> bool:
    """Whether ``role`` may dispatch (or transfer) an event in ``status`` to a seat."""
    allowed = Action.DISPATCH in allowed_event_actions(status)
    return allowed and permissions.may(role, "order.dispatch")


@dataclass(frozen=True)
class SeatLine:
    """One seat as a summary shows it (the wall's seat strip, the overview's tiles)."""

    department: str
    liaison: str | None
    on_duty: bool
    open_orders: int
    overdue_orders: int
    oldest_age_s: float | None
    alarm: str


def summarise(seats: Iterable[Seat], oldest: Mapping[str, datetime], now: datetime) -> list[SeatLine]:
    """Every seat in department order, with its oldest open order's age at ``now``."""
    return [SeatLine(s.department, s.liaison, s.on_duty, s.open_orders, s.overdue_orders,
                     (now - oldest[s.department]).total_seconds() if s.department in oldest else None,
                     seat_alarm(s))
            for s in seat_order(seats)]
