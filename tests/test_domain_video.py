"""The video network's rules: stale after 60 s, worst first within level and kind, counts per level."""
from __future__ import annotations

import random
from datetime import datetime, timedelta

import numpy as np

from commandcenter.domain import video
from commandcenter.domain.clock import CST
from commandcenter.domain.entities import VideoLink

NOW = datetime(2026, 11, 22, 9, 30, tzinfo=CST)


def link(id: str, state: str = "up", *, level: str = "county", kind: str = "terminal", ago: float | None = 5,
         loss: float = 0.5, latency: float = 40.0) -> VideoLink:
    seen = None if ago is None else NOW - timedelta(seconds=ago)
    return VideoLink(id=id, name=id, level=level, kind=kind, state=state, latency_ms=latency, loss_pct=loss,
                     bitrate_kbps=2048.0, last_seen=seen)


def test_a_link_silent_for_sixty_seconds_is_stale_whatever_it_said():
    assert video.shown_state("up", 59.9) == "up"
    assert video.shown_state("up", 60.0) == "stale"
    assert video.shown_state("down", 3600) == "stale"
    assert video.shown_state("in_call", None) == "stale"  # never reported


def test_the_threshold_can_be_given():
    assert video.shown_state("degraded", 10, stale_after=5) == "stale"
    assert video.shown_state("degraded", 10, stale_after=30) == "degraded"


def test_age_is_seconds_since_the_last_report():
    assert video.age_s(NOW - timedelta(seconds=42), NOW) == 42
    assert video.age_s(None, NOW) is None


def test_worst_first_orders_states_down_stale_degraded_in_call_up():
    links = [link("up"), link("call", "in_call"), link("deg", "degraded"), link("old", "up", ago=120),
             link("down", "down")]
    assert [x.id for x in video.worst_first(links, NOW)] == ["down", "old", "deg", "call", "up"]


def test_within_a_state_more_loss_then_more_latency_then_older_comes_first():
    links = [link("a", loss=0.1), link("b", loss=2.0), link("c", loss=0.1, latency=90), link("d", loss=0.1, ago=30)]
    assert [x.id for x in video.worst_first(links, NOW)] == ["b", "c", "d", "a"]


def test_groups_come_by_level_then_kind_before_badness():
    links = [link("v", "down", level="village"), link("cam", "down", level="county", kind="camera"),
             link("ct", level="city"), link("ter", level="county")]
    assert [x.id for x in video.worst_first(links, NOW)] == ["ct", "ter", "cam", "v"]


def test_counts_per_level_include_stale_and_every_level_and_state():
    counts = video.counts_by_level([link("a"), link("b", ago=90), link("c", "down", level="village")], NOW)
    assert counts["county"] == {"down": 0, "stale": 1, "degraded": 0, "in_call": 0, "up": 1}
    assert counts["village"]["down"] == 1
    assert set(counts) == {"city", "county", "township", "village"}


def columns(links: list[VideoLink]) -> tuple:
    level, kind = zip(*(video.group_key(x.level, x.kind) for x in links), strict=True)
    seen = [x.last_seen.timestamp() if x.last_seen else np.nan for x in links]
    return (np.array(level), np.array(kind), np.array([video.state_rank(x.state) for x in links]),
            np.array([x.loss_pct for x in links]), np.array([x.latency_ms for x in links]), np.array(seen))


def test_the_column_rules_agree_with_the_plain_ones():
    rng = random.Random(3)
    links = sorted((link(f"l{i:03d}", rng.choice(list(video.SHOWN_STATES[:1] + video.SHOWN_STATES[2:])),
                         level=rng.choice(video.LEVELS), kind=rng.choice(video.KINDS),
                         ago=rng.choice([None, rng.uniform(0, 120)]), loss=rng.choice([0.5, 2.0]),
                         latency=rng.choice([40.0, 90.0])) for i in range(300)), key=lambda x: x.id)
    level, kind, state, loss, latency, seen = columns(links)
    shown = video.shown_ranks(state, seen, NOW.timestamp())
    order = video.board_order(level, kind, shown, loss, latency, seen)
    assert [links[i].id for i in order] == [x.id for x in video.worst_first(links, NOW)]
    assert video.count_ranks(level, shown) == video.counts_by_level(links, NOW)
