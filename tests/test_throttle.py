"""Throttle (STYLE §7): at once when idle, the latest arguments once per delay, never more."""
from __future__ import annotations

import time

from commandcenter.widgets.throttle import Throttle


def make(delay_ms: int = 100) -> tuple[Throttle, list]:
    calls: list = []
    return Throttle(lambda *a, **k: calls.append((a, k)), delay_ms), calls


def test_first_call_runs_at_once(qtbot):
    throttle, calls = make()
    throttle(1, key="a")
    assert calls == [((1,), {"key": "a"})]
    assert not throttle.pending


def test_burst_runs_first_and_latest_only(qtbot):
    throttle, calls = make()
    for i in range(10):
        throttle(i)
    assert calls == [((0,), {})]
    assert throttle.pending
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=1000)
    qtbot.wait(250)
    assert calls == [((0,), {}), ((9,), {})]


def test_burst_is_delayed_by_the_delay(qtbot):
    throttle, calls = make(delay_ms=300)
    throttle(1)
    throttle(2)
    qtbot.wait(100)
    assert len(calls) == 1
    qtbot.waitUntil(lambda: len(calls) == 2, timeout=1000)


def test_idle_again_after_the_delay(qtbot):
    throttle, calls = make(delay_ms=50)
    throttle(1)
    qtbot.wait(120)
    throttle(2)
    assert [a for a, _ in calls] == [(1,), (2,)]


def test_cancel_drops_the_pending_call(qtbot):
    throttle, calls = make()
    throttle(1)
    throttle(2)
    throttle.cancel()
    qtbot.wait(250)
    assert [a for a, _ in calls] == [(1,)]


def test_flush_runs_the_pending_call_now(qtbot):
    throttle, calls = make(delay_ms=10_000)
    throttle(1)
    throttle(2)
    throttle.flush()
    assert [a for a, _ in calls] == [(1,), (2,)]
    assert not throttle.pending
    throttle.flush()
    assert len(calls) == 2


def test_slow_function_still_leaves_idle_time(qtbot):
    throttle = Throttle(lambda: time.sleep(0.08), 50)
    throttle()
    throttle()
    assert throttle.pending  # the delay counts from the end of the slow run
