"""The console's practice against a real hub: claims (认领), take-over, cancel order, park and void requests."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from commandcenter.models.event_queue import ClaimedByRole, EventQueueModel
from commandcenter.views.case_actions import CaseAction
from commandcenter.views.console import OperatorConsole
from commandcenter.views.dialogs import AcceptDialog
from commandcenter.views.practice_dialogs import ConfirmDialog, RequiredReasonDialog
from tests.desktop import hub_and_desk, live_desk, press, until

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def answer_next(kind: type, fill=lambda d: None, accept: bool = True, after_ms: int = 100) -> None:
    """Fill in the next visible modal dialog of ``kind``, then accept (or refuse) it."""
    def go() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
        if not shown:
            QTimer.singleShot(50, go)
            return
        fill(shown[-1])
        shown[-1].accept() if accept else shown[-1].reject()

    QTimer.singleShot(after_ms, go)


async def console(qtbot, hub, user: str = "operator"):
    desk = await live_desk(hub.port, user)
    window = OperatorConsole(desk)
    qtbot.addWidget(window)
    window.show()
    return desk, window


def reported(desk, n: int = 1) -> list:
    return sorted((e for e in desk.replica.events.values() if e.status == "reported"), key=lambda e: e.id)[:n]


async def dispatched(desk) -> tuple[int, int]:
    event = reported(desk)[0]
    await desk.send({"type": "event.accept", "event_id": event.id, "tier": "medium"})
    order = await desk.send({"type": "order.dispatch", "event_id": event.id, "to": {"department": "water"}})
    return event.id, order["order_id"]


async def stop(hub, *desks) -> None:
    for desk in desks:
        await desk.stop()
    await hub.stop()


def test_queue_model_with_claims_passes_the_model_tester(qtmodeltester, loop, sqlite_url):
    async def scenario():
        hub, desk = await hub_and_desk(sqlite_url)
        other = await live_desk(hub.port, "supervisor")
        event = reported(desk)[0]
        await other.send({"type": "event.claim", "event_id": event.id})
        model = EventQueueModel(desk)
        await until(lambda: model.index(model.row_of(event.id), 0).data(ClaimedByRole) == "supervisor")
        qtmodeltester.check(model, force_py=True)
        await stop(hub, other, desk)

    loop.run_until_complete(scenario())


def test_claim_is_taken_on_staying_and_released_on_moving_away(qtbot: QtBot, loop, sqlite_url):
    async def scenario():
        hub, desk = await hub_and_desk(sqlite_url)
        window = OperatorConsole(desk)
        qtbot.addWidget(window)
        first, second = reported(desk, 2)
        window.select_event(first.id)
        await until(lambda: hub.state.event(first.id).claimed_by == "operator", what="claimed after a dwell")
        await until(lambda: window.detail.row_text("Claimed by") is not None, what="own claim shown")
        window.select_event(second.id)
        await until(lambda: hub.state.event(first.id).claimed_by is None, what="released on moving away")
        await until(lambda: hub.state.event(second.id).claimed_by == "operator", what="the next one claimed")
        window.close()
        await until(lambda: hub.state.event(second.id).claimed_by is None, what="released on closing")
        await stop(hub, desk)

    loop.run_until_complete(scenario())


def test_a_quick_pass_over_a_row_claims_nothing(qtbot: QtBot, loop, sqlite_url):
    async def scenario():
        hub, desk = await hub_and_desk(sqlite_url)
        window = OperatorConsole(desk)
        qtbot.addWidget(window)
        first, second = reported(desk, 2)
        window.select_event(first.id)
        window.select_event(second.id)
        await until(lambda: hub.state.event(second.id).claimed_by == "operator", what="claimed")
        assert hub.state.event(first.id).claimed_by is None
        await stop(hub, desk)

    loop.run_until_complete(scenario())


def test_another_desk_sees_the_claim_and_takes_over_after_confirming(qtbot: QtBot, loop, sqlite_url):
    async def scenario():
        hub, op = await hub_and_desk(sqlite_url)
        event = reported(op)[0]
        await op.send({"type": "event.claim", "event_id": event.id})
        sup, window = await console(qtbot, hub, "supervisor")
        await until(lambda: sup.replica.events[event.id].claimed_by == "operator", what="claim seen")
        row = window.model.row_of(event.id)
        assert window.model.index(row, 0).data(ClaimedByRole) == "operator"
        assert "operator" in window.model.index(row, 4).data()
        window.select_event(event.id)
        assert window.detail.row_text("Claimed by") == "Being handled by operator"
        answer_next(ConfirmDialog)
        answer_next(AcceptDialog, after_ms=300)
        window.queue.setFocus()
        press(qtbot, window.queue, Qt.Key.Key_A)
        await until(lambda: hub.state.event(event.id).status == "accepted", what="accepted over the claim")
        assert hub.state.event(event.id).claimed_by == "supervisor"
        await stop(hub, sup, op)

    loop.run_until_complete(scenario())


def test_refusing_to_take_over_sends_nothing(qtbot: QtBot, loop, sqlite_url):
    async def scenario():
        hub, op = await hub_and_desk(sqlite_url)
        event = reported(op)[0]
        await op.send({"type": "event.claim", "event_id": event.id})
        sup, window = await console(qtbot, hub, "supervisor")
        await until(lambda: sup.replica.events[event.id].claimed_by == "operator", what="claim seen")
        window.select_event(event.id)
        answer_next(ConfirmDialog, accept=False)
        seen = []
        QTimer.singleShot(0, lambda: seen.append(window.act(window_action("reject"))))
        await until(lambda: seen, what="the question answered")
        assert hub.state.event(event.id).status == "reported"
        assert hub.state.event(event.id).claimed_by == "operator"
        await stop(hub, sup, op)

    loop.run_until_complete(scenario())


def window_action(name: str):
    from commandcenter.domain.lifecycle import Action

    return Action(name)


def test_operator_cancels_the_open_order_with_a_reason(qtbot: QtBot, loop, sqlite_url):
    async def scenario():
        hub, desk = await hub_and_desk(sqlite_url)
        event_id, order_id = await dispatched(desk)
        window = OperatorConsole(desk)
        qtbot.addWidget(window)
        window.select_event(event_id)
        await until(lambda: _button(window, "case_cancel_order") is not None, what="cancel offered")
        answer_next(RequiredReasonDialog, lambda d: d.reason.setPlainText("派错部门"))
        QTimer.singleShot(0, lambda: window.act(CaseAction.CANCEL_ORDER))
        await until(lambda: hub.state.order(order_id).status == "cancelled", what="cancelled")
        await until(lambda: desk.replica.events[event_id].status == "accepted", what="back to accepted")
        assert _button(window, "case_cancel_order") is None
        await stop(hub, desk)

    loop.run_until_complete(scenario())


def test_park_request_shows_pending_then_the_supervisors_decision(qtbot: QtBot, loop, sqlite_url):
    async def scenario():
        hub, desk = await hub_and_desk(sqlite_url)
        event_id, _ = await dispatched(desk)
        window = OperatorConsole(desk)
        qtbot.addWidget(window)
        window.select_event(event_id)
        answer_next(RequiredReasonDialog, lambda d: d.reason.setPlainText("长期施工"))
        QTimer.singleShot(0, lambda: window.act(CaseAction.PARK))
        await until(lambda: "pending" in (window.detail.row_text("Park") or ""), what="pending shown")
        assert _button(window, "case_park") is None  # one pending request of a kind
        sup = await live_desk(hub.port, "supervisor")
        approval = desk.replica.approvals_of(event_id)[0]
        await sup.send({"type": "approval.decide", "approval_id": approval.id, "approve": True,
                        "note": "同意挂账", "force": True})  # the operator still holds the case
        await until(lambda: "同意挂账" in (window.detail.row_text("Park") or ""), what="decision shown")
        assert window.detail.row_text("Parked") is not None
        await stop(hub, sup, desk)

    loop.run_until_complete(scenario())


def _button(window, name: str):
    from PySide6.QtWidgets import QPushButton

    return window.detail.findChild(QPushButton, name)
