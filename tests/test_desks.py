"""Each role opens its own desk (app.make_window), and the desks work together over a real hub."""
from __future__ import annotations

import csv
from datetime import timedelta

import pytest
from msgspec.structs import replace
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from commandcenter.app import make_window
from commandcenter.domain import clock
from commandcenter.domain.watch import WatchList
from commandcenter.models.event_queue import COLUMNS
from commandcenter.models.grids import fetch_grids
from commandcenter.views.console import OperatorConsole
from commandcenter.views.intake import IntakeDialog
from commandcenter.views.seat_panel import SeatPanel
from commandcenter.views.supervisor import SupervisorDesk
from tests.desktop import hub_and_desk, live_desk, until
from tests.hubkit import Peer

REPORT = {"type": "event.report", "category": "sanitation", "title": "垃圾满溢", "description": "小区门口",
          "lat": 39.63, "lon": 118.18, "source": "hotline", "severity": 2}

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


async def _window(url: str, user: str):
    hub, desk = await hub_and_desk(url, user)
    window = make_window(desk, await fetch_grids(desk))
    window.resize(1400, 900)
    window.show()
    QApplication.setActiveWindow(window)  # shortcuts reach the active window only
    return hub, desk, window


async def _close(hub, desk, window) -> None:
    window.deleteLater()
    await desk.stop()
    await hub.stop()


def test_the_operator_opens_seats_video_and_alerts_as_docks(qtbot, loop, sqlite_url):
    async def scenario():
        hub, desk, window = await _window(sqlite_url, "operator")
        assert type(window) is OperatorConsole
        docks = window.docks.docks
        assert set(docks) == {"seats", "video", "alerts"} and not any(d.isVisible() for d in docks.values())
        qtbot.keyClick(window.queue, Qt.Key.Key_F2)
        assert docks["seats"].isVisible()
        assert window.docks.seats.model.rowCount() == 12
        qtbot.keyClick(window.queue, Qt.Key.Key_F4)
        assert docks["alerts"].isVisible()
        await _close(hub, desk, window)

    loop.run_until_complete(scenario())


async def _overdue_case_with(hub, department: str) -> int:
    """A case dispatched to ``department`` whose deadline has passed (backdated, then swept)."""
    peer = await Peer.login(hub.port, "operator")
    event_id = (await peer.ok(REPORT))["event_id"]
    await peer.ok({"type": "event.accept", "event_id": event_id, "tier": "small"})
    await peer.ok({"type": "order.dispatch", "event_id": event_id, "to": {"department": department}})

    def backdate(unit):
        event = hub.state.event(event_id)
        unit.put_event(replace(event, due_at=clock.now() - timedelta(minutes=5), version=event.version + 1))

    await hub.committer.submit_internal(backdate)
    hub._sweep()
    await peer.close()
    return event_id


def test_a_supervisor_escalates_an_overdue_case_and_the_liaison_sees_it(qtbot, loop, sqlite_url):
    async def scenario():
        hub, desk, window = await _window(sqlite_url, "supervisor")
        assert type(window) is SupervisorDesk and window.tabs.count() == 5
        liaison = await live_desk(hub.port, "liaison.urban")
        panel = make_window(liaison, await fetch_grids(liaison))
        assert type(panel) is SeatPanel
        event_id = await _overdue_case_with(hub, "urban")
        overdue = window.watch.book.models[WatchList.OVERDUE]
        await until(lambda: overdue.row_of(event_id) is not None, what="the case on the overdue watch list")
        window.watch.eventChosen.emit(event_id)
        assert window.tabs.currentIndex() == 0 and window.current_event().id == event_id
        await window.send({"type": "event.escalate", "event_id": event_id, "note": "请今日内处置完毕"})
        await until(lambda: liaison.replica.events[event_id].escalation_level == 1, what="the escalation at the seat")
        panel.select_event(event_id)
        await until(lambda: "escalated 1×" in _form_text(panel.detail), what="the escalation in the seat's detail")
        assert "OVERDUE" in _form_text(panel.detail)
        await liaison.stop()
        await _close(hub, desk, window)

    loop.run_until_complete(scenario())


def _form_text(detail) -> str:
    form = detail.fields
    return " ".join(form.itemAt(i).widget().text() for i in range(form.count()) if form.itemAt(i).widget())


def test_the_supervisor_exports_the_table_in_front(qtbot, loop, sqlite_url, tmp_path):
    async def scenario():
        hub, desk, window = await _window(sqlite_url, "supervisor")
        await until(lambda: window.model.rowCount() > 0, what="the queue")
        path = str(tmp_path / "queue.csv")
        job = window.export_current(path)
        with qtbot.waitSignal(job.finished, timeout=20_000) as done:
            pass
        assert done.args == [True]
        with open(path, encoding="utf-8-sig") as f:
            rows = list(csv.reader(f))
        assert len(rows) == window.model.rowCount() + 1
        deadline = rows[0].index(window.model.headerData(COLUMNS.index("deadline"), Qt.Orientation.Horizontal))
        assert any(r[deadline] for r in rows[1:]), "the deadline column is exported as text"
        await _close(hub, desk, window)

    loop.run_until_complete(scenario())


def test_an_operator_records_a_hotline_call_with_its_request_type(qtbot, loop, sqlite_url):
    async def scenario():
        hub, desk, window = await _window(sqlite_url, "operator")
        dialog = IntakeDialog(window.grids, window)
        dialog.title.setText("楼道堆物占用消防通道")
        dialog.caller.setText("王女士")
        dialog.phone.setText("13800000000")
        dialog.category.setCurrentIndex(dialog.category.findData("fire_hazard"))
        dialog.grid.setCurrentIndex(3)
        fields = dialog.fields()
        assert fields["request_type"] == "complaint" and fields["source"] == "hotline"
        result = await window.send({"type": "event.report", **fields})
        await until(lambda: result["event_id"] in desk.replica.events, what="the new case in the replica")
        event = desk.replica.events[result["event_id"]]
        assert (event.request_type, event.reporter, event.grid_id) == ("complaint", "王女士", dialog.grid.currentData())
        assert window.model.row_of(event.id) is not None
        await _close(hub, desk, window)

    loop.run_until_complete(scenario())


def test_the_wall_account_opens_the_read_only_wall(qtbot, loop, sqlite_url):
    async def scenario():
        hub, desk, window = await _window(sqlite_url, "wall")
        assert type(window).__name__ == "WallDisplay"
        assert not window.findChildren(QPushButton) and not hasattr(window, "docks")
        await _close(hub, desk, window)

    loop.run_until_complete(scenario())
