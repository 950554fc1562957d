"""``make bench``: run every benchmark and print figures and ratios."""
from __future__ import annotations

import argparse
import asyncio
import logging
import os
import subprocess
import sys

from . import (
    assessment_bench,
    coldstart,
    duplicate_reports,
    duplicates_bench,
    field_bench,
    latency,
    levels_bench,
    positions,
    reports,
    sweep_bench,
    worktime_bench,
)


def main() -> None:
    parser = argparse.ArgumentParser(prog="bench")
    parser.add_argument("only", nargs="*", help="benchmarks to run (default: all)")
    parser.add_argument("--reports", type=int, default=20_000)
    args = parser.parse_args()
    logging.basicConfig(level=logging.WARNING)
    chosen = set(args.only) or {"reports", "positions", "latency", "coldstart", "queue", "map", "worktime",
                                "levels", "duplicates", "dupreports", "assessment", "sweep", "field"}
    if "reports" in chosen:
        asyncio.run(reports.bench(args.reports))
    if "latency" in chosen:
        asyncio.run(latency.bench())
    if "positions" in chosen:
        asyncio.run(positions.bench())
    if "coldstart" in chosen:
        asyncio.run(coldstart.bench())
    if "levels" in chosen:
        asyncio.run(levels_bench.bench())
    if "worktime" in chosen:
        worktime_bench.bench()
    if "duplicates" in chosen:
        duplicates_bench.bench()
    if "dupreports" in chosen:
        asyncio.run(duplicate_reports.bench(args.reports))
    if "assessment" in chosen:
        assessment_bench.both()
    if "sweep" in chosen:
        sweep_bench.bench()
    if "field" in chosen:
        field_bench.bench()
    for desktop in ("queue", "map"):  # Qt benchmarks, each in a process of its own
        if desktop in chosen:
            env = {"QT_QPA_PLATFORM": "offscreen", **os.environ}
            subprocess.run([sys.executable, "-m", f"bench.{desktop}_bench"], env=env, check=True)


if __name__ == "__main__":
    main()
