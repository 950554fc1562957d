"""Durably acked ``event.report`` per second with duplicate detection on vs off:
``python -m bench dupreports`` (goal: on ≥ 0.9× off).

The same client load as :mod:`bench.reports` (4 workers, a window of 256, acked after commit,
synchronous=FULL) against two hubs on the tiny demo city whose duplicate index also holds the
100,000 open events of :mod:`bench.duplicates_bench` (a 30 km city, denser downtown), in the order
a hub loads them (oldest first). One hub looks up candidates on every report, the other is started
with ``HubConfig(duplicates=False)`` (``--no-duplicates``). They run alternately, twice each, and
the better of each pair counts (the two cores are shared with whatever else runs).

Two loads: ``flood``, the reports of :mod:`bench.reports` (one text, all within a kilometre
downtown: every report is a duplicate of the last few hundred, each lookup screens the full
9 × :data:`~commandcenter.service.duplicates.NEWEST_PER_CELL`), and ``city``, reports spread
like the open events, with the street matters of :mod:`bench.duplicates_bench`.
"""
from __future__ import annotations

import gc
import random

from msgspec.structs import replace

from commandcenter.domain.duplicates import text_grams

from . import duplicates_bench
from .common import demo_hub, record, report_frame
from .reports import CLIENTS, WINDOW, _load

#: the injected events' ids start here, clear of the ids the hub hands out
ID_BASE = 10**8


def open_events(count: int) -> list:
    ordered = sorted(duplicates_bench.city(count), key=lambda e: e.created_at)
    events = [replace(e, id=ID_BASE + n) for n, e in enumerate(ordered)]
    for event in events:  # warm the text cache (a running hub has it warm)
        text_grams(event.title, event.description)
    return events


def city_frame(events: list):
    """Reports spread like the open events (one next to each of a sample of them)."""
    spots = random.Random(14).sample(events, min(len(events), 50_000))

    def frame(i: int, prefix: str) -> dict:
        near, (title, text) = spots[i % len(spots)], duplicates_bench.MATTERS[i * 7 % len(duplicates_bench.MATTERS)]
        street = duplicates_bench.STREETS[i % len(duplicates_bench.STREETS)]
        return {**report_frame(i, prefix), "category": near.category, "title": title,
                "description": f"{street}{i % 199 + 1}号{text}", "lat": near.lat + (i % 17 - 8) * 1e-4,
                "lon": near.lon + (i % 13 - 6) * 1e-4}
    return frame


async def _rate(events: list, detect: bool, total: int, frame) -> tuple[float, int]:
    hub = await demo_hub("tiny", synchronous="FULL", duplicates=detect)
    hub.state.duplicates.load(events)
    gc.collect()  # as the hub does with the state it loads (net/hub.py: _settle_heap)
    gc.freeze()
    workers = [w.id for w in hub.book.records[:CLIENTS]]
    rate = await _load(hub.port, workers, total // CLIENTS, hello=True, frame=frame)
    found = sum(1 for e in hub.state.events.items.values() if e.possible_duplicates)
    await hub.stop()
    return rate, found


async def bench(total: int = 20_000, count: int = duplicates_bench.OPEN_EVENTS) -> dict[str, float]:
    print(f"durably acked event.report with duplicate detection on vs off ({total} reports, {CLIENTS} clients, "
          f"window {WINDOW}, {count:,} open events in the index)")
    events = open_events(count)
    figures = {}
    for load, frame in (("city", city_frame(events)), ("flood", report_frame)):
        figures[load] = await _compare(events, total, load, frame)
    return figures


async def _compare(events: list, total: int, load: str, frame) -> float:
    best, hits = {False: 0.0, True: 0.0}, 0
    for detect in (False, True, False, True):
        rate, found = await _rate(events, detect, total, frame)
        best[detect] = max(best[detect], rate)
        hits = found if detect else hits
    ratio = best[True] / best[False]
    record(f"{load}: detection off (reports/s)", f"{best[False]:,.0f}")
    record(f"{load}: detection on (reports/s; {hits:,} of {total:,} got candidates)", f"{best[True]:,.0f}")
    record(f"{load}: on / off (goal >= 0.9)", f"{ratio:.2f}x {'met' if ratio >= 0.9 else 'MISSED'}")
    return ratio
