"""The desk's copy of the live city, built from the hub's snapshot and deltas; no Qt, no I/O.

``apply(frame)`` takes the frames of :class:`commandcenter.net.client.HubClient` (dicts) and
returns :class:`Changes`. Entities are the msgspec structs of :mod:`commandcenter.domain.entities`
(unknown fields ignored). Archived and rejected events leave, with their orders; closed orders stay
under their event as its order trail until the event leaves. Workers live column-wise in
:class:`WorkerColumns`; the events' columns are rebuilt lazily after events change.
"""
from __future__ import annotations

import bisect
import logging
from typing import Any

import msgspec
import numpy as np

from commandcenter.domain.codes import CLOSED_EVENT_STATUSES, OPEN_ORDER_STATUSES
from commandcenter.domain.entities import Alert, Approval, Department, Event, Order, Seat, VideoLink, Worker

from .changes import Changes
from .columns import EventColumns, WorkerColumns

log = logging.getLogger("replica")

#: delta kind prefix -> the method that stores its entity
_PUTS = {"event": "_put_event", "order": "_put_order", "seat": "_put_seat", "video_link": "_put_link",
         "alert": "_put_alert", "worker": "_put_worker", "approval": "_put_approval"}
#: snapshot lists kept as dicts: list name -> (entity type, key field)
_KEYED = {"seats": (Seat, "id"), "video_links": (VideoLink, "id"), "departments": (Department, "id")}


def _convert(data: Any, kind: type) -> Any:
    return msgspec.convert(data, kind)


class Replica:
    def __init__(self) -> None:
        self.seq: int | None = None
        self.events: dict[int, Event] = {}
        self.orders: dict[int, Order] = {}
        self.seats: dict[str, Seat] = {}
        self.video_links: dict[str, VideoLink] = {}
        self.departments: dict[str, Department] = {}
        #: the snapshot's live alerts and those seen as deltas (a snapshot adds, never drops: history)
        self.alerts: dict[int, Alert] = {}
        #: pending approvals, and decided ones seen as deltas while their event is held (the answer)
        self.approvals: dict[int, Approval] = {}
        self.workers = WorkerColumns()
        self._trails: dict[int, list[int]] = {}
        self._event_columns: EventColumns | None = None

    # -- applying ---------------------------------------------------------------------------

    def apply(self, frame: dict) -> Changes:
        """Apply any frame from the hub; frames that change nothing give an empty :class:`Changes`."""
        kind = frame.get("type")
        if kind == "delta":
            return self.apply_delta(frame)
        if kind == "snapshot":
            return self.apply_snapshot(frame)
        if kind == "positions":
            return self.apply_positions(frame.get("items") or [])
        if kind == "alert":
            return self._worker_alert(frame.get("alert") or {})
        return Changes()

    def apply_delta(self, frame: dict) -> Changes:
        """One journal entry; a delta at or below the seq already applied is ignored."""
        seq = frame.get("seq")
        if seq is not None and self.seq is not None and seq <= self.seq:
            log.debug("ignored delta %s (at %s)", seq, self.seq)
            return Changes()
        changes = Changes(seq=seq, initiator=frame.get("initiator"))
        put = _PUTS.get(str(frame.get("kind", "")).split(".", 1)[0])
        if put is not None:
            getattr(self, put)(frame["data"], changes)
        if seq is not None:
            self.seq = seq
        return changes

    def apply_positions(self, items: list) -> Changes:
        rows = self.workers.move(items)
        changes = Changes(positions=rows)
        if len(rows):
            changes.kinds.add("positions")
        return changes

    def apply_snapshot(self, merged: dict) -> Changes:
        """A whole snapshot (parts already merged): replaces everything it carries."""
        changes = Changes(seq=merged.get("seq"), reset=True)
        events = {e.id: e for e in _convert(merged.get("events", []), list[Event])
                  if e.status not in CLOSED_EVENT_STATUSES}
        self.events = _diff("events", self.events, events, changes)
        self._event_columns = None
        self.orders = _diff("orders", self.orders, self._snapshot_orders(merged, events), changes)
        self._rebuild_trails()
        for name, (kind, key) in _KEYED.items():
            if name in merged:
                fresh = {getattr(x, key): x for x in _convert(merged[name], list[kind])}
                setattr(self, name, _diff(name, getattr(self, name), fresh, changes))
        if "workers" in merged:
            self._snapshot_workers(_convert(merged["workers"], list[Worker]), changes)
        for alert in merged.get("alerts") or ():
            self._put_alert(alert, changes)
        if "approvals" in merged:
            self.approvals = _diff("approvals", self.approvals, self._snapshot_approvals(merged), changes)
        self.seq = merged.get("seq", self.seq)
        return changes

    def _snapshot_orders(self, merged: dict, events: dict[int, Event]) -> dict[int, Order]:
        """The snapshot's open orders, plus the closed ones we hold of events still listed (their trail)."""
        orders = {o.id: o for o in _convert(merged.get("orders", []), list[Order])}
        trail = {i: o for i, o in self.orders.items()
                 if o.status not in OPEN_ORDER_STATUSES and o.event_id in events and i not in orders}
        return {**trail, **orders}

    def _snapshot_approvals(self, merged: dict) -> dict[int, Approval]:
        """The snapshot's pending approvals, plus the decided ones we hold of events still held."""
        pending = {a.id: a for a in _convert(merged["approvals"], list[Approval])}
        decided = {i: a for i, a in self.approvals.items()
                   if a.status != "pending" and a.event_id in self.events and i not in pending}
        return {**decided, **pending}

    def _snapshot_workers(self, workers: list[Worker], changes: Changes) -> None:
        old = set(self.workers.index)
        self.workers = WorkerColumns(workers)
        new = set(self.workers.index)
        changes.kinds.add("workers")
        changes.inserted["workers"] = new - old
        changes.removed["workers"] = old - new
        changes.positions = np.arange(len(self.workers), dtype=np.intp)

    def _rebuild_trails(self) -> None:
        self._trails = {}
        for order_id in sorted(self.orders):
            self._trails.setdefault(self.orders[order_id].event_id, []).append(order_id)

    # -- one entity -------------------------------------------------------------------------

    def _put_event(self, data: dict, changes: Changes) -> None:
        event = _convert(data, Event)
        self._event_columns = None
        if event.status in CLOSED_EVENT_STATUSES:
            self._drop_event(event.id, changes)
            return
        changes.put("events", event.id, event.id in self.events)
        self.events[event.id] = event

    def _drop_event(self, event_id: int, changes: Changes) -> None:
        if self.events.pop(event_id, None) is not None:
            changes.remove("events", event_id)
        for order_id in self._trails.pop(event_id, ()):
            if self.orders.pop(order_id, None) is not None:
                changes.remove("orders", order_id)
        for approval in self.approvals_of(event_id):
            if approval.status != "pending":  # a pending one stays in the inbox, to be denied
                del self.approvals[approval.id]
                changes.remove("approvals", approval.id)

    def _put_order(self, data: dict, changes: Changes) -> None:
        order = _convert(data, Order)
        existed = order.id in self.orders
        if not existed:
            bisect.insort(self._trails.setdefault(order.event_id, []), order.id)
        changes.put("orders", order.id, existed)
        self.orders[order.id] = order

    def _put_seat(self, data: dict, changes: Changes) -> None:
        seat = _convert(data, Seat)
        changes.put("seats", seat.id, seat.id in self.seats)
        self.seats[seat.id] = seat

    def _put_link(self, data: dict, changes: Changes) -> None:
        link = _convert(data, VideoLink)
        changes.put("video_links", link.id, link.id in self.video_links)
        self.video_links[link.id] = link

    def _put_alert(self, data: dict, changes: Changes) -> None:
        alert = _convert(data, Alert)
        changes.put("alerts", alert.id, alert.id in self.alerts)
        self.alerts[alert.id] = alert

    def _put_approval(self, data: dict, changes: Changes) -> None:
        approval = _convert(data, Approval)
        changes.put("approvals", approval.id, approval.id in self.approvals)
        self.approvals[approval.id] = approval

    def _put_worker(self, data: dict, changes: Changes) -> None:
        worker = _convert(data, Worker)
        row, inserted = self.workers.put(worker)
        changes.put("workers", worker.id, not inserted)
        changes.positions = np.array([row], dtype=np.intp)

    def _worker_alert(self, payload: dict) -> Changes:
        """A worker's ``alert`` frame (fewer fields than the entity)."""
        changes = Changes()
        if payload:
            self._put_alert({"created_by": "", "recipients": 0, **payload}, changes)
        return changes

    # -- reading ----------------------------------------------------------------------------

    def open_events(self) -> list[Event]:
        """Every event held (not archived or rejected), in id order."""
        return [self.events[i] for i in sorted(self.events)]

    def orders_of(self, event_id: int) -> list[Order]:
        """The event's orders in id order, closed ones included (its order trail)."""
        return [self.orders[i] for i in self._trails.get(event_id, ())]

    def event_order(self, event_id: int) -> Order | None:
        """The event's open order, if any."""
        return next((o for o in reversed(self.orders_of(event_id)) if o.status in OPEN_ORDER_STATUSES), None)

    def approvals_of(self, event_id: int) -> list[Approval]:
        """The event's approvals held here, oldest first."""
        return sorted((a for a in self.approvals.values() if a.event_id == event_id), key=lambda a: a.id)

    def pending_approvals(self) -> list[Approval]:
        return sorted((a for a in self.approvals.values() if a.status == "pending"), key=lambda a: a.id)

    def seat(self, department: str) -> Seat | None:
        return next((s for s in self.seats.values() if s.department == department), None)

    def worker(self, worker_id: str) -> Worker | None:
        return self.workers.get(worker_id)

    @property
    def event_columns(self) -> EventColumns:
        """The events as aligned arrays (id order), rebuilt on first use after events changed."""
        if self._event_columns is None:
            self._event_columns = EventColumns.build(self.events.values())
        return self._event_columns


def _diff(kind: str, old: dict, new: dict, changes: Changes) -> dict:
    """Record what replacing ``old`` by ``new`` inserts, updates and removes; returns ``new``."""
    changes.kinds.add(kind)
    changes.inserted[kind] = new.keys() - old.keys()
    changes.removed[kind] = old.keys() - new.keys()
    changes.updated[kind] = {k for k in new.keys() & old.keys() if new[k] != old[k]}
    return new
