"""The practice's actions on a case beside the life cycle's (PROTOCOL.md "Practice"): cancel the open
order, ask a supervisor to park or void the case, merge it into a duplicate candidate.

Which are offered comes from the domain's rules (who may ask for what, in which state) and the
desk's permissions, never from the view.
"""
from __future__ import annotations

from enum import StrEnum

from commandcenter.domain import approvals as rules, permissions
from commandcenter.domain.codes import OPEN_ORDER_STATUSES
from commandcenter.domain.errors import CommandError
from commandcenter.i18n import tr


class CaseAction(StrEnum):
    CANCEL_ORDER = "cancel_order"
    PARK = "park"
    VOID = "void"


def case_action_names() -> dict[CaseAction, str]:
    return {CaseAction.CANCEL_ORDER: tr("Cancel order"), CaseAction.PARK: tr("Request park"),
            CaseAction.VOID: tr("Request void")}


def open_order(orders):
    """The case's open order (issued or received), if any."""
    return next((o for o in orders if o.status in OPEN_ORDER_STATUSES), None)


def pending_kinds(approvals) -> set[str]:
    return {a.kind for a in approvals if a.status == rules.ApprovalStatus.PENDING}


def may_request(kind: str, event, role: str, approvals, *, own_order: bool = False) -> bool:
    """Whether ``role`` may ask for ``kind`` on ``event`` now: the domain's requester and state
    rules, and no request of that kind pending already."""
    if not permissions.may(role, "approval.request") or kind in pending_kinds(approvals):
        return False
    try:
        rules.check_requester(kind, role, own_order=own_order)
        rules.check_state(kind, event.status, parked=event.parked, suspended_until=event.suspended_until)
    except CommandError:
        return False
    return True


def offered_case_actions(event, orders, approvals, role: str) -> list[CaseAction]:
    if event is None:
        return []
    offered = []
    if open_order(orders) is not None and permissions.may(role, "order.cancel"):
        offered.append(CaseAction.CANCEL_ORDER)
    offered += [CaseAction(k) for k in (CaseAction.PARK, CaseAction.VOID) if may_request(k, event, role, approvals)]
    return offered
