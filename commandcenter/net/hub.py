"""The hub: an asyncio websockets server over the store and the service core.

``python -m commandcenter.net.hub`` or ``commandcenter-hub``; see :mod:`.cli` for options.
"""
from __future__ import annotations

import asyncio
import contextlib
import gc
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta
from http import HTTPStatus

import msgspec
import numpy as np
from msgspec.structs import replace
from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.datastructures import Headers
from websockets.exceptions import ConnectionClosed
from websockets.http11 import Request, Response

from commandcenter import policy_file
from commandcenter.domain import clock, levels, permissions
from commandcenter.domain.codes import Role
from commandcenter.domain.errors import CommandError, ErrorCode
from commandcenter.service import approvals
from commandcenter.service.clocks import flip_due
from commandcenter.service.context import Actor, World
from commandcenter.service.grids import GridLocator
from commandcenter.service.state import HubState
from commandcenter.service.unit import Unit
from commandcenter.service.workers import WorkerBook
from commandcenter.store.accounts import Accounts
from commandcenter.store.store import Store

from . import messages as m, protocol, queries
from .auth import Authenticator, Login
from .committer import Committer
from .fanout import Client, Fanout, RingEntry
from .field import FieldWatch
from .outbox import Outbox
from .ratelimit import TokenBucket
from .replay import decode_entity
from .views import View
from .wsbatch import send_frames

log = logging.getLogger("hub")

HELLO_TIMEOUT_S = 30
HEARTBEAT_S = 10
POSITIONS_TICK_S = 0.25
SWEEP_S = 5
SAVE_WORKERS_S = 60
KEY_TTL = timedelta(hours=24)


@dataclass
class HubConfig:
    db_url: str
    host: str = "127.0.0.1"
    port: int = 8765
    ring_size: int = 100_000
    send_queue_bytes: int = 32 * 1024 * 1024
    synchronous: str = "FULL"
    token_ttl_s: int = 12 * 3600
    #: requests per second per connection (burst: twice that); telemetry is not counted
    rate_limit: float = 2000.0
    #: the deadline policy file (TOML); None: the shipped ``resources/policy/default.toml``
    policy_path: str | None = None
    #: (Practice) find candidate duplicates on every report (``possible_duplicates``); off, a report
    #: gets none (``query.duplicates`` still answers from the index). ``--no-duplicates``
    duplicates: bool = True


class Hub:
    def __init__(self, config: HubConfig) -> None:
        """Raises :class:`~commandcenter.domain.policy.PolicyError` for a bad policy file."""
        self.config = config
        self.policy = _load_policy(config.policy_path)
        self.store = Store(config.db_url, synchronous=config.synchronous)
        self.writer = ThreadPoolExecutor(1, "db-writer")
        self.readers = ThreadPoolExecutor(3, "db-reader")
        self.auth = Authenticator(Accounts(self.store.engine), config.token_ttl_s * 1000)
        self.state = HubState()
        self.server: Server | None = None
        self.tasks: list[asyncio.Task] = []
        self.port = config.port

    # -- life -------------------------------------------------------------------------------

    async def prepare(self) -> None:
        """Migrate the database and build the in-memory state from it."""
        await self._db(self.store.migrate, writer=True)
        self.journal_id = await self._db(self.store.journal_id, writer=True)
        await self._load()

    async def start(self) -> None:
        await self.prepare()
        self.committer = Committer(self.store, self.state, self.world, self.writer,
                                   self.fanout.publish, self._recover)
        await self._load_keys()
        _settle_heap()
        self.tasks = [asyncio.create_task(coro) for coro in (
            self.committer.run(), self._every(POSITIONS_TICK_S, self.fanout.positions_tick),
            self._every(HEARTBEAT_S, self.fanout.heartbeat), self._every(SWEEP_S, self._sweep),
            self._every(SAVE_WORKERS_S, self._save_workers))]
        self.tasks += self.field.start(self._every)
        self.committer.submit_internal(self._reset_duty)
        self.server = await serve(
            self._handle, self.config.host, self.config.port, process_request=self._http,
            max_size=protocol.MAX_FRAME_BYTES, compression=None, ping_interval=20, ping_timeout=60,
            write_limit=1 << 20, max_queue=64)
        self.port = self.server.sockets[0].getsockname()[1]
        log.info("hub listening on ws://%s:%d/ws (seq %d)", self.config.host, self.port, self.state.seq)

    async def stop(self) -> None:
        if self.server is not None:
            self.server.close()
            await self.server.wait_closed()
        for task in self.tasks:
            task.cancel()
        await asyncio.gather(*self.tasks, return_exceptions=True)
        with contextlib.suppress(Exception):
            await self._save_workers()
        with contextlib.suppress(Exception):
            await self.field.stop()
        self.writer.shutdown(wait=True)
        self.readers.shutdown(wait=True)
        self.store.close()

    async def _db(self, fn, *args, writer: bool = False):
        pool = self.writer if writer else self.readers
        return await asyncio.get_running_loop().run_in_executor(pool, fn, *args)

    async def _every(self, seconds: float, fn) -> None:
        while True:
            await asyncio.sleep(seconds)
            try:
                result = fn()
                if asyncio.iscoroutine(result):
                    await result
            except Exception:
                log.exception("periodic %s failed", getattr(fn, "__name__", fn))

    # -- state ------------------------------------------------------------------------------

    async def _load(self) -> None:
        loaded = await self._db(self.store.load)
        fresh = HubState()
        fresh.load(loaded.events, loaded.orders, loaded.seats, loaded.links, loaded.alerts, loaded.grids,
                   loaded.departments, loaded.approvals)
        fresh.duplicates.load((), loaded.merged)
        fresh.seq = loaded.seq
        self.state.__dict__.update(fresh.__dict__)
        if not hasattr(self, "book"):
            self.book = WorkerBook(loaded.workers)
            self.world = World(self.book, GridLocator(loaded.grids), self.policy,
                               detect_duplicates=self.config.duplicates)
            self.fanout = Fanout(self.state, self.book, self.config.ring_size)
            self.grid_pages = queries.GridPages(self.state)
            self.field = FieldWatch(self)
            await self._fill_ring()

    async def _fill_ring(self) -> None:
        start = max(0, self.state.seq - self.config.ring_size)
        for row in await self._db(self.store.journal_after, start, self.config.ring_size):
            self.fanout.ring.append(_ring_entry(row))

    async def _load_keys(self) -> None:
        since = clock.to_epoch_ms(clock.now() - KEY_TTL)
        for user, key, digest, result in await self._db(self.store.idempotency_since, since):
            self.committer.keys.done[(user, key)] = (bytes(digest), result.encode())

    async def _recover(self) -> None:
        """After a failed commit: rebuild from the store, and publish what did commit meanwhile."""
        seen = self.state.seq
        await self._load()
        await self._load_keys()
        missed = await self._db(self.store.journal_after, seen, 1_000_000)
        for row in missed:
            entry = _ring_entry(row)
            self.fanout.ring.append(entry)
            for client in list(self.fanout.clients):
                if client.view.gets_state and client.view.sees(entry.kind, entry.entity):
                    self.fanout.deliver(client, entry.frame)
        log.warning("state rebuilt from the store at seq %d (%d entries published)", self.state.seq, len(missed))

    # -- hub's own changes ----------------------------------------------------------------------

    def _sweep(self) -> None:
        """Every few seconds: when a deadline has passed, flip ``overdue`` / ``sign_overdue`` of
        what fell due (the due-time index, :mod:`commandcenter.service.clocks`: no scan)."""
        if self.state.any_due(clock.now()):
            self.committer.submit_internal(self._flip_overdue)

    def _flip_overdue(self, unit: Unit) -> None:
        flip_due(unit)
        approvals.resume_suspended(unit, self.policy)

    def _reset_duty(self, unit: Unit) -> None:
        for seat in list(self.state.seats.items.values()):
            self._set_duty(unit, seat.department)

    def _set_duty(self, unit: Unit, department: str) -> None:
        seat = self.state.seat_for(department)
        if seat is None:
            return
        names = self.fanout.liaisons_of(department)
        liaison = names[0] if names else None
        if (seat.liaison, seat.on_duty) != (liaison, bool(names)):
            unit.put_seat(replace(seat, liaison=liaison, on_duty=bool(names), version=seat.version + 1))

    async def _save_workers(self) -> None:
        book = self.book
        changed = [book.entity(i) for i in np.flatnonzero(book.at_ms > book.saved_ms).tolist()]
        book.saved_ms[:] = book.at_ms
        if changed:
            await self._db(self.store.save_workers, changed, writer=True)

    # -- HTTP -------------------------------------------------------------------------------

    def _http(self, connection: ServerConnection, request: Request) -> Response | None:
        path = request.path.split("?", 1)[0]
        if path == "/healthz":
            body = msgspec.json.encode({"status": "ok", "seq": self.state.seq, "clients": len(self.fanout.clients),
                                        "field": self.field.health()})
            headers = Headers([("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
            return Response(HTTPStatus.OK, "OK", headers, body)
        if path != "/ws":
            return connection.respond(HTTPStatus.NOT_FOUND, "Not found: the websocket endpoint is /ws\n")
        return None

    # -- connections ------------------------------------------------------------------------

    async def _handle(self, ws: ServerConnection) -> None:
        hello_login = await self._hello(ws)
        if hello_login is None:
            return
        hello, login = hello_login
        session = Session(self, ws, hello, login)
        await session.serve()

    async def _hello(self, ws: ServerConnection) -> tuple[m.Hello, Login] | None:
        rid = None
        try:
            raw = await asyncio.wait_for(ws.recv(), HELLO_TIMEOUT_S)
            msg = protocol.parse(raw)
            rid = getattr(msg, "id", None)
            if not isinstance(msg, m.Hello):
                raise CommandError(ErrorCode.UNAUTHENTICATED, "the first frame must be a hello")
            if msg.protocol != protocol.PROTOCOL_VERSION:
                raise CommandError(ErrorCode.UNAUTHENTICATED, f"this hub speaks protocol {protocol.PROTOCOL_VERSION}")
            login = await self._db(self.auth.login, msg.auth)
            self.scope_of(login.account)  # (Levels) a desk user needs a scope naming a real area
            return msg, login
        except (ConnectionClosed, TimeoutError):
            return None
        except CommandError as exc:
            rid = rid or getattr(exc, "request_id", None)
            with contextlib.suppress(ConnectionClosed):
                await ws.send(protocol.error(rid, ErrorCode.UNAUTHENTICATED, exc.message), text=True)
                await ws.close(protocol.CloseCode.UNAUTHENTICATED, "unauthenticated")
            return None

    def scope_of(self, account) -> levels.Scope | None:
        """The account's scope (None for workers and gateways); ``unauthenticated`` if it has none."""
        return levels.account_scope(account.role, account.scope_level, account.scope_grid, self.state.grids)


class Session:
    """One authenticated connection: a reader, an ordered responder, and a writer."""

    def __init__(self, hub: Hub, ws: ServerConnection, hello: m.Hello, login: Login) -> None:
        account = login.account
        self.hub, self.ws, self.hello, self.login = hub, ws, hello, login
        self.scope = hub.scope_of(account)
        self.actor = Actor(account.name, account.role, account.department, account.worker_id,
                           self.scope or levels.CITY)
        view = View(account.role, account.department, account.worker_id, area=self.scope and self.scope.area)
        worker = hub.book.get(account.worker_id) if account.worker_id else None
        self.client = Client(account.name, view, Outbox(hub.config.send_queue_bytes), self._close,
                             grid_id=worker.grid_id if worker else None)
        self.answers: asyncio.Queue = asyncio.Queue()
        self.bucket = TokenBucket(hub.config.rate_limit, 2 * hub.config.rate_limit)

    def _close(self, code: int, reason: str) -> None:
        self.client.outbox.close()
        self.closing = asyncio.ensure_future(self.ws.close(code, reason))

    def _welcome(self) -> bytes:
        a = self.login.account
        session = {"user": a.name, "role": a.role, "department": a.department, "worker_id": a.worker_id,
                   "token": self.login.token, "display_name": a.display_name,
                   "token_expires_at": clock.from_epoch_ms(self.login.expires_ms),
                   "scope": self.scope.wire() if self.scope else None}
        return protocol.welcome(self.hello.id, session, self.hub.state.seq, self.hub.journal_id)

    async def serve(self) -> None:
        hub = self.hub
        resume = self.hello.resume_from
        if self.hello.journal_id is not None and self.hello.journal_id != hub.journal_id:
            resume = None  # our seqs mean nothing to that client: start it afresh
        first = [self._welcome(), *hub.fanout.join(self.client, resume)]
        level = logging.INFO if self.client.desk else logging.DEBUG
        log.log(level, "%s (%s) connected from %s", self.actor.user, self.actor.role, self.ws.remote_address)
        if self.actor.role == Role.LIAISON:
            hub.committer.submit_internal(lambda u: hub._set_duty(u, self.actor.department))
        tasks = [asyncio.create_task(self._write(first)), asyncio.create_task(self._respond())]
        try:
            async for frame in self.ws:
                self._on_frame(frame)
        except ConnectionClosed:
            pass
        finally:
            hub.fanout.leave(self.client)
            self.client.outbox.close()
            for task in tasks:
                task.cancel()
            if self.actor.role == Role.LIAISON:
                hub.committer.submit_internal(lambda u: hub._set_duty(u, self.actor.department))
            log.log(logging.INFO if self.client.desk else logging.DEBUG, "%s disconnected", self.actor.user)

    async def _write(self, first: list[bytes]) -> None:
        try:
            for frame in first:
                await self.ws.send(frame, text=True)
            while not self.client.outbox.closed or self.client.outbox.frames:
                await send_frames(self.ws, await self.client.outbox.take())
        except ConnectionClosed:
            pass

    async def _respond(self) -> None:
        """Answer requests in the order they arrived."""
        while True:
            item = await self.answers.get()
            if isinstance(item, bytes):
                frame = item
            elif isinstance(item, asyncio.Future):
                frame = await item
            else:
                frame = await item()
            self.hub.fanout.deliver(self.client, frame)

    def _on_frame(self, frame: str | bytes) -> None:
        if isinstance(frame, bytes):
            self.answers.put_nowait(protocol.error(None, ErrorCode.BAD_JSON, "binary frames are not accepted"))
            return
        try:
            msg = protocol.parse(frame)
        except protocol.ProtocolError as exc:
            self.answers.put_nowait(protocol.error(exc.request_id, exc.code, exc.message))
            return
        self._dispatch(msg)

    def _dispatch(self, msg) -> None:
        if isinstance(msg, m.Positions | m.Position):
            self._telemetry(msg)
        elif not self.bucket.take():
            self.answers.put_nowait(protocol.error(msg.id, ErrorCode.RATE_LIMITED, "too many requests: slow down"))
        elif isinstance(msg, m.Hello):
            self.answers.put_nowait(protocol.error(msg.id, ErrorCode.BAD_REQUEST, "already logged in"))
        elif isinstance(msg, m.Query):  # every query, the Practice additions included
            self.answers.put_nowait(lambda: self._query(msg))
        else:
            self.answers.put_nowait(self.hub.committer.submit(self.actor, msg))

    def _telemetry(self, msg) -> None:
        book = self.hub.book
        if isinstance(msg, m.Positions) and self.actor.role == Role.GATEWAY:
            book.apply(msg.items)
        elif isinstance(msg, m.Position) and self.actor.role == Role.WORKER:
            ms = clock.to_epoch_ms(msg.at or clock.now())
            worker = book.get(self.actor.worker_id)
            status = worker.status if worker and worker.status != "offline" else "idle"
            book.apply([(self.actor.worker_id, msg.lat, msg.lon, ms, status)])
        else:
            refusal = f"role {self.actor.role} may not send {m.type_name(msg)}"
            self.answers.put_nowait(protocol.error(None, ErrorCode.FORBIDDEN, refusal))

    async def _query(self, msg) -> bytes:
        kind = m.type_name(msg)
        try:
            permissions.check(self.actor.role, kind)
            if isinstance(msg, m.GridsGet):
                return protocol.ack(msg.id, self.hub.grid_pages.page(msg))
            if isinstance(msg, m.QueryDuplicates | m.QueryAssessment):  # (Practice)
                return protocol.ack(msg.id, await self._practice_query(msg))
            if isinstance(msg, m.QueryTrack | m.QueryCoverage):  # the area: the levels' scope, when set
                return protocol.ack(msg.id, await self.hub.field.answer(self.actor, msg, self.client.view.area))
            run = {m.QueryEvents: queries.events, m.QueryStats: queries.stats, m.QueryOrders: queries.orders}[type(msg)]
            scope = self.client.view.query_department
            area = self.client.view.area  # (Levels) a scoped desk's queries keep to its area
            return protocol.ack(msg.id, await self.hub._db(run, self.hub.store, msg, scope, area))
        except CommandError as exc:
            code, text = exc.code, exc.message
            self.hub.committer.submit_internal(
                lambda u: u.audit_outcome(self.actor.user, kind, msg.id, code.value, text))
            return protocol.error(msg.id, code, text)
        except Exception:
            log.exception("query %s failed", kind)
            return protocol.error(msg.id, ErrorCode.INTERNAL, "the query failed on the hub")

    async def _practice_query(self, msg) -> bytes:
        """``query.duplicates`` from the in-memory index; ``query.assessment`` in SQL."""
        scope, area = self.client.view.query_department, self.client.view.area
        if isinstance(msg, m.QueryDuplicates):
            return queries.duplicates(self.hub.state, msg, scope, area)
        return await self.hub._db(queries.assessment, self.hub.store, msg, scope, self.hub.policy.weights, area)


def _load_policy(path: str | None):
    policy = policy_file.load_policy(path) if path else policy_file.default_policy()
    policy.calendar.prepare(clock.now().year)
    return policy


def _settle_heap() -> None:
    """Move the loaded city out of the collector's way.

    A city's state is millions of long-lived objects; without this every full collection walks
    them all and stalls the loop for tens of milliseconds, right in the delta latency tail.
    """
    gc.collect()
    gc.freeze()


def _ring_entry(row) -> RingEntry:
    entity = decode_entity(row.kind, row.entity)
    at = clock.from_epoch_ms(row.at_ms)
    frame = protocol.delta_frame(row.seq, at, row.actor, row.kind, row.entity.encode())
    return RingEntry(row.seq, row.kind, entity, frame)


if __name__ == "__main__":
    from .cli import main

    main()
