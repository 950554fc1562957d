"""The dispatch dialog: the deadline is centre time (UTC+8), whatever the machine's time zone; the
receiver tab the domain's rule picks opens first."""
from __future__ import annotations

from datetime import datetime, timedelta

from commandcenter.domain.clock import CST, now
from commandcenter.domain.entities import Event
from commandcenter.replica import Replica
from commandcenter.views.dispatch import DispatchDialog


def accepted(due: datetime, tier: str = "medium") -> Event:
    return Event(id=7, code="E20261123-000007", category="sanitation", title="垃圾堆放", description="",
                 lat=39.6, lon=118.2, grid_id="130203001002001", source="worker", reporter=None, severity=2,
                 tier=tier, status="accepted", created_at=now(), due_at=due, overdue=False,
                 supervised=False, escalation_level=0, assignee=None, satisfaction=None, version=2)


def test_deadline_is_shown_and_sent_in_centre_time(qtbot):
    due = (now() + timedelta(hours=3)).replace(second=0, microsecond=0)
    dialog = DispatchDialog(Replica(), accepted(due), {})
    qtbot.addWidget(dialog)
    assert dialog.due.text() == due.astimezone(CST).strftime("%Y-%m-%d %H:%M")
    assert "due_at" not in dialog.fields().get("to", {}) and "due_at" not in dialog.fields()  # unchanged
    dialog.due.setDateTime(dialog.due.dateTime().addSecs(3600))
    sent = datetime.fromisoformat(dialog.fields()["due_at"])
    assert sent == due + timedelta(hours=1) and sent.utcoffset() == timedelta(hours=8)


def test_a_small_matter_opens_on_the_grid_workers_and_a_bigger_one_on_the_routed_seat(qtbot):
    small = DispatchDialog(Replica(), accepted(now(), "small"), {})
    bigger = DispatchDialog(Replica(), accepted(now(), "medium"), {})
    qtbot.addWidget(small)
    qtbot.addWidget(bigger)
    assert small.tabs.currentWidget() is small.workers
    assert bigger.tabs.currentWidget() is bigger.seats
