"""``commandcenter``: the desktop. With no ``--hub`` it starts an embedded local hub (demo city,
simulator) as a child process and stops it on exit; the role that logs in picks the view."""
from __future__ import annotations

import argparse
import asyncio
import logging
import sys

import numpy as np
from PySide6.QtWidgets import QApplication

from . import i18n, log as logs, theme

log = logging.getLogger("models")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="commandcenter", description="Command Centre desktop")
    p.add_argument("--hub", help="join a shared hub, e.g. ws://host:8765/ws (default: start a local one)")
    p.add_argument("--user", default=None)
    p.add_argument("--password", default=None)
    p.add_argument("--lang", default=None, help="zh_CN or en (default: from the locale)")
    p.add_argument("--theme", default="dark", choices=theme.THEMES)
    p.add_argument("--wall", action="store_true", help="log in as the wall display")
    p.add_argument("--rotate", type=float, default=None, metavar="SECONDS",
                   help="the wall rotates its side panels every SECONDS (for smaller walls)")
    p.add_argument("--speed", type=float, default=1.0, help="simulator speed of the embedded hub")
    p.add_argument("--log-level", default="INFO")
    return p


def make_city(grids: list[dict]):
    """The city map with its grid and district outlines, in the application's theme."""
    from .widgets.map_view import CityMap

    city = CityMap()
    proper = [g for g in grids if g["kind"] in ("comprehensive", "exclusive", "special")]
    city.set_grids([np.asarray(g["polygon"], dtype=float) for g in proper])
    city.set_areas([np.asarray(g["polygon"], dtype=float) for g in grids if g["kind"] == "district"])
    city.set_theme(theme.current(QApplication.instance()))
    return city


def make_window(desk, grids: list[dict], rotate_s: float | None = None):
    """The view for the role that logged in: the wall display, a liaison's seat panel, the
    supervisor desk, or the operator console (operators and admins)."""
    from .views.field_desk import FieldDesk
    from .views.map_binding import MapBinding

    role = desk.session.get("role", "operator")
    if role == "wall":
        from .views.coverage import on_wall as coverage_on_wall
        from .views.sos_alarm import on_wall
        from .views.wall import WallDisplay

        window = WallDisplay(desk, grids, rotate_s=rotate_s)  # its own dark map and look, read-only
        window.sos = on_wall(window, desk, grids)
        window.coverage = coverage_on_wall(window, desk, grids)  # key C
        return window
    city = make_city(grids)
    grid_names = {g["id"]: g["name"] for g in grids}
    if role == "liaison":
        from .views.seat_panel import SeatPanel

        window = SeatPanel(desk, city)  # binds its map itself: only the seat's own cases
        window.model.set_names(grid_names)
        window.field = FieldDesk(window, desk, grids)  # the centre and the SOS banner
        return window
    if role == "supervisor":
        from .views.supervisor import SupervisorDesk

        window = SupervisorDesk(desk, city, grids)
        window.watch.set_names(grid_names)
    else:
        from .views.console import OperatorConsole

        window = OperatorConsole(desk, city)
    window.grids = grids
    window.model.set_names(grid_names, {str(w.id): w.name for w in desk.replica.workers.records})
    window.map_binding = MapBinding(desk, city, window)
    if role in ("operator", "supervisor", "admin"):
        from .views.desk_docks import DeskDocks

        window.docks = DeskDocks(window, desk, grids, city)
    window.field = FieldDesk(window, desk, grids)  # Levels and the field: centre, area, delegate, SOS, replay
    return window


async def run(args: argparse.Namespace) -> int:
    from .launcher import EmbeddedHub
    from .models.grids import fetch_grids
    from .views.login import LoginDialog

    hub = None
    url = args.hub
    if url is None:
        hub = EmbeddedHub(speed=args.speed)
        await hub.start()
        url = hub.url
    user = args.user or ("wall" if args.wall else "operator")
    password = args.password if args.password is not None else ("demo" if hub else "")
    desk = await LoginDialog(url, user, password).run()
    if desk is None:
        await _stop(None, hub)
        return 0
    window = make_window(desk, await fetch_grids(desk), rotate_s=args.rotate)
    closed = asyncio.get_running_loop().create_future()
    window.destroyed.connect(lambda: closed.done() or closed.set_result(None))
    window.closeEvent = lambda event: (event.accept(), closed.done() or closed.set_result(None))
    window.showFullScreen() if args.wall else window.show()
    await closed
    await _stop(desk, hub)
    return 0


async def _stop(desk, hub) -> None:
    if desk is not None:
        await desk.stop()
    if hub is not None:
        await hub.stop()


def main(argv: list[str] | None = None) -> None:
    import qasync
    args = parser().parse_args(argv)
    logs.init(args.log_level)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Command Centre")
    i18n.install(app, i18n.choose(args.lang))
    theme.apply(app, args.theme)
    sys.exit(qasync.run(run(args)))


if __name__ == "__main__":
    main()
