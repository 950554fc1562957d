"""Desktop test kit: a qasync loop on the test's QApplication, a real hub on it, a live desk."""
from __future__ import annotations

import asyncio
from collections.abc import Callable

import qasync
from PySide6.QtWidgets import QApplication

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
