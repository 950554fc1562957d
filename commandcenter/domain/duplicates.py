"""Duplicate reports (重复件): when two reports are one matter, and which merges are allowed.

Two reports are candidates when their categories are the same or related, they lie within
:data:`RADIUS_M` of each other, came in within :data:`WINDOW_MS` of each other, and their texts
are similar: the Dice coefficient of the character bigrams of title and description (bigrams
work for Chinese, which has no spaces to split words on) is at least :data:`MIN_SIMILARITY`.

Candidates are ranked by ``score`` (0–1): mostly the text, then nearness in space and time,
a little less for a related rather than the same category.

Finding candidates needs the reports *near* a new one: :func:`cell` and :func:`cells_around`
define a grid of cells about :data:`RADIUS_M` wide, so every report within the radius of a
point lies in one of the nine cells around it (the hub keeps an index by cell; nothing here
does I/O).

A flood of reports about one matter puts hundreds of them in those cells. :func:`screen`
narrows them with numpy to the few that can still rank among the best, and :func:`rank`
gives the answer from those: the same answer as :func:`rank` over them all.
"""
from __future__ import annotations

import math
import unicodedata
from collections.abc import Callable, Iterable
from functools import lru_cache

import msgspec
import numpy as np

from .codes import EventStatus as S
from .errors import bad_request, conflict

RADIUS_M = 300.0
WINDOW_MS = 72 * 3600 * 1000
MIN_SIMILARITY = 0.15
#: the candidates an event keeps in ``possible_duplicates`` (best first)
MAX_CANDIDATES = 5

#: categories that often describe one matter: a missing manhole cover is a public facility and a
#: safety hazard, a burst pipe is water supply and a public facility; ``other`` relates to all
RELATED_GROUPS: tuple[frozenset[str], ...] = (
    frozenset({"public_facility", "sanitation", "water_supply", "safety_hazard"}),
    frozenset({"public_facility", "parking_traffic"}),
    frozenset({"safety_hazard", "fire_hazard", "emergency_call"}),
    frozenset({"dispute", "public_security", "petition"}),
    frozenset({"housing_property", "public_facility", "water_supply"}),
    frozenset({"market_food", "health_epidemic"}),
    frozenset({"special_population", "employment_social"}),
)
ANY_CATEGORY = "other"
#: score weights: text similarity, nearness in space, nearness in time; a related category scales by
TEXT_WEIGHT, PLACE_WEIGHT, TIME_WEIGHT = 0.6, 0.25, 0.15
RELATED_FACTOR = 0.9

#: an event may be merged, or merged into, while its loop is still to be closed by a follow-up
MERGEABLE = frozenset({S.REPORTED, S.ACCEPTED, S.DISPATCHED, S.IN_PROGRESS, S.RESOLVED, S.VERIFIED})

_M_PER_DEG = 111_320.0
_EARTH_M = 6_371_008.8
_LAT_STEP = RADIUS_M * 1.01 / _M_PER_DEG


class Report(msgspec.Struct, frozen=True, gc=False):
    """What the rule needs of an event."""

    id: int
    category: str
    lat: float
    lon: float
    at_ms: int
    title: str
    description: str

    @property
    def grams(self) -> frozenset[str]:
        return text_grams(self.title, self.description)


class Candidate(msgspec.Struct, frozen=True, gc=False):
    event_id: int
    score: float
    distance_m: float
    minutes_apart: int


# -- text -------------------------------------------------------------------------------------

def _kept(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LN"


def bigrams(*texts: str) -> frozenset[str]:
    """The character bigrams of each text, lower-cased, with spaces and punctuation left out."""
    grams: set[str] = set()
    for text in texts:
        chars = "".join(ch for ch in text.lower() if _kept(ch))
        grams.update(chars[i:i + 2] for i in range(len(chars) - 1))
        if len(chars) == 1:
            grams.add(chars)
    return frozenset(grams)


@lru_cache(maxsize=1 << 18)
def text_grams(title: str, description: str) -> frozenset[str]:
    """:func:`bigrams` of a report, remembered (only reports that pass the cheaper tests need them)."""
    return bigrams(title, description)


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice coefficient: 2 |a ∩ b| / (|a| + |b|); 0 when both are empty."""
    total = len(a) + len(b)
    return 2 * len(a & b) / total if total else 0.0


def _related_table() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for group in RELATED_GROUPS:
        for category in group:
            table.setdefault(category, set()).update(group)
    return {category: frozenset(found) for category, found in table.items()}


_RELATED = _related_table()


def related(a: str, b: str) -> bool:
    return a == b or ANY_CATEGORY in (a, b) or b in _RELATED.get(a, ())


@lru_cache(maxsize=256)
def related_to(category: str) -> frozenset[str] | None:
    """The categories :func:`related` to ``category``, or None for all of them (``other``)."""
    if category == ANY_CATEGORY:
        return None
    return frozenset({category, ANY_CATEGORY}) | _RELATED.get(category, frozenset())


# -- space --------------------------------------------------------------------------------------

def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance on the sphere (equirectangular: exact enough at a few hundred metres)."""
    x = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    y = math.radians(lat2 - lat1)
    return _EARTH_M * math.hypot(x, y)


@lru_cache(maxsize=1 << 16)
def _lon_step(row: int) -> float:
    """Cell width in degrees of longitude for a row: at least the radius at every latitude of it."""
    widest = max(abs(row * _LAT_STEP), abs((row + 1) * _LAT_STEP))
    return _LAT_STEP / max(math.cos(math.radians(min(widest, 89.9))), 1e-3)


def cell(lat: float, lon: float) -> tuple[int, int]:
    row = math.floor(lat / _LAT_STEP)
    return row, math.floor(lon / _lon_step(row))


def cells_of(lat: np.ndarray, lon: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """:func:`cell` of many points at once: their rows and columns."""
    rows = np.floor(lat / _LAT_STEP)
    distinct, inverse = np.unique(rows, return_inverse=True)
    steps = np.array([_lon_step(int(row)) for row in distinct])
    return rows.astype(np.int64), np.floor(lon / steps[inverse]).astype(np.int64)


def cells_around(lat: float, lon: float) -> list[tuple[int, int]]:
    """The nine cells holding every point within :data:`RADIUS_M` of ``(lat, lon)``."""
    row = math.floor(lat / _LAT_STEP)
    found = []
    for r in (row - 1, row, row + 1):
        col = math.floor(lon / _lon_step(r))
        found += [(r, col - 1), (r, col), (r, col + 1)]
    return found


# -- the rule -------------------------------------------------------------------------------------

def match(probe: Report, other: Report) -> Candidate | None:
    """``other`` as a candidate duplicate of ``probe``, or None when it is not one."""
    apart_ms = abs(probe.at_ms - other.at_ms)
    if apart_ms > WINDOW_MS or other.id == probe.id or not related(probe.category, other.category):
        return None
    distance = distance_m(probe.lat, probe.lon, other.lat, other.lon)
    if distance > RADIUS_M:
        return None
    text = similarity(probe.grams, other.grams)
    if text < MIN_SIMILARITY:
        return None
    score = TEXT_WEIGHT * text + PLACE_WEIGHT * (1 - distance / RADIUS_M) + TIME_WEIGHT * (1 - apart_ms / WINDOW_MS)
    if probe.category != other.category:
        score *= RELATED_FACTOR
    return Candidate(other.id, round(score, 3), round(distance, 1), round(apart_ms / 60_000))


def rank(probe: Report, others: Iterable[Report], limit: int | None = MAX_CANDIDATES) -> list[Candidate]:
    """The candidates among ``others``, best first (ties: the older report first)."""
    found = [c for c in (match(probe, other) for other in others) if c is not None]
    found.sort(key=lambda c: (-c.score, c.event_id))
    return found if limit is None else found[:limit]


# -- merging ----------------------------------------------------------------------------------------

def check_merge(duplicate_id: int, duplicate_status: str, master_id: int, master_status: str,
                master_merged_into: int | None, duplicate_holds: tuple[int, ...]) -> None:
    """Refuse a merge of event ``duplicate_id`` into ``master_id`` that the case rules forbid:
    into itself (``bad_request``), a cycle, a merged or finished event on either side (``conflict``)."""
    if duplicate_id == master_id:
        raise bad_request(f"cannot merge event {master_id} into itself")
    if master_id in duplicate_holds or master_merged_into == duplicate_id:
        raise conflict(f"merging {duplicate_id} into {master_id} would make a cycle: "
                       f"{master_id} is merged into {duplicate_id}")
    if master_status == S.MERGED:
        raise conflict(f"event {master_id} is itself merged into {master_merged_into}; merge into that one")
    if master_status not in MERGEABLE:
        raise conflict(f"cannot merge into event {master_id}: it is {master_status}")
    if duplicate_status not in MERGEABLE:
        raise conflict(f"cannot merge event {duplicate_id}: it is {duplicate_status}")


# -- screening many at once ----------------------------------------------------------------------

#: how far the screen's distances may be from :func:`distance_m` for reports in the nine cells
#: around a probe (its cosine of the mean latitude is off by under 1e-8 of x), with room to spare
DISTANCE_SLACK_M = 1e-3
#: how far below the ``limit``-th best of the screen's scores a report may lie and still rank among
#: the best ``limit`` by :func:`rank`, which compares scores rounded to 0.001 (each off by up to
#: 0.0005); the screen's own error (under 1e-9) is well inside the extra millionth
SCORE_SLACK = 0.001 + 1e-6
_REACH_M = RADIUS_M + DISTANCE_SLACK_M
#: the rows of the numbers :func:`screen` takes, one column per report (see :func:`numbers`)
NORTH, EAST, HALF_COS, AT, CATEGORY, TEXT, ID = range(7)


def plane(lat: float, lon: float) -> tuple[float, float, float]:
    """A place for the screen: metres along the meridian and the equator, and half the cosine of
    its latitude (the cosine at the midpoint of two places a few hundred metres apart is, to 1e-8,
    the mean of theirs)."""
    return math.radians(lat) * _EARTH_M, math.radians(lon) * _EARTH_M, math.cos(math.radians(lat)) / 2


def numbers(report: Report, category_code: int, text_code: int) -> tuple[float, ...]:
    """A report's column for :func:`screen`; the codes number categories and distinct texts."""
    return (*plane(report.lat, report.lon), report.at_ms, category_code, text_code, report.id)


def columns(reports: list[Report], category_codes: list[int], text_codes: list[int]) -> np.ndarray:
    """:func:`numbers` of many reports at once, one column each."""
    lat, lon = np.array([r.lat for r in reports]), np.array([r.lon for r in reports])
    found = np.empty((7, len(reports)))
    found[NORTH], found[EAST] = np.radians(lat) * _EARTH_M, np.radians(lon) * _EARTH_M
    found[HALF_COS] = np.cos(np.radians(lat)) / 2
    found[AT], found[ID] = [r.at_ms for r in reports], [r.id for r in reports]
    found[CATEGORY], found[TEXT] = category_codes, text_codes
    return found


def weight(category: str, other: str) -> float:
    """What :func:`match` multiplies the score of a report of category ``other`` by (0: no candidate)."""
    if not related(category, other):
        return 0.0
    return 1.0 if category == other else RELATED_FACTOR


def screen(probe: Report, columns: np.ndarray, weights: np.ndarray,
           similarities: Callable[[np.ndarray], np.ndarray], limit: int | None, few: int) -> np.ndarray:
    """The positions among ``columns`` (see :func:`numbers`) of the reports that may be among the
    best ``limit`` candidates of ``probe`` by :func:`rank`: it leaves out only reports that
    :func:`match` would not take or that cannot rank that high, so :func:`rank` over the rest gives
    the same answer. All reports near enough, of a related category, when there are at most
    ``few`` of them (:func:`rank` is quicker to decide). ``weights[code]`` is :func:`weight` of the
    category of that code; ``similarities(text codes)`` the probe's text similarity to each."""
    north_m, east_m, half_cos = plane(probe.lat, probe.lon)
    distance = np.hypot((columns[EAST] - east_m) * (columns[HALF_COS] + half_cos), columns[NORTH] - north_m)
    codes = columns[CATEGORY:TEXT + 1].astype(np.intp)
    factor = weights[codes[0]]
    near = np.flatnonzero((distance <= _REACH_M) & (factor > 0) & (columns[ID] != probe.id))
    if limit is None or len(near) <= few:
        return near
    distance, factor, text = distance[near], factor[near], similarities(codes[1, near])
    factor[text < MIN_SIMILARITY] = 0.0  # no candidates: a score of 0 is below any candidate's
    apart_ms = np.abs(columns[AT, near] - probe.at_ms)
    scores = (TEXT_WEIGHT * text - (PLACE_WEIGHT / RADIUS_M) * distance - (TIME_WEIGHT / WINDOW_MS) * apart_ms
              + (PLACE_WEIGHT + TIME_WEIGHT)) * factor
    return near[_contenders(scores, distance, limit)]


def _contenders(scores: np.ndarray, distance: np.ndarray, limit: int) -> np.ndarray:
    """Which candidates may rank among the best ``limit``: those within :data:`SCORE_SLACK` of the
    ``limit``-th best of the ones surely within the radius."""
    known = scores[distance <= RADIUS_M - DISTANCE_SLACK_M]  # (the rest lie within the error of the edge)
    if len(known) < limit:
        return np.ones(len(scores), dtype=bool)
    return scores >= np.partition(known, len(known) - limit)[len(known) - limit] - SCORE_SLACK
