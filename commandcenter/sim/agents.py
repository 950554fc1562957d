"""The simulated people: handlers of orders, an autopilot operator, reporters in the field.

They read the observer's :class:`Picture` and act through sessions, with delays given in
simulated seconds (divided by the speed). Each timed action re-reads the picture first and
does nothing if someone else (a human at a desk, say) got there before.
"""
from __future__ import annotations

import asyncio
import logging
import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field as dc_field
from datetime import datetime
from typing import Any

import numpy as np

from commandcenter.domain import alerts as alert_rules, clock
from commandcenter.domain.codes import ANONYMOUS_SOURCES
from commandcenter.domain.routing import department_for

from . import texts
from .agenda import Agenda, Job
from .field import BUSY, PATROL, Field
from .picture import CLOSED_EVENTS, OPEN_ORDERS, Picture
from .pool import SessionPool
from .session import CommandFailed, Session

log = logging.getLogger("sim")

#: (low, high) simulated seconds before a receiver signs for an order
RECEIVE_S = {"worker": (60.0, 600.0), "department": (300.0, 2400.0)}
#: median simulated seconds from signing to completion, by tier
HANDLE_MEDIAN_S = {"small": 2400.0, "medium": 8 * 3600.0, "complex": 2 * 86400.0}
HANDLE_SIGMA = 0.75
DEPARTMENT_SLOWER = 1.5
RETURN_CHANCE = 0.05
VERIFY_FAIL_CHANCE = 0.03
MAX_FAILURES = 3
#: orders being handled, and autopilot steps waiting, at most: a big city's backlog is worked off
#: a share at a time (the sweeps take up the rest), so neither the agenda nor the hub is flooded
MAX_PLANNED_ORDERS = 5000
MAX_AUTOPILOT_STEPS = 2000
#: status -> (autopilot step, (low, high) simulated seconds before it)
STEPS = {
    "reported": ("triage", (60.0, 600.0)),
    "accepted": ("dispatch", (60.0, 900.0)),
    "resolved": ("verify", (300.0, 3600.0)),
    "verified": ("close", (600.0, 7200.0)),
    "followed_up": ("archive", (60.0, 900.0)),
}
QUICK = frozenset({"sanitation", "public_facility", "parking_traffic", "emergency_call", "fire_hazard",
                   "safety_hazard", "public_security", "water_supply"})
COMPLEX_PRONE = frozenset({"dispute", "housing_property", "employment_social"})
WORKER_FIRST = frozenset({"sanitation", "public_facility", "parking_traffic", "dispute", "special_population"})
SIGHTING_CHANCE = 0.05  # a worker whose phone got an alert frame reports a sighting
SIGHTINGS_PER_ALERT = (1, 4)  # sightings from the recipients of each new alert
SIGHTING_AFTER_S = (30.0, 600.0)  # simulated seconds before a sighting (after the previous one)
MIN_REPORT_GAP_S = 0.05  # real seconds: at most 20 reports a second whatever the speed


@dataclass
class World:
    """What the agents share."""

    speed: float
    rng: random.Random
    picture: Picture
    agenda: Agenda
    desk: Session
    pool: SessionPool[Session]
    field: Field
    open_liaison: Callable[[str], Session]
    liaisons: dict[str, Session] = dc_field(default_factory=dict)

    def later(self, sim_seconds: float, job: Job) -> bool:
        return self.agenda.at(sim_seconds / self.speed, job)

    def liaison(self, department: str) -> Session:
        if department not in self.liaisons:
            self.liaisons[department] = self.open_liaison(department)
        return self.liaisons[department]

    async def as_worker(self, worker_id: str, type_: str, **fields: Any) -> dict:
        if worker_id in self.pool.refused:
            raise CommandFailed("unauthenticated", f"no login for worker {worker_id}")
        async with self.pool.lease(worker_id) as session:
            return await session.request(type_, **fields)


@dataclass
class Plan:
    """How one order will be handled."""

    order_id: int
    worker_id: str | None
    department: str | None
    total_s: float
    notes: int
    returns: bool
    first_step: int = 0
    holding: bool = False  # counted among the worker's orders in hand


class Handlers:
    """Grid workers and department liaisons handling the orders dispatched to them."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.planned: set[int] = set()
        self.failures: dict[int, int] = {}
        self.in_hand: dict[str, int] = {}

    def consider_all(self) -> None:
        live = self.world.picture.orders
        self.planned &= set(live)
        self.failures = {k: v for k, v in self.failures.items() if k in live}
        for order in list(live.values()):
            self.consider(order)

    def consider(self, order: dict) -> None:
        oid = order.get("id")
        if not isinstance(oid, int):
            return
        if order.get("status") not in OPEN_ORDERS:
            self.planned.discard(oid)
            return
        busy = len(self.planned) >= MAX_PLANNED_ORDERS
        if busy or oid in self.planned or self.failures.get(oid, 0) >= MAX_FAILURES:
            return
        plan = self._plan(order)
        if plan is not None:
            self._schedule(plan)

    def _schedule(self, plan: Plan) -> None:
        self.planned.add(plan.order_id)
        self._busy(plan, plan.first_step > 0)  # already signed for: in hand
        if plan.first_step == 0:
            delay = self.world.rng.uniform(*RECEIVE_S["worker" if plan.worker_id else "department"])
        else:
            delay = plan.total_s / (plan.notes + 1)
        if not self.world.later(delay, lambda: self._step(plan, plan.first_step)):
            self._forget(plan)

    def _plan(self, order: dict) -> Plan | None:
        assignee = order.get("assignee") or {}
        worker, dept = assignee.get("worker_id"), assignee.get("department")
        if not (worker or dept):
            return None
        event = self.world.picture.events.get(order.get("event_id")) or {}
        rng = self.world.rng
        median = HANDLE_MEDIAN_S.get(event.get("tier") or "medium", HANDLE_MEDIAN_S["medium"])
        total = median * math.exp(rng.gauss(0.0, HANDLE_SIGMA)) * (1.0 if worker else DEPARTMENT_SLOWER)
        first = 0 if order.get("status") == "issued" else 1
        returns = first == 0 and rng.random() < RETURN_CHANCE
        return Plan(order["id"], worker, dept, total, rng.choice((1, 1, 2)), returns, first)

    async def _step(self, plan: Plan, step: int) -> None:
        if not self._still_mine(plan):
            return self._forget(plan)
        try:
            await self._do(plan, step)
        except CommandFailed:
            self._forget(plan)
            self.failures[plan.order_id] = self.failures.get(plan.order_id, 0) + 1
            raise

    async def _do(self, plan: Plan, step: int) -> None:
        rng, oid = self.world.rng, plan.order_id
        if step == 0 and plan.returns:
            reasons = texts.WORKER_RETURNS if plan.worker_id else texts.DEPARTMENT_RETURNS
            await self._act(plan, "order.return", order_id=oid, reason=rng.choice(reasons))
            return self._forget(plan)
        if step == 0:
            await self._act(plan, "order.receive", order_id=oid)
            self._busy(plan, True)
        elif step <= plan.notes:
            await self._act(plan, "order.progress", order_id=oid, note=rng.choice(texts.PROGRESS_NOTES))
        else:
            await self._act(plan, "order.complete", order_id=oid, note=rng.choice(texts.COMPLETE_NOTES))
            return self._forget(plan)
        if not self.world.later(plan.total_s / (plan.notes + 1), lambda: self._step(plan, step + 1)):
            self._forget(plan)

    def _still_mine(self, plan: Plan) -> bool:
        order = self.world.picture.orders.get(plan.order_id)
        if order is None:
            return False
        assignee = order.get("assignee") or {}
        return assignee.get("worker_id") == plan.worker_id and assignee.get("department") == plan.department

    def _forget(self, plan: Plan) -> None:
        self.planned.discard(plan.order_id)
        self._busy(plan, False)

    def _busy(self, plan: Plan, busy: bool) -> None:
        """A worker is busy while any order is in hand, and back on patrol after the last one."""
        wid = plan.worker_id
        if wid is None or plan.holding == busy:
            return
        plan.holding = busy
        count = self.in_hand.get(wid, 0) + (1 if busy else -1)
        if count > 0:
            self.in_hand[wid] = count
        else:
            self.in_hand.pop(wid, None)
        self.world.field.set_status(wid, BUSY if count > 0 else PATROL, pinned=count > 0)

    async def _act(self, plan: Plan, type_: str, **fields: Any) -> None:
        if plan.worker_id:
            await self.world.as_worker(plan.worker_id, type_, **fields)
        else:
            await self.world.liaison(plan.department or "").request(type_, **fields)


def tier_for(category: str, severity: int) -> str:
    """The tier an operator gives a matter: urgent or quick ones small, entrenched ones complex."""
    if category == "petition" or (category in COMPLEX_PRONE and severity >= 3):
        return "complex"
    if category in QUICK or severity >= 3:
        return "small"
    return "medium"


class Autopilot:
    """A simulated operator handling most of the queue; events with ``id % 3 == 0`` are left to people."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.seen: dict[int, str] = {}
        self.failures: dict[int, int] = {}
        self.returned_by: dict[int, dict] = {}
        self.waiting = 0  # steps on the agenda, not yet run

    def consider_all(self) -> None:
        live = self.world.picture.events
        for table in (self.seen, self.failures, self.returned_by):
            for eid in [k for k in table if k not in live]:
                del table[eid]
        for event in list(live.values()):
            self.consider(event)

    def consider(self, event: dict) -> None:
        eid, status = event.get("id"), event.get("status")
        if not isinstance(eid, int):
            return
        if status in CLOSED_EVENTS:
            self.seen.pop(eid, None)
            return
        if eid % 3 == 0 or self.seen.get(eid) == status or self.failures.get(eid, 0) >= MAX_FAILURES:
            return
        if status in STEPS and self.waiting < MAX_AUTOPILOT_STEPS:
            self._schedule(eid, status)
        elif status not in STEPS:
            self.seen[eid] = status or ""  # nothing to do until it moves on

    def _schedule(self, eid: int, status: str) -> None:
        name, (low, high) = STEPS[status]
        step = getattr(self, "_" + name)
        if self.world.later(self.world.rng.uniform(low, high), lambda: self._run(eid, status, step)):
            self.seen[eid] = status
            self.waiting += 1

    def note_order(self, order: dict) -> None:
        """Remember who returned an event's order, so the next dispatch goes elsewhere."""
        if order.get("status") == "returned" and order.get("event_id") is not None:
            self.returned_by[order["event_id"]] = order.get("assignee") or {}

    async def _run(self, eid: int, status: str, step: Callable[[dict], Any]) -> None:
        self.waiting -= 1
        event = self.world.picture.events.get(eid)
        if event is None or event.get("status") != status:
            return
        try:
            await step(event)
        except CommandFailed:
            self.failures[eid] = self.failures.get(eid, 0) + 1
            self.seen.pop(eid, None)  # the next sweep may try again
            raise

    async def _command(self, type_: str, **fields: Any) -> dict:
        return await self.world.desk.request(type_, **fields)

    async def _triage(self, event: dict) -> None:
        if event.get("title") == texts.JUNK_TITLE:
            await self._command("event.reject", event_id=event["id"], reason=texts.REJECT_REASON)
            return
        tier = tier_for(event.get("category", "other"), int(event.get("severity") or 1))
        await self._command("event.accept", event_id=event["id"], tier=tier)

    async def _dispatch(self, event: dict) -> None:
        if event.get("needs_ruling") or event.get("sos"):
            return  # a supervisor's ruling, or an SOS: people decide
        target = self.target(event)
        if target is None:
            self.seen.pop(event["id"], None)  # nobody on duty there now: the next sweep tries again
            return
        await self._command("order.dispatch", event_id=event["id"], to=target, note="请按时限处置并及时反馈。")

    def target(self, event: dict) -> dict | None:
        """Whom to dispatch to: the grid's nearest worker on duty, or the routing table's department."""
        dept = department_for(event.get("category", "other"))
        worker = self.world.field.nearest(event.get("grid_id"), event.get("lat", 0.0), event.get("lon", 0.0))
        by_worker = {"worker_id": worker} if worker else None
        by_dept = {"department": dept} if dept else None
        worker_first = dept is None or (event.get("category") in WORKER_FIRST and (event.get("severity") or 1) <= 2)
        options = [by_worker, by_dept] if worker_first else [by_dept, by_worker]
        returned = self.returned_by.get(event["id"])
        return next((t for t in options if t is not None and t != returned), None)

    async def _verify(self, event: dict) -> None:
        passed = self.world.rng.random() >= VERIFY_FAIL_CHANCE
        note = self.world.rng.choice(texts.VERIFY_PASS) if passed else texts.VERIFY_FAIL
        await self._command("event.verify", event_id=event["id"], passed=passed, note=note)

    async def _close(self, event: dict) -> None:
        if event.get("source") in ANONYMOUS_SOURCES and not event.get("reporter"):
            await self._command("event.archive", event_id=event["id"])  # nobody to call back
            return
        score = texts.satisfaction(self.world.rng)
        await self._command("event.follow_up", event_id=event["id"], satisfaction=score,
                            note=texts.FOLLOW_UP_NOTES[score])

    async def _archive(self, event: dict) -> None:
        await self._command("event.archive", event_id=event["id"])


class Reporters:
    """Grid workers reporting what they find, and calls coming in at the desk."""

    def __init__(self, world: World, rate_per_hour: float) -> None:
        self.world = world
        self.rate = rate_per_hour
        self.desk_rate = max(2.0, rate_per_hour * 0.2)
        self.answered: set[tuple[str, Any]] = set()  # (worker, alert id): one sighting each

    def _gap(self, rate_per_hour: float) -> float:
        sim = self.world.rng.expovariate(rate_per_hour / 3600.0)
        return max(sim / self.world.speed, MIN_REPORT_GAP_S)

    async def run_workers(self) -> None:
        while True:
            await asyncio.sleep(self._gap(self.rate))
            self.worker_report()

    async def run_desk(self) -> None:
        while True:
            await asyncio.sleep(self._gap(self.desk_rate))
            self.desk_report()

    def worker_report(self) -> None:
        """A random on-duty worker reports a matter where they stand."""
        on_duty = self.world.field.on_duty()
        if not len(on_duty):
            return
        i = int(on_duty[self.world.rng.randrange(len(on_duty))])
        wid = self.world.field.ids[i]
        lat, lon = self.world.field.position(i)
        name = (self.world.picture.workers.get(wid) or {}).get("name")
        report = texts.worker_report(self.world.rng, round(lat, 6), round(lon, 6), self.world.field.grid_ids[i], name)
        self.world.agenda.at(0.0, lambda: self._send(wid, report))

    def desk_report(self) -> None:
        """A hotline call (or a camera or one-key alarm) about a random grid, entered at the desk."""
        f = self.world.field
        if not len(f):
            return
        i = self.world.rng.randrange(len(f))
        lon, lat = f.polygons.sample(f.poly[i : i + 1], f.rng)
        report = texts.desk_report(self.world.rng, round(float(lat[0]), 6), round(float(lon[0]), 6), f.grid_ids[i])
        self.world.agenda.at(0.0, lambda: self._send(None, report))

    def on_alert(self, worker_id: str, frame: dict) -> None:
        """Now and then a worker whose phone got an ``alert`` frame answers with a sighting."""
        if self.world.rng.random() < SIGHTING_CHANCE:
            self._sight(worker_id, frame.get("alert") or {}, self.world.rng.uniform(*SIGHTING_AFTER_S))

    def on_new_alert(self, alert: dict) -> None:
        """A few of a new alert's recipients report sightings, one after another along a line
        through the area (as a person on the move would be seen), so the desk can plot a trail."""
        f, rng = self.world.field, self.world.rng
        rows = np.flatnonzero(alert_rules.reached(np.array(f.grid_ids, dtype=object), alert.get("grid_ids") or ()))
        if not len(rows):
            return
        chosen = rng.sample(rows.tolist(), min(rng.randint(*SIGHTINGS_PER_ALERT), len(rows)))
        heading = rng.uniform(0.0, 2 * math.pi)
        chosen.sort(key=lambda i: math.cos(heading) * f.lon[i] + math.sin(heading) * f.lat[i])
        delay = 0.0
        for i in chosen:
            delay += rng.uniform(*SIGHTING_AFTER_S)
            self._sight(f.ids[i], alert, delay)

    def _sight(self, worker_id: str, alert: dict, sim_delay: float) -> None:
        key = (worker_id, alert.get("id"))
        if worker_id not in self.world.field.index or key in self.answered:
            return
        if len(self.answered) > 10_000:
            self.answered.clear()
        self.answered.add(key)
        self.world.later(sim_delay, lambda: self._send_sighting(worker_id, alert))

    async def _send_sighting(self, worker_id: str, alert: dict) -> None:
        expires = alert.get("expires_at")
        if expires and not alert_rules.is_live(datetime.fromisoformat(expires), clock.now()):
            return  # the alert is over: the hub would refuse the link
        f = self.world.field
        i = f.index[worker_id]
        lat, lon = f.position(i)
        name = (self.world.picture.workers.get(worker_id) or {}).get("name")
        report = texts.sighting(self.world.rng, alert.get("title", ""), round(lat, 6), round(lon, 6),
                                f.grid_ids[i], name, alert.get("id"))
        await self._send(worker_id, report)

    async def _send(self, worker_id: str | None, report: dict) -> None:
        if worker_id is None:
            result = await self.world.desk.request("event.report", **report)
        else:
            result = await self.world.as_worker(worker_id, "event.report", **report)
        log.debug("reported %s (%s) as event %s", report["title"], report["source"], result.get("event_id"))
