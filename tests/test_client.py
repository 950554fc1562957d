"""The desk's hub client against a real hub: session, requests, restarts, gaps, watchdog."""
from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from commandcenter.net import protocol
from commandcenter.net.client import ClientOffline, HubClient, HubError
from tests.hubkit import start_hub

REPORT = {"type": "event.report", "category": "sanitation", "title": "垃圾堆放", "description": "路口垃圾",
          "lat": 39.63, "lon": 118.18, "source": "hotline", "severity": 1}


def ws_url(port: int) -> str:
    return f"ws://127.0.0.1:{port}/ws"


class Probe:
    """Records what a client reports through its callbacks."""

    def __init__(self) -> None:
        self.frames: list[dict] = []
        self.states: list[str] = []
        self.progress: list[tuple[int, int]] = []

    def client(self, port: int, user: str = "operator", password: str = "demo", **options) -> HubClient:
        return HubClient(ws_url(port), {"user": user, "password": password}, on_frame=self.frames.append,
                         on_state=self.states.append, on_progress=lambda i, k: self.progress.append((i, k)),
                         **options)

    def of_type(self, kind: str) -> list[dict]:
        return [f for f in self.frames if f["type"] == kind]

    def delta_seqs(self) -> list[int]:
        return [f["seq"] for f in self.of_type("delta")]


async def until(condition: Callable[[], object], timeout: float = 15.0) -> None:
    async with asyncio.timeout(timeout):
        while not condition():
            await asyncio.sleep(0.02)


def contiguous(probe: Probe) -> bool:
    first = probe.of_type("snapshot")[0]["seq"]
    seqs = probe.delta_seqs()
    return seqs == list(range(first + 1, first + 1 + len(seqs)))


@pytest.fixture
def db_url(sqlite_url):
    """The client's tests need one real hub, not one per database."""
    return sqlite_url


@pytest.fixture
async def desk(hub):
    probe = Probe()
    client = probe.client(hub.port)
    await client.start()
    await until(lambda: probe.of_type("snapshot"))
    yield probe, client
    await client.stop()


async def test_login_hands_over_the_session_and_the_snapshot(hub, desk):
    probe, client = desk
    snap = probe.of_type("snapshot")[0]
    assert client.session["role"] == "operator" and client.session["token"]
    assert len(snap["events"]) == len(hub.state.events) > 0 and len(snap["seats"]) == 12
    assert "part" not in snap and probe.progress == [(1, 1)] and client.seq == snap["seq"]
    assert probe.states == ["connecting", "live"] and client.last_frame_at is not None


async def test_a_big_snapshot_comes_merged_with_progress(hub, monkeypatch):
    monkeypatch.setattr(protocol, "SNAPSHOT_PART_BYTES", 4000)
    probe = Probe()
    client = probe.client(hub.port)
    await client.start()
    await until(lambda: probe.of_type("snapshot"))
    parts = probe.progress[-1][1]
    assert parts > 1 and probe.progress == [(i, parts) for i in range(1, parts + 1)]
    assert len(probe.of_type("snapshot")[0]["workers"]) == len(hub.book)
    await client.stop()


async def test_request_resolves_with_the_ack_result(hub, desk):
    probe, client = desk
    result = await client.request(REPORT)
    assert result["event_id"] in hub.state.events
    await until(lambda: probe.of_type("delta"))
    created = next(f for f in probe.of_type("delta") if f["kind"] == "event.created")
    assert created["data"]["id"] == result["event_id"] and created["initiator"] is not None


async def test_refused_command_raises_hub_error(desk):
    _, client = desk
    with pytest.raises(HubError) as refused:
        await client.request({"type": "event.accept", "event_id": 987654, "tier": "small"})
    assert refused.value.code == "not_found" and refused.value.message


async def test_requests_made_before_start_are_sent_after_the_hello(hub):
    client = Probe().client(hub.port)
    future = client.request({**REPORT, "id": "before-start"})
    await client.start()
    assert (await asyncio.wait_for(future, 10))["event_id"] in hub.state.events
    await client.stop()
    with pytest.raises(ClientOffline):
        await client.request(REPORT)


async def test_wrong_password_gives_up_offline(hub):
    probe = Probe()
    client = probe.client(hub.port, password="wrong")
    future = client.request(REPORT)
    await client.start()
    with pytest.raises(ClientOffline):
        await asyncio.wait_for(future, 10)
    assert client.state == "offline" and client.auth_error.code == "unauthenticated"
    assert probe.states == ["connecting", "offline"]


async def test_resumes_from_a_restarted_hub_without_a_gap(sqlite_url):
    hub = await start_hub(sqlite_url)
    probe = Probe()
    client = probe.client(hub.port)
    await client.start()
    await client.request(REPORT)
    await hub.stop()
    await until(lambda: client.state == "reconnecting")
    hub = await start_hub(sqlite_url, demo=False)
    client.url = ws_url(hub.port)
    await client.request(REPORT)
    await until(lambda: client.seq == hub.state.seq)
    assert len(probe.of_type("snapshot")) == 1 and contiguous(probe)
    assert probe.states == ["connecting", "live", "reconnecting", "live"]
    await client.stop()
    await hub.stop()


async def test_a_command_made_while_the_hub_is_down_is_delivered_once(sqlite_url):
    hub = await start_hub(sqlite_url)
    client = Probe().client(hub.port)
    await client.start()
    await until(lambda: client.state == "live")
    await hub.stop()
    await until(lambda: client.state == "reconnecting")
    future = client.request({**REPORT, "title": "停机期间上报"})
    hub = await start_hub(sqlite_url, demo=False)
    client.url = ws_url(hub.port)
    event_id = (await asyncio.wait_for(future, 15))["event_id"]
    titles = [e.title for e in hub.state.events.items.values()]
    assert titles.count("停机期间上报") == 1 and hub.state.event(event_id).title == "停机期间上报"
    await client.stop()
    await hub.stop()


def lose_first_delta(hub) -> list[bytes]:
    """Make the hub's fan-out drop the next delta it delivers (the ring still holds it)."""
    deliver, lost = hub.fanout.deliver, []

    def lossy(client, frame: bytes) -> None:
        if not lost and frame.startswith(b'{"type":"delta"'):
            lost.append(frame)
            return
        deliver(client, frame)

    hub.fanout.deliver = lossy
    return lost


async def test_a_gap_makes_the_client_resume(hub, desk):
    probe, client = desk
    lost = lose_first_delta(hub)
    await client.request({**REPORT, "title": "缺口"})
    await asyncio.wait_for(client.request({**REPORT, "title": "缺口"}), 15)
    await until(lambda: client.seq == hub.state.seq)
    assert lost and contiguous(probe) and len(probe.of_type("snapshot")) == 1
    assert probe.states[-2:] == ["reconnecting", "live"]
    assert [e.title for e in hub.state.events.items.values()].count("缺口") == 2


async def test_a_filtered_view_accepts_skipped_seqs(hub, desk):
    _, operator = desk
    probe = Probe()
    liaison = probe.client(hub.port, "liaison.urban")
    await liaison.start()
    await until(lambda: probe.of_type("snapshot"))
    await operator.request(REPORT)
    event_id = (await operator.request(REPORT))["event_id"]
    await operator.request({"type": "event.accept", "event_id": event_id, "tier": "small"})
    await operator.request({"type": "order.dispatch", "event_id": event_id, "to": {"department": "urban"}})
    await until(lambda: any(f.get("kind") == "order.created" for f in probe.frames))
    assert probe.states == ["connecting", "live"] and probe.delta_seqs() == sorted(set(probe.delta_seqs()))
    await liaison.stop()


def send_deltas_twice(hub) -> None:
    deliver = hub.fanout.deliver

    def twice(client, frame: bytes) -> None:
        deliver(client, frame)
        if frame.startswith(b'{"type":"delta"'):
            deliver(client, frame)

    hub.fanout.deliver = twice


async def test_a_duplicate_delta_is_dropped(hub, desk):
    probe, client = desk
    send_deltas_twice(hub)
    await client.request(REPORT)
    await client.request(REPORT)
    await until(lambda: client.seq == hub.state.seq)
    assert contiguous(probe) and probe.states == ["connecting", "live"]


async def test_a_silent_hub_trips_the_watchdog(hub):
    probe = Probe()
    client = probe.client(hub.port, watchdog_s=0.5)
    await client.start()
    await until(lambda: probe.states.count("live") >= 2)
    assert "reconnecting" in probe.states and len(probe.of_type("snapshot")) == 1
    await client.stop()
    assert client.state == "offline"


async def test_a_refused_token_falls_back_to_the_password(sqlite_url, tmp_path):
    hub = await start_hub(sqlite_url)
    probe = Probe()
    client = probe.client(hub.port)
    await client.start()
    await until(lambda: client.state == "live")
    await hub.stop()
    other = await start_hub(f"sqlite:///{tmp_path / 'other.sqlite3'}")
    client.url = ws_url(other.port)
    await until(lambda: probe.states.count("live") == 2)
    assert client.session["user"] == "operator" and client.auth_error is None
    await client.stop()
    await other.stop()
