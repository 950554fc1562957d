"""The demo city (commandcenter.sim.city): area tree, geometry, workers, the day's cases, the archive."""
from __future__ import annotations

import itertools
import re
import time
from collections import defaultdict
from datetime import datetime

import msgspec
import pytest
import shapely
from shapely.geometry import Polygon

from commandcenter.domain.clock import CST
from commandcenter.domain.codes import DEPARTMENTS, EventStatus, event_code
from commandcenter.domain.deadlines import TIER_LIMITS
from commandcenter.domain.routing import ROUTING
from commandcenter.sim.city import City, build_city

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=CST)
DIGITS = {"district": 6, "street": 9, "community": 12, "comprehensive": 15, "exclusive": 15, "special": 15}
OPEN = {"issued", "received"}


@pytest.fixture(scope="module", params=["tiny", "default"])
def city(request) -> City:
    return build_city(request.param, now=NOW)


@pytest.fixture(scope="module")
def default() -> City:
    return build_city("default", now=NOW)


def _shapes(city: City) -> dict[str, Polygon]:
    return {g.id: Polygon(g.polygon) for g in city.grids}


def test_codes_nest_and_ids_are_codes(city):
    by_id = {g.id: g for g in city.grids}
    assert len(by_id) == len(city.grids)
    for g in city.grids:
        assert g.id == g.code and g.code.isdigit() and len(g.code) == DIGITS[g.kind]
        if g.kind == "district":
            assert g.parent is None
        else:
            parent = by_id[g.parent]
            assert g.code.startswith(parent.code) and len(parent.code) == len(g.code) - 3


def test_the_districts_are_tangshans_real_ones(default):
    districts = {g.id: g.name for g in default.grids if g.kind == "district"}
    assert len(districts) == 14
    assert districts["130203"] == "路北区" and districts["130284"] == "滦州市"
    assert all(g.id[:6] in districts for g in default.grids)


def test_every_polygon_is_a_closed_valid_ring(city):
    for g in city.grids:
        assert len(g.polygon) >= 4 and g.polygon[0] == g.polygon[-1], g.id
        assert all(117.0 < lon < 120.0 and 38.8 < lat < 40.8 for lon, lat in g.polygon)
        assert Polygon(g.polygon).is_valid, g.id


def test_each_level_tiles_its_parent(city):
    shapes, kids = _shapes(city), defaultdict(list)
    for g in city.grids:
        if g.kind in ("street", "community", "comprehensive"):
            kids[g.parent].append(shapes[g.id])
    for parent, children in kids.items():
        area = sum(c.area for c in children)
        assert area == pytest.approx(shapes[parent].area, rel=1e-6), parent
        assert shapely.union_all(children).symmetric_difference(shapes[parent]).area < 1e-6 * area


def test_exclusive_and_special_grids_lie_inside_their_community(city):
    shapes = _shapes(city)
    extra = [g for g in city.grids if g.kind in ("exclusive", "special")]
    assert {g.kind for g in extra} == {"exclusive", "special"}
    for g in extra:
        assert shapes[g.parent].buffer(1e-9).contains(shapes[g.id]), g.id
        assert g.name.endswith("专属网格" if g.kind == "exclusive" else "专项网格")


def test_districts_do_not_overlap(default):
    districts = [Polygon(g.polygon) for g in default.grids if g.kind == "district"]
    for a, b in itertools.combinations(districts, 2):
        assert a.intersection(b).area == 0.0
    urban = [Polygon(g.polygon) for g in default.grids if g.id in ("130202", "130203")]
    assert all(p.distance(shapely.Point(118.18, 39.63)) < 0.05 for p in urban)


def test_workers_and_events_stand_inside_their_grid(city):
    shapes = _shapes(city)
    proper = {g.id for g in city.grids if g.kind in ("comprehensive", "exclusive", "special")}
    for item in [*city.workers, *city.events, *next(city.iter_archived())]:
        assert item.grid_id in proper
        assert shapes[item.grid_id].contains(shapely.Point(item.lon, item.lat)), item.id


def test_workers_look_real(city):
    assert [w.id for w in city.workers] == [f"w{k:06d}" for k in range(1, len(city.workers) + 1)]
    assert {w.kind for w in city.workers} == {"leader", "full_time", "professional", "part_time"}
    assert {w.status for w in city.workers} <= {"offline", "idle", "patrol", "busy"}
    assert all(re.fullmatch(r"1[358]\d{9}", w.phone) for w in city.workers)
    assert all(NOW.timestamp() - 6 * 3600 <= w.at.timestamp() < NOW.timestamp() for w in city.workers)
    assert all(2 <= len(w.name) <= 3 for w in city.workers)


def test_every_event_status_is_present(city):
    # void and merged come only from a supervisor's approval or an operator's merge, not from history
    assert {e.status for e in city.events} == set(EventStatus) - {EventStatus.VOID, EventStatus.MERGED}


def test_ids_are_consecutive_and_codes_follow_the_day(city):
    assert [e.id for e in city.events] == list(range(1, len(city.events) + 1))
    assert [o.id for o in city.orders] == list(range(1, len(city.orders) + 1))
    assert [v.id for v in city.video_links] == [f"vl-{k:04d}" for k in range(1, len(city.video_links) + 1)]
    for e in city.events:
        assert e.code == event_code(e.id, e.created_at.strftime("%Y%m%d"))
        assert e.version >= 1 and e.created_at < NOW


def test_orders_match_their_event(city):
    orders = defaultdict(list)
    for o in city.orders:
        orders[o.event_id].append(o)
    expected = {"dispatched": "issued", "in_progress": "received", "resolved": "completed",
                "verified": "completed", "followed_up": "completed", "archived": "completed"}
    for e in city.events:
        mine = sorted(orders[e.id], key=lambda o: o.issued_at)
        assert [o.status for o in mine[:e.returns]] == ["returned"] * e.returns
        last = mine[e.returns:]
        if e.handled_on_spot or e.status not in expected:
            assert last == [] and e.order_id is None and e.assignee is None
        else:
            assert [o.status for o in last] == [expected[e.status]]
            assert e.order_id == last[0].id and e.assignee == last[0].assignee


def test_deadlines_and_overdue_follow_the_tier(city):
    for e in city.events:
        if e.status in ("reported", "rejected") or e.handled_on_spot:
            assert e.due_at is None and e.tier is None and e.accepted_at is None
        else:
            assert e.due_at == e.accepted_at + TIER_LIMITS[e.tier]
        running = e.status in ("accepted", "dispatched", "in_progress")
        assert e.overdue == (running and e.due_at < NOW)
    for o in city.orders:
        assert o.overdue == (o.status in OPEN and o.due_at < NOW)


def test_the_day_has_its_usual_mix(default):
    events = default.events
    assert {w.status for w in default.workers} == {"offline", "idle", "patrol", "busy"}
    assert any(e.overdue for e in events) and any(e.supervised for e in events)
    assert any(e.handled_on_spot for e in events)
    assert any(e.returns and e.last_return_reason for e in events if e.status == "accepted")
    assert {e.source for e in events} == {"worker", "hotline", "citizen", "camera", "drone", "one_key"}
    assert all(e.satisfaction in range(1, 6) for e in events if e.status in ("followed_up", "archived"))
    assert all(e.reject_reason for e in events if e.status == "rejected")
    assert all(e.reporter and e.reporter_phone and e.reported_by == "operator"
               for e in events if e.source == "hotline")
    assert all(e.reported_by.startswith("w") for e in events if e.source == "worker")


def test_notes_tell_the_order_story(city):
    for o in city.orders:
        kinds = [n.kind for n in o.notes]
        assert kinds[0] == "dispatch" and [n.at for n in o.notes] == sorted(n.at for n in o.notes)
        assert ("return" in kinds) == (o.status == "returned")
        assert ("complete" in kinds) == (o.status == "completed")
        assert ("receive" in kinds) == (o.received_at is not None)
        assert o.version == len(o.notes)


def test_department_orders_follow_the_routing_table(city):
    category = {e.id: e.category for e in city.events}
    routed = [o for o in city.orders if o.assignee.department]
    assert routed
    for o in routed:
        assert o.assignee.department == ROUTING[category[o.event_id]]
        assert o.assignee.worker_id is None
    workers = {w.id for w in city.workers}
    assert all(o.assignee.worker_id in workers for o in city.orders if not o.assignee.department)


def test_seat_counters_match_the_orders(city):
    assert [s.id for s in city.seats] == [f"seat.{d}" for d in DEPARTMENTS]
    assert [d.id for d in city.departments] == list(DEPARTMENTS)
    for seat in city.seats:
        mine = [o for o in city.orders if o.assignee.department == seat.department and o.status in OPEN]
        assert seat.open_orders == len(mine)
        assert seat.overdue_orders == sum(o.due_at < NOW for o in mine)
        assert seat.liaison is None and not seat.on_duty


def test_every_department_has_a_liaison_and_every_worker_an_account(city):
    users = {u[0]: u for u in city.users}
    for name, role in [("operator", "operator"), ("supervisor", "supervisor"), ("wall", "wall"),
                       ("gateway", "gateway"), ("admin", "admin"), ("autopilot", "operator")]:
        assert users[name][1] == role
    for d in DEPARTMENTS:
        assert users[f"liaison.{d}"] == (f"liaison.{d}", "liaison", d, None)
    for w in city.workers:
        assert users[w.id] == (w.id, "worker", None, w.id)
    assert len(users) == len(city.users)


def test_video_links_cover_every_level(city):
    links = city.video_links
    assert {(v.level, v.kind) for v in links} >= {("city", "terminal"), ("county", "terminal"),
                                                  ("township", "terminal"), ("village", "terminal")}
    assert {v.kind for v in links} == {"terminal", "camera", "drone"}
    assert sum(v.level == "county" and v.kind == "terminal" for v in links) == sum(
        g.kind == "district" for g in city.grids)
    shapes = _shapes(city)
    assert all(shapes[v.grid_id].contains(shapely.Point(v.lon, v.lat)) and v.last_seen < NOW for v in links)
    assert {v.state for v in links} <= {"up", "degraded", "down", "in_call"}
    assert all(v.state != "in_call" for v in links if v.kind != "terminal")


def test_the_archive_continues_the_ids_and_does_not_depend_on_the_chunk(city):
    chunks = list(city.iter_archived(chunk=37))
    assert all(len(c) == 37 for c in chunks[:-1])
    events = [e for c in chunks for e in c]
    assert len(events) == city.archived_total
    assert [e.id for e in events] == list(range(len(city.events) + 1, len(city.events) + len(events) + 1))
    assert {e.status for e in events} == {"archived", "rejected"}
    assert events == [e for c in city.iter_archived() for e in c]
    for e in events:
        assert e.closed_at < NOW and (e.status == "rejected") == (e.satisfaction is None)
        assert e.code == event_code(e.id, e.created_at.strftime("%Y%m%d"))


def test_the_same_seed_builds_the_same_city():
    a, b = build_city("tiny", now=NOW), build_city("tiny", now=NOW)
    enc = msgspec.json.encode
    for part in ("grids", "workers", "events", "orders", "video_links", "seats"):
        assert enc(getattr(a, part)) == enc(getattr(b, part)), part
    assert a.users == b.users
    assert enc(next(a.iter_archived())) == enc(next(b.iter_archived()))
    other = build_city("tiny", now=NOW, seed=8)
    assert enc(other.events) != enc(a.events)


def test_tiny_is_small_and_fast():
    started = time.perf_counter()
    city = build_city("tiny", now=NOW)
    assert time.perf_counter() - started < 0.5
    proper = [g for g in city.grids if g.kind in ("comprehensive", "exclusive", "special")]
    assert 15 <= len(proper) <= 30 and 20 <= len(city.workers) <= 40
    assert 40 <= len(city.events) <= 80 and city.archived_total == 100


def test_an_unknown_scale_is_refused():
    with pytest.raises(ValueError, match="unknown scale"):
        build_city("huge", now=NOW)
