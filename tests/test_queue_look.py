"""The queue's row looks (one call per painted cell) against a real hub: they answer what the roles
answer, follow the desk's changes, and paint the same pixels as the roles asked one by one."""
from __future__ import annotations

import time
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from commandcenter.models.event_queue import COLUMNS, EventQueueModel, LookRole, StatusRole
from commandcenter.views.queue_table import make_queue_view
from commandcenter.widgets import delegates
from tests.desktop import hub_and_desk, until

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
REPORT = {"type": "event.report", "category": "water_supply", "title": "水管爆裂", "description": "", "lat": 39.63,
          "lon": 118.18, "source": "hotline", "severity": 3}


def roles_of_row(model: EventQueueModel, row: int) -> tuple:
    cells = [model.index(row, column) for column in range(len(COLUMNS))]
    return (tuple(c.data() for c in cells), cells[0].data(Qt.ItemDataRole.FontRole),
            cells[0].data(Qt.ItemDataRole.BackgroundRole), cells[7].data(StatusRole))


def test_a_look_answers_what_the_roles_answer_and_follows_the_desk(loop, sqlite_url):
    async def scenario():
        hub, desk = await hub_and_desk(sqlite_url)
        model = EventQueueModel(desk)
        event_id = (await desk.send(REPORT))["event_id"]
        await until(lambda: model.row_of(event_id) is not None, what="report shown")
        look = model.index(model.row_of(event_id), 3).data(LookRole)
        assert look.font is not None and look.background is not None  # new: bold and tinted
        assert (look.texts, look.font, look.background, look.values[StatusRole]) == roles_of_row(
            model, model.row_of(event_id))
        model.mark_seen(event_id)
        assert model.index(model.row_of(event_id), 0).data(LookRole).values[StatusRole] == "reported"  # kept
        await desk.send({"type": "event.accept", "event_id": event_id, "tier": "small"})
        await until(lambda: model.index(model.row_of(event_id), 0).data(LookRole).values[StatusRole] == "accepted",
                    what="accepted")
        look = model.index(model.row_of(event_id), 0).data(LookRole)
        assert look.font is None and look.background is None
        assert (look.texts, look.font, look.background, "accepted") == roles_of_row(model, model.row_of(event_id))
        await desk.stop()
        await hub.stop()

    loop.run_until_complete(scenario())


def test_the_look_paints_the_pixels_the_roles_paint(qtbot: QtBot, loop, sqlite_url, monkeypatch):
    instant = time.time()
    monkeypatch.setattr(delegates, "time", SimpleNamespace(time=lambda: instant))  # both views, one instant

    async def scenario():
        hub, desk = await hub_and_desk(sqlite_url)
        model = EventQueueModel(desk)
        event_id = (await desk.send(REPORT))["event_id"]  # a bold, tinted row among the plain ones
        await until(lambda: model.row_of(event_id) is not None, what="report shown")
        views = [make_queue_view(model), make_queue_view(model)]
        for column in (6, 7, 9, 10):
            views[1].itemDelegateForColumn(column).look_role = None  # each role asked on its own
        for view in views:
            qtbot.addWidget(view)
            view.resize(1280, 400)
            view.show()
            view.selectRow(model.row_of(event_id) + 1)
        fast, plain = (view.grab().toImage() for view in views)
        assert fast == plain and not fast.isNull()
        await desk.stop()
        await hub.stop()

    loop.run_until_complete(scenario())
