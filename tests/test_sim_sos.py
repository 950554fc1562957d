"""The simulator's SOS calls: rare (about one per 30 simulated minutes) and fixed by the seed."""
from __future__ import annotations

from types import SimpleNamespace

from commandcenter.sim.sos import SosCaller


def test_sos_calls_are_rare_and_follow_the_seed() -> None:
    world = SimpleNamespace(speed=1.0, field=[0] * 50)
    first, second = SosCaller(world, seed=11), SosCaller(world, seed=11)
    gaps = [first.gap() for _ in range(400)]
    assert gaps == [second.gap() for _ in range(400)]
    assert 1500 < sum(gaps) / len(gaps) < 2100  # seconds, at speed 1
    assert [first.pick() for _ in range(5)] == [second.pick() for _ in range(5)]
    assert [SosCaller(world, seed=12).gap() for _ in range(3)] != gaps[:3]


def test_at_demo_speed_the_gap_shrinks_with_the_speed() -> None:
    fast = SosCaller(SimpleNamespace(speed=60.0, field=[0]), seed=11)
    slow = SosCaller(SimpleNamespace(speed=1.0, field=[0]), seed=11)
    assert abs(slow.gap() / fast.gap() - 60.0) < 1e-6
