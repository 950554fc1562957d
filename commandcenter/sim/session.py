"""One simulated client connection: hello, pipelined requests with acks, reconnects with backoff.

A command's ``id`` is its idempotency key (PROTOCOL.md): a command not acked before the
connection dropped stays in the :class:`PendingTable` and is sent again, with the same id, after
the next welcome. Telemetry (``positions``) is best effort and dropped while disconnected.
"""
from __future__ import annotations

import asyncio
import itertools
import logging
import random
import secrets
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import msgspec
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, WebSocketException

log = logging.getLogger("sim")

PROTOCOL = 1
MAX_FRAME = 2**24
PENDING_LIMIT = 2000
HELLO_TIMEOUT = 15.0
_POSITIONS_PREFIXES = ('{"type":"positions"', '{"type": "positions"')
_encode = msgspec.json.encode
_decode = msgspec.json.decode
FrameHandler = Callable[[dict], None]


class CommandFailed(Exception):
    """The hub answered a request with an ``error`` frame (or the session gave up)."""

    def __init__(self, code: str, message: str, request_id: str | None = None) -> None:
        super().__init__(f"{code}: {message}")
        self.code, self.message, self.request_id = code, message, request_id


class SessionClosed(CommandFailed):
    def __init__(self) -> None:
        super().__init__("closed", "session closed")


class IdSource:
    """Request ids unique across runs (the hub keeps idempotency keys for 24 hours)."""

    def __init__(self, prefix: str = "sim") -> None:
        run = f"{int(time.time()):x}{secrets.token_hex(2)}"
        self.prefix = f"{prefix}-{run}-"
        self._count = itertools.count(1)

    def next(self) -> str:
        return f"{self.prefix}{next(self._count)}"


@dataclass
class Pending:
    frame: dict
    future: asyncio.Future
    sent_on: int = -1  # connection generation the frame went out on


class PendingTable:
    """Commands sent and not yet answered, in sending order; it outlives connections."""

    def __init__(self, limit: int = PENDING_LIMIT) -> None:
        self.limit = limit
        self._items: OrderedDict[str, Pending] = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def full(self) -> bool:
        return len(self._items) >= self.limit

    def add(self, frame: dict) -> asyncio.Future:
        """Record ``frame`` (which carries its ``id``); the future gets the answering frame."""
        if frame["id"] in self._items:
            return self._items[frame["id"]].future
        future = asyncio.get_running_loop().create_future()
        self._items[frame["id"]] = Pending(frame, future)
        return future

    def unsent(self, generation: int) -> list[dict]:
        """The frames not yet sent on connection ``generation``, oldest first."""
        return [p.frame for p in self._items.values() if p.sent_on != generation]

    def mark_sent(self, request_id: str, generation: int) -> None:
        if (item := self._items.get(request_id)) is not None:
            item.sent_on = generation

    def resolve(self, frame: dict) -> bool:
        """Settle the command answered by an ``ack`` or ``error`` frame; False if it is not ours."""
        item = self._items.pop(frame.get("id") or "", None)
        if item is None:
            return False
        if not item.future.done():
            item.future.set_result(frame)
        return True

    def fail_all(self, exc: Exception) -> None:
        """Settle every pending command with ``exc`` (the session is gone for good)."""
        for item in self._items.values():
            if not item.future.done():
                item.future.set_exception(exc)
                item.future.exception()  # retrieved: nobody may be waiting any more
        self._items.clear()


class Backoff:
    """Reconnect delays: 0.5 s doubling to 10 s, with jitter; reset after a welcome."""

    def __init__(self, first: float = 0.5, cap: float = 10.0) -> None:
        self.first, self.cap, self.delay = first, cap, first

    def next(self) -> float:
        delay = self.delay * random.uniform(0.8, 1.2)
        self.delay = min(self.cap, self.delay * 2)
        return delay

    def reset(self) -> None:
        self.delay = self.first


class HelloFailed(Exception):
    """The hub answered the hello with an error."""


class AuthRefused(HelloFailed):
    """The hub refused the credentials (``unauthenticated``)."""

    def __init__(self, message: str, with_token: bool) -> None:
        super().__init__(message)
        self.with_token = with_token


class Session:
    """A client session that keeps itself connected until :meth:`close`."""

    def __init__(
        self,
        url: str,
        users: tuple[str, ...],
        password: str,
        ids: IdSource,
        *,
        on_frame: FrameHandler | None = None,
        resume_from: Callable[[], int | None] | None = None,
    ) -> None:
        self.url, self.users, self.password, self.ids = url, users, password, ids
        self.on_frame = on_frame
        self.resume_from = resume_from
        self.token: str | None = None
        self.info: dict = {}
        self.ready = asyncio.Event()
        self.failed = False
        self.pending = PendingTable()
        self._ws: ClientConnection | None = None
        self._live = False
        self._generation = 0
        self._closing = False
        self._task: asyncio.Task | None = None
        self._closer: asyncio.Task | None = None
        self._backoff = Backoff()
        self._retries = 0

    @property
    def user(self) -> str:
        return self.users[0]

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.create_task(self.run(), name=f"sim-session-{self.user}")

    async def run(self) -> None:
        """Connect, say hello, resend what is pending, read; on any loss back off and do it again."""
        while not self._closing:
            try:
                why = await self._connect_once()
            except AuthRefused as exc:
                if exc.with_token or self._next_user():
                    continue  # an expired token: the password next; or the next user
                return
            except (OSError, TimeoutError, WebSocketException, HelloFailed) as exc:
                why = _describe(exc)
            except Exception:
                log.exception("%s: session failure", self.user)
                why = "failure"
            if not self._closing:
                level = logging.DEBUG if self._retries else logging.INFO  # one line an outage, not one a try
                log.log(level, "%s: disconnected (%s); reconnecting", self.user, why)
                self._retries += 1
                await asyncio.sleep(self._backoff.next())

    async def _connect_once(self) -> str:
        try:
            async with connect(self.url, max_size=MAX_FRAME, compression=None, open_timeout=10, close_timeout=1) as ws:
                await self._hello(ws)
                self._ws = ws
                await self._resend(ws)
                await self._read(ws)
            return f"closed {ws.close_code}"
        finally:
            self._ws, self._live = None, False
            self.ready.clear()

    async def _hello(self, ws: ClientConnection) -> None:
        auth = {"token": self.token} if self.token else {"user": self.user, "password": self.password}
        resume = self.resume_from() if self.resume_from else None
        hello_id = self.ids.next()
        hello = {"type": "hello", "id": hello_id, "protocol": PROTOCOL, "auth": auth, "resume_from": resume}
        await ws.send(_encode(hello), text=True)
        async with asyncio.timeout(HELLO_TIMEOUT):
            while True:
                frame = _decode(await ws.recv())
                if frame.get("id") == hello_id or frame.get("type") == "error":
                    return self._welcomed(frame)

    def _welcomed(self, frame: dict) -> None:
        if frame.get("type") != "welcome":
            message = f"{frame.get('code')}: {frame.get('message')}"
            if frame.get("code") == "unauthenticated":
                with_token, self.token = self.token is not None, None
                raise AuthRefused(message, with_token)
            raise HelloFailed(message)
        self.info = frame.get("session") or {}
        self.token = self.info.get("token") or self.token
        self._generation += 1
        self._backoff.reset()
        if self._retries:
            log.info("%s: reconnected after %d tries", self.user, self._retries)
        self._retries = 0
        log.debug("%s: welcome as %s, seq %s", self.user, self.info.get("role"), frame.get("seq"))
        self._deliver(frame)

    def _next_user(self) -> bool:
        log.warning("%s: the hub refused the login", self.user)
        self.users = self.users[1:]
        if self.users:
            log.warning("trying user %s instead", self.user)
            return True
        self.failed = True
        self.pending.fail_all(CommandFailed("unauthenticated", "login refused"))
        return False

    async def _resend(self, ws: ClientConnection) -> None:
        """Send what is pending (same ids) until nothing is left unsent on this connection."""
        gen = self._generation
        while frames := self.pending.unsent(gen):
            log.debug("%s: sending %d pending commands", self.user, len(frames))
            for frame in frames:
                await ws.send(_encode(frame), text=True)
                self.pending.mark_sent(frame["id"], gen)
        self._live = True
        self.ready.set()

    async def _read(self, ws: ClientConnection) -> None:
        async for raw in ws:
            if isinstance(raw, str) and raw.startswith(_POSITIONS_PREFIXES):
                continue  # desks get everyone's positions; the simulator already knows them
            try:
                frame = _decode(raw)
            except msgspec.DecodeError:
                log.warning("%s: a frame that is not JSON", self.user)
                continue
            self._dispatch(frame)

    def _dispatch(self, frame: dict) -> None:
        kind = frame.get("type")
        if kind in ("ack", "error") and self.pending.resolve(frame):
            return
        if kind == "error":
            log.warning("%s: error %s: %s", self.user, frame.get("code"), frame.get("message"))
        elif kind != "heartbeat":
            self._deliver(frame)

    def _deliver(self, frame: dict) -> None:
        if self.on_frame is None:
            return
        try:
            self.on_frame(frame)
        except Exception:
            log.exception("%s: could not handle a %s frame", self.user, frame.get("type"))

    async def request(self, type_: str, **fields: Any) -> dict:
        """Send a request and return its ack's ``result``; raise :class:`CommandFailed` on an error.

        The request survives reconnects: it is resent with the same id until answered.
        """
        frame = {"type": type_, "id": self.ids.next(), **fields}
        for attempt in range(4):
            answer = await self._send_request(frame)
            if answer.get("type") == "ack":
                return answer.get("result") or {}
            if answer.get("code") != "rate_limited" or attempt == 3:
                break
            await asyncio.sleep(0.5 * 2**attempt)  # refused commands are not kept: the same id is fine
        raise CommandFailed(str(answer.get("code")), str(answer.get("message")), frame["id"])

    async def _send_request(self, frame: dict) -> dict:
        while self.pending.full() and not (self.failed or self._closing):
            await asyncio.sleep(0.05)
        if self.failed or self._closing:
            raise SessionClosed()
        future = self.pending.add(frame)
        if self._live and self._ws is not None:
            gen = self._generation
            try:
                await self._ws.send(_encode(frame), text=True)
                self.pending.mark_sent(frame["id"], gen)
            except ConnectionClosed:
                pass  # resent after the next welcome
        return await future

    async def send_telemetry(self, frame: dict) -> bool:
        """Send a frame that needs no answer; False when not connected (the frame is dropped)."""
        if not (self._live and self._ws is not None):
            return False
        try:
            await self._ws.send(_encode(frame), text=True)
        except ConnectionClosed:
            return False
        return True

    def drop(self) -> None:
        """Close the connection (e.g. after a gap in the deltas); the session reconnects."""
        if self._ws is not None and self._closer is None:
            self._closer = asyncio.create_task(self._ws.close())
            self._closer.add_done_callback(self._closed)

    def _closed(self, _task: asyncio.Task) -> None:
        self._closer = None

    async def close(self) -> None:
        self._closing = True
        self.pending.fail_all(SessionClosed())
        if self._ws is not None:
            try:
                await asyncio.wait_for(self._ws.close(), 1.0)
            except (TimeoutError, OSError, WebSocketException):
                pass
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, ConnectionClosed) and exc.rcvd is not None:
        return f"closed {exc.rcvd.code} {exc.rcvd.reason}".strip()
    return type(exc).__name__ + (f": {exc}" if str(exc) else "")
