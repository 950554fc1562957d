"""Each role opens its own desk (app.make_window), and the desks work together over a real hub."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from commandcenter.app import make_window
from commandcenter.models.grids import fetch_grids
from commandcenter.views.console import OperatorConsole
from tests.desktop import hub_and_desk

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
