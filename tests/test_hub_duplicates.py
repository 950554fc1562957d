"""Duplicate reports over a real hub (SQLite and PostgreSQL): candidates found on report through the
index, ``query.duplicates``, ``event.merge`` of three reports into one master with its effects, the
master's follow-up recorded on the merged events, every refusal, and a restart."""
from __future__ import annotations

import pytest

from tests.hubkit import Peer, start_hub
from tests.statskit import start_quiet_hub

COVER = {"type": "event.report", "category": "public_facility", "source": "hotline", "severity": 2,
         "lat": 39.6300, "lon": 118.1800}
TEXTS = [("井盖破损", "幸福路12号门口井盖破损，行人容易踩空"),
         ("井盖破了", "幸福路12号门口的井盖破损，晚上很危险"),
         ("路口井盖丢失", "幸福路12号井盖破损丢失，请尽快处理")]


@pytest.fixture
async def quiet(db_url):
    hub = await start_quiet_hub(db_url)
    yield hub
    await hub.stop()


def latest(peer: Peer, event_id: int) -> dict:
    """The event as the last delta about it showed it."""
    return [f["data"] for f in peer.frames
            if f.get("type") == "delta" and f["kind"].startswith("event.") and f["data"]["id"] == event_id][-1]


def order_states(peer: Peer, order_id: int) -> list[str]:
    return [f["data"]["status"] for f in peer.frames
            if f.get("type") == "delta" and f["kind"].startswith("order.") and f["data"]["id"] == order_id]


async def report(desk: Peer, n: int, **more) -> int:
    title, text = TEXTS[n % 3]
    frame = {**COVER, "title": title, "description": text, "lat": COVER["lat"] + n * 1e-4, **more}
    return (await desk.ok(frame))["event_id"]


async def three_covers(hub) -> tuple[Peer, list[int]]:
    desk = await Peer.login(hub.port, "operator")
    return desk, [await report(desk, n) for n in range(3)]


async def test_three_reports_of_one_broken_cover_find_each_other(quiet):
    desk, (a, b, c) = await three_covers(quiet)
    assert latest(desk, a).get("possible_duplicates", []) == []
    assert latest(desk, b)["possible_duplicates"] == [a]
    assert sorted(latest(desk, c)["possible_duplicates"]) == [a, b]
    items = (await desk.ok({"type": "query.duplicates", "event_id": a}))["items"]
    assert {i["event_id"] for i in items} == {b, c}
    first = items[0]
    assert 0 < first["score"] <= 1 and 0 < first["distance_m"] <= 30 and first["minutes_apart"] == 0
    await desk.close()


async def test_far_unrelated_or_different_reports_are_not_candidates(quiet):
    desk, _ = await three_covers(quiet)
    far = await report(desk, 0, lat=COVER["lat"] + 0.004)  # about 450 m north
    unrelated = await report(desk, 0, category="dispute")
    other_text = await desk.ok({**COVER, "title": "广场舞噪音扰民", "description": "每晚十点后仍有音响"})
    for event_id in (far, unrelated, other_text["event_id"]):
        assert latest(desk, event_id).get("possible_duplicates", []) == []
    await desk.close()


async def merge(desk: Peer, duplicate: int, into: int) -> dict:
    return await desk.request({"type": "event.merge", "event_id": duplicate, "into": into})


async def test_merge_of_three_reports_into_one_master(quiet):
    desk, (a, b, c) = await three_covers(quiet)
    await desk.ok({"type": "event.accept", "event_id": b, "tier": "small"})
    order = (await desk.ok({"type": "order.dispatch", "event_id": b, "to": {"department": "urban"}}))["order_id"]
    for duplicate in (b, c):
        assert (await merge(desk, duplicate, a))["type"] == "ack"
    assert (latest(desk, b)["status"], latest(desk, b)["merged_into"]) == ("merged", a)
    assert latest(desk, c)["merged_into"] == a and latest(desk, a)["duplicates"] == [b, c]
    assert order_states(desk, order)[-1] == "cancelled"
    fresh = await Peer.login(quiet.port, "operator")
    snapshot = await fresh.snapshot()
    assert {e["id"] for e in snapshot["events"]} == {a} and snapshot["orders"] == []
    await desk.close()
    await fresh.close()


async def follow_up(desk: Peer, event_id: int, satisfaction: int, note: str) -> None:
    """A report handled on the spot arrives resolved: verify it, then follow it up."""
    await desk.ok({"type": "event.verify", "event_id": event_id, "passed": True, "note": "ok"})
    await desk.ok({"type": "event.follow_up", "event_id": event_id, "satisfaction": satisfaction, "note": note})


async def test_the_masters_follow_up_is_recorded_on_every_merged_event(quiet):
    desk = await Peer.login(quiet.port, "operator")
    a = await report(desk, 0, handled_on_spot=True)
    b, c = await report(desk, 1), await report(desk, 2)
    for duplicate in (b, c):
        await merge(desk, duplicate, a)
    await follow_up(desk, a, 4, "已修复，居民满意")
    for merged in (b, c):
        got = latest(desk, merged)
        assert (got["status"], got["satisfaction"], got["follow_up_note"]) == ("merged", 4, "已修复，居民满意")
    await desk.close()


async def test_a_merged_master_hands_its_duplicates_to_the_new_master(quiet):
    desk, (a, b, c) = await three_covers(quiet)
    await merge(desk, b, a)
    await merge(desk, a, c)
    assert latest(desk, c)["duplicates"] == [a, b] and latest(desk, b)["merged_into"] == c
    assert latest(desk, a).get("duplicates", []) == []
    assert (await merge(desk, c, b))["code"] == "conflict"  # b is merged: merge into c instead
    await desk.close()


@pytest.mark.parametrize(("case", "code", "fragment"), [
    ("itself", "bad_request", "into itself"),
    ("unknown", "not_found", "no open event"),
    ("into_merged", "conflict", "is itself merged"),
    ("cycle", "conflict", "cycle"),
    ("into_followed_up", "conflict", "followed_up"),
    ("merged_again", "conflict", "it is merged"),
])
async def test_refused_merges_change_nothing(quiet, case, code, fragment):
    desk = await Peer.login(quiet.port, "operator")
    a = await report(desk, 0, handled_on_spot=True)
    b, c = await report(desk, 1), await report(desk, 2)
    await merge(desk, b, a)
    if case == "into_followed_up":
        await follow_up(desk, a, 5, "")
    before = {i: quiet.state.duplicates.merged.get(i) or quiet.state.event(i) for i in (a, b, c)}
    duplicate, into = {"itself": (c, c), "unknown": (c, 999_999), "into_merged": (c, b), "cycle": (a, b),
                       "into_followed_up": (c, a), "merged_again": (b, c)}[case]
    refused = await merge(desk, duplicate, into)
    assert refused["code"] == code and fragment in refused["message"]
    assert {i: quiet.state.duplicates.merged.get(i) or quiet.state.event(i) for i in (a, b, c)} == before
    await desk.close()


async def test_who_may_merge_and_ask(quiet):
    desk, (a, b, _) = await three_covers(quiet)
    wall, seat = await Peer.login(quiet.port, "wall"), await Peer.login(quiet.port, "liaison.urban")
    assert (await merge(wall, b, a))["code"] == "forbidden"
    assert (await merge(seat, b, a))["code"] == "forbidden"
    assert (await wall.request({"type": "query.duplicates", "event_id": a}))["type"] == "ack"
    assert (await seat.request({"type": "query.duplicates", "event_id": a}))["code"] == "not_found"
    bad = await desk.request({"type": "event.merge", "event_id": b})
    assert bad["code"] == "bad_request"
    for peer in (desk, wall, seat):
        await peer.close()


async def test_after_a_restart_the_index_and_the_merged_events_are_back(db_url):
    hub = await start_quiet_hub(db_url)
    desk = await Peer.login(hub.port, "operator")
    a = await report(desk, 0, handled_on_spot=True)
    b = await report(desk, 1)
    await merge(desk, b, a)
    await desk.close()
    await hub.stop()
    hub = await start_hub(db_url, demo=False)
    desk = await Peer.login(hub.port, "operator")
    c = await report(desk, 2)
    assert latest(desk, c)["possible_duplicates"] == [a]
    await follow_up(desk, a, 3, "回访")
    assert latest(desk, b)["satisfaction"] == 3
    await desk.close()
    await hub.stop()


async def test_with_detection_off_a_duplicate_report_gets_no_candidates_but_can_be_asked(db_url):
    hub = await start_quiet_hub(db_url, duplicates=False)
    desk, (a, b, c) = await three_covers(hub)
    assert [latest(desk, e).get("possible_duplicates", []) for e in (a, b, c)] == [[], [], []]
    items = (await desk.ok({"type": "query.duplicates", "event_id": a}))["items"]
    assert {i["event_id"] for i in items} == {b, c}
    await desk.close()
    await hub.stop()
