"""Database restart: PostgreSQL goes down and comes back while four clients report.

Commands that reach a commit during the outage are answered ``internal`` (never a false ack);
the clients resend them with the same id; the hub reconnects by itself; every acked report is
stored exactly once and the journal has no gap. The hub runs as its own process, as in production.
"""
from __future__ import annotations

import asyncio
import random

from tests.chaos.crash import CLIENTS, HubProcess, Tally, check, client
from tests.pgserver import PgServer, free_port


async def one_round(server: PgServer, db_url: str, reports: int, round_no: int, outage_s: float = 2.0) -> dict:
    hub = HubProcess(db_url, free_port())
    await asyncio.to_thread(hub.start)
    tally = Tally()
    ids = [[f"d{round_no}-c{c}-{i}" for i in range(reports // CLIENTS)] for c in range(CLIENTS)]
    tasks = [asyncio.create_task(client(hub.port, chunk, tally)) for chunk in ids]
    try:
        target = int(reports * random.Random(round_no).uniform(0.2, 0.6))
        while len(tally.acked) < target and not all(t.done() for t in tasks):
            await asyncio.sleep(0.005)
        down_at = len(tally.acked)
        await asyncio.to_thread(server.pause)
        await asyncio.sleep(0.5)  # acks of what committed before the shutdown are still on their way
        down = len(tally.acked)
        await asyncio.sleep(outage_s)
        acked_while_down = len(tally.acked) - down
        await asyncio.to_thread(server.resume)
        await asyncio.wait_for(asyncio.gather(*tasks), 300)
        hub_alive = hub.proc.poll() is None
    finally:
        for task in tasks:
            task.cancel()
        await asyncio.to_thread(hub.stop)
    return {"round": round_no, "acked_before_outage": down_at, "acked_while_down": acked_while_down,
            "hub_alive": hub_alive, **check(db_url, tally, f"d{round_no}-")}


async def run(server: PgServer, db_url: str, rounds: int, reports: int) -> list[dict]:
    return [await one_round(server, db_url, reports, r) for r in range(rounds)]
