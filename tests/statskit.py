"""A hand-built ``query.stats`` fixture: events reported and handled through a real hub with known outcomes,
and a hub on the tiny demo city with no events of its own (so every figure is the fixture's)."""
from __future__ import annotations

import asyncio
from datetime import timedelta

from commandcenter.domain import clock
from commandcenter.net.auth import hash_password
from commandcenter.net.demo import DEMO_PASSWORD, demo_accounts
from commandcenter.net.hub import Hub, HubConfig
from commandcenter.store.bulk import load_city
from tests.hubkit import Peer

REPORT = {"type": "event.report", "title": "考核样例", "description": "fixture", "lat": 39.63, "lon": 118.18,
          "source": "hotline", "severity": 2, "reporter": "王女士"}


class Fixture:
    """Six events reported through the hub in two grids (see :func:`build`), and the period around them."""

    def __init__(self, hub) -> None:
        self.hub = hub
        proper = sorted(g.id for g in hub.state.grids.values() if g.kind == "comprehensive")
        self.g1, self.g2 = proper[0], proper[-1]  # far apart, so their heat does not merge
        self.worker = next(w.id for w in hub.book.records)
        self.since = clock.now() - timedelta(seconds=1)

    def window(self, group_by: str | None = None) -> dict:
        until = clock.now() + timedelta(minutes=1)
        frame = {"type": "query.stats", "since": self.since.isoformat(), "until": until.isoformat()}
        return {**frame, "group_by": group_by} if group_by else frame


async def _report(desk: Peer, grid: str, category: str, **more) -> int:
    return (await desk.ok({**REPORT, "grid_id": grid, "category": category, **more}))["event_id"]


async def _handle(desk: Peer, handler: Peer, event_id: int, to: dict) -> None:
    await desk.ok({"type": "event.accept", "event_id": event_id, "tier": "small"})
    order_id = (await desk.ok({"type": "order.dispatch", "event_id": event_id, "to": to}))["order_id"]
    await handler.ok({"type": "order.receive", "order_id": order_id})
    await handler.ok({"type": "order.complete", "order_id": order_id, "note": "done"})


async def _close(desk: Peer, event_id: int, satisfaction: int, archive: bool) -> None:
    await desk.ok({"type": "event.verify", "event_id": event_id, "passed": True, "note": "ok"})
    await desk.ok({"type": "event.follow_up", "event_id": event_id, "satisfaction": satisfaction, "note": ""})
    if archive:
        await desk.ok({"type": "event.archive", "event_id": event_id})


async def build(hub) -> tuple[Fixture, Peer]:
    """g1: e1 sanitation on time, archived, 5 stars; e2 sanitation on time by a worker, followed up 3;
    e3 dispute resolved late (escalated to a 1 s deadline); e6 sanitation handled on the spot.
    g2: e4 sanitation rejected; e5 dispute accepted only (complex: due in 7 days, never judged up to tomorrow)."""
    f = Fixture(hub)
    desk, boss = await Peer.login(hub.port, "operator"), await Peer.login(hub.port, "supervisor")
    seat, field = await Peer.login(hub.port, "liaison.urban"), await Peer.login(hub.port, f.worker)
    justice = await Peer.login(hub.port, "liaison.justice")
    e1, e2, e3 = [await _report(desk, f.g1, c) for c in ("sanitation", "sanitation", "dispute")]
    e4, e5 = await _report(desk, f.g2, "sanitation"), await _report(desk, f.g2, "dispute")
    await _report(desk, f.g1, "sanitation", handled_on_spot=True)
    await _handle(desk, seat, e1, {"department": "urban"})
    await _close(desk, e1, 5, archive=True)
    await _handle(desk, field, e2, {"worker_id": f.worker})
    await _close(desk, e2, 3, archive=False)
    await desk.ok({"type": "event.reject", "event_id": e4, "reason": "无效"})
    await desk.ok({"type": "event.accept", "event_id": e5, "tier": "complex"})  # due in 7 days: never judged
    await _late(desk, boss, justice, e3)
    for peer in (boss, seat, field, justice):
        await peer.close()
    return f, desk


async def _late(desk: Peer, boss: Peer, handler: Peer, event_id: int) -> None:
    await desk.ok({"type": "event.accept", "event_id": event_id, "tier": "small"})
    order_id = (await desk.ok({"type": "order.dispatch", "event_id": event_id, "to": {"department": "justice"}}))[
        "order_id"]
    soon = (clock.now() + timedelta(seconds=1)).isoformat()
    await boss.ok({"type": "event.escalate", "event_id": event_id, "note": "限时", "due_at": soon})
    await asyncio.sleep(1.3)
    await handler.ok({"type": "order.receive", "order_id": order_id})
    await handler.ok({"type": "order.complete", "order_id": order_id, "note": "late"})


TOTALS = {"reported": 6, "rejected": 1, "valid": 5, "resolved": 4, "archived": 1, "judged": 3, "on_time": 2,
          "rated": 2, "completion_rate": 0.8, "on_time_rate": 0.6667, "closed_loop_rate": 0.2,
          "avg_satisfaction": 4.0}


class _NoArchive:
    def chunks(self, size: int):
        return iter(())


def _load_empty_city(store) -> None:
    from commandcenter.sim.city import build_city

    city = build_city("tiny", now=clock.now())
    city.events, city.orders, city._archive = [], [], _NoArchive()
    load_city(store, city, demo_accounts(city, hash_password(DEMO_PASSWORD)))


async def start_quiet_hub(url: str, **config) -> Hub:
    """The tiny demo city (grids, workers, seats, accounts) without a single event."""
    hub = Hub(HubConfig(db_url=url, port=0, synchronous="NORMAL", **config))
    await hub._db(hub.store.migrate, writer=True)
    await hub._db(_load_empty_city, hub.store, writer=True)
    await hub.start()
    return hub
