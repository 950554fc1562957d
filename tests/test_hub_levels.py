"""Levels of centres (PROTOCOL.md "Levels"): a report is held by its street, escalation moves it up
(the city keeps it), delegation moves it down; a centre acts on the cases of its area held at its
level or below, and a refused command changes nothing."""
from __future__ import annotations

import pytest

from tests.hubkit import Peer, start_hub
from tests.levelkit import COMMUNITY, DISTRICT, OTHER_STREET, STREET, grid_in, report

DESKS = {"city": "supervisor", "district": f"operator.{DISTRICT}", "street_chief": f"supervisor.{STREET}",
         "street": f"operator.{STREET}", "community": f"operator.{COMMUNITY}"}


@pytest.fixture
async def centres(db_url):
    hub = await start_hub(db_url)
    peers = {key: await Peer.login(hub.port, name) for key, name in DESKS.items()}
    yield hub, peers
    for peer in peers.values():
        await peer.close()
    await hub.stop()


def _held(hub, event_id: int) -> tuple:
    event = hub.state.event(event_id)
    return event.level, event.held_by


async def _case(hub, peers, area: str = COMMUNITY) -> int:
    """A case reported by the street centre in ``area`` (held by the street), accepted."""
    event_id = (await peers["street"].ok(report(hub, grid_in(hub, area))))["event_id"]
    await peers["street"].ok({"type": "event.accept", "event_id": event_id, "tier": "medium"})
    return event_id


async def test_a_report_is_held_by_its_street(centres):
    hub, peers = centres
    event_id = await _case(hub, peers)
    assert _held(hub, event_id) == ("street", STREET)
    outside = await peers["street"].request(report(hub, grid_in(hub, DISTRICT, but_not=STREET)))
    assert outside["code"] == "forbidden" and "outside your area" in outside["message"]


async def test_escalated_to_the_district_the_street_may_no_longer_act(centres):
    hub, peers = centres
    event_id = await _case(hub, peers)
    await peers["street_chief"].ok({"type": "event.escalate", "event_id": event_id, "note": "需区级协调"})
    assert _held(hub, event_id) == ("district", DISTRICT)
    refused = await peers["street"].request({"type": "order.dispatch", "event_id": event_id,
                                             "to": {"department": "urban"}})
    assert refused["code"] == "forbidden" and "held by the district centre" in refused["message"]
    again = await peers["street_chief"].request({"type": "event.escalate", "event_id": event_id, "note": "再次"})
    assert again["code"] == "forbidden" and _held(hub, event_id) == ("district", DISTRICT)
    await peers["district"].ok({"type": "order.dispatch", "event_id": event_id, "to": {"department": "urban"}})


async def test_a_claim_stays_at_the_centre_the_case_leaves(centres):
    hub, peers = centres
    event_id = await _case(hub, peers)
    await peers["street"].ok({"type": "event.claim", "event_id": event_id})
    up = {"type": "event.escalate", "event_id": event_id, "note": "需区级协调"}
    assert (await peers["street_chief"].request(up))["code"] == "conflict"  # the operator's claim holds
    await peers["street_chief"].ok({**up, "force": True})
    assert hub.state.event(event_id).claimed_by is None  # the district takes it up unclaimed
    await peers["district"].ok({"type": "event.claim", "event_id": event_id})
    await peers["district"].ok({"type": "event.delegate", "event_id": event_id, "to": STREET, "note": "请街道办理"})
    assert hub.state.event(event_id).claimed_by is None
    await peers["street"].ok({"type": "order.dispatch", "event_id": event_id, "to": {"department": "urban"}})


async def test_the_district_delegates_to_a_street_which_then_acts(centres):
    hub, peers = centres
    event_id = await _case(hub, peers)
    await peers["street_chief"].ok({"type": "event.escalate", "event_id": event_id, "note": "需区级协调"})
    await peers["district"].ok({"type": "event.delegate", "event_id": event_id, "to": STREET, "note": "请街道办理"})
    assert _held(hub, event_id) == ("street", STREET)
    await peers["street"].ok({"type": "order.dispatch", "event_id": event_id, "to": {"department": "urban"}})
    await peers["street"].ok({"type": "event.delegate", "event_id": event_id, "to": COMMUNITY, "note": "社区跟进"})
    assert _held(hub, event_id) == ("community", COMMUNITY)
    notes = hub.state.open_order_of(event_id).notes
    assert [n.kind for n in notes][-1] == "delegate" and notes[-1].text == "社区跟进"
    await peers["community"].ok({"type": "event.update", "event_id": event_id, "severity": 3})


BAD_DELEGATIONS = [  # (who, to, code, message part)
    ("street", OTHER_STREET, "forbidden", "outside your area"),
    ("district", DISTRICT, "bad_request", "below"),
    ("city", "130284001001", "bad_request", "lies outside area"),
    ("street", STREET + "00", "not_found", "no area"),
    ("community", COMMUNITY, "forbidden", "held by the street centre"),
]


async def test_a_bad_delegation_is_refused_and_changes_nothing(centres):
    hub, peers = centres
    event_id = await _case(hub, peers)
    version = hub.state.event(event_id).version
    for who, to, code, says in BAD_DELEGATIONS:
        answer = await peers[who].request({"type": "event.delegate", "event_id": event_id, "to": to})
        assert (answer.get("code"), says in answer.get("message", "")) == (code, True), (who, to, answer)
    grid = grid_in(hub, COMMUNITY)
    answer = await peers["street"].request({"type": "event.delegate", "event_id": event_id, "to": grid})
    assert answer["code"] == "bad_request" and "not the area" in answer["message"]
    assert _held(hub, event_id) == ("street", STREET) and hub.state.event(event_id).version == version


async def test_escalation_at_the_city_stays_at_the_city_with_a_note(centres):
    hub, peers = centres
    event_id = await _case(hub, peers)
    for level in ("district", "city", "city"):
        result = await peers["city"].ok({"type": "event.escalate", "event_id": event_id, "note": "上报"})
        assert _held(hub, event_id) == (level, None if level == "city" else DISTRICT)
    assert result == {"note": "already held at city level: it stays with the city centre"}
    assert hub.state.event(event_id).escalation_level == 3
    refused = await peers["district"].request({"type": "event.reject", "event_id": event_id, "reason": "无效"})
    assert refused["code"] == "forbidden"
    await peers["city"].ok({"type": "event.delegate", "event_id": event_id, "to": COMMUNITY, "note": "直达社区"})
    assert _held(hub, event_id) == ("community", COMMUNITY)


async def test_a_scoped_centre_may_not_act_outside_its_area(centres):
    hub, peers = centres
    elsewhere = (await peers["city"].ok(report(hub, grid_in(hub, DISTRICT, but_not=STREET))))["event_id"]
    answer = await peers["street"].request({"type": "event.accept", "event_id": elsewhere, "tier": "small"})
    assert answer["code"] == "forbidden" and "outside your area" in answer["message"]
    alert = {"type": "alert.broadcast", "title": "寻人", "body": "", "grid_ids": [OTHER_STREET]}
    assert (await peers["street"].request(alert))["code"] == "forbidden"
    await peers["district"].ok({"type": "event.accept", "event_id": elsewhere, "tier": "small"})
