"""A desk's cold start, as the desktop does it: hello, snapshot, replica, event index, queue model.

``python -m bench.desk_start PORT`` (offscreen Qt, its own process) prints JSON with the seconds
from the start of the connection to the first live queue, and the rows it shows.
"""
from __future__ import annotations

import asyncio
import json
import sys
import time

import qasync
from PySide6.QtWidgets import QApplication

from commandcenter.models.desk import Desk
from commandcenter.models.event_queue import EventQueueModel

from .common import exit_now


async def cold_start(port: int) -> dict:
    started = time.perf_counter()
    desk = Desk(f"ws://127.0.0.1:{port}/ws", {"user": "operator", "password": "demo"})
    model = EventQueueModel(desk)
    ready = asyncio.get_running_loop().create_future()
    desk.changed.connect(lambda changes: changes.reset and not ready.done() and ready.set_result(None))
    await desk.start()
    await asyncio.wait_for(ready, 120)
    seconds = time.perf_counter() - started
    rows = model.rowCount()
    await desk.stop()
    return {"seconds": seconds, "rows": rows, "events": len(desk.replica.events), "workers": len(desk.replica.workers)}


def main() -> None:
    _app = QApplication.instance() or QApplication([])
    result = qasync.run(cold_start(int(sys.argv[1])))
    print(json.dumps(result))
    exit_now()


if __name__ == "__main__":
    main()
