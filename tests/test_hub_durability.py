"""Restarting the hub on the same database: state, journal, tokens and idempotency survive."""
from __future__ import annotations

import os

import msgspec
import pytest

from commandcenter.net import messages as m
from commandcenter.service.context import Actor
from tests.hubkit import Peer, new_id, start_hub

REPORT = {"type": "event.report", "category": "sanitation", "title": "垃圾满溢", "description": "",
          "lat": 39.63, "lon": 118.18, "source": "citizen", "severity": 1}


async def test_restart_keeps_everything_and_replays_the_original_ack(db_url):
    hub = await start_hub(db_url)
    peer = await Peer.login(hub.port, "operator")
    frame = {**REPORT, "id": new_id("dur")}
    first = await peer.request(frame)
    token = peer.welcome["session"]["token"]
    seq = hub.state.seq
    await peer.close()
    await hub.stop()

    hub = await start_hub(db_url, demo=False)
    assert hub.state.seq == seq and first["result"]["event_id"] in hub.state.events
    again = await Peer.login(hub.port, "", token=token, resume_from=seq)
    assert await again.request(frame) == first
    assert hub.state.seq == seq
    await again.close()
    await hub.stop()


async def test_journal_seqs_are_gap_free_and_hash_chained(db_url):
    hub = await start_hub(db_url)
    peer = await Peer.login(hub.port, "operator")
    for _ in range(5):
        await peer.ok(REPORT)
    await peer.close()
    from sqlalchemy import select

    from commandcenter.store import schema as t
    from commandcenter.store.hashing import chain

    with hub.store.engine.connect() as conn:
        rows = conn.execute(select(t.journal).order_by(t.journal.c.seq)).all()
    assert [r.seq for r in rows] == list(range(1, len(rows) + 1))
    prev = ""
    for r in rows:
        assert r.prev_hash == prev and r.hash == chain(prev, r.seq, r.at_ms, r.actor, r.kind, r.entity)
        prev = r.hash
    await hub.stop()


@pytest.mark.pg
async def test_a_value_the_database_refuses_sinks_only_its_own_command(pg_server):
    """PostgreSQL text cannot hold U+0000; the wire refuses it, but if one ever reached a commit
    it must not take the commands batched with it down."""
    url = pg_server.create_database(f"refuse_{os.getpid()}")
    hub = await start_hub(url)
    actor = Actor("operator", "operator")
    commands = [m.EventReport(id=f"batch-{i}", category="sanitation", title="a\x00b" if i == 1 else "ok",
                              description="", lat=39.63, lon=118.18, source="hotline", severity=1) for i in range(4)]
    futures = [hub.committer.submit(actor, c) for c in commands]  # queued together: one batch
    answers = [msgspec.json.decode(await f) for f in futures]
    assert [a.get("code", a["type"]) for a in answers] == ["ack", "internal", "ack", "ack"]
    created = {a["result"]["event_id"] for a in answers if a["type"] == "ack"}
    await hub.stop()
    hub = await start_hub(url, demo=False)
    assert len(created) == 3 and all(event_id in hub.state.events for event_id in created)
    assert all(hub.state.events.get(event_id).title == "ok" for event_id in created)
    await hub.stop()
