"""The column store behind the live queue: in-place updates, vectorised filters, text search."""
from __future__ import annotations

from datetime import datetime, timedelta

from hypothesis import given, settings, strategies as st

from commandcenter.domain.clock import CST
from commandcenter.domain.entities import Event
from commandcenter.replica.event_index import EventIndex, Filter, area_range

T0 = datetime(2026, 11, 23, 9, 0, tzinfo=CST)


def event(i: int, **changes) -> Event:
    base = dict(id=i, code=f"E20261123-{i:06d}", category="sanitation", title=f"垃圾堆放{i}", description="",
                lat=39.6, lon=118.2, grid_id=f"130203001002{i % 3:03d}", source="worker", reporter=None,
                severity=1 + i % 4, tier=None, status="reported", created_at=T0 + timedelta(minutes=i),
                due_at=None, overdue=False, supervised=False, escalation_level=0, assignee=None,
                satisfaction=None, version=1)
    return Event(**{**base, **changes})


def index(n: int = 10) -> EventIndex:
    idx = EventIndex(capacity=4)
    idx.put_many(event(i) for i in range(1, n + 1))
    return idx


def ids(idx: EventIndex, rows) -> list[int]:
    return idx.ids[rows].tolist()


def test_filters_combine():
    idx = index()
    idx.put(event(3, status="accepted"))
    assert ids(idx, idx.rows(Filter(statuses=frozenset({"accepted"})))) == [3]
    assert ids(idx, idx.rows(Filter(severities=frozenset({4})))) == [3, 7]


def test_area_is_a_numeric_prefix_range():
    low, high = area_range("130203")
    assert low == 130203000000000 and high == 130204000000000
    idx = index()
    assert ids(idx, idx.rows(Filter(area="130203001002001"))) == [1, 4, 7, 10]


def test_text_search_is_case_insensitive_and_follows_updates():
    idx = index()
    assert ids(idx, idx.rows(Filter(text="垃圾堆放1"))) == [1, 10]
    idx.put(event(1, title="Broken MANHOLE"))
    assert ids(idx, idx.rows(Filter(text="manhole"))) == [1]
    assert ids(idx, idx.rows(Filter(text="e20261123-000002"))) == [2]


def test_removed_rows_leave_every_result():
    idx = index()
    idx.remove(5)
    assert 5 not in ids(idx, idx.rows(Filter())) and len(idx) == 9


def test_order_by_created_descending_with_nan_deadlines_last():
    idx = index(5)
    idx.put(event(2, due_at=T0))
    rows = idx.rows(Filter())
    assert ids(idx, idx.order(rows, "created", descending=True)) == [5, 4, 3, 2, 1]
    assert ids(idx, idx.order(rows, "due"))[0] == 2


def test_text_with_narrow_and_wide_filters_agrees_with_a_plain_search():
    idx = EventIndex()
    idx.put_many(event(i, title=("井盖破损" if i % 3 == 0 else "路灯不亮") + str(i), severity=1 + i % 4)
                 for i in range(1, 401))
    idx.remove(9)
    idx.put(event(12, title="已修好"))
    for f in (Filter(text="井盖"), Filter(text="井盖", severities=frozenset({2})),
              Filter(text="井盖", severities=frozenset({2}), area="130203001002001"), Filter(text="E20261123-0001")):
        expected = [i for i in range(1, 401) if i != 9 and idx.alive[idx.row_of[i]]
                    and f.text.lower() in idx.texts[idx.row_of[i]]
                    and (not f.severities or 1 + i % 4 in f.severities)
                    and (not f.area or f"130203001002{i % 3:03d}".startswith(f.area))]
        assert ids(idx, idx.rows(f)) == expected, f
    assert 12 not in ids(idx, idx.rows(Filter(text="井盖")))


@settings(max_examples=200, deadline=None)
@given(titles=st.lists(st.text(alphabet="井盖a\x00😀ab\x1f ", max_size=8), min_size=1, max_size=30),
       needle=st.text(alphabet="井盖a\x00😀b", min_size=1, max_size=3))
def test_the_vectorised_text_scan_finds_exactly_the_rows_a_plain_search_finds(titles, needle):
    idx = EventIndex()
    idx.put_many(event(i, title=t, code=f"c{i}") for i, t in enumerate(titles, start=1))
    found = idx.mask(Filter(text=needle))[: idx.size]
    assert found.tolist() == [needle.lower() in t for t in idx.texts]
