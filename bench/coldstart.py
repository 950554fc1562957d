"""Cold start at Tangshan scale: demo load, hub start, and a new desk's snapshot."""
from __future__ import annotations

import asyncio
import json
import os
import resource
import sys
import time
from pathlib import Path

from commandcenter.net.demo import load_demo
from commandcenter.net.hub import Hub, HubConfig

from .common import Timer, drain_snapshot, login, record

FOLDER = Path("/tmp/cc-bench-tangshan")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def bench() -> None:
    print("cold start at --demo-scale tangshan (75,000 grids, 90,000 workers, ~100,000 open, 1,000,000 archived)")
    FOLDER.mkdir(exist_ok=True)
    hub = Hub(HubConfig(db_url=f"sqlite:///{FOLDER / 'hub.sqlite3'}", port=0, send_queue_bytes=1 << 30))
    await hub._db(hub.store.migrate, writer=True)
    if await hub._db(hub.store.is_empty):
        with Timer() as load:
            await hub._db(load_demo, hub.store, "tangshan", writer=True)
        record("demo city build + insert into empty SQLite (s)", f"{load.seconds:.1f}")
    with Timer() as start:
        await hub.start()
    record("hub cold start: migrate check + load state (s)", f"{start.seconds:.1f}")
    record("hub live state", f"{len(hub.state.events):,} events, {len(hub.state.orders):,} orders, "
           f"{len(hub.book):,} workers, {len(hub.state.grids):,} areas")
    first = time.perf_counter()
    ws, _ = await login(hub.port, "operator")
    size = await drain_snapshot(ws)
    record("new desk: hello to last snapshot part (s)", f"{time.perf_counter() - first:.2f}")
    record("snapshot size (MB)", f"{size / 1e6:.1f}")
    again = time.perf_counter()
    ws2, _ = await login(hub.port, "wall")
    await drain_snapshot(ws2)
    record("second desk (entity JSON cached) (s)", f"{time.perf_counter() - again:.2f}")
    record("hub process peak RSS (MB)", f"{_rss_mb():,.0f}")
    desk = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench.desk_start", str(hub.port), stdout=asyncio.subprocess.PIPE,
        env={"QT_QPA_PLATFORM": "offscreen", **os.environ})
    out, _ = await desk.communicate()
    result = json.loads(out.splitlines()[-1])
    record("desktop desk: connect to live queue (s, goal <= 3)", f"{result['seconds']:.2f}")
    record("desktop desk: queue rows / workers held", f"{result['rows']:,} / {result['workers']:,}")
    await ws.close()
    await ws2.close()
    await hub.stop()


if __name__ == "__main__":
    asyncio.run(bench())
