"""Scoped desks over a real hub (PROTOCOL.md "Levels and the field"): the centre in the title, the
queue and map confined to the area, cases held above read-only, delegate through the picker, a city
supervisor's area switch, and the SOS banner on exactly the desks of the area."""
from __future__ import annotations

import asyncio

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton

from commandcenter.app import make_window
from commandcenter.models.grids import fetch_grids
from tests.desktop import accept_next_dialog, live_desk, press, until
from tests.hubkit import Peer, start_hub
from tests.levelkit import DISTRICT, OTHER_STREET, STREET, add_desk, worker_in

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


async def _open(hub, user: str):
    desk = await live_desk(hub.port, user)
    window = make_window(desk, await fetch_grids(desk))
    window.resize(1400, 900)
    window.show()
    return desk, window


async def _close(*pairs) -> None:
    for desk, window in pairs:
        window.deleteLater()
        await desk.stop()


def _street_case(desk, status: str = "reported"):
    return next(e for e in sorted(desk.replica.events.values(), key=lambda e: e.id)
                if e.status == status and e.level == "street" and e.grid_id.startswith(STREET))


def _buttons(window) -> list[str]:
    row = window.detail.buttons
    widgets = (row.itemAt(i).widget() for i in range(row.count()))
    return [w.objectName() for w in widgets if isinstance(w, QPushButton)]


def _button(window, name: str) -> QPushButton:
    row = window.detail.buttons
    return next(w for w in (row.itemAt(i).widget() for i in range(row.count())) if w.objectName() == name)


def test_a_street_console_names_its_centre_and_holds_only_its_street(qtbot, loop, sqlite_url):
    async def scenario():
        hub = await start_hub(sqlite_url)
        desk, window = await _open(hub, f"operator.{STREET}")
        assert window.windowTitle().startswith("友谊街道 · ") and "友谊街道" in window.statusBar().centre.text()
        rows = [window.model.event_id(r) for r in range(window.model.rowCount())]
        assert rows and all(desk.replica.events[i].grid_id.startswith(STREET) for i in rows)
        assert len(rows) < len(hub.state.events.items)
        binding = window.map_binding
        assert binding.area == STREET and not binding.outline.path().isEmpty()
        view = window.map.viewbox.viewRect()
        lon0, lat0, lon1, lat1 = window.field.centre.bounds(STREET)
        assert view.left() <= lon0 and view.right() >= lon1 and view.top() <= lat0 and view.bottom() >= lat1
        assert view.width() < 3 * (lon1 - lon0) or view.height() < 3 * (lat1 - lat0)  # the street, not the city
        await _close((desk, window))
        await hub.stop()

    loop.run_until_complete(scenario())


def test_a_case_escalated_to_the_district_is_read_only_at_the_street(qtbot, loop, sqlite_url):
    async def scenario():
        hub = await start_hub(sqlite_url)
        desk, window = await _open(hub, f"supervisor.{STREET}")
        event = _street_case(desk)
        window.select_event(event.id)
        assert "action_accept" in _buttons(window) and "action_delegate" in _buttons(window)
        await desk.send({"type": "event.escalate", "event_id": event.id, "note": "需区级协调"})
        await until(lambda: not _buttons(window), what="read-only detail")
        note = window.detail.findChild(QLabel, "held_note").text()
        assert "路北区" in note and "district centre" in note
        window.select_event(event.id)
        window.queue.setFocus()
        press(qtbot, window.queue, Qt.Key.Key_A)  # the console's key opens no dialog on a held case
        await asyncio.sleep(0.3)
        opened = [w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        for dialog in opened:
            dialog.reject()  # (a failing run must not hang in the dialog's loop)
        assert window.current_event().id == event.id and not opened
        await _close((desk, window))
        await hub.stop()

    loop.run_until_complete(scenario())


def test_the_district_delegates_through_the_picker_and_the_street_acts(qtbot, loop, sqlite_url):
    async def scenario():
        hub = await start_hub(sqlite_url)
        district, window = await _open(hub, f"supervisor.{DISTRICT}")
        event = _street_case(district)
        await district.send({"type": "event.escalate", "event_id": event.id, "note": "区级督办"})
        await until(lambda: district.replica.events[event.id].level == "district", what="held by the district")
        window.select_event(event.id)
        await until(lambda: "action_delegate" in _buttons(window), what="delegate offered")
        accept_next_dialog()  # the picker's first choice: the street, one level down
        _button(window, "action_delegate").click()
        await until(lambda: district.replica.events[event.id].held_by == STREET, what="delegated")
        street = await live_desk(hub.port, f"operator.{STREET}")
        await street.send({"type": "event.accept", "event_id": event.id, "tier": "small"})
        assert hub.state.event(event.id).status == "accepted"
        await street.stop()
        await _close((district, window))
        await hub.stop()

    loop.run_until_complete(scenario())


def test_a_city_supervisor_switches_between_all_areas_and_one(qtbot, loop, sqlite_url):
    async def scenario():
        hub = await start_hub(sqlite_url)
        desk, window = await _open(hub, "supervisor")
        switch = window.filters.scope
        assert not switch.isHidden() and switch.itemData(0) is None
        everything = window.model.rowCount()
        switch.setCurrentIndex(switch.findData(STREET))
        await until(lambda: 0 < window.model.rowCount() < everything, what="narrowed queue")
        rows = [window.model.event_id(r) for r in range(window.model.rowCount())]
        assert all(desk.replica.events[i].grid_id.startswith(STREET) for i in rows)
        assert window.map_binding.area == STREET
        switch.setCurrentIndex(0)
        await until(lambda: window.model.rowCount() == everything, what="every area again")
        assert window.map_binding.area is None
        await _close((desk, window))
        await hub.stop()

    loop.run_until_complete(scenario())


def test_a_scoped_operator_gets_no_area_switch(qtbot, loop, sqlite_url):
    async def scenario():
        hub = await start_hub(sqlite_url)
        desk, window = await _open(hub, f"operator.{STREET}")
        assert window.filters.scope.isHidden()
        await _close((desk, window))
        await hub.stop()

    loop.run_until_complete(scenario())


def _banner_texts(window) -> list[str]:
    return window.field.sos.banner.texts() if hasattr(window, "field") else window.sos.banner.texts()


def test_an_sos_shows_on_the_desks_of_its_area_until_acknowledged(qtbot, loop, sqlite_url):
    async def scenario():
        hub = await start_hub(sqlite_url)
        add_desk(hub, f"operator.{OTHER_STREET}", "operator", "street", OTHER_STREET)
        desks = [await _open(hub, user) for user in (f"operator.{STREET}", "operator", f"operator.{OTHER_STREET}",
                                                      "wall")]
        worker_id = worker_in(hub, STREET)
        worker = await Peer.login(hub.port, worker_id)
        await worker.ok({"type": "sos", "lat": 39.62, "lon": 118.17, "note": "被围堵"})
        street, city, other, wall = (w for _d, w in desks)
        await until(lambda: all(_banner_texts(w) for w in (street, city, wall)), what="banners")
        name = hub.book.get(worker_id).name
        assert name in _banner_texts(street)[0] and "SOS" in _banner_texts(city)[0]
        assert name not in _banner_texts(wall)[0] and wall.sos.banner.findChild(QPushButton, "alarm_ack") is None
        assert not _banner_texts(other) and other.field.sos.banner.isHidden()
        street.field.sos.banner.findChild(QPushButton, "alarm_ack").click()
        await until(lambda: not any(_banner_texts(w) for w in (street, city, wall)), what="acknowledged")
        assert street.field.sos.banner.isHidden()
        await worker.close()
        await _close(*desks)
        await hub.stop()

    loop.run_until_complete(scenario())
