"""The department seat panel against a real hub: a liaison signs for, returns and completes orders."""
from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from commandcenter.domain import clock
from commandcenter.domain.returns import ReturnReason
from commandcenter.models.orders import IncomingRole, SeatOrderModel
from commandcenter.views.seat_panel import SeatPanel
from commandcenter.views.seat_widgets import ReturnDialog
from tests.desktop import hub_and_desk, live_desk, press, until

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


async def dispatched(op, to: str, title: str = "水管爆裂", **extra) -> tuple[int, int]:
    """An operator reports, accepts and dispatches an event to a department: (event id, order id)."""
    event_id = (await op.send({"type": "event.report", "category": "water_supply", "title": title,
                               "description": "", "lat": 39.63, "lon": 118.18, "source": "hotline",
                               "severity": 3}))["event_id"]
    await op.send({"type": "event.accept", "event_id": event_id, "tier": "small"})
    order = await op.send({"type": "order.dispatch", "event_id": event_id, "to": {"department": to}, **extra})
    return event_id, order["order_id"]


def fill_next_dialog(fill, after_ms: int = 150, kind: type = QDialog) -> None:
    """Fill in the next modal dialog of ``kind`` once it shows, then press OK (a dialog another
    test left behind is not it)."""
    def go() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if not shown:
            QTimer.singleShot(50, go)
            return
        fill(shown[-1])
        shown[-1].accept()

    QTimer.singleShot(after_ms, go)


async def seat_setup(qtbot, url):
    hub, op = await hub_and_desk(url)
    seat = await live_desk(hub.port, "liaison.water")
    panel = SeatPanel(seat)
    qtbot.addWidget(panel)
    panel.show()
    return hub, op, seat, panel


async def teardown(hub, *desks) -> None:
    for desk in desks:
        await desk.stop()
    await hub.stop()


def test_order_model_passes_the_model_tester(qtmodeltester, loop, sqlite_url):
    async def scenario():
        hub, op = await hub_and_desk(sqlite_url)
        _, order_id = await dispatched(op, "water")
        seat = await live_desk(hub.port, "liaison.water")
        model = SeatOrderModel(seat)
        qtmodeltester.check(model, force_py=True)
        assert order_id in model.ids
        await teardown(hub, seat, op)

    loop.run_until_complete(scenario())


def test_incoming_order_is_highlighted_and_other_departments_never_show(qtbot: QtBot, loop, sqlite_url):
    async def scenario():
        hub, op, seat, panel = await seat_setup(qtbot, sqlite_url)
        before = panel.model.counts
        _, mine = await dispatched(op, "water")
        _, theirs = await dispatched(op, "urban", title="井盖缺失")
        await until(lambda: panel.model.row_of(mine) is not None, what="order shown")
        index = panel.model.index(panel.model.row_of(mine), 0)
        assert index.data(IncomingRole) and index.data(Qt.ItemDataRole.FontRole).bold()
        assert panel.model.row_of(theirs) is None and theirs not in seat.replica.orders
        assert panel.model.counts.incoming == before.incoming + 1
        assert panel.counters.blink.isActive() and "incoming" in panel.counters.badge.text()
        await teardown(hub, seat, op)

    loop.run_until_complete(scenario())


def test_liaison_signs_for_returns_with_a_reason_and_later_completes(qtbot: QtBot, loop, sqlite_url):
    async def scenario():
        hub, op, seat, panel = await seat_setup(qtbot, sqlite_url)
        before = panel.model.counts
        event_id, order_id = await dispatched(op, "water")
        await until(lambda: panel.model.row_of(order_id) is not None, what="order shown")
        panel.select_order(order_id)
        panel.table.setFocus()
        press(qtbot, panel.table, Qt.Key.Key_R)
        await until(lambda: seat.replica.orders[order_id].status == "received", what="signed for")
        fill_next_dialog(lambda d: d.choose(ReturnReason.OUTSIDE_OUR_AREA, "管网属开发区水司"), kind=ReturnDialog)
        press(qtbot, panel.table, Qt.Key.Key_B)
        await until(lambda: op.replica.events[event_id].status == "accepted", what="back with the operator")
        assert "管网属开发区水司" in op.replica.events[event_id].last_return_reason
        assert panel.model.row_of(order_id) is None
        second = (await op.send({"type": "order.dispatch", "event_id": event_id,
                                 "to": {"department": "water"}}))["order_id"]
        await until(lambda: panel.model.row_of(second) is not None, what="dispatched again")
        panel.select_order(second)
        await panel.act(panel_action("receive"))
        await panel.act(panel_action("complete"), {"note": "已修复"})
        await until(lambda: op.replica.events[event_id].status == "resolved", what="resolved")
        assert panel.model.row_of(second) is None and panel.model.counts == before
        await until(lambda: panel.counters.completed.value.text() not in ("—", "0"), timeout=25,
                    what="completed counter (re-asked on a 10 s throttle)")
        await teardown(hub, seat, op)

    loop.run_until_complete(scenario())


def panel_action(name: str):
    from commandcenter.domain.lifecycle import Action

    return Action(name)


def test_return_dialog_needs_words_for_other(qtbot: QtBot):
    dialog = ReturnDialog()
    qtbot.addWidget(dialog)
    dialog.choose(ReturnReason.OTHER)
    assert not dialog.ok.isEnabled()
    dialog.choose(ReturnReason.OTHER, "重复派单")
    assert dialog.ok.isEnabled() and dialog.fields()["reason"].endswith("重复派单")


def test_refused_command_shows_the_hubs_message(qtbot: QtBot, loop, sqlite_url):
    async def scenario():
        hub, op, seat, panel = await seat_setup(qtbot, sqlite_url)
        _, order_id = await dispatched(op, "water")
        await until(lambda: panel.model.row_of(order_id) is not None, what="order shown")
        panel.select_order(order_id)
        await panel.act(panel_action("complete"), {"note": "太早了"})
        assert "cannot complete an order that is issued" in panel.pane.error.text()
        await teardown(hub, seat, op)

    loop.run_until_complete(scenario())


def test_counters_follow_dispatch_deadline_and_completion(qtbot: QtBot, loop, sqlite_url):
    async def scenario():
        hub, op, seat, panel = await seat_setup(qtbot, sqlite_url)
        before = panel.model.counts
        due = (clock.now() + timedelta(seconds=2)).isoformat()
        await dispatched(op, "water", due_at=due)
        await until(lambda: panel.model.counts.open == before.open + 1, what="one more open")
        await asyncio.sleep(2.2)
        assert panel.model.recount().overdue == before.overdue + 1
        assert panel.counters.overdue.value.text() == str(before.overdue + 1)
        await teardown(hub, seat, op)

    loop.run_until_complete(scenario())
