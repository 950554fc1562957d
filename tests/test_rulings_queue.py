"""The supervisor's rulings queue against a real hub: a case returned twice waits for a ruling, and the
supervisor's dispatch from the queue is final."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from commandcenter.models import labels
from commandcenter.views.dispatch import DispatchDialog
from commandcenter.views.rulings import RulingsQueue
from tests.desktop import hub_and_desk, live_desk, until
from tests.test_seat_panel import dispatched, fill_next_dialog

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


async def bounced_twice(hub, boss) -> tuple[int, object]:
    """A case the water liaison returns twice: (event id, liaison desk)."""
    seat = await live_desk(hub.port, "liaison.water")
    event_id, order_id = await dispatched(boss, "water")
    await seat.send({"type": "order.return", "order_id": order_id, "reason": "不属于本单位职责"})
    await until(lambda: boss.replica.events[event_id].status == "accepted", what="back to accepted")
    again = await boss.send({"type": "order.dispatch", "event_id": event_id, "to": {"department": "water"}})
    await seat.send({"type": "order.return", "order_id": again["order_id"], "reason": "管线属城管维护"})
    await until(lambda: boss.replica.events[event_id].needs_ruling, what="needs a ruling")
    return event_id, seat


async def queue_with(qtbot, url):
    hub, boss = await hub_and_desk(url, "supervisor")
    queue = RulingsQueue(boss)
    qtbot.addWidget(queue)
    queue.resize(1400, 800)
    queue.show()
    return hub, boss, queue


def choose_urban(dialog: DispatchDialog) -> None:
    dialog.tabs.setCurrentWidget(dialog.seats)
    row = next(r for r in range(dialog.seats.rowCount()) if dialog.seats.item(r, 0).data(256) == "urban")
    dialog.seats.selectRow(row)
    dialog.note.setPlainText("裁定由城管处置")


def test_the_rulings_model_passes_the_model_tester(qtmodeltester, qtbot, loop, sqlite_url):
    async def scenario():
        hub, boss, queue = await queue_with(qtbot, sqlite_url)
        event_id, seat = await bounced_twice(hub, boss)
        await until(lambda: queue.model.ids == [event_id], what="in the queue")
        qtmodeltester.check(queue.model, force_py=True)
        await seat.stop()
        await boss.stop()
        await hub.stop()

    loop.run_until_complete(scenario())


def test_a_case_returned_twice_is_ruled_and_its_order_is_final(qtbot, loop, sqlite_url):
    async def scenario():
        hub, boss, queue = await queue_with(qtbot, sqlite_url)
        counts = []
        queue.countChanged.connect(counts.append)
        event_id, seat = await bounced_twice(hub, boss)
        await until(lambda: queue.model.ids == [event_id], what="in the queue")
        assert counts[-1] == 1 and queue.model.index(0, 4).data() == "2"
        reasons = [queue.history.item(r, 3).text() for r in range(queue.history.rowCount())]
        assert reasons == ["不属于本单位职责", "管线属城管维护"]
        fill_next_dialog(choose_urban, kind=DispatchDialog)
        QTimer.singleShot(0, queue.rule_button.click)  # the dialog's own loop runs on Qt's, not in a task
        await until(lambda: boss.replica.events[event_id].order_id, what="ruled")
        order = boss.replica.orders[boss.replica.events[event_id].order_id]
        assert order.final and order.assignee.department == "urban"
        await until(lambda: queue.count() == 0, what="left the queue")
        assert counts[-1] == 0 and not queue.rule_button.isEnabled()
        await seat.stop()
        await boss.stop()
        await hub.stop()

    loop.run_until_complete(scenario())


def test_a_desk_that_came_later_asks_for_the_history_and_an_operator_cannot_rule(qtbot, loop, sqlite_url):
    async def scenario():
        hub, boss = await hub_and_desk(sqlite_url, "supervisor")
        event_id, seat = await bounced_twice(hub, boss)
        desk = await live_desk(hub.port, "operator")
        assert not any(o.notes[-1].kind == "return" for o in desk.replica.orders.values())  # closed: not sent
        queue = RulingsQueue(desk)
        qtbot.addWidget(queue)
        assert queue.model.ids == [event_id]
        await until(lambda: queue.history.rowCount() == 2, what="the returned orders asked for")
        reasons = [queue.history.item(r, 3).text() for r in range(2)]
        assert reasons == ["不属于本单位职责", "管线属城管维护"]
        assert queue.history.item(0, 1).text() == labels.department("water")
        fill_next_dialog(choose_urban, kind=DispatchDialog)
        QTimer.singleShot(0, queue.rule_button.click)
        await until(lambda: "supervisor's ruling" in queue.error.text(), what="refused")
        for peer in (desk, seat, boss):
            await peer.stop()
        await hub.stop()

    loop.run_until_complete(scenario())

