"""Alerts and their sightings as Qt table models.

Alerts come from ``desk.replica.alerts`` (the snapshot's live ones and ``alert.*`` deltas).
Sightings are reports answering an alert (events with ``alert_id``): live ones arrive as event
deltas, the archived ones are fetched with ``query.events`` and ``alert_id``; a
:class:`SightingBook` merges both, keeping each event's newest version.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

import msgspec
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from commandcenter.domain import alerts as alert_rules, clock
from commandcenter.domain.clock import CST
from commandcenter.domain.entities import Alert, Event
from commandcenter.i18n import tr

from .id_table import HeaderedTable

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole


def centre_time(at: datetime | None) -> str:
    """Centre time, the date left out when it is today."""
    if at is None:
        return "—"
    local = at.astimezone(CST)
    return local.strftime("%H:%M" if local.date() == clock.now().date() else "%m-%d %H:%M")


class SightingBook:
    """Sightings by alert id, each event at its newest version; no Qt."""

    def __init__(self) -> None:
        self.by_alert: dict[int, dict[int, Event]] = {}

    def put(self, event: Event) -> bool:
        """Keep ``event`` if it answers an alert and is newer than what we hold; True if kept."""
        if event.alert_id is None:
            return False
        held = self.by_alert.setdefault(event.alert_id, {})
        old = held.get(event.id)
        if old is not None and old.version >= event.version:
            return False
        held[event.id] = event
        return True

    def merge(self, items: Iterable[dict | Event]) -> set[int]:
        """Add events (entities or their wire dicts); returns the alert ids that gained or changed."""
        touched = set()
        for item in items:
            event = item if isinstance(item, Event) else msgspec.convert(item, Event)
            if self.put(event):
                touched.add(event.alert_id)
        return touched

    def of(self, alert_id: int) -> list[Event]:
        """The alert's sightings in time order (first seen first)."""
        return sorted(self.by_alert.get(alert_id, {}).values(), key=lambda e: (e.created_at, e.id))

    def count(self, alert_id: int) -> int:
        return len(self.by_alert.get(alert_id, ()))


class AlertListModel(HeaderedTable):
    """Every alert the desk knows, newest first: title, sent, expiry, reach, sightings."""

    COLUMNS = ("title", "sent", "expires", "recipients", "sightings")

    def __init__(self, replica, book: SightingBook, parent=None) -> None:
        super().__init__(parent)
        self.replica, self.book = replica, book
        self.ids: list[int] = self._sorted()

    def _sorted(self) -> list[int]:
        alerts = self.replica.alerts.values()
        return [a.id for a in sorted(alerts, key=lambda a: (a.created_at, a.id), reverse=True)]

    def alert(self, row: int) -> Alert | None:
        return self.replica.alerts.get(self.ids[row]) if 0 <= row < len(self.ids) else None

    def row_of(self, alert_id: int) -> int | None:
        return self.ids.index(alert_id) if alert_id in self.ids else None

    def _row_count(self) -> int:
        return len(self.ids)

    @property
    def _headers(self) -> list[str]:  # asked each time: a language switch needs no reset
        return [tr("Alert"), tr("Sent"), tr("Expires"), tr("Reached"), tr("Sightings")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        alert = self.alert(index.row()) if index.isValid() else None
        if alert is None:
            return None
        column = self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(alert, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{alert.title}\n{alert.body}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("recipients", "sightings"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and not alert_rules.is_live(alert.expires_at, clock.now()):
            font = QFont()
            font.setItalic(True)  # an expired alert: history
            return font
        if role == ID_ROLE:
            return alert.id
        return None

    def _text(self, alert: Alert, column: str) -> str:
        if column == "title":
            return alert.title
        if column == "sent":
            return centre_time(alert.created_at)
        if column == "expires":
            if alert.expires_at is None:
                return tr("No expiry")
            live = alert_rules.is_live(alert.expires_at, clock.now())
            return centre_time(alert.expires_at) if live else tr("Expired {time}").format(
                time=centre_time(alert.expires_at))
        if column == "recipients":
            return str(alert.recipients)
        return str(self.book.count(alert.id))

    def refresh(self, alert_ids: set[int] | None = None) -> None:
        """Take in new alerts (inserted at their place) and repaint changed ones (all when None)."""
        fresh = self._sorted()
        for position, alert_id in enumerate(fresh):
            if alert_id not in self.ids:
                self.beginInsertRows(QModelIndex(), position, position)
                self.ids.insert(position, alert_id)
                self.endInsertRows()
        rows = range(len(self.ids)) if alert_ids is None else [self.ids.index(i) for i in alert_ids if i in self.ids]
        for row in rows:
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


class SightingsModel(HeaderedTable):
    """The sightings of one alert in time order: №, time, reporter, report (the grid in its tooltip)."""

    def __init__(self, book: SightingBook, names: dict[str, str], replica, parent=None) -> None:
        super().__init__(parent)
        self.book, self.names, self.replica = book, names, replica
        self.alert_id: int | None = None
        self.rows: list[Event] = []

    def show(self, alert_id: int | None) -> None:
        self.beginResetModel()
        self.alert_id = alert_id
        self.rows = self.book.of(alert_id) if alert_id is not None else []
        self.endResetModel()

    def refresh(self) -> None:
        """Re-read the book for the shown alert (sightings only ever join or change)."""
        fresh = self.book.of(self.alert_id) if self.alert_id is not None else []
        if [e.id for e in fresh] != [e.id for e in self.rows]:
            self.show(self.alert_id)
            return
        self.rows = fresh
        if fresh:
            self.dataChanged.emit(self.index(0, 0), self.index(len(fresh) - 1, self.columnCount() - 1))

    def _row_count(self) -> int:
        return len(self.rows)

    @property
    def _headers(self) -> list[str]:
        return ["№", tr("Time"), tr("Reported by"), tr("Report")]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        event = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(index.row(), index.column(), event)
        if role == Qt.ItemDataRole.ToolTipRole:
            grid = self.names.get(event.grid_id or "", event.grid_id or "—")
            return f"{event.title} · {grid}\n{event.description}"
        if role == ID_ROLE:
            return event.id
        return None

    def _text(self, row: int, column: int, event: Event) -> str:
        if column == 0:
            return str(row + 1)
        if column == 1:
            return centre_time(event.created_at)
        if column == 2:
            return self.reporter(event)
        return event.title

    def reporter(self, event: Event) -> str:
        worker = self.replica.worker(event.reported_by) if event.reported_by else None
        return worker.name if worker is not None else event.reporter or event.reported_by or "—"
