"""Rulings, re-routing, cancellation and claims over a real hub (issue 9 items 3 and 5;
PROTOCOL.md "Practice")."""
from __future__ import annotations

from datetime import timedelta

import pytest

from commandcenter.domain import clock
from tests.hubkit import Peer
from tests.practicekit import URBAN, accepted, at, audit_messages, backdate, delta, dispatched, sweep


@pytest.fixture
async def peers(hub):
    desk, boss, urban = [await Peer.login(hub.port, user) for user in ("operator", "supervisor", "liaison.urban")]
    yield desk, boss, urban
    for peer in (desk, boss, urban):
        await peer.close()


def dispatch(event_id: int, to: dict | None = None) -> dict:
    return {"type": "order.dispatch", "event_id": event_id, "to": to or URBAN}


def give_back(order_id: int) -> dict:
    return {"type": "order.return", "order_id": order_id, "reason": "不属于本部门"}


# -- rulings ----------------------------------------------------------------------------------

async def test_a_case_returned_twice_needs_a_ruling_and_its_order_is_final(hub, peers):
    desk, boss, urban = peers
    event_id, order_id = await dispatched(desk)
    await urban.ok(give_back(order_id))
    assert hub.state.event(event_id).returns == 1 and not hub.state.event(event_id).needs_ruling
    order_id = (await desk.ok(dispatch(event_id)))["order_id"]
    await urban.ok(give_back(order_id))
    ruling = await delta(desk, "event.updated", event_id, lambda d: d.get("needs_ruling"))
    assert ruling["returns"] == 2 and ruling["status"] == "accepted"
    assert (await desk.request(dispatch(event_id)))["code"] == "forbidden"
    final_id = (await boss.ok(dispatch(event_id)))["order_id"]
    final = await delta(urban, "order.created", final_id)
    assert final["final"] and not hub.state.event(event_id).needs_ruling
    refused = await urban.request(give_back(final_id))
    assert refused["code"] == "conflict" and hub.state.order(final_id).status == "issued"


async def test_query_orders_gives_every_order_of_a_case_with_its_returns(hub, peers):
    desk, boss, urban = peers
    event_id, first = await dispatched(desk)
    await urban.ok(give_back(first))
    second = (await desk.ok(dispatch(event_id)))["order_id"]
    await urban.ok(give_back(second))
    ask = {"type": "query.orders", "event_id": event_id}
    items = (await boss.ok(ask))["items"]  # a desk that saw none of it: the returned orders are closed
    assert [o["id"] for o in items] == [first, second] and {o["status"] for o in items} == {"returned"}
    assert [[n["text"] for n in o["notes"] if n["kind"] == "return"] for o in items] == [["不属于本部门"]] * 2
    assert [o["id"] for o in (await urban.ok(ask))["items"]] == [first, second]  # their own orders
    police = await Peer.login(hub.port, "liaison.police")
    refused = await police.request(ask)  # none of its orders went to the police
    await police.close()
    assert refused["code"] == "not_found"
    assert (await desk.request({"type": "query.orders", "event_id": 987_654}))["code"] == "not_found"


async def test_a_ruling_is_transferred_only_by_a_supervisor_and_stays_final(hub, peers):
    desk, boss, urban = peers
    event_id, order_id = await dispatched(desk)
    for _ in range(2):
        await urban.ok(give_back(order_id))
        if not hub.state.event(event_id).needs_ruling:
            order_id = (await desk.ok(dispatch(event_id)))["order_id"]
    await boss.ok(dispatch(event_id))
    assert (await desk.request(dispatch(event_id, {"department": "water"})))["code"] == "forbidden"
    moved = (await boss.ok(dispatch(event_id, {"department": "water"})))["order_id"]
    assert hub.state.order(moved).final


# -- re-routing -------------------------------------------------------------------------------

async def test_a_category_change_suggests_a_reroute_until_redispatched(hub, peers):
    desk, _boss, _urban = peers
    event_id, _ = await dispatched(desk)  # public_facility -> urban
    await desk.ok({"type": "event.update", "event_id": event_id, "category": "water_supply"})
    suggested = await delta(desk, "event.updated", event_id, lambda d: d["category"] == "water_supply")
    assert suggested["reroute_suggested"]
    await desk.ok({"type": "event.update", "event_id": event_id, "severity": 3})
    assert hub.state.event(event_id).reroute_suggested  # other changes keep it
    await desk.ok(dispatch(event_id))  # the same receiver again clears it too
    assert not hub.state.event(event_id).reroute_suggested


async def test_a_matching_category_suggests_nothing(hub, peers):
    desk, _boss, _urban = peers
    event_id, _ = await dispatched(desk)
    await desk.ok({"type": "event.update", "event_id": event_id, "category": "sanitation"})  # urban too
    assert not hub.state.event(event_id).reroute_suggested
    worker_case, _ = await dispatched(desk, to={"worker_id": hub.book.records[0].id})
    await desk.ok({"type": "event.update", "event_id": worker_case, "category": "dispute"})
    assert not hub.state.event(worker_case).reroute_suggested


# -- cancel -----------------------------------------------------------------------------------

async def test_order_cancel_sends_the_case_back_to_accepted(hub, peers):
    desk, _boss, urban = peers
    event_id, order_id = await dispatched(desk)
    assert (await urban.request({"type": "order.cancel", "order_id": order_id, "reason": "x"}))["code"] == "forbidden"
    await desk.ok({"type": "order.cancel", "order_id": order_id, "reason": "派错了"})
    order = await delta(urban, "order.updated", order_id, lambda d: d["status"] == "cancelled")
    assert order["notes"][-1]["kind"] == "cancel" and order["notes"][-1]["text"] == "派错了"
    event = hub.state.event(event_id)
    assert (event.status, event.assignee, event.order_id) == ("accepted", None, None)
    again = await desk.request({"type": "order.cancel", "order_id": order_id, "reason": "再撤"})
    assert again["code"] == "conflict"


# -- claims -----------------------------------------------------------------------------------

async def test_a_claim_holds_off_others_unless_forced(hub, peers):
    desk, boss, _urban = peers
    event_id = await accepted(desk)
    claimed = await desk.ok({"type": "event.claim", "event_id": event_id})
    until = at(claimed["claimed_until"])
    assert timedelta(minutes=9) < until - clock.now() <= timedelta(minutes=10)
    event = await delta(boss, "event.updated", event_id, lambda d: d.get("claimed_by") == "operator")
    assert at(event["claimed_until"]) == until
    refused = await boss.request(dispatch(event_id))
    assert refused["code"] == "conflict" and "operator" in refused["message"]
    assert hub.state.event(event_id).status == "accepted"
    await boss.ok({**dispatch(event_id), "force": True})
    assert ("ok", "force: past the claim of operator") in audit_messages(hub, "supervisor", "order.dispatch")


async def test_claims_never_block_the_receiver_nor_the_claimer(hub, peers):
    desk, boss, urban = peers
    event_id, order_id = await dispatched(desk)
    await boss.ok({"type": "event.claim", "event_id": event_id})
    await urban.ok({"type": "order.receive", "order_id": order_id})
    await urban.ok({"type": "approval.request", "kind": "extension", "event_id": event_id, "reason": "r",
                    "until": "2100-01-01T00:00:00+08:00"})
    await boss.ok({"type": "event.supervise", "event_id": event_id, "note": "加快"})
    assert (await desk.request({"type": "event.update", "event_id": event_id, "severity": 4}))["code"] == "conflict"


async def test_a_claim_does_not_hold_up_the_supervisors_decision_on_a_request(hub, peers):
    desk, boss, _urban = peers
    event_id = await accepted(desk)
    await desk.ok({"type": "event.claim", "event_id": event_id})
    asked = await desk.ok({"type": "approval.request", "kind": "park", "event_id": event_id, "reason": "长期"})
    await boss.ok({"type": "approval.decide", "approval_id": asked["approval_id"], "approve": True, "note": "同意"})
    assert hub.state.event(event_id).parked and hub.state.event(event_id).claimed_by == "operator"


async def test_each_command_of_the_claimer_renews_the_claim(hub, peers):
    desk, _boss, _urban = peers
    event_id = await accepted(desk)
    await desk.ok({"type": "event.claim", "event_id": event_id})
    await backdate(hub, event_id, claimed_until=clock.now() + timedelta(minutes=1))
    await desk.ok({"type": "event.update", "event_id": event_id, "severity": 4})
    assert hub.state.event(event_id).claimed_until - clock.now() > timedelta(minutes=9)
    await backdate(hub, event_id, claimed_until=clock.now() + timedelta(minutes=1))
    await desk.ok({"type": "approval.request", "kind": "park", "event_id": event_id, "reason": "长期"})
    assert hub.state.event(event_id).claimed_until - clock.now() > timedelta(minutes=9)


async def test_release_frees_the_event_and_only_the_claimer_may(hub, peers):
    desk, boss, _urban = peers
    event_id = await accepted(desk)
    await desk.ok({"type": "event.claim", "event_id": event_id})
    other = await boss.request({"type": "event.release", "event_id": event_id})
    assert other["code"] == "conflict" and hub.state.event(event_id).claimed_by == "operator"
    await desk.ok({"type": "event.release", "event_id": event_id})
    freed = await delta(boss, "event.updated", event_id, lambda d: "claimed_by" not in d and d["version"] > 3)
    assert freed.get("claimed_until") is None
    await boss.ok({"type": "event.claim", "event_id": event_id})
    assert hub.state.event(event_id).claimed_by == "supervisor"


async def test_an_expired_claim_is_free_and_the_sweep_clears_it(hub, peers):
    desk, boss, _urban = peers
    event_id = await accepted(desk)
    await desk.ok({"type": "event.claim", "event_id": event_id})
    await backdate(hub, event_id, claimed_until=clock.now() - timedelta(seconds=1))
    await boss.ok({"type": "event.update", "event_id": event_id, "severity": 3})  # free: no force needed
    version = hub.state.event(event_id).version
    await sweep(hub)
    cleared = await delta(boss, "event.updated", event_id, lambda d: d["version"] > version)
    assert "claimed_by" not in cleared and hub.state.event(event_id).claimed_until is None


async def test_a_claim_on_a_closed_event_is_a_conflict(hub, peers):
    desk, _boss, _urban = peers
    event_id = (await desk.ok({"type": "event.report", "category": "other", "title": "t", "description": "",
                               "lat": 39.6, "lon": 118.2, "source": "citizen", "severity": 1}))["event_id"]
    await desk.ok({"type": "event.reject", "event_id": event_id, "reason": "重复"})
    refused = await desk.request({"type": "event.claim", "event_id": event_id})
    assert refused["code"] == "conflict"
    assert (await desk.request({"type": "event.claim", "event_id": 999_999}))["code"] == "not_found"
