"""Human names for the practice's codes (PROTOCOL.md "Practice"): approval kinds and decisions."""
from __future__ import annotations

from commandcenter.i18n import tr


def approval_kind(kind: str) -> str:
    return {"extension": tr("Extension", "Approval"), "suspend": tr("Suspension", "Approval"),
            "park": tr("Park", "Approval"), "void": tr("Void", "Approval")}.get(kind, kind)


def approval_status(status: str) -> str:
    return {"pending": tr("pending", "Approval"), "approved": tr("approved", "Approval"),
            "denied": tr("denied", "Approval")}.get(status, status)


def approval_state(approval) -> str:
    """"Extension pending", "Suspension denied"… as one short phrase."""
    return tr("{kind} {status}", "Approval").format(kind=approval_kind(approval.kind),
                                                   status=approval_status(approval.status))
