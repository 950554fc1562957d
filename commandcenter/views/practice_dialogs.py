"""Dialogs of the centre's practice (PROTOCOL.md "Practice"): taking over a claimed case, cancelling an
order, asking for park / void (a desk) or extension / suspension (a receiver), confirming a merge.
Each returns the command's fields, never sends them."""
from __future__ import annotations

from datetime import datetime, timedelta
from functools import cache

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QDialogButtonBox, QLabel

from commandcenter.domain import clock
from commandcenter.domain.clock import CST
from commandcenter.domain.worktime import Limit, Unit
from commandcenter.i18n import tr

from .dialogs import FieldsDialog, _note
from .dispatch import CENTRE_ZONE


def _ok_button(dialog: FieldsDialog):
    return dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)


class ConfirmDialog(FieldsDialog):
    """A question with OK/Cancel (OK named for what it does); ``fields`` are the ones given."""

    def __init__(self, title: str, text: str, ok_text: str, fields: dict, parent=None) -> None:
        super().__init__(title, parent)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.form.addRow(self.text)
        _ok_button(self).setText(ok_text)
        self._fields = fields

    def fields(self) -> dict:
        return dict(self._fields)


def take_over_dialog(claimers: list[str], parent=None) -> ConfirmDialog:
    """"Take over from X?": acting on someone else's claimed case sends ``force: true``."""
    names = ", ".join(claimers)
    text = tr("This case is being handled by {user}. Take over from {user}?").format(user=names)
    return ConfirmDialog(tr("Take over from {user}?").format(user=names), text, tr("Take over"), {"force": True},
                         parent)


def merge_dialog(duplicate_code: str, master_code: str, parent=None) -> ConfirmDialog:
    text = tr("Merge {duplicate} into {master}? {duplicate} ends as merged; its open order is cancelled."
              ).format(duplicate=duplicate_code, master=master_code)
    return ConfirmDialog(tr("Merge duplicate report"), text, tr("Merge"), {}, parent)


class RequiredReasonDialog(FieldsDialog):
    """A reason that must be given (OK stays off until it is)."""

    def __init__(self, title: str, placeholder: str, parent=None) -> None:
        super().__init__(title, parent)
        self.reason = _note(placeholder)
        self.form.addRow(tr("Reason"), self.reason)
        self.ok = _ok_button(self)
        self.reason.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.ok.setEnabled(bool(self.reason.toPlainText().strip()))

    def fields(self) -> dict:
        return {"reason": self.reason.toPlainText().strip()}


def cancel_order_dialog(order_id: int, parent=None) -> RequiredReasonDialog:
    return RequiredReasonDialog(tr("Cancel order #{id}").format(id=order_id),
                                tr("Why the order is withdrawn (required)"), parent)


def desk_request_dialog(kind: str, parent=None) -> RequiredReasonDialog:
    """Ask a supervisor to park (挂账) or void (作废) the case."""
    title = tr("Request park (long-term matter)") if kind == "park" else tr("Request void")
    dialog = RequiredReasonDialog(title, tr("Why (the supervisor decides)"), parent)
    dialog.kind = kind
    return dialog


class TimedRequestDialog(RequiredReasonDialog):
    """A receiver asks for an extension (延期: a new deadline) or a suspension (缓办: the clock stops
    until a date), with a reason; ``until`` defaults to the current deadline plus one working day."""

    def __init__(self, kind: str, deadline: datetime | None, calendar=None, parent=None) -> None:
        title = tr("Request an extension") if kind == "extension" else tr("Request a suspension")
        super().__init__(title, tr("Why more time is needed (required)"), parent)
        self.kind = kind
        self.until = QDateTimeEdit()
        self.until.setTimeZone(CENTRE_ZONE)  # else the editor shows the machine's local time
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.until.setMinimumDateTime(QDateTime.fromSecsSinceEpoch(int(clock.now().timestamp()), CENTRE_ZONE))
        self.set_until(default_until(deadline, calendar))
        label = tr("New deadline") if kind == "extension" else tr("Suspend until")
        self.form.insertRow(0, label, self.until)

    def set_until(self, at: datetime) -> None:
        self.until.setDateTime(QDateTime.fromSecsSinceEpoch(int(at.timestamp()), CENTRE_ZONE))

    def until_at(self) -> datetime:
        return datetime.fromtimestamp(self.until.dateTime().toSecsSinceEpoch(), CST)

    def fields(self) -> dict:
        return {"kind": self.kind, "until": self.until_at().isoformat(), **super().fields()}


def default_until(deadline: datetime | None, calendar=None) -> datetime:
    """The current deadline (or now) plus one working day of ``calendar`` (one day without one)."""
    base = max(deadline or clock.now(), clock.now())
    calendar = calendar or centre_calendar()
    if calendar is None:
        return base + timedelta(days=1)
    return calendar.add(base, Limit(1, Unit.WORKING_DAYS))


@cache
def centre_calendar():
    """The shipped policy's working-time calendar (the hub's own file may differ: this is only a default)."""
    from commandcenter.domain.policy import PolicyError
    from commandcenter.policy_file import default_policy

    try:
        return default_policy().calendar
    except PolicyError:
        return None
