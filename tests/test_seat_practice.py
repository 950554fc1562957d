"""The seat panel's practice against a real hub: extension and suspension requests and their decisions,
a ruling's final order that cannot be returned."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from commandcenter.domain.clock import CST
from commandcenter.models.orders import APPROVAL_COLUMN, ApprovalRole
from commandcenter.views.practice_dialogs import TimedRequestDialog, default_until
from tests.desktop import live_desk, press, until
from tests.test_console_practice import answer_next
from tests.test_seat_panel import dispatched, seat_setup, teardown

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def ask(reason: str, until_shift: timedelta | None = None):
    def fill(dialog: TimedRequestDialog) -> None:
        if until_shift is not None:
            dialog.set_until(dialog.until_at() + until_shift)
        dialog.reason.setPlainText(reason)
    return fill


def cell(panel, order_id: int, role=Qt.ItemDataRole.DisplayRole):
    return panel.model.index(panel.model.row_of(order_id), APPROVAL_COLUMN).data(role)


def test_liaison_asks_for_an_extension_and_sees_it_approved(qtbot: QtBot, loop, sqlite_url):
    async def scenario():
        hub, op, seat, panel = await seat_setup(qtbot, sqlite_url)
        _, order_id = await dispatched(op, "water")
        await until(lambda: panel.model.row_of(order_id) is not None, what="order shown")
        panel.select_order(order_id)
        answer_next(TimedRequestDialog, ask("管材缺货，需调货"))
        press(qtbot, panel.table, Qt.Key.Key_E)
        await until(lambda: cell(panel, order_id, ApprovalRole) == "pending", what="pending on the row")
        approval = seat.replica.approvals_of(panel.current_order().event_id)[0]
        assert approval.kind == "extension" and approval.until > hub.state.order(order_id).due_at
        sup = await live_desk(hub.port, "supervisor")
        await sup.send({"type": "approval.decide", "approval_id": approval.id, "approve": True, "note": "同意延期"})
        await until(lambda: cell(panel, order_id, ApprovalRole) == "approved", what="approved on the row")
        assert cell(panel, order_id) == "Extension approved"
        assert "同意延期" in panel.pane.detail.row_text("Extension")
        assert seat.replica.orders[order_id].due_at == approval.until
        await teardown(hub, sup, seat, op)

    loop.run_until_complete(scenario())


def test_a_denied_suspension_shows_the_supervisors_note(qtbot: QtBot, loop, sqlite_url):
    async def scenario():
        hub, op, seat, panel = await seat_setup(qtbot, sqlite_url)
        _, order_id = await dispatched(op, "water")
        await until(lambda: panel.model.row_of(order_id) is not None, what="order shown")
        panel.select_order(order_id)
        answer_next(TimedRequestDialog, ask("等待业主返回", timedelta(days=2)))
        press(qtbot, panel.table, Qt.Key.Key_S)
        await until(lambda: cell(panel, order_id, ApprovalRole) == "pending", what="pending on the row")
        assert "seat_suspend" not in _buttons(panel)  # one pending request of a kind
        approval = seat.replica.approvals_of(panel.current_order().event_id)[0]
        sup = await live_desk(hub.port, "supervisor")
        await sup.send({"type": "approval.decide", "approval_id": approval.id, "approve": False,
                        "note": "不符合缓办条件"})
        await until(lambda: cell(panel, order_id, ApprovalRole) == "denied", what="denied on the row")
        assert cell(panel, order_id, Qt.ItemDataRole.ToolTipRole) == "不符合缓办条件"
        assert "不符合缓办条件" in panel.pane.detail.row_text("Suspension")
        await teardown(hub, sup, seat, op)

    loop.run_until_complete(scenario())


def test_a_rulings_final_order_cannot_be_returned(qtbot: QtBot, loop, sqlite_url):
    async def scenario():
        hub, op, seat, panel = await seat_setup(qtbot, sqlite_url)
        event_id, order_id = await dispatched(op, "water")
        for _ in range(2):
            await seat.send({"type": "order.return", "order_id": order_id, "reason": "非本部门"})
            await until(lambda: op.replica.events[event_id].status == "accepted", what="returned")
            if not op.replica.events[event_id].needs_ruling:
                order_id = (await op.send({"type": "order.dispatch", "event_id": event_id,
                                           "to": {"department": "water"}}))["order_id"]
        sup = await live_desk(hub.port, "supervisor")
        final = (await sup.send({"type": "order.dispatch", "event_id": event_id, "to": {"department": "water"}}))
        await until(lambda: panel.model.row_of(final["order_id"]) is not None, what="final order shown")
        panel.select_order(final["order_id"])
        assert "cannot be returned" in panel.pane.headline.text() and not _buttons(panel)["seat_return"]
        assert cell(panel, final["order_id"]).startswith("Ruled (final)")
        await teardown(hub, sup, seat, op)

    loop.run_until_complete(scenario())


def test_the_requested_date_defaults_to_a_working_day_after_the_deadline(qtbot: QtBot):
    from datetime import datetime

    from commandcenter.domain.clock import CST

    friday = datetime(2031, 5, 16, 17, 0, tzinfo=CST)  # a Friday deadline: due the next Monday
    assert default_until(friday).weekday() == 0 and default_until(friday) > friday
    dialog = TimedRequestDialog("extension", friday)
    qtbot.addWidget(dialog)
    assert dialog.until_at() == default_until(friday) and not dialog.ok.isEnabled()


def _buttons(panel) -> dict[str, bool]:
    """The pane's action buttons now (name -> enabled)."""
    rows = (panel.pane.buttons, panel.pane.request_buttons)
    widgets = [row.itemAt(i).widget() for row in rows for i in range(row.count())]
    return {w.objectName(): w.isEnabled() for w in widgets if w is not None}


def test_the_new_deadline_is_shown_in_centre_time_whatever_the_machines_zone(qtbot):
    at = datetime(2026, 11, 30, 17, 30, tzinfo=CST)
    dialog = TimedRequestDialog("extension", at)
    qtbot.addWidget(dialog)
    dialog.set_until(at)
    assert dialog.until.text() == "2026-11-30 17:30" and dialog.until_at() == at
