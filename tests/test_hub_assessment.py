"""``query.assessment`` over a real hub (SQLite and PostgreSQL), against a hand-computed fixture.

Seven reports in two grids, each handled through the hub (all accepted now, tier small: due in 2 h):
g1: e1 urban, on time, followed up 5; e2 urban, returned once and failed verification once, then on
time, followed up 3; e3 justice, escalated to a 1 s deadline and done late; e7 accepted, then merged
into e1 (not judged). g2: e4 urban, accepted by the supervisor, not done; e5 reported only (no
deadline); e6 rejected. Score = 40 × on-time + 30 × close + 20 × (1 − rework) + 10 × (1 − extension).
"""
from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from commandcenter.domain import clock
from tests.hubkit import Peer
from tests.statskit import REPORT, Fixture, start_quiet_hub


class Desks:
    def __init__(self, desk, boss, urban, justice):
        self.desk, self.boss, self.urban, self.justice = desk, boss, urban, justice


async def _report(d: Desks, grid: str, category: str = "sanitation") -> int:
    return (await d.desk.ok({**REPORT, "grid_id": grid, "category": category}))["event_id"]


async def _dispatch(d: Desks, event_id: int, department: str) -> int:
    to = {"department": department}
    return (await d.desk.ok({"type": "order.dispatch", "event_id": event_id, "to": to}))["order_id"]


async def _done(d: Desks, event_id: int, seat: Peer, department: str = "urban") -> None:
    order = await _dispatch(d, event_id, department)
    await seat.ok({"type": "order.receive", "order_id": order})
    await seat.ok({"type": "order.complete", "order_id": order, "note": "done"})


async def _verify_and_rate(d: Desks, event_id: int, satisfaction: int) -> None:
    await d.desk.ok({"type": "event.verify", "event_id": event_id, "passed": True, "note": "ok"})
    await d.desk.ok({"type": "event.follow_up", "event_id": event_id, "satisfaction": satisfaction, "note": ""})


async def _accept(peer: Peer, event_id: int) -> None:
    await peer.ok({"type": "event.accept", "event_id": event_id, "tier": "small"})


async def _reworked_and_returned(d: Desks, e2: int) -> None:
    order = await _dispatch(d, e2, "urban")
    await d.urban.ok({"type": "order.return", "order_id": order, "reason": "不归我们管"})
    await _done(d, e2, d.urban)
    await d.desk.ok({"type": "event.verify", "event_id": e2, "passed": False, "note": "没修好"})
    await _done(d, e2, d.urban)
    await _verify_and_rate(d, e2, 3)


async def _late(d: Desks, e3: int) -> None:
    order = await _dispatch(d, e3, "justice")
    soon = (clock.now() + timedelta(seconds=1)).isoformat()
    await d.boss.ok({"type": "event.escalate", "event_id": e3, "note": "限时", "due_at": soon})
    await asyncio.sleep(1.3)
    await d.justice.ok({"type": "order.receive", "order_id": order})
    await d.justice.ok({"type": "order.complete", "order_id": order, "note": "late"})


async def build(hub) -> tuple[Fixture, Desks]:
    f = Fixture(hub)
    port = hub.port
    d = Desks(*[await Peer.login(port, u) for u in ("operator", "supervisor", "liaison.urban", "liaison.justice")])
    e1, e2, e3, e7 = [await _report(d, f.g1, c) for c in ("sanitation", "sanitation", "dispute", "sanitation")]
    e4, e5, e6 = [await _report(d, f.g2) for _ in range(3)]
    for event_id in (e1, e2, e3, e7):
        await _accept(d.desk, event_id)
    await _accept(d.boss, e4)
    await _dispatch(d, e4, "urban")
    await d.desk.ok({"type": "event.reject", "event_id": e6, "reason": "无效"})
    await d.desk.ok({"type": "event.merge", "event_id": e7, "into": e1})
    await _done(d, e1, d.urban)
    await _verify_and_rate(d, e1, 5)
    await _reworked_and_returned(d, e2)
    await _late(d, e3)
    assert e5  # reported only: no deadline, not judged
    return f, d


def window(f: Fixture, group_by: str, days: float = 1) -> dict:
    until = clock.now() + timedelta(days=days)
    return {"type": "query.assessment", "since": f.since.isoformat(), "until": until.isoformat(),
            "group_by": group_by}


URBAN = {"key": "urban", "should_close": 3, "closed": 2, "closed_on_time": 2, "reworked": 1, "extended": 0,
         "returned": 1, "avg_satisfaction": 4.0, "close_rate": 0.6667, "on_time_rate": 0.6667,
         "rework_rate": 0.3333, "extension_rate": 0.0, "score": 70.0, "grade": "C"}
JUSTICE = {"key": "justice", "should_close": 1, "closed": 1, "closed_on_time": 0, "reworked": 0, "extended": 0,
           "returned": 0, "avg_satisfaction": None, "close_rate": 1.0, "on_time_rate": 0.0, "rework_rate": 0.0,
           "extension_rate": 0.0, "score": 60.0, "grade": "C"}


@pytest.fixture
async def assessed(db_url):
    hub = await start_quiet_hub(db_url)
    f, d = await build(hub)
    yield f, d
    for peer in (d.desk, d.boss, d.urban, d.justice):
        await peer.close()
    await hub.stop()


async def test_by_department_matches_the_hand_computed_figures(assessed):
    f, d = assessed
    assert (await d.desk.ok(window(f, "department")))["rows"] == [JUSTICE, URBAN]


async def test_by_grid_and_by_operator(assessed):
    f, d = assessed
    grids = {r["key"]: r for r in (await d.desk.ok(window(f, "grid")))["rows"]}
    g1, g2 = grids[f.g1], grids[f.g2]
    assert (g1["should_close"], g1["closed"], g1["closed_on_time"], g1["score"], g1["grade"]) == (3, 3, 2, 80.0, "B")
    assert (g2["should_close"], g2["closed"], g2["score"], g2["grade"]) == (1, 0, 30.0, "E")
    operators = {r["key"]: (r["score"], r["grade"]) for r in (await d.desk.ok(window(f, "operator")))["rows"]}
    assert operators == {"operator": (80.0, "B"), "supervisor": (30.0, "E")}


@pytest.mark.parametrize(("group_by", "digits"), [("community", 12), ("street", 9), ("district", 6)])
async def test_areas_group_by_grid_code_prefix(assessed, group_by, digits):
    f, d = assessed
    rows = (await d.desk.ok(window(f, group_by)))["rows"]
    assert {r["key"] for r in rows} == {f.g1[:digits], f.g2[:digits]}
    assert sum(r["should_close"] for r in rows) == 4 and sum(r["closed_on_time"] for r in rows) == 2


async def test_the_period_is_by_deadline_and_a_liaison_sees_their_department(assessed):
    f, d = assessed
    soon = (await d.desk.ok(window(f, "department", days=1 / 1440)))["rows"]  # until now + 1 min: e3 only
    assert [(r["key"], r["should_close"]) for r in soon] == [("justice", 1)]
    assert (await d.urban.ok(window(f, "department")))["rows"] == [URBAN]


@pytest.mark.parametrize(("change", "fragment"), [
    ({"group_by": "category"}, "group_by"), ({"until": "2020-01-01T00:00:00+08:00"}, "since must be before until"),
])
async def test_bad_requests(assessed, change, fragment):
    f, d = assessed
    refused = await d.desk.request({**window(f, "grid"), **change})
    assert refused["code"] == "bad_request" and fragment in refused["message"]
