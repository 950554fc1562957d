"""Area-scoped desks (PROTOCOL.md "Levels"): a street centre's snapshot, deltas, resume, positions and
queries hold nothing outside its street, checked against the city's full view of the same hub; a
desk user without a proper scope is refused at login."""
from __future__ import annotations

import asyncio
import time

import pytest

from tests.hubkit import Peer, start_hub
from tests.levelkit import SEEN_FOREVER, STREET, deltas, grid_in, report, set_scope, worker_in


@pytest.fixture
async def city(db_url):
    hub = await start_hub(db_url)
    desk = await Peer.login(hub.port, "operator")
    await desk.snapshot()
    yield hub, desk
    await desk.close()
    await hub.stop()


def _inside(items: list[dict]) -> bool:
    return all((i.get("grid_id") or "").startswith(STREET) for i in items)


async def test_the_welcome_names_the_scope_and_v1_desks_are_city_level(city):
    hub, desk = city
    street = await Peer.login(hub.port, f"operator.{STREET}")
    assert street.welcome["session"]["scope"] == {"level": "street", "grid_id": STREET}
    assert desk.welcome["session"]["scope"] == {"level": "city", "grid_id": None}
    worker = await Peer.login(hub.port, worker_in(hub, STREET))
    assert worker.welcome["session"]["scope"] is None
    await street.close()
    await worker.close()


async def test_a_street_snapshot_is_the_city_snapshot_cut_to_the_street(city):
    hub, _ = city
    full = await (await Peer.login(hub.port, "supervisor")).snapshot()
    street = await (await Peer.login(hub.port, f"operator.{STREET}")).snapshot()
    mine = [e for e in full["events"] if (e["grid_id"] or "").startswith(STREET)]
    assert mine and len(mine) < len(full["events"]) and street["events"] == mine
    ids = {e["id"] for e in mine}
    assert street["orders"] == [o for o in full["orders"] if o["event_id"] in ids] and street["orders"]
    assert street["workers"] == [w for w in full["workers"] if w["grid_id"].startswith(STREET)]
    assert 0 < len(street["workers"]) < len(full["workers"])
    assert (street["seats"], street["video_links"]) == (full["seats"], full["video_links"])
    assert all(e["level"] == "street" and e["held_by"] == e["grid_id"][:9] for e in full["events"])


async def test_a_street_desk_gets_only_its_streets_deltas(city):
    hub, desk = city
    street = await Peer.login(hub.port, f"operator.{STREET}")
    await street.snapshot()
    outside = (await desk.ok(report(hub, grid_in(hub, "1302", but_not=STREET))))["event_id"]
    await desk.ok({"type": "event.accept", "event_id": outside, "tier": "small"})
    await desk.ok({"type": "order.dispatch", "event_id": outside, "to": {"department": "urban"}})
    inside = (await desk.ok(report(hub, grid_in(hub, STREET))))["event_id"]
    await street.until(lambda f: f.get("type") == "delta" and f["data"].get("id") == inside)
    assert {e["id"] for e in deltas(street.frames)} <= {inside} and not deltas(street.frames, "order.")
    await street.close()


async def test_a_street_desk_resuming_gets_only_its_streets_deltas(city):
    hub, desk = city
    seq = hub.state.seq
    await desk.ok(report(hub, grid_in(hub, "1302", but_not=STREET)))
    inside = (await desk.ok(report(hub, grid_in(hub, STREET))))["event_id"]
    await desk.ok({"type": "event.accept", "event_id": inside, "tier": "small"})
    await desk.ok({"type": "order.dispatch", "event_id": inside, "to": {"department": "urban"}})
    street = await Peer.login(hub.port, f"supervisor.{STREET}", resume_from=seq)
    order = await street.until(lambda f: f.get("kind") == "order.created")
    assert order["data"]["event_id"] == inside and not any(f.get("type") == "snapshot" for f in street.frames)
    assert {e["id"] for e in deltas(street.frames)} == {inside}
    await street.close()


async def test_a_street_desk_gets_only_its_streets_positions(city):
    hub, desk = city
    street = await Peer.login(hub.port, f"operator.{STREET}")
    await street.snapshot()
    gateway = await Peer.login(hub.port, "gateway")
    mine, other = worker_in(hub, STREET), worker_in(hub, "130284")
    now = int(time.time() * 1000)
    await gateway.send({"type": "positions", "items": [[mine, 39.6, 118.1, now, "patrol"],
                                                       [other, 39.7, 118.2, now, "patrol"]]})
    city_batch = await desk.until(lambda f: f.get("type") == "positions")
    street_batch = await street.until(lambda f: f.get("type") == "positions")
    assert {i[0] for i in city_batch["items"]} == {mine, other}
    assert [i[0] for i in street_batch["items"]] == [mine]
    await gateway.close()
    await street.close()


async def test_a_street_desks_queries_keep_to_its_street(city):
    hub, desk = city
    await desk.ok(report(hub, grid_in(hub, STREET)))
    street = await Peer.login(hub.port, f"operator.{STREET}")
    found = (await street.ok({"type": "query.events", "limit": 1000}))["items"]
    everything = (await desk.ok({"type": "query.events", "limit": 1000}))["items"]
    assert found == [e for e in everything if (e["grid_id"] or "").startswith(STREET)] and _inside(found)
    other = await street.ok({"type": "query.events", "grid_id": "130284", "limit": 1000})
    assert other["items"] == []
    stats = await street.ok({"type": "query.stats", **SEEN_FOREVER, "group_by": "grid"})
    assert all(r["key"].startswith(STREET) for r in stats["rows"])
    total = await street.ok({"type": "query.stats", **SEEN_FOREVER})
    archived = (await desk.ok({"type": "query.stats", **SEEN_FOREVER}))["rows"][0]["reported"]
    assert 0 < total["rows"][0]["reported"] < archived
    outside = next(e for e in everything if e["grid_id"] and not e["grid_id"].startswith(STREET))
    assert (await street.request({"type": "query.orders", "event_id": outside["id"]}))["code"] == "not_found"
    assert (await street.ok({"type": "query.orders", "event_id": found[0]["id"]}))["items"] is not None
    await street.close()


BAD_SCOPES = [(None, None, "no scope"), ("street", "130299999", "no street area"),
              ("street", None, "no street area"), ("district", STREET, "no district area"),
              ("province", None, "not city"), ("city", STREET, "names a grid")]


async def test_a_desk_user_without_a_proper_scope_is_refused_at_login(city):
    hub, _ = city
    for level, grid_id, says in BAD_SCOPES:
        set_scope(hub, "wall", level, grid_id)
        peer = await Peer.login(hub.port, "wall")
        assert peer.welcome["type"] == "error" and peer.welcome["code"] == "unauthenticated", level
        assert says in peer.welcome["message"]
        await asyncio.wait_for(peer.ws.wait_closed(), 5)
        assert peer.ws.close_code == 4401
    set_scope(hub, "wall", "district", "130284")
    assert (await Peer.login(hub.port, "wall")).welcome["session"]["scope"]["grid_id"] == "130284"


async def test_alerts_reach_a_street_desk_only_when_they_reach_its_street(city):
    hub, desk = city
    street = await Peer.login(hub.port, f"operator.{STREET}")
    await street.snapshot()
    far = await desk.ok({"type": "alert.broadcast", "title": "寻人", "body": "", "grid_ids": ["130284"]})
    near = await desk.ok({"type": "alert.broadcast", "title": "寻人", "body": "", "grid_ids": ["130203"]})
    got = await street.until(lambda f: f.get("kind") == "alert.created")
    assert got["data"]["id"] == near["alert_id"] and not deltas(street.frames, "alert.")
    again = await (await Peer.login(hub.port, f"operator.{STREET}")).snapshot()
    assert [a["id"] for a in again["alerts"]] == [near["alert_id"]] and far["recipients"] > 0
    await street.close()
