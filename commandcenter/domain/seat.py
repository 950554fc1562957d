"""The department seat's rules (席位制): which orders are incoming or overdue, how the seat's list is
ordered, and how its counters are read from the hub's statistics."""
from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from .clock import CST
from .codes import OPEN_ORDER_STATUSES, OrderStatus


def is_incoming(status: str) -> bool:
    """Issued but not yet signed for (签收): the seat must act on it."""
    return status == OrderStatus.ISSUED


def is_open(status: str) -> bool:
    return status in OPEN_ORDER_STATUSES


def order_overdue(status: str, due: float | None, now: float) -> bool:
    """An open order past its deadline (epoch seconds); the hub's own flag may lag by a minute."""
    return is_open(status) and due is not None and now > due


def queue_key(status: str, due: float | None, issued: float, order_id: int) -> tuple:
    """The seat's list: incoming first, then the other open orders, then closed ones; each by deadline."""
    group = 0 if is_incoming(status) else 1 if is_open(status) else 2
    return group, math.inf if due is None else due, issued, order_id


@dataclass(frozen=True)
class SeatCounts:
    open: int = 0
    overdue: int = 0
    incoming: int = 0


def count(orders: Iterable[tuple[str, float | None]], now: float) -> SeatCounts:
    """Counters over ``(status, due)`` of the department's orders."""
    open_ = overdue = incoming = 0
    for status, due in orders:
        open_ += is_open(status)
        overdue += order_overdue(status, due, now)
        incoming += is_incoming(status)
    return SeatCounts(open_, overdue, incoming)


def today(now: datetime) -> tuple[datetime, datetime]:
    """The centre's calendar day holding ``now``: [midnight, next midnight) in China Standard Time."""
    start = datetime.combine(now.astimezone(CST).date(), time(), CST)
    return start, start + timedelta(days=1)


def completed(row: dict | None) -> int:
    """Cases completed in the period of a ``query.stats`` row asked with ``period_of: "resolved"``."""
    return int(row.get("resolved") or 0) if row else 0
