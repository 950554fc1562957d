"""Sessions over real websockets: hello, tokens, lockout, snapshot, resume, health."""
from __future__ import annotations

import asyncio
import json
import urllib.request

import pytest
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from tests.hubkit import Peer, new_id, start_hub


async def test_healthz_answers_json(hub):
    def fetch():
        with urllib.request.urlopen(f"http://127.0.0.1:{hub.port}/healthz", timeout=5) as response:
            return response.status, json.loads(response.read())

    status, body = await asyncio.to_thread(fetch)
    assert status == 200 and body["status"] == "ok" and body["seq"] == hub.state.seq


async def test_operator_gets_welcome_and_whole_snapshot(hub):
    peer = await Peer.login(hub.port, "operator")
    assert peer.welcome["type"] == "welcome" and peer.welcome["session"]["role"] == "operator"
    snap = await peer.snapshot()
    assert len(snap["events"]) == len(hub.state.events) > 0
    assert len(snap["workers"]) == len(hub.book) and len(snap["seats"]) == 12
    assert {"departments", "video_links", "orders"} <= snap.keys()
    await peer.close()


async def _refused(port: int, frame: dict) -> tuple[dict, int]:
    async with connect(f"ws://127.0.0.1:{port}/ws") as ws:
        await ws.send(json.dumps(frame))
        answer = json.loads(await ws.recv())
        with pytest.raises(ConnectionClosed) as closed:
            await ws.recv()
        return answer, closed.value.rcvd.code


async def test_wrong_password_is_refused_and_closed_4401(hub):
    answer, code = await _refused(hub.port, {"type": "hello", "id": "h1", "protocol": 1,
                                             "auth": {"user": "operator", "password": "nope"}})
    assert (answer["type"], answer["code"], answer["id"], code) == ("error", "unauthenticated", "h1", 4401)


async def test_any_frame_before_hello_is_unauthenticated(hub):
    answer, code = await _refused(hub.port, {"type": "event.archive", "id": "a", "event_id": 1})
    assert answer["code"] == "unauthenticated" and code == 4401


async def test_five_bad_passwords_lock_the_user_out(hub):
    bad = {"type": "hello", "id": "h", "protocol": 1, "auth": {"user": "supervisor", "password": "x"}}
    for _ in range(5):
        await _refused(hub.port, bad)
    good = {**bad, "auth": {"user": "supervisor", "password": "demo"}}
    answer, code = await _refused(hub.port, good)
    assert "locked" in answer["message"] and code == 4401


async def test_token_replaces_the_password(hub):
    first = await Peer.login(hub.port, "operator")
    token = first.welcome["session"]["token"]
    await first.close()
    again = await Peer.login(hub.port, "", token=token)
    assert again.welcome["session"]["user"] == "operator"
    await again.close()
    answer, _ = await _refused(hub.port, {"type": "hello", "id": "h", "protocol": 1, "auth": {"token": "forged"}})
    assert answer["code"] == "unauthenticated"


async def test_resume_sends_exactly_the_missed_deltas(hub):
    desk = await Peer.login(hub.port, "operator")
    seen = (await desk.snapshot())["seq"]
    await desk.close()
    reporter = await Peer.login(hub.port, "operator")
    for _ in range(3):
        await reporter.ok({"type": "event.report", "category": "sanitation", "title": "垃圾堆放",
                           "description": "", "lat": 39.63, "lon": 118.18, "source": "hotline", "severity": 1})
    back = await Peer.login(hub.port, "operator", resume_from=seen)
    deltas = [await back.until(lambda f: f["type"] == "delta") for _ in range(3)]
    assert [d["seq"] for d in deltas] == [seen + 1, seen + 2, seen + 3]
    assert all(d["kind"] == "event.created" for d in deltas)
    await reporter.close()
    await back.close()


async def test_resume_from_too_old_gets_a_snapshot(db_url):
    hub = await start_hub(db_url, ring_size=2)
    peer = await Peer.login(hub.port, "operator")
    await peer.snapshot()
    for _ in range(4):
        await peer.ok({"type": "event.report", "category": "other", "title": "t", "description": "",
                       "lat": 39.63, "lon": 118.18, "source": "citizen", "severity": 1})
    back = await Peer.login(hub.port, "operator", resume_from=0)
    assert (await back.next_frame())["type"] == "snapshot"
    await peer.close()
    await back.close()
    await hub.stop()


async def test_oversized_frame_closes_1009(hub):
    peer = await Peer.login(hub.port, "operator")
    await peer.ws.send("x" * (1 << 20 + 1) + "y" * 1024)
    with pytest.raises(ConnectionClosed) as closed:
        while True:
            await peer.ws.recv()
    assert closed.value.sent.code == 1009


async def test_heartbeat_and_second_hello(hub):
    peer = await Peer.login(hub.port, "wall")
    answer = await peer.request({"type": "hello", "protocol": 1, "auth": {"user": "wall", "password": "demo"}})
    assert answer["code"] == "bad_request"
    hub.fanout.heartbeat()
    beat = await peer.until(lambda f: f["type"] == "heartbeat")
    assert beat["seq"] == hub.state.seq
    await peer.close()


async def test_unsupported_protocol_version_is_refused(hub):
    answer, code = await _refused(hub.port, {"type": "hello", "id": new_id(), "protocol": 2,
                                             "auth": {"user": "operator", "password": "demo"}})
    assert answer["code"] == "unauthenticated" and code == 4401


async def test_resume_against_another_journal_gets_a_snapshot(hub):
    async with connect(f"ws://127.0.0.1:{hub.port}/ws", max_size=2**26) as ws:
        await ws.send(json.dumps({"type": "hello", "id": "h", "protocol": 1, "resume_from": hub.state.seq,
                                  "auth": {"user": "operator", "password": "demo"}, "journal_id": "0" * 32}))
        welcome = json.loads(await ws.recv())
        assert len(welcome["journal_id"]) == 32 and welcome["journal_id"] != "0" * 32
        assert json.loads(await ws.recv())["type"] == "snapshot"


async def test_an_expired_token_is_refused(db_url):
    hub = await start_hub(db_url, token_ttl_s=1)
    try:
        first = await Peer.login(hub.port, "operator")
        token = first.welcome["session"]["token"]
        await first.close()
        await asyncio.sleep(1.2)
        answer, code = await _refused(hub.port, {"type": "hello", "id": "h", "protocol": 1, "auth": {"token": token}})
        assert (answer["code"], code) == ("unauthenticated", 4401) and "expired" in answer["message"]
    finally:
        await hub.stop()


async def test_the_token_of_a_deleted_user_is_refused(hub):
    first = await Peer.login(hub.port, "liaison.urban")
    token = first.welcome["session"]["token"]
    await first.close()
    await hub._db(hub.auth.accounts.remove, "liaison.urban", writer=True)
    answer, code = await _refused(hub.port, {"type": "hello", "id": "h", "protocol": 1, "auth": {"token": token}})
    assert (answer["code"], code) == ("unauthenticated", 4401)
    answer, code = await _refused(hub.port, {"type": "hello", "id": "h2", "protocol": 1,
                                             "auth": {"user": "liaison.urban", "password": "demo"}})
    assert (answer["code"], code) == ("unauthenticated", 4401)
