"""Desktop test kit: a qasync loop on the test's QApplication, a real hub on it, a live desk."""
from __future__ import annotations

import asyncio
from collections.abc import Callable

import qasync
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog

from commandcenter.models.desk import Desk
from tests.hubkit import start_hub


def make_loop(app: QApplication) -> qasync.QEventLoop:
    loop = qasync.QEventLoop(app, already_running=False)
    asyncio.set_event_loop(loop)
    return loop


async def until(predicate: Callable[[], bool], timeout: float = 10.0, what: str = "condition") -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.02)


async def live_desk(port: int, user: str = "operator") -> Desk:
    desk = Desk(f"ws://127.0.0.1:{port}/ws", {"user": user, "password": "demo"})
    await desk.start()
    await until(lambda: desk.state == "live" and desk.replica.seq is not None, what=f"{user} live")
    return desk


async def hub_and_desk(url: str, user: str = "operator"):
    hub = await start_hub(url)
    return hub, await live_desk(hub.port, user)


_LOOP: qasync.QEventLoop | None = None


def shared_loop(app: QApplication) -> qasync.QEventLoop:
    """One qasync loop for the whole session: Qt and asyncio share a thread, so loops cannot come and go."""
    global _LOOP
    if _LOOP is None:
        app.setQuitOnLastWindowClosed(False)  # a test closing its window must not stop the shared loop
        _LOOP = make_loop(app)
    asyncio.set_event_loop(_LOOP)
    return _LOOP


def accept_next_dialog(after_ms: int = 150) -> None:
    """Accept the next modal dialog once it shows (it runs its own nested Qt loop)."""
    def press_ok() -> None:
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        if not shown:
            QTimer.singleShot(50, press_ok)
            return
        shown[-1].accept()

    QTimer.singleShot(after_ms, press_ok)


def press(qtbot, widget, key) -> None:
    """Press a key from the Qt event loop, as a person would: a modal dialog it opens runs its own
    nested loop there, not inside an asyncio callback (which qasync cannot nest)."""
    QTimer.singleShot(0, lambda: qtbot.keyClick(widget, key))
