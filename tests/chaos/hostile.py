"""Hostile frames: hypothesis strategies for what a broken or malicious client might send.

Each frame starts from a valid request of the wire contract and is bent: fields dropped, added
or replaced by values of the wrong type, huge numbers, deep nesting, odd Unicode, ids at the
length limits, coordinates out of range; or it is not a request at all (other JSON, broken text,
a binary frame). :func:`mutants` stretches a drawn corpus cheaply for the long run.
"""
from __future__ import annotations

import json
import random

from hypothesis import strategies as st

#: one valid example of every request the hub accepts after hello (ids of the demo city)
TEMPLATES: tuple[dict, ...] = (
    {"type": "event.report", "category": "sanitation", "title": "垃圾堆积", "description": "小区门口",
     "lat": 39.63, "lon": 118.18, "source": "hotline", "severity": 2},
    {"type": "event.accept", "event_id": 1, "tier": "small"},
    {"type": "event.reject", "event_id": 2, "reason": "重复"},
    {"type": "order.dispatch", "event_id": 3, "to": {"department": "urban"}, "note": ""},
    {"type": "order.receive", "order_id": 1},
    {"type": "order.return", "order_id": 1, "reason": "不属于本部门"},
    {"type": "order.progress", "order_id": 1, "note": "已到场"},
    {"type": "order.complete", "order_id": 1, "note": "已处理"},
    {"type": "event.verify", "event_id": 4, "passed": True, "note": ""},
    {"type": "event.follow_up", "event_id": 5, "satisfaction": 5, "note": ""},
    {"type": "event.archive", "event_id": 6},
    {"type": "event.supervise", "event_id": 7, "note": "督办"},
    {"type": "event.escalate", "event_id": 8, "note": "升级", "due_at": "2030-01-01T00:00:00+08:00"},
    {"type": "alert.broadcast", "title": "寻人", "body": "老人走失", "grid_ids": ["130203"]},
    {"type": "video.report", "link_id": "v1", "state": "up", "latency_ms": 20, "loss_pct": 0, "bitrate_kbps": 900},
    {"type": "query.events", "limit": 5, "text": "井盖"},
    {"type": "grids.get", "limit": 3},
    {"type": "query.stats", "since": "2026-01-01T00:00:00+08:00", "until": "2026-02-01T00:00:00+08:00",
     "group_by": "category"},
    {"type": "position", "lat": 39.6, "lon": 118.2},
    {"type": "positions", "items": [["w1", 39.6, 118.2, 1, "idle"]]},
    {"type": "hello", "protocol": 1, "auth": {"user": "operator", "password": "demo"}},
)

ODD_TEXT = ("", " ", "\u202e\u0644\u0627", "\u200b" * 50, "😀" * 300, "\\", "\x00", "\ufeff", "A" * 5001,
            "null", "NaN", "🏳️‍🌈", "\u0301" * 200, "𠀀" * 70)
ODD_IDS = ("", "x" * 63, "x" * 64, "x" * 65, "x" * 10_000, "\x00", " ")
HUGE = (2**53, 2**53 + 1, 2**63, -(2**63) - 1, 10**30, -1, 0, 1e308, -1e308, 91.0, -180.5, 1e-320)

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(), st.sampled_from(HUGE), st.floats(allow_nan=False),
    st.sampled_from(ODD_TEXT), st.text(max_size=40), st.sampled_from(ODD_IDS))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)), max_leaves=12)


@st.composite
def bent(draw) -> dict:
    """A valid request with zero to four of its fields dropped, added or replaced."""
    frame = dict(draw(st.sampled_from(TEMPLATES)))
    frame["id"] = draw(st.one_of(st.text(min_size=1, max_size=12), st.sampled_from(ODD_IDS), values))
    for _ in range(draw(st.integers(0, 4))):
        key = draw(st.sampled_from([*frame, "type", "id", "extra", "items", "to", "lat"]))
        how = draw(st.sampled_from(("drop", "replace", "replace")))
        if how == "drop":
            frame.pop(key, None)
        else:
            frame[key] = draw(values)
    return frame


def nested(depth: int) -> str:
    return '{"type":"event.report","id":"n","title":' + "[" * depth + "]" * depth + "}"


#: one text or binary frame: mostly bent requests, some non-requests
frames = st.one_of(
    bent().map(lambda f: json.dumps(f, ensure_ascii=False)),
    bent().map(json.dumps),  # escaped: lone surrogates and control characters as \\u escapes
    values.map(json.dumps),
    st.integers(1, 200_000).map(nested),
    st.text(max_size=200),
    st.binary(max_size=200),
    st.sampled_from(('{"type":"event.report","id":"x"', '{"id":"a","id":"b","type":"grids.get"}', "[]",
                     '{"type":"\\ud800","id":"s"}', '{"type":"query.events","id":"q","limit":1e999}')),
)


def mutants(corpus: list[str | bytes], count: int, seed: int = 1) -> list[str | bytes]:
    """``count`` cheap variants of a drawn corpus: half keep valid JSON with one field bent, half
    are truncated, spliced, or have characters repeated or inserted."""
    rng = random.Random(seed)
    objects = [o for o in map(_object, corpus) if o]
    out: list[str | bytes] = []
    for _ in range(count):
        if objects and rng.random() < 0.5:
            out.append(_bend_field(rng, rng.choice(objects)))
        else:
            out.append(_bend_text(rng, rng.choice(corpus), corpus))
    return out


_POOL = (None, True, [], {}, "", *HUGE, *ODD_TEXT, *ODD_IDS, [[[[]]]], {"worker_id": "w1"}, "2026-13-40T25:00:00Z")


def _object(frame: str | bytes) -> dict | None:
    try:
        value = json.loads(frame)
    except (ValueError, RecursionError):
        return None
    return value if isinstance(value, dict) else None


def _bend_field(rng: random.Random, frame: dict) -> str:
    bent_frame = dict(frame)
    key = rng.choice([*bent_frame, "id", "type", "extra"])
    bent_frame[key] = rng.choice(_POOL)
    text = json.dumps(bent_frame, ensure_ascii=rng.random() < 0.5)
    try:
        text.encode()
    except UnicodeEncodeError:  # a lone surrogate can only travel escaped
        text = json.dumps(bent_frame)
    return text


def _bend_text(rng: random.Random, frame: str | bytes, corpus: list[str | bytes]) -> str | bytes:
    if isinstance(frame, bytes) or not frame:
        return frame
    cut = rng.randrange(len(frame) + 1)
    choice = rng.randrange(4)
    if choice == 0:
        return frame[:cut]
    if choice == 1:
        other = rng.choice(corpus)
        return frame[:cut] + (other[cut:] if isinstance(other, str) else "")
    if choice == 2:
        return frame[:cut] + frame[cut:cut + 8] * rng.randrange(2, 6) + frame[cut:]
    return frame[:cut] + chr(rng.choice((0, 34, 44, 58, 91, 93, 123, 125, 0x7F, 0xFFFD, 0x1F600))) + frame[cut:]


def corpus(count: int) -> list[str | bytes]:
    """Draw ``count`` frames from :data:`frames` (generation only: no shrinking, no example database)."""
    from hypothesis import HealthCheck, Phase, given, settings

    drawn: list[str | bytes] = []

    @settings(max_examples=count, database=None, deadline=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(frames)
    def collect(frame) -> None:
        drawn.append(frame)

    collect()
    return drawn
