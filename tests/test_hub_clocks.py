"""The two clocks over a real hub: request types, working-time handle deadlines, sign deadlines,
``event.update``, the sweep, ``--policy`` (issue 9 item 1; PROTOCOL.md "Practice")."""
from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from msgspec.structs import replace

from commandcenter import resources
from commandcenter.domain import clock
from commandcenter.domain.policy import deadlines
from commandcenter.service import clocks, handlers
from tests import servicekit as kit
from tests.hubkit import Peer, start_hub

REPORT = {"type": "event.report", "category": "public_facility", "title": "噪音扰民", "description": "夜间施工",
          "lat": 39.63, "lon": 118.18, "source": "hotline", "severity": 2, "reporter": "李先生"}
COMPLAINT = """[request_types.complaint]   # 投诉
sign = "2 working_hours"
handle = "5 working_days\""""


@pytest.fixture
async def desk(hub):
    peer = await Peer.login(hub.port, "operator")
    await peer.snapshot()
    yield peer
    await peer.close()


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


async def updated(peer: Peer, kind: str, entity_id: int, pred=lambda data: True) -> dict:
    frame = await peer.until(lambda f: f.get("kind") == kind and f["data"]["id"] == entity_id and pred(f["data"]))
    return frame["data"]


async def accepted(desk: Peer, tier: str = "medium", **report) -> dict:
    event_id = (await desk.ok({**REPORT, **report}))["event_id"]
    await desk.ok({"type": "event.accept", "event_id": event_id, "tier": tier})
    return await updated(desk, "event.updated", event_id, lambda d: d["status"] == "accepted")


async def dispatched(hub, desk: Peer, tier: str = "small") -> dict:
    event = await accepted(desk, tier)
    to = {"worker_id": hub.book.records[0].id}
    order_id = (await desk.ok({"type": "order.dispatch", "event_id": event["id"], "to": to}))["order_id"]
    return await updated(desk, "order.created", order_id)


def policy_file(tmp_path, complaint: str) -> str:
    folder = resources.path("policy", "default.toml").parent
    text = (folder / "default.toml").read_text(encoding="utf-8")
    assert COMPLAINT in text
    (tmp_path / "holidays-cn.toml").write_text((folder / "holidays-cn.toml").read_text(encoding="utf-8"))
    path = tmp_path / "policy.toml"
    path.write_text(text.replace(COMPLAINT, complaint), encoding="utf-8")
    return str(path)


# -- handle clock -------------------------------------------------------------------------------

async def test_a_complaint_is_due_five_working_days_after_acceptance(hub, desk):
    event = await accepted(desk, request_type="complaint")
    accepted_at, due = at(event["accepted_at"]), at(event["due_at"])
    calendar = hub.policy.calendar
    assert event["request_type"] == "complaint"
    assert due == deadlines(hub.policy, calendar, accepted_at, "medium", "complaint")[1]
    assert calendar.working_time_between(accepted_at, due) == 5 * calendar.working_day
    assert calendar.is_working_time(due) and due - accepted_at >= timedelta(days=5)


async def test_a_grid_matter_keeps_the_v1_tier_deadline_in_calendar_time(hub, desk):
    event = await accepted(desk, tier="small")
    assert "request_type" not in event or event["request_type"] is None
    assert at(event["due_at"]) == at(event["accepted_at"]) + timedelta(hours=2)


async def test_event_update_changes_request_type_and_moves_due_at(hub, desk):
    event = await accepted(desk, tier="medium")
    accepted_at = at(event["accepted_at"])
    assert at(event["due_at"]) == accepted_at + timedelta(days=2)
    await desk.ok({"type": "event.update", "event_id": event["id"], "request_type": "help"})
    helped = await updated(desk, "event.updated", event["id"], lambda d: d.get("request_type") == "help")
    assert at(helped["due_at"]) == accepted_at + timedelta(hours=24)
    await desk.ok({"type": "event.update", "event_id": event["id"], "request_type": None, "tier": "complex"})
    back = await updated(desk, "event.updated", event["id"], lambda d: d["tier"] == "complex")
    assert back.get("request_type") is None and at(back["due_at"]) == accepted_at + timedelta(days=7)


async def test_a_request_type_set_before_acceptance_is_kept_by_accept(hub, desk):
    event_id = (await desk.ok(REPORT))["event_id"]
    await desk.ok({"type": "event.update", "event_id": event_id, "request_type": "help", "severity": 3})
    await desk.ok({"type": "event.accept", "event_id": event_id, "tier": "small"})
    event = await updated(desk, "event.updated", event_id, lambda d: d["status"] == "accepted")
    assert event["request_type"] == "help" and event["severity"] == 3
    assert at(event["due_at"]) == at(event["accepted_at"]) + timedelta(hours=24)


async def test_bad_request_types_and_empty_updates_are_refused(hub, desk):
    bad = await desk.request({**REPORT, "request_type": "gossip"})
    assert bad["type"] == "error" and bad["code"] == "bad_request"
    event_id = (await desk.ok(REPORT))["event_id"]
    for frame in ({"request_type": "gossip"}, {"tier": "huge"}, {}):
        answer = await desk.request({"type": "event.update", "event_id": event_id, **frame})
        assert answer["type"] == "error" and answer["code"] == "bad_request", frame
    assert hub.state.event(event_id).version == 1


async def test_only_desks_may_update_and_a_stale_version_conflicts(hub, desk):
    event_id = (await desk.ok(REPORT))["event_id"]
    liaison = await Peer.login(hub.port, "liaison.urban")
    refused = await liaison.request({"type": "event.update", "event_id": event_id, "severity": 4})
    assert refused["code"] == "forbidden"
    stale = await desk.request({"type": "event.update", "event_id": event_id, "severity": 4, "version": 7})
    assert stale["code"] == "conflict"
    await liaison.close()


# -- sign clock ---------------------------------------------------------------------------------

async def test_an_order_gets_its_sign_deadline_on_dispatch_and_signed_at_on_receive(hub, desk):
    order = await dispatched(hub, desk, tier="small")
    assert at(order["sign_due_at"]) == at(order["issued_at"]) + timedelta(minutes=30)
    assert not order.get("signed_at") and not order.get("sign_overdue")
    field = await Peer.login(hub.port, hub.book.records[0].id)
    await field.ok({"type": "order.receive", "order_id": order["id"]})
    signed = await updated(desk, "order.updated", order["id"], lambda d: d["status"] == "received")
    assert at(signed["signed_at"]) >= at(order["issued_at"]) and not signed.get("sign_overdue")
    await field.close()


async def test_the_sweep_flips_sign_overdue_with_a_delta(hub, desk):
    order = await dispatched(hub, desk)

    def backdate(unit):
        now = hub.state.order(order["id"])
        unit.put_order(replace(now, sign_due_at=clock.now() - timedelta(seconds=1), version=now.version + 1))

    await hub.committer.submit_internal(backdate)
    hub._sweep()
    flipped = await desk.until(lambda f: f.get("kind") == "order.updated" and f["data"]["id"] == order["id"]
                               and f["data"].get("sign_overdue"))
    assert flipped["actor"] == "hub" and flipped["data"]["status"] == "issued"


async def test_a_new_request_type_moves_the_unsigned_orders_clocks(hub, desk):
    order = await dispatched(hub, desk, tier="small")
    await desk.ok({"type": "event.update", "event_id": order["event_id"], "request_type": "complaint"})
    moved = await updated(desk, "order.updated", order["id"])
    event = hub.state.event(order["event_id"])
    assert at(moved["due_at"]) == event.due_at
    assert at(moved["sign_due_at"]) == hub.policy.calendar.add(at(order["issued_at"]),
                                                               hub.policy.request_types["complaint"].sign)


async def test_the_due_index_is_rebuilt_from_the_store(db_url):
    hub = await start_hub(db_url)
    desk = await Peer.login(hub.port, "operator")
    order = await dispatched(hub, desk)
    await desk.close()
    await hub.stop()
    again = await start_hub(db_url)
    for index, due in ((again.state.sign_due, order["sign_due_at"]), (again.state.order_due, order["due_at"])):
        popped = list(index.pop_due(at(due) + timedelta(microseconds=1)))
        assert (at(due), order["id"]) in popped
    await again.stop()


# -- the policy file ----------------------------------------------------------------------------

async def test_the_hub_uses_the_policy_given(tmp_path, sqlite_url):
    path = policy_file(tmp_path, COMPLAINT.replace('"5 working_days"', '"3 hours"'))
    hub = await start_hub(sqlite_url, policy_path=path)
    desk = await Peer.login(hub.port, "operator")
    event = await accepted(desk, request_type="complaint")
    assert at(event["due_at"]) == at(event["accepted_at"]) + timedelta(hours=3)
    await desk.close()
    await hub.stop()


def test_a_broken_policy_stops_the_hub_naming_file_line_and_field(tmp_path):
    path = policy_file(tmp_path, COMPLAINT.replace('"5 working_days"', '"5 fortnights"'))
    line = 1 + Path(path).read_text(encoding="utf-8").splitlines().index('handle = "5 fortnights"')
    result = subprocess.run([sys.executable, "-m", "commandcenter.net.hub", "--db", f"sqlite:///{tmp_path}/h.db",
                             "--port", "0", "--policy", path], capture_output=True, text=True, timeout=60)
    assert result.returncode != 0
    assert f"{path}:{line}: request_types.complaint.handle: unknown unit 'fortnights'" in result.stderr
    assert "listening" not in result.stdout


# -- the sweep touches only what fell due ---------------------------------------------------------

def test_a_sweep_pass_visits_only_the_entries_that_fell_due():
    state, _ = kit.build()
    index = state.event_due
    for n in range(100_000):
        index.watch(kit.NOW + timedelta(hours=1, seconds=n), 10**6 + n)
    for n in range(5):
        index.watch(kit.NOW - timedelta(minutes=n + 1), n + 1)
    clocks.flip_due(kit.unit(state))
    assert index.visited == 5 and len(index) == 100_000
    clocks.flip_due(kit.unit(state, kit.NOW + timedelta(hours=1, seconds=9.5)))
    assert index.visited == 15


def test_a_sweep_pass_flips_the_cases_whose_clocks_ran_out():
    state, world = kit.build()
    u = kit.unit(state)
    event_id = handlers.apply(u, world, kit.OPERATOR, kit.command(**kit.report_frame()))["event_id"]
    handlers.apply(u, world, kit.OPERATOR, kit.command(type="event.accept", event_id=event_id, tier="small"))
    to = {"worker_id": "w000002"}
    handlers.apply(u, world, kit.OPERATOR, kit.command(type="order.dispatch", event_id=event_id, to=to))
    later = kit.unit(state, kit.NOW + timedelta(hours=2, seconds=1))
    clocks.flip_due(later)
    order = state.open_order_of(event_id)
    assert state.event(event_id).overdue and order.overdue and order.sign_overdue
    assert [e.kind for e in later.journal] == ["event.updated", "order.updated", "order.updated"]
