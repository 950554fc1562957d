"""The deadline sweep: ``python -m bench sweep`` (goal: ≤ 100 ms per pass for 100,000 open events,
no full scan per pass).

100,000 open events in hand (dispatched), each with an open order: the event's and the order's
handle deadlines spread over the next 100 hours, and half the orders still to be signed for, their
sign deadlines over the same hours. So 250,000 due times in the hub's due-time indexes
(:class:`~commandcenter.service.clocks.DueIndex`). A pass is what the hub runs when its sweep finds
something due (``net/hub.py`` ``_flip_overdue``: :func:`~commandcenter.service.clocks.flip_due` and
the resumption of suspended clocks, in one unit of work with its journal entries); the commit of
those entries is the committer's, as for any command. Measured: passes one hour apart (about 1 %
of the deadlines fall due each time, flipped, each with a delta), and an idle pass (nothing due:
the hub's every-5-seconds check, and a pass run anyway). Each is set against a scan in Python of
every open event's and order's due times (what the heap spares the sweep).
"""
from __future__ import annotations

import gc
import random
import statistics
import time
from datetime import datetime, timedelta

from commandcenter.domain.clock import CST
from commandcenter.domain.entities import Assignee, Event, Order
from commandcenter.policy_file import default_policy
from commandcenter.service.approvals import resume_suspended
from commandcenter.service.clocks import flip_due
from commandcenter.service.state import HubState
from commandcenter.service.unit import Unit

from .common import record

OPEN_EVENTS = 100_000
SPREAD_H = 100
T0 = datetime(2026, 11, 23, 9, 0, tzinfo=CST)


def _case(rng: random.Random, i: int) -> tuple[Event, Order]:
    due = T0 + timedelta(seconds=rng.randrange(SPREAD_H * 3600))
    issued = T0 - timedelta(hours=1)
    event = Event(id=i, code=f"S{i}", category="sanitation", title="t", description="", lat=39.63, lon=118.18,
                  grid_id=None, source="worker", reporter=None, severity=2, tier="small", status="dispatched",
                  created_at=issued, due_at=due, overdue=False, supervised=False, escalation_level=0,
                  assignee=Assignee(department="urban_management"), satisfaction=None, version=3,
                  accepted_at=issued)
    signed = i % 2 == 0
    order = Order(id=i, event_id=i, assignee=Assignee(department="urban_management"),
                  status="received" if signed else "issued", issued_at=issued, due_at=due, notes=(), version=1,
                  sign_due_at=None if signed else T0 + timedelta(seconds=rng.randrange(SPREAD_H * 3600)),
                  received_at=issued if signed else None)
    return event, order


def live_state(count: int = OPEN_EVENTS) -> HubState:
    rng = random.Random(21)
    events, orders = zip(*(_case(rng, i) for i in range(1, count + 1)), strict=True)
    state = HubState()
    state.load(events, orders, [], [], [], [], [])
    gc.collect()  # as the hub does with the state it loads (net/hub.py: _settle_heap)
    gc.freeze()
    return state


def sweep_pass(state: HubState, now: datetime, policy) -> tuple[float, int]:
    """One pass as the hub's committer runs it: (milliseconds, deltas)."""
    began = time.perf_counter()
    unit = Unit(state, now)
    if state.any_due(now):
        flip_due(unit)
        resume_suspended(unit, policy)
    return (time.perf_counter() - began) * 1000, len(unit.journal)


def full_scan(state: HubState, now: datetime) -> float:
    """What the heap avoids: every open event's and order's due times looked at, in Python."""
    began = time.perf_counter()
    late = [e.id for e in state.events.items.values() if e.due_at is not None and not e.overdue and e.due_at < now]
    late += [o.id for o in state.orders.items.values() if o.due_at is not None and not o.overdue and o.due_at < now]
    late += [o.id for o in state.orders.items.values()
             if o.sign_due_at is not None and not o.sign_overdue and o.sign_due_at < now]
    return (time.perf_counter() - began) * 1000


def bench(count: int = OPEN_EVENTS, passes: int = 5) -> dict[str, float]:
    policy = default_policy()
    state = live_state(count)
    watched = len(state.event_due) + len(state.order_due) + len(state.sign_due)
    print(f"deadline sweep: {count:,} open events with {count:,} open orders ({watched:,} due times indexed)")
    busy, deltas, scans = [], [], []
    for hour in range(1, passes + 1):
        now = T0 + timedelta(hours=hour)
        ms, flipped = sweep_pass(state, now, policy)
        busy.append(ms)
        deltas.append(flipped)
        scans.append(full_scan(state, now))
    idle_now = T0 + timedelta(hours=passes)
    idle = min(sweep_pass(state, idle_now, policy)[0] for _ in range(20))
    scan = statistics.median(scans)
    pass_ms = statistics.median(busy)
    record(f"pass with ~1 % due (median of {passes}; ~{statistics.median(deltas):,.0f} flips) (ms)",
           f"{pass_ms:.1f} (worst {max(busy):.1f}) {'met' if max(busy) <= 100 else 'MISSED'} (goal <= 100)")
    record("idle pass, nothing due (ms)", f"{idle:.4f}")
    record(f"full scan of the {watched:,} due times in Python (ms)", f"{scan:.1f}")
    record("pass with ~1 % due / full scan", f"{pass_ms / scan:.2f}x")
    record("idle pass / full scan", f"{idle / scan:.6f}x")
    return {"pass_ms": pass_ms, "worst_ms": max(busy), "idle_ms": idle, "scan_ms": scan}


if __name__ == "__main__":
    bench()
