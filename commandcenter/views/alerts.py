"""Alert broadcast (警网联动): compose an alert for areas chosen on the map or in the city tree, see how
many grid workers it will reach, send it; follow each alert's sightings, plotted in time order.

The view holds no rules: who an alert reaches is the domain's rule (the hub applies the same one),
which grids a drawn shape picks is :class:`~commandcenter.models.areas.GridPicker`'s, and everything
shown comes back from the hub as deltas or query answers.
"""
from __future__ import annotations

import asyncio
import logging

import numpy as np
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from commandcenter.domain import alerts as alert_rules
from commandcenter.i18n import tr
from commandcenter.models.alerts import AlertListModel, SightingBook, SightingsModel
from commandcenter.models.area_tree import AreaTreeModel
from commandcenter.models.areas import GridPicker
from commandcenter.net.client import HubError
from commandcenter.widgets.map_select import LASSO, RECT, AreaHighlight, MapSelector
from commandcenter.widgets.sightings_layer import SightingsLayer

from .alert_compose import AlertComposer

log = logging.getLogger("models")

HISTORY_PAGE, HISTORY_PAGES = 1000, 5
CHOICE_COLOUR = {"dark": "#ffb000", "light": "#d98e04"}
ALERT_COLOUR = {"dark": "#4fc3f7", "light": "#1f78b4"}


class AlertsView(QWidget):
    """``AlertsView(desk, grids, map_widget)``: ``grids`` as from ``fetch_grids``; ``map_widget`` a
    :class:`~commandcenter.widgets.map_view.CityMap`. A map without a parent is laid out inside this
    view (a tab); a map already placed elsewhere (the console's, for a dock) only gets the overlays."""

    def __init__(self, desk, grids: list[dict], map_widget, parent: QWidget | None = None,
                 embed_map: bool | None = None) -> None:
        super().__init__(parent)
        self.desk, self.map = desk, map_widget
        self.polygons = {g["id"]: g.get("polygon") or () for g in grids}
        self.names = {g["id"]: g.get("name") or g["id"] for g in grids}
        self.areas = AreaTreeModel(grids, self)
        self.picker = GridPicker(grids)
        self.book = SightingBook()
        self.book.merge(e for e in desk.replica.events.values() if e.alert_id is not None)
        self.alerts = AlertListModel(desk.replica, self.book, self)
        self.sightings = SightingsModel(self.book, self.names, desk.replica, self)
        self.composer = AlertComposer(self.areas)
        self.pending: set[asyncio.Future] = set()
        self._overlays(map_widget)
        self._layout(map_widget if (embed_map if embed_map is not None else map_widget.parentWidget() is None)
                     else None)
        self._wire()
        self.areas.set_worker_grids(desk.replica.workers.grid_id.tolist())
        self.on_choice()

    # -- set-up -----------------------------------------------------------------------------------

    def _overlays(self, city) -> None:
        self.selector = MapSelector(city, self)
        self.alert_areas = AreaHighlight(city, dashed=True, fill_alpha=25)
        self.chosen = AreaHighlight(city, fill_alpha=70)
        self.trail = SightingsLayer(city)
        self.set_theme(city.theme() or "dark")

    def _layout(self, embedded_map) -> None:
        self.list = _table(self.alerts)
        self.list.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.trail_table = _table(self.sightings)
        self.trail_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setProperty("role", "muted")
        tables = QSplitter(Qt.Orientation.Horizontal if embedded_map is not None else Qt.Orientation.Vertical)
        tables.addWidget(_titled(tr("Alerts"), self.list))
        tables.addWidget(_titled(tr("Sightings in time order"), self.detail, self.trail_table))
        tables.setSizes([540, 460])
        right = tables
        if embedded_map is not None:  # the map above the two tables
            right = QSplitter(Qt.Orientation.Vertical)
            right.addWidget(embedded_map)
            right.addWidget(tables)
            right.setStretchFactor(0, 3)
            right.setStretchFactor(1, 2)
            right.setSizes([600, 400])
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(self.composer)
        main.addWidget(right)
        main.setStretchFactor(0, 1)
        main.setStretchFactor(1, 4)
        main.setSizes([340, 1260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(main)

    def _wire(self) -> None:
        c = self.composer
        c.rect_button.toggled.connect(lambda on: self._tool(RECT if on else None))
        c.lasso_button.toggled.connect(lambda on: self._tool(LASSO if on else None))
        c.clear_button.clicked.connect(self.areas.clear)
        c.send.clicked.connect(self.send_alert)
        self.areas.choiceChanged.connect(self.on_choice)
        self.selector.shapeDrawn.connect(self.add_shape)
        self.list.selectionModel().currentRowChanged.connect(lambda cur, _prev: self.show_alert(cur.row()))
        self.desk.changed.connect(self.on_changes)

    def _tool(self, mode: str | None) -> None:
        if mode or not (self.composer.rect_button.isChecked() or self.composer.lasso_button.isChecked()):
            self.selector.set_mode(mode)

    def set_theme(self, name: str) -> None:
        """Restyle the overlays for the map's ``"dark"`` or ``"light"`` theme."""
        self.chosen.set_style(CHOICE_COLOUR[name], 70)
        self.alert_areas.set_style(ALERT_COLOUR[name], 25, dashed=True)
        self.selector.set_colour(CHOICE_COLOUR[name])
        self.trail.set_theme(name)

    # -- composing --------------------------------------------------------------------------------

    def add_shape(self, ring: np.ndarray) -> None:
        """A shape drawn on the map adds the grids it picks to the recipients."""
        self.areas.add(self.picker.pick(ring))

    def reach(self) -> int:
        """How many grid workers the chosen areas reach (the hub's rule, over every worker)."""
        return alert_rules.recipients(self.desk.replica.workers.grid_id, self.areas.choice.ids)

    def on_choice(self) -> None:
        ids = self.areas.choice.ids
        self.chosen.set_rings([np.asarray(self.polygons.get(i) or (), dtype=float) for i in ids])
        self.composer.show_reach(len(ids), self.reach())

    def send_alert(self) -> asyncio.Future | None:
        fields = self.composer.fields()
        if not fields["title"] or not self.areas.choice.ids:
            self.composer.show_error(tr("Give the alert a title") if not fields["title"]
                                     else tr("Choose at least one area"))
            return None
        frame = {"type": "alert.broadcast", **fields, "grid_ids": sorted(self.areas.choice.ids)}
        future = asyncio.ensure_future(self._send(frame))
        self.pending.add(future)
        future.add_done_callback(self.pending.discard)
        return future

    async def _send(self, frame: dict) -> dict | None:
        self.composer.show_error("")
        self.composer.send.setEnabled(False)
        try:
            result = await self.desk.send(frame)
        except HubError as exc:
            self.composer.show_error(tr("Refused by the hub: {message}").format(message=exc.message))
        except ConnectionError as exc:
            self.composer.show_error(tr("Not sent: {message}").format(message=str(exc)))
        else:
            self.composer.reset_fields()
            self.areas.clear()
            self.composer.reach.setText(tr("Sent: reached {workers} grid workers").format(
                workers=result["recipients"]))
            self.alerts.refresh()
            self.select_alert(result["alert_id"])
            return result
        finally:
            self.composer.send.setEnabled(True)
        return None

    # -- alerts and sightings ---------------------------------------------------------------------

    def select_alert(self, alert_id: int) -> None:
        row = self.alerts.row_of(alert_id)
        if row is not None:
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            self.list.selectionModel().setCurrentIndex(self.alerts.index(row, 0), flags)

    def current_alert(self):
        return self.alerts.alert(self.list.currentIndex().row())

    def show_alert(self, row: int) -> None:
        alert = self.alerts.alert(row)
        self.sightings.show(alert.id if alert else None)
        self.alert_areas.set_rings([np.asarray(self.polygons.get(i) or (), dtype=float)
                                    for i in (alert.grid_ids if alert else ())])
        self.detail.setText(f"{alert.title} — {alert.body}" if alert else "")
        self.draw_trail()
        if alert is not None:
            self._frame(alert)
            future = asyncio.ensure_future(self.fetch_history(alert.id))
            self.pending.add(future)
            future.add_done_callback(self.pending.discard)

    async def fetch_history(self, alert_id: int) -> None:
        """Every sighting of the alert, archived ones included (``query.events`` with ``alert_id``)."""
        cursor = None
        try:
            for _ in range(HISTORY_PAGES):
                query = {"type": "query.events", "alert_id": alert_id, "limit": HISTORY_PAGE}
                result = await self.desk.send({**query, **({"cursor": cursor} if cursor else {})})
                self._took(self.book.merge(result["items"]))
                if not (cursor := result.get("next_cursor")):
                    break
        except (HubError, ConnectionError) as exc:
            log.warning("sightings of alert %s not fetched: %s", alert_id, exc)

    def on_changes(self, changes) -> None:
        if changes.reset or "alerts" in changes.kinds:
            self.alerts.refresh(None if changes.reset else changes.touched("alerts"))
        events = self.desk.replica.events
        touched = changes.inserted["events"] | changes.updated["events"]
        self._took(self.book.merge(e for i in touched if (e := events.get(i)) is not None and e.alert_id))
        if changes.reset or "workers" in changes.kinds:
            self.areas.set_worker_grids(self.desk.replica.workers.grid_id.tolist())
            self.on_choice()

    def _took(self, alert_ids: set[int]) -> None:
        if not alert_ids:
            return
        self.alerts.refresh(alert_ids)
        if self.sightings.alert_id in alert_ids:
            self.sightings.refresh()
            self.draw_trail()

    def draw_trail(self) -> None:
        rows = self.sightings.rows
        self.trail.set_points([e.lon for e in rows], [e.lat for e in rows])

    def _frame(self, alert) -> None:
        rings = [np.asarray(self.polygons.get(i) or (), dtype=float) for i in alert.grid_ids]
        points = [r for r in rings if r.ndim == 2 and len(r)]
        if self.trail.bounds() is not None:
            x0, y0, x1, y1 = self.trail.bounds()
            points.append(np.array([[x0, y0], [x1, y1]]))
        if points:
            allp = np.concatenate(points)
            low, high = allp.min(axis=0), allp.max(axis=0)
            margin = np.maximum((high - low) * 0.12, 0.002)
            self.map.frame(*(low - margin), *(high + margin))


def _table(model) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _titled(title: str, *widgets: QWidget) -> QWidget:
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 0)
    heading = QLabel(title)
    font = heading.font()
    font.setBold(True)
    heading.setFont(font)
    layout.addWidget(heading)
    for widget in widgets:
        layout.addWidget(widget, 1 if isinstance(widget, QTableView) else 0)
    return box
