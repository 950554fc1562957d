"""Every command over a real hub: the closed loop, errors, idempotency, filtering."""
from __future__ import annotations

import pytest

from tests.hubkit import Peer, new_id, start_hub

REPORT = {"type": "event.report", "category": "public_facility", "title": "井盖破损",
          "description": "小区门口井盖缺失", "lat": 39.63, "lon": 118.18, "source": "hotline", "severity": 2,
          "reporter": "王女士", "reporter_phone": "13800000000"}


@pytest.fixture
async def desk(hub):
    peer = await Peer.login(hub.port, "operator")
    await peer.snapshot()
    yield peer
    await peer.close()


async def _new_event(desk: Peer, tier: str = "small") -> int:
    event_id = (await desk.ok(REPORT))["event_id"]
    await desk.ok({"type": "event.accept", "event_id": event_id, "tier": tier})
    return event_id


def _worker_id(hub) -> str:
    return hub.book.records[0].id


async def test_closed_loop_through_a_department_seat(hub, desk):
    event_id = await _new_event(desk)
    order_id = (await desk.ok({"type": "order.dispatch", "event_id": event_id, "to": {"department": "urban"},
                               "note": "请尽快处理"}))["order_id"]
    seat = await Peer.login(hub.port, "liaison.urban")
    snap = await seat.snapshot()
    assert order_id in [o["id"] for o in snap["orders"]]
    for step in ({"type": "order.receive"}, {"type": "order.progress", "note": "已到现场"},
                 {"type": "order.complete", "note": "已更换井盖"}):
        await seat.ok({**step, "order_id": order_id})
    for step in ({"type": "event.verify", "passed": True, "note": "现场核实"},
                 {"type": "event.follow_up", "satisfaction": 5, "note": "满意"}, {"type": "event.archive"}):
        await desk.ok({**step, "event_id": event_id})
    last = await desk.until(lambda f: f.get("kind") == "event.updated" and f["data"]["status"] == "archived")
    assert last["data"]["satisfaction"] == 5 and event_id not in hub.state.events
    await seat.close()


async def test_worker_receives_and_returns_an_order(hub, desk):
    event_id = await _new_event(desk)
    worker = _worker_id(hub)
    order_id = (await desk.ok({"type": "order.dispatch", "event_id": event_id, "to": {"worker_id": worker}}))[
        "order_id"]
    field = await Peer.login(hub.port, worker)
    snap = await field.snapshot()
    assert order_id in [o["id"] for o in snap["orders"]] and "workers" not in snap
    assert all(o["assignee"] == {"worker_id": worker} for o in snap["orders"])
    await field.ok({"type": "order.return", "order_id": order_id, "reason": "不属于网格事项"})
    back = await desk.until(lambda f: f.get("kind") == "event.updated" and f["data"]["id"] == event_id
                            and f["data"].get("returns") == 1)
    assert back["data"]["assignee"] is None and back["data"]["status"] == "accepted"
    await field.close()


async def test_failed_verification_goes_back_to_accepted(hub, desk):
    event_id = await _new_event(desk)
    order_id = (await desk.ok({"type": "order.dispatch", "event_id": event_id, "to": {"department": "water"}}))[
        "order_id"]
    seat = await Peer.login(hub.port, "liaison.water")
    await seat.ok({"type": "order.receive", "order_id": order_id})
    await seat.ok({"type": "order.complete", "order_id": order_id, "note": "done"})
    await desk.ok({"type": "event.verify", "event_id": event_id, "passed": False, "note": "仍在漏水"})
    assert hub.state.event(event_id).status == "accepted" and hub.state.event(event_id).verify_failures == 1
    await seat.close()


async def test_handled_on_spot_arrives_resolved(desk):
    event_id = (await desk.ok({**REPORT, "handled_on_spot": True}))["event_id"]
    created = await desk.until(lambda f: f.get("kind") == "event.created" and f["data"]["id"] == event_id)
    assert created["data"]["status"] == "resolved"


async def test_reject_with_reason_ends_the_report(hub, desk):
    event_id = (await desk.ok(REPORT))["event_id"]
    await desk.ok({"type": "event.reject", "event_id": event_id, "reason": "重复上报"})
    assert event_id not in hub.state.events


async def test_supervise_and_escalate_reach_the_order_trail(hub, desk):
    event_id = await _new_event(desk)
    await desk.ok({"type": "order.dispatch", "event_id": event_id, "to": {"department": "urban"}})
    boss = await Peer.login(hub.port, "supervisor")
    await boss.ok({"type": "event.supervise", "event_id": event_id, "note": "请加快办理"})
    await boss.ok({"type": "event.escalate", "event_id": event_id, "note": "升级督办",
                   "due_at": "2099-01-01T09:00:00+08:00"})
    event = hub.state.event(event_id)
    order = hub.state.open_order_of(event_id)
    assert event.supervised and event.escalation_level == 1 and event.due_at.year == 2099
    assert [n.kind for n in order.notes] == ["dispatch", "supervise", "escalate"]
    await boss.close()


async def test_same_id_gives_the_same_ack_and_one_effect(hub, desk):
    frame = {**REPORT, "id": new_id("idem")}
    first = await desk.request(frame)
    again = await desk.request(frame)
    assert first == again and first["type"] == "ack"
    assert sum(1 for e in hub.state.events.items.values() if e.id == first["result"]["event_id"]) == 1
    other = await desk.request({**frame, "title": "别的事"})
    assert other["code"] == "conflict"


@pytest.mark.parametrize(("frame", "code"), [
    ("{not json", "bad_json"),
    ("[1, 2]", "bad_json"),
    ({"type": "no.such", "id": "e1"}, "bad_request"),
    ({"type": "event.accept", "id": "e2", "tier": "small"}, "bad_request"),
    ({"type": "event.accept", "id": "x" * 65, "event_id": 1, "tier": "small"}, "bad_request"),
    ({**REPORT, "id": "e3", "lat": 123.0}, "bad_request"),
    ({**REPORT, "id": "e4", "severity": 9}, "bad_request"),
    ({"type": "event.accept", "id": "e5", "event_id": 999999, "tier": "small"}, "not_found"),
    ({"type": "video.report", "id": "e6", "link_id": "x", "state": "up", "latency_ms": 1, "loss_pct": 0,
      "bitrate_kbps": 1}, "forbidden"),
])
async def test_bad_input_gets_the_documented_error_and_the_session_stays(desk, frame, code):
    rid = frame["id"] if isinstance(frame, dict) and len(frame["id"]) <= 64 else None
    await desk.send(frame)
    answer = await desk.answer(rid)
    assert answer["code"] == code and answer["message"]
    assert (await desk.request({"type": "grids.get", "limit": 1}))["type"] == "ack"


async def test_binary_frame_is_refused(desk):
    await desk.ws.send(b"\x00\x01")
    assert (await desk.answer(None))["code"] == "bad_json"


async def test_illegal_transition_and_stale_version_are_conflicts(hub, desk):
    event_id = (await desk.ok(REPORT))["event_id"]
    answer = await desk.request({"type": "event.archive", "event_id": event_id})
    assert answer["code"] == "conflict"
    stale = await desk.request({"type": "event.accept", "event_id": event_id, "tier": "small", "version": 7})
    assert stale["code"] == "conflict" and hub.state.event(event_id).status == "reported"


async def test_liaison_sees_and_touches_only_their_department(hub, desk):
    event_id = await _new_event(desk)
    order_id = (await desk.ok({"type": "order.dispatch", "event_id": event_id, "to": {"department": "police"}}))[
        "order_id"]
    seat = await Peer.login(hub.port, "liaison.urban")
    snap = await seat.snapshot()
    assert all(o["assignee"]["department"] == "urban" for o in snap["orders"])
    assert event_id not in [e["id"] for e in snap["events"]]
    answer = await seat.request({"type": "order.receive", "order_id": order_id})
    assert answer["code"] == "forbidden"
    await seat.close()


async def test_alert_reaches_the_workers_of_its_grids(hub, desk):
    worker = hub.book.records[0]
    field = await Peer.login(hub.port, worker.id)
    await field.snapshot()
    result = await desk.ok({"type": "alert.broadcast", "title": "寻找走失老人", "body": "82岁，穿蓝色外套",
                            "grid_ids": [worker.grid_id]})
    assert result["recipients"] == sum(1 for w in hub.book.records if w.grid_id.startswith(worker.grid_id))
    alert = await field.until(lambda f: f["type"] == "alert")
    assert alert["alert"]["title"] == "寻找走失老人"
    sighting = await field.ok({**REPORT, "source": "worker", "alert_id": result["alert_id"]})
    assert hub.state.event(sighting["event_id"]).alert_id == result["alert_id"]
    await field.close()


async def test_gateway_positions_reach_desks_coalesced(hub, desk):
    gateway = await Peer.login(hub.port, "gateway")
    ids = [w.id for w in hub.book.records[:3]]
    for lat in (39.60, 39.61):
        await gateway.send({"type": "positions", "items": [[i, lat, 118.2, 1_900_000_000_000 + int(lat * 1e4),
                                                              "patrol"] for i in ids] + [["nobody", 1, 1, 1, "idle"]]})
    await gateway.request({"type": "video.report", "link_id": next(iter(hub.state.video_links.items)),
                           "state": "degraded", "latency_ms": 300, "loss_pct": 2.5, "bitrate_kbps": 800})
    batch = await desk.until(lambda f: f["type"] == "positions", timeout=3)
    latest = {item[0]: item for item in batch["items"]}
    assert set(ids) <= set(latest) and all(latest[i][1] == 39.61 for i in ids)
    assert hub.book.unknown_ids == 2
    await gateway.close()


async def test_video_report_updates_the_link(hub, desk):
    gateway = await Peer.login(hub.port, "gateway")
    link_id = sorted(hub.state.video_links.items)[0]
    await gateway.ok({"type": "video.report", "link_id": link_id, "state": "down", "latency_ms": 0,
                      "loss_pct": 100, "bitrate_kbps": 0})
    delta = await desk.until(lambda f: f.get("kind") == "video_link.updated")
    assert delta["data"]["state"] == "down" and delta["data"]["last_seen"]
    await gateway.close()


async def test_pipelined_commands_are_answered_in_order_once(hub, desk):
    ids = [new_id("pipe") for _ in range(200)]
    for rid in ids:
        await desk.send({**REPORT, "id": rid})
    answers = [await desk.answer(rid) for rid in ids]
    assert all(a["type"] == "ack" for a in answers)
    assert len({a["result"]["event_id"] for a in answers}) == 200


async def test_queries_search_archive_and_count(hub, desk):
    event_id = (await desk.ok({**REPORT, "title": "独特的标题XYZ"}))["event_id"]
    found = await desk.ok({"type": "query.events", "text": "标题xyz", "limit": 5})
    assert [e["id"] for e in found["items"]] == [event_id]
    page = await desk.ok({"type": "query.events", "limit": 2})
    more = await desk.ok({"type": "query.events", "limit": 2, "cursor": page["next_cursor"]})
    assert page["items"][-1]["created_at"] >= more["items"][0]["created_at"]
    stats = await desk.ok({"type": "query.stats", "since": "2000-01-01T00:00:00+08:00",
                           "until": "2100-01-01T00:00:00+08:00", "group_by": "category"})
    assert sum(r["reported"] for r in stats["rows"]) > 0
    grids = await desk.ok({"type": "grids.get", "limit": 5})
    assert len(grids["items"]) == 5 and grids["next_cursor"] == "5"
    too_many = await desk.request({"type": "query.events", "limit": 1001})
    assert too_many["code"] == "bad_request"


async def test_a_flood_beyond_the_rate_limit_is_told_to_slow_down(sqlite_url):
    hub = await start_hub(sqlite_url, rate_limit=20)
    peer = await Peer.login(hub.port, "operator")
    ids = [new_id("flood") for _ in range(60)]
    for rid in ids:
        await peer.send({"type": "grids.get", "id": rid, "limit": 1})
    codes = [(await peer.answer(rid)).get("code") for rid in ids]
    assert "rate_limited" in codes and codes.count(None) >= 40
    await peer.close()
    await hub.stop()
