"""Read-side queries: event search and statistics, straight from SQL."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine, and_, case, func, literal, or_, select, tuple_

from commandcenter.domain.assessment import (
    CENTRE_OFFSET_MS,
    DAY_MS,
    closed_loop_rate,
    completion_rate,
    day_key,
    on_time_rate,
)

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
                  cursor: str | None = None, alert_id: int | None = None,
                  department: str | None = None, area: str | None = None) -> tuple[list[str], str | None]:
    """Newest first, archived included; returns (entity JSON texts, next cursor).

    ``alert_id`` keeps only the reports answering that alert (its sightings); ``department``
    confines the search to the events with that department (a liaison's view); ``area`` to the events
    whose grid lies inside that area (a scoped desk's view, PROTOCOL.md "Levels").
    """
    where = [] if department is None else [E.assignee_department == department]
    if area is not None:
        where.append(in_area(area))
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


def event_stats(engine: Engine, since: datetime, until: datetime, group_by: str | None,
                department: str | None = None, period_of: str = "reported", *, area: str | None = None) -> list[dict]:
    """Counts and rates of the events reported in ``[since, until)`` (rules: :mod:`commandcenter.domain.assessment`).

    completion_rate: resolved / valid (not rejected); on_time_rate: resolved by due_at / events with
    a deadline that is resolved or already past; closed_loop_rate: archived / valid; avg_satisfaction
    over followed-up events. ``group_by`` ``day`` keys rows by the centre-time day of the report
    (``YYYY-MM-DD``); ``grid_category`` keys them by ``[grid_id, category]``.
    """
    stamp = E.resolved_ms if period_of == "resolved" else E.created_ms
    keys = _group_keys(group_by, stamp)
    resolved = E.resolved_ms.is_not(None)
    judged = and_(E.due_ms.is_not(None), or_(resolved, E.due_ms < ms(until)))
    on_time = and_(judged, resolved, E.resolved_ms <= E.due_ms)
    query = select(
        *keys,
        func.count().label("reported"),
        _count(E.accepted_ms.is_not(None)).label("accepted"),
        _count(E.status == "rejected").label("rejected"),
        _count(E.status == "archived").label("archived"),
        _count(resolved).label("resolved"),
        _count(judged).label("judged"),
        _count(on_time).label("on_time"),
        func.count(E.satisfaction).label("rated"),
        func.avg(E.satisfaction).label("avg_satisfaction"),
    ).where(stamp >= ms(since), stamp < ms(until))
    if department is not None:
        query = query.where(E.assignee_department == department)
    if area is not None:
        query = query.where(in_area(area))
    if group_by:
        query = query.group_by(*keys).order_by(*keys)
    with engine.connect() as conn:
        return [_stats_row(r, group_by) for r in conn.execute(query)]


def event_orders(engine: Engine, event_id: int, department: str | None = None,
                 area: str | None = None) -> list[str] | None:
    """Every order of the event, closed ones included, oldest first (entity JSON texts); None when the
    asker may not see the event: outside ``area``, or (a liaison) no order of it went to ``department``."""
    orders = t.orders.c
    inside = select(E.id).where(E.id == event_id)
    if area is not None:
        inside = inside.where(in_area(area))
    query = select(orders.data).where(orders.event_id == event_id).order_by(orders.id)
    if department is not None:
        query = query.where(orders.assignee_department == department)
    with engine.connect() as conn:
        if conn.execute(inside).first() is None:
            return None
        found = [r.data for r in conn.execute(query)]
    return found if found or department is None else None


def in_area(area: str):
    """(Levels) Events whose grid lies inside ``area``: grid codes nest, so a prefix match."""
    return E.grid_id.like(area.replace("%", "").replace("_", "") + "%")


def _group_keys(group_by: str | None, stamp) -> list:
    if group_by == "day":
        return [((stamp + CENTRE_OFFSET_MS) // DAY_MS).label("key")]
    if group_by == "grid_category":
        return [E.grid_id.label("key"), E.category.label("key2")]
    return [(GROUP_COLUMNS[group_by] if group_by else literal(None)).label("key")]


def _count(condition):
    return func.sum(case((condition, 1), else_=0))


def _stats_key(r, group_by: str | None):
    if group_by == "day":
        return day_key(int(r.key))
    if group_by == "grid_category":
        return [r.key, r.key2]
    return r.key


def _stats_row(r, group_by: str | None = None) -> dict:
    rejected, resolved, archived = int(r.rejected or 0), int(r.resolved or 0), int(r.archived or 0)
    judged, on_time = int(r.judged or 0), int(r.on_time or 0)
    valid = r.reported - rejected
    return {
        "key": _stats_key(r, group_by), "reported": r.reported, "accepted": int(r.accepted or 0),
        "rejected": rejected, "archived": archived,
        "completion_rate": completion_rate(resolved, valid),
        "on_time_rate": on_time_rate(on_time, judged),
        "avg_satisfaction": round(float(r.avg_satisfaction), 3) if r.avg_satisfaction is not None else None,
        # additions: the counts behind the rates, and the closed-loop rate
        "valid": valid, "resolved": resolved, "judged": judged, "on_time": on_time, "rated": int(r.rated or 0),
        "closed_loop_rate": closed_loop_rate(archived, valid),
    }
