"""The field rules and the track encoding without a hub: policy ``track_days``, the codec, the slot
rule, impossible fixes, batches with several fixes of one worker."""
from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from commandcenter.domain import field as rules
from commandcenter.domain.errors import CommandError
from commandcenter.domain.policy import PolicyError
from commandcenter.net.field import _ranks
from commandcenter.policy_file import default_policy, load_policy
from commandcenter.service.tracks import TrackBuffer, decode, encode
from tests.test_policy import write

HOUR = 1_795_449_600_000  # a whole hour


def test_track_days_defaults_to_seven_and_must_be_a_sensible_whole_number(tmp_path):
    assert default_policy(date(2026, 6, 1)).track_days == 7
    assert load_policy(write(tmp_path, "track_days = 7", "track_days = 30"), date(2026, 6, 1)).track_days == 30
    with pytest.raises(PolicyError, match="track_days"):
        load_policy(write(tmp_path, "track_days = 7", "track_days = 0"), date(2026, 6, 1))


def test_the_codec_gives_back_exactly_what_it_was_given():
    rng = np.random.default_rng(1)
    lat = (39_600_000 + np.cumsum(rng.integers(-200, 200, 240))).astype(np.int32)
    lon = (118_100_000 + np.cumsum(rng.integers(-200, 200, 240))).astype(np.int32)
    ms = HOUR + np.arange(240) * 15_000 + rng.integers(0, 15_000, 240)
    status = rng.integers(0, 4, 240).astype(np.int8)
    back = decode(encode(lat, lon, ms, status, HOUR), HOUR)
    for got, want in zip(back, (lat, lon, ms, status), strict=True):
        assert np.array_equal(got, want)


def buffer() -> TrackBuffer:
    tracks = TrackBuffer(2, (118.0, 39.0, 119.0, 40.0))
    tracks.seed(np.full(2, np.nan), np.full(2, np.nan), np.zeros(2, dtype=np.int64))
    return tracks


def feed(tracks: TrackBuffer, lat: float, lon: float, ms: int) -> tuple[bool, bool]:
    good, kept = tracks.ingest(np.array([0]), np.array([lat]), np.array([lon]), np.array([ms]),
                               np.array([2], dtype=np.int8))
    return bool(good[0]), bool(kept[0])


def test_the_first_fix_of_each_slot_is_kept_and_impossible_ones_are_not():
    tracks = buffer()
    assert feed(tracks, 39.5, 118.5, HOUR) == (True, True)
    assert feed(tracks, 39.5001, 118.5, HOUR + 14_999) == (True, False)  # same slot
    assert feed(tracks, 41.0, 118.5, HOUR + 15_000) == (False, False)  # outside the city
    assert feed(tracks, 39.6, 118.5, HOUR + 20_000) == (False, False)  # 11 km in 20 s
    assert feed(tracks, 39.5002, 118.5, HOUR + 30_000) == (True, True)
    assert tracks.counters.as_dict() == {"kept": 2, "thinned": 1, "rejected_place": 1, "rejected_jump": 1, "late": 0}


def test_a_worker_who_really_moved_is_believed_after_a_few_jumps():
    tracks = buffer()
    feed(tracks, 39.5, 118.5, HOUR)
    answers = [feed(tracks, 39.9, 118.5, HOUR + 15_000 * k)[0] for k in range(1, rules.JUMP_RESET + 2)]
    assert answers == [False] * rules.JUMP_RESET + [True]


def test_several_fixes_of_one_worker_in_a_batch_are_taken_in_time_order():
    assert _ranks(np.array([3, 1, 2]), np.array([5, 5, 5])) is None
    assert _ranks(np.array([1, 2, 1, 1]), np.array([30, 10, 10, 20])).tolist() == [2, 0, 0, 1]


def test_a_track_query_spans_at_most_a_day_and_needs_a_desk_role():
    since = rules.MAX_TRACK_SPAN
    with pytest.raises(CommandError, match="24 hours"):
        rules.check_track_query("supervisor", date(2026, 1, 1), date(2026, 1, 1) + since * 2)
    with pytest.raises(CommandError, match="may not"):
        rules.check_track_query("wall", date(2026, 1, 1), date(2026, 1, 2))
    with pytest.raises(CommandError, match="outside your area"):
        rules.check_track_area("130203001002017", "130204")
