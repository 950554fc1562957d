"""Hostile frames (short version; ``make chaos`` runs 1,000,000): refused cleanly, never crash the hub."""
from __future__ import annotations

import msgspec
from hypothesis import HealthCheck, given, settings

from commandcenter.net import messages as m, protocol
from tests.chaos import fuzz
from tests.chaos.hostile import corpus, frames, mutants
from tests.hubkit import Peer


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(frames)
def test_the_protocol_layer_parses_or_refuses_with_a_wire_error(frame):
    if isinstance(frame, bytes):
        return  # binary frames never reach the parser (the session refuses them)
    try:
        message = protocol.parse(frame)
    except protocol.ProtocolError as exc:
        answer = msgspec.json.decode(protocol.error_from(exc, None))
        assert answer["type"] == "error" and answer["code"] in ("bad_json", "bad_request")
        assert answer["id"] is None or (isinstance(answer["id"], str) and 1 <= len(answer["id"]) <= 64)
    else:
        assert isinstance(message, m.Hello | m.Command | m.Query | m.Telemetry)


def test_mutants_stay_frames_of_the_same_kind():
    drawn = ['{"type":"grids.get","id":"a"}', b"\x00\xff"]
    stretched = mutants(drawn, 200, seed=3)
    assert len(stretched) == 200 and b"\x00\xff" in stretched
    assert any(f != drawn[0] for f in stretched if isinstance(f, str))


async def test_a_real_hub_answers_every_hostile_frame_and_keeps_serving(db_url):
    drawn = corpus(600)
    result = await fuzz.run(db_url, drawn + mutants(drawn, 1400))
    assert result.sent == 2000
    assert result.answered == result.sent, f"{result.sent - result.answered} frames got no answer"
    assert result.logged == [], result.logged[:5]
    assert result.served_after
    assert result.errors.get("bad_request", 0) > 0 and result.errors.get("bad_json", 0) > 0


async def test_text_holding_nul_is_refused_as_bad_request(hub):
    peer = await Peer.login(hub.port, "operator")
    answer = await peer.request({"type": "event.report", "category": "sanitation", "title": "a\x00b",
                                 "description": "", "lat": 39.63, "lon": 118.18, "source": "hotline", "severity": 1})
    assert answer["code"] == "bad_request" and "NUL" in answer["message"]
    await peer.close()
