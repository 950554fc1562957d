"""Memory soak of the wall display (issue 6): the wall against the simulated city for a long run.

A hub with the demo city and the simulator (``commandcenter-hub --demo --simulate --speed 60``, a child
process on a throwaway SQLite database) and, in this process, the wall logged in as ``wall`` and shown
offscreen at 1920×1080. Every ``--interval`` seconds it prints this process's RSS, the number of Python
objects the GC tracks, the wall's Qt children, the ticker's rows and the replica's sizes; at the end the
start and end figures and (with ``--trace``) the ten lines whose allocations grew most since warm-up.

    QT_QPA_PLATFORM=offscreen python -m bench.wall_soak --minutes 30
"""
from __future__ import annotations

import argparse
import asyncio
import gc
import os
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def sample(wall, started: float) -> dict:
    from PySide6.QtCore import QObject

    replica = wall.desk.replica
    gc.collect()
    return {"min": (time.monotonic() - started) / 60, "rss_mb": rss_mb(), "py_objects": len(gc.get_objects()),
            "qt_children": len(wall.findChildren(QObject)), "ticker": wall.ticker_model.rowCount(),
            "pulses": len(wall.map.pulses), "events": len(replica.events), "orders": len(replica.orders),
            "alerts": len(replica.alerts), "workers": len(replica.workers), "seq": replica.seq}


def show(row: dict) -> None:
    print("  ".join(f"{k}={v:.1f}" if isinstance(v, float) else f"{k}={v}" for k, v in row.items()), flush=True)


async def open_wall(url: str):
    from commandcenter.models.desk import Desk
    from commandcenter.models.grids import fetch_grids
    from commandcenter.views.wall import WallDisplay

    desk = Desk(url, {"user": "wall", "password": "demo"})
    await desk.start()
    while desk.state != "live" or desk.replica.seq is None:
        await asyncio.sleep(0.1)
    wall = WallDisplay(desk, await fetch_grids(desk))
    wall.resize(1920, 1080)
    wall.show()
    return wall


async def soak(args: argparse.Namespace) -> None:
    from commandcenter.launcher import EmbeddedHub

    folder = tempfile.mkdtemp(prefix="cc-wall-soak-")
    hub = EmbeddedHub(speed=args.speed, db=f"sqlite:///{folder}/hub.sqlite3", scale=args.scale)
    await hub.start(timeout=600)
    try:
        await run(args, await open_wall(hub.url))
    finally:
        await hub.stop()


async def run(args: argparse.Namespace, wall) -> None:
    started = time.monotonic()
    show(sample(wall, started))
    await asyncio.sleep(args.warm_up)
    first = sample(wall, started)
    show(first)
    before = tracemalloc.take_snapshot() if args.trace else None
    last = first
    while time.monotonic() - started < args.minutes * 60:
        await asyncio.sleep(args.interval)
        last = sample(wall, started)
        show(last)
    print(f"start (after {args.warm_up:g} s warm-up): rss {first['rss_mb']:.1f} MB, {first['py_objects']} objects, "
          f"{first['qt_children']} Qt children")
    print(f"end ({last['min']:.1f} min): rss {last['rss_mb']:.1f} MB, {last['py_objects']} objects, "
          f"{last['qt_children']} Qt children; growth {last['rss_mb'] - first['rss_mb']:+.1f} MB")
    if before is not None:
        for stat in tracemalloc.take_snapshot().compare_to(before, "lineno")[:10]:
            print("  ", stat)
    wall.close()
    await wall.desk.stop()


def main(argv: list[str] | None = None) -> None:
    p = argparse.ArgumentParser(prog="wall_soak")
    p.add_argument("--minutes", type=float, default=30)
    p.add_argument("--interval", type=float, default=60)
    p.add_argument("--speed", type=float, default=60)
    p.add_argument("--warm-up", type=float, default=60, help="seconds before the start figures")
    p.add_argument("--scale", default="default", choices=["tiny", "default", "tangshan"])
    p.add_argument("--trace", action="store_true", help="tracemalloc: the lines that grew most")
    args = p.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.trace:
        tracemalloc.start(1)
    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setQuitOnLastWindowClosed(False)
    qasync.run(soak(args))


if __name__ == "__main__":
    main()
