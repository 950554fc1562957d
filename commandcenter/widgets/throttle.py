"""Throttle bursts of calls (qutebrowser ``misc/throttle.py``, STYLE §7).

A call made while idle runs at once. Calls made within ``delay_ms`` of the last run replace the pending
arguments, and one single-shot timer runs the latest of them when the delay is up.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer


class Throttle(QObject):
    """Run ``func`` at most once per ``delay_ms``, always with the latest arguments."""

    def __init__(self, func: Callable[..., Any], delay_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._func = func
        self._delay_ms = delay_ms
        self._pending: tuple[tuple, dict] | None = None
        self._last_ms: float | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)

    @property
    def delay_ms(self) -> int:
        return self._delay_ms

    @property
    def pending(self) -> bool:
        """True while a call waits for the timer."""
        return self._pending is not None

    def set_delay(self, delay_ms: int) -> None:
        self._delay_ms = delay_ms

    def __call__(self, *args: Any, **kwargs: Any) -> None:
        if self._pending is None:
            since = None if self._last_ms is None else _now_ms() - self._last_ms
            if since is None or since >= self._delay_ms:
                self._run(args, kwargs)
                return
            self._timer.start(max(0, int(self._delay_ms - since)))
        self._pending = (args, kwargs)

    def flush(self) -> None:
        """Run the pending call now, if there is one."""
        if self._pending is not None:
            self._timer.stop()
            self._fire()

    def cancel(self) -> None:
        """Drop the pending call, if any."""
        self._timer.stop()
        self._pending = None

    def _fire(self) -> None:
        if self._pending is None:
            return
        args, kwargs = self._pending
        self._pending = None
        self._run(args, kwargs)

    def _run(self, args: tuple, kwargs: dict) -> None:
        try:
            self._func(*args, **kwargs)
        finally:  # the delay counts from the end of a run, so a slow ``func`` still leaves idle time
            self._last_ms = _now_ms()


def _now_ms() -> float:
    return time.monotonic() * 1000.0
