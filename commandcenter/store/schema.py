"""The tables. Times are epoch milliseconds (BigInteger) so SQLite and PostgreSQL agree.

Entity tables keep the columns that queries filter and group on, plus ``data``: the whole
entity as JSON, exactly as it goes on the wire.
"""
from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Column,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

metadata = MetaData()

Ms = BigInteger

grids = Table(
    "grids", metadata,
    Column("id", String(32), primary_key=True),
    Column("code", String(32), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("parent", String(32), index=True),
    Column("polygon", Text, nullable=False),
)

departments = Table(
    "departments", metadata,
    Column("id", String(32), primary_key=True),
    Column("data", Text, nullable=False),
)

seats = Table(
    "seats", metadata,
    Column("id", String(64), primary_key=True),
    Column("department", String(32), nullable=False),
    Column("version", Integer, nullable=False),
    Column("data", Text, nullable=False),
)

workers = Table(
    "workers", metadata,
    Column("id", String(64), primary_key=True),
    Column("grid_id", String(32), nullable=False, index=True),
    Column("kind", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("lat", Float),
    Column("lon", Float),
    Column("at_ms", Ms),
    Column("data", Text, nullable=False),
)

#: (Practice) query.assessment: one covering index per grouping column, led by it, so SQLite streams the
#: groups in index order instead of sorting a million rows (the period is checked inside the index)
ASSESSMENT_PAYLOAD = ("judged_due_ms", "assignee_department", "resolved_ms", "satisfaction", "marks")
ASSESSMENT_INDEXES = {
    "grid_id": "ix_events_assess_grid", "assignee_department": "ix_events_assess_department",
    "assignee_worker": "ix_events_assess_worker", "accepted_by": "ix_events_assess_operator",
}


def _assessment_indexes() -> list[Index]:
    return [Index(name, key, *(c for c in ASSESSMENT_PAYLOAD if c != key)) for key, name in ASSESSMENT_INDEXES.items()]


events = Table(
    "events", metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=False),
    Column("code", String(32), nullable=False),
    Column("category", String(32), nullable=False),
    Column("source", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("severity", Integer, nullable=False),
    Column("grid_id", String(32)),
    Column("title", String(200), nullable=False),
    Column("description", Text, nullable=False),
    Column("assignee_worker", String(64)),
    Column("assignee_department", String(32)),
    Column("created_ms", Ms, nullable=False),
    Column("accepted_ms", Ms),
    Column("due_ms", Ms),
    Column("resolved_ms", Ms),
    Column("closed_ms", Ms),
    Column("satisfaction", Integer),
    Column("version", Integer, nullable=False),
    Column("data", Text, nullable=False),
    Column("alert_id", BigInteger),  # the alert a sighting answers (migration 0002)
    # (Practice, migration 0005) for query.assessment: the deadline the event is judged by (before
    # any extension; null when not judged), its marks (reworked, extended, returned: domain.assessment),
    # and who accepted it
    Column("judged_due_ms", Ms),
    Column("marks", Integer),
    Column("accepted_by", String(100)),
    Index("ix_events_created", "created_ms"),
    Index("ix_events_resolved", "resolved_ms"),
    Index("ix_events_status", "status"),
    Index("ix_events_grid", "grid_id"),
    Index("ix_events_alert", "alert_id"),
    *_assessment_indexes(),  # (Practice) query.assessment
)

orders = Table(
    "orders", metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=False),
    Column("event_id", BigInteger, nullable=False, index=True),
    Column("assignee_worker", String(64)),
    Column("assignee_department", String(32)),
    Column("status", String(16), nullable=False),
    Column("issued_ms", Ms, nullable=False),
    Column("due_ms", Ms),
    Column("closed_ms", Ms),
    Column("version", Integer, nullable=False),
    Column("data", Text, nullable=False),
    Index("ix_orders_status", "status"),
)

video_links = Table(
    "video_links", metadata,
    Column("id", String(64), primary_key=True),
    Column("level", String(16), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("state", String(16), nullable=False),
    Column("version", Integer, nullable=False),
    Column("data", Text, nullable=False),
)

alerts = Table(
    "alerts", metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=False),
    Column("created_ms", Ms, nullable=False),
    Column("expires_ms", Ms),
    Column("data", Text, nullable=False),
)

#: (Practice) approval requests and their decisions (migration 0004)
approvals = Table(
    "approvals", metadata,
    Column("id", BigInteger, primary_key=True, autoincrement=False),
    Column("event_id", BigInteger, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("status", String(16), nullable=False),
    Column("requested_ms", Ms, nullable=False),
    Column("decided_ms", Ms),
    Column("version", Integer, nullable=False),
    Column("data", Text, nullable=False),
    Index("ix_approvals_event", "event_id"),
    Index("ix_approvals_status", "status"),
)

users = Table(
    "users", metadata,
    Column("name", String(100), primary_key=True),
    Column("role", String(16), nullable=False),
    Column("department", String(32)),
    Column("worker_id", String(64)),
    Column("display_name", String(100)),
    Column("password_hash", String(200), nullable=False),
    Column("failed_logins", Integer, nullable=False, default=0),
    Column("locked_until_ms", Ms),
    Column("scope_level", String(16)),  # PROTOCOL.md "Levels" (migration 0006)
    Column("scope_grid", String(32)),
)

tokens = Table(
    "tokens", metadata,
    Column("token_hash", String(64), primary_key=True),
    Column("user", String(100), nullable=False, index=True),
    Column("expires_ms", Ms, nullable=False),
)

#: one row per counter: 'journal' and 'audit' (value = last seq, hash = last row's hash),
#: and 'ids.event', 'ids.order', 'ids.alert', 'ids.approval' (value = next free id). The committing
#: transaction locks the row, so seq order is commit order whichever hub commits.
counters = Table(
    "counters", metadata,
    Column("name", String(32), primary_key=True),
    Column("value", BigInteger, nullable=False),
    Column("hash", String(64), nullable=False, default=""),
)

journal = Table(
    "journal", metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("at_ms", Ms, nullable=False),
    Column("actor", String(100), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("entity", Text, nullable=False),
    Column("hash", String(64), nullable=False),
    Column("prev_hash", String(64), nullable=False),
)

audit = Table(
    "audit", metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("at_ms", Ms, nullable=False),
    Column("user", String(100), nullable=False),
    Column("command", String(64), nullable=False),
    Column("request_id", String(64)),
    Column("outcome", String(32), nullable=False),
    Column("message", Text, nullable=False),
    Column("hash", String(64), nullable=False),
    Column("prev_hash", String(64), nullable=False),
    Index("ix_audit_user", "user"),
)

idempotency = Table(
    "idempotency", metadata,
    Column("user", String(100), nullable=False),
    Column("key", String(64), nullable=False),
    Column("request_hash", LargeBinary(32), nullable=False),
    Column("result", Text, nullable=False),
    Column("at_ms", Ms, nullable=False, index=True),
    PrimaryKeyConstraint("user", "key"),
)

meta = Table(
    "meta", metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

