"""Duplicate candidates beside the console's detail against a real hub, and the one-key merge (M)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from commandcenter.models.duplicates import DuplicateCandidatesModel, apart
from commandcenter.views.console import OperatorConsole
from commandcenter.views.practice_dialogs import ConfirmDialog
from tests.desktop import live_desk, press, until
from tests.statskit import start_quiet_hub
from tests.test_console_practice import answer_next

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

COVER = {"type": "event.report", "category": "public_facility", "source": "hotline", "severity": 2,
         "lat": 39.6300, "lon": 118.1800}
TEXTS = [("井盖破损", "幸福路12号门口井盖破损，行人容易踩空"), ("井盖破了", "幸福路12号门口的井盖破损，晚上很危险"),
         ("路口井盖丢失", "幸福路12号井盖破损丢失，请尽快处理")]


async def three_covers(qtbot, url: str):
    hub = await start_quiet_hub(url)
    desk = await live_desk(hub.port)
    ids = [(await desk.send({**COVER, "title": t, "description": d, "lat": COVER["lat"] + n * 1e-4}))["event_id"]
           for n, (t, d) in enumerate(TEXTS)]
    await until(lambda: all(i in desk.replica.events for i in ids), what="reports seen")
    window = OperatorConsole(desk)
    qtbot.addWidget(window)
    window.show()
    return hub, desk, window, ids


def test_the_panel_lists_the_candidates_and_the_queue_marks_the_row(qtbot: QtBot, loop, qtmodeltester, sqlite_url):
    async def scenario():
        hub, desk, window, (a, b, c) = await three_covers(qtbot, sqlite_url)
        window.select_event(c)
        panel = window.duplicates
        await until(lambda: panel.model.rowCount() == 2, what="candidates listed")
        assert {panel.model.candidate(r) for r in range(2)} == {a, b} and panel.selected() in (a, b)
        assert panel.model.index(0, 3).data().endswith(" m") and panel.merge.isEnabled()
        qtmodeltester.check(panel.model, force_py=True)
        title = window.model.index(window.model.row_of(c), 4).data()
        assert title.startswith("dup?") and window.model.index(window.model.row_of(a), 4).data() == TEXTS[0][0]
        await desk.stop()
        await hub.stop()

    loop.run_until_complete(scenario())


def test_m_merges_the_shown_report_into_the_chosen_candidate_after_asking(qtbot: QtBot, loop, sqlite_url):
    async def scenario():
        hub, desk, window, (_a, _b, c) = await three_covers(qtbot, sqlite_url)
        window.select_event(c)
        await until(lambda: window.duplicates.model.rowCount() == 2, what="candidates listed")
        into = window.duplicates.selected()
        answer_next(ConfirmDialog)
        window.queue.setFocus()
        press(qtbot, window.queue, Qt.Key.Key_M)
        await until(lambda: hub.state.event(into) is not None and c in hub.state.event(into).duplicates, what="merged")
        assert hub.state.event(c) is None or hub.state.event(c).status == "merged"
        await desk.stop()
        await hub.stop()

    loop.run_until_complete(scenario())


def test_declining_the_merge_changes_nothing(qtbot: QtBot, loop, sqlite_url):
    async def scenario():
        hub, desk, window, (a, _b, c) = await three_covers(qtbot, sqlite_url)
        window.select_event(c)
        await until(lambda: window.duplicates.model.rowCount() == 2, what="candidates listed")
        answer_next(ConfirmDialog, accept=False)
        seen = []
        window.duplicates.mergeRequested.connect(lambda: seen.append(True))
        QTimer.singleShot(0, window.duplicates.merge.click)
        await until(lambda: seen, what="asked")
        assert hub.state.event(c).status == "reported" and not hub.state.event(a).duplicates
        await desk.stop()
        await hub.stop()

    loop.run_until_complete(scenario())


def test_time_apart_reads_as_a_person_says_it():
    assert (apart(12), apart(150), apart(3 * 1440)) == ("12 min", "2.5 h", "3.0 d")


def test_an_empty_candidates_model_passes_the_model_tester(qtmodeltester):
    class NoDesk:
        class replica:
            events: dict = {}

    qtmodeltester.check(DuplicateCandidatesModel(NoDesk()), force_py=True)
