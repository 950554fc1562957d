"""Deadlines by tier, and when an event or an order counts as overdue (handle and sign clocks).

The hub computes deadlines with the policy (:func:`handle_due`, :func:`order_sign_due`: the
domain calendar, never calendar time added to a working-time limit); ``TIER_LIMITS`` are the
PROTOCOL.md v1 tier defaults in calendar time, which the shipped policy keeps."""
from __future__ import annotations

from datetime import datetime, timedelta

from .codes import CLOCK_RUNNING_STATUSES, OrderStatus, Tier
from .policy import Policy, deadlines, sign_due

TIER_LIMITS: dict[str, timedelta] = {
    Tier.SMALL: timedelta(hours=2),
    Tier.MEDIUM: timedelta(days=2),
    Tier.COMPLEX: timedelta(days=7),
}

#: the share of the allowed time left under which a countdown turns amber
URGENT_SHARE = 0.25


def due_at(accepted_at: datetime, tier: str) -> datetime:
    return accepted_at + TIER_LIMITS[tier]


def handle_due(policy: Policy, accepted_at: datetime, tier: str | None,
               request_type: str | None) -> datetime | None:
    """An event's handle deadline (办结时限): its request type's limit, else its tier's; None for
    a case with neither (a report handled on the spot, sent back by a failed verification)."""
    if tier is None and request_type is None:
        return None
    return deadlines(policy, policy.calendar, accepted_at, tier, request_type)[1]


def order_sign_due(policy: Policy, issued_at: datetime, tier: str | None,
                   request_type: str | None) -> datetime | None:
    """An order's sign deadline (签收时限), counted from when it was issued; None as above."""
    if tier is None and request_type is None:
        return None
    return sign_due(policy, policy.calendar, issued_at, tier, request_type)


def is_sign_overdue(order_status: str, sign_due_at: datetime | None, at: datetime) -> bool:
    """Sign-overdue while the order is issued (not yet signed for) and past its sign deadline."""
    return sign_due_at is not None and order_status == OrderStatus.ISSUED and at > sign_due_at


def sign_clock(order_status: str, issued_at: datetime, sign_due_at: datetime | None
               ) -> tuple[datetime, datetime] | None:
    """The (start, due) of an order's running sign clock: it runs from issue until it is signed for."""
    if sign_due_at is None or order_status != OrderStatus.ISSUED:
        return None
    return issued_at, sign_due_at


def is_overdue(status: str, due: datetime | None, at: datetime) -> bool:
    """Overdue while not yet resolved and past its deadline."""
    return due is not None and status in CLOCK_RUNNING_STATUSES and at > due


def urgency(start: datetime | None, due: datetime | None, at: datetime) -> str:
    """``plenty``, ``urgent`` (under a quarter of the time left) or ``overdue``."""
    return urgency_at(start.timestamp() if start else None, due.timestamp() if due else None, at.timestamp())


def urgency_at(start: float | None, due: float | None, now: float) -> str:
    """:func:`urgency` on epoch seconds (what a table delegate holds)."""
    if due is None:
        return "plenty"
    if now > due:
        return "overdue"
    if start is None or due <= start:
        return "urgent"
    return "urgent" if (due - now) / (due - start) < URGENT_SHARE else "plenty"
