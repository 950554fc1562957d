"""The replica without Qt or network: frames built from entities, as the hub would send them."""
from __future__ import annotations

from datetime import datetime, timedelta

import msgspec
import numpy as np
from hypothesis import given, settings, strategies as st
from msgspec.structs import replace

from commandcenter.domain.clock import CST
from commandcenter.domain.codes import CLOSED_EVENT_STATUSES, OPEN_ORDER_STATUSES
from commandcenter.domain.entities import Approval, Assignee, Event, Order, Seat, VideoLink, Worker
from commandcenter.replica import EVENT_STATUSES, Replica

T0 = datetime(2026, 11, 22, 9, 0, tzinfo=CST)


def wire(obj) -> dict:
    """What the client hands over: the entity as JSON, decoded to plain Python."""
    return msgspec.json.decode(msgspec.json.encode(obj))


def event(i: int, status: str = "reported", version: int = 1) -> Event:
    return Event(id=i, code=f"E20261122-{i:06d}", category="sanitation", title="垃圾堆放", description="",
                 lat=39.63, lon=118.18, grid_id="130203001002017", source="hotline", reporter=None,
                 severity=1 + i % 4, tier="small", status=status, created_at=T0 + timedelta(minutes=i),
                 due_at=None, overdue=False, supervised=False, escalation_level=0, assignee=None,
                 satisfaction=None, version=version)


def order(i: int, event_id: int, status: str = "issued", version: int = 1) -> Order:
    return Order(id=i, event_id=event_id, assignee=Assignee(department="urban"), status=status,
                 issued_at=T0, due_at=None, notes=(), version=version)


def worker(i: int, lat: float | None = 39.6) -> Worker:
    return Worker(id=f"w{i:06d}", name=f"网格员{i}", kind="full_time", grid_id="130203001002017",
                  status="patrol", lat=lat, lon=118.1, at=T0 if lat is not None else None)


def seat(department: str, open_orders: int = 0, version: int = 1) -> Seat:
    return Seat(id=f"seat.{department}", department=department, liaison=None, on_duty=False,
                open_orders=open_orders, overdue_orders=0, version=version)


LINK = VideoLink(id="v1", name="路南区", level="county", kind="terminal", state="up", latency_ms=20.0,
                 loss_pct=0.0, bitrate_kbps=2048.0, last_seen=T0)


def delta(seq: int, kind: str, entity, initiator: str | None = None) -> dict:
    frame = {"type": "delta", "seq": seq, "at": T0.isoformat(), "actor": "operator", "kind": kind,
             "data": wire(entity), "extra_field": 1}
    return frame if initiator is None else {**frame, "initiator": initiator}


def snapshot(seq: int, events=(), orders=(), workers=(), seats=(), links=()) -> dict:
    return {"type": "snapshot", "seq": seq, "events": wire(list(events)), "orders": wire(list(orders)),
            "workers": wire(list(workers)), "departments": [], "seats": wire(list(seats)),
            "video_links": wire(list(links))}


def loaded() -> Replica:
    replica = Replica()
    replica.apply(snapshot(10, [event(1), event(2)], [order(5, 2)], [worker(1), worker(2, None)],
                           [seat("urban")], [LINK]))
    return replica


def test_snapshot_fills_everything_and_reports_a_reset():
    replica = Replica()
    changes = replica.apply(snapshot(10, [event(1), event(2)], [order(5, 2)], [worker(1)], [seat("urban")]))
    assert changes.reset and changes.seq == replica.seq == 10
    assert changes.inserted["events"] == {1, 2} and changes.inserted["orders"] == {5}
    assert [e.id for e in replica.open_events()] == [1, 2] and replica.event_order(2).id == 5
    assert replica.seat("urban").open_orders == 0 and replica.worker("w000001").status == "patrol"


def test_deltas_report_inserted_and_updated_ids():
    replica = loaded()
    created = replica.apply(delta(11, "event.created", event(3)))
    updated = replica.apply(delta(12, "event.updated", event(1, "accepted", 2), initiator="abc-1"))
    dispatched = replica.apply(delta(13, "order.created", order(6, 1)))
    assert created.inserted["events"] == {3} and created.kinds == {"events"} and created.seq == 11
    assert updated.updated["events"] == {1} and updated.initiator == "abc-1"
    assert replica.events[1].status == "accepted" and dispatched.inserted["orders"] == {6}
    assert replica.event_order(1).id == 6 and replica.seq == 13


def test_archived_event_leaves_with_its_orders():
    replica = loaded()
    replica.apply(delta(11, "order.updated", order(5, 2, "completed", 2)))
    assert [o.status for o in replica.orders_of(2)] == ["completed"] and replica.event_order(2) is None
    changes = replica.apply(delta(12, "event.updated", event(2, "archived", 5)))
    assert changes.removed["events"] == {2} and changes.removed["orders"] == {5}
    assert 2 not in replica.events and replica.orders_of(2) == [] and 5 not in replica.orders


def test_rejected_event_is_removed():
    replica = loaded()
    changes = replica.apply(delta(11, "event.updated", event(1, "rejected", 2)))
    assert changes.removed["events"] == {1} and [e.id for e in replica.open_events()] == [2]


def test_closed_orders_stay_as_the_event_trail():
    replica = loaded()
    replica.apply(delta(11, "order.updated", order(5, 2, "returned", 2)))
    replica.apply(delta(12, "order.created", order(7, 2)))
    assert [(o.id, o.status) for o in replica.orders_of(2)] == [(5, "returned"), (7, "issued")]
    assert replica.event_order(2).id == 7


def test_positions_batch_updates_the_arrays_in_place():
    replica = loaded()
    workers = replica.workers
    lat = workers.lat
    changes = replica.apply({"type": "positions", "items": [["w000002", 39.7, 118.2, 1_800_000_000_000, "busy"],
                                                             ["nobody", 1.0, 1.0, 1, "idle"]]})
    assert changes.kinds == {"positions"} and changes.positions.tolist() == [1]
    assert workers.lat is lat and lat[1] == 39.7 and workers.at_ms[1] == 1_800_000_000_000
    assert replica.worker("w000002").status == "busy" and replica.worker("w000001").lat == 39.6


def test_an_older_position_does_not_overwrite_a_newer_one():
    replica = loaded()
    replica.apply({"type": "positions", "items": [["w000001", 39.7, 118.2, 2_000_000_000_000, "busy"]]})
    changes = replica.apply({"type": "positions", "items": [["w000001", 39.1, 118.2, 1_000_000_000_000, "idle"]]})
    assert not changes and replica.workers.lat[0] == 39.7


def test_duplicate_and_out_of_order_deltas_are_ignored():
    replica = loaded()
    replica.apply(delta(11, "event.updated", event(1, "accepted", 2)))
    again = replica.apply(delta(11, "event.updated", event(1, "accepted", 2)))
    older = replica.apply(delta(9, "event.updated", event(1, "rejected", 3)))
    assert not again and not older and replica.seq == 11 and replica.events[1].status == "accepted"


def test_seat_link_worker_and_alert_deltas():
    replica = loaded()
    assert replica.apply(delta(11, "seat.updated", seat("urban", 3, 2))).updated["seats"] == {"seat.urban"}
    assert replica.apply(delta(12, "video_link.updated", replace(LINK, state="down"))).kinds == {"video_links"}
    moved = replica.apply(delta(13, "worker.updated", replace(worker(2), lat=40.0)))
    assert moved.updated["workers"] == {"w000002"} and moved.positions.tolist() == [1]
    assert replica.workers.lat[1] == 40.0 and replica.seat("urban").open_orders == 3
    assert replica.apply(delta(14, "worker.updated", worker(9))).inserted["workers"] == {"w000009"}


def approval(i: int, event_id: int, status: str = "pending", version: int = 1) -> Approval:
    return Approval(id=i, kind="extension", event_id=event_id, order_id=5, requested_by="liaison.urban",
                    requested_at=T0, reason="材料未到", until=T0 + timedelta(days=3), status=status,
                    decided_by=None, decided_at=None, note=None, version=version)


def test_approvals_pending_from_the_snapshot_and_decisions_kept_while_the_event_is_held():
    replica = loaded()
    changes = replica.apply({**snapshot(11, [event(1), event(2)], [order(5, 2)]), "approvals": wire([approval(7, 2)])})
    assert changes.inserted["approvals"] == {7} and [a.id for a in replica.pending_approvals()] == [7]
    changes = replica.apply(delta(12, "approval.updated", approval(7, 2, "approved", 2)))
    assert changes.updated["approvals"] == {7} and replica.pending_approvals() == []
    replica.apply({**snapshot(13, [event(1), event(2)], [order(5, 2)]), "approvals": []})
    assert replica.approvals_of(2)[0].status == "approved"  # the answer stays beside its case
    replica.apply(delta(14, "approval.created", approval(8, 2)))
    replica.apply(delta(15, "event.updated", event(2, "archived", 2)))
    assert list(replica.approvals) == [8]  # the decided one left with its event; the pending one waits


def test_event_columns_follow_the_events():
    replica = loaded()
    first = replica.event_columns
    assert replica.event_columns is first and first.ids.tolist() == [1, 2]
    replica.apply(delta(11, "event.updated", event(2, "accepted", 2)))
    columns = replica.event_columns
    assert columns is not first and EVENT_STATUSES[columns.status[1]] == "accepted"
    assert columns.severity.tolist() == [2, 3] and np.isnan(columns.due_at).all()
    assert columns.created_at[1] == (T0 + timedelta(minutes=2)).timestamp()


def test_unknown_frames_and_fields_change_nothing():
    replica = loaded()
    assert not replica.apply({"type": "heartbeat", "seq": 99})
    changes = replica.apply(delta(11, "petition.created", {"id": 1}))
    assert not changes and replica.seq == 11


# -- property: snapshot at N + deltas N+1..M == snapshot at M ---------------------------------


class FakeHub:
    """Just enough of the hub's state and journal to produce snapshots and deltas."""

    def __init__(self) -> None:
        self.events: dict[int, Event] = {i: event(i) for i in (1, 2)}
        self.orders: dict[int, Order] = {}
        self.seats = {d: seat(d) for d in ("urban", "water")}
        self.workers = {w.id: w for w in (worker(1), worker(2, None))}
        self.journal: list[dict] = []
        self.next_id = 10

    def record(self, kind: str, entity) -> None:
        self.journal.append(delta(len(self.journal) + 1, kind, entity))

    def snapshot(self) -> dict:
        orders = [o for o in self.orders.values() if o.status in OPEN_ORDER_STATUSES]
        return snapshot(len(self.journal), self.events.values(), orders, self.workers.values(),
                        self.seats.values(), [LINK])

    def do(self, op: str, pick: int, value: int) -> None:
        getattr(self, op)(pick, value)

    def report(self, pick: int, value: int) -> None:
        self.next_id += 1
        self.events[self.next_id] = event(self.next_id)
        self.record("event.created", self.events[self.next_id])

    def advance(self, pick: int, value: int) -> None:
        if self.events:
            old = sorted(self.events.values(), key=lambda e: e.id)[pick % len(self.events)]
            new = replace(old, status=EVENT_STATUSES[value % len(EVENT_STATUSES)], version=old.version + 1)
            self.record("event.updated", new)
            self.events[new.id] = new
            if new.status in CLOSED_EVENT_STATUSES:
                del self.events[new.id]
                self.orders = {k: o for k, o in self.orders.items() if o.event_id != new.id}

    def dispatch(self, pick: int, value: int) -> None:
        if self.events:
            self.next_id += 1
            self.orders[self.next_id] = order(self.next_id, sorted(self.events)[pick % len(self.events)])
            self.record("order.created", self.orders[self.next_id])

    def close_order(self, pick: int, value: int) -> None:
        open_ids = sorted(k for k, o in self.orders.items() if o.status in OPEN_ORDER_STATUSES)
        if open_ids:
            old = self.orders[open_ids[pick % len(open_ids)]]
            status = ("received", "completed", "returned", "cancelled")[value % 4]
            self.orders[old.id] = replace(old, status=status, version=old.version + 1)
            self.record("order.updated", self.orders[old.id])

    def staff(self, pick: int, value: int) -> None:
        department = ("urban", "water")[pick % 2]
        self.seats[department] = replace(self.seats[department], open_orders=value, version=value + 2)
        self.record("seat.updated", self.seats[department])

    def move(self, pick: int, value: int) -> None:
        old = self.workers[f"w00000{1 + pick % 2}"]
        self.workers[old.id] = replace(old, lat=39.0 + value / 10, at=T0 + timedelta(seconds=value))
        self.record("worker.updated", self.workers[old.id])


OPS = st.tuples(st.sampled_from(["report", "advance", "dispatch", "close_order", "staff", "move"]),
                st.integers(0, 20), st.integers(0, 20))


def live_view(replica: Replica) -> tuple:
    """What both paths must agree on (the trail of closed orders is local knowledge, so left out)."""
    open_orders = {k: o for k, o in replica.orders.items() if o.status in OPEN_ORDER_STATUSES}
    w = replica.workers
    arrays = (w.ids.tolist(), w.lat.tolist(), w.lon.tolist(), w.at_ms.tolist(), w.status.tolist())
    columns = replica.event_columns
    return (replica.seq, replica.events, open_orders, replica.seats, replica.video_links, str(arrays),
            columns.ids.tolist(), columns.status.tolist(), {e: replica.event_order(e) for e in replica.events})


@settings(max_examples=150, deadline=None)
@given(ops=st.lists(OPS, max_size=40), data=st.data())
def test_snapshot_then_deltas_equals_the_later_snapshot(ops, data):
    hub = FakeHub()
    split = data.draw(st.integers(0, len(ops)))
    for op in ops[:split]:
        hub.do(*op)
    early, seq = hub.snapshot(), len(hub.journal)
    for op in ops[split:]:
        hub.do(*op)
    caught_up, fresh = Replica(), Replica()
    caught_up.apply(early)
    for frame in hub.journal[seq:]:
        caught_up.apply(frame)
    fresh.apply(hub.snapshot())
    assert live_view(caught_up) == live_view(fresh)
