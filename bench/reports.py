"""Durably acked ``event.report`` per second: the hub vs a bare group-committing server.

The baseline is a bare ``websockets`` server that decodes the same frames, group-commits the
same rows (event, journal, audit, idempotency key) to WAL SQLite with the same fsync policy,
and acks after commit. A bare batch insert of those rows, with no network, is the disk ceiling.
"""
from __future__ import annotations

import asyncio
import sqlite3
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import msgspec
from websockets.asyncio.server import serve

from .common import Timer, demo_hub, login, record, report_frame

CLIENTS = 4
WINDOW = 256

SCHEMA = """
CREATE TABLE events (id INTEGER PRIMARY KEY, code TEXT, category TEXT, source TEXT, status TEXT, severity INT,
  grid_id TEXT, title TEXT, description TEXT, created_ms INT, version INT, data TEXT);
CREATE TABLE journal (seq INTEGER PRIMARY KEY, at_ms INT, actor TEXT, kind TEXT, entity TEXT, hash TEXT, prev TEXT);
CREATE TABLE audit (seq INTEGER PRIMARY KEY, at_ms INT, user TEXT, command TEXT, rid TEXT, outcome TEXT);
CREATE TABLE idem (user TEXT, key TEXT, hash BLOB, result TEXT, at_ms INT, PRIMARY KEY (user, key));
"""


def _open(path: Path, synchronous: str) -> sqlite3.Connection:
    conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute(f"PRAGMA synchronous={synchronous}")
    conn.executescript(SCHEMA)
    return conn


def _rows(frames: list[dict], first_id: int):
    now = int(time.time() * 1000)
    events, journal, audit, idem = [], [], [], []
    for offset, f in enumerate(frames):
        i = first_id + offset
        data = msgspec.json.encode(f).decode()
        events.append((i, f"E-{i}", f["category"], f["source"], "reported", f["severity"], None, f["title"],
                       f["description"], now, 1, data))
        journal.append((i, now, "w", "event.created", data, "h" * 64, "h" * 64))
        audit.append((i, now, "w", f["type"], f["id"], "ok"))
        idem.append(("w", f["id"], b"x" * 32, f'{{"event_id":{i}}}', now))
    return events, journal, audit, idem


def _insert(conn: sqlite3.Connection, rows) -> None:
    events, journal, audit, idem = rows
    conn.execute("BEGIN")
    conn.executemany("INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", events)
    conn.executemany("INSERT INTO journal VALUES (?,?,?,?,?,?,?)", journal)
    conn.executemany("INSERT INTO audit VALUES (?,?,?,?,?,?)", audit)
    conn.executemany("INSERT INTO idem VALUES (?,?,?,?,?)", idem)
    conn.execute("COMMIT")


def disk_ceiling(total: int, synchronous: str) -> float:
    conn = _open(Path(tempfile.mkdtemp()) / "bare.sqlite3", synchronous)
    frames = [report_frame(i) for i in range(total)]
    with Timer() as t:
        for start in range(0, total, 512):
            _insert(conn, _rows(frames[start:start + 512], start + 1))
    return total / t.seconds


async def bare_server(synchronous: str):
    """A websockets server that group-commits report rows and acks after commit."""
    conn = _open(Path(tempfile.mkdtemp()) / "baseline.sqlite3", synchronous)
    writer = ThreadPoolExecutor(1)
    queue: asyncio.Queue = asyncio.Queue()
    counter = [1]

    async def committer():
        loop = asyncio.get_running_loop()
        while True:
            batch = [await queue.get()]
            while not queue.empty() and len(batch) < 512:
                batch.append(queue.get_nowait())
            rows = _rows([f for f, _, _ in batch], counter[0])
            await loop.run_in_executor(writer, _insert, conn, rows)
            for offset, (f, ws, _) in enumerate(batch):
                await ws.send(b'{"type":"ack","id":"%s","result":{"event_id":%d}}' % (
                    f["id"].encode(), counter[0] + offset), text=True)
            counter[0] += len(batch)

    async def handler(ws):
        async for raw in ws:
            frame = msgspec.json.decode(raw)
            if frame.get("type") == "event.report":
                queue.put_nowait((frame, ws, None))
            else:
                await ws.send(b'{"type":"welcome"}', text=True)

    task = asyncio.create_task(committer())
    server = await serve(handler, "127.0.0.1", 0, compression=None, max_size=2**20)
    return server, task


async def _client(port: int, user: str, count: int, offset: int, hello: bool, frame=report_frame) -> None:
    if hello:
        ws, _ = await login(port, user)
        await _skip_snapshot(ws)
    else:
        from websockets.asyncio.client import connect

        ws = await connect(f"ws://127.0.0.1:{port}/ws", compression=None)
    sent = acked = 0
    frames = [msgspec.json.encode(frame(offset + i, f"r{offset}")).decode() for i in range(count)]
    while acked < count:
        while sent < count and sent - acked < WINDOW:
            await ws.send(frames[sent])
            sent += 1
        answer = msgspec.json.decode(await ws.recv())
        if answer.get("type") in ("ack", "error"):
            assert answer["type"] == "ack", answer
            acked += 1
    await ws.close()


async def _skip_snapshot(ws) -> None:
    from .common import drain_snapshot

    await drain_snapshot(ws)


async def _load(port: int, users: list[str], per_client: int, hello: bool, frame=report_frame) -> float:
    """Reports/s; ``frame(i, prefix)`` makes the i-th report (default: :func:`.common.report_frame`)."""
    with Timer() as t:
        await asyncio.gather(*(_client(port, u, per_client, k * per_client, hello, frame)
                               for k, u in enumerate(users)))
    return len(users) * per_client / t.seconds


async def bench(total: int = 20_000, synchronous: str = "FULL") -> None:
    print(f"durably acked event.report ({total} reports, {CLIENTS} clients, window {WINDOW}, "
          f"synchronous={synchronous})")
    per_client = total // CLIENTS
    server, task = await bare_server(synchronous)
    baseline = await _load(server.sockets[0].getsockname()[1], ["x"] * CLIENTS, per_client, hello=False)
    server.close()
    task.cancel()
    hub = await demo_hub("tiny", synchronous=synchronous)
    workers = [w.id for w in hub.book.records[:CLIENTS]]
    measured = await _load(hub.port, workers, per_client, hello=True)
    await hub.stop()
    ceiling = disk_ceiling(total, synchronous)
    record("disk ceiling: bare batch insert, no network (reports/s)", f"{ceiling:,.0f}")
    record("baseline: bare websockets + group commit (reports/s)", f"{baseline:,.0f}")
    record("hub: acked after commit (reports/s)", f"{measured:,.0f}")
    record("hub / baseline (goal >= 0.3)", f"{measured / baseline:.2f}x")
    record("hub / disk ceiling", f"{measured / ceiling:.2f}x")
