"""The seat, return-reason and watch-list rules on their own."""
from __future__ import annotations

from datetime import datetime, timedelta

import numpy as np
from msgspec.structs import replace

from commandcenter.domain import returns, seat, watch
from commandcenter.domain.clock import CST
from commandcenter.domain.entities import Event
from commandcenter.domain.watch import WatchList

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=CST)
NOW = T0.timestamp()


def event(**fields) -> Event:
    base = dict(id=1, code="SJ1", category="water_supply", title="t", description="", lat=39.6, lon=118.2,
                grid_id=None, source="hotline", reporter=None, severity=2, tier="small", status="dispatched",
                created_at=T0 - timedelta(hours=1), due_at=T0 + timedelta(hours=3), overdue=False,
                supervised=False, escalation_level=0, assignee=None, satisfaction=None, version=1)
    return Event(**{**base, **fields})


def test_other_needs_words_and_the_reason_keeps_both():
    assert not returns.is_complete("other", "  ") and returns.is_complete("other", "重复")
    assert returns.is_complete("duplicate", "") and not returns.is_complete("nonsense", "x")
    assert returns.compose("非本部门职责", " 属供电公司 ") == "非本部门职责: 属供电公司"
    assert len(returns.compose("x", "y" * 5000)) == returns.MAX_REASON_CHARS


def test_seat_lists_incoming_first_then_by_deadline():
    rows = [("received", NOW + 10, 1), ("issued", NOW + 99, 2), ("completed", NOW, 3), ("issued", NOW + 5, 4)]
    ordered = sorted(rows, key=lambda r: seat.queue_key(r[0], r[1], 0.0, r[2]))
    assert [r[2] for r in ordered] == [4, 2, 1, 3]


def test_seat_counts_open_overdue_incoming():
    counts = seat.count([("issued", NOW - 1), ("received", NOW + 60), ("completed", NOW - 99), ("issued", None)],
                        NOW)
    assert counts == seat.SeatCounts(open=3, overdue=1, incoming=2)


def test_completed_comes_from_the_stats_row_and_today_is_the_centres_day():
    assert seat.completed({"reported": 10, "rejected": 2, "resolved": 6}) == 6
    assert seat.completed({"reported": 0, "resolved": None}) == 0 and seat.completed(None) == 0
    start, end = seat.today(datetime(2026, 11, 23, 1, 0, tzinfo=CST) - timedelta(hours=8))  # 17:00 UTC
    assert start == datetime(2026, 11, 22, 0, 0, tzinfo=CST) and end - start == timedelta(days=1)


def test_watch_membership_rules():
    assert watch.lists_of(event(due_at=T0 - timedelta(minutes=1)), NOW) == {WatchList.OVERDUE}
    assert watch.lists_of(event(due_at=T0 + timedelta(minutes=59)), NOW) == {WatchList.DUE_SOON}
    assert watch.lists_of(event(status="resolved", due_at=T0 - timedelta(hours=1)), NOW) == set()
    assert WatchList.RETURNED not in watch.lists_of(event(returns=1), NOW)
    assert WatchList.RETURNED in watch.lists_of(event(returns=2), NOW)
    assert WatchList.FAILED_VERIFICATION in watch.lists_of(event(status="accepted", verify_failures=1), NOW)
    assert watch.lists_of(event(status="followed_up", satisfaction=2), NOW) == {WatchList.LOW_SATISFACTION}
    assert watch.lists_of(event(status="followed_up", satisfaction=3), NOW) == set()


def test_column_masks_agree_with_the_rule_per_event():
    rng = np.random.default_rng(7)
    statuses = ["reported", "accepted", "dispatched", "in_progress", "resolved", "verified"]
    events = [event(id=i, status=str(rng.choice(statuses)), overdue=bool(rng.random() < 0.1),
                    due_at=None if rng.random() < 0.1 else T0 + timedelta(seconds=float(rng.uniform(-7200, 7200))))
              for i in range(1, 400)]
    running = np.array([e.status in ("accepted", "dispatched", "in_progress") for e in events])
    due = np.array([e.due_at.timestamp() if e.due_at else np.nan for e in events])
    masks = watch.timed_masks(running, due, np.array([e.overdue for e in events]), NOW)
    for kind in watch.TIMED:
        assert masks[kind].tolist() == [kind in watch.lists_of(e, NOW) for e in events]


def test_most_pressing_first():
    late, later = event(id=1, due_at=T0 - timedelta(hours=2)), event(id=2, due_at=T0 - timedelta(hours=1))
    assert watch.sort_key(WatchList.OVERDUE, late) < watch.sort_key(WatchList.OVERDUE, later)
    assert watch.sort_key(WatchList.RETURNED, replace(later, returns=3)) < watch.sort_key(
        WatchList.RETURNED, replace(late, returns=2))
