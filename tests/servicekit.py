"""A small in-memory world for the service core: no database, no network."""
from __future__ import annotations

from datetime import datetime

import msgspec

from commandcenter.domain.clock import CST
from commandcenter.domain.codes import DEPARTMENTS
from commandcenter.domain.entities import Department, Grid, Seat, Worker
from commandcenter.net import messages as m
from commandcenter.policy_file import default_policy
from commandcenter.service.context import Actor, World
from commandcenter.service.grids import GridLocator
from commandcenter.service.state import HubState, IdBlock
from commandcenter.service.unit import Unit
from commandcenter.service.workers import WorkerBook

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=CST)
SQUARE = ((118.0, 39.0), (118.1, 39.0), (118.1, 39.1), (118.0, 39.1), (118.0, 39.0))

POLICY = default_policy()
OPERATOR = Actor("operator", "operator")
SUPERVISOR = Actor("supervisor", "supervisor")
WALL = Actor("wall", "wall")


def liaison(department: str) -> Actor:
    return Actor(f"liaison.{department}", "liaison", department=department)


def worker(worker_id: str) -> Actor:
    return Actor(worker_id, "worker", worker_id=worker_id)


def build() -> tuple[HubState, World]:
    grids = [Grid(id="130203001001001", code="130203001001001", name="网格1", kind="comprehensive",
                  parent="130203001001", polygon=SQUARE)]
    workers = [Worker(id=f"w00000{i}", name=f"网格员{i}", kind="full_time", grid_id=grids[0].id,
                      status="idle", lat=39.05, lon=118.05, at=NOW) for i in (1, 2, 3)]
    state = HubState()
    state.load([], [], [Seat(id="seat." + d, department=d, liaison=None, on_duty=False, open_orders=0,
                             overdue_orders=0) for d in DEPARTMENTS], [], [], grids,
               [Department(id=d, code=d, name=n[0], name_en=n[1]) for d, n in DEPARTMENTS.items()])
    state.ids = {k: IdBlock(1, 10**9) for k in ("event", "order", "alert", "approval")}
    return state, World(WorkerBook(workers), GridLocator(grids), POLICY)


def unit(state: HubState, at: datetime = NOW) -> Unit:
    return Unit(state, at)


def command(**frame) -> object:
    """A command as the hub decodes it from the wire."""
    return msgspec.json.decode(msgspec.json.encode({"id": "x", **frame}), type=m.Incoming)


def report_frame(**extra) -> dict:
    return {"type": "event.report", "id": "x", "category": "public_facility", "title": "井盖破损",
            "description": "路口井盖缺失", "lat": 39.05, "lon": 118.05, "source": "worker", "severity": 2,
            **extra}
