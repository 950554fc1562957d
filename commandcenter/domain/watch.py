"""Supervision watch lists (督查督办): which open events a supervisor must look at, and in what order.

Membership of one event is :func:`lists_of`; the two lists that move with the clock (overdue,
due within the hour) are also given column-wise by :func:`timed_masks`, so a desk can re-check
every event once a tick without a loop. Both agree (tested).
"""
from __future__ import annotations

import math
from datetime import datetime
from enum import StrEnum

import numpy as np

from .codes import CLOCK_RUNNING_STATUSES, CLOSED_EVENT_STATUSES, EventStatus as S

#: "due soon": the deadline falls within this many seconds
DUE_SOON_S = 3600
#: "returned more than once"
RETURNS_AT_LEAST = 2
#: "failed verification"
VERIFY_FAILURES_AT_LEAST = 1
#: "low satisfaction": a follow-up call scored at most this (of 5)
LOW_SATISFACTION_AT_MOST = 2

#: statuses in which a case that bounced back is still not settled (before the handler reports done)
UNSETTLED = frozenset({S.REPORTED, S.ACCEPTED, S.DISPATCHED, S.IN_PROGRESS})
#: statuses in which a failed verification is still not made good (not yet verified since)
REWORK = UNSETTLED | {S.RESOLVED}


class WatchList(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    RETURNED = "returned"
    FAILED_VERIFICATION = "failed_verification"
    LOW_SATISFACTION = "low_satisfaction"


WATCH_LISTS: tuple[WatchList, ...] = tuple(WatchList)
#: the lists whose membership changes with time alone
TIMED = frozenset({WatchList.OVERDUE, WatchList.DUE_SOON})


def _epoch(at: datetime | None) -> float | None:
    return None if at is None else at.timestamp()


def lists_of(event, now: float) -> frozenset[WatchList]:
    """The watch lists an event belongs to at ``now`` (epoch seconds)."""
    if event.status in CLOSED_EVENT_STATUSES:
        return frozenset()
    due = _epoch(event.due_at)
    running = event.status in CLOCK_RUNNING_STATUSES and due is not None
    found = set()
    if running and (now > due or event.overdue):
        found.add(WatchList.OVERDUE)
    elif running and due - now <= DUE_SOON_S:
        found.add(WatchList.DUE_SOON)
    if event.returns >= RETURNS_AT_LEAST and event.status in UNSETTLED:
        found.add(WatchList.RETURNED)
    if event.verify_failures >= VERIFY_FAILURES_AT_LEAST and event.status in REWORK:
        found.add(WatchList.FAILED_VERIFICATION)
    if event.satisfaction is not None and event.satisfaction <= LOW_SATISFACTION_AT_MOST:
        found.add(WatchList.LOW_SATISFACTION)
    return frozenset(found)


def timed_masks(running: np.ndarray, due: np.ndarray, overdue: np.ndarray, now: float) -> dict[WatchList, np.ndarray]:
    """The overdue and due-soon lists over columns: clock running (bool), due (epoch s, NaN unset), the
    hub's overdue flag (bool)."""
    has_due = running & ~np.isnan(due)
    with np.errstate(invalid="ignore"):
        late = has_due & ((now > due) | overdue)
        soon = has_due & ~late & (due - now <= DUE_SOON_S)
    return {WatchList.OVERDUE: late, WatchList.DUE_SOON: soon}


def sort_key(watch: WatchList, event) -> tuple:
    """Most pressing first: the longest overdue, the nearest deadline, the most returns or failures,
    the lowest score; ties by id."""
    due = _epoch(event.due_at)
    due = math.inf if due is None else due
    if watch is WatchList.RETURNED:
        return -event.returns, due, event.id
    if watch is WatchList.FAILED_VERIFICATION:
        return -event.verify_failures, due, event.id
    if watch is WatchList.LOW_SATISFACTION:
        return event.satisfaction or 0, event.id
    return due, event.id
