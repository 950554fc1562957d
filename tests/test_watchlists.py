"""Supervisor watch lists against a real hub: membership from deltas, and the clock's own moves."""
from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from commandcenter.domain import clock
from commandcenter.domain.watch import WatchList
from commandcenter.views.watchlists import WatchLists
from tests.desktop import hub_and_desk, live_desk, until
from tests.test_seat_panel import dispatched

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


async def setup(qtbot, url):
    hub, desk = await hub_and_desk(url, "supervisor")
    lists = WatchLists(desk)
    qtbot.addWidget(lists)
    return hub, desk, lists


def members(lists, kind) -> list[int]:
    return lists.book.models[kind].ids


async def handled(desk, seat, order_id, event_id) -> None:
    await seat.send({"type": "order.receive", "order_id": order_id})
    await seat.send({"type": "order.complete", "order_id": order_id, "note": "done"})
    await until(lambda: desk.replica.events[event_id].status == "resolved", what="resolved")


def test_watch_model_passes_the_model_tester(qtmodeltester, qtbot, loop, sqlite_url):
    async def scenario():
        hub, desk, lists = await setup(qtbot, sqlite_url)
        event_id, _ = await dispatched(desk, "water")
        due = (clock.now() + timedelta(minutes=30)).isoformat()
        await desk.send({"type": "event.escalate", "event_id": event_id, "note": "加快", "due_at": due})
        await until(lambda: event_id in members(lists, WatchList.DUE_SOON), what="due soon")
        qtmodeltester.check(lists.book.models[WatchList.DUE_SOON], force_py=True)
        await desk.stop()
        await hub.stop()

    loop.run_until_complete(scenario())


def test_due_soon_turns_overdue_with_the_clock(qtbot, loop, sqlite_url):
    async def scenario():
        hub, desk, lists = await setup(qtbot, sqlite_url)
        event_id, _ = await dispatched(desk, "water")
        assert event_id not in members(lists, WatchList.DUE_SOON)  # small tier: two hours left
        due = (clock.now() + timedelta(seconds=2)).isoformat()
        await desk.send({"type": "event.escalate", "event_id": event_id, "note": "限时办结", "due_at": due})
        await until(lambda: event_id in members(lists, WatchList.DUE_SOON), what="due soon")
        await asyncio.sleep(2.2)
        lists.book.tick()
        assert event_id in members(lists, WatchList.OVERDUE) and event_id not in members(lists, WatchList.DUE_SOON)
        assert f"({len(members(lists, WatchList.OVERDUE))})" in lists.tabs.tabText(0)
        await desk.stop()
        await hub.stop()

    loop.run_until_complete(scenario())


def test_returned_twice_and_failed_verification(qtbot, loop, sqlite_url):
    async def scenario():
        hub, desk, lists = await setup(qtbot, sqlite_url)
        seat = await live_desk(hub.port, "liaison.water")
        resets = []
        lists.book.models[WatchList.RETURNED].modelReset.connect(lambda: resets.append(1))
        event_id, order_id = await dispatched(desk, "water")
        for attempt in (1, 2):
            await seat.send({"type": "order.return", "order_id": order_id, "reason": "不属本部门"})
            await until(lambda n=attempt: desk.replica.events[event_id].returns == n, what=f"return {attempt}")
            assert (event_id in members(lists, WatchList.RETURNED)) == (attempt == 2)
            order_id = (await desk.send({"type": "order.dispatch", "event_id": event_id,
                                         "to": {"department": "water"}}))["order_id"]
        await handled(desk, seat, order_id, event_id)
        assert event_id not in members(lists, WatchList.RETURNED)  # done now: nothing left to chase
        await desk.send({"type": "event.verify", "event_id": event_id, "passed": False, "note": "未修好"})
        await until(lambda: event_id in members(lists, WatchList.FAILED_VERIFICATION), what="failed verification")
        assert not resets  # deltas move rows, never reset
        await seat.stop()
        await desk.stop()
        await hub.stop()

    loop.run_until_complete(scenario())


def test_low_satisfaction_and_choosing_a_row(qtbot, loop, sqlite_url):
    async def scenario():
        hub, desk, lists = await setup(qtbot, sqlite_url)
        seat = await live_desk(hub.port, "liaison.water")
        event_id, order_id = await dispatched(desk, "water")
        await handled(desk, seat, order_id, event_id)
        await desk.send({"type": "event.verify", "event_id": event_id, "passed": True, "note": ""})
        await desk.send({"type": "event.follow_up", "event_id": event_id, "satisfaction": 2, "note": "不满意"})
        await until(lambda: event_id in members(lists, WatchList.LOW_SATISFACTION), what="low satisfaction")
        lists.tabs.setCurrentIndex(4)
        view = lists.views[WatchList.LOW_SATISFACTION]
        with qtbot.waitSignal(lists.eventChosen) as chosen:
            view.setCurrentIndex(view.model().index(view.model().row_of(event_id), 0))
        assert chosen.args == [event_id]
        await seat.stop()
        await desk.stop()
        await hub.stop()

    loop.run_until_complete(scenario())
