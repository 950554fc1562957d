"""``query.assessment`` over 1,100,000 cases: ``python -m bench.assessment_bench`` (goal: ≤ 2 s grouped by
grid, 75,000 groups). ``--db URL`` runs it on another database (e.g. PostgreSQL), default a fresh SQLite.

The store is migrated, then bulk-filled with 1,100,000 events over a year in 75,000 grids (5 districts ×
20 streets × 25 communities × 30 grids), with known shares: 92 % resolved (of those 85 % on time),
6 % reworked, 4 % extended, 8 % returned, 12 operators, 12 departments, 3,000 workers. The query is the
hub's own (:func:`commandcenter.store.assessment.assessment_rows`), over the whole year, by each grouping.
``python -m bench assessment`` runs it on SQLite and then on a PostgreSQL server of its own (started as
the tests start theirs: ``tests/pgserver.py``), and prints the two side by side.
"""
from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import func, select

from commandcenter.domain.assessment import EXTENDED, RETURNED, REWORKED
from commandcenter.domain.clock import CST
from commandcenter.domain.codes import DEPARTMENTS
from commandcenter.domain.policy import Weights
from commandcenter.store import schema as t
from commandcenter.store.assessment import assessment_rows
from commandcenter.store.bulk import insert_all
from commandcenter.store.store import Store

from .common import record

CASES = 1_100_000
YEAR_MS = 365 * 86_400_000
START_MS = 1_767_196_800_000  # 2026-01-01T00:00:00+08:00
HOUR_MS = 3_600_000
GROUPINGS = ("grid", "community", "street", "district", "department", "worker", "operator")


def grid_ids() -> list[str]:
    return [f"1302{d:02d}{s:03d}{c:03d}{g:03d}" for d in range(1, 6) for s in range(1, 21)
            for c in range(1, 26) for g in range(1, 31)]


def rows(count: int, seed: int = 5) -> Iterator[dict]:
    rng, grids, departments = random.Random(seed), grid_ids(), list(DEPARTMENTS)
    operators = [f"operator{i}" for i in range(12)]
    for i in range(1, count + 1):
        due = START_MS + rng.randrange(YEAR_MS)
        resolved = (due - rng.randrange(48 * HOUR_MS) if rng.random() < 0.85 else due + rng.randrange(72 * HOUR_MS)) \
            if rng.random() < 0.92 else None
        yield {"id": i, "code": f"E{i}", "category": "sanitation", "source": "worker", "severity": 2,
               "status": "archived" if resolved else "in_progress", "grid_id": rng.choice(grids), "title": "t",
               "description": "", "assignee_department": rng.choice(departments),
               "assignee_worker": f"w{rng.randrange(3000)}", "created_ms": due - 48 * HOUR_MS,
               "accepted_ms": due - 47 * HOUR_MS, "due_ms": due, "resolved_ms": resolved,
               "satisfaction": rng.choice((None, 3, 4, 5)), "version": 5, "data": "{}", "judged_due_ms": due,
               "marks": REWORKED * (rng.random() < 0.06) | EXTENDED * (rng.random() < 0.04)
               | RETURNED * (rng.random() < 0.08), "accepted_by": rng.choice(operators)}


def filled(url: str, count: int) -> Store:
    store = Store(url, synchronous="OFF") if url.startswith("sqlite") else Store(url)
    store.migrate()
    with store.engine.connect() as conn:
        have = conn.execute(select(func.count()).select_from(t.events)).scalar_one()
    if have != count:
        began = time.perf_counter()
        with store.engine.begin() as conn:
            conn.execute(t.events.delete())
        insert_all(store, t.events, rows(count))
        print(f"assessment: filled {count:,} events in {time.perf_counter() - began:.0f} s")
    return store


def _analyze(store: Store) -> None:
    with store.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")


def bench(url: str | None = None, count: int = CASES) -> dict[str, float]:
    url = url or f"sqlite:///{Path(tempfile.mkdtemp(prefix='cc-assess-')) / 'hub.sqlite3'}"
    store = filled(url, count)
    _analyze(store)
    since, until = _ms_time(START_MS), _ms_time(START_MS + YEAR_MS)
    figures = {}
    month = _ms_time(START_MS + 30 * 86_400_000)
    for group_by, end in (*((g, until) for g in GROUPINGS), ("grid", month)):
        assessment_rows(store.engine, since, end, group_by, Weights())  # warm the page cache
        began = time.perf_counter()
        found = assessment_rows(store.engine, since, end, group_by, Weights())
        figures[group_by if end == until else "grid, 30 days"] = seconds = time.perf_counter() - began
        judged = sum(r["should_close"] for r in found)
        print(f"  query.assessment by {group_by:<10} {len(found):>7,} rows over {judged:>9,} cases: "
              f"{seconds * 1000:,.0f} ms ({seconds / 2:.2f} of the 2 s goal)")
    store.close()
    return figures


def on_postgresql(count: int = CASES) -> dict[str, float] | None:
    """The same on a throwaway PostgreSQL server (initdb + pg_ctl in a temporary folder)."""
    from tests.pgserver import PgServer, find_bindir

    bindir = find_bindir()
    if bindir is None:
        print("  (no PostgreSQL server binaries found: initdb)")
        return None
    server = PgServer(bindir)
    server.start()
    try:
        return bench(server.create_database("assessment"), count)
    finally:
        server.stop()


def both(count: int = CASES) -> None:
    """SQLite, then PostgreSQL, and the figures side by side."""
    print(f"assessment: {count:,} cases on sqlite")
    lite = bench(None, count)
    print(f"assessment: {count:,} cases on postgresql")
    pg = on_postgresql(count) or {}
    for key, seconds in lite.items():
        there = f"{pg[key] * 1000:,.0f} ms" if key in pg else "-"
        worst = max(seconds, pg.get(key, 0))
        record(f"query.assessment by {key}: SQLite / PostgreSQL", f"{seconds * 1000:,.0f} ms / {there} "
               f"{'met' if worst <= 2 else 'MISSED'} (goal <= 2 s)")


def _ms_time(ms: int):
    from datetime import datetime

    return datetime.fromtimestamp(ms / 1000, CST)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="bench.assessment_bench")
    parser.add_argument("--db", help="database URL (default: a fresh SQLite file)")
    parser.add_argument("--cases", type=int, default=CASES)
    args = parser.parse_args()
    print(f"assessment: {args.cases:,} cases on {(args.db or 'sqlite').split(':')[0]}")
    bench(args.db, args.cases)
