"""Helpers for the "Practice" hub tests: cases in a given state, deltas, back-dating entities."""
from __future__ import annotations

from datetime import datetime, timedelta

from msgspec.structs import replace

from tests.hubkit import Peer

REPORT = {"type": "event.report", "category": "public_facility", "title": "路灯不亮", "description": "整条街路灯不亮",
          "lat": 39.63, "lon": 118.18, "source": "hotline", "severity": 2, "reporter": "王女士"}
URBAN = {"department": "urban"}


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


async def delta(peer: Peer, kind: str, entity_id: int, pred=lambda data: True, timeout: float = 5.0) -> dict:
    """The next ``kind`` delta about ``entity_id`` whose data satisfies ``pred``."""
    frame = await peer.until(lambda f: f.get("kind") == kind and f["data"]["id"] == entity_id and pred(f["data"]),
                             timeout)
    return frame["data"]


async def accepted(desk: Peer, tier: str = "medium", **report) -> int:
    event_id = (await desk.ok({**REPORT, **report}))["event_id"]
    await desk.ok({"type": "event.accept", "event_id": event_id, "tier": tier})
    return event_id


async def dispatched(desk: Peer, to: dict | None = None, tier: str = "medium", **report) -> tuple[int, int]:
    """A case accepted and dispatched (to urban unless ``to``): (event id, order id)."""
    event_id = await accepted(desk, tier, **report)
    order_id = (await desk.ok({"type": "order.dispatch", "event_id": event_id, "to": to or URBAN}))["order_id"]
    return event_id, order_id


async def backdate(hub, event_id: int, **changes) -> None:
    """Change a live event as if time had passed (the way the clock tests inject time)."""
    def change(unit):
        now = hub.state.event(event_id)
        unit.put_event(replace(now, **changes, version=now.version + 1))
    await hub.committer.submit_internal(change)


async def backdate_order(hub, order_id: int, **changes) -> None:
    def change(unit):
        now = hub.state.order(order_id)
        unit.put_order(replace(now, **changes, version=now.version + 1))
    await hub.committer.submit_internal(change)


async def sweep(hub) -> None:
    """Run one deadline sweep pass now and wait until it has been committed."""
    hub._sweep()
    await hub.committer.submit_internal(lambda unit: None)


def later(hub_event, **delta) -> datetime:
    return hub_event.due_at + timedelta(**delta)


def audit_messages(hub, user: str, command: str) -> list[tuple[str, str]]:
    from sqlalchemy import select

    from commandcenter.store import schema as t

    with hub.store.engine.connect() as conn:
        rows = conn.execute(select(t.audit.c.outcome, t.audit.c.message)
                            .where(t.audit.c.user == user, t.audit.c.command == command)).all()
    return [tuple(r) for r in rows]
