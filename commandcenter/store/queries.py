"""Read-side queries: event search and statistics, straight from SQL."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, and_, case, func, literal, or_, select, tuple_

from . import schema as t
from .rows import ms

E = t.events.c

GROUP_COLUMNS = {
    "department": E.assignee_department,
    "category": E.category,
    "grid": E.grid_id,
    "worker": E.assignee_worker,
}


def _like(text: str) -> str:
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_events(engine: Engine, *, status=None, category=None, grid_id=None, text=None,
                  since: datetime | None = None, until: datetime | None = None, limit: int = 100,
                  cursor: str | None = None, alert_id: int | None = None) -> tuple[list[str], str | None]:
    """Newest first, archived included; returns (entity JSON texts, next cursor).

    ``alert_id`` keeps only the reports answering that alert (its sightings).
    """
    where = []
    if alert_id is not None:
        where.append(E.alert_id == alert_id)
    if status:
        where.append(E.status == status)
    if category:
        where.append(E.category == category)
    if grid_id:
        where.append(E.grid_id.like(grid_id.replace("%", "") + "%"))
    if text:
        pattern = _like(text)
        where.append(or_(*(func.lower(col).like(pattern, escape="\\") for col in (E.code, E.title, E.description))))
    if since is not None:
        where.append(E.created_ms >= ms(since))
    if until is not None:
        where.append(E.created_ms < ms(until))
    if cursor:
        created, _, event_id = cursor.partition(":")
        where.append(tuple_(E.created_ms, E.id) < tuple_(literal(int(created)), literal(int(event_id))))
    query = select(E.data, E.created_ms, E.id).where(and_(True, *where)) \
        .order_by(E.created_ms.desc(), E.id.desc()).limit(limit + 1)
    with engine.connect() as conn:
        found = conn.execute(query).all()
    more = len(found) > limit
    found = found[:limit]
    next_cursor = f"{found[-1].created_ms}:{found[-1].id}" if more and found else None
    return [r.data for r in found], next_cursor


def event_stats(engine: Engine, since: datetime, until: datetime, group_by: str | None) -> list[dict]:
    """Counts and rates of the events reported in ``[since, until)``.

    completion_rate: resolved / not rejected; on_time_rate: resolved by due_at / events with
    a deadline that is resolved or already past; avg_satisfaction over followed-up events.
    """
    key = GROUP_COLUMNS[group_by] if group_by else literal(None)
    resolved = E.resolved_ms.is_not(None)
    judged = and_(E.due_ms.is_not(None), or_(resolved, E.due_ms < ms(until)))
    on_time = and_(judged, resolved, E.resolved_ms <= E.due_ms)
    query = select(
        key.label("key"),
        func.count().label("reported"),
        func.sum(case((E.accepted_ms.is_not(None), 1), else_=0)).label("accepted"),
        func.sum(case((E.status == "rejected", 1), else_=0)).label("rejected"),
        func.sum(case((E.status == "archived", 1), else_=0)).label("archived"),
        func.sum(case((resolved, 1), else_=0)).label("resolved"),
        func.sum(case((judged, 1), else_=0)).label("judged"),
        func.sum(case((on_time, 1), else_=0)).label("on_time"),
        func.avg(E.satisfaction).label("avg_satisfaction"),
    ).where(E.created_ms >= ms(since), E.created_ms < ms(until))
    if group_by:
        query = query.group_by(key).order_by(key)
    with engine.connect() as conn:
        return [_stats_row(r) for r in conn.execute(query)]


def _stats_row(r) -> dict:
    valid = r.reported - (r.rejected or 0)
    return {
        "key": r.key, "reported": r.reported, "accepted": int(r.accepted or 0),
        "rejected": int(r.rejected or 0), "archived": int(r.archived or 0),
        "completion_rate": round((r.resolved or 0) / valid, 4) if valid else None,
        "on_time_rate": round((r.on_time or 0) / r.judged, 4) if r.judged else None,
        "avg_satisfaction": round(float(r.avg_satisfaction), 3) if r.avg_satisfaction is not None else None,
    }
