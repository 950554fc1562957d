"""Check the hash chains of the journal and the audit record; name the first broken row."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import Engine, Table, select

from . import schema as t
from .hashing import chain

CHUNK = 10_000


@dataclass(frozen=True)
class Break:
    table: str
    seq: int
    reason: str

    def __str__(self) -> str:
        return f"{self.table}: row {self.seq}: {self.reason}"


def _journal_fields(r) -> tuple:
    return (r.seq, r.at_ms, r.actor, r.kind, r.entity)


def _audit_fields(r) -> tuple:
    return (r.seq, r.at_ms, r.user, r.command, r.request_id, r.outcome, r.message)


CHAINS: dict[str, tuple[Table, Callable]] = {"journal": (t.journal, _journal_fields), "audit": (t.audit, _audit_fields)}


def _rows(engine: Engine, table: Table) -> Iterator:
    last = 0
    while True:
        with engine.connect() as conn:
            rows = conn.execute(select(table).where(table.c.seq > last).order_by(table.c.seq).limit(CHUNK)).all()
        if not rows:
            return
        yield from rows
        last = rows[-1].seq


def verify_chain(engine: Engine, name: str) -> tuple[int, Break | None]:
    """Walk one chain; returns (rows checked, first break or None)."""
    table, fields = CHAINS[name]
    prev, expected, count = "", 1, 0
    for row in _rows(engine, table):
        if row.seq != expected:
            return count, Break(name, expected, f"missing (next row is {row.seq})")
        if row.prev_hash != prev:
            return count, Break(name, row.seq, "does not follow the row before it (inserted or reordered)")
        if row.hash != chain(prev, *fields(row)):
            return count, Break(name, row.seq, "content does not match its hash (edited)")
        prev, expected, count = row.hash, expected + 1, count + 1
    return count, _check_head(engine, name, expected - 1, prev)


def _check_head(engine: Engine, name: str, last: int, last_hash: str) -> Break | None:
    with engine.connect() as conn:
        head = conn.execute(select(t.counters).where(t.counters.c.name == name)).one()
    if head.value != last:
        return Break(name, last + 1, f"the counter says {head.value} rows: rows after {last} were deleted")
    if head.hash != last_hash:
        return Break(name, last, "the last row's hash differs from the recorded head")
    return None


def verify(engine: Engine) -> list[tuple[str, int, Break | None]]:
    return [(name, *verify_chain(engine, name)) for name in CHAINS]
