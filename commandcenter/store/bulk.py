"""Bulk loading of a whole city into an empty database (the demo, and benchmarks)."""
from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice

from sqlalchemy import insert, update

from . import rows, schema as t
from .store import Store

log = logging.getLogger("store")

CHUNK = 20_000


def _chunks(items: Iterable, size: int = CHUNK) -> Iterator[list]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def insert_all(store: Store, table, records: Iterable[dict]) -> int:
    count = 0
    for chunk in _chunks(records):
        with store.engine.begin() as conn:
            conn.execute(insert(table), chunk)
        count += len(chunk)
    return count


def load_city(store: Store, city, users: Sequence[dict]) -> dict[str, int]:
    """Insert every part of ``city`` (see :func:`commandcenter.sim.city.build_city`)."""
    counts = {
        "grids": insert_all(store, t.grids, map(rows.grid_row, city.grids)),
        "departments": insert_all(store, t.departments, map(rows.department_row, city.departments)),
        "seats": insert_all(store, t.seats, map(rows.seat_row, city.seats)),
        "workers": insert_all(store, t.workers, map(rows.worker_row, city.workers)),
        "video_links": insert_all(store, t.video_links, map(rows.link_row, city.video_links)),
        "events": insert_all(store, t.events, map(rows.event_row, city.events)),
        "orders": insert_all(store, t.orders, map(rows.order_row, city.orders)),
        "users": insert_all(store, t.users, users),
    }
    archived = 0
    top_event = max((e.id for e in city.events), default=0)
    for chunk in city.iter_archived():
        archived += insert_all(store, t.events, map(rows.event_row, chunk))
        top_event = max(top_event, max(e.id for e in chunk))
    counts["archived"] = archived
    top_order = max((o.id for o in city.orders), default=0)
    _set_next_ids(store, top_event + 1, top_order + 1)
    return counts


def _set_next_ids(store: Store, next_event: int, next_order: int) -> None:
    with store.engine.begin() as conn:
        for name, value in (("ids.event", next_event), ("ids.order", next_order)):
            conn.execute(update(t.counters).where(t.counters.c.name == name).values(value=value))
