"""Crash: clients report as fast as they can, the hub is SIGKILLed and restarted on the same
database, the clients resend every command they had no ack for, with the same id.

Checks: every acked command's event is present exactly once, every resent command got the
original ack (the same event id), journal seqs are gap-free. ``python -m tests.chaos.crash
--db URL --rounds 20 --reports 10000`` prints a line per round; the test suite runs a short round.
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import signal
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass, field

from sqlalchemy import create_engine, text
from websockets.asyncio.client import connect
from websockets.exceptions import ConnectionClosed

from tests.pgserver import free_port

CLIENTS = 4
WINDOW = 64


@dataclass
class Tally:
    acked: dict[str, int] = field(default_factory=dict)  # command id -> event id in its ack
    resent: set[str] = field(default_factory=set)
    refusals: int = 0


class HubProcess:
    def __init__(self, db_url: str, port: int) -> None:
        self.db_url, self.port, self.proc = db_url, port, None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "commandcenter.net.cli", "--db", self.db_url, "--port", str(self.port),
             "--demo", "--demo-scale", "tiny", "--log-level", "WARNING"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError):
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=1).read()
                return
            time.sleep(0.1)
        raise RuntimeError("the hub did not come up within 60 s")

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait()

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(20)


def report(command_id: str) -> str:
    return json.dumps({"type": "event.report", "id": command_id, "category": "sanitation", "title": command_id,
                       "description": "chaos", "lat": 39.63, "lon": 118.18, "source": "hotline", "severity": 1})


async def client(port: int, ids: list[str], tally: Tally) -> None:
    """Send every id until each is acked; after a drop, resend all unacked ones with the same id."""
    sent_once: set[str] = set()
    while pending := [i for i in ids if i not in tally.acked]:
        try:
            async with connect(f"ws://127.0.0.1:{port}/ws", max_size=2**26) as ws:
                await ws.send(json.dumps({"type": "hello", "id": "hello", "protocol": 1,
                                          "auth": {"user": "operator", "password": "demo"}}))
                await _exchange(ws, pending, sent_once, tally)
        except (OSError, ConnectionClosed, TimeoutError):
            await asyncio.sleep(0.2)


async def _exchange(ws, pending: list[str], sent_once: set[str], tally: Tally) -> None:
    in_flight: set[str] = set()
    queue = list(reversed(pending))
    while queue or in_flight:
        while queue and len(in_flight) < WINDOW:
            command_id = queue.pop()
            if command_id in sent_once:
                tally.resent.add(command_id)
            sent_once.add(command_id)
            in_flight.add(command_id)
            await ws.send(report(command_id))
        frame = json.loads(await asyncio.wait_for(ws.recv(), 30))
        command_id = frame.get("id")
        if frame.get("type") == "ack" and command_id in in_flight:
            in_flight.discard(command_id)
            event_id = frame["result"]["event_id"]
            if tally.acked.setdefault(command_id, event_id) != event_id:
                raise AssertionError(f"{command_id}: acked as event {tally.acked[command_id]}, then {event_id}")
        elif frame.get("type") == "error" and command_id in in_flight:
            in_flight.discard(command_id)  # internal or rate_limited: never a false ack, so try again
            tally.refusals += 1
            queue.insert(0, command_id)


def check(db_url: str, tally: Tally, prefix: str) -> dict:
    engine = create_engine(db_url)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, data FROM events WHERE data LIKE '%\"description\":\"chaos\"%'")).all()
        seqs = [r[0] for r in conn.execute(text("SELECT seq FROM journal ORDER BY seq"))]
    engine.dispose()
    by_title: dict[str, list[int]] = {}
    for event_id, data in rows:
        title = json.loads(data)["title"]
        if title.startswith(prefix):
            by_title.setdefault(title, []).append(event_id)
    lost = [c for c, e in tally.acked.items() if by_title.get(c) != [e]]
    duplicated = [t for t, ids in by_title.items() if len(ids) > 1]
    gaps = len(seqs) - (seqs[-1] - seqs[0] + 1) if seqs else 0
    return {"acked": len(tally.acked), "resent": len(tally.resent), "refusals": tally.refusals,
            "lost": len(lost), "duplicated": len(duplicated), "journal_gaps": -gaps,
            "stored": sum(map(len, by_title.values()))}


async def one_round(db_url: str, reports: int, round_no: int, seed: int) -> dict:
    port = free_port()
    hub = HubProcess(db_url, port)
    await asyncio.to_thread(hub.start)
    tally = Tally()
    per = reports // CLIENTS
    ids = [[f"r{round_no}-c{c}-{i}" for i in range(per)] for c in range(CLIENTS)]
    tasks = [asyncio.create_task(client(port, chunk, tally)) for chunk in ids]
    try:
        target = int(reports * random.Random(seed).uniform(0.1, 0.9))  # the kill lands mid-stream
        while len(tally.acked) < target and not all(t.done() for t in tasks):
            await asyncio.sleep(0.005)
        await asyncio.to_thread(hub.kill)
        killed_at = len(tally.acked)
        await asyncio.to_thread(hub.start)
        await asyncio.wait_for(asyncio.gather(*tasks), 300)
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.to_thread(hub.stop)
    return {"round": round_no, "acked_before_kill": killed_at, **check(db_url, tally, f"r{round_no}-")}


async def run(db_url: str, rounds: int, reports: int) -> list[dict]:
    results = []
    for r in range(rounds):
        result = await one_round(db_url, reports, r, seed=r)
        print(json.dumps(result), flush=True)
        results.append(result)
    return results


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--db", required=True)
    p.add_argument("--rounds", type=int, default=20)
    p.add_argument("--reports", type=int, default=10_000)
    a = p.parse_args()
    results = asyncio.run(run(a.db, a.rounds, a.reports))
    bad = sum(r["lost"] + r["duplicated"] + r["journal_gaps"] for r in results)
    print(json.dumps({"rounds": len(results), "reports": a.reports, "lost": sum(r["lost"] for r in results),
                      "duplicated": sum(r["duplicated"] for r in results)}))
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    main()
