"""Approvals over a real hub (issue 9 item 2; PROTOCOL.md "Practice"): extension, suspension,
park and void, their effects, who may ask and decide, and every refusal."""
from __future__ import annotations

from datetime import timedelta

import pytest

from commandcenter.domain import clock
from tests.hubkit import Peer, start_hub
from tests.practicekit import at, backdate, delta, dispatched, sweep

T = "2100-01-01T00:00:00+08:00"


@pytest.fixture
async def peers(hub):
    desk, boss, urban = [await Peer.login(hub.port, user) for user in ("operator", "supervisor", "liaison.urban")]
    yield desk, boss, urban
    for peer in (desk, boss, urban):
        await peer.close()


def ask(kind: str, event_id: int, until=None, **extra) -> dict:
    frame = {"type": "approval.request", "kind": kind, "event_id": event_id, "reason": "需要协调", **extra}
    return frame if until is None else {**frame, "until": until.isoformat() if hasattr(until, "isoformat") else until}


def decide(approval_id: int, approve: bool = True) -> dict:
    return {"type": "approval.decide", "approval_id": approval_id, "approve": approve, "note": "同意"}


async def test_an_approved_extension_moves_both_deadlines_and_counts(hub, peers):
    desk, boss, urban = peers
    event_id, order_id = await dispatched(desk)
    due = hub.state.event(event_id).due_at
    until = due + timedelta(days=3)
    approval_id = (await urban.ok(ask("extension", event_id, until)))["approval_id"]
    pending = await delta(boss, "approval.created", approval_id)
    assert (pending["status"], pending["order_id"], pending["requested_by"]) == ("pending", order_id, "liaison.urban")
    await boss.ok(decide(approval_id))
    done = await delta(urban, "approval.updated", approval_id)
    assert done["status"] == "approved" and done["decided_by"] == "supervisor"
    order = await delta(desk, "order.updated", order_id, lambda d: d.get("extensions") == 1)
    event = await delta(desk, "event.updated", event_id, lambda d: d.get("original_due_at"))
    assert at(order["due_at"]) == at(event["due_at"]) == until and at(event["original_due_at"]) == due


async def test_a_denied_request_changes_nothing_but_itself(hub, peers):
    desk, boss, urban = peers
    event_id, order_id = await dispatched(desk)
    before = hub.state.event(event_id), hub.state.order(order_id)
    approval_id = (await urban.ok(ask("extension", event_id, before[0].due_at + timedelta(days=1))))["approval_id"]
    await boss.ok({**decide(approval_id, approve=False), "note": "理由不充分"})
    denied = await delta(urban, "approval.updated", approval_id)
    assert denied["status"] == "denied" and denied["note"] == "理由不充分"
    assert (hub.state.event(event_id), hub.state.order(order_id)) == before


async def test_a_suspension_pauses_the_clock_and_the_sweep_resumes_it(hub, peers):
    desk, boss, urban = peers
    event_id, _order_id = await dispatched(desk)
    approval_id = (await urban.ok(ask("suspend", event_id, clock.now() + timedelta(days=1))))["approval_id"]
    await boss.ok(decide(approval_id))
    suspended = await delta(desk, "event.updated", event_id, lambda d: d.get("suspended_until"))
    assert at(suspended["suspended_at"]) <= clock.now()
    ran_out = clock.now() - timedelta(minutes=1)  # the deadline passes while paused: no overdue
    await backdate(hub, event_id, due_at=ran_out)
    await sweep(hub)
    assert not hub.state.event(event_id).overdue and hub.state.event(event_id).suspended_until
    ended = clock.now() - timedelta(seconds=1)
    began = ended - timedelta(hours=3)
    await backdate(hub, event_id, suspended_until=ended, suspended_at=began)
    version = hub.state.event(event_id).version
    await sweep(hub)
    resumed = await delta(desk, "event.updated", event_id, lambda d: d["version"] > version)
    assert at(resumed["due_at"]) == ran_out + timedelta(hours=3)  # a tier's limit: calendar time
    assert not resumed["overdue"] and not resumed.get("suspended_at") and not resumed.get("suspended_until")


async def test_a_working_time_suspension_moves_the_deadline_by_working_time(hub, peers):
    desk, boss, urban = peers
    event_id, order_id = await dispatched(desk, request_type="complaint")
    approval_id = (await urban.ok(ask("suspend", event_id, clock.now() + timedelta(days=1))))["approval_id"]
    await boss.ok(decide(approval_id))
    event = await delta(desk, "event.updated", event_id, lambda d: d.get("suspended_until"))
    began, ended = clock.now() - timedelta(days=3), clock.now() - timedelta(seconds=1)
    await backdate(hub, event_id, suspended_until=ended, suspended_at=began)
    version = hub.state.event(event_id).version
    await sweep(hub)
    resumed = await delta(desk, "event.updated", event_id, lambda d: d["version"] > version)
    assert not resumed.get("suspended_until")
    calendar = hub.policy.calendar
    expected = calendar.add_working(at(event["due_at"]), calendar.working_time_between(began, ended))
    assert at(resumed["due_at"]) == expected and hub.state.order(order_id).due_at == expected


async def test_a_parked_case_leaves_the_overdue_counts(hub, peers):
    desk, boss, _urban = peers
    event_id, order_id = await dispatched(desk, tier="small")
    approval_id = (await desk.ok(ask("park", event_id)))["approval_id"]
    await boss.ok(decide(approval_id))
    parked = await delta(desk, "event.updated", event_id, lambda d: d.get("parked"))
    assert not parked["overdue"]
    await backdate(hub, event_id, due_at=clock.now() - timedelta(minutes=5))
    await sweep(hub)
    assert not hub.state.event(event_id).overdue and not hub.state.order(order_id).overdue
    assert hub.state.seat_for("urban").overdue_orders == 0


async def test_a_void_ends_the_case_and_its_order(hub, peers):
    desk, boss, urban = peers
    event_id, order_id = await dispatched(desk)
    extension = (await urban.ok(ask("extension", event_id, T)))["approval_id"]
    void = (await boss.ok(ask("void", event_id)))["approval_id"]
    await boss.ok(decide(void))
    ended = await delta(desk, "event.updated", event_id, lambda d: d["status"] == "void")
    assert ended["closed_at"] and ended["assignee"] is None
    assert (await delta(desk, "order.updated", order_id, lambda d: d["status"] == "cancelled"))
    assert (await delta(boss, "approval.updated", extension))["status"] == "denied"
    closed = await urban.request(ask("extension", event_id, T))
    assert closed["code"] == "conflict" and event_id not in hub.state.events


async def test_a_request_of_a_kind_already_pending_is_a_conflict(hub, peers):
    desk, _boss, urban = peers
    event_id, _ = await dispatched(desk)
    await urban.ok(ask("extension", event_id, T))
    second = await urban.request(ask("extension", event_id, T))
    assert second["code"] == "conflict" and len(hub.state.pending) == 1
    await urban.ok(ask("suspend", event_id, T))  # another kind may be pending beside it
    assert len(hub.state.pending) == 2


async def test_until_in_the_past_or_before_the_deadline_is_a_bad_request(hub, peers):
    desk, _boss, urban = peers
    event_id, _ = await dispatched(desk)
    due = hub.state.event(event_id).due_at
    for kind, until in (("extension", due - timedelta(hours=1)), ("suspend", clock.now() - timedelta(hours=1)),
                        ("extension", clock.now() - timedelta(hours=1)), ("extension", None)):
        answer = await urban.request(ask(kind, event_id, until))
        assert answer["code"] == "bad_request", (kind, until, answer)
    assert not hub.state.pending and not hub.state.approvals.items


async def test_who_may_ask_and_who_may_decide(hub, peers):
    desk, _boss, urban = peers
    event_id, _ = await dispatched(desk)
    police = await Peer.login(hub.port, "liaison.police")
    for peer, frame in ((desk, ask("extension", event_id, T)), (police, ask("suspend", event_id, T)),
                        (urban, ask("park", event_id)), (urban, ask("void", event_id))):
        assert (await peer.request(frame))["code"] == "forbidden", frame
    approval_id = (await urban.ok(ask("extension", event_id, T)))["approval_id"]
    for peer in (desk, urban, police):
        assert (await peer.request(decide(approval_id)))["code"] == "forbidden"
    assert hub.state.approvals.get(approval_id).status == "pending"
    await police.close()


async def test_a_decided_request_cannot_be_decided_again(hub, peers):
    desk, boss, urban = peers
    event_id, _ = await dispatched(desk)
    approval_id = (await urban.ok(ask("extension", event_id, T)))["approval_id"]
    await boss.ok(decide(approval_id, approve=False))
    again = await boss.request(decide(approval_id))
    assert again["code"] == "conflict" and hub.state.approvals.get(approval_id).status == "denied"
    assert (await boss.request(decide(999_999)))["code"] == "not_found"


async def test_requests_for_closed_or_handled_cases_are_conflicts(hub, peers):
    desk, _boss, urban = peers
    event_id = (await desk.ok({"type": "event.report", "category": "other", "title": "t", "description": "",
                               "lat": 39.6, "lon": 118.2, "source": "citizen", "severity": 1}))["event_id"]
    await desk.ok({"type": "event.reject", "event_id": event_id, "reason": "无效"})
    for kind in ("park", "void"):
        assert (await desk.request(ask(kind, event_id)))["code"] == "conflict"
    handled, order_id = await dispatched(desk)
    await urban.ok({"type": "order.receive", "order_id": order_id})
    await urban.ok({"type": "order.complete", "order_id": order_id, "note": "修好了"})
    assert (await desk.request(ask("park", handled)))["code"] == "conflict"


async def test_an_approval_that_no_longer_fits_is_refused_then_may_be_denied(hub, peers):
    desk, boss, urban = peers
    event_id, order_id = await dispatched(desk)
    approval_id = (await urban.ok(ask("extension", event_id, T)))["approval_id"]
    await urban.ok({"type": "order.return", "order_id": order_id, "reason": "不属于我们"})
    refused = await boss.request(decide(approval_id))
    assert refused["code"] == "conflict" and hub.state.event(event_id).due_at.year < 2100
    await boss.ok(decide(approval_id, approve=False))


async def test_each_sees_the_approvals_that_concern_them(hub, peers):
    desk, boss, urban = peers
    event_id, _ = await dispatched(desk)
    worker_id = hub.book.records[0].id
    _, mine = await dispatched(desk, to={"worker_id": worker_id})
    field, police = await Peer.login(hub.port, worker_id), await Peer.login(hub.port, "liaison.police")
    own = (await field.ok(ask("extension", hub.state.order(mine).event_id, T)))["approval_id"]
    urbans = (await urban.ok(ask("extension", event_id, T)))["approval_id"]
    await boss.ok(decide(urbans))
    assert (await delta(urban, "approval.updated", urbans))["status"] == "approved"
    seen = {(f["kind"], f["data"]["id"]) for f in field.frames + police.frames if f.get("type") == "delta"}
    assert ("approval.created", own) in seen or (await delta(field, "approval.created", own))
    assert not any(f.get("kind", "").startswith("approval.") for f in police.frames)
    assert all(f["data"]["id"] != urbans for f in field.frames if f.get("kind", "").startswith("approval."))
    await field.close()
    await police.close()


async def test_pending_approvals_are_in_the_snapshot_and_survive_a_restart(db_url):
    hub = await start_hub(db_url)
    desk, urban = await Peer.login(hub.port, "operator"), await Peer.login(hub.port, "liaison.urban")
    event_id, _ = await dispatched(desk)
    approval_id = (await urban.ok(ask("extension", event_id, T)))["approval_id"]
    for peer in (desk, urban):
        await peer.close()
    await hub.stop()
    again = await start_hub(db_url)
    boss, police = await Peer.login(again.port, "supervisor"), await Peer.login(again.port, "liaison.police")
    urban = await Peer.login(again.port, "liaison.urban")
    assert [a["id"] for a in (await boss.snapshot())["approvals"]] == [approval_id]
    assert (await police.snapshot()).get("approvals", []) == []
    assert (await urban.request(ask("extension", event_id, T)))["code"] == "conflict"  # still pending
    await boss.ok(decide(approval_id))
    assert again.state.event(event_id).due_at == at(T)
    for peer in (boss, police, urban):
        await peer.close()
    await again.stop()
