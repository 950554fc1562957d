"""Tracks and coverage days in the database (run in the hub's database threads)."""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import delete, select

from . import schema as t
from .store import Store


def save_tracks(store: Store, rows: Sequence[dict]) -> None:
    """Upsert worker-hour rows (an open hour is rewritten whole at each flush)."""
    if rows:
        with store.engine.begin() as conn:
            store.upsert(conn, t.tracks, list(rows))


def track_rows(store: Store, worker_id: str, first_hour: int, last_hour: int) -> list[tuple[int, bytes]]:
    """``(hour_ms, data)`` of one worker's hours in [first_hour, last_hour], in time order."""
    c = t.tracks.c
    with store.engine.connect() as conn:
        return [(int(r.hour_ms), bytes(r.data)) for r in conn.execute(
            select(c.hour_ms, c.data).where(c.worker_id == worker_id, c.hour_ms >= first_hour,
                                            c.hour_ms <= last_hour).order_by(c.hour_ms))]


def hour_rows(store: Store, hour_ms: int) -> list[tuple[str, bytes]]:
    """Every worker's row of one hour (to resume an open hour after a restart)."""
    c = t.tracks.c
    with store.engine.connect() as conn:
        return [(r.worker_id, bytes(r.data)) for r in conn.execute(
            select(c.worker_id, c.data).where(c.hour_ms == hour_ms))]


def prune_tracks(store: Store, before_ms: int) -> int:
    with store.engine.begin() as conn:
        return conn.execute(delete(t.tracks).where(t.tracks.c.hour_ms < before_ms)).rowcount


def save_coverage(store: Store, day: str, at_ms: int, data: bytes) -> None:
    with store.engine.begin() as conn:
        store.upsert(conn, t.coverage_days, [{"day": day, "at_ms": at_ms, "data": data}])


def coverage_blob(store: Store, day: str) -> bytes | None:
    with store.engine.connect() as conn:
        found = conn.execute(select(t.coverage_days.c.data).where(t.coverage_days.c.day == day)).scalar()
        return None if found is None else bytes(found)
