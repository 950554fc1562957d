"""What each session may see: the filtered views of liaisons and workers.

Unfiltered desks (operator, supervisor, wall, admin) see every journal entry. A liaison sees
their department's orders and the events those orders belong to; a worker sees their own
orders and those orders' events. An event that stops being theirs is sent once more (so the
client learns it left) and then no longer.

A scoped desk (PROTOCOL.md "Levels": a district, street or community centre) is filtered by
``area`` too: events whose grid lies inside it, their orders, workers of its grids and alerts that
reach it; seats and video links reach every desk. A city-level desk stays unfiltered.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from commandcenter.domain.codes import CLOSED_EVENT_STATUSES, OPEN_ORDER_STATUSES, UNFILTERED_ROLES, Role
from commandcenter.domain.entities import Assignee
from commandcenter.domain.levels import inside, overlaps


@dataclass
class View:
    role: str
    department: str | None = None
    worker_id: str | None = None
    visible_events: set[int] = field(default_factory=set)
    #: (Levels) the grid id of the desk's area; None for the whole city
    area: str | None = None
    #: (Levels) the live events inside ``area`` this view holds (their orders come with them)
    area_events: set[int] = field(default_factory=set)
    #: (Levels) which rows of the worker book lie in ``area`` (set by the fan-out at join)
    worker_mask: np.ndarray | None = None

    @property
    def filtered(self) -> bool:
        return self.role not in UNFILTERED_ROLES or self.area is not None

    @property
    def gets_state(self) -> bool:
        return self.role != Role.GATEWAY

    @property
    def query_department(self) -> str | None:
        """The department a query is confined to: a liaison's own; None for unfiltered desks."""
        return self.department if self.role == Role.LIAISON else None

    def owns(self, assignee: Assignee | None) -> bool:
        if assignee is None:
            return False
        if self.role == Role.LIAISON:
            return assignee.department is not None and assignee.department == self.department
        return assignee.worker_id is not None and assignee.worker_id == self.worker_id

    def sees(self, kind: str, entity) -> bool:
        """Whether a journal entry reaches this view (updates ``visible_events`` for events)."""
        if not self.filtered:
            return True
        if self.area is not None and not self._in_area(kind, entity):
            return False
        if self.role in UNFILTERED_ROLES:
            return True
        if kind.startswith("order.") or kind.startswith("approval."):
            return self.owns(entity.assignee)
        if kind.startswith("event."):
            return self._sees_event(entity)
        if self.role == Role.WORKER:
            return kind == "worker.updated" and entity.id == self.worker_id
        return self.role == Role.LIAISON

    def _sees_event(self, event) -> bool:
        if self.owns(event.assignee):
            self.visible_events.add(event.id)
            return True
        if event.id in self.visible_events:
            self.visible_events.discard(event.id)
            return True
        return False

    def snapshot_approvals(self, approvals) -> list:
        """(Practice) The pending approvals this view holds: a liaison's department's, a worker's own,
        a scoped desk's of the events in its area (after :meth:`seed_area`)."""
        return [a for a in approvals if a.status == "pending"
                and (self.area is None or a.event_id in self.area_events)
                and (self.role in UNFILTERED_ROLES or self.owns(a.assignee))]

    def _in_area(self, kind: str, entity) -> bool:
        if kind.startswith("event."):
            if not inside(entity.grid_id, self.area):
                return False
            if entity.status in CLOSED_EVENT_STATUSES:
                self.area_events.discard(entity.id)
            else:
                self.area_events.add(entity.id)
            return True
        if kind.startswith("order.") or kind.startswith("approval."):
            return entity.event_id in self.area_events
        if kind == "worker.updated":
            return inside(entity.grid_id, self.area)
        if kind == "alert.created":  # a broadcast names areas; an alert about one worker, its grid
            grid_ids = getattr(entity, "grid_ids", None)
            return overlaps(grid_ids, self.area) if grid_ids is not None else inside(entity.grid_id, self.area)
        return True  # seats and video links reach every desk

    def seed_area(self, events, keep: bool = False) -> None:
        """Learn which of ``events`` lie in the area (before a snapshot or a resume); ``keep``: add
        them to those known."""
        if self.area is not None:  # inline prefix test: this runs over the whole city's live events
            area = self.area
            ids = {e.id for e in events if e.grid_id is not None and e.grid_id.startswith(area)}
            self.area_events = self.area_events | ids if keep else ids

    def _holds_order(self, order) -> bool:
        if self.area is not None and order.event_id not in self.area_events:
            return False
        return self.role in UNFILTERED_ROLES or self.owns(order.assignee)

    def snapshot_orders(self, orders) -> list:
        """The open orders this view holds in its snapshot (after :meth:`seed_area`)."""
        if self.area is not None:  # the area's events first: a cheap test that few orders pass
            orders = [o for o in orders if o.event_id in self.area_events]
        return [o for o in orders if o.status in OPEN_ORDER_STATUSES and (not self.filtered or self._holds_order(o))]

    def snapshot_events(self, events, orders: list) -> set[int]:
        """Ids of the events a filtered view holds in its snapshot (tracking them for deltas)."""
        if self.role in UNFILTERED_ROLES:
            return set(self.area_events)
        ids = {o.event_id for o in orders} | {e.id for e in events if self.owns(e.assignee)}
        if self.area is not None:
            ids &= self.area_events
        self.visible_events = set(ids)
        return ids

    def sees_alert(self, alert) -> bool:
        """Whether a live alert goes into this desk's snapshot."""
        return self.area is None or self._in_area("alert.created", alert)
