"""City map redraw: 90,000 workers over 75,000 grid outlines in a CityMap vs one bare ScatterPlotItem in a
bare PlotWidget, both updated in place with the same arrays and repainted (goal: ours <= 1.3x bare)."""
from __future__ import annotations

import statistics
import time
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication

from commandcenter.widgets.map_view import CityMap

from .common import exit_now, record

GRIDS = 75_000
WORKERS = 90_000
ROUNDS = 7
SIZE = (1280, 800)
LON0, LAT0, CELL_LON, CELL_LAT = 117.6, 39.2, 0.004, 0.003


def grid_rings(count: int) -> list[np.ndarray]:
    side = int(np.ceil(np.sqrt(count)))
    i = np.arange(count)
    x, y = LON0 + (i % side) * CELL_LON, LAT0 + (i // side) * CELL_LAT
    xs = np.stack([x, x + CELL_LON, x + CELL_LON, x, x], axis=1)
    ys = np.stack([y, y, y + CELL_LAT, y + CELL_LAT, y], axis=1)
    return list(np.stack([xs, ys], axis=2))


def worker_rounds(rounds: int) -> list[tuple[np.ndarray, np.ndarray, np.ndarray]]:
    rng = np.random.default_rng(7)
    side = int(np.ceil(np.sqrt(GRIDS)))
    lon = LON0 + rng.random(WORKERS) * side * CELL_LON
    lat = LAT0 + rng.random(WORKERS) * side * CELL_LAT
    status = rng.choice(4, WORKERS, p=[0.1, 0.3, 0.45, 0.15]).astype(np.int8)
    return [(lon + rng.normal(0, 1e-4, WORKERS), lat + rng.normal(0, 1e-4, WORKERS), status)
            for _ in range(rounds)]


def median_ms(step: Callable[[tuple], None], rounds: list[tuple]) -> float:
    times = []
    for data in rounds:
        start = time.perf_counter()
        step(data)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times[1:])  # the first round warms caches


def repaint(view) -> None:
    view.viewport().repaint()
    QApplication.processEvents()


def ours(rings: list[np.ndarray], rounds: list[tuple]) -> float:
    city = CityMap(redraw_ms=1000)
    city.resize(*SIZE)
    start = time.perf_counter()
    city.set_grids(rings)
    record(f"CityMap.set_grids, {len(rings):,} rings (ms)", f"{(time.perf_counter() - start) * 1000:.0f}")
    lon, lat, status = rounds[0]
    city.set_workers(lon, lat, status, np.random.default_rng(1).random(WORKERS) < 0.05)
    city.show()
    city.frame(lon.min(), lat.min(), lon.max(), lat.max())
    repaint(city.plot)
    rows = np.arange(WORKERS)

    def step(data: tuple) -> None:
        city.update_workers(rows, *data)
        city.flush()  # the throttle would hold this redraw for up to a second
        repaint(city.plot)

    result = median_ms(step, rounds)
    record("CityMap repaint, nothing changed (ms)", f"{median_ms(lambda _: repaint(city.plot), rounds):.1f}")
    record("CityMap pan 1% + repaint, grid outlines redrawn (ms)", f"{median_ms(lambda _: pan(city), rounds):.1f}")
    some = rows[:10_000]
    record("CityMap update_workers(10,000 rows) while throttled (ms)",
           f"{median_ms(lambda d: city.update_workers(some, d[0][:10_000], d[1][:10_000], d[2][:10_000]), rounds):.1f}")
    city.close()
    return result


def pan(city: CityMap) -> None:
    city.viewbox.translateBy(x=city.viewbox.viewRect().width() * 0.01)
    repaint(city.plot)


def bare(rounds: list[tuple]) -> float:
    plot = pg.PlotWidget()
    plot.resize(*SIZE)
    item = pg.ScatterPlotItem(pxMode=True, size=6, pen=None, brush=pg.mkBrush("#4c8dd6"))
    plot.addItem(item)
    lon, lat, _ = rounds[0]
    item.setData(x=lon, y=lat)
    plot.show()
    repaint(plot)

    def step(data: tuple) -> None:
        item.setData(x=data[0], y=data[1])
        repaint(plot)

    result = median_ms(step, rounds)
    plot.close()
    return result


def bench() -> None:
    _app = QApplication.instance() or QApplication([])  # kept alive while the widgets live
    print(f"city map redraw ({WORKERS:,} workers over {GRIDS:,} grid outlines, {SIZE[0]}x{SIZE[1]}, "
          f"median of {ROUNDS - 1})")
    rings, rounds = grid_rings(GRIDS), worker_rounds(ROUNDS)
    bare_ms = bare(rounds)
    ours_ms = ours(rings, rounds)
    record("bare ScatterPlotItem: setData(x=, y=) + repaint (ms)", f"{bare_ms:.0f}")
    record("CityMap: update_workers(all) + redraw + repaint (ms)", f"{ours_ms:.0f}")
    record("CityMap / bare (goal <= 1.3)", f"{ours_ms / bare_ms:.2f}x")


if __name__ == "__main__":
    app = QApplication([])
    bench()
    exit_now()
