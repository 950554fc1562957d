"""``make chaos``: the long survival runs, with their figures (SQLite and a test-started PostgreSQL)."""
from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile

from tests.chaos import crash
from tests.pgserver import PgServer, find_bindir


def main() -> None:
    p = argparse.ArgumentParser(prog="chaos")
    p.add_argument("--rounds", type=int, default=20)
    p.add_argument("--reports", type=int, default=10_000)
    a = p.parse_args()
    bindir = find_bindir()
    if bindir is None:
        sys.exit("PostgreSQL (initdb/pg_ctl) is not installed: run `make test` once to install it")
    table = []
    folder = tempfile.mkdtemp(prefix="cc-chaos-")
    server = PgServer(bindir)
    server.start()
    try:
        databases = (("SQLite", f"sqlite:///{folder}/hub.sqlite3"), ("PostgreSQL", server.create_database("chaos")))
        for name, url in databases:
            print(f"crash: {a.rounds} rounds of {a.reports:,} reports from 4 clients, SIGKILL mid-stream ({name})")
            results = asyncio.run(crash.run(url, a.rounds, a.reports))
            table.append({"test": f"crash ({name})", "rounds": len(results),
                          "acked": sum(r["acked"] for r in results), "resent": sum(r["resent"] for r in results),
                          **{k: sum(r[k] for r in results) for k in ("lost", "duplicated", "journal_gaps")}})
    finally:
        server.stop()
    print(json.dumps(table, indent=1))
    sys.exit(1 if any(row["lost"] or row["duplicated"] or row["journal_gaps"] for row in table) else 0)


if __name__ == "__main__":
    main()
