"""Tamper evidence: editing, deleting or inserting journal/audit rows is caught and named."""
from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import delete, insert, select, update

from commandcenter.store import schema as t
from tests.hubkit import Peer, start_hub

REPORT = {"type": "event.report", "category": "dispute", "title": "邻里纠纷", "description": "噪音",
          "lat": 39.63, "lon": 118.18, "source": "hotline", "severity": 2}


@pytest.fixture
async def recorded(db_url):
    hub = await start_hub(db_url)
    peer = await Peer.login(hub.port, "operator")
    for _ in range(4):
        await peer.ok(REPORT)
    await peer.close()
    await hub.stop()
    return db_url, hub.store


def verify_cli(url: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "commandcenter.net.cli", "audit", "verify", "--db", url],
                          capture_output=True, text=True, timeout=60)


def tamper(store, statement) -> None:
    with store.engine.begin() as conn:
        conn.execute(statement)


async def test_an_untouched_record_verifies(recorded):
    url, _ = recorded
    result = verify_cli(url)
    assert result.returncode == 0 and "journal: 4 rows, chain intact" in result.stdout


async def test_an_edited_row_is_named(recorded):
    url, store = recorded
    tamper(store, update(t.journal).where(t.journal.c.seq == 2).values(entity='{"forged":true}'))
    result = verify_cli(url)
    assert result.returncode == 1 and "journal: row 2: content does not match its hash" in result.stdout


async def test_a_deleted_row_is_named(recorded):
    url, store = recorded
    tamper(store, delete(t.audit).where(t.audit.c.seq == 3))
    assert "audit: row 3: missing" in verify_cli(url).stdout


async def test_a_deleted_tail_is_caught(recorded):
    url, store = recorded
    tamper(store, delete(t.journal).where(t.journal.c.seq == 4))
    assert "rows after 3 were deleted" in verify_cli(url).stdout


async def test_an_inserted_row_is_caught(recorded):
    url, store = recorded
    with store.engine.connect() as conn:
        row = conn.execute(select(t.journal).where(t.journal.c.seq == 4)).one()
    tamper(store, update(t.journal).where(t.journal.c.seq == 4).values(seq=5))
    tamper(store, insert(t.journal).values(**{**row._mapping, "entity": "{}"}))
    assert "journal: row 4" in verify_cli(url).stdout
