"""Hotspots (分析研判): the grids with the most reports over the period and their most recurring category,
as a table and as a heat layer on the city map (the desk's map when given, else one of its own)."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHeaderView, QSplitter, QTableView, QVBoxLayout, QWidget

from commandcenter.domain.assessment import hotspots
from commandcenter.i18n import tr
from commandcenter.models.stats import HotspotModel, KeyRole, SortRole
from commandcenter.widgets.heat_layer import HeatLayer

PROPER_KINDS = ("comprehensive", "exclusive", "special")
TOP_HOTSPOTS = 50
ZOOM_DEG = 0.02


def grid_centres(grids: list[dict]) -> dict[str, tuple[float, float]]:
    """Each grid's centre (mean of its ring's corners, the closing point left out) as (lon, lat)."""
    centres = {}
    for grid in grids:
        ring = np.asarray(grid.get("polygon") or [], dtype=float)
        if len(ring) > 1:
            corners = ring[:-1] if np.array_equal(ring[0], ring[-1]) else ring
            centres[grid["id"]] = (float(corners[:, 0].mean()), float(corners[:, 1].mean()))
    return centres


def city_map(grids: list[dict], theme: str):
    from commandcenter.widgets.map_view import CityMap

    city = CityMap(theme=theme)
    city.legend.hide()  # workers and events are not drawn here
    city.set_grids([np.asarray(g["polygon"], dtype=float) for g in grids if g["kind"] in PROPER_KINDS])
    city.set_areas([np.asarray(g["polygon"], dtype=float) for g in grids if g["kind"] == "district"])
    return city


class HotspotsPanel(QWidget):
    """``set_counts(rows)`` takes a ``grid_category`` answer; ``heat`` is the map's :class:`HeatLayer`."""

    def __init__(self, grids: list[dict], map_widget=None, theme: str = "dark", parent=None) -> None:
        super().__init__(parent)
        self.grid_names = {g["id"]: g["name"] for g in grids}
        self.centres = grid_centres([g for g in grids if g["kind"] in PROPER_KINDS])
        self.bounds = _bounds(self.centres)
        self.model = HotspotModel(self)
        self.table = self._make_table()
        self.heat = HeatLayer()
        self.own_map = map_widget is None
        self.map = city_map(grids, theme) if self.own_map else map_widget
        self.map.viewbox.addItem(self.heat, ignoreBounds=True)
        self.show_heat = QCheckBox(tr("Heat layer on the map"))
        self.show_heat.setChecked(True)
        self.show_heat.toggled.connect(self.heat.setVisible)
        self._layout()

    def _make_table(self) -> QTableView:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(self.model)
        proxy.setSortRole(SortRole)
        table = QTableView()
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.clicked.connect(self._zoom_to)
        return table

    def _layout(self) -> None:
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.show_heat)
        column.addWidget(self.table, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if not self.own_map:
            layout.addWidget(left)
            return
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.map)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        layout.addWidget(split)

    def set_counts(self, rows: list[dict]) -> None:
        found = hotspots((r["key"][0], r["key"][1], r["reported"]) for r in rows)
        self.model.set_hotspots(found[:TOP_HOTSPOTS], self.grid_names)
        placed = [h for h in found if h.grid_id in self.centres]
        lon = np.array([self.centres[h.grid_id][0] for h in placed])
        lat = np.array([self.centres[h.grid_id][1] for h in placed])
        self.heat.set_points(lon, lat, np.array([h.reported for h in placed], dtype=float), bounds=self.bounds)

    def set_theme(self, name: str) -> None:
        if self.own_map:
            self.map.set_theme(name)

    def _zoom_to(self, index: QModelIndex) -> None:
        centre = self.centres.get(index.data(KeyRole))
        if centre is not None:
            lon, lat = centre
            self.map.viewbox.setRange(xRange=(lon - ZOOM_DEG, lon + ZOOM_DEG), yRange=(lat - ZOOM_DEG, lat + ZOOM_DEG))


def _bounds(centres: dict[str, tuple[float, float]]) -> tuple[float, float, float, float] | None:
    """The city's extent with a margin, so the raster stays put whatever the period's points."""
    if not centres:
        return None
    points = np.array(list(centres.values()))
    lon0, lat0 = points.min(axis=0)
    lon1, lat1 = points.max(axis=0)
    pad = max(lon1 - lon0, lat1 - lat0) * 0.05 or 0.01
    return float(lon0 - pad), float(lat0 - pad), float(lon1 + pad), float(lat1 + pad)
