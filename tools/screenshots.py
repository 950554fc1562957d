"""``make screenshots``: render the desks offscreen against a real local hub, in both languages
and both themes, to ``docs/screenshots/``."""
from __future__ import annotations

import asyncio
import gc
import json
import os
import sys
import tempfile
import uuid
from datetime import timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
from PySide6.QtWidgets import QApplication
from websockets.asyncio.client import connect

from commandcenter import i18n, theme
from commandcenter.app import make_window
from commandcenter.models import labels, video_links
from commandcenter.models.desk import Desk
from commandcenter.models.grids import fetch_grids
from commandcenter.net.demo import load_demo
from commandcenter.net.hub import Hub, HubConfig
from commandcenter.sim.simulator import SimConfig, run_simulator
from commandcenter.views.intake import IntakeDialog
from commandcenter.views.shortcuts import ShortcutSheet

OUT = Path(__file__).resolve().parent.parent / "docs" / "screenshots"
STREET = "130202001"  # 友谊街道 of the demo city: its street centre's desk
STREET_OPERATOR = f"operator.{STREET}"


async def start_hub() -> Hub:
    folder = tempfile.mkdtemp(prefix="cc-shots-")
    hub = Hub(HubConfig(db_url=f"sqlite:///{folder}/hub.sqlite3", port=0, synchronous="NORMAL"))
    await hub._db(hub.store.migrate, writer=True)
    await hub._db(load_demo, hub.store, "default", writer=True)
    await hub.start()
    return hub


async def settle(seconds: float = 0.3) -> None:
    """Let Qt paint (the qasync loop runs Qt's events while we sleep; a nested processEvents would
    run asyncio callbacks re-entrantly and break the simulator's tasks)."""
    await asyncio.sleep(seconds)


async def open_desk(hub: Hub, user: str):
    desk = Desk(f"ws://127.0.0.1:{hub.port}/ws", {"user": user, "password": "demo"})
    await desk.start()
    while desk.replica.seq is None:
        await asyncio.sleep(0.05)
    window = make_window(desk, await fetch_grids(desk))
    window.resize(1680, 1000)
    window.show()
    await settle(0.8)
    return desk, window


async def close_desk(desk: Desk, window) -> None:
    window.close()
    window.deleteLater()
    await desk.stop()
    await settle(0.2)
    gc.collect()  # here, on the GUI thread: a collection on the hub's writer thread must not free Qt objects


async def shoot(app: QApplication, hub: Hub, lang: str, look: str) -> None:
    i18n.install(app, lang)
    labels.clear()  # names cached in the previous language
    video_links.clear_names()
    theme.apply(app, look)
    tag = f"{lang}-{look}"
    for user, desk_shots in (("operator", shoot_operator), ("supervisor", shoot_supervisor),
                             (STREET_OPERATOR, shoot_street), ("liaison.urban", shoot_liaison),
                             ("wall", shoot_wall)):
        if user == "wall" and look == "light":
            continue  # the wall has one look of its own
        desk, window = await open_desk(hub, user)
        await desk_shots(window, tag)
        await close_desk(desk, window)


async def save(widget, name: str, seconds: float = 0.4) -> None:
    await settle(seconds)
    widget.grab().save(str(OUT / f"{name}.png"))


async def shoot_operator(window, tag: str) -> None:
    window.queue.selectRow(0)
    await save(window, f"console-{tag}")
    dialog = _dispatch_dialog(window)
    if dialog is not None:
        dialog.show()
        await save(dialog, f"dispatch-{tag}")
        dialog.close()
    intake = IntakeDialog(window.grids, window)
    intake.title.setText("楼道堆物占用消防通道")
    intake.caller.setText("王女士")
    intake.phone.setText("138****0000")
    intake.category.setCurrentIndex(intake.category.findData("fire_hazard"))
    intake.description.setPlainText("3号楼2单元楼道堆放纸箱和电动车，已持续一周，物业未处理。")
    intake.show()
    await save(intake, f"intake-{tag}")
    intake.close()
    sheet = ShortcutSheet(window)
    sheet.show()
    await save(sheet, f"shortcuts-{tag}")
    sheet.close()
    window.docks.show("seats")
    await save(window, f"seats-{tag}", 1.0)
    window.docks.docks["seats"].hide()
    video = window.docks.docks["video"]
    video.setFloating(True)
    video.resize(1500, 900)
    window.docks.show("video")
    await save(video, f"video-{tag}", 1.0)
    video.hide()
    video.setFloating(False)
    window.docks.show("alerts")
    await save(window, f"alerts-{tag}", 1.0)


async def shoot_supervisor(window, tag: str) -> None:
    window.tabs.setCurrentIndex(1)
    await save(window, f"watchlists-{tag}", 0.8)
    window.tabs.setCurrentIndex(2)
    await save(window, f"assessment-{tag}", 3.0)
    window.assessment.tabs.setCurrentWidget(window.assessment.grades)
    await save(window, f"grades-{tag}", 3.0)
    window.assessment.tabs.setCurrentIndex(0)
    window.tabs.setCurrentWidget(window.approvals)
    await save(window, f"approvals-{tag}", 0.8)
    window.tabs.setCurrentWidget(window.rulings)
    await save(window, f"rulings-{tag}", 0.8)
    window.tabs.setCurrentIndex(0)
    await shoot_field(window, tag)


async def shoot_street(window, tag: str) -> None:
    """A street centre's console: its own area only, the centre in the title bar, an SOS waiting."""
    window.queue.selectRow(0)
    await save(window, f"street-console-{tag}", 1.0)


async def shoot_field(window, tag: str) -> None:
    """The supervisor's map with the patrol coverage layer, then a worker's day replayed."""
    field = window.field
    field.coverage_toggle.click()
    await save(window, f"coverage-{tag}", 3.0)
    field.coverage_toggle.click()
    workers = window.desk.replica.workers
    walking = [w for w in workers.index if workers.get(w).status == "patrol"] or list(workers.index)
    window.map.workerClicked.emit(workers.index[walking[0]])
    panel = field.replay.widget()
    panel.load.click()
    await settle(2.0)
    span = panel.track.span()
    if span is not None:
        panel.controls.seek((span[0] + 2 * span[1]) // 3)
    await save(window, f"replay-{tag}", 1.0)


async def shoot_wall(window, tag: str) -> None:
    lang = tag.split("-")[0]
    for width, height in ((1920, 1080), (3840, 2160)):
        window.resize(width, height)
        await save(window, f"wall-{width}x{height}-{lang}", 3.0)


async def shoot_liaison(window, tag: str) -> None:
    window.table.selectRow(0)
    await save(window, f"seat-panel-{tag}", 1.0)


async def as_user(hub: Hub, user: str, *frames: dict) -> list[dict]:
    """Send ``frames`` as ``user`` one after another; their answers (ack results, or {} after an error)."""
    answers = []
    async with connect(f"ws://127.0.0.1:{hub.port}/ws", max_size=None) as ws:
        await ws.send(json.dumps({"type": "hello", "id": "h", "protocol": 1,
                                  "auth": {"user": user, "password": "demo"}, "resume_from": None}))
        for frame in frames:
            request_id = uuid.uuid4().hex  # a fresh idempotency key per command
            await ws.send(json.dumps({**frame, "id": request_id}))
            while True:
                answer = json.loads(await ws.recv())
                if answer.get("id") == request_id:
                    answers.append(answer.get("result") or {})
                    break
    return answers


async def send_sos(hub: Hub) -> None:
    """A worker of the street centre's area calls for help (the simulator's own calls are rarer)."""
    worker = next(w for w in hub.book.records if w.grid_id.startswith(STREET))
    await as_user(hub, worker.id, {"type": "sos", "lat": worker.lat or 39.62, "lon": worker.lon or 118.18,
                                   "note": "被围堵"})


async def stage_practice(hub: Hub) -> None:
    """Requests waiting for the supervisor and a case bounced twice (the demo's history has neither)."""
    accepted = [e.id for e in hub.state.events.items.values() if e.status == "accepted"][:3]
    to_urban = {"type": "order.dispatch", "to": {"department": "urban"}}
    for event_id in accepted[:1]:
        for _ in range(2):
            (order,) = await as_user(hub, "operator", {**to_urban, "event_id": event_id})
            if order.get("order_id"):
                await as_user(hub, "liaison.urban", {"type": "order.return", "order_id": order["order_id"],
                                                     "reason": "不属于本部门职责，建议转住建"})
    for event_id in accepted[1:2]:
        (order,) = await as_user(hub, "operator", {**to_urban, "event_id": event_id})
        due = hub.state.event(event_id).due_at
        if order.get("order_id") and due is not None:
            ask = {"type": "approval.request", "kind": "extension", "event_id": event_id,
                   "order_id": order["order_id"], "reason": "需协调产权单位，材料未到",
                   "until": (due + timedelta(days=3)).isoformat()}
            await as_user(hub, "liaison.urban", ask)
    for event_id in accepted[2:3]:
        await as_user(hub, "operator", {"type": "approval.request", "kind": "park", "event_id": event_id,
                                        "reason": "历史遗留问题，需纳入年度改造计划"})


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
    stop = asyncio.Event()
    simulator = asyncio.create_task(run_simulator(SimConfig(f"ws://127.0.0.1:{hub.port}/ws", speed=60), stop))
    await asyncio.sleep(8)  # video links report, seats staff up, orders move
    await send_sos(hub)
    await stage_practice(hub)
    for lang in ("zh_CN", "en"):
        for look in ("dark", "light"):
            await shoot(app, hub, lang, look)
    stop.set()
    await asyncio.wait({simulator}, timeout=10)
    await hub.stop()
    print(f"screenshots in {OUT}")


if __name__ == "__main__":
    import faulthandler

    faulthandler.dump_traceback_later(float(os.environ.get("SCREENSHOT_WATCHDOG_S", "600")), exit=True)
    application = QApplication(sys.argv[:1])
    application.setQuitOnLastWindowClosed(False)
    qasync.run(main())
    os._exit(0)  # skip interpreter teardown: Qt objects outliving the loop are not worth a crash at exit
