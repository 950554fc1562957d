"""The video-link board against a real hub: snapshot tiles, live gateway reports, stale links, filters."""
from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView

from commandcenter.domain import clock, video
from commandcenter.models.video_links import ShownStateRole, TileRole, VideoCountsModel, VideoLinksModel
from commandcenter.views.video_board import VideoBoard
from commandcenter.widgets.tiles import TileDelegate, TileView
from tests.desktop import hub_and_desk, until
from tests.hubkit import Peer

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


class FakeClock:
    """Real time plus a shift the test moves forward (no 60 s sleep)."""

    def __init__(self) -> None:
        self.shift = timedelta()

    def now(self):
        return clock.now() + self.shift


def row_of(board: VideoBoard, link_id: str) -> int:
    return board.model.ids.index(link_id)


def tile(board: VideoBoard, link_id: str) -> dict:
    return board.model.index(row_of(board, link_id)).data(TileRole)


async def report(port: int, link_id: str, state: str) -> None:
    gateway = await Peer.login(port, "gateway")
    await gateway.ok({"type": "video.report", "link_id": link_id, "state": state, "latency_ms": 900.0,
                      "loss_pct": 9.5, "bitrate_kbps": 300.0})
    await gateway.close()


def run(loop, sqlite_url, qtbot, body, **board_args):
    async def scenario():
        hub, desk = await hub_and_desk(sqlite_url)
        board = VideoBoard(desk, **board_args)
        qtbot.addWidget(board)
        board.resize(1000, 700)
        try:
            await body(hub, desk, board)
        finally:
            await desk.stop()
            await hub.stop()

    loop.run_until_complete(scenario())


def check_through_live_changes(qtmodeltester, loop, sqlite_url, which: str) -> None:
    """The model tester watches one model (pytest-qt keeps one tester per test) while links change."""
    fake = FakeClock()

    async def scenario():
        hub, desk = await hub_and_desk(sqlite_url)
        links = VideoLinksModel(desk, now=fake.now)
        counts = VideoCountsModel(links)
        qtmodeltester.check(links if which == "links" else counts, force_py=True)
        link_id = next(iter(desk.replica.video_links))
        await report(hub.port, link_id, "down")
        await until(lambda: links.shown_state(link_id) == "down", what="report")
        links.set_filter(level="township")
        fake.shift = timedelta(minutes=5)
        links.set_filter()
        assert links.tick() is False  # all stale now: nothing left to flip
        await desk.stop()
        await hub.stop()

    loop.run_until_complete(scenario())


def test_links_model_passes_the_model_tester(qtmodeltester, loop, sqlite_url):
    check_through_live_changes(qtmodeltester, loop, sqlite_url, "links")


def test_counts_model_passes_the_model_tester(qtmodeltester, loop, sqlite_url):
    check_through_live_changes(qtmodeltester, loop, sqlite_url, "counts")


def test_the_board_shows_every_link_of_the_snapshot(qtbot, loop, sqlite_url):
    async def body(hub, desk, board):
        links = desk.replica.video_links
        assert len(links) > 5 and sorted(board.model.ids) == sorted(links)
        assert board.counts.count(None, None) == len(links)
        first = tile(board, next(iter(links)))
        assert first["title"] == next(iter(links.values())).name and first["footer"]
        board.show()
        assert not board.grab().isNull()  # every visible tile painted

    run(loop, sqlite_url, qtbot, body)


def test_a_gateway_report_updates_its_tile(qtbot, loop, sqlite_url):
    async def body(hub, desk, board):
        link_id = next(i for i, x in desk.replica.video_links.items() if x.state != "degraded")
        await report(hub.port, link_id, "degraded")
        await until(lambda: tile(board, link_id)["badge"] == "Degraded", what="degraded tile")
        shown = tile(board, link_id)
        assert "900 ms" in shown["lines"][0] and "9.5%" in shown["lines"][0]
        assert shown["tone"] == "warning" and shown["footer"].startswith("Reported")

    run(loop, sqlite_url, qtbot, body)


def test_a_silent_link_turns_stale_on_the_next_tick(qtbot, loop, sqlite_url):
    fake = FakeClock()

    async def body(hub, desk, board):
        link_id = next(i for i, x in desk.replica.video_links.items() if x.level == "county")
        await report(hub.port, link_id, "up")
        await until(lambda: board.model.shown_state(link_id) == "up", what="fresh link")
        fake.shift = timedelta(seconds=61)
        board.on_tick()
        assert tile(board, link_id)["badge"] == "Stale"
        assert board.model.index(row_of(board, link_id)).data(ShownStateRole) == "stale"
        county = sum(x.level == "county" for x in desk.replica.video_links.values())
        assert board.counts.count("county", "stale") == county  # every county link is silent by now
        assert board.model.ids == [x.id for x in video.worst_first(desk.replica.video_links.values(), fake.now())]

    run(loop, sqlite_url, qtbot, body, now=fake.now)


def test_filters_by_level_and_state(qtbot, loop, sqlite_url):
    async def body(hub, desk, board):
        links = desk.replica.video_links
        board.set_filter(level="county")
        assert board.model.rowCount() == sum(x.level == "county" for x in links.values()) > 0
        assert {links[i].level for i in board.model.ids} == {"county"}
        board.set_filter(state="stale")
        assert board.model.rowCount() == board.counts.count(None, "stale")
        assert {board.model.shown_state(i) for i in board.model.ids} <= {"stale"}
        board.set_filter()
        assert board.model.rowCount() == len(links)

    run(loop, sqlite_url, qtbot, body)


def test_clicking_a_count_filters_to_its_level_and_state(qtbot, loop, sqlite_url):
    async def body(hub, desk, board):
        cell = board.counts.index(1, 4)  # county, up
        board.counts_view.clicked.emit(cell)
        assert (board.level.currentData(), board.state.currentData()) == ("county", "up")
        assert board.model.rowCount() == board.counts.count("county", "up")

    run(loop, sqlite_url, qtbot, body)


def sectioned_tile_view(qtbot, sections: str) -> tuple[TileView, QStandardItemModel]:
    """A bare tile view (no hub) over one row per letter, the letter being the row's section."""
    section_role, tile_role = Qt.ItemDataRole.UserRole + 1, Qt.ItemDataRole.UserRole + 2
    model = QStandardItemModel()
    for n, section in enumerate(sections):
        item = QStandardItem(f"tile {n}")
        item.setData(section, section_role)
        item.setData({"title": f"tile {n}", "badge": "Up", "tone": "ok", "lines": ["x"]}, tile_role)
        model.appendRow(item)
    view = TileView(section_role)
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(TileDelegate(tile_role, 200, 2, view))
    view.resize(700, 500)
    view.show()
    view.updateGeometries()
    return view, model


def test_tile_view_puts_each_section_on_new_lines_and_finds_its_tiles(qtbot):
    view, model = sectioned_tile_view(qtbot, "AAAAABBB")
    assert [(s, n) for _y, s, n in view.section_headers()] == [("A", 5), ("B", 3)]
    assert view.columns() == 3
    assert view.visualRect(model.index(5, 0)).left() == view.visualRect(model.index(0, 0)).left()
    for row in range(8):
        assert view.indexAt(view.visualRect(model.index(row, 0)).center()).row() == row
    assert not view.grab().isNull()


def test_tile_view_cursor_moves_by_lines(qtbot):
    view, model = sectioned_tile_view(qtbot, "AAAAABBB")
    view.setCurrentIndex(model.index(1, 0))
    assert view.moveCursor(QAbstractItemView.CursorAction.MoveDown, Qt.KeyboardModifier.NoModifier).row() == 4
    view.setCurrentIndex(model.index(4, 0))
    assert view.moveCursor(QAbstractItemView.CursorAction.MoveDown, Qt.KeyboardModifier.NoModifier).row() == 6
    assert view.moveCursor(QAbstractItemView.CursorAction.MoveUp, Qt.KeyboardModifier.NoModifier).row() == 1
