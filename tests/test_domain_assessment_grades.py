"""The assessment score and grade rule on its own: grade boundaries, policy weights, the judged deadline."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import pytest

from commandcenter.domain.assessment import Tally, assessment_row, assessment_score, grade, judged_due, was_extended
from commandcenter.domain.clock import CST
from commandcenter.domain.policy import Weights


@pytest.mark.parametrize(("score", "letter"), [
    (100, "A"), (90, "A"), (89.9, "B"), (75, "B"), (74.9, "C"), (60, "C"), (59.9, "D"), (40, "D"),
    (39.9, "E"), (0, "E"), (None, None),
])
def test_grade_boundaries(score, letter):
    assert grade(score) == letter


def test_score_from_the_default_weights():
    tally = Tally(should_close=4, closed=3, closed_on_time=2, reworked=1, extended=1, returned=2)
    assert assessment_score(Weights(), tally) == pytest.approx(100 * (40 * .5 + 30 * .75 + 20 * .75 + 10 * .75) / 100)
    assert assessment_score(Weights(), Tally(0, 0, 0, 0, 0, 0)) is None


def test_weights_come_from_the_policy():
    tally = Tally(should_close=4, closed=4, closed_on_time=1, reworked=0, extended=0, returned=0)
    assert assessment_score(Weights(on_time=1, close=0, rework=0, extension=0), tally) == 25.0
    row = assessment_row("g", tally, None, Weights(on_time=1, close=0, rework=0, extension=0))
    assert (row["score"], row["grade"], row["on_time_rate"]) == (25.0, "E", 0.25)


def test_a_perfect_record_scores_100_and_nothing_done_scores_what_was_not_wrong():
    assert assessment_score(Weights(), Tally(5, 5, 5, 0, 0, 0)) == 100.0
    assert assessment_score(Weights(), Tally(5, 0, 0, 0, 0, 0)) == 30.0


@dataclass
class _Event:
    status: str
    due_at: datetime | None
    original_due_at: datetime | None = None


def test_judged_by_the_deadline_before_any_extension():
    first, moved = datetime(2026, 5, 6, 10, tzinfo=CST), datetime(2026, 5, 9, 10, tzinfo=CST)
    assert judged_due(_Event("in_progress", moved, first)) == first and was_extended(_Event("x", moved, first))
    assert judged_due(_Event("resolved", first)) == first and not was_extended(_Event("x", first))
    assert judged_due(_Event("merged", first)) is None and judged_due(_Event("void", first)) is None
