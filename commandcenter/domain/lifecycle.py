"""The event and order life cycle as one explicit state machine.

Every transition of PROTOCOL.md is a row of a table; anything not in a table is refused
with ``conflict``. The hub applies these, and the desktop asks ``allowed_actions`` which
buttons to offer, so the rule lives here once.
"""
from __future__ import annotations

from enum import StrEnum

from .codes import ANONYMOUS_SOURCES, EventStatus as S, OrderStatus as O
from .errors import conflict


class Action(StrEnum):
    ACCEPT = "accept"
    REJECT = "reject"
    DISPATCH = "dispatch"      # first dispatch, or transfer (转派) of an open order
    RECEIVE = "receive"
    RETURN = "return"
    COMPLETE = "complete"
    CANCEL = "cancel"
    VERIFY_PASS = "verify_pass"
    VERIFY_FAIL = "verify_fail"
    FOLLOW_UP = "follow_up"
    ARCHIVE = "archive"
    SUPERVISE = "supervise"
    ESCALATE = "escalate"


#: (event status, action) -> event status after
EVENT_TRANSITIONS: dict[tuple[S, Action], S] = {
    (S.REPORTED, Action.ACCEPT): S.ACCEPTED,
    (S.REPORTED, Action.REJECT): S.REJECTED,
    (S.ACCEPTED, Action.DISPATCH): S.DISPATCHED,
    (S.DISPATCHED, Action.DISPATCH): S.DISPATCHED,
    (S.IN_PROGRESS, Action.DISPATCH): S.DISPATCHED,
    (S.DISPATCHED, Action.RECEIVE): S.IN_PROGRESS,
    (S.DISPATCHED, Action.RETURN): S.ACCEPTED,
    (S.IN_PROGRESS, Action.RETURN): S.ACCEPTED,
    (S.IN_PROGRESS, Action.COMPLETE): S.RESOLVED,
    (S.DISPATCHED, Action.CANCEL): S.ACCEPTED,
    (S.IN_PROGRESS, Action.CANCEL): S.ACCEPTED,
    (S.RESOLVED, Action.VERIFY_PASS): S.VERIFIED,
    (S.RESOLVED, Action.VERIFY_FAIL): S.ACCEPTED,
    (S.VERIFIED, Action.FOLLOW_UP): S.FOLLOWED_UP,
    (S.FOLLOWED_UP, Action.ARCHIVE): S.ARCHIVED,
    (S.VERIFIED, Action.ARCHIVE): S.ARCHIVED,  # only with nobody to call back, see below
}

#: statuses in which supervisors may supervise or escalate: the case is still open
SUPERVISABLE = frozenset({S.REPORTED, S.ACCEPTED, S.DISPATCHED, S.IN_PROGRESS, S.RESOLVED})

#: (order status, action) -> order status after
ORDER_TRANSITIONS: dict[tuple[O, Action], O] = {
    (O.ISSUED, Action.RECEIVE): O.RECEIVED,
    (O.ISSUED, Action.RETURN): O.RETURNED,
    (O.RECEIVED, Action.RETURN): O.RETURNED,
    (O.RECEIVED, Action.COMPLETE): O.COMPLETED,
    (O.ISSUED, Action.CANCEL): O.CANCELLED,
    (O.RECEIVED, Action.CANCEL): O.CANCELLED,
}

#: progress notes may be added to any open order
PROGRESS_ALLOWED = frozenset({O.ISSUED, O.RECEIVED})

#: statuses whose event and order actions are the handler's (the order's receiver)
RECEIVER_ACTIONS = frozenset({Action.RECEIVE, Action.RETURN, Action.COMPLETE})


def can_archive_unfollowed(source: str, reporter: str | None) -> bool:
    """A verified event skips the call-back only when nobody can be called back."""
    return source in ANONYMOUS_SOURCES and not reporter


def event_next(status: str, action: Action, *, source: str = "", reporter: str | None = None) -> S:
    """The event status after ``action``; ``conflict`` when the life cycle does not allow it."""
    after = EVENT_TRANSITIONS.get((S(status), action))
    if after is None or (
        status == S.VERIFIED
        and action is Action.ARCHIVE
        and not can_archive_unfollowed(source, reporter)
    ):
        raise conflict(f"cannot {action.value} an event that is {status}")
    return after


def order_next(status: str, action: Action) -> O:
    after = ORDER_TRANSITIONS.get((O(status), action))
    if after is None:
        raise conflict(f"cannot {action.value} an order that is {status}")
    return after


def check_progress(status: str) -> None:
    if status not in PROGRESS_ALLOWED:
        raise conflict(f"cannot add progress to an order that is {status}")


def check_supervisable(status: str) -> None:
    if status not in SUPERVISABLE:
        raise conflict(f"cannot supervise an event that is {status}")


def allowed_event_actions(status: str, *, source: str = "", reporter: str | None = None) -> list[Action]:
    """The actions an operator may take on an event in ``status`` (for the desktop's buttons)."""
    actions = [a for (s, a) in EVENT_TRANSITIONS if s == status]
    if status == S.VERIFIED and not can_archive_unfollowed(source, reporter):
        actions.remove(Action.ARCHIVE)
    if status in SUPERVISABLE:
        actions += [Action.SUPERVISE, Action.ESCALATE]
    return [a for a in actions if a not in RECEIVER_ACTIONS]


def allowed_order_actions(status: str) -> list[Action]:
    """The actions an order's receiver may take on an order in ``status``."""
    return [a for (s, a) in ORDER_TRANSITIONS if s == status and a in RECEIVER_ACTIONS]
