"""The video network's rules (视联网, 四频一网): staleness, worst-first order, counts per level.

A link not heard from for ``STALE_AFTER_S`` seconds is *stale* whatever its last report said:
the board, the wall and any summary show it so. Worst first means: down, stale, degraded, in a
call, up; within a state the higher loss, then the higher latency, then the older report first.
Plain Python: callers pass "now" (a datetime) and may pass another threshold. The same rules
come vectorised over numpy columns (:func:`shown_ranks`, :func:`board_order`, :func:`count_ranks`)
for boards of thousands of links; tests hold both to the same answers.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

import numpy as np

from .codes import LinkKind, LinkLevel, LinkState
from .entities import VideoLink

#: seconds without a report after which a link is shown as stale
STALE_AFTER_S = 60.0
#: the state shown for a link that has not reported for too long
STALE = "stale"
#: every state a link can be shown in, worst first
SHOWN_STATES: tuple[str, ...] = (LinkState.DOWN, STALE, LinkState.DEGRADED, LinkState.IN_CALL, LinkState.UP)
LEVELS: tuple[str, ...] = tuple(LinkLevel)
KINDS: tuple[str, ...] = tuple(LinkKind)

_RANK = {state: rank for rank, state in enumerate(SHOWN_STATES)}
_LEVEL_RANK = {level: rank for rank, level in enumerate(LEVELS)}
_KIND_RANK = {kind: rank for rank, kind in enumerate(KINDS)}


def age_s(last_seen: datetime | None, now: datetime) -> float | None:
    """Seconds since the link's last report (None when it never reported)."""
    return None if last_seen is None else (now - last_seen).total_seconds()


def is_stale(age: float | None, stale_after: float = STALE_AFTER_S) -> bool:
    return age is None or age >= stale_after


def shown_state(state: str, age: float | None, stale_after: float = STALE_AFTER_S) -> str:
    """The state to show: ``stale`` once the last report is too old, else the reported state."""
    return STALE if is_stale(age, stale_after) else state


def state_rank(shown: str) -> int:
    """0 for the worst state; unknown states rank after ``up``."""
    return _RANK.get(shown, len(SHOWN_STATES))


def group_key(level: str, kind: str) -> tuple[int, int]:
    """Groups in board order: city, county, township, village; terminal, camera, drone."""
    return _LEVEL_RANK.get(level, len(LEVELS)), _KIND_RANK.get(kind, len(KINDS))


def badness(shown: str, loss_pct: float | None, latency_ms: float | None, age: float | None) -> tuple:
    """Sort key within a group: smaller is worse (see the module docstring)."""
    return state_rank(shown), -(loss_pct or 0.0), -(latency_ms or 0.0), -(age if age is not None else float("inf"))


def sort_key(link: VideoLink, shown: str, age: float | None) -> tuple:
    """The board's order: by group, then worst first, then by id (stable)."""
    return group_key(link.level, link.kind), badness(shown, link.loss_pct, link.latency_ms, age), link.id


def worst_first(links: Iterable[VideoLink], now: datetime, stale_after: float = STALE_AFTER_S) -> list[VideoLink]:
    """The links grouped by level and kind, worst first within each group."""
    def key(link: VideoLink) -> tuple:
        age = age_s(link.last_seen, now)
        return sort_key(link, shown_state(link.state, age, stale_after), age)

    return sorted(links, key=key)


def empty_counts() -> dict[str, dict[str, int]]:
    return {level: dict.fromkeys(SHOWN_STATES, 0) for level in LEVELS}


def count_states(pairs: Iterable[tuple[str, str]]) -> dict[str, dict[str, int]]:
    """(level, shown state) pairs -> level -> state -> count, every level and state present."""
    counts = empty_counts()
    for level, shown in pairs:
        row = counts.setdefault(level, dict.fromkeys(SHOWN_STATES, 0))
        row[shown] = row.get(shown, 0) + 1
    return counts


def counts_by_level(links: Iterable[VideoLink], now: datetime,
                    stale_after: float = STALE_AFTER_S) -> dict[str, dict[str, int]]:
    """How many links of each level are in each shown state (stale included)."""
    return count_states((link.level, shown_state(link.state, age_s(link.last_seen, now), stale_after))
                        for link in links)


# -- the same rules over columns (one entry per link) ------------------------------------------

STALE_RANK = state_rank(STALE)


def shown_ranks(state_ranks: np.ndarray, last_seen_s: np.ndarray, now_s: float,
                stale_after: float = STALE_AFTER_S) -> np.ndarray:
    """:func:`shown_state` as ranks: the reported state's rank, or the stale rank (``last_seen_s`` NaN: never)."""
    with np.errstate(invalid="ignore"):
        fresh = (now_s - last_seen_s) < stale_after  # NaN compares False: never reported is stale
    return np.where(fresh, state_ranks, STALE_RANK)


def board_order(level_ranks: np.ndarray, kind_ranks: np.ndarray, shown: np.ndarray, loss: np.ndarray,
                latency: np.ndarray, last_seen_s: np.ndarray) -> np.ndarray:
    """Positions in :func:`sort_key` order (input order breaks ties: pass links sorted by id)."""
    seen = np.nan_to_num(last_seen_s, nan=-np.inf)  # never reported counts as the oldest
    return np.lexsort((seen, -np.nan_to_num(latency), -np.nan_to_num(loss), shown, kind_ranks, level_ranks))


def count_ranks(level_ranks: np.ndarray, shown: np.ndarray) -> dict[str, dict[str, int]]:
    """:func:`count_states` over rank columns (levels outside :data:`LEVELS` are left out)."""
    known = level_ranks < len(LEVELS)
    flat = np.bincount(level_ranks[known] * len(SHOWN_STATES) + shown[known],
                       minlength=len(LEVELS) * len(SHOWN_STATES)).reshape(len(LEVELS), len(SHOWN_STATES))
    return {level: dict(zip(SHOWN_STATES, flat[i].tolist(), strict=True)) for i, level in enumerate(LEVELS)}
