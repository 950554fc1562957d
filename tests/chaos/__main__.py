"""``make chaos``: the long survival runs, with their figures (SQLite and a test-started PostgreSQL)."""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time

from tests.chaos import crash, dbrestart, fuzz, hostile, slow
from tests.pgserver import PgServer, find_bindir

RUNS = ("crash", "dbrestart", "fuzz", "slow")


def main() -> None:
    p = argparse.ArgumentParser(prog="chaos")
    p.add_argument("--rounds", type=int, default=20, help="crash rounds per database")
    p.add_argument("--reports", type=int, default=10_000, help="reports per crash round")
    p.add_argument("--frames", type=int, default=1_000_000, help="hostile frames (protocol layer and wire)")
    p.add_argument("--only", choices=RUNS, action="append", help="run only these (default: all)")
    a = p.parse_args()
    bindir = find_bindir()
    if bindir is None:
        sys.exit("PostgreSQL (initdb/pg_ctl) is not installed: run `make test` once to install it")
    folder = tempfile.mkdtemp(prefix="cc-chaos-")
    server = PgServer(bindir)
    server.start()
    table: list[dict] = []
    try:
        databases = (("SQLite", f"sqlite:///{folder}/{{}}.sqlite3"), ("PostgreSQL", None))
        urls = {name: (lambda n, t=template: t.format(n)) if template else server.create_database
                for name, template in databases}
        for run in a.only or RUNS:
            table += RUNNERS[run](a, urls) if run != "dbrestart" else run_dbrestart(a, bindir)
    finally:
        server.stop()
    print(json.dumps(table, indent=1, ensure_ascii=False))
    failed = ("lost", "duplicated", "crashes", "journal_gaps", "acked_while_down")
    sys.exit(1 if any(row.get(k) for row in table for k in failed) else 0)


def run_crash(a, urls) -> list[dict]:
    rows = []
    for name, url in urls.items():
        print(f"crash: {a.rounds} rounds of {a.reports:,} reports from 4 clients, SIGKILL mid-stream ({name})")
        results = asyncio.run(crash.run(url("crash"), a.rounds, a.reports))
        rows.append({"test": f"crash ({name})", "rounds": len(results),
                     "acked": sum(r["acked"] for r in results), "resent": sum(r["resent"] for r in results),
                     **{k: sum(r[k] for r in results) for k in ("lost", "duplicated", "journal_gaps")}})
    return rows


def run_dbrestart(a, bindir) -> list[dict]:
    rounds = max(1, a.rounds // 4)
    print(f"database restart: {rounds} rounds of {a.reports:,} reports, PostgreSQL down for 2 s mid-stream")
    server = PgServer(bindir)
    server.start()
    try:
        results = asyncio.run(dbrestart.run(server, server.create_database("restart"), rounds, a.reports))
    finally:
        server.stop()
    for result in results:
        print(json.dumps(result), flush=True)
    return [{"test": "database restart (PostgreSQL)", "rounds": len(results),
             "acked": sum(r["acked"] for r in results), "refused_internal": sum(r["refusals"] for r in results),
             "acked_while_down": sum(r["acked_while_down"] for r in results),
             "crashes": sum(not r["hub_alive"] for r in results),
             **{k: sum(r[k] for r in results) for k in ("lost", "duplicated", "journal_gaps")}}]


def run_fuzz(a, urls) -> list[dict]:
    started = time.perf_counter()
    drawn = hostile.corpus(min(20_000, a.frames))
    frames = drawn + hostile.mutants(drawn, a.frames - len(drawn))
    print(f"fuzz: {len(drawn):,} frames drawn by hypothesis, {len(frames):,} with mutants "
          f"({time.perf_counter() - started:.0f} s)")
    rows = [_protocol_layer(frames)]
    for name, url in urls.items():
        share = frames if name == "SQLite" else frames[: len(frames) // 10]
        print(f"fuzz: {len(share):,} frames over a real connection ({name})")
        started = time.perf_counter()
        result = asyncio.run(fuzz.run(url("fuzz"), share))
        rows.append({"test": f"hostile frames, wire ({name})", "inputs": result.sent, "answered": result.answered,
                     "crashes": len(result.logged) + (result.sent - result.answered) + (not result.served_after),
                     "errors": result.errors, "acks": result.acks,
                     "frames_per_s": round(result.sent / (time.perf_counter() - started))})
        for line in result.logged[:10]:
            print("  hub logged:", line)
    return rows


def _protocol_layer(frames: list) -> dict:
    from commandcenter.net import protocol

    outcomes = {"parsed": 0, "refused": 0, "crashes": 0}
    for frame in frames:
        if isinstance(frame, bytes):
            continue
        try:
            protocol.parse(frame)
            outcomes["parsed"] += 1
        except protocol.ProtocolError:
            outcomes["refused"] += 1
        except Exception as exc:  # the finding this run exists for
            outcomes["crashes"] += 1
            print("  protocol layer crashed:", type(exc).__name__, str(exc)[:200], repr(frame[:120]))
    return {"test": "hostile frames, protocol layer", "inputs": len(frames), **outcomes}


def run_slow(a, urls) -> list[dict]:
    print("slow consumer: 20 desks x 500 deltas/s for 20 s, with and without a desk reading a frame a second")
    result = asyncio.run(slow.run(tempfile.mkdtemp(prefix="cc-slow-")))
    print(json.dumps(result), flush=True)
    ok = result["slow_close_code"] == 4408 and result["gaps_after_resume"] == 0
    return [{"test": "slow consumer (SQLite)", **result, "crashes": 0 if ok else 1}]


RUNNERS = {"crash": run_crash, "fuzz": run_fuzz, "slow": run_slow}


if __name__ == "__main__":
    main()
