"""The simulator's parts without a hub: the walk, positions frames, reports, pending commands, the pool."""
from __future__ import annotations

import asyncio
import functools
import random
import re

import msgspec
import numpy as np
from websockets.asyncio.server import serve

from commandcenter.domain.codes import CATEGORIES, DEPARTMENTS, SEVERITY_MAX, SEVERITY_MIN, Source, Tier
from commandcenter.net import messages as m
from commandcenter.sim import texts
from commandcenter.sim.agenda import Agenda
from commandcenter.sim.agents import tier_for
from commandcenter.sim.field import Field, Polygons, build_field, position_frames
from commandcenter.sim.picture import Picture
from commandcenter.sim.pool import SessionPool
from commandcenter.sim.session import IdSource, PendingTable, Session
from commandcenter.sim.video import VideoBoard

SQUARE = [[118.0, 39.0], [118.01, 39.0], [118.01, 39.01], [118.0, 39.01], [118.0, 39.0]]
# an L: the 0.008-degree square minus its upper right quarter (concave)
L_SHAPE = [[118.1, 39.1], [118.108, 39.1], [118.108, 39.104], [118.104, 39.104], [118.104, 39.108],
           [118.1, 39.108]]
THIN = [[118.2, 39.2], [118.2005, 39.2], [118.2005, 39.21], [118.2, 39.21]]  # 40 m by 1 km, open ring
CHINESE = re.compile(r"[\u4e00-\u9fff]")


def _inside(poly: int, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
    """An independent check of the three test shapes."""
    if poly == 0:
        return (lon >= 118.0) & (lon <= 118.01) & (lat >= 39.0) & (lat <= 39.01)
    if poly == 1:
        box = (lon >= 118.1) & (lon <= 118.108) & (lat >= 39.1) & (lat <= 39.108)
        return box & ~((lon > 118.104) & (lat > 39.104))
    return (lon >= 118.2) & (lon <= 118.2005) & (lat >= 39.2) & (lat <= 39.21)


def _field(n: int = 600, seed: int = 3) -> Field:
    rng = np.random.default_rng(seed)
    poly = np.arange(n) % 3
    return Field([f"W{i}" for i in range(n)], poly, Polygons([SQUARE, L_SHAPE, THIN]), np.full(n, 2), rng)


def test_random_walk_keeps_every_worker_inside_its_polygon() -> None:
    field = _field()
    for dt in [15.0] * 150 + [300.0] * 20:  # patrol pace, then big jumps at high speed
        field.advance(dt)
        for poly in range(3):
            mine = field.poly == poly
            assert _inside(poly, field.lon[mine], field.lat[mine]).all()
    assert np.ptp(field.lat) > 0.005  # they did walk


def test_walkers_starting_outside_or_unknown_are_placed_inside() -> None:
    workers = [{"id": "a", "grid_id": "g1", "lat": 0.0, "lon": 0.0, "status": None},
               {"id": "b", "grid_id": "g1", "lat": None, "lon": None, "status": "patrol"},
               {"id": "c", "grid_id": "nowhere", "lat": 39.5, "lon": 118.5, "status": "idle"}]
    field = build_field(workers, {"g1": L_SHAPE}, np.random.default_rng(1))
    assert _inside(1, field.lon[:2], field.lat[:2]).all()
    assert abs(field.lat[2] - 39.5) < 0.003 and abs(field.lon[2] - 118.5) < 0.003
    field.advance(600.0)
    assert field.polygons.contains(field.poly, field.lon, field.lat).all()


def test_positions_frames_are_chunked_and_valid() -> None:
    field = _field(n=23_456)
    items = field.items(field.take_due(0.0, (10.0, 30.0)), 1_763_000_000_000)
    frames = position_frames(items)
    assert [len(f["items"]) for f in frames] == [10_000, 10_000, 3_456]
    for frame in frames:
        data = msgspec.json.encode(frame)
        assert len(data) < 1 << 20
        decoded = msgspec.json.decode(data, type=m.Positions)
        assert {it[4] for it in decoded.items} <= {"offline", "idle", "patrol", "busy"}
    assert len(field.take_due(1.0, (10.0, 30.0))) == 0  # rescheduled 10-30 s on


def test_category_weights_use_the_vocabulary() -> None:
    for weights in (texts.WORKER_WEIGHTS, texts.HOTLINE_WEIGHTS):
        assert set(weights) == set(CATEGORIES) and all(w > 0 for w in weights.values())
    assert set(texts.TEMPLATES) == set(CATEGORIES)
    for category in CATEGORIES:
        for severity in range(SEVERITY_MIN, SEVERITY_MAX + 1):
            assert tier_for(category, severity) in set(Tier)
    assert set(DEPARTMENTS) >= {"urban", "police", "justice"}


def _check_report(report: dict) -> None:
    assert report["category"] in CATEGORIES and report["source"] in set(Source)
    assert SEVERITY_MIN <= report["severity"] <= SEVERITY_MAX
    assert CHINESE.search(report["title"]) and CHINESE.search(report["description"])
    msgspec.json.decode(msgspec.json.encode({"type": "event.report", "id": "x", **report}), type=m.EventReport)


def test_generated_reports_are_valid_and_skewed_low() -> None:
    rng = random.Random(5)
    reports = [texts.worker_report(rng, 39.6, 118.2, "g1", "张伟") for _ in range(3000)]
    reports += [texts.desk_report(rng, 39.6, 118.2, "g1") for _ in range(1000)]
    for report in reports:
        _check_report(report)
    on_spot = sum(r.get("handled_on_spot", False) for r in reports[:3000]) / 3000
    assert 0.2 <= on_spot <= 0.3
    assert sum(r["severity"] <= 2 for r in reports) > 0.75 * len(reports)
    assert {r["source"] for r in reports} == {"worker", "hotline", "camera", "one_key"}


def test_video_reports_are_valid_and_links_change() -> None:
    links = [{"id": f"L{i}", "kind": ("terminal", "camera", "drone")[i % 3], "level": "village", "state": "up"}
             for i in range(60)]
    board = VideoBoard(links, random.Random(2))
    reports = [r for _ in range(400) for r in board.advance(30.0)]
    for r in reports:
        msgspec.json.decode(msgspec.json.encode({"type": "video.report", "id": "v", **r}), type=m.VideoReport)
    assert {r["state"] for r in reports} == {"up", "degraded", "down", "in_call"}
    assert not any(r["state"] == "in_call" for r in reports if int(r["link_id"][1:]) % 3)


def test_pending_commands_survive_a_reconnect_with_the_same_ids() -> None:
    async def scenario() -> None:
        ids, table = IdSource(), PendingTable()
        frames = [{"type": "order.receive", "id": ids.next(), "order_id": n} for n in (1, 2, 3)]
        futures = [table.add(f) for f in frames]
        for f in frames:
            table.mark_sent(f["id"], 1)  # sent on connection 1, which then drops
        assert table.resolve({"type": "ack", "id": frames[0]["id"], "result": {}})
        assert table.unsent(1) == [] and table.unsent(2) == frames[1:]  # resent on connection 2
        assert table.add(frames[1]) is futures[1] and len(table) == 2
        table.resolve({"type": "error", "id": frames[2]["id"], "code": "conflict", "message": "x"})
        assert (await futures[2])["code"] == "conflict" and futures[0].result()["type"] == "ack"

    asyncio.run(scenario())


def test_request_ids_are_unique_across_runs_and_short() -> None:
    a, b = IdSource(), IdSource()
    first = [a.next() for _ in range(1000)]
    assert len(set(first)) == 1000 and a.prefix != b.prefix
    assert all(1 <= len(i) <= 64 for i in first)


async def _flaky_hub(seen: list[str], connection) -> None:
    """Welcomes, then drops the first connection before acking; acks on later ones."""
    hello = msgspec.json.decode(await connection.recv())
    await connection.send(msgspec.json.encode({"type": "welcome", "id": hello["id"], "seq": 0,
                                               "session": {"user": "w1", "role": "worker", "token": "t"}}), text=True)
    async for raw in connection:
        seen.append(msgspec.json.decode(raw)["id"])
        if len(seen) == 1:
            return  # gone without an answer
        await connection.send(msgspec.json.encode({"type": "ack", "id": seen[-1], "result": {}}), text=True)


def test_a_command_unanswered_before_a_drop_is_resent_with_the_same_id() -> None:
    async def scenario() -> None:
        seen: list[str] = []
        async with serve(functools.partial(_flaky_hub, seen), "127.0.0.1", 0) as server:
            port = server.sockets[0].getsockname()[1]
            session = Session(f"ws://127.0.0.1:{port}/ws", ("w1",), "demo", IdSource())
            session.start()
            assert await asyncio.wait_for(session.request("order.receive", order_id=1), 10) == {}
            await session.close()
        assert len(seen) == 2 and seen[0] == seen[1] and session.token == "t"

    asyncio.run(scenario())


class FakeSession:
    opened = 0

    def __init__(self, key: str) -> None:
        self.key, self.failed, self.closed = key, False, False
        FakeSession.opened += 1

    def start(self) -> None:
        pass

    async def close(self) -> None:
        self.closed = True


def test_session_pool_is_bounded_and_evicts_the_least_recently_used() -> None:
    async def scenario() -> None:
        pool: SessionPool[FakeSession] = SessionPool(3, FakeSession)
        for key in ["a", "b", "c", "a", "d", "e"]:
            async with pool.lease(key):
                assert len(pool) <= 3
        assert "a" in pool and "b" not in pool and "c" not in pool
        await pool.close_all()
        assert len(pool) == 0

    asyncio.run(scenario())


def test_a_full_pool_waits_for_a_lease_to_end() -> None:
    async def scenario() -> None:
        pool: SessionPool[FakeSession] = SessionPool(1, FakeSession)
        async with pool.lease("a"):
            waiter = asyncio.create_task(_lease(pool, "b"))
            await asyncio.sleep(0.05)
            assert not waiter.done() and len(pool) == 1
        assert await waiter == "b" and len(pool) == 1

    asyncio.run(scenario())


async def _lease(pool: SessionPool[FakeSession], key: str) -> str:
    async with pool.lease(key) as session:
        return session.key


def test_picture_joins_snapshot_parts_and_detects_a_gap() -> None:
    picture = Picture()
    picture.feed({"type": "snapshot", "seq": 7, "part": 1, "parts": 2, "events": [{"id": 1, "status": "reported"}]})
    assert not picture.loaded
    picture.feed({"type": "snapshot", "seq": 7, "part": 2, "parts": 2, "orders": [{"id": 5, "status": "issued"}]})
    assert picture.loaded and set(picture.events) == {1} and set(picture.orders) == {5}
    picture.feed({"type": "delta", "seq": 8, "kind": "event.updated", "data": {"id": 1, "status": "archived"}})
    assert picture.events == {} and picture.seq == 8
    picture.feed({"type": "delta", "seq": 10, "kind": "event.created", "data": {"id": 2, "status": "reported"}})
    assert picture.gap and picture.resume_from() == 8 and 2 not in picture.events


def test_the_agenda_is_bounded() -> None:
    async def nothing() -> None:
        pass

    agenda = Agenda(limit=3)
    assert [agenda.at(1.0, nothing) for _ in range(5)] == [True, True, True, False, False]
    assert len(agenda) == 3 and agenda.dropped == 2
