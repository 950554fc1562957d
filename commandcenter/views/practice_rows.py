"""The detail's rows of the centre's practice (PROTOCOL.md "Practice"): request type, clocks held
or moved, ruling, re-route, claim, approvals and their decisions. Each row is (name, text, alarm):
an alarm row is shown in the error colour (it asks for someone's attention)."""
from __future__ import annotations

from commandcenter.domain import permissions
from commandcenter.domain.clock import CST
from commandcenter.domain.codes import OPEN_ORDER_STATUSES
from commandcenter.i18n import tr
from commandcenter.models import labels
from commandcenter.models.practice_labels import approval_kind, approval_status

from .claims import blocking_claimer, holder

Row = tuple[str, str, bool]


def clock_rows(event) -> list[Row]:
    """Beside the deadline: the request type its clocks come from, and what moved or holds them."""
    rows: list[Row] = []
    if event.request_type:
        rows.append((tr("Request type"), labels.request_type(event.request_type), False))
    if event.original_due_at and event.original_due_at != event.due_at:
        rows.append((tr("Original deadline"), when(event.original_due_at) + tr(" (extended)"), False))
    if event.suspended_until:
        rows.append((tr("Suspended until"), when(event.suspended_until) + tr(" · the clock is paused"), False))
    if event.parked:
        rows.append((tr("Parked"), tr("A long-term matter: out of the overdue counts"), False))
    return rows


def attention_rows(event, orders, approvals, user: str, role: str) -> list[Row]:
    """Under the status: a ruling, a re-route, the claim, the requests to a supervisor."""
    rows = _ruling_rows(event, orders)
    if event.reroute_suggested and permissions.may(role, "order.dispatch"):
        rows.append((tr("Re-route"), tr("The category no longer matches the receiver: re-dispatch (D)"), True))
    elif event.reroute_suggested:
        rows.append((tr("Re-route"), tr("The category has changed: the centre may re-route this case"), False))
    return rows + _claim_rows(event, user, role) + [approval_row(a) for a in approvals]


def _ruling_rows(event, orders) -> list[Row]:
    rows: list[Row] = []
    if event.needs_ruling:
        rows.append((tr("Ruling"), tr("Needs a supervisor's ruling (returned {n}×)").format(n=event.returns), True))
    if any(o.final and o.status in OPEN_ORDER_STATUSES for o in orders):
        rows.append((tr("Ruled"), tr("Ruled (final): cannot be returned"), False))
    return rows


def _claim_rows(event, user: str, role: str) -> list[Row]:
    """This desk's own claim, or the claim that holds this user up (a receiver is never held up)."""
    if holder(event) == user:
        return [(tr("Claimed by"), tr("You, until {time}").format(time=when(event.claimed_until, "%H:%M")), False)]
    claimer = blocking_claimer(event, user, role)
    return [(tr("Claimed by"), tr("Being handled by {user}").format(user=claimer), True)] if claimer else []


def approval_row(a) -> Row:
    """One approval and its decision: "Extension · approved by supervisor: note"."""
    parts = [approval_status(a.status)]
    if a.until:
        parts.append(tr("until {time}").format(time=when(a.until)))
    parts.append(tr("asked by {user}: {reason}").format(user=a.requested_by, reason=a.reason))
    if a.status != "pending":
        decided = tr("decided by {user}").format(user=a.decided_by or "—")
        parts.append(f"{decided}: {a.note}" if a.note else decided)
    return (approval_kind(a.kind), " · ".join(parts), a.status == "denied")


def when(at, fmt: str = "%Y-%m-%d %H:%M") -> str:
    return at.astimezone(CST).strftime(fmt) if at else "—"
