"""Claims (认领) on the operator's side: the soft lock a desk holds while a case is open for action.

The console claims the case an operator stays on for :data:`DWELL_MS` (or opens an action dialog
on) and releases it when they move on or close the window; while they stay, the claim is renewed
every :data:`RENEW_MS` (the hub's claim lasts ten minutes). Who is held up by someone else's claim
is the domain's rule (:mod:`commandcenter.domain.claims`); acting anyway asks "Take over from X?"
and sends with ``force: true``. Claim traffic is quiet: a refusal (someone else got there first,
the case closed meanwhile) is logged, never shown as an error.
"""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from commandcenter.domain import claims, clock
from commandcenter.domain.errors import CommandError
from commandcenter.net.client import HubError

log = logging.getLogger("models")

DWELL_MS = 1000
RENEW_MS = 8 * 60 * 1000


def holder(event) -> str | None:
    """Who holds the event's claim now (None when unclaimed or expired)."""
    return claims.holder(event.claimed_by, event.claimed_until, clock.now())


def blocking_claimer(event, user: str, role: str) -> str | None:
    """The other user whose claim holds ``user`` up on ``event`` (the domain's rule), else None."""
    claimer = holder(event)
    try:
        claims.check(claimer, user, role, force=False)
    except CommandError:
        return claimer
    return None


class ClaimKeeper(QObject):
    """Follows the case the operator is on: claims it after a dwell, renews it, releases it."""

    def __init__(self, desk, claimable: Callable[[object], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.desk, self.claimable = desk, claimable
        self.user = desk.session.get("user", "")
        self.role = desk.session.get("role", "operator")
        self.wanted: int | None = None  # the case the operator is on
        self.held: int | None = None  # the case this desk claimed (and has not released)
        self.dwell = QTimer(self, singleShot=True, interval=DWELL_MS, timeout=self._dwelt)
        self.renewal = QTimer(self, interval=RENEW_MS, timeout=self._renew)
        self.pending: set[asyncio.Future] = set()

    def follow(self, event_id: int | None) -> None:
        """The operator moved to ``event_id`` (None: to nothing): release the old one, claim after a dwell."""
        if event_id == self.wanted:
            return
        self.wanted = event_id
        if self.held is not None and self.held != event_id:
            self.release()
        if event_id is None:
            self.dwell.stop()
        else:
            self.dwell.start()

    def claim_now(self, event_id: int, *, force: bool = False) -> None:
        """Claim at once (an action dialog is opening); ``force`` takes it over from another user."""
        self.dwell.stop()
        self.wanted = event_id
        if self.held is not None and self.held != event_id:
            self.release()
        self._claim(event_id, force=force)

    def release(self) -> None:
        held, self.held = self.held, None
        self.renewal.stop()
        if held is not None:
            self._send({"type": "event.release", "event_id": held})

    def blocker(self, event) -> str | None:
        return blocking_claimer(event, self.user, self.role)

    def _dwelt(self) -> None:
        if self.wanted is not None:
            self._claim(self.wanted)

    def _claim(self, event_id: int, *, force: bool = False) -> None:
        event = self.desk.replica.events.get(event_id)
        if event is None or not self.claimable(event) or (self.blocker(event) and not force):
            return
        if self.held == event_id and holder(event) == self.user and not force:
            return  # ours already; the renewal timer keeps it
        self.held = event_id
        self.renewal.start()
        self._send({"type": "event.claim", "event_id": event_id, **({"force": True} if force else {})})

    def _renew(self) -> None:
        event = self.desk.replica.events.get(self.held) if self.held is not None else None
        if event is None or self.blocker(event):  # gone, or taken over meanwhile: nothing of ours to keep
            self.held = None
            self.renewal.stop()
            return
        self._send({"type": "event.claim", "event_id": event.id})

    def _send(self, frame: dict) -> None:
        future = asyncio.ensure_future(self._quiet(frame))
        self.pending.add(future)
        future.add_done_callback(self.pending.discard)

    async def _quiet(self, frame: dict) -> None:
        try:
            await self.desk.send(frame)
        except (HubError, ConnectionError) as exc:
            log.info("%s on event %s not done: %s", frame["type"], frame["event_id"], exc)
