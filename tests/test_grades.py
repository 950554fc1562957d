"""Grades (考核评分) and the red/black lists (红黑榜) against a real hub's ``query.assessment``."""
from __future__ import annotations

from datetime import timedelta

import openpyxl
import pytest
from PySide6.QtCore import Qt

from commandcenter.domain import clock
from commandcenter.domain.assessment import period
from commandcenter.models import labels
from commandcenter.views.assessment import AssessmentView
from commandcenter.views.wall_ranking import WallRanking
from tests.desktop import hub_and_desk, live_desk, until
from tests.practicekit import backdate
from tests.test_seat_panel import dispatched

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

FLOORS = ((90, "A"), (75, "B"), (60, "C"), (40, "D"), (0, "E"))


async def graded_city(hub, boss) -> None:
    """Water: two cases due, one of them handled; urban: one due, untouched (both already due)."""
    seat = await live_desk(hub.port, "liaison.water")
    cases = [await dispatched(boss, "water"), await dispatched(boss, "water"), await dispatched(boss, "urban")]
    order_id = cases[0][1]
    await until(lambda: order_id in seat.replica.orders, what="liaison sees the order")
    await seat.send({"type": "order.receive", "order_id": order_id})
    await seat.send({"type": "order.complete", "order_id": order_id, "note": "已修复"})
    for event_id, _ in cases:
        await backdate(hub, event_id, due_at=clock.now() - timedelta(minutes=10))
    await seat.stop()


async def grades_page(qtbot, url):
    hub, boss = await hub_and_desk(url, "supervisor")
    since, until_at = clock.now() - timedelta(days=1), clock.now() + timedelta(days=2)
    asked = {"type": "query.assessment", "since": since.isoformat(), "until": until_at.isoformat()}
    before = await water_row(boss, asked)
    await graded_city(hub, boss)
    after = await water_row(boss, asked)
    assert (after["should_close"] - before["should_close"], after["closed"] - before["closed"]) == (2, 1)
    view = AssessmentView(boss, [])
    qtbot.addWidget(view)
    grades = view.grades
    view.tabs.setCurrentWidget(grades)
    await until(lambda: view.period is not None, what="the tab's own first load")  # not to race it
    grades.show_period(since, until_at)
    await until(lambda: "department" in grades.answers, what="grades loaded")
    return hub, boss, view, grades, asked


async def water_row(desk, asked: dict) -> dict:
    rows = (await desk.send({**asked, "group_by": "department"}))["rows"]
    return next((r for r in rows if r["key"] == "water"), {"should_close": 0, "closed": 0})


def column(model, number: int) -> list[str]:
    return [model.index(row, number).data() for row in range(model.rowCount())]


def test_the_grades_model_passes_the_model_tester(qtmodeltester, qtbot, loop, sqlite_url):
    async def scenario():
        hub, boss, _view, grades, _asked = await grades_page(qtbot, sqlite_url)
        assert grades.model.rowCount() >= 2
        qtmodeltester.check(grades.model, force_py=True)
        await boss.stop()
        await hub.stop()

    loop.run_until_complete(scenario())


def test_the_grades_page_shows_the_hubs_rows_ranked_with_their_letters(qtbot, loop, sqlite_url):
    async def scenario():
        hub, boss, view, grades, asked = await grades_page(qtbot, sqlite_url)
        rows = (await boss.send({**asked, "group_by": "department"}))["rows"]
        water = next(r for r in rows if r["key"] == "water")
        model = grades.model
        names, letters, scores = column(model, 1), column(model, 2), column(model, 3)
        graded = [r for r in rows if r["key"] and r["score"] is not None]
        assert len(names) == len(rows) and view.current_model() is model
        for rank, (letter, score) in enumerate(zip(letters[:len(graded)], scores[:len(graded)], strict=True)):
            assert letter == next(g for floor, g in FLOORS if float(score) >= floor), rank
        assert [float(s) for s in scores[:len(graded)]] == sorted((r["score"] for r in graded), reverse=True)
        row = names.index("Water")
        assert (letters[row], scores[row]) == (water["grade"], f"{water['score']:.1f}")
        assert grades.chart.shown == [r["key"] for r in sorted(graded, key=lambda r: (-r["score"], r["key"]))]
        await boss.stop()
        await hub.stop()

    loop.run_until_complete(scenario())


def test_the_red_and_black_lists_and_another_grouping(qtbot, loop, sqlite_url):
    async def scenario():
        hub, boss, _view, grades, asked = await grades_page(qtbot, sqlite_url)
        grades.size.setValue(1)
        red, black = grades.red.item(0).text(), grades.black.item(0).text()
        scores = sorted(float(s) for s in column(grades.model, 3) if s != "—")
        assert red.startswith("1. ") and red.endswith(f"{scores[-1]:.1f}") and black.endswith(f"{scores[0]:.1f}")
        grades.picker.setCurrentIndex(grades.picker.findData("operator"))
        await until(lambda: "operator" in grades.answers, what="by operator")
        rows = (await boss.send({**asked, "group_by": "operator"}))["rows"]
        assert grades.model.headerData(1, Qt.Orientation.Horizontal) == "Operator"
        assert sorted(column(grades.model, 1)) == sorted(r["key"] or "No operator" for r in rows)
        await boss.stop()
        await hub.stop()

    loop.run_until_complete(scenario())


def test_the_grades_export_to_xlsx(qtbot, loop, sqlite_url, tmp_path):
    async def scenario():
        hub, boss, _view, grades, _asked = await grades_page(qtbot, sqlite_url)
        job = grades.export(str(tmp_path / "grades.xlsx"))
        done = []
        job.finished.connect(done.append)
        await until(lambda: done, what="export done")
        sheet = openpyxl.load_workbook(tmp_path / "grades.xlsx").active
        values = list(sheet.values)
        assert values[0][:4] == ("Rank", "Department", "Grade", "Score")
        assert [v[1] for v in values[1:]] == column(grades.model, 1) and values[1][0] == "1"
        await boss.stop()
        await hub.stop()

    loop.run_until_complete(scenario())


def test_the_wall_shows_the_best_and_the_worst_department(qtbot, loop, sqlite_url):
    async def scenario():
        hub, boss = await hub_and_desk(sqlite_url, "supervisor")
        await graded_city(hub, boss)
        wall = await live_desk(hub.port, "wall")
        ranking = WallRanking(wall, rows=1)
        qtbot.addWidget(ranking)
        ranking.refresh()
        await until(lambda: ranking.shown(0), what="ranking loaded")
        since, until_at = period("30d", clock.now().date())
        rows = (await boss.send({"type": "query.assessment", "since": since.isoformat(),
                                 "until": until_at.isoformat(), "group_by": "department"}))["rows"]
        graded = sorted((r for r in rows if r["key"] and r["score"] is not None), key=lambda r: -r["score"])
        best, worst = ranking.lists[0][0], ranking.lists[1][0]
        assert (best["score"], worst["score"]) == (graded[0]["score"], graded[-1]["score"])
        assert ranking.shown(1) == [labels.department(worst["key"])]
        for desk in (wall, boss):
            await desk.stop()
        await hub.stop()

    loop.run_until_complete(scenario())
