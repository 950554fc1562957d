"""``query.stats`` over a real hub (SQLite and PostgreSQL): a hand-built fixture with known outcomes,
the closed-loop rate, the ``day`` and ``grid_category`` groupings, and the requests it refuses."""
from __future__ import annotations

import asyncio
from datetime import datetime, timedelta

import pytest

from commandcenter.domain import clock
from commandcenter.store import schema as t
from commandcenter.store.queries import event_stats
from commandcenter.store.store import Store
from tests.hubkit import Peer

REPORT = {"type": "event.report", "title": "考核样例", "description": "fixture", "lat": 39.63, "lon": 118.18,
          "source": "hotline", "severity": 2, "reporter": "王女士"}


class Fixture:
    """Six events reported through the hub in two grids (see :func:`build`), and the period around them."""

    def __init__(self, hub) -> None:
        self.hub = hub
        proper = sorted(g.id for g in hub.state.grids.values() if g.kind == "comprehensive")
        self.g1, self.g2 = proper[0], proper[1]
        self.worker = next(w.id for w in hub.book.records)
        self.since = clock.now() - timedelta(seconds=1)

    def window(self, group_by: str | None = None) -> dict:
        until = clock.now() + timedelta(minutes=1)
        frame = {"type": "query.stats", "since": self.since.isoformat(), "until": until.isoformat()}
        return {**frame, "group_by": group_by} if group_by else frame


async def _report(desk: Peer, grid: str, category: str, **more) -> int:
    return (await desk.ok({**REPORT, "grid_id": grid, "category": category, **more}))["event_id"]


async def _handle(desk: Peer, handler: Peer, event_id: int, to: dict) -> None:
    await desk.ok({"type": "event.accept", "event_id": event_id, "tier": "small"})
    order_id = (await desk.ok({"type": "order.dispatch", "event_id": event_id, "to": to}))["order_id"]
    await handler.ok({"type": "order.receive", "order_id": order_id})
    await handler.ok({"type": "order.complete", "order_id": order_id, "note": "done"})


async def _close(desk: Peer, event_id: int, satisfaction: int, archive: bool) -> None:
    await desk.ok({"type": "event.verify", "event_id": event_id, "passed": True, "note": "ok"})
    await desk.ok({"type": "event.follow_up", "event_id": event_id, "satisfaction": satisfaction, "note": ""})
    if archive:
        await desk.ok({"type": "event.archive", "event_id": event_id})


async def build(hub) -> tuple[Fixture, Peer]:
    """g1: e1 sanitation on time, archived, 5 stars; e2 sanitation on time by a worker, followed up 3;
    e3 dispute resolved late (escalated to a 1 s deadline); e6 sanitation handled on the spot.
    g2: e4 sanitation rejected; e5 dispute accepted only (deadline ahead: not judged)."""
    f = Fixture(hub)
    desk, boss = await Peer.login(hub.port, "operator"), await Peer.login(hub.port, "supervisor")
    seat, field = await Peer.login(hub.port, "liaison.urban"), await Peer.login(hub.port, f.worker)
    justice = await Peer.login(hub.port, "liaison.justice")
    e1, e2, e3 = [await _report(desk, f.g1, c) for c in ("sanitation", "sanitation", "dispute")]
    e4, e5 = await _report(desk, f.g2, "sanitation"), await _report(desk, f.g2, "dispute")
    await _report(desk, f.g1, "sanitation", handled_on_spot=True)
    await _handle(desk, seat, e1, {"department": "urban"})
    await _close(desk, e1, 5, archive=True)
    await _handle(desk, field, e2, {"worker_id": f.worker})
    await _close(desk, e2, 3, archive=False)
    await desk.ok({"type": "event.reject", "event_id": e4, "reason": "无效"})
    await desk.ok({"type": "event.accept", "event_id": e5, "tier": "small"})
    await _late(desk, boss, justice, e3)
    for peer in (boss, seat, field, justice):
        await peer.close()
    return f, desk


async def _late(desk: Peer, boss: Peer, handler: Peer, event_id: int) -> None:
    await desk.ok({"type": "event.accept", "event_id": event_id, "tier": "small"})
    order_id = (await desk.ok({"type": "order.dispatch", "event_id": event_id, "to": {"department": "justice"}}))[
        "order_id"]
    soon = (clock.now() + timedelta(seconds=1)).isoformat()
    await boss.ok({"type": "event.escalate", "event_id": event_id, "note": "限时", "due_at": soon})
    await asyncio.sleep(1.3)
    await handler.ok({"type": "order.receive", "order_id": order_id})
    await handler.ok({"type": "order.complete", "order_id": order_id, "note": "late"})


TOTALS = {"reported": 6, "rejected": 1, "valid": 5, "resolved": 4, "archived": 1, "judged": 3, "on_time": 2,
          "rated": 2, "completion_rate": 0.8, "on_time_rate": 0.6667, "closed_loop_rate": 0.2,
          "avg_satisfaction": 4.0}


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


async def test_day_grouping_keys_rows_by_the_centre_day(hub):
    f, desk = await build(hub)
    rows = (await desk.ok(f.window("day")))["rows"]
    today = clock.now().date().isoformat()
    if len(rows) == 1:  # (two rows only if the fixture straddled centre midnight)
        assert rows[0]["key"] == today and _figures(rows[0]) == TOTALS
    assert sum(r["reported"] for r in rows) == 6 and all(len(r["key"]) == 10 for r in rows)
    await desk.close()


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
