"""The store: loads the hub's state, commits units of work, answers queries.

Every method is synchronous and meant to run in the hub's database threads (one writer,
a few readers), never on the event loop.
"""
from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import msgspec
from sqlalchemy import Engine, bindparam, func, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DataError

from commandcenter.domain.codes import CLOSED_EVENT_STATUSES
from commandcenter.domain.entities import (
    Alert,
    Approval,
    Department,
    Event,
    Grid,
    Order,
    Seat,
    VideoLink,
    Worker,
)

from . import rows, schema as t
from .engine import make_engine
from .hashing import chain
from .migrate import upgrade

log = logging.getLogger("store")


@dataclass
class Loaded:
    events: list[Event]
    orders: list[Order]
    workers: list[Worker]
    seats: list[Seat]
    links: list[VideoLink]
    alerts: list[Alert]
    grids: list[Grid]
    departments: list[Department]
    seq: int
    #: (Practice) the pending approvals
    approvals: list[Approval] = field(default_factory=list)
    #: (Practice) merged events whose master is live: the master's follow-up is recorded on them
    merged: list[Event] = field(default_factory=list)


@dataclass(slots=True)
class JournalRow:
    seq: int
    at_ms: int
    actor: str
    kind: str
    entity: str


class Store:
    def __init__(self, url: str, *, synchronous: str = "FULL") -> None:
        self.engine: Engine = make_engine(url, synchronous=synchronous)
        self.sqlite = self.engine.dialect.name == "sqlite"
        self._upserts: dict[str, object] = {}

    def migrate(self) -> None:
        upgrade(self.engine)

    def close(self) -> None:
        self.engine.dispose()

    def journal_id(self) -> str:
        """This database's journal identity, made once (a restored or other database has another)."""
        with self.engine.begin() as conn:
            found = conn.execute(select(t.meta.c.value).where(t.meta.c.key == "journal_id")).scalar()
            if found is None:
                found = uuid.uuid4().hex
                conn.execute(insert(t.meta).values(key="journal_id", value=found))
            return found

    def is_empty(self) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(t.grids)).scalar_one() == 0

    # -- loading ----------------------------------------------------------------------------

    def load(self) -> Loaded:
        with self.engine.connect() as conn:
            events = _decode_all(conn, select(t.events.c.data).where(
                t.events.c.status.not_in([s.value for s in CLOSED_EVENT_STATUSES])), Event)
            live = {e.id for e in events}
            orders = [o for o in _decode_all(conn, _orders_of_live(), Order) if o.event_id in live]
            return Loaded(
                events=events, orders=orders,
                workers=_decode_all(conn, select(t.workers.c.data), Worker),
                seats=_decode_all(conn, select(t.seats.c.data).order_by(t.seats.c.id), Seat),
                links=_decode_all(conn, select(t.video_links.c.data).order_by(t.video_links.c.id), VideoLink),
                alerts=_decode_all(conn, select(t.alerts.c.data), Alert),
                grids=[rows.decode_grid(r) for r in conn.execute(select(t.grids).order_by(t.grids.c.id))],
                departments=_decode_all(conn, select(t.departments.c.data).order_by(t.departments.c.id),
                                        Department),
                seq=self._counter(conn, "journal")[0],
                approvals=_decode_all(conn, select(t.approvals.c.data).where(t.approvals.c.status == "pending")
                                      .order_by(t.approvals.c.id), Approval),
                merged=_merged_into(conn, events),
            )

    def _counter(self, conn, name: str) -> tuple[int, str]:
        row = conn.execute(select(t.counters.c.value, t.counters.c.hash).where(t.counters.c.name == name)).one()
        return int(row.value), row.hash

    def journal_after(self, seq: int, limit: int) -> list[JournalRow]:
        with self.engine.connect() as conn:
            result = conn.execute(
                select(t.journal.c.seq, t.journal.c.at_ms, t.journal.c.actor, t.journal.c.kind,
                       t.journal.c.entity).where(t.journal.c.seq > seq).order_by(t.journal.c.seq).limit(limit))
            return [JournalRow(*r) for r in result]

    def idempotency_since(self, since_ms: int) -> list[tuple[str, str, bytes, str]]:
        with self.engine.connect() as conn:
            result = conn.execute(select(t.idempotency.c.user, t.idempotency.c.key,
                                         t.idempotency.c.request_hash, t.idempotency.c.result)
                                  .where(t.idempotency.c.at_ms >= since_ms))
            return [tuple(r) for r in result]

    # -- writing ----------------------------------------------------------------------------

    def reserve_ids(self, kind: str, count: int) -> tuple[int, int]:
        """Reserve ``count`` ids of ``kind``: returns ``[start, end)``."""
        with self.engine.begin() as conn:
            end = conn.execute(update(t.counters).where(t.counters.c.name == f"ids.{kind}")
                               .values(value=t.counters.c.value + count)
                               .returning(t.counters.c.value)).scalar_one()
            return int(end) - count, int(end)

    def commit(self, journal: Sequence, audit: Sequence, keys: Sequence) -> int:
        """Persist one unit of work in one transaction; returns the first journal seq given."""
        with self.engine.begin() as conn:
            first = self._append_journal(conn, journal) if journal else 0
            if audit:
                self._append_audit(conn, audit)
            if keys:
                conn.execute(_INSERT_KEY, [
                    {"user": k.user, "key": k.key, "request_hash": k.request_hash,
                     "result": k.result.decode(), "at_ms": rows.ms(k.at)} for k in keys])
            return first

    @staticmethod
    def refused_data(exc: BaseException) -> bool:
        """Whether a failed commit was the database refusing a value (nothing written, the
        connection fine), as opposed to an outage or a conflict, after which memory is suspect."""
        return isinstance(exc, DataError)

    def _advance(self, conn, name: str, count: int) -> tuple[int, str]:
        """Lock the counter row, move it on by ``count``; returns (first seq, previous hash)."""
        row = conn.execute(_ADVANCE, {"counter": name, "count": count}).one()
        return int(row.value) - count + 1, row.hash

    def _append_journal(self, conn, journal: Sequence) -> int:
        first, prev = self._advance(conn, "journal", len(journal))
        records = []
        for offset, entry in enumerate(journal):
            seq, at_ms, text = first + offset, rows.ms(entry.at), entry.entity_json.decode()
            digest = chain(prev, seq, at_ms, entry.actor, entry.kind, text)
            records.append({"seq": seq, "at_ms": at_ms, "actor": entry.actor, "kind": entry.kind,
                            "entity": text, "hash": digest, "prev_hash": prev})
            prev = digest
            entry.seq = seq
        conn.execute(_INSERT_JOURNAL, records)
        conn.execute(_SET_HASH, {"counter": "journal", "chain_hash": prev})
        self._upsert_entities(conn, journal)
        return first

    def _append_audit(self, conn, audit: Sequence) -> None:
        first, prev = self._advance(conn, "audit", len(audit))
        records = []
        for offset, entry in enumerate(audit):
            seq, at_ms = first + offset, rows.ms(entry.at)
            digest = chain(prev, seq, at_ms, entry.user, entry.command, entry.request_id, entry.outcome,
                           entry.message)
            records.append({"seq": seq, "at_ms": at_ms, "user": entry.user, "command": entry.command,
                            "request_id": entry.request_id, "outcome": entry.outcome,
                            "message": entry.message, "hash": digest, "prev_hash": prev})
            prev = digest
        conn.execute(_INSERT_AUDIT, records)
        conn.execute(_SET_HASH, {"counter": "audit", "chain_hash": prev})

    def _upsert_entities(self, conn, journal: Sequence) -> None:
        latest: dict[tuple[str, object], tuple] = {}
        for entry in journal:
            table, build = rows.BY_KIND[entry.kind]
            latest[(table.name, entry.key)] = (table, build(entry.entity, entry.entity_json))
        by_table: dict = {}
        for table, row in latest.values():
            by_table.setdefault(table, []).append(row)
        for table, table_rows in by_table.items():
            self.upsert(conn, table, table_rows)

    def upsert(self, conn, table, table_rows: list[dict]) -> None:
        stmt = self._upserts.get(table.name)
        if stmt is None:
            stmt = self._upserts[table.name] = _upsert_statement(sqlite if self.sqlite else postgresql, table)
        conn.execute(stmt, table_rows)

    def save_workers(self, workers: Iterable[Worker]) -> None:
        """Persist last-known positions (telemetry is not journaled; a restart resumes from here)."""
        batch = [rows.worker_row(w) for w in workers]
        if batch:
            with self.engine.begin() as conn:
                self.upsert(conn, t.workers, batch)

    def purge_idempotency(self, before_ms: int) -> int:
        with self.engine.begin() as conn:
            return conn.execute(t.idempotency.delete().where(t.idempotency.c.at_ms < before_ms)).rowcount


# Built once: building a statement per commit costs more than executing it.
_ADVANCE = (update(t.counters).where(t.counters.c.name == bindparam("counter"))
            .values(value=t.counters.c.value + bindparam("count"))
            .returning(t.counters.c.value, t.counters.c.hash))
_SET_HASH = update(t.counters).where(t.counters.c.name == bindparam("counter")).values(hash=bindparam("chain_hash"))
_INSERT_JOURNAL = insert(t.journal)
_INSERT_AUDIT = insert(t.audit)
_INSERT_KEY = insert(t.idempotency)


def _upsert_statement(dialect, table):
    stmt = dialect.insert(table)
    keys = [c.name for c in table.primary_key.columns]
    changed = {c.name: stmt.excluded[c.name] for c in table.columns if c.name not in keys}
    return stmt.on_conflict_do_update(index_elements=keys, set_=changed)


def _decode_all(conn, query, kind: type) -> list:
    decoder = msgspec.json.Decoder(kind)
    return [decoder.decode(row[0]) for row in conn.execute(query)]


def _merged_into(conn, events: list[Event]) -> list[Event]:
    ids = sorted({d for e in events for d in e.duplicates})
    chunks = (ids[i:i + 500] for i in range(0, len(ids), 500))
    query = select(t.events.c.data)
    return [e for chunk in chunks for e in _decode_all(conn, query.where(t.events.c.id.in_(chunk)), Event)]


def _orders_of_live():
    live = select(t.events.c.id).where(t.events.c.status.not_in([s.value for s in CLOSED_EVENT_STATUSES]))
    return select(t.orders.c.data).where(t.orders.c.event_id.in_(live)).order_by(t.orders.c.id)
