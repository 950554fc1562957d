"""A worker's SOS (PROTOCOL.md "Levels"): a severity-4 event held at the worker's street that reaches
exactly the desks of that area (and the city's), acknowledged once by a desk of the area."""
from __future__ import annotations

import asyncio

import pytest

from tests.hubkit import Peer, start_hub
from tests.levelkit import OTHER_STREET, STREET, add_desk, deltas, worker_in


@pytest.fixture
async def field(db_url):
    hub = await start_hub(db_url)
    add_desk(hub, f"operator.{OTHER_STREET}", "operator", "street", OTHER_STREET)
    desks = {key: await Peer.login(hub.port, name) for key, name in (
        ("city", "wall"), ("street", f"operator.{STREET}"), ("other", f"operator.{OTHER_STREET}"))}
    for desk in desks.values():
        await desk.snapshot()
    worker = await Peer.login(hub.port, worker_in(hub, STREET))
    yield hub, desks, worker
    for peer in (*desks.values(), worker):
        await peer.close()
    await hub.stop()


def _is_sos(frame: dict) -> bool:
    return frame.get("kind") == "event.created" and frame["data"].get("sos") is True


async def test_an_sos_reaches_exactly_the_desks_of_its_area(field):
    hub, desks, worker = field
    event_id = (await worker.ok({"type": "sos", "lat": 39.62, "lon": 118.17, "note": "被围堵"}))["event_id"]
    for key in ("city", "street"):
        sos = (await desks[key].until(_is_sos))["data"]
        assert (sos["id"], sos["source"], sos["severity"], sos["level"], sos["held_by"]) == (
            event_id, "sos", 4, "street", STREET)
    assert (sos["lat"], sos["lon"], sos["description"], sos["status"]) == (39.62, 118.17, "被围堵", "reported")
    assert "sos_acked_by" not in sos and sos["grid_id"] == hub.book.get(worker_in(hub, STREET)).grid_id
    await asyncio.sleep(0.3)
    await desks["other"].ok({"type": "query.events", "limit": 1})  # all its frames so far are in
    assert not any(_is_sos(f) for f in desks["other"].frames)


async def test_a_desk_of_the_area_acknowledges_the_sos_once(field):
    hub, desks, worker = field
    event_id = (await worker.ok({"type": "sos", "lat": 39.62, "lon": 118.17}))["event_id"]
    elsewhere = await desks["other"].request({"type": "sos.ack", "event_id": event_id})
    assert elsewhere["code"] == "forbidden"
    await desks["street"].ok({"type": "sos.ack", "event_id": event_id})
    acked = await desks["street"].until(lambda f: f.get("kind") == "event.updated")
    assert acked["data"]["sos_acked_by"] == f"operator.{STREET}" and acked["data"]["sos_acked_at"]
    again = await desks["street"].request({"type": "sos.ack", "event_id": event_id})
    assert again["code"] == "conflict" and hub.state.event(event_id).sos_acked_by == f"operator.{STREET}"
    assert (await desks["city"].request({"type": "sos.ack", "event_id": event_id}))["code"] == "forbidden"


async def test_only_a_worker_may_send_an_sos_and_a_client_may_not_report_one(field):
    _, desks, worker = field
    refused = await desks["street"].request({"type": "sos", "lat": 39.62, "lon": 118.17})
    assert refused["code"] == "forbidden"
    fake = {"type": "event.report", "category": "other", "title": "t", "description": "", "lat": 39.6,
            "lon": 118.1, "source": "sos", "severity": 4}
    assert (await worker.request(fake))["code"] == "bad_request"
    assert not deltas(desks["street"].frames)


async def test_an_ack_of_an_ordinary_event_is_a_conflict(field):
    hub, desks, _ = field
    event_id = next(e.id for e in hub.state.events.items.values() if (e.grid_id or "").startswith(STREET))
    answer = await desks["street"].request({"type": "sos.ack", "event_id": event_id})
    assert answer["code"] == "conflict" and "not an SOS" in answer["message"]
