"""The red and black lists (红黑榜): ranked by score, nobody on both, the unranked left out."""
from __future__ import annotations

from hypothesis import given, strategies as st

from commandcenter.domain.honours import ranked, red_black


def row(key, score):
    return {"key": key, "score": score}


def test_best_on_red_worst_on_black_worst_first():
    rows = [row(k, s) for k, s in (("a", 80.0), ("b", 95.5), ("c", 40.0), ("d", 61.0), ("e", 72.0))]
    red, black = red_black(rows, 2)
    assert [r["key"] for r in red] == ["b", "a"] and [r["key"] for r in black] == ["c", "d"]


def test_rows_without_a_score_or_a_key_are_not_ranked():
    rows = [row("a", None), row(None, 99.0), row("b", 50.0)]
    assert ranked(rows) == [row("b", 50.0)] and red_black(rows, 3) == ([row("b", 50.0)], [])


def test_ties_are_broken_by_key():
    assert [r["key"] for r in ranked([row("z", 70.0), row("m", 70.0)])] == ["m", "z"]


@given(st.lists(st.tuples(st.text(max_size=3), st.floats(0, 100)), unique_by=lambda t: t[0]), st.integers(1, 8))
def test_nobody_is_on_both_lists_and_red_outranks_black(pairs, n):
    red, black = red_black([row(k, s) for k, s in pairs], n)
    assert len(red) == min(n, len(pairs)) and len(black) == min(n, len(pairs) - len(red))
    assert not {r["key"] for r in red} & {r["key"] for r in black}
    assert all(r["score"] >= b["score"] for r in red for b in black)
