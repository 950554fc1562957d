"""The supervisor's approvals inbox against a real hub: a liaison asks, the supervisor decides."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QTimer

from commandcenter.views.approvals import ApprovalsInbox, DecisionDialog
from commandcenter.views.supervisor import SupervisorDesk
from tests.desktop import hub_and_desk, live_desk, until
from tests.test_seat_panel import dispatched, fill_next_dialog

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


async def asked(hub, boss, kind: str = "extension", days: int = 2) -> tuple[int, object, int]:
    """A case dispatched to water whose liaison asks for ``kind``: (event id, liaison desk, approval id)."""
    seat = await live_desk(hub.port, "liaison.water")
    event_id, order_id = await dispatched(boss, "water")
    await until(lambda: event_id in seat.replica.events, what="liaison sees the case")
    until_at = seat.replica.events[event_id].due_at + timedelta(days=days)
    result = await seat.send({"type": "approval.request", "kind": kind, "event_id": event_id,
                              "order_id": order_id, "reason": "需要更换主管道", "until": until_at.isoformat()})
    return event_id, seat, result["approval_id"]


async def inbox_with(qtbot, url):
    hub, boss = await hub_and_desk(url, "supervisor")
    inbox = ApprovalsInbox(boss)
    qtbot.addWidget(inbox)
    inbox.show()
    return hub, boss, inbox


async def stop(hub, *desks) -> None:
    for desk in desks:
        await desk.stop()
    await hub.stop()


def test_the_inbox_model_passes_the_model_tester(qtmodeltester, qtbot, loop, sqlite_url):
    async def scenario():
        hub, boss, inbox = await inbox_with(qtbot, sqlite_url)
        _event_id, seat, approval_id = await asked(hub, boss)
        await until(lambda: inbox.model.ids == [approval_id], what="request in the inbox")
        qtmodeltester.check(inbox.model, force_py=True)
        await stop(hub, seat, boss)

    loop.run_until_complete(scenario())


def test_an_approved_extension_moves_the_deadline_and_leaves_the_list(qtbot, loop, sqlite_url):
    async def scenario():
        hub, boss, window = await _desk(qtbot, sqlite_url)
        event_id, seat, approval_id = await asked(hub, boss)
        inbox = window.approvals
        await until(lambda: window.tabs.tabText(window.tabs.indexOf(inbox)).endswith("(1)"), what="badge")
        asked_until = boss.replica.approvals[approval_id].until
        row = [inbox.model.index(0, column).data() for column in range(7)]
        assert row[1].endswith("水管爆裂") and row[4] == "需要更换主管道" and row[0] == "Extension"
        fill_next_dialog(lambda d: d.note.setPlainText("同意延期"), kind=DecisionDialog)
        QTimer.singleShot(0, inbox.approve_button.click)  # the dialog's own loop runs on Qt's, not in a task
        await until(lambda: boss.replica.events[event_id].due_at == asked_until, what="deadline moved")
        await until(lambda: inbox.model.rowCount() == 0 and inbox.decided.ids == [approval_id], what="decided")
        assert window.tabs.tabText(window.tabs.indexOf(inbox)) == "Approvals"
        assert seat.replica.approvals[approval_id].note == "同意延期"
        await stop(hub, seat, boss)

    loop.run_until_complete(scenario())


def test_a_denial_needs_a_note_and_keeps_the_deadline(qtbot, loop, sqlite_url):
    async def scenario():
        hub, boss, inbox = await inbox_with(qtbot, sqlite_url)
        event_id, seat, approval_id = await asked(hub, boss, "suspend")
        await until(lambda: inbox.count() == 1, what="request in the inbox")
        due = boss.replica.events[event_id].due_at
        dialog = DecisionDialog(boss.replica.approvals[approval_id], "case", approve=False)
        assert not dialog.ok.isEnabled()
        dialog.note.setPlainText("理由不充分")
        assert dialog.ok.isEnabled() and dialog.fields() == {"approve": False, "note": "理由不充分"}
        await inbox.decide(False, "理由不充分")
        await until(lambda: inbox.count() == 0 and inbox.decided.rowCount() == 1, what="denied")
        assert inbox.decided.index(0, 2).data() == "Denied" and boss.replica.events[event_id].due_at == due
        assert not boss.replica.events[event_id].suspended_until
        await stop(hub, seat, boss)

    loop.run_until_complete(scenario())


def test_a_refusal_is_shown_in_the_hubs_words(qtbot, loop, sqlite_url):
    async def scenario():
        hub, boss, inbox = await inbox_with(qtbot, sqlite_url)
        event_id, seat, approval_id = await asked(hub, boss)
        await until(lambda: inbox.count() == 1, what="request in the inbox")
        order_id = boss.replica.events[event_id].order_id
        await boss.send({"type": "order.cancel", "order_id": order_id, "reason": "改派"})
        assert await inbox.decide(True, "同意") is None
        assert inbox.error.text().startswith("Refused by the hub:") and "no longer open" in inbox.error.text()
        assert inbox.model.ids == [approval_id]  # still waiting: to be denied
        await stop(hub, seat, boss)

    loop.run_until_complete(scenario())


async def _desk(qtbot, url):
    hub, boss = await hub_and_desk(url, "supervisor")
    window = SupervisorDesk(boss, None, [])
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    return hub, boss, window


def test_a_desk_that_logs_in_later_gets_the_pending_requests_in_its_snapshot(qtbot, loop, sqlite_url):
    async def scenario():
        hub, boss, _inbox = await inbox_with(qtbot, sqlite_url)
        _event_id, seat, approval_id = await asked(hub, boss)
        later = await live_desk(hub.port, "supervisor")
        assert [a.id for a in later.replica.pending_approvals()] == [approval_id]
        await stop(hub, boss, seat, later)

    loop.run_until_complete(scenario())
