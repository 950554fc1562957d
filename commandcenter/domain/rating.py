"""Worker star ratings (星级评定): 1–5 stars from the on-time rate and the average satisfaction.

score = the weighted mean of the parts a worker has: the on-time rate (weight 0.6) and satisfaction
mapped from 1–5 onto 0–1 (weight 0.4). A worker with no judged case is scored on satisfaction alone, one
never followed up on the on-time rate alone, and one with neither is not rated (None), never given a
low mark for lack of cases. Stars follow the assessment grade bands: 90 / 75 / 60 / 40.
"""
from __future__ import annotations

ON_TIME_WEIGHT = 0.6
SATISFACTION_WEIGHT = 0.4
#: (lowest score, stars), best first; below the last band a worker still gets one star
STAR_BANDS = ((0.90, 5), (0.75, 4), (0.60, 3), (0.40, 2))
MAX_STARS = 5


def score(on_time_rate: float | None, avg_satisfaction: float | None) -> float | None:
    """0–1, or None when there is nothing to rate on."""
    parts = []
    if on_time_rate is not None:
        parts.append((ON_TIME_WEIGHT, _clamp(on_time_rate)))
    if avg_satisfaction is not None:
        parts.append((SATISFACTION_WEIGHT, _clamp((avg_satisfaction - 1) / 4)))
    if not parts:
        return None
    return sum(w * v for w, v in parts) / sum(w for w, _ in parts)


def stars(on_time_rate: float | None, avg_satisfaction: float | None) -> int | None:
    """1–5 stars, or None (not rated: no judged case and no satisfaction recorded)."""
    value = score(on_time_rate, avg_satisfaction)
    if value is None:
        return None
    return next((count for lowest, count in STAR_BANDS if value >= lowest - 1e-9), 1)


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))
