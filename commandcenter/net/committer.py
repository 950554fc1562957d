"""Group commit: commands that arrive together share one transaction, and are acked after it.

Handlers run on the event loop against the in-memory state (so a pipelined command sees the
one before it); the writer thread commits the unit's journal, audit and idempotency rows;
only then do deltas go out and acks resolve. A failed commit undoes the memory and answers
``internal``; the next batch first rebuilds the state from the store, which is the authority.
"""
from __future__ import annotations

import asyncio
import hashlib
import logging
from collections.abc import Awaitable, Callable
from concurrent.futures import Executor
from dataclasses import dataclass, field

from commandcenter.domain import clock
from commandcenter.domain.errors import CommandError, ErrorCode
from commandcenter.service import handlers
from commandcenter.service.context import Actor, World
from commandcenter.service.state import HubState, IdBlock
from commandcenter.service.unit import IdempotencyEntry, Unit
from commandcenter.store.store import Store

from . import messages as m, protocol

log = logging.getLogger("hub")

MAX_BATCH = 512
ID_BLOCK = 1000
ID_KINDS = ("event", "order", "alert", "approval")


@dataclass(slots=True)
class Job:
    future: asyncio.Future
    actor: Actor | None = None
    msg: object | None = None
    internal: Callable[[Unit], None] | None = None


@dataclass
class Idempotency:
    """Keys of acked commands: (user, id) -> (request hash, ack result JSON)."""

    done: dict[tuple[str, str], tuple[bytes, bytes]] = field(default_factory=dict)

    @staticmethod
    def fingerprint(msg: object) -> bytes:
        return hashlib.sha256(protocol.encode(msg)).digest()


class Committer:
    def __init__(self, store: Store, state: HubState, world: World, writer: Executor,
                 publish: Callable[[list], None], recover: Callable[[], Awaitable[None]]) -> None:
        self.store, self.state, self.world, self.writer = store, state, world, writer
        self.publish, self.recover = publish, recover
        self.queue: asyncio.Queue[Job] = asyncio.Queue()
        self.keys = Idempotency()
        self.healthy = True
        self.commits = 0

    def submit(self, actor: Actor, msg: object) -> asyncio.Future:
        """Queue a command; the future resolves to its ack or error frame."""
        job = Job(asyncio.get_running_loop().create_future(), actor=actor, msg=msg)
        self.queue.put_nowait(job)
        return job.future

    def submit_internal(self, change: Callable[[Unit], None]) -> asyncio.Future:
        """Queue a change of the hub's own (deadline flips, seat duty)."""
        job = Job(asyncio.get_running_loop().create_future(), internal=change)
        self.queue.put_nowait(job)
        return job.future

    async def run(self) -> None:
        while True:
            batch = [await self.queue.get()]
            while not self.queue.empty() and len(batch) < MAX_BATCH:
                batch.append(self.queue.get_nowait())
            try:
                await self._process(batch)
            except Exception:  # why: the committer must outlive any one batch
                log.exception("batch of %d failed", len(batch))
                self._fail(batch, "the hub could not store this command; try again")

    async def _process(self, batch: list[Job]) -> None:
        if not self.healthy:
            await self.recover()
            self.healthy = True
        await self._ensure_ids(len(batch))
        unit = Unit(self.state, clock.now())
        answers = [self._apply(unit, job) for job in batch]
        unit.settle_seats()
        try:
            await asyncio.get_running_loop().run_in_executor(
                self.writer, self.store.commit, unit.journal, unit.audit, unit.keys)
        except Exception as exc:  # why: any database failure means: nothing acked
            unit.rollback()
            if self.store.refused_data(exc):
                await self._refused(batch, exc)
                return
            log.error("commit failed (%s): %d commands answered 'internal'", exc.__class__.__name__, len(batch))
            self.healthy = False
            self._fail(batch, "the hub could not store this command; try again")
            return
        self._after_commit(unit, batch, answers)

    async def _refused(self, batch: list[Job], exc: Exception) -> None:
        """The database refused a value: its transaction rolled back whole and memory is undone, so
        the state stays trusted; the batch's commands are committed one at a time, and only the one
        refused is answered ``internal``."""
        if len(batch) == 1:
            log.error("the database refused a value (%s): %s answered 'internal'", exc.__class__.__name__,
                      getattr(batch[0].msg, "id", "an internal change"))
            self._fail(batch, "the hub could not store this command")
            return
        log.warning("the database refused a value: retrying %d commands one by one", len(batch))
        for job in batch:
            await self._process([job])

    def _after_commit(self, unit: Unit, batch: list[Job], answers: list[bytes | None]) -> None:
        self.commits += 1
        for key in unit.keys:
            self.keys.done[(key.user, key.key)] = (key.request_hash, key.result)
        if unit.journal:
            self.state.seq = unit.journal[-1].seq
            self.publish(unit.journal)
            self.state.evict_closed({e.key for e in unit.journal if e.kind == "event.updated"})
        for job, answer in zip(batch, answers, strict=True):
            if not job.future.done():
                job.future.set_result(answer)

    def _fail(self, batch: list[Job], message: str) -> None:
        for job in batch:
            if not job.future.done():
                rid = job.msg.id if job.msg is not None else None
                job.future.set_result(protocol.error(rid, ErrorCode.INTERNAL, message))

    def _apply(self, unit: Unit, job: Job) -> bytes | None:
        if job.internal is not None:
            unit.actor, unit.request_id = "hub", None
            mark = unit.mark()
            try:
                job.internal(unit)
            except Exception:  # why: a broken internal change must not sink the batch
                log.exception("internal change failed")
                unit.rollback_to(mark)
            return None
        return self._apply_command(unit, job.actor, job.msg)

    def _apply_command(self, unit: Unit, actor: Actor, msg) -> bytes:
        command = m.type_name(msg)
        fingerprint = Idempotency.fingerprint(msg)
        replay = self._replay(unit, actor, msg, fingerprint)
        if replay is not None:
            return replay
        unit.actor, unit.request_id, unit.audit_note = actor.user, msg.id, ""
        mark = unit.mark()
        try:
            result = handlers.apply(unit, self.world, actor, msg)
        except CommandError as exc:
            unit.rollback_to(mark)
            unit.audit_outcome(actor.user, command, msg.id, exc.code.value, exc.message)
            return protocol.error(msg.id, exc.code, exc.message)
        body = protocol.encode(result)
        unit.keys.append(IdempotencyEntry(actor.user, msg.id, fingerprint, body, unit.now))
        unit.audit_outcome(actor.user, command, msg.id, "ok", unit.audit_note)
        return protocol.ack(msg.id, body)

    def _replay(self, unit: Unit, actor: Actor, msg, fingerprint: bytes) -> bytes | None:
        """The original answer to a resent id, ``conflict`` for a reused one, else None."""
        key = (actor.user, msg.id)
        seen = self.keys.done.get(key) or next(
            ((k.request_hash, k.result) for k in unit.keys if (k.user, k.key) == key), None)
        if seen is None:
            return None
        if seen[0] != fingerprint:
            unit.audit_outcome(actor.user, m.type_name(msg), msg.id, "conflict", "id reused")
            return protocol.error(msg.id, ErrorCode.CONFLICT, f"id {msg.id!r} was already used for another command")
        return protocol.ack(msg.id, seen[1])

    async def _ensure_ids(self, needed: int) -> None:
        loop = asyncio.get_running_loop()
        for kind in ID_KINDS:
            block = self.state.ids.setdefault(kind, IdBlock())
            if block.end - block.next < needed:
                start, end = await loop.run_in_executor(
                    self.writer, self.store.reserve_ids, kind, max(ID_BLOCK, needed))
                self.state.ids[kind] = IdBlock(start, end)
