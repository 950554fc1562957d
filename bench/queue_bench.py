"""The operator's queue at a million events: filter and repaint (goal <= 50 ms each).

The queue model and a real QTableView over the desk's event column index, filled with one
million synthetic events; each step changes the filter (or sort) and repaints the table.
"""
from __future__ import annotations

import statistics
import time
from datetime import timedelta

import numpy as np
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication

from commandcenter.domain import clock
from commandcenter.domain.codes import CATEGORIES, EventStatus
from commandcenter.domain.entities import Event
from commandcenter.models.event_queue import EventQueueModel
from commandcenter.replica import Replica
from commandcenter.replica.event_index import EventIndex, Filter
from commandcenter.views.queue_table import make_queue_view

from .common import exit_now, record

EVENTS = 1_000_000
WORDS = ("井盖破损", "占道经营", "噪音扰民", "路灯不亮", "垃圾堆放",
         "邻里纠纷", "违章搭建", "积水", "树木倒伏", "管道漏水")


class FilledDesk(QObject):
    """What the queue model reads from a desk: the replica's events and the event index."""

    changed = Signal(object)

    def __init__(self, events: list[Event]) -> None:
        super().__init__()
        self.session = {"user": "operator", "role": "operator"}
        self.replica = Replica()
        self.replica.events = {e.id: e for e in events}
        self.index = EventIndex(capacity=len(events))
        self.index.put_many(events)


def synthetic_events(count: int) -> list[Event]:
    rng = np.random.default_rng(5)
    now = clock.now()
    cats, statuses = list(CATEGORIES), [s.value for s in EventStatus][:7]
    cat, st = rng.integers(len(cats), size=count), rng.integers(len(statuses), size=count)
    word, sev = rng.integers(len(WORDS), size=count), rng.integers(1, 5, size=count)
    age = rng.random(count) * 86400 * 30
    return [Event(id=i + 1, code=f"E{i + 1:08d}", category=cats[cat[i]], title=f"{WORDS[word[i]]} {i % 977}号",
                  description="", lat=39.6, lon=118.2, grid_id="130203001001001", source="hotline", reporter=None,
                  severity=int(sev[i]), tier="normal", status=statuses[st[i]],
                  created_at=now - timedelta(seconds=float(age[i])), due_at=None, overdue=False, supervised=False,
                  escalation_level=0, assignee=None, satisfaction=None, version=1)
            for i in range(count)]


def timed_ms(step, before) -> float:
    """Median time of ``step`` over five runs, each after an untimed ``before``."""
    times = []
    for _ in range(5):
        before()
        start = time.perf_counter()
        step()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def bench() -> None:
    for count in (100_000, EVENTS):
        measure(count)
    exit_now()


def measure(count: int) -> None:
    _app = QApplication.instance() or QApplication([])
    print(f"operator queue ({count:,} events, the console's queue table at 1280x800, median of 5)")
    start = time.perf_counter()
    desk = FilledDesk(synthetic_events(count))
    record(f"build {count:,} events + column index (s)", f"{time.perf_counter() - start:.1f}")
    model = EventQueueModel(desk)  # type: ignore[arg-type]  # reads only replica and index
    view = make_queue_view(model)
    view.resize(1280, 800)
    view.show()
    view.selectRow(3)
    counter = PaintCounter()
    view.viewport().installEventFilter(counter)

    def show(new_filter: Filter) -> None:
        """What typing in the filter box costs: the new filter, then the event loop's one repaint."""
        painted = counter.paints
        model.set_filter(new_filter)
        QApplication.processEvents()
        if counter.paints == painted:  # nothing was pending: paint explicitly, so a paint is always timed
            view.viewport().repaint()

    show(Filter())
    steps = {
        "text filter '井盖' (1 in 10 match) + repaint": Filter(text="井盖"),
        "text filter 'e00012' (a code prefix) + repaint": Filter(text="e00012"),
        "status filter 'accepted' + repaint": Filter(statuses=frozenset({"accepted"})),
        "category + severity + text + repaint": Filter(
            categories=frozenset({next(iter(CATEGORIES))}), severities=frozenset({3}), text="纠纷"),
        f"clear filter (all {count:,} rows) + repaint": Filter(),
    }
    worst = 0.0
    for name, chosen in steps.items():
        ms = timed_ms(lambda f=chosen: show(f), lambda: show(Filter(text="no such text")))
        worst = max(worst, ms)
        record(f"{name} (ms)", f"{ms:.1f}")
    start = time.perf_counter()
    model.sort(9, Qt.SortOrder.AscendingOrder)
    QApplication.processEvents()
    record(f"first sort by deadline, {count:,} rows (ms, once per key)", f"{(time.perf_counter() - start) * 1000:.0f}")
    record("worst filter + repaint (ms, goal <= 50)", f"{worst:.1f}")
    view.hide()
    view.deleteLater()
    QApplication.processEvents()


if __name__ == "__main__":
    bench()
