"""Entity <-> row: the queryable columns plus the wire JSON in ``data``."""
from __future__ import annotations

from datetime import datetime

import msgspec

from commandcenter.domain.assessment import judged_due, marks
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

from . import schema as t


def ms(at: datetime | None) -> int | None:
    return None if at is None else int(at.timestamp() * 1000)


def event_row(e: Event, data: bytes | None = None) -> dict:
    a = e.assignee
    return {
        "id": e.id, "code": e.code, "category": e.category, "source": e.source, "status": e.status,
        "severity": e.severity, "grid_id": e.grid_id, "title": e.title, "description": e.description,
        "assignee_worker": a.worker_id if a else None, "assignee_department": a.department if a else None,
        "created_ms": ms(e.created_at), "accepted_ms": ms(e.accepted_at), "due_ms": ms(e.due_at),
        "resolved_ms": ms(e.resolved_at), "closed_ms": ms(e.closed_at), "satisfaction": e.satisfaction,
        "version": e.version, "data": _text(e, data), "alert_id": e.alert_id,
        # (Practice) query.assessment
        "judged_due_ms": ms(judged_due(e)), "marks": marks(e), "accepted_by": e.accepted_by,
    }


def order_row(o: Order, data: bytes | None = None) -> dict:
    return {
        "id": o.id, "event_id": o.event_id, "assignee_worker": o.assignee.worker_id,
        "assignee_department": o.assignee.department, "status": o.status, "issued_ms": ms(o.issued_at),
        "due_ms": ms(o.due_at), "closed_ms": ms(o.closed_at), "version": o.version, "data": _text(o, data),
    }


def seat_row(s: Seat, data: bytes | None = None) -> dict:
    return {"id": s.id, "department": s.department, "version": s.version, "data": _text(s, data)}


def link_row(v: VideoLink, data: bytes | None = None) -> dict:
    return {"id": v.id, "level": v.level, "kind": v.kind, "state": v.state, "version": v.version,
            "data": _text(v, data)}


def alert_row(a: Alert, data: bytes | None = None) -> dict:
    return {"id": a.id, "created_ms": ms(a.created_at), "expires_ms": ms(a.expires_at), "data": _text(a, data)}


def approval_row(a: Approval, data: bytes | None = None) -> dict:
    return {"id": a.id, "event_id": a.event_id, "kind": a.kind, "status": a.status,
            "requested_ms": ms(a.requested_at), "decided_ms": ms(a.decided_at), "version": a.version,
            "data": _text(a, data)}


def worker_row(w: Worker) -> dict:
    return {"id": w.id, "grid_id": w.grid_id, "kind": w.kind, "status": w.status, "lat": w.lat,
            "lon": w.lon, "at_ms": ms(w.at), "data": _text(w, None)}


def grid_row(g: Grid) -> dict:
    return {"id": g.id, "code": g.code, "name": g.name, "kind": g.kind, "parent": g.parent,
            "polygon": msgspec.json.encode(g.polygon).decode()}


def department_row(d: Department) -> dict:
    return {"id": d.id, "data": _text(d, None)}


def _text(entity: object, data: bytes | None) -> str:
    return (data if data is not None else msgspec.json.encode(entity)).decode()


#: journal kind -> (table, row builder)
BY_KIND = {
    "event.created": (t.events, event_row),
    "event.updated": (t.events, event_row),
    "order.created": (t.orders, order_row),
    "order.updated": (t.orders, order_row),
    "seat.updated": (t.seats, seat_row),
    "video_link.updated": (t.video_links, link_row),
    "alert.created": (t.alerts, alert_row),
    "approval.created": (t.approvals, approval_row),
    "approval.updated": (t.approvals, approval_row),
}


def decode_grid(row) -> Grid:
    polygon = tuple(tuple(p) for p in msgspec.json.decode(row.polygon))
    return Grid(id=row.id, code=row.code, name=row.name, kind=row.kind, parent=row.parent, polygon=polygon)
