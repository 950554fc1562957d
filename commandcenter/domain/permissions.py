"""Who may send which command: role x command x own/other department (or worker).

``own`` is whether the command's target order is assigned to the sender's department
(a liaison) or to the sender (a worker); commands that do not target an order ignore it.
"""
from __future__ import annotations

from .codes import DESK_ROLES, Role
from .errors import forbidden

DESKS = frozenset({Role.OPERATOR, Role.SUPERVISOR})
RECEIVERS = frozenset({Role.WORKER, Role.LIAISON})

#: command type -> roles that may send it
COMMAND_ROLES: dict[str, frozenset[Role]] = {
    "event.report": frozenset({Role.WORKER, Role.OPERATOR, Role.SUPERVISOR}),
    "event.accept": DESKS,
    "event.update": DESKS,
    "event.reject": DESKS,
    "order.dispatch": DESKS,
    "order.receive": RECEIVERS,
    "order.return": RECEIVERS,
    "order.progress": RECEIVERS,
    "order.complete": RECEIVERS,
    "event.verify": DESKS,
    "event.follow_up": DESKS,
    "event.archive": DESKS,
    "event.supervise": frozenset({Role.SUPERVISOR}),
    "event.escalate": frozenset({Role.SUPERVISOR}),
    "alert.broadcast": DESKS,
    "video.report": frozenset({Role.GATEWAY}),
    "query.events": DESK_ROLES,
    "grids.get": DESK_ROLES,
    "query.stats": DESK_ROLES,
    # Practice: approvals (the kind decides who of these, see domain.approvals), cancel, claims
    "approval.request": DESKS | RECEIVERS,
    "approval.decide": frozenset({Role.SUPERVISOR}),
    "order.cancel": DESKS,
    "event.claim": DESKS,
    "event.release": DESKS,
    # PROTOCOL.md "Levels and the field"; the level rule is domain.levels
    "event.delegate": DESKS,
    "sos": frozenset({Role.WORKER}),
    "sos.ack": DESKS,
    # (Practice) duplicates and assessment
    "event.merge": DESKS,
    "query.duplicates": DESK_ROLES,
    "query.assessment": DESK_ROLES,
    "query.orders": DESK_ROLES,
    "query.track": frozenset({Role.SUPERVISOR, Role.OPERATOR, Role.ADMIN}),
    "query.coverage": DESK_ROLES,
}

#: commands whose target is an order that must be the sender's own
OWN_ORDER_COMMANDS = frozenset({"order.receive", "order.return", "order.progress", "order.complete"})

#: commands that change no state: a wall may send these
QUERIES = frozenset({"query.events", "grids.get", "query.stats", "query.track", "query.coverage",
                     "query.duplicates", "query.assessment", "query.orders"})


def may(role: str, command: str, *, own: bool = True) -> bool:
    """Whether ``role`` may send ``command`` (on its own or another's order)."""
    roles = COMMAND_ROLES.get(command)
    if roles is None or role not in roles:
        return False
    return own or command not in OWN_ORDER_COMMANDS


def check(role: str, command: str, *, own: bool = True) -> None:
    """Raise ``forbidden`` unless :func:`may`."""
    if not may(role, command, own=own):
        if command in OWN_ORDER_COMMANDS and role in RECEIVERS and not own:
            raise forbidden(f"this order is not assigned to you ({command})")
        raise forbidden(f"role {role} may not send {command}")


def is_state_changing(command: str) -> bool:
    return command in COMMAND_ROLES and command not in QUERIES
