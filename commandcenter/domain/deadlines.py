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
    if due is None:
        return "plenty"
    if at > due:
        return "overdue"
    if start is None or due <= start:
        return "urgent"
    left = (due - at) / (due - start)
    return "urgent" if left < URGENT_SHARE else "plenty"
