"""The wall's live ticker: the latest reports, events turning overdue and broadcast alerts, newest first.

Batched appends (STYLE §6): ``desk.changed`` only puts lines into a bounded pending deque and starts a
100 ms single-shot timer; on timeout the model inserts everything pending at the top in one
``beginInsertRows`` and trims the oldest rows in one ``beginRemoveRows``, so it never holds more than
``capacity`` lines however long the wall runs. Every event text goes through the privacy rule
(:func:`commandcenter.domain.privacy.for_wall`); an alert shows its title with numbers masked.

A snapshot (``changes.reset``: the first one, or after a reconnect that could not resume) seeds an empty
ticker with the latest events; later it adds a line for each event the snapshot brought in.
"""
from __future__ import annotations

from collections import deque
from datetime import datetime

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, QTimer

from commandcenter.domain import clock, privacy
from commandcenter.domain.clock import CST
from commandcenter.domain.entities import Alert, Event
from commandcenter.i18n import tr
from commandcenter.replica import Changes

from . import labels

TickRole = Qt.ItemDataRole.UserRole + 1  # dict for the ticker delegate: time, tone, head, body
CAPACITY = 40
BATCH_MS = 100
_SEVERITY_TONES = {4: "critical", 3: "warning", 2: "info", 1: "muted"}
_Index = QModelIndex | QPersistentModelIndex


class TickerModel(QAbstractListModel):
    def __init__(self, desk, grid_names: dict[str, str], parent=None, *, capacity: int = CAPACITY) -> None:
        super().__init__(parent)
        self.desk, self.grid_names, self.capacity = desk, grid_names, capacity
        self.lines: list[dict] = []
        self.pending: deque[dict] = deque(maxlen=capacity)
        self.overdue: set[int] = set()
        self.timer = QTimer(self, singleShot=True, interval=BATCH_MS, timeout=self.flush)
        desk.changed.connect(self.on_changes)
        if desk.replica.seq is not None:
            self._seed()

    # -- Qt model interface -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.lines):
            return None
        line = self.lines[index.row()]
        if role == TickRole:
            return line
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{line['time']}  {line['head']}  {line['body']}"
        return None

    # -- feeding ---------------------------------------------------------------------------------

    def on_changes(self, changes: Changes) -> None:
        if changes.reset:
            self._on_reset(changes)
            return
        events = self.desk.replica.events
        for event_id in sorted(changes.inserted["events"]):
            if event_id in events:
                self._add(self.event_line(events[event_id]))
        for event_id in sorted(changes.updated["events"]):
            self._check_overdue(events.get(event_id))
        self.overdue -= changes.removed["events"]
        self._add_alerts(changes)

    def _on_reset(self, changes: Changes) -> None:
        events = self.desk.replica.events
        self.overdue = {i for i, e in events.items() if e.overdue}
        if not self.lines and not self.pending:
            self._seed()
            return
        for event_id in sorted(changes.inserted["events"]):
            if event_id in events:
                self._add(self.event_line(events[event_id]))

    def _seed(self) -> None:
        self.overdue = {i for i, e in self.desk.replica.events.items() if e.overdue}
        latest = sorted(self.desk.replica.events.values(), key=lambda e: (e.created_at, e.id))[-self.capacity:]
        for event in latest:
            self._add(self.event_line(event))

    def _check_overdue(self, event: Event | None) -> None:
        if event is None:
            return
        if event.overdue and event.id not in self.overdue:
            self.overdue.add(event.id)
            self._add(self.event_line(event, overdue=True))
        elif not event.overdue:
            self.overdue.discard(event.id)

    def _add_alerts(self, changes: Changes) -> None:
        alerts = self.desk.replica.alerts
        for alert_id in sorted(changes.inserted["alerts"]):
            if alert_id in alerts:
                self._add(self.alert_line(alerts[alert_id]))

    def _add(self, line: dict) -> None:
        self.pending.append(line)
        if not self.timer.isActive():
            self.timer.start()

    def flush(self) -> None:
        """Show everything pending: one insert at the top, one trim at the bottom."""
        fresh = list(reversed(self.pending))[: self.capacity]
        self.pending.clear()
        if not fresh:
            return
        self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
        self.lines[:0] = fresh
        self.endInsertRows()
        if len(self.lines) > self.capacity:
            self.beginRemoveRows(QModelIndex(), self.capacity, len(self.lines) - 1)
            del self.lines[self.capacity:]
            self.endRemoveRows()

    # -- lines -----------------------------------------------------------------------------------

    def event_line(self, event: Event, *, overdue: bool = False) -> dict:
        shown = privacy.for_wall(event)
        area = self.grid_names.get(event.grid_id or "", "") or tr("No grid")
        head = f"{labels.category(event.category)} · {area}"
        body = tr("Details withheld on the wall") if shown.withheld else shown.title
        if shown.reporter:
            body = f"{body} · {shown.reporter}"
        if overdue:
            head = tr("Overdue: {what}").format(what=head)
        tone = "critical" if overdue else _SEVERITY_TONES.get(event.severity, "info")
        return {"time": _hhmm(clock.now() if overdue else event.created_at), "tone": tone, "head": head,
                "body": body, "kind": "overdue" if overdue else "event", "id": event.id}

    def alert_line(self, alert: Alert) -> dict:
        return {"time": _hhmm(alert.created_at), "tone": "unknown",
                "head": tr("Alert to {count} grid workers").format(count=alert.recipients),
                "body": privacy.scrub(alert.title), "kind": "alert", "id": alert.id}


def _hhmm(at: datetime) -> str:
    return at.astimezone(CST).strftime("%H:%M")
