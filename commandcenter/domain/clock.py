"""Time as the centre sees it: aware datetimes in China Standard Time (UTC+08:00)."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

CST = timezone(timedelta(hours=8), "CST")


def now() -> datetime:
    return datetime.now(CST)


def from_epoch_ms(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, CST)


def to_epoch_ms(at: datetime) -> int:
    return int(at.timestamp() * 1000)
