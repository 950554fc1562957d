"""The dispatch dialog: to a grid worker (ranked by the domain's nearest-worker rule) or to a
department seat (the routing table's department preselected); deadline and note."""
from __future__ import annotations

import time
from datetime import datetime

from PySide6.QtCore import QDateTime, Qt, QTimeZone
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
)

from commandcenter.domain.clock import CST
from commandcenter.domain.routing import department_for, dispatch_to_department
from commandcenter.i18n import tr
from commandcenter.models import labels
from commandcenter.models.candidates import worker_candidates


class DispatchDialog(QDialog):
    def __init__(self, replica, event, grid_names: dict[str, str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Dispatch {code}").format(code=event.code))
        self.subject = event
        self.tabs = QTabWidget()
        self.workers = self._worker_table(worker_candidates(replica, event), grid_names, event.grid_id)
        self.seats = self._seat_table(replica)
        self.tabs.addTab(self.workers, tr("Grid worker"))
        self.tabs.addTab(self.seats, tr("Department seat"))
        routed = department_for(event.category)
        self.tabs.setCurrentIndex(1 if dispatch_to_department(event.category, event.tier, event.grid_id) else 0)
        self.due = QDateTimeEdit()
        self.due.setTimeZone(CENTRE_ZONE)  # else the editor shows the machine's local time
        self.due.setDateTime(_qt_time(event.due_at))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(70)
        self.note.setPlaceholderText(tr("Instructions for the receiver"))
        self._layout(routed)
        self.resize(860, 600)

    def _layout(self, routed: str | None) -> None:
        form = QFormLayout()
        form.addRow(tr("Deadline"), self.due)
        form.addRow(tr("Note"), self.note)
        hint = QLabel(tr("Routing table suggests: {dept}").format(dept=labels.department(routed)) if routed
                      else tr("No default department for this category"))
        hint.setProperty("role", "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Dispatch"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _worker_table(self, candidates, grid_names, own_grid) -> QTableWidget:
        headers = [tr("Worker"), tr("Kind"), tr("Grid"), tr("Status"), tr("Distance"), tr("Open orders")]
        table = _table(headers)
        for worker, distance, load in candidates:
            grid = grid_names.get(worker.grid_id, worker.grid_id)
            mark = " ★" if worker.grid_id == own_grid else ""
            _append(table, worker.id, [worker.name, labels.worker_kind(worker.kind), grid + mark,
                                       labels.worker_status(worker.status), _metres(distance), str(load)])
        table.selectRow(0)
        return table

    def _seat_table(self, replica) -> QTableWidget:
        table = _table([tr("Department"), tr("Liaison"), tr("On duty"), tr("Open"), tr("Overdue")])
        routed = department_for(self.subject.category)
        for seat in sorted(replica.seats.values(), key=lambda s: (s.department != routed, s.department)):
            _append(table, seat.department, [labels.department(seat.department), seat.liaison or "—",
                                             tr("Yes") if seat.on_duty else tr("No"), str(seat.open_orders),
                                             str(seat.overdue_orders)])
        table.selectRow(0)
        return table

    def fields(self) -> dict:
        table = self.tabs.currentWidget()
        row = table.currentRow()
        key = table.item(max(row, 0), 0).data(Qt.ItemDataRole.UserRole) if table.rowCount() else None
        to = {"worker_id": key} if table is self.workers else {"department": key}
        out = {"to": to, "note": self.note.toPlainText().strip()}
        due = self.due.dateTime().toSecsSinceEpoch()
        if (self.subject.due_at is None or abs(due - self.subject.due_at.timestamp()) > 59) and due > time.time():
            out["due_at"] = datetime.fromtimestamp(due, CST).isoformat()
        return out


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def _append(table: QTableWidget, key, cells: list[str]) -> None:
    row = table.rowCount()
    table.insertRow(row)
    for column, text in enumerate(cells):
        item = QTableWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        table.setItem(row, column, item)


CENTRE_ZONE = QTimeZone.fromSecondsAheadOfUtc(8 * 3600)


def _metres(distance: float) -> str:
    return f"{distance / 1000:.1f} km" if distance >= 1000 else f"{distance:.0f} m"


def _qt_time(at: datetime | None) -> QDateTime:
    """A deadline in centre time (UTC+8), whatever the machine's own time zone."""
    seconds = int(at.timestamp()) if at is not None else int(time.time()) + 7200
    return QDateTime.fromSecsSinceEpoch(seconds, CENTRE_ZONE)
