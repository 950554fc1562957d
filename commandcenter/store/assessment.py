"""``query.assessment`` in SQL: one grouped pass over a covering index led by the grouping column.

The figures and the score are defined once in :mod:`commandcenter.domain.assessment`; this module
only counts. ``judged_due_ms`` is the deadline an event is judged by (null when it is not judged)
and ``marks`` its reworked / extended / returned bits. SQLite groups by sorting unless the rows
come in key order, so each grouping column leads an index of its own (``schema.ASSESSMENT_INDEXES``;
SQLite is told to use it, as its planner would rather sort a million rows). Community, street and
district are the first 12, 9 and 6 digits of the grid code (grid ids are their codes): the grid rows
are rolled up.
"""
from __future__ import annotations

from datetime import datetime

import numpy as np
from sqlalchemy import Engine, and_, case, func, select

from commandcenter.domain.assessment import EXTENDED, RETURNED, REWORKED, assessment_table

from . import schema as t
from .queries import in_area
from .rows import ms

E = t.events.c

#: ``group_by`` -> (the column grouped on, how many leading digits of it make the key; None: all)
GROUPS: dict[str, tuple[str, int | None]] = {
    "department": ("assignee_department", None),
    "grid": ("grid_id", None),
    "community": ("grid_id", 12),
    "street": ("grid_id", 9),
    "district": ("grid_id", 6),
    "worker": ("assignee_worker", None),
    "operator": ("accepted_by", None),
}


def _count(condition):
    return func.sum(case((condition, 1), else_=0))


def _marked(bit: int):
    return _count(E.marks.op("&")(bit) != 0)


def _query(column: str, since_ms: int, until_ms: int, department: str | None):
    key = E[column]
    query = select(
        key.label("key"),
        func.count().label("should_close"),
        _count(and_(E.resolved_ms.is_not(None), E.resolved_ms < until_ms)).label("closed"),
        _count(E.resolved_ms <= E.judged_due_ms).label("on_time"),
        _marked(REWORKED).label("reworked"), _marked(EXTENDED).label("extended"), _marked(RETURNED).label("returned"),
        func.sum(E.satisfaction).label("satisfaction"), func.count(E.satisfaction).label("rated"),
    ).where(E.judged_due_ms >= since_ms, E.judged_due_ms < until_ms).group_by(key)
    if department is not None:
        query = query.where(E.assignee_department == department)
    return query


def _run(conn, query, column: str) -> list:
    """Run the query; on SQLite with ``INDEXED BY`` its grouping column's index (SQLAlchemy renders
    no SQLite index hints, so the compiled statement gets it)."""
    if conn.dialect.name != "sqlite":
        return conn.execute(query).all()
    compiled = query.compile(conn)
    sql = str(compiled).replace("FROM events", f"FROM events INDEXED BY {t.ASSESSMENT_INDEXES[column]}", 1)
    return conn.exec_driver_sql(sql, tuple(compiled.params[name] for name in compiled.positiontup)).all()


def assessment_rows(engine: Engine, since: datetime, until: datetime, group_by: str, weights,
                    department: str | None = None, area: str | None = None) -> list[dict]:
    """Rows of the events judged due in ``[since, until)``, by key (null keys last);
    ``department`` confines them to one department (a liaison's view), ``area`` to the grids
    inside an area (a scoped desk's)."""
    column, digits = GROUPS[group_by]
    query = _query(column, ms(since), ms(until), department)
    if area is not None:
        query = query.where(in_area(area))
    with engine.connect() as conn:
        found = _run(conn, query, column)
    keys, sums = _by_key([row[0] for row in found], np.array([row[1:] for row in found], dtype=float).reshape(-1, 8),
                         digits)
    order = sorted(range(len(keys)), key=lambda i: (keys[i] is None, keys[i] or ""))
    return assessment_table([keys[i] for i in order], sums[order, :6], sums[order, 6], sums[order, 7], weights)


def _by_key(keys: list, sums: np.ndarray, digits: int | None) -> tuple[list, np.ndarray]:
    """The keys and their counts: as they are, or rolled up by the first ``digits`` of the key (a
    null satisfaction sum counts as 0: it comes with no ratings)."""
    sums = np.nan_to_num(sums)
    if digits is None:
        return keys, sums
    prefixes = [key[:digits] if key else key for key in keys]
    names = list(dict.fromkeys(prefixes))
    slot = {name: i for i, name in enumerate(names)}
    rolled = np.zeros((len(names), sums.shape[1]))
    np.add.at(rolled, np.fromiter((slot[p] for p in prefixes), dtype=np.int64, count=len(prefixes)), sums)
    return names, rolled
