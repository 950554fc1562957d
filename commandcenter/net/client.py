"""The desk's hub client: session, resume, pending requests, gap and heartbeat watch.

Plain asyncio and websockets, no Qt: the desktop runs it on Qt's loop through qasync. It only
moves frames (as dicts); turning them into entities is the replica's job. A supervisor task
connects, says hello with ``resume_from`` = the last seq handed over, and after any disconnect
reconnects with jittered exponential backoff. Unanswered requests live in an ordered table and
are sent again, with the same id, after every hello: the hub replays the original ack.
"""
from __future__ import annotations

import asyncio
import itertools
import logging
import random
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import msgspec
from websockets.asyncio.client import ClientConnection, connect
from websockets.exceptions import ConnectionClosed, WebSocketException

from commandcenter.domain.codes import UNFILTERED_ROLES
from commandcenter.domain.entities import Alert, Approval, Department, Event, Order, Seat, VideoLink, Worker

from .protocol import MAX_FRAME_BYTES, PROTOCOL_VERSION

log = logging.getLogger("net")

#: with nothing received for this long (the hub beats every 30 s at most), reconnect
WATCHDOG_S = 45.0
BACKOFF_FIRST_S = 0.5
BACKOFF_MAX_S = 10.0
#: a session that stayed live this long resets the backoff
STABLE_S = 10.0
HELLO_TIMEOUT_S = 30.0
#: what the client accepts from the hub (the hub's own frames stay under about 1 MiB)
MAX_RECEIVE_BYTES = 16 * 1024 * 1024
#: commands whose effect is a new entity, for guessing which of our requests a delta answers
CREATES = {"event.report": "event.created", "order.dispatch": "order.created", "alert.broadcast": "alert.created",
           "approval.request": "approval.created"}
NOT_REQUESTS = frozenset({"hello", "position", "positions"})

CONNECTING, LIVE, RECONNECTING, OFFLINE = "connecting", "live", "reconnecting", "offline"


class HubError(Exception):
    """The hub answered a request with an ``error`` frame."""

    def __init__(self, code: str, message: str, request_id: str | None = None) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.request_id = request_id


class ClientOffline(ConnectionError):
    """The client was stopped, or gave up (credentials refused): the request was not answered."""


class _Resync(Exception):
    """Drop this connection and resume: a gap, a broken snapshot, a silent hub."""


class _Refused(Exception):
    def __init__(self, error: HubError, by_token: bool) -> None:
        super().__init__(error.message)
        self.error = error
        self.by_token = by_token


@dataclass(eq=False)
class _Pending:
    id: str
    frame: dict
    text: str
    future: asyncio.Future
    sent: bool = field(default=False)


class HubClient:
    """One desk's connection to the hub; see the module docstring.

    ``auth`` is ``{"user", "password"}`` or ``{"token"}``. Callbacks run on the loop:
    ``on_frame(frame)`` for every frame but acks and errors (snapshot parts come merged into one),
    ``on_state(state)`` on each change of :attr:`state`, ``on_progress(part, parts)`` per snapshot part.
    """

    def __init__(self, url: str, auth: dict, *, on_frame: Callable[[dict], None] | None = None,
                 on_state: Callable[[str], None] | None = None,
                 on_progress: Callable[[int, int], None] | None = None, watchdog_s: float = WATCHDOG_S) -> None:
        self._url = url
        self._auth = dict(auth)
        self._token: str | None = auth.get("token")
        self.on_frame, self.on_state, self.on_progress = on_frame, on_state, on_progress
        self.watchdog_s = watchdog_s
        #: connecting, live, reconnecting or offline
        self.state = OFFLINE
        #: the welcome's session (user, role, department, worker_id, token ...) of the latest hello
        self.session: dict | None = None
        #: the hub's journal identity: a resume is only asked of the journal our seq came from
        self.journal_id: str | None = None
        #: the seq of the last snapshot or delta handed to ``on_frame``; the next hello resumes from it
        self.seq: int | None = None
        #: ``time.monotonic()`` when the last frame arrived
        self.last_frame_at: float | None = None
        #: why the client gave up, when the hub refused the credentials
        self.auth_error: HubError | None = None
        self._pending: dict[str, _Pending] = {}
        self._outbox: asyncio.Queue[_Pending] | None = None
        self._parts: dict | None = None
        self._unfiltered = False
        self._was_live = False
        self._closed = False
        self._task: asyncio.Task | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake = asyncio.Event()
        self._prefix = uuid.uuid4().hex[:12]
        self._counter = itertools.count(1)

    # -- public -----------------------------------------------------------------------------

    @property
    def url(self) -> str:
        return self._url

    @url.setter
    def url(self, url: str) -> None:
        """Point at another hub address; a waiting reconnect tries it at once."""
        self._url = url
        self.retry_now()

    def retry_now(self) -> None:
        """Cut the current backoff wait short."""
        self._wake.set()

    def new_id(self) -> str:
        """A request id unique to this client (a uuid4 prefix and a counter)."""
        return f"{self._prefix}-{next(self._counter)}"

    async def start(self) -> None:
        if self._task is None or self._task.done():
            self._closed = False
            self._loop = asyncio.get_running_loop()
            self._task = asyncio.create_task(self._supervise(), name="hub-client")

    async def stop(self) -> None:
        """Close the connection; unanswered requests fail with :class:`ClientOffline`."""
        self._closed = True
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        self._give_up(ClientOffline("the hub client was stopped"))

    def request(self, frame: dict) -> asyncio.Future[dict]:
        """Send a command or query; the future gets the ack's ``result`` or raises :class:`HubError`.

        The frame is copied with an ``id`` (``frame["id"]`` if given, else :meth:`new_id`). Made while
        disconnected, it is sent after the next hello; unanswered at a disconnect, it is sent again with
        the same id. Cancelling the future forgets the request (it is not sent again).
        """
        future = (self._loop or asyncio.get_running_loop()).create_future()
        if self._closed:
            future.set_exception(ClientOffline("the hub client is stopped"))
            return future
        pending = self._pending_for(frame, future)
        self._pending[pending.id] = pending
        future.add_done_callback(lambda f: self._forget(pending) if f.cancelled() else None)
        if self._outbox is not None:
            self._outbox.put_nowait(pending)
        return future

    # -- requests ---------------------------------------------------------------------------

    def _pending_for(self, frame: dict, future: asyncio.Future) -> _Pending:
        rid = frame.get("id") or self.new_id()
        if not isinstance(rid, str) or not 1 <= len(rid) <= 64:
            raise ValueError("a request id is a string of 1-64 characters")
        if rid in self._pending:
            raise ValueError(f"request {rid!r} is already pending")
        if frame.get("type") in NOT_REQUESTS:
            raise ValueError(f"{frame.get('type')!r} is not a request")
        frame = {**frame, "id": rid}
        text = msgspec.json.encode(frame).decode()
        if len(text.encode()) > MAX_FRAME_BYTES:
            raise ValueError("request is over the hub's 1 MiB frame limit")
        return _Pending(rid, frame, text, future)

    def _forget(self, pending: _Pending) -> None:
        if self._pending.get(pending.id) is pending:
            del self._pending[pending.id]

    def _answer(self, frame: dict) -> None:
        pending = self._pending.pop(frame.get("id"), None)  # type: ignore[arg-type]
        if pending is None:
            if frame.get("type") == "error":
                log.warning("hub error for %s: %s %s", frame.get("id"), frame.get("code"), frame.get("message"))
            return
        if pending.future.done():
            return
        if frame.get("type") == "ack":
            pending.future.set_result(frame.get("result") or {})
        else:
            error = HubError(str(frame.get("code", "internal")), str(frame.get("message", "")), pending.id)
            pending.future.set_exception(error)

    def _give_up(self, exc: Exception) -> None:
        self._set_state(OFFLINE)
        pending, self._pending = self._pending, {}
        for item in pending.values():
            if not item.future.done():
                item.future.set_exception(exc)

    # -- connection life --------------------------------------------------------------------

    async def _supervise(self) -> None:
        failures = 0
        while True:
            self._set_state(RECONNECTING if self._was_live else CONNECTING)
            try:
                live_s = await self._connect_once()
            except _Refused as refused:
                if self._retry_with_password(refused):
                    continue
                return
            except Exception:  # why: a bug in one session must not end the supervisor
                log.exception("hub session failed")
                live_s = 0.0
            failures = 0 if live_s >= STABLE_S else failures + 1
            await self._pause(BACKOFF_FIRST_S * 2 ** max(failures - 1, 0))

    def _retry_with_password(self, refused: _Refused) -> bool:
        """After a refused hello: True to retry at once with the password, else give up."""
        if refused.by_token and self._auth.get("password") is not None:
            log.info("token refused: logging in with the password")
            self._token = None
            return True
        log.warning("hub refused the login: %s", refused.error.message)
        self.auth_error = refused.error
        self._closed = True
        self._give_up(ClientOffline(f"login refused: {refused.error.message}"))
        return False

    async def _pause(self, delay: float) -> None:
        delay = min(delay, BACKOFF_MAX_S) * random.uniform(0.75, 1.25)
        log.debug("reconnecting in %.1f s", delay)
        try:
            await asyncio.wait_for(self._wake.wait(), delay)
        except TimeoutError:
            pass

    async def _connect_once(self) -> float:
        """One connection: hello, then live until it ends; returns how long it was live."""
        self._wake.clear()
        where = _where(self._url)
        try:
            async with connect(self._url, max_size=MAX_RECEIVE_BYTES, compression=None,
                               close_timeout=2, proxy=None) as ws:
                welcome = await self._hello(ws)
                return await self._live(ws, welcome)
        except (OSError, TimeoutError, WebSocketException, _Resync) as exc:
            log.info("no session with %s: %s", where, exc or exc.__class__.__name__)
            return 0.0

    async def _hello(self, ws: ClientConnection) -> dict:
        auth = {"token": self._token} if self._token else self._auth
        hello = {"type": "hello", "id": self.new_id(), "protocol": PROTOCOL_VERSION, "auth": auth,
                 "resume_from": self.seq, "journal_id": self.journal_id}
        await ws.send(msgspec.json.encode(hello).decode())
        async with asyncio.timeout(HELLO_TIMEOUT_S):
            answer = _decode(await ws.recv(decode=False))
        self.last_frame_at = time.monotonic()
        if answer.get("type") == "welcome":
            return answer
        if answer.get("type") == "error" and answer.get("code") == "unauthenticated":
            error = HubError("unauthenticated", str(answer.get("message", "")), hello["id"])
            raise _Refused(error, by_token="token" in auth)
        raise _Resync(f"unexpected answer to hello: {answer.get('type')!r}")

    async def _live(self, ws: ClientConnection, welcome: dict) -> float:
        started = time.monotonic()
        self._go_live(welcome)
        writer = asyncio.create_task(self._write(ws, self._outbox))
        try:
            await self._read(ws)
        except (ConnectionClosed, _Resync) as exc:
            log.info("session ended: %s", exc)
        finally:
            self._outbox = None
            self._parts = None
            writer.cancel()
            await asyncio.gather(writer, return_exceptions=True)
        return time.monotonic() - started

    def _go_live(self, welcome: dict) -> None:
        session = welcome.get("session") or {}
        self.session = session
        self.journal_id = welcome.get("journal_id")
        self._token = session.get("token") or self._token
        scope = session.get("scope") or {}
        self._unfiltered = session.get("role") in UNFILTERED_ROLES and scope.get("level", "city") == "city"
        self._outbox = asyncio.Queue()
        for pending in self._pending.values():
            self._outbox.put_nowait(pending)
        self._was_live = True
        log.info("live as %s (%s), hub seq %s, resumed from %s",
                 session.get("user"), session.get("role"), welcome.get("seq"), self.seq)
        self._set_state(LIVE)

    async def _write(self, ws: ClientConnection, outbox: asyncio.Queue[_Pending]) -> None:
        try:
            while True:
                pending = await outbox.get()
                if self._pending.get(pending.id) is pending:
                    pending.sent = True
                    await ws.send(pending.text)
        except ConnectionClosed:
            pass

    async def _read(self, ws: ClientConnection) -> None:
        while True:
            try:
                async with asyncio.timeout(self.watchdog_s):
                    data = await ws.recv(decode=False)
            except TimeoutError:
                raise _Resync(f"nothing from the hub for {self.watchdog_s:g} s") from None
            self.last_frame_at = time.monotonic()
            self._receive(_decode(data))

    # -- frames -----------------------------------------------------------------------------

    def _receive(self, frame: dict) -> None:
        kind = frame.get("type")
        if self._parts is not None and kind != "snapshot":
            raise _Resync(f"a {kind!r} frame came between snapshot parts")
        if kind in ("ack", "error"):
            self._answer(frame)
        elif kind == "snapshot":
            self._snapshot_part(frame)
        elif kind == "delta":
            self._delta(frame)
        else:
            self._emit(frame)

    def _snapshot_part(self, frame: dict) -> None:
        part, parts = frame.get("part", 1), frame.get("parts", 1)
        merged = self._parts if self._parts is not None else {}
        if part != merged.get("part", 0) + 1:
            raise _Resync(f"snapshot part {part} out of order")
        for key, value in frame.items():
            if isinstance(value, list):
                merged.setdefault(key, []).extend(value)
            else:
                merged[key] = value
        self._progress(part, parts)
        if part < parts:
            self._parts = merged
            return
        self._parts = None
        merged.pop("part", None)
        merged.pop("parts", None)
        self.seq = merged.get("seq")
        self._emit(merged)

    def _delta(self, frame: dict) -> None:
        seq, last = frame.get("seq"), self.seq
        if not isinstance(seq, int):
            raise _Resync("a delta without seq")
        if last is not None and seq <= last:
            log.debug("dropped duplicate delta %d (at %d)", seq, last)
            return
        if last is not None and self._unfiltered and seq != last + 1:
            raise _Resync(f"gap: delta {seq} after {last}")
        if "initiator" not in frame:
            ours = frame.get("request_id") in self._pending if frame.get("request_id") else False
            frame["initiator"] = frame["request_id"] if ours else self._initiator(frame)
        self.seq = seq
        self._emit(frame)

    def _initiator(self, delta: dict) -> str | None:
        """Which of our unanswered commands this delta answers, when that can be told."""
        if self.session is None or delta.get("actor") != self.session.get("user"):
            return None
        data = delta.get("data") or {}
        for pending in self._pending.values():
            if pending.sent and _caused(pending.frame, delta.get("kind", ""), data):
                return pending.id
        return None

    # -- callbacks --------------------------------------------------------------------------

    def _emit(self, frame: dict) -> None:
        if self.on_frame is not None:
            try:
                self.on_frame(frame)
            except Exception:
                log.exception("on_frame failed for a %s frame", frame.get("type"))

    def _progress(self, part: int, parts: int) -> None:
        if self.on_progress is not None:
            try:
                self.on_progress(part, parts)
            except Exception:
                log.exception("on_progress failed")

    def _set_state(self, state: str) -> None:
        if state == self.state:
            return
        self.state = state
        log.info("hub connection %s", state)
        if self.on_state is not None:
            try:
                self.on_state(state)
            except Exception:
                log.exception("on_state failed")


def _caused(request: dict, kind: str, data: dict) -> bool:
    """Whether ``request`` plausibly produced the delta (same target, or the entity it creates)."""
    entity = kind.split(".", 1)[0]
    if CREATES.get(request.get("type", "")) == kind:
        return True
    if entity == "event":
        return request.get("event_id") is not None and request.get("event_id") == data.get("id")
    if entity == "order":
        return (request.get("order_id") is not None and request.get("order_id") == data.get("id")) or (
            request.get("event_id") is not None and request.get("event_id") == data.get("event_id"))
    return False


class _SnapshotPart(msgspec.Struct, gc=False):
    """A snapshot part decoded straight into entities: a desk's cold start is mostly this decode."""

    type: str
    seq: int
    part: int = 1
    parts: int = 1
    events: list[Event] | None = None
    orders: list[Order] | None = None
    workers: list[Worker] | None = None
    departments: list[Department] | None = None
    seats: list[Seat] | None = None
    video_links: list[VideoLink] | None = None
    alerts: list[Alert] | None = None
    approvals: list[Approval] | None = None


_snapshot_decoder = msgspec.json.Decoder(_SnapshotPart)
_SNAPSHOT_PREFIX = b'{"type":"snapshot",'


def _decode(data: Any) -> dict:
    if isinstance(data, bytes) and data.startswith(_SNAPSHOT_PREFIX):
        try:
            part = _snapshot_decoder.decode(data)
            return {f: v for f in part.__struct_fields__ if (v := getattr(part, f)) is not None}
        except msgspec.ValidationError:  # a newer hub's entity: take the generic path
            pass
    try:
        frame = msgspec.json.decode(data)
    except msgspec.DecodeError:
        raise _Resync("the hub sent a frame that is not JSON") from None
    if not isinstance(frame, dict):
        raise _Resync("the hub sent a frame that is not a JSON object")
    return frame


def _where(url: str) -> str:
    """The url without any user info, for logs."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}{parts.path}"
