"""The operator console against a real hub, driven with real key presses (pytest-qt, offscreen)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from commandcenter.app import make_window
from commandcenter.models import labels
from commandcenter.models.event_queue import COLUMNS, DueRole, EventQueueModel, SignDueRole
from commandcenter.models.grids import fetch_grids
from tests.desktop import accept_next_dialog, hub_and_desk, live_desk, press, until

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def test_queue_model_passes_the_model_tester(qtmodeltester, loop, sqlite_url):
    async def scenario():
        hub, desk = await hub_and_desk(sqlite_url)
        model = EventQueueModel(desk)
        qtmodeltester.check(model, force_py=True)
        assert model.rowCount() == len(desk.replica.events) > 0
        await desk.stop()
        await hub.stop()

    loop.run_until_complete(scenario())


def test_operator_accepts_and_dispatches_with_keys(qtbot: QtBot, loop, sqlite_url):
    async def scenario():
        hub, desk = await hub_and_desk(sqlite_url)
        window = make_window(desk, await fetch_grids(desk))
        qtbot.addWidget(window)
        window.show()
        event = next(e for e in desk.replica.events.values() if e.status == "reported")
        window.select_event(event.id)
        window.queue.setFocus()
        accept_next_dialog()
        press(qtbot, window.queue, Qt.Key.Key_A)
        await until(lambda: desk.replica.events[event.id].status == "accepted", what="accepted")
        accept_next_dialog()
        press(qtbot, window.queue, Qt.Key.Key_D)
        await until(lambda: desk.replica.events[event.id].status == "dispatched", what="dispatched")
        assert desk.replica.event_order(event.id) is not None
        assert "dispatched" in [hub.state.event(event.id).status]
        sent_to = desk.replica.events[event.id].assignee  # the trail names the receiver, not their id
        worker = desk.replica.worker(sent_to.worker_id) if sent_to.worker_id else None
        name = worker.name if worker else labels.department(sent_to.department)
        trail = window.detail.trail
        await until(lambda: any(trail.topLevelItem(i).text(1).endswith(f"→ {name}")
                                for i in range(trail.topLevelItemCount())), what="the dispatch in the trail")
        await desk.stop()
        await hub.stop()

    loop.run_until_complete(scenario())


async def on_a_new_report(qtbot: QtBot, sqlite_url):
    """A hub, an operator's console and a new report chosen in its queue."""
    hub, desk = await hub_and_desk(sqlite_url)
    window = make_window(desk, [])
    qtbot.addWidget(window)
    event = next(e for e in desk.replica.events.values() if e.status == "reported")
    window.select_event(event.id)
    return hub, desk, window, event


def test_refusal_is_shown_next_to_the_actions(qtbot: QtBot, loop, sqlite_url):
    async def scenario():
        hub, desk, window, event = await on_a_new_report(qtbot, sqlite_url)
        await window.send({"type": "event.archive", "event_id": event.id})
        assert "event that is reported" in window.detail.error.text()
        await desk.stop()
        await hub.stop()

    loop.run_until_complete(scenario())


def test_closed_loop_with_a_liaison_and_a_hub_restart(qtbot: QtBot, loop, sqlite_url):
    async def scenario():
        hub, desk = await hub_and_desk(sqlite_url)
        window = make_window(desk, [])
        qtbot.addWidget(window)
        event_id = (await desk.send({"type": "event.report", "category": "water_supply", "title": "水管爆裂",
                                     "description": "", "lat": 39.63, "lon": 118.18, "source": "hotline",
                                     "severity": 3}))["event_id"]
        await desk.send({"type": "event.accept", "event_id": event_id, "tier": "small"})
        order_id = (await desk.send({"type": "order.dispatch", "event_id": event_id,
                                     "to": {"department": "water"}}))["order_id"]
        port = hub.port
        await hub.stop()
        await until(lambda: desk.state != "live", what="offline")
        from tests.hubkit import start_hub

        hub = await start_hub(sqlite_url, demo=False, port=port)
        await until(lambda: desk.state == "live", timeout=20, what="live again")
        seat = await live_desk(hub.port, "liaison.water")
        for step in ({"type": "order.receive"}, {"type": "order.complete", "note": "已修复"}):
            await seat.send({**step, "order_id": order_id})
        await until(lambda: desk.replica.events[event_id].status == "resolved", what="resolved")
        for step in ({"type": "event.verify", "passed": True, "note": ""},
                     {"type": "event.follow_up", "satisfaction": 5, "note": ""}, {"type": "event.archive"}):
            await desk.send({**step, "event_id": event_id})
        await until(lambda: event_id not in desk.replica.events, what="archived")
        assert desk.replica.seq == hub.state.seq
        await seat.stop()
        await desk.stop()
        await hub.stop()

    loop.run_until_complete(scenario())


def test_the_sign_clock_shows_until_the_order_is_signed_for(loop, sqlite_url):
    async def scenario():
        hub, desk = await hub_and_desk(sqlite_url)
        model = EventQueueModel(desk)
        event = next(e for e in desk.replica.events.values() if e.status == "reported")
        await desk.send({"type": "event.accept", "event_id": event.id, "tier": "medium"})
        ack = await desk.send({"type": "order.dispatch", "event_id": event.id, "to": {"department": "urban"}})
        await until(lambda: ack["order_id"] in desk.replica.orders, what="order seen")
        order = desk.replica.orders[ack["order_id"]]
        cell = model.index(model.row_of(event.id), COLUMNS.index("sign"))
        assert cell.data(SignDueRole) == order.sign_due_at.timestamp() < cell.data(DueRole)
        liaison = await live_desk(hub.port, "liaison.urban")
        await liaison.send({"type": "order.receive", "order_id": order.id})
        await until(lambda: desk.replica.orders[order.id].status == "received", what="received")
        assert cell.data(SignDueRole) is None and cell.data(DueRole) is not None
        for closing in (liaison, desk, hub):
            await closing.stop()

    loop.run_until_complete(scenario())


def test_several_selected_cases_are_dispatched_to_one_receiver(qtbot: QtBot, loop, sqlite_url):
    async def scenario():
        hub, desk = await hub_and_desk(sqlite_url)
        window = make_window(desk, [])
        qtbot.addWidget(window)
        reported = [e for e in desk.replica.events.values() if e.status == "reported"][:3]
        for event in reported:
            await desk.send({"type": "event.accept", "event_id": event.id, "tier": "small"})
        await until(lambda: all(desk.replica.events[e.id].status == "accepted" for e in reported), what="accepted")
        for n, event in enumerate(reported):
            flag = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
            index = window.model.index(window.model.row_of(event.id), 0)
            window.queue.selectionModel().setCurrentIndex(index, flag if n else flag | flag.Clear)
        accept_next_dialog()
        press(qtbot, window.queue, Qt.Key.Key_D)
        await until(lambda: all(desk.replica.events[e.id].status == "dispatched" for e in reported), what="all sent")
        receivers = {desk.replica.events[e.id].assignee for e in reported}
        assert len(receivers) == 1 and len({hub.state.event(e.id).order_id for e in reported}) == 3
        await desk.stop()
        await hub.stop()

    loop.run_until_complete(scenario())


def test_a_key_whose_action_is_not_offered_says_so(qtbot: QtBot, loop, sqlite_url):
    async def scenario():
        hub, desk, window, event = await on_a_new_report(qtbot, sqlite_url)
        window.queue.setFocus()
        press(qtbot, window.queue, Qt.Key.Key_S)  # supervision is the supervisor's
        await until(lambda: "not offered" in window.detail.error.text(), what="the refusal shown")
        assert hub.state.event(event.id).supervised is False
        await desk.stop()
        await hub.stop()

    loop.run_until_complete(scenario())
