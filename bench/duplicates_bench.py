"""Duplicate candidates on report: ``python -m bench.duplicates_bench`` (goal: p95 ≤ 5 ms with
100,000 open events).

100,000 open events over a 30 km × 30 km city (about 11 to a 300 m cell, denser downtown), with
report texts from a few dozen street matters, created over the last 30 days. Each probe is a new
report next to an existing one (the case the rule is for), looked up through the hub's
:class:`~commandcenter.service.duplicates.DuplicateIndex` (the nine cells around it), and for a
sample by a scan of every open event: the same answer, and the ratio.
"""
from __future__ import annotations

import gc
import random
import time
from datetime import timedelta

from commandcenter.domain import clock
from commandcenter.domain.codes import CATEGORIES
from commandcenter.domain.duplicates import text_grams
from commandcenter.domain.entities import Event
from commandcenter.service.duplicates import DuplicateIndex, brute_force

OPEN_EVENTS = 100_000
PROBES = 2_000
SCANNED = 100
CENTRE = (39.63, 118.18)
SIDE_DEG = 0.27  # about 30 km
MATTERS = [
    ("井盖破损", "门口井盖破损，行人容易踩空"), ("路灯不亮", "小区路灯不亮已经三天"),
    ("垃圾堆放", "楼道口垃圾堆放多日无人清理"), ("水管爆裂", "路面水管爆裂，积水严重"),
    ("占道经营", "早市商贩占道经营影响通行"), ("违章停车", "消防通道被车辆长期占用"),
    ("噪音扰民", "夜间施工噪音扰民"), ("邻里纠纷", "楼上漏水引发邻里纠纷"),
    ("树木倒伏", "大风后树木倒伏压住电线"), ("下水道堵塞", "下水道堵塞污水外溢"),
    ("电动车充电", "楼道内私拉电线给电动车充电"), ("油烟污染", "餐馆油烟直排居民楼"),
]
STREETS = ["幸福路", "建设路", "新华道", "光明里", "学院路", "北新道", "文化路", "卫国路"]


def _event(rng: random.Random, event_id: int, lat: float, lon: float, now, category: str | None = None) -> Event:
    title, text = rng.choice(MATTERS)
    where = f"{rng.choice(STREETS)}{rng.randrange(1, 200)}号"
    return Event(id=event_id, code=f"B{event_id}", category=category or rng.choice(list(CATEGORIES)), title=title,
                 description=where + text, lat=lat, lon=lon, grid_id=None, source="hotline", reporter=None,
                 severity=2, tier=None, status="reported", created_at=now - timedelta(minutes=rng.randrange(43_200)),
                 due_at=None, overdue=False, supervised=False, escalation_level=0, assignee=None, satisfaction=None,
                 version=1)


def city(count: int = OPEN_EVENTS, seed: int = 12) -> list[Event]:
    rng, now = random.Random(seed), clock.now()
    events = []
    for i in range(1, count + 1):
        spread = SIDE_DEG / 2 if rng.random() < 0.7 else SIDE_DEG / 8  # 30 % downtown
        lat, lon = CENTRE[0] + rng.uniform(-spread, spread), CENTRE[1] + rng.uniform(-spread, spread)
        events.append(_event(rng, i, lat, lon, now))
    return events


def probes(events: list[Event], count: int = PROBES, seed: int = 13) -> list[Event]:
    rng, now = random.Random(seed), clock.now()
    picked = rng.sample(events, count)
    return [_event(rng, 10**7 + n, e.lat + rng.uniform(-8e-4, 8e-4), e.lon + rng.uniform(-8e-4, 8e-4), now,
                   e.category) for n, e in enumerate(picked)]


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def _timed(fn, items) -> tuple[list[float], list]:
    times, answers = [], []
    for item in items:
        began = time.perf_counter()
        answers.append(fn(item))
        times.append((time.perf_counter() - began) * 1000)
    return times, answers


def bench(count: int = OPEN_EVENTS) -> dict:
    events = city(count)
    index = DuplicateIndex()
    began = time.perf_counter()
    index.load(events)
    built = time.perf_counter() - began
    new = probes(events)
    for event in events:  # warm the text cache (a running hub has it warm)
        text_grams(event.title, event.description)
    gc.collect()  # as the hub does once its state is loaded (net/hub.py: _settle_heap)
    gc.freeze()
    fast, found = _timed(index.candidates, new)
    slow, scanned = _timed(lambda e: brute_force(events, e), new[:SCANNED])
    assert scanned == found[:SCANNED], "the index and the scan disagree"
    hits = sum(1 for f in found if f) / len(found)
    print(f"duplicates: {count:,} open events indexed in {built * 1000:.0f} ms ({len(index.cells):,} cells); "
          f"{len(new):,} reports, {hits:.0%} with candidates")
    print(f"  index lookup p50 {_p(fast, .5):.3f} ms, p95 {_p(fast, .95):.3f} ms, p99 {_p(fast, .99):.3f} ms "
          f"(goal p95 ≤ 5 ms: {'met' if _p(fast, .95) <= 5 else 'MISSED'})")
    print(f"  full scan   p50 {_p(slow, .5):.1f} ms, p95 {_p(slow, .95):.1f} ms over {SCANNED} of them: "
          f"the index is {_p(slow, .95) / _p(fast, .95):,.0f}x faster at p95, same answers")
    return {"p95_ms": _p(fast, .95), "scan_p95_ms": _p(slow, .95)}


if __name__ == "__main__":
    bench()
