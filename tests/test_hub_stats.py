"""``query.stats`` over a real hub (SQLite and PostgreSQL): a hand-built fixture with known outcomes,
the closed-loop rate, the ``day`` and ``grid_category`` groupings, and the requests it refuses."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from commandcenter.domain import clock
from commandcenter.store import schema as t
from commandcenter.store.queries import event_stats
from commandcenter.store.store import Store
from tests.hubkit import Peer
from tests.statskit import TOTALS, build, start_quiet_hub


def _figures(row: dict) -> dict:
    return {k: row[k] for k in TOTALS}


async def test_totals_and_closed_loop_rate_match_the_fixture(hub):
    f, desk = await build(hub)
    rows = (await desk.ok(f.window()))["rows"]
    assert len(rows) == 1 and rows[0]["key"] is None
    assert _figures(rows[0]) == TOTALS and rows[0]["accepted"] == 4
    by_worker = {r["key"]: r for r in (await desk.ok(f.window("worker")))["rows"]}
    assert _figures(by_worker[f.worker])["on_time_rate"] == 1.0 and by_worker[f.worker]["avg_satisfaction"] == 3.0
    await desk.close()


async def test_resolved_basis_counts_what_was_resolved_in_the_period(hub):
    f, desk = await build(hub)
    reported = (await desk.ok(f.window()))["rows"][0]
    resolved = (await desk.ok({**f.window(), "period_of": "resolved"}))["rows"][0]
    assert resolved["reported"] == resolved["resolved"] == reported["resolved"] < reported["reported"]
    past = {"since": "2020-01-01T00:00:00+08:00", "until": "2021-01-01T00:00:00+08:00", "period_of": "resolved"}
    assert (await desk.ok({"type": "query.stats", **past}))["rows"][0]["reported"] == 0
    await desk.close()


async def test_day_grouping_keys_rows_by_the_centre_day(hub):
    f, desk = await build(hub)
    rows = (await desk.ok(f.window("day")))["rows"]
    today = clock.now().date().isoformat()
    if len(rows) == 1:  # (two rows only if the fixture straddled centre midnight)
        assert rows[0]["key"] == today and _figures(rows[0]) == TOTALS
    assert sum(r["reported"] for r in rows) == 6 and all(len(r["key"]) == 10 for r in rows)
    await desk.close()


async def test_a_week_by_day_has_rows_only_for_days_with_reports(db_url):
    hub = await start_quiet_hub(db_url)
    f, desk = await build(hub)
    today = clock.now().replace(hour=0, minute=0, second=0, microsecond=0)
    frame = {**f.window("day"), "since": (today - timedelta(days=6)).isoformat(),
             "until": (today + timedelta(days=1)).isoformat()}
    rows = (await desk.ok(frame))["rows"]
    assert [r["key"] for r in rows] == [today.date().isoformat()] and _figures(rows[0]) == TOTALS
    await desk.close()
    await hub.stop()


async def test_grid_category_grouping_counts_each_pair(hub):
    f, desk = await build(hub)
    rows = (await desk.ok(f.window("grid_category")))["rows"]
    pairs = {tuple(r["key"]): r["reported"] for r in rows}
    assert pairs == {(f.g1, "sanitation"): 3, (f.g1, "dispute"): 1, (f.g2, "sanitation"): 1,
                     (f.g2, "dispute"): 1}
    late = next(r for r in rows if r["key"] == [f.g1, "dispute"])
    assert (late["judged"], late["on_time"], late["on_time_rate"]) == (1, 0, 0.0)
    await desk.close()


JAN, FEB = "2026-01-01T00:00:00+08:00", "2026-02-01T00:00:00+08:00"


@pytest.mark.parametrize(("fields", "fragment"), [
    ({"since": JAN, "until": FEB, "group_by": "week"}, "group_by"),
    ({"since": FEB, "until": JAN}, "since must be before until"),
    ({"since": JAN, "until": JAN}, "since must be before until"),
    ({"since": "2024-01-01T00:00:00+08:00", "until": FEB, "group_by": "day"}, "at most 366 days"),
    ({"since": "2026-01-01T00:00:00", "until": FEB}, "since"),
    ({"since": JAN, "until": FEB, "period_of": "closed"}, "period_of"),
])
async def test_bad_stats_requests_are_bad_request(hub, fields, fragment):
    desk = await Peer.login(hub.port, "operator")
    answer = await desk.request({"type": "query.stats", **fields})
    assert answer["type"] == "error" and answer["code"] == "bad_request" and fragment in answer["message"]
    await desk.close()


async def test_a_long_period_by_grid_is_still_answered(hub):
    desk = await Peer.login(hub.port, "operator")
    rows = (await desk.ok({"type": "query.stats", "since": "2000-01-01T00:00:00+08:00",
                           "until": "2100-01-01T00:00:00+08:00", "group_by": "grid"}))["rows"]
    assert sum(r["reported"] for r in rows) > 0
    await desk.close()


def _insert(store: Store, event_id: int, at: datetime, status: str = "reported") -> None:
    row = {"id": event_id, "code": f"E{event_id}", "category": "other", "source": "hotline", "status": status,
           "severity": 1, "title": "t", "description": "d", "created_ms": int(at.timestamp() * 1000),
           "version": 1, "data": "{}"}
    with store.engine.begin() as conn:
        conn.execute(t.events.insert(), [row])


def test_day_buckets_split_at_centre_midnight_not_utc(db_url):
    store = Store(db_url)
    store.migrate()
    for n, (day, hour) in enumerate([(1, 7), (1, 23), (2, 0), (2, 9), (4, 12)], start=1):
        _insert(store, n, datetime(2026, 3, day, hour, 30, tzinfo=clock.CST))
    since, until = datetime(2026, 3, 1, tzinfo=clock.CST), datetime(2026, 3, 5, tzinfo=clock.CST)
    rows = event_stats(store.engine, since, until, "day")
    assert [(r["key"], r["reported"]) for r in rows] == [("2026-03-01", 2), ("2026-03-02", 2), ("2026-03-04", 1)]
    store.close()
