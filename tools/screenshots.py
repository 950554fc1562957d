"""``make screenshots``: render the desks offscreen against a real local hub, in both languages
and both themes, to ``docs/screenshots/``."""
from __future__ import annotations

import asyncio
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtWidgets import QApplication

from commandcenter import i18n, theme
from commandcenter.app import make_window
from commandcenter.models import labels
from commandcenter.models.desk import Desk
from commandcenter.models.grids import fetch_grids
from commandcenter.net.demo import load_demo
from commandcenter.net.hub import Hub, HubConfig
from commandcenter.views.shortcuts import ShortcutSheet

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


async def start_hub() -> Hub:
    folder = tempfile.mkdtemp(prefix="cc-shots-")
    hub = Hub(HubConfig(db_url=f"sqlite:///{folder}/hub.sqlite3", port=0, synchronous="NORMAL"))
    await hub._db(hub.store.migrate, writer=True)
    await hub._db(load_demo, hub.store, "default", writer=True)
    await hub.start()
    return hub


async def settle(seconds: float = 0.3) -> None:
    await asyncio.sleep(seconds)
    QApplication.processEvents()


async def shoot(app: QApplication, hub: Hub, lang: str, look: str) -> None:
    i18n.install(app, lang)
    labels.clear()  # names cached in the previous language
    theme.apply(app, look)
    desk = Desk(f"ws://127.0.0.1:{hub.port}/ws", {"user": "operator", "password": "demo"})
    await desk.start()
    while desk.replica.seq is None:
        await asyncio.sleep(0.05)
    window = make_window(desk, await fetch_grids(desk))
    window.resize(1680, 1000)
    window.show()
    await settle(0.5)
    window.queue.selectRow(0)
    await settle()
    tag = f"{lang}-{look}"
    window.grab().save(str(OUT / f"console-{tag}.png"))
    dialog = _dispatch_dialog(window)
    if dialog is not None:
        dialog.show()
        await settle()
        dialog.grab().save(str(OUT / f"dispatch-{tag}.png"))
        dialog.close()
    sheet = ShortcutSheet(window)
    sheet.show()
    await settle()
    sheet.grab().save(str(OUT / f"shortcuts-{tag}.png"))
    sheet.close()
    window.close()
    await desk.stop()


def _dispatch_dialog(window):
    from commandcenter.views.dispatch import DispatchDialog

    for row in range(window.model.rowCount()):
        event = window.desk.replica.events.get(window.model.event_id(row))
        if event is not None and event.status == "accepted":
            window.queue.selectRow(row)
            return DispatchDialog(window.desk.replica, event, window.model.grid_names, window)
    return None


async def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    hub = await start_hub()
    for lang in ("zh_CN", "en"):
        for look in ("dark", "light"):
            await shoot(app, hub, lang, look)
    await hub.stop()
    print(f"screenshots in {OUT}")


if __name__ == "__main__":
    import faulthandler

    faulthandler.dump_traceback_later(float(os.environ.get("SCREENSHOT_WATCHDOG_S", "600")), exit=True)
    application = QApplication(sys.argv[:1])
    application.setQuitOnLastWindowClosed(False)
    qasync.run(main())
    os._exit(0)  # skip interpreter teardown: Qt objects outliving the loop are not worth a crash at exit
