"""What each session may see: the filtered views of liaisons and workers.

Unfiltered desks (operator, supervisor, wall, admin) see every journal entry. A liaison sees
their department's orders and the events those orders belong to; a worker sees their own
orders and those orders' events. An event that stops being theirs is sent once more (so the
client learns it left) and then no longer.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from commandcenter.domain.codes import OPEN_ORDER_STATUSES, UNFILTERED_ROLES, Role
from commandcenter.domain.entities import Assignee


@dataclass
class View:
    role: str
    department: str | None = None
    worker_id: str | None = None
    visible_events: set[int] = field(default_factory=set)

    @property
    def filtered(self) -> bool:
        return self.role not in UNFILTERED_ROLES

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
        """(Practice) The pending approvals this view holds: a liaison's department's, a worker's own."""
        return [a for a in approvals if a.status == "pending" and (not self.filtered or self.owns(a.assignee))]

    def snapshot_orders(self, orders) -> list:
        """The open orders this view holds in its snapshot."""
        return [o for o in orders if o.status in OPEN_ORDER_STATUSES and (not self.filtered or self.owns(o.assignee))]
