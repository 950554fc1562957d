"""The supervisor's approvals inbox (审批): which requests wait for a decision, in which order, and
which were decided today (PROTOCOL.md "Practice"; the life cycle is :mod:`.approvals`)."""
from __future__ import annotations

from datetime import date

from .approvals import ApprovalStatus
from .clock import CST


def waiting(approval) -> bool:
    """A request waits in the inbox until a supervisor decides it."""
    return approval.status == ApprovalStatus.PENDING


def waiting_order(approval) -> tuple:
    """First come, first decided: the oldest request on top."""
    return approval.requested_at.timestamp(), approval.id


def decided_on(approval, day: date) -> bool:
    """Whether the request was decided on ``day`` (a centre-time day)."""
    at = approval.decided_at
    return approval.status != ApprovalStatus.PENDING and at is not None and at.astimezone(CST).date() == day


def decided_order(approval) -> tuple:
    """The latest decision on top."""
    at = approval.decided_at
    return -(at.timestamp() if at else 0.0), -approval.id
