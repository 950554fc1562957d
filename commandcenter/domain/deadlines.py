"""Deadlines by tier, and when an event counts as overdue."""
from __future__ import annotations

from datetime import datetime, timedelta

from .codes import CLOCK_RUNNING_STATUSES, Tier

TIER_LIMITS: dict[str, timedelta] = {
    Tier.SMALL: timedelta(hours=2),
    Tier.MEDIUM: timedelta(days=2),
    Tier.COMPLEX: timedelta(days=7),
}

#: the share of the allowed time left under which a countdown turns amber
URGENT_SHARE = 0.25


def due_at(accepted_at: datetime, tier: str) -> datetime:
    return accepted_at + TIER_LIMITS[tier]


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
