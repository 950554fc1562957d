"""The wall's KPI figures: today's ``query.stats`` totals and the live counts, each with its change since yesterday.

From the hub (``query.stats`` over today so far, and over yesterday up to the same time of day): reports,
accepted, completed, completion rate, on-time rate, satisfaction. From the live picture: dispatched, in
progress and overdue cases now (open events, :data:`commandcenter.domain.watch.UNSETTLED`); their change
since yesterday compares with the wall's own sample from 24 hours before (kept hourly, 26 samples at most),
so a wall started less than a day ago shows no change for them yet.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from commandcenter.domain.clock import CST
from commandcenter.domain.entities import Event
from commandcenter.domain.watch import UNSETTLED
from commandcenter.i18n import tr

from .stats import percent, score_text

#: tile keys in order, and where each figure comes from
KPIS = ("reported", "accepted", "dispatched", "in_progress", "overdue", "resolved", "completion_rate",
        "on_time_rate", "avg_satisfaction")
LIVE = ("dispatched", "in_progress", "overdue")
RATES = ("completion_rate", "on_time_rate")
#: +1: a rise is good news (green), -1: bad news (red), 0: neither
GOOD_WHEN = {"reported": 0, "accepted": 1, "dispatched": 0, "in_progress": 0, "overdue": -1, "resolved": 1,
             "completion_rate": 1, "on_time_rate": 1, "avg_satisfaction": 1}
SAMPLE_EVERY = timedelta(hours=1)
DAY = timedelta(days=1)
TOLERANCE = timedelta(minutes=45)


def titles() -> dict[str, str]:
    return {"reported": tr("Reports today"), "accepted": tr("Accepted"), "dispatched": tr("Dispatched"),
            "in_progress": tr("In progress"), "overdue": tr("Overdue"), "resolved": tr("Completed"),
            "completion_rate": tr("Completion rate"), "on_time_rate": tr("On-time rate"),
            "avg_satisfaction": tr("Satisfaction")}


def stats_windows(now: datetime) -> tuple[tuple[datetime, datetime], tuple[datetime, datetime]]:
    """``[today 00:00, now)`` and ``[yesterday 00:00, now - 24 h)`` in centre time."""
    local = now.astimezone(CST)
    midnight = datetime.combine(local.date(), time(0), CST)
    return (midnight, local), (midnight - DAY, local - DAY)


def live_counts(events: Iterable[Event]) -> dict[str, int]:
    counts = dict.fromkeys(LIVE, 0)
    for event in events:
        if event.status in ("dispatched", "in_progress"):
            counts[event.status] += 1
        if event.overdue and event.status in UNSETTLED:
            counts["overdue"] += 1
    return counts


class DailyMemory:
    """Hourly samples of the live counts, enough to look back one day; bounded."""

    def __init__(self) -> None:
        self.samples: deque[tuple[datetime, dict[str, int]]] = deque(maxlen=26)

    def put(self, at: datetime, counts: dict[str, int]) -> None:
        if not self.samples or at - self.samples[-1][0] >= SAMPLE_EVERY:
            self.samples.append((at, dict(counts)))

    def day_before(self, at: datetime) -> dict[str, int] | None:
        wanted = at - DAY
        best = min(self.samples, key=lambda s: abs(s[0] - wanted), default=None)
        return best[1] if best is not None and abs(best[0] - wanted) <= TOLERANCE else None


@dataclass(frozen=True)
class Figure:
    value: str
    change: str
    tone: str  # ok / critical / muted: the colour of the change


def value_text(key: str, value) -> str:
    if key in RATES:
        return percent(value)
    if key == "avg_satisfaction":
        return score_text(value)
    return "—" if value is None else str(value)


def figure(key: str, today, yesterday) -> Figure:
    """The tile's figure and its change since yesterday (``yesterday`` None: not known)."""
    if today is None or yesterday is None:
        return Figure(value_text(key, today), "—", "muted")
    diff = today - yesterday
    scale, digits = (100.0, 1) if key in RATES else (1.0, 2) if key == "avg_satisfaction" else (1.0, 0)
    amount = f"{abs(diff) * scale:.{digits}f}" + (tr(" pts") if key in RATES else "")
    if round(diff * scale, digits) == 0:
        return Figure(value_text(key, today), "=", "muted")
    arrow = "▲" if diff > 0 else "▼"
    good = GOOD_WHEN[key] * (1 if diff > 0 else -1)
    tone = "ok" if good > 0 else "critical" if good < 0 else "muted"
    return Figure(value_text(key, today), f"{arrow} {amount}", tone)


def figures(today: dict, yesterday: dict, live: dict[str, int], live_before: dict[str, int] | None
            ) -> dict[str, Figure]:
    """Every tile's figure from the two stats rows (``{}`` when not loaded) and the live counts."""
    out = {}
    for key in KPIS:
        if key in LIVE:
            out[key] = figure(key, live.get(key), None if live_before is None else live_before.get(key))
        else:
            out[key] = figure(key, today.get(key), yesterday.get(key) if today else None)
    return out
