"""The supervisor's approvals inbox (审批) as table models, kept from deltas (STYLE §4-5).

:class:`ApprovalsModel` lists approval ids: the pending ones (oldest first) or, with ``decided=True``,
those decided today (latest first); which and in what order is :mod:`commandcenter.domain.inbox`.
An ``approvals`` change moves single rows (:func:`.rowsync.follow`); an ``events`` change repaints the
rows of the events it names (the case's title and current deadline are read from the replica).
``countChanged`` gives the row count after each change (the tab's badge).
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal

from commandcenter.domain import clock, inbox
from commandcenter.domain.approvals import RECEIVER_KINDS
from commandcenter.i18n import tr
from commandcenter.replica import Changes

from . import labels
from .desk import Desk
from .id_table import IdTableModel
from .rowsync import follow

ApprovalIdRole = Qt.ItemDataRole.UserRole + 1
EventIdRole = Qt.ItemDataRole.UserRole + 2
KindRole = Qt.ItemDataRole.UserRole + 3

PENDING_COLUMNS = ("kind", "case", "requested_by", "requested_at", "reason", "until", "deadline")
DECIDED_COLUMNS = ("kind", "case", "decision", "note", "decided_by", "reason", "until", "requested_by",
                   "requested_at", "deadline")


def kind_name(kind: str) -> str:
    names = {"extension": tr("Extension", "Approval"), "suspend": tr("Suspension", "Approval"),
             "park": tr("Park", "Approval"), "void": tr("Void", "Approval")}
    return names.get(kind, kind)


def decision_name(status: str) -> str:
    names = {"pending": tr("Pending", "Approval"), "approved": tr("Approved", "Approval"),
             "denied": tr("Denied", "Approval")}
    return names.get(status, status)


def _headers(columns: tuple[str, ...]) -> list[str]:
    names = {"kind": tr("Request", "Approval"), "case": tr("Case", "Approval"),
             "requested_by": tr("Requested by", "Approval"), "requested_at": tr("Requested at", "Approval"),
             "reason": tr("Reason", "Approval"), "until": tr("Until", "Approval"),
             "deadline": tr("Current deadline", "Approval"), "decision": tr("Decision", "Approval"),
             "decided_by": tr("Decided by", "Approval"), "note": tr("Note", "Approval")}
    return [names[c] for c in columns]


def when(at) -> str:
    """A time as the centre reads it (centre time, to the minute)."""
    return at.astimezone(clock.CST).strftime("%m-%d %H:%M") if at else "—"


class ApprovalsModel(IdTableModel):
    countChanged = Signal(int)

    def __init__(self, desk: Desk, parent=None, *, decided: bool = False) -> None:
        super().__init__(parent)
        self.desk, self.decided = desk, decided
        self.columns = DECIDED_COLUMNS if decided else PENDING_COLUMNS
        self._headers = _headers(self.columns)
        self.ids: list[int] = []
        self.rebuild()
        desk.changed.connect(self.on_changes)

    # -- membership ---------------------------------------------------------------------------

    def wanted(self) -> list[int]:
        """The approval ids this list shows now, in order."""
        held = self.desk.replica.approvals.values()
        if self.decided:
            today = clock.now().date()
            return [a.id for a in sorted((a for a in held if inbox.decided_on(a, today)), key=inbox.decided_order)]
        return [a.id for a in sorted(filter(inbox.waiting, held), key=inbox.waiting_order)]

    def rebuild(self) -> None:
        follow(self, self.ids, self.wanted(), self._store)
        self.countChanged.emit(len(self.ids))

    def _store(self, ids: list[int]) -> None:
        self.ids = ids

    def on_changes(self, changes: Changes) -> None:
        if changes.reset or "approvals" in changes.kinds:
            self.rebuild()
        if "events" in changes.kinds and self.ids:
            self._repaint(changes.touched("events"))

    def _repaint(self, event_ids: set) -> None:
        approvals = self.desk.replica.approvals
        for row, approval_id in enumerate(self.ids):
            approval = approvals.get(approval_id)
            if approval is not None and approval.event_id in event_ids:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def approval_id(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None

    def approval(self, row: int):
        key = self.approval_id(row)
        return None if key is None else self.desk.replica.approvals.get(key)

    def row_of(self, approval_id: int) -> int | None:
        return self.ids.index(approval_id) if approval_id in self.ids else None

    # -- cells --------------------------------------------------------------------------------

    def _entity(self, approval_id: int):
        return self.desk.replica.approvals.get(approval_id)

    def _role(self, approval, column: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(approval, self.columns[column])
        if role == Qt.ItemDataRole.ToolTipRole and self.columns[column] in ("reason", "note", "case"):
            return self._display(approval, self.columns[column])
        return {ApprovalIdRole: approval.id, EventIdRole: approval.event_id, KindRole: approval.kind}.get(role)

    def _display(self, a, name: str) -> str:
        if name == "case":
            event = self.desk.replica.events.get(a.event_id)
            return f"{event.code} · {event.title}" if event else f"#{a.event_id}"
        if name == "deadline":
            event = self.desk.replica.events.get(a.event_id)
            return when(event.due_at) if event else "—"
        if name == "requested_by":
            return self._requester(a)
        texts = {"kind": kind_name(a.kind), "requested_at": when(a.requested_at), "reason": a.reason,
                 "until": when(a.until) if a.until else "—", "decision": decision_name(a.status),
                 "decided_by": a.decided_by or "", "note": a.note or ""}
        return texts[name]

    def _requester(self, a) -> str:
        """Who asked: for a receiver's request, its department or worker name beside the user."""
        who = a.assignee if a.kind in RECEIVER_KINDS else None
        if who is not None and who.worker_id:
            worker = self.desk.replica.worker(who.worker_id)
            return f"{worker.name if worker else who.worker_id} · {a.requested_by}"
        if who is not None and who.department:
            return f"{labels.department(who.department)} · {a.requested_by}"
        return a.requested_by

    def retranslate(self) -> None:
        labels.clear()
        self._headers = _headers(self.columns)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
