"""The seat overview against a real hub: twelve live tiles, liaisons on duty, dispatch by dropping an event."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from commandcenter.domain import seats as rules
from commandcenter.domain.clock import CST
from commandcenter.domain.codes import DEPARTMENTS
from commandcenter.domain.entities import Assignee, Order, Seat
from commandcenter.models.event_queue import EVENT_MIME, EventQueueModel, event_ids_from_mime
from commandcenter.models.seats import OnDutyRole, SeatsModel, TileRole
from commandcenter.views.seat_overview import SeatOverview
from tests.desktop import hub_and_desk, live_desk, until

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=CST)


# -- the rules ------------------------------------------------------------------------------------

def order(id: int, status: str = "issued", department: str | None = "water", hours: float = 1) -> Order:
    return Order(id=id, event_id=id, assignee=Assignee(department=department, worker_id=None if department else "w1"),
                 status=status, issued_at=NOW - timedelta(hours=hours), due_at=None, notes=(), version=1)


def test_oldest_open_counts_only_open_orders_of_departments():
    orders = [order(1, hours=2), order(2, hours=5, status="completed"), order(3, hours=9, department=None),
              order(4, hours=3, status="received", department="fire")]
    assert rules.oldest_open(orders) == {"water": NOW - timedelta(hours=2), "fire": NOW - timedelta(hours=3)}


def test_seat_alarm_puts_overdue_before_an_empty_seat_with_work():
    def seat(on_duty: bool, open_orders: int, overdue: int) -> Seat:
        return Seat(id="s", department="water", liaison=None, on_duty=on_duty, open_orders=open_orders,
                    overdue_orders=overdue)

    assert rules.seat_alarm(seat(True, 3, 1)) == rules.OVERDUE
    assert rules.seat_alarm(seat(False, 3, 0)) == rules.UNSTAFFED
    assert rules.seat_alarm(seat(False, 0, 0)) == rules.OFF_DUTY
    assert rules.seat_alarm(seat(True, 0, 0)) == rules.ON_DUTY


def test_only_desks_dispatch_and_only_in_statuses_that_allow_it():
    assert rules.can_dispatch("accepted", "operator") and rules.can_dispatch("dispatched", "supervisor")
    assert not rules.can_dispatch("reported", "operator")
    assert not rules.can_dispatch("resolved", "operator")
    assert not rules.can_dispatch("accepted", "wall")


# -- the overview over a real hub -----------------------------------------------------------------

def tile(view: SeatOverview, department: str) -> dict:
    return view.model.index(view.model.row_of(department)).data(TileRole)


async def accepted_event(desk) -> int:
    event_id = (await desk.send({"type": "event.report", "category": "water_supply", "title": "水管爆裂",
                                 "description": "", "lat": 39.63, "lon": 118.18, "source": "hotline",
                                 "severity": 3}))["event_id"]
    await desk.send({"type": "event.accept", "event_id": event_id, "tier": "small"})
    await until(lambda: desk.replica.events.get(event_id) is not None
                and desk.replica.events[event_id].status == "accepted", what="accepted")
    return event_id


def drop(view: SeatOverview, queue: EventQueueModel, event_id: int, department: str) -> bool:
    """Drag the queue's row (its own mime data) onto the department's tile and drop it there.

    Returns whether the tile took the drag while it moved over it."""
    mime = queue.mimeData([queue.index(queue.row_of(event_id), 0)])
    at = view.tiles.visualRect(view.model.index(view.model.row_of(department))).center()
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    viewport = view.tiles.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(at, *args))
    move = QDragMoveEvent(at, *args)
    QApplication.sendEvent(viewport, move)
    QApplication.sendEvent(viewport, QDropEvent(QPointF(at), *args))
    return move.isAccepted()


def run(loop, sqlite_url, qtbot, body):
    async def scenario():
        hub, desk = await hub_and_desk(sqlite_url)
        view = SeatOverview(desk)
        qtbot.addWidget(view)
        view.resize(1100, 500)
        view.show()
        try:
            await body(hub, desk, view)
        finally:
            await desk.stop()
            await hub.stop()

    loop.run_until_complete(scenario())


def test_twelve_tiles_from_the_snapshot(qtbot, loop, sqlite_url):
    async def body(hub, desk, view):
        assert view.model.rowCount() == 12 and view.model.index(0).data() == "Public security"
        assert [s.department for s in view.model.seats] == list(DEPARTMENTS)
        for seat in desk.replica.seats.values():
            assert f"Open {seat.open_orders} · overdue {seat.overdue_orders}" in tile(view, seat.department)["lines"]
        busiest = max(desk.replica.seats.values(), key=lambda s: s.open_orders)
        assert tile(view, busiest.department)["footer"].startswith("Oldest open:")
        assert not view.grab().isNull()

    run(loop, sqlite_url, qtbot, body)


def test_a_liaison_logging_in_puts_the_seat_on_duty(qtbot, loop, sqlite_url):
    async def body(hub, desk, view):
        row = view.model.row_of("water")
        assert view.model.index(row).data(OnDutyRole) is False
        liaison = await live_desk(hub.port, "liaison.water")
        await until(lambda: view.model.index(row).data(OnDutyRole) is True, what="on duty")
        assert tile(view, "water")["badge"] == "On duty" and "liaison.water" in tile(view, "water")["lines"][0]
        assert tile(view, "fire")["badge"] == "Off duty"
        await liaison.stop()
        await until(lambda: view.model.index(row).data(OnDutyRole) is False, what="off duty again")

    run(loop, sqlite_url, qtbot, body)


def test_dropping_an_accepted_event_dispatches_it_to_the_seat(qtbot, loop, sqlite_url):
    async def body(hub, desk, view):
        queue = EventQueueModel(desk)
        event_id = await accepted_event(desk)
        open_before = desk.replica.seat("water").open_orders
        assert drop(view, queue, event_id, "water")
        await until(lambda: desk.replica.events[event_id].status == "dispatched", what="dispatched")
        assert hub.state.event(event_id).assignee.department == "water"
        assert queue.index(queue.row_of(event_id), 8).data() == "Water"  # the queue's assignee column
        await until(lambda: f"Open {open_before + 1} · " in tile(view, "water")["lines"][1], what="seat count")
        await until(lambda: "dispatched to Water" in view.message.text(), what="message")
        assert view.model.open.oldest("water") <= desk.replica.event_order(event_id).issued_at
        assert tile(view, "water")["footer"].startswith("Oldest open:")

    run(loop, sqlite_url, qtbot, body)


def test_a_drop_of_a_status_that_cannot_be_dispatched_is_refused_without_sending(qtbot, loop, sqlite_url):
    async def body(hub, desk, view):
        queue = EventQueueModel(desk)
        event = next(e for e in desk.replica.events.values() if e.status == "reported")
        seq = hub.state.seq
        mime = queue.mimeData([queue.index(queue.row_of(event.id), 0)])
        seat = view.model.index(view.model.row_of("fire"))
        assert not view.model.canDropMimeData(mime, Qt.DropAction.CopyAction, -1, -1, seat)
        assert not drop(view, queue, event.id, "fire")  # the tile does not take it while dragged over
        assert "cannot be dispatched" in view.message.text() and event.code in view.message.text()
        assert not view.sender.pending and hub.state.seq == seq
        assert hub.state.event(event.id).status == "reported"

    run(loop, sqlite_url, qtbot, body)


def test_a_hub_refusal_is_shown_in_the_hubs_words(qtbot, loop, sqlite_url):
    async def body(hub, desk, view):
        event = next(e for e in desk.replica.events.values() if e.status == "reported")
        await view.dispatch(event.id, "water")  # as if the replica were behind the hub
        assert view.message.text().startswith("Refused by the hub:")
        assert "event that is reported" in view.message.text()

    run(loop, sqlite_url, qtbot, body)


def test_queue_rows_drag_their_event_ids(loop, sqlite_url):
    async def scenario():
        hub, desk = await hub_and_desk(sqlite_url)
        queue = EventQueueModel(desk)
        index = queue.index(0, 3)
        assert queue.flags(index) & Qt.ItemFlag.ItemIsDragEnabled
        mime = queue.mimeData([index, queue.index(0, 5)])
        assert mime.hasFormat(EVENT_MIME) and event_ids_from_mime(mime) == [queue.event_id(0)]
        await desk.stop()
        await hub.stop()

    loop.run_until_complete(scenario())


def test_seats_model_passes_the_model_tester(qtmodeltester, loop, sqlite_url):
    async def scenario():
        hub, desk = await hub_and_desk(sqlite_url)
        model = SeatsModel(desk)
        qtmodeltester.check(model, force_py=True)
        liaison = await live_desk(hub.port, "liaison.fire")
        await until(lambda: model.index(model.row_of("fire")).data(OnDutyRole), what="on duty")
        await accepted_event(desk)
        await liaison.stop()
        await desk.stop()
        await hub.stop()

    loop.run_until_complete(scenario())
