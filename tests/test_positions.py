"""The positions batch splitter shared by the hub's worker book and the desk's replica."""
import numpy as np

from commandcenter.domain.positions import STATUS_CODE, newest_only, split_positions

ROWS = {"w1": 0, "w2": 1}


def test_columns_and_unknown_ids():
    fixes = split_positions([["w2", 39.5, 118.1, 20, "busy"], ["nobody", 1.0, 2.0, 3, "idle"],
                             ["w1", 39.6, 118.2, 10, "patrol"]], ROWS)
    assert fixes.rows.tolist() == [1, 0]
    assert fixes.lat.tolist() == [39.5, 39.6] and fixes.lon.tolist() == [118.1, 118.2]
    assert fixes.ms.tolist() == [20, 10]
    assert fixes.status.tolist() == [STATUS_CODE["busy"], STATUS_CODE["patrol"]]
    assert fixes.unknown == 1


def test_a_status_from_a_newer_hub_is_kept_as_unknown_code():
    fixes = split_positions([["w1", 39.6, 118.2, 10, "on_leave"]], ROWS)
    assert fixes.rows.tolist() == [0] and fixes.status.tolist() == [-1]


def test_late_fix_never_moves_a_worker_back():
    held = np.array([15, 0], dtype=np.int64)
    fixes = newest_only(split_positions([["w1", 1.0, 1.0, 10, "idle"], ["w2", 2.0, 2.0, 5, "idle"]], ROWS), held)
    assert fixes.rows.tolist() == [1]
