"""Answers to the read-only requests: grids from memory, events and stats from SQL."""
from __future__ import annotations

from datetime import timedelta

import msgspec

from commandcenter.domain.assessment import MAX_PERIOD_DAYS
from commandcenter.domain.errors import bad_request, not_found
from commandcenter.domain.policy import Weights
from commandcenter.service.state import HubState
from commandcenter.store import assessment as assessment_sql, queries as sql
from commandcenter.store.store import Store

from . import messages as m


class GridPages:
    """``grids.get`` pages over the area tree in code order, each grid encoded once."""

    def __init__(self, state: HubState) -> None:
        self.ids = sorted(state.grids)
        self.json = {
            g.id: msgspec.json.encode({"id": g.id, "code": g.code, "name": g.name, "kind": g.kind,
                                       "parent": g.parent, "polygon": g.polygon})
            for g in state.grids.values()
        }

    def page(self, msg: m.GridsGet) -> bytes:
        start = _offset(msg.cursor)
        chunk = self.ids[start:start + msg.limit]
        end = start + len(chunk)
        next_cursor = msgspec.json.encode(str(end) if end < len(self.ids) else None)
        return b'{"items":[' + b",".join(self.json[i] for i in chunk) + b'],"next_cursor":' + next_cursor + b"}"


def _offset(cursor: str | None) -> int:
    if cursor is None:
        return 0
    if not cursor.isdigit():
        raise bad_request("cursor is not one this hub gave out")
    return int(cursor)


def events(store: Store, msg: m.QueryEvents, department: str | None = None, area: str | None = None) -> bytes:
    """``department``: the asker sees only that department's events (see :meth:`View.query_department`);
    ``area`` (Levels): only the events whose grid lies inside that area (a scoped desk's)."""
    if msg.since and msg.until and msg.since > msg.until:
        raise bad_request("since must not be after until")
    if msg.cursor is not None and not _valid_event_cursor(msg.cursor):
        raise bad_request("cursor is not one this hub gave out")
    items, next_cursor = sql.search_events(
        store.engine, status=msg.status, category=msg.category, grid_id=msg.grid_id, text=msg.text,
        since=msg.since, until=msg.until, limit=msg.limit, cursor=msg.cursor, alert_id=msg.alert_id,
        department=department, area=area)
    body = ",".join(items).encode()
    return b'{"items":[' + body + b'],"next_cursor":' + msgspec.json.encode(next_cursor) + b"}"


def orders(store: Store, msg: m.QueryOrders, department: str | None = None, area: str | None = None) -> bytes:
    """(addition) Every order of one event, closed ones included (a liaison: their department's)."""
    items = sql.event_orders(store.engine, msg.event_id, department, area)
    if items is None:
        raise not_found(f"no event {msg.event_id}")
    return b'{"items":[' + ",".join(items).encode() + b"]}"


def _valid_event_cursor(cursor: str) -> bool:
    created, sep, event_id = cursor.partition(":")
    return bool(sep) and created.isdigit() and event_id.isdigit() and len(cursor) < 40


def stats(store: Store, msg: m.QueryStats, department: str | None = None, area: str | None = None) -> bytes:
    if msg.since >= msg.until:
        raise bad_request("since must be before until")
    if msg.group_by == "day" and msg.until - msg.since > timedelta(days=MAX_PERIOD_DAYS):
        raise bad_request(f"a period grouped by day is at most {MAX_PERIOD_DAYS} days")
    rows = sql.event_stats(store.engine, msg.since, msg.until, msg.group_by, department, msg.period_of, area=area)
    return msgspec.json.encode({"rows": rows})


# -- (Practice) duplicates and assessment ------------------------------------------------------

#: the candidates ``query.duplicates`` lists at most
DUPLICATES_LISTED = 20


def duplicates(state: HubState, msg: m.QueryDuplicates, department: str | None = None,
               area: str | None = None) -> bytes:
    """Candidates of a live (or merged) event from the duplicate index; a liaison asks only about,
    and sees only, their department's events, a scoped desk those inside its area."""
    index = state.duplicates
    event = state.event(msg.event_id) or index.merged.get(msg.event_id)
    if event is None or not _visible(event, department, area):
        raise not_found(f"no open event {msg.event_id}")
    found = index.candidates(event, limit=None)
    if department is not None or area is not None:
        found = [c for c in found if _visible(state.event(c.event_id), department, area)]
    return msgspec.json.encode({"items": found[:DUPLICATES_LISTED]})


def _visible(event, department: str | None, area: str | None) -> bool:
    inside = area is None or (event is not None and (event.grid_id or "").startswith(area))
    return inside and _in_department(event, department)


def _in_department(event, department: str | None) -> bool:
    if department is None:
        return True
    return event is not None and event.assignee is not None and event.assignee.department == department


def assessment(store: Store, msg: m.QueryAssessment, department: str | None, weights: Weights,
               area: str | None = None) -> bytes:
    if msg.since >= msg.until:
        raise bad_request("since must be before until")
    rows = assessment_sql.assessment_rows(store.engine, msg.since, msg.until, msg.group_by, weights, department,
                                          area)
    return msgspec.json.encode({"rows": rows})
