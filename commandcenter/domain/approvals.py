"""Approvals (审批): extension 延期, suspension 缓办, park 挂账 and void 作废 (PROTOCOL.md "Practice").

A receiver asks for more time (an extension to a new deadline) or for the clock to stop until a
date (a suspension); an operator or supervisor asks to park a long-term matter or to void a case.
A supervisor decides. One pending request per event and kind. This module is the rule: who may
ask for what, in which state, with which ``until``; what an approval does to the clocks. The hub
(``commandcenter.service.approvals``) applies it.
"""
from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from .codes import CLOCK_RUNNING_STATUSES, EventStatus, Role
from .errors import bad_request, conflict, forbidden
from .policy import Policy, after_pause


class ApprovalKind(StrEnum):
    EXTENSION = "extension"
    SUSPEND = "suspend"
    PARK = "park"
    VOID = "void"


class ApprovalStatus(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    DENIED = "denied"


#: kinds asked for by the order's receiver (worker or liaison); the others by a desk
RECEIVER_KINDS = frozenset({ApprovalKind.EXTENSION, ApprovalKind.SUSPEND})
DESK_KINDS = frozenset({ApprovalKind.PARK, ApprovalKind.VOID})
#: kinds that carry an ``until``
TIMED_KINDS = RECEIVER_KINDS
#: event statuses in which a kind may be asked for and approved
OPEN_FOR: dict[ApprovalKind, frozenset[str]] = {
    ApprovalKind.EXTENSION: CLOCK_RUNNING_STATUSES,
    ApprovalKind.SUSPEND: CLOCK_RUNNING_STATUSES,
    ApprovalKind.PARK: CLOCK_RUNNING_STATUSES,
    ApprovalKind.VOID: CLOCK_RUNNING_STATUSES | {EventStatus.REPORTED},
}


def check_requester(kind: str, role: str, *, own_order: bool) -> None:
    """``forbidden`` unless ``role`` may ask for ``kind``: extension and suspension only the
    order's own receiver; park and void only an operator or supervisor."""
    if kind in RECEIVER_KINDS:
        if role not in (Role.WORKER, Role.LIAISON):
            raise forbidden(f"only the order's receiver may ask for {kind}")
        if not own_order:
            raise forbidden("this order is not assigned to you (approval.request)")
    elif role not in (Role.OPERATOR, Role.SUPERVISOR):
        raise forbidden(f"only an operator or supervisor may ask for {kind}")


def clock_held(parked: bool, suspended_until: datetime | None) -> bool:
    """Whether an event's handle clock stands still: parked, or suspended until a date."""
    return parked or suspended_until is not None


def check_state(kind: str, status: str, *, parked: bool, suspended_until: datetime | None) -> None:
    """``conflict`` unless the event is in a state where ``kind`` makes sense."""
    if status not in OPEN_FOR[ApprovalKind(kind)]:
        raise conflict(f"cannot ask for {kind} on an event that is {status}")
    if kind == ApprovalKind.PARK and parked:
        raise conflict("the event is parked already")
    if kind == ApprovalKind.SUSPEND and suspended_until is not None:
        raise conflict(f"the event is suspended already (until {suspended_until.isoformat()})")


def check_until(kind: str, until: datetime | None, *, now: datetime, due_at: datetime | None) -> None:
    """``bad_request`` for a missing or misplaced ``until``: in the past, or (an extension) not
    after the current deadline; ``conflict`` for an extension of a case with no deadline."""
    if kind not in TIMED_KINDS:
        if until is not None:
            raise bad_request(f"{kind} takes no until")
        return
    if until is None:
        raise bad_request(f"{kind} needs until")
    if until <= now:
        raise bad_request("until must be in the future")
    if kind == ApprovalKind.EXTENSION:
        if due_at is None:
            raise conflict("the event has no deadline to extend")
        if until <= due_at:
            raise bad_request(f"until must be after the current deadline ({due_at.isoformat()})")


def check_pending(kind: str, pending_id: int | None) -> None:
    if pending_id is not None:
        raise conflict(f"the event already has a pending {kind} request (approval {pending_id})")


def check_decidable(status: str, approval_id: int) -> None:
    if status != ApprovalStatus.PENDING:
        raise conflict(f"approval {approval_id} was already {status}")


def resumed_due(policy: Policy, due: datetime, paused_from: datetime, paused_until: datetime,
                tier: str | None, request_type: str | None) -> datetime:
    """A deadline after a suspension from ``paused_from`` to ``paused_until``: moved by the time
    paused, counted by the domain calendar in the kind of time the case's limit runs in."""
    if paused_until <= paused_from:
        return due
    return after_pause(policy, policy.calendar, due, paused_from, paused_until, tier, request_type)
