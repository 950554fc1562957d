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
from commandcenter.service.track_codec import decode, encode
from commandcenter.service.tracks import TrackBuffer
from tests.test_policy import write

HOUR = 1_795_449_600_000  # a whole hour


def test_track_days_defaults_to_seven_and_must_be_a_sensible_whole_number(tmp_path):
    assert default_policy(date(2026, 6, 1)).track_days == 7
    assert load_policy(write(tmp_path, "track_days = 7", "track_days = 30"), date(2026, 6, 1)).track_days == 30
    with pytest.raises(PolicyError, match="track_days"):
        load_policy(write(tmp_path, "track_days = 7", "track_days = 0"), date(2026, 6, 1))


def walk(rng, n: int, stride: int) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``n`` points of a worker-hour at the track step: a wandering walk, times inside their slots."""
    step = rules.TRACK_STEP_E6
    lat = (39_600_000 + np.cumsum(rng.integers(-stride, stride, n)) * step).astype(np.int32)
    lon = (118_100_000 + np.cumsum(rng.integers(-stride, stride, n)) * step).astype(np.int32)
    slots = np.sort(rng.choice(rules.SLOTS_PER_HOUR, n, replace=False))
    ms = HOUR + slots * rules.TRACK_SLOT_MS + rng.integers(0, rules.TRACK_SLOT_MS, n)
    return lat, lon, ms, rng.integers(0, 4, n).astype(np.int8)


@pytest.mark.parametrize(("n", "stride"), [(240, 4), (240, 400), (17, 1), (1, 1), (2, 30_000)])
def test_the_codec_gives_back_exactly_what_it_was_given(n, stride):
    points = walk(np.random.default_rng(n + stride), n, stride)
    back = decode(encode(*points, HOUR), HOUR)
    for got, want in zip(back, points, strict=True):
        assert np.array_equal(got, want)


def test_places_are_kept_to_the_track_step_and_a_walking_hour_takes_under_a_byte_a_point():
    lat, lon, _, _ = walk(np.random.default_rng(3), 240, 3)  # moves of up to 15 m a slot
    ms = HOUR + np.arange(240) * rules.TRACK_SLOT_MS + 4_000  # a phone reporting on its own clock
    blob = encode(lat + 20, lon - 24, ms, np.full(240, 2, dtype=np.int8), HOUR)  # within half a step
    back = decode(blob, HOUR)
    assert np.array_equal(back[0], lat) and np.array_equal(back[1], lon) and np.array_equal(back[2], ms)
    assert len(blob) < 240
    assert rules.track_e6(np.array([39.60002, 118.100026])).tolist() == [39_600_000, 118_100_050]


def test_rows_written_in_the_first_encoding_still_read():
    v1 = bytes.fromhex("01789c63fa32d14f31e78241453d03830203137be9b31d0c0c220c20c0c2c0c007663031310200c96906c1")
    lat, lon, ms, status = decode(v1, HOUR)
    assert lat.tolist() == [39600001, 39600123, 39600050] and lon.tolist() == [118100007, 118099990, 118100300]
    assert (ms - HOUR).tolist() == [1000, 16000, 45500] and status.tolist() == [2, 2, 1]
    with pytest.raises(ValueError, match="unknown track encoding"):
        decode(b"\x07" + v1[1:], HOUR)


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
