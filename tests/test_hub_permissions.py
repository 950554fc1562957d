"""The permission rule, generated from the domain table and checked over the wire."""
from __future__ import annotations

import pytest

from commandcenter.domain import permissions
from tests.hubkit import Peer, start_hub

ROLES_USERS = {"operator": "operator", "supervisor": "supervisor", "wall": "wall", "gateway": "gateway",
               "admin": "admin", "liaison": "liaison.urban"}
T = "2100-01-01T00:00:00+08:00"


def frames(event_id: int, order_id: int, grid_id: str, link_id: str) -> dict[str, dict]:
    ev, od = {"event_id": event_id}, {"order_id": order_id}
    return {
        "event.report": {"category": "other", "title": "t", "description": "", "lat": 39.6, "lon": 118.2,
                         "source": "citizen", "severity": 1},
        "event.accept": {**ev, "tier": "small"}, "event.reject": {**ev, "reason": "r"},
        "order.dispatch": {**ev, "to": {"department": "urban"}},
        "order.receive": od, "order.return": {**od, "reason": "r"}, "order.progress": {**od, "note": "n"},
        "order.complete": {**od, "note": "n"}, "event.verify": {**ev, "passed": True, "note": ""},
        "event.follow_up": {**ev, "satisfaction": 3, "note": ""}, "event.archive": ev,
        "event.supervise": {**ev, "note": "n"}, "event.escalate": {**ev, "note": "n"},
        "alert.broadcast": {"title": "t", "body": "b", "grid_ids": [grid_id]},
        "video.report": {"link_id": link_id, "state": "up", "latency_ms": 1, "loss_pct": 0, "bitrate_kbps": 1},
        "query.events": {}, "grids.get": {}, "query.stats": {"since": "2000-01-01T00:00:00+08:00", "until": T},
    }


@pytest.fixture
async def world(db_url):
    hub = await start_hub(db_url)
    desk = await Peer.login(hub.port, "operator")
    event_id = (await desk.ok({"type": "event.report", **frames(0, 0, "", "")["event.report"]}))["event_id"]
    await desk.ok({"type": "event.accept", "event_id": event_id, "tier": "medium"})
    order_id = (await desk.ok({"type": "order.dispatch", "event_id": event_id,
                               "to": {"department": "urban"}}))["order_id"]
    grid = next(g for g in hub.state.grids.values() if g.kind == "comprehensive")
    yield hub, frames(event_id, order_id, grid.id, sorted(hub.state.video_links.items)[0])
    await desk.close()
    await hub.stop()


async def test_every_role_and_command_follows_the_rule(world):
    hub, sample = world
    users = {**ROLES_USERS, "worker": hub.book.records[0].id}
    for role, user in users.items():
        peer = await Peer.login(hub.port, user)
        for command, fields in sample.items():
            answer = await peer.request({"type": command, **fields})
            own = role != "worker"  # the order is urban's: the urban liaison's own, no worker's
            refused = answer.get("code") == "forbidden"
            assert refused != permissions.may(role, command, own=own), (role, command, answer)
        await peer.close()


async def test_other_department_is_forbidden_and_audited(world):
    hub, sample = world
    police = await Peer.login(hub.port, "liaison.police")
    answer = await police.request({"type": "order.receive", **sample["order.receive"]})
    assert answer["code"] == "forbidden"
    await police.close()
    from sqlalchemy import select

    from commandcenter.store import schema as t

    with hub.store.engine.connect() as conn:
        rows = conn.execute(select(t.audit.c.outcome).where(t.audit.c.user == "liaison.police")).all()
    assert ("forbidden",) in [tuple(r) for r in rows]
