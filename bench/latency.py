"""Command -> delta latency at 20 connected desks under 500 commands/s (desks in another process)."""
from __future__ import annotations

import asyncio
import json
import sys

from .common import demo_hub, record


async def bench(desks: int = 20, rate: int = 500, seconds: float = 10) -> None:
    for synchronous in ("FULL", "NORMAL"):
        await _one(desks, rate, seconds, synchronous)


async def _one(desks: int, rate: int, seconds: float, synchronous: str) -> None:
    print(f"command -> delta latency ({desks} desks, {rate} commands/s for {seconds:.0f} s, "
          f"SQLite synchronous={synchronous}; desks and driver share one other process)")
    hub = await demo_hub("default", synchronous=synchronous)
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bench.load", "latency", str(hub.port), "--desks", str(desks), "--rate",
        str(rate), "--seconds", str(seconds), stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    await hub.stop()
    result = json.loads(out)
    record("deliveries seen / expected", f"{result['deliveries']:,} / {result['expected']:,}")
    record("latency p50 (ms)", f"{result['p50']:.1f}")
    record("latency p99 (ms, goal <= 25)", f"{result['p99']:.1f}")
    record("latency max (ms)", f"{result['max']:.1f}")
    record("command -> ack p50 / p99 (ms, the driver's own reply)",
           f"{result['ack_p50']:.1f} / {result['ack_p99']:.1f}")
