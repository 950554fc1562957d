"""``query.assessment`` in SQL: one grouped pass over the covering index ``ix_events_judged``.

The figures and the score are defined once in :mod:`commandcenter.domain.assessment`; this module
only counts. ``judged_due_ms`` is the deadline an event is judged by (null when it is not judged),
so the period is one range on the index's first column. Community, street and district are the
first 12, 9 and 6 digits of the grid code (grid ids are their codes).
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, and_, case, func, select

from commandcenter.domain.assessment import Tally, assessment_row

from . import schema as t
from .rows import ms

E = t.events.c

#: ``group_by`` -> the key expression
GROUP_KEYS = {
    "department": E.assignee_department,
    "grid": E.grid_id,
    "community": func.substr(E.grid_id, 1, 12),
    "street": func.substr(E.grid_id, 1, 9),
    "district": func.substr(E.grid_id, 1, 6),
    "worker": E.assignee_worker,
    "operator": E.accepted_by,
}


def _count(condition):
    return func.sum(case((condition, 1), else_=0))


def assessment_rows(engine: Engine, since: datetime, until: datetime, group_by: str, weights,
                    department: str | None = None) -> list[dict]:
    """Rows of the events judged due in ``[since, until)``, by key (null keys last);
    ``department`` confines them to one department (a liaison's view)."""
    until_ms = ms(until)
    key = GROUP_KEYS[group_by].label("key")
    query = select(
        key,
        func.count().label("should_close"),
        _count(and_(E.resolved_ms.is_not(None), E.resolved_ms < until_ms)).label("closed"),
        _count(E.resolved_ms <= E.judged_due_ms).label("on_time"),
        _count(E.verify_failures > 0).label("reworked"),
        _count(E.extended > 0).label("extended"),
        _count(E.returns > 0).label("returned"),
        func.avg(E.satisfaction).label("avg_satisfaction"),
    ).where(E.judged_due_ms >= ms(since), E.judged_due_ms < until_ms).group_by(key)
    if department is not None:
        query = query.where(E.assignee_department == department)
    with engine.connect() as conn:
        found = conn.execute(query).all()
    found.sort(key=lambda r: (r.key is None, r.key or ""))
    return [assessment_row(r.key, Tally(r.should_close, int(r.closed), int(r.on_time), int(r.reworked),
                                        int(r.extended), int(r.returned)), r.avg_satisfaction, weights)
            for r in found]
