"""The unit of work of one group commit: changes applied in memory, undoable, then persisted.

Handlers put new entity versions through a :class:`Unit`; each put updates the live state
at once (so a later command of the same batch sees it), records how to undo it, and appends
a journal entry. The hub commits the unit's journal, audit and idempotency rows in one
transaction; if that fails it calls :meth:`Unit.rollback` and the memory is as before.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import msgspec

from commandcenter.domain import deadlines
from commandcenter.domain.codes import OPEN_ORDER_STATUSES
from commandcenter.domain.entities import Alert, Approval, Event, Order, Seat, VideoLink

from .clocks import claim_due, event_due, order_due, order_sign_due, resume_due, rewatch
from .state import HubState


@dataclass(slots=True)
class JournalEntry:
    kind: str
    key: object
    entity: object
    entity_json: bytes
    actor: str
    at: datetime
    seq: int = 0
    request_id: str | None = None


@dataclass(slots=True)
class AuditEntry:
    at: datetime
    user: str
    command: str
    request_id: str | None
    outcome: str
    message: str = ""


@dataclass(slots=True)
class IdempotencyEntry:
    user: str
    key: str
    request_hash: bytes
    result: bytes
    at: datetime


@dataclass(slots=True)
class Mark:
    undo: int
    journal: int


@dataclass
class Unit:
    state: HubState
    now: datetime
    actor: str = "hub"
    #: the id of the command being applied (None for the hub's own changes)
    request_id: str | None = None
    journal: list[JournalEntry] = field(default_factory=list)
    audit: list[AuditEntry] = field(default_factory=list)
    keys: list[IdempotencyEntry] = field(default_factory=list)
    #: (Practice) what the audit record of the command being applied should add (a forced claim)
    audit_note: str = ""
    _undo: list[Callable[[], None]] = field(default_factory=list)
    _dirty_departments: set[str] = field(default_factory=set)

    # -- savepoints -------------------------------------------------------------------------

    def mark(self) -> Mark:
        return Mark(len(self._undo), len(self.journal))

    def rollback_to(self, mark: Mark) -> None:
        while len(self._undo) > mark.undo:
            self._undo.pop()()
        del self.journal[mark.journal:]

    def rollback(self) -> None:
        self.rollback_to(Mark(0, 0))

    # -- puts -------------------------------------------------------------------------------

    def _record(self, kind: str, key: object, entity: object) -> bytes:
        data = msgspec.json.encode(entity)
        self.journal.append(JournalEntry(kind, key, entity, data, self.actor, self.now, request_id=self.request_id))
        return data

    def put_event(self, event: Event, created: bool = False) -> None:
        old = self.state.events.get(event.id)
        self.state.events.put(event.id, event)
        rewatch(self.state.event_due, event_due, old, event, event.id)
        rewatch(self.state.resume_due, resume_due, old, event, event.id)
        rewatch(self.state.claim_due, claim_due, old, event, event.id)
        self._undo.append(lambda: self._restore(self.state.events, event.id, old))
        prior = old or self.state.duplicates.merged.get(event.id)  # (Practice) duplicate index
        self.state.duplicates.update(prior, event)
        self._undo.append(lambda: self.state.duplicates.update(event, prior))
        self._record("event.created" if created else "event.updated", event.id, event)

    def put_order(self, order: Order, created: bool = False) -> None:
        old = self._swap_order(order.id, order)
        self._undo.append(lambda: self._swap_order(order.id, old))
        rewatch(self.state.order_due, order_due, old, order, order.id)
        rewatch(self.state.sign_due, order_sign_due, old, order, order.id)
        self._record("order.created" if created else "order.updated", order.id, order)

    def put_seat(self, seat: Seat) -> None:
        old = self.state.seats.get(seat.id)
        self.state.seats.put(seat.id, seat)
        self._undo.append(lambda: self._restore(self.state.seats, seat.id, old))
        self._record("seat.updated", seat.id, seat)

    def put_link(self, link: VideoLink) -> None:
        old = self.state.video_links.get(link.id)
        self.state.video_links.put(link.id, link)
        self._undo.append(lambda: self._restore(self.state.video_links, link.id, old))
        self._record("video_link.updated", link.id, link)

    def put_alert(self, alert: Alert) -> None:
        self.state.alerts[alert.id] = alert
        self._undo.append(lambda: self.state.alerts.pop(alert.id, None))
        self._record("alert.created", alert.id, alert)

    def put_approval(self, approval: Approval, created: bool = False) -> None:
        """(Practice) An approval, keeping the (event, kind) -> pending id index."""
        old = self.state.approvals.get(approval.id)
        self._index_pending(old, approval)
        self.state.approvals.put(approval.id, approval)
        self._undo.append(lambda: self._unput_approval(old, approval))
        self._record("approval.created" if created else "approval.updated", approval.id, approval)

    def _unput_approval(self, old: Approval | None, new: Approval) -> None:
        self._index_pending(new, old)
        self._restore(self.state.approvals, new.id, old)

    def _index_pending(self, old: Approval | None, new: Approval | None) -> None:
        pending = self.state.pending
        for approval, keep in ((old, False), (new, True)):
            if approval is not None and approval.status == "pending":
                key = (approval.event_id, approval.kind)
                if keep:
                    pending[key] = approval.id
                elif pending.get(key) == approval.id:
                    del pending[key]

    @staticmethod
    def _restore(cache, key, old) -> None:
        if old is None:
            cache.drop(key)
        else:
            cache.put(key, old)

    def _swap_order(self, order_id: int, new: Order | None) -> Order | None:
        state = self.state
        old = state.orders.get(order_id)
        self._restore(state.orders, order_id, new)
        if old is None and new is not None:
            state.orders_by_event[new.event_id].append(order_id)
        elif new is None and old is not None:
            state.orders_by_event[old.event_id].remove(order_id)
        self._count(old, -1)
        self._count(new, +1)
        return old

    def _count(self, order: Order | None, sign: int) -> None:
        if order is None or order.assignee.department is None:
            return
        if order.status not in OPEN_ORDER_STATUSES:
            return
        counts = self.state.department_counts.setdefault(order.assignee.department, [0, 0])
        counts[0] += sign
        counts[1] += sign * int(order.overdue)
        self._dirty_departments.add(order.assignee.department)

    # -- end of batch -----------------------------------------------------------------------

    def settle_seats(self) -> None:
        """Journal a ``seat.updated`` for every department whose counters moved."""
        for department in sorted(self._dirty_departments):
            seat = self.state.seat_for(department)
            if seat is None:
                continue
            open_orders, overdue = self.state.department_counts.get(department, [0, 0])
            if (seat.open_orders, seat.overdue_orders) != (open_orders, overdue):
                self.put_seat(msgspec.structs.replace(
                    seat, open_orders=open_orders, overdue_orders=overdue, version=seat.version + 1
                ))
        self._dirty_departments.clear()

    def audit_outcome(self, user: str, command: str, request_id: str | None,
                      outcome: str, message: str = "") -> None:
        self.audit.append(AuditEntry(self.now, user, command, request_id, outcome, message))

    def overdue_now(self, status: str, due: datetime | None) -> bool:
        return deadlines.is_overdue(status, due, self.now)

    def closed_event_ids(self) -> list[int]:
        return [e.key for e in self.journal if e.kind.startswith("event.")]
