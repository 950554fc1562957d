"""Sending a command from a view: the future is kept alive until answered, and a refusal is
shown in the hub's words where the view says (one place for every desk)."""
from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable

from commandcenter.i18n import tr
from commandcenter.net.client import HubError

log = logging.getLogger(__name__)


class CommandSender:
    def __init__(self, desk, show_error: Callable[[str], None]) -> None:
        self.desk, self.show_error = desk, show_error
        self.pending: set[asyncio.Future] = set()

    def send(self, frame: dict, on_ack: Callable[[dict], None] | None = None) -> asyncio.Future:
        """Send ``frame``; the future gives the ack's result, or None after a refusal (shown)."""
        self.show_error("")
        return self._keep(self._send(frame, on_ack))

    def ask(self, frame: dict, on_answer: Callable[[dict], None]) -> asyncio.Future:
        """Send a query whose failure is no news for the user (logged; the view keeps what it shows)."""
        return self._keep(self._ask(frame, on_answer))

    def _keep(self, coroutine) -> asyncio.Future:
        future = asyncio.ensure_future(coroutine)
        self.pending.add(future)
        future.add_done_callback(self.pending.discard)
        return future

    async def _ask(self, frame: dict, on_answer: Callable[[dict], None]) -> dict | None:
        try:
            result = await self.desk.send(frame)
        except (HubError, ConnectionError) as exc:
            log.info("%s %s not answered: %s", frame.get("type"), frame.get("event_id", ""), exc)
            return None
        on_answer(result)
        return result

    async def _send(self, frame: dict, on_ack: Callable[[dict], None] | None) -> dict | None:
        try:
            result = await self.desk.send(frame)
        except HubError as exc:
            self.show_error(tr("Refused by the hub: {message}").format(message=exc.message))
        except ConnectionError as exc:
            self.show_error(tr("Not sent: {message}").format(message=str(exc)))
        else:
            if on_ack is not None:
                on_ack(result)
            return result
        return None
