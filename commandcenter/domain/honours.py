"""The red and black lists (红黑榜) of a graded assessment (``query.assessment``, PROTOCOL.md "Practice").

Rows are ranked by score, best first (ties by key, so the order is stable); rows without a score (nothing
fell due) or without a key (cases with nobody of the grouping) are not ranked. The red list is the best
``n``, the black list the worst ``n`` (worst first) of the rest: nobody is on both.
"""
from __future__ import annotations

from collections.abc import Iterable

#: how many a list holds unless the desk says otherwise
RED_BLACK_N = 5


def rankable(row: dict) -> bool:
    return row.get("key") is not None and row.get("score") is not None


def ranked(rows: Iterable[dict]) -> list[dict]:
    """The rankable rows, best score first."""
    return sorted(filter(rankable, rows), key=lambda r: (-r["score"], str(r["key"])))


def red_black(rows: Iterable[dict], n: int = RED_BLACK_N) -> tuple[list[dict], list[dict]]:
    """(red list: the best ``n``, best first; black list: the worst ``n`` of the others, worst first)."""
    order = ranked(rows)
    red = order[:n]
    rest = order[len(red):]
    return red, rest[::-1][:n]
