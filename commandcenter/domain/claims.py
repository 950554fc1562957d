"""Claims (认领): the soft lock an operator takes on a case while acting on it (PROTOCOL.md "Practice").

A claim lasts :data:`CLAIM_TTL`; each command of the claimer on the event renews it. Another
user's state-changing command on a claimed event is refused with ``conflict`` naming the claimer,
unless it carries ``force: true``. A claim never blocks the hub's own changes nor the order's
receiver (a worker or a department's liaison). An expired claim is free, whatever the event's
fields still say.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from .codes import Role
from .errors import conflict

CLAIM_TTL = timedelta(minutes=10)
#: roles never held up by a claim: they act on their own order, not on the desk's case
UNBLOCKED_ROLES = frozenset({Role.WORKER, Role.LIAISON})
#: commands never held up by a claim: a supervisor's decision answers a request about the case (it
#: is not the case's next step), and an SOS is acknowledged by whoever sees it first
UNBLOCKED_COMMANDS = frozenset({"approval.decide", "sos.ack"})


def holder(claimed_by: str | None, claimed_until: datetime | None, now: datetime) -> str | None:
    """Who holds the claim at ``now`` (None when unclaimed or expired)."""
    if claimed_by is None or claimed_until is None or claimed_until <= now:
        return None
    return claimed_by


def check(claimer: str | None, user: str, role: str, *, force: bool, command: str = "") -> str | None:
    """Refuse (``conflict``) a command of ``user`` on an event ``claimer`` holds, unless forced.

    Returns the claimer a forced command went past (for the audit record), else None."""
    if claimer is None or claimer == user or role in UNBLOCKED_ROLES or command in UNBLOCKED_COMMANDS:
        return None
    if not force:
        raise conflict(f"the event is being handled by {claimer} (send force: true to act anyway)")
    return claimer


def until(now: datetime) -> datetime:
    """When a claim taken or renewed at ``now`` expires."""
    return now + CLAIM_TTL


def renewed(claimer: str | None, user: str, now: datetime) -> datetime | None:
    """The new expiry when ``user`` is the one holding the claim; None when nothing to renew."""
    return until(now) if claimer is not None and claimer == user else None
