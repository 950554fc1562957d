"""Sans-I/O protocol layer: text frames in, typed messages out; results in, frames out.

No sockets and no event loop here (see the websockets library's ``protocol.py`` for the
model): the hub and client glue only move the bytes this module parses and produces.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

import msgspec

from commandcenter.domain.errors import CommandError, ErrorCode

from . import messages as m

PROTOCOL_VERSION = 1
MAX_FRAME_BYTES = 1 << 20
#: a snapshot part stays under this many bytes of entities, so each frame is under ~1 MiB
SNAPSHOT_PART_BYTES = 900_000
SNAPSHOT_LISTS = ("events", "orders", "workers", "departments", "seats", "video_links", "alerts", "approvals")


class CloseCode(IntEnum):
    NORMAL = 1000
    GOING_AWAY = 1001
    MESSAGE_TOO_BIG = 1009
    UNAUTHENTICATED = 4401
    TOO_SLOW = 4408


class ProtocolError(CommandError):
    """A frame refused before it reached any rule; ``request_id`` echoes its id if readable."""

    def __init__(self, code: ErrorCode, message: str, request_id: str | None = None) -> None:
        super().__init__(code, message)
        self.request_id = request_id


_decoder = msgspec.json.Decoder(m.Incoming)
_TOO_DEEP: dict = {}
_NUL_ESCAPE = b"\\u0000"
_NUL_TEXT = _NUL_ESCAPE.decode()
_encoder = msgspec.json.Encoder()


def _readable_id(data: str | bytes) -> tuple[Any, str | None]:
    """Decode untyped to tell 'not a JSON object' apart from 'a bad field', and find the id."""
    try:
        raw = msgspec.json.decode(data)
    except msgspec.DecodeError:
        return None, None
    except RecursionError:  # valid JSON nested deeper than any request is
        return _TOO_DEEP, None
    if not isinstance(raw, dict):
        return raw, None
    rid = raw.get("id")
    ok = isinstance(rid, str) and 1 <= len(rid) <= 64
    return raw, rid if ok else None


def parse(data: str | bytes) -> m.Hello | m.Command | m.Query | m.Telemetry:
    """Decode and validate one text frame; raise :class:`ProtocolError` with the wire code."""
    try:
        message = _decoder.decode(data)
    except msgspec.ValidationError as exc:
        raw, rid = _readable_id(data)
        if not isinstance(raw, dict):
            raise ProtocolError(ErrorCode.BAD_JSON, "frame is not a JSON object") from None
        raise ProtocolError(ErrorCode.BAD_REQUEST, _explain(exc, raw), rid) from None
    except msgspec.DecodeError as exc:
        raise ProtocolError(ErrorCode.BAD_JSON, f"frame is not valid JSON: {exc}") from None
    except RecursionError:
        raise ProtocolError(ErrorCode.BAD_REQUEST, "frame nests too deeply") from None
    if (_NUL_ESCAPE if isinstance(data, bytes) else _NUL_TEXT) in data and _holds_nul(message):
        raise ProtocolError(ErrorCode.BAD_REQUEST, "text may not contain NUL (\\u0000)", getattr(message, "id", None))
    return message


def _holds_nul(value: Any) -> bool:
    """Whether any text in a decoded message holds U+0000 (no database column can store it)."""
    if isinstance(value, str):
        return "\x00" in value
    if isinstance(value, msgspec.Struct):
        return any(_holds_nul(v) for v in msgspec.structs.astuple(value))
    if isinstance(value, list | tuple):
        return any(_holds_nul(v) for v in value)
    return False


def _explain(exc: msgspec.ValidationError, raw: dict) -> str:
    text = str(exc)
    if raw is _TOO_DEEP:
        return f"frame nests too deeply ({text})"
    if "`$.type`" in text:
        kind = raw.get("type")
        return f"unknown type {kind!r}" if isinstance(kind, str) else "missing or invalid 'type'"
    return text


def encode(obj: Any) -> bytes:
    return _encoder.encode(obj)


def ack(request_id: str, result: dict | bytes | None = None) -> bytes:
    body = result if isinstance(result, bytes) else encode(result or {})
    return b'{"type":"ack","id":' + encode(request_id) + b',"result":' + body + b"}"


def error(request_id: str | None, code: ErrorCode, message: str) -> bytes:
    return encode({"type": "error", "id": request_id, "code": code.value, "message": message})


def error_from(exc: CommandError, request_id: str | None) -> bytes:
    rid = exc.request_id if isinstance(exc, ProtocolError) and request_id is None else request_id
    return error(rid, exc.code, exc.message)


def welcome(request_id: str, session: dict, seq: int, journal_id: str | None = None) -> bytes:
    return encode({"type": "welcome", "id": request_id, "session": session, "seq": seq, "journal_id": journal_id})


def heartbeat(seq: int) -> bytes:
    return b'{"type":"heartbeat","seq":%d}' % seq


def delta_frame(seq: int, at: datetime, actor: str, kind: str, entity_json: bytes,
                request_id: str | None = None) -> bytes:
    """A delta; ``request_id`` (an addition) names the command that caused it, if any."""
    head = {"type": "delta", "seq": seq, "at": at, "actor": actor, "kind": kind}
    if request_id is not None:
        head["request_id"] = request_id
    return encode(head)[:-1] + b',"data":' + entity_json + b"}"


def positions_frame(items_json: bytes) -> bytes:
    """``items_json`` is an already encoded JSON array of ``[id, lat, lon, ms, status]``."""
    return b'{"type":"positions","items":' + items_json + b"}"


def alert_frame(alert: dict) -> bytes:
    return encode({"type": "alert", "alert": alert})


def snapshot_frames(seq: int, lists: dict[str, Sequence[bytes]]) -> list[bytes]:
    """Split pre-encoded entities into snapshot parts of about :data:`SNAPSHOT_PART_BYTES`.

    Each list of the snapshot is the concatenation of that list over the parts, in order.
    """
    parts: list[dict[str, list[bytes]]] = [{name: [] for name in SNAPSHOT_LISTS if name in lists}]
    size = 0
    for name in SNAPSHOT_LISTS:
        for item in lists.get(name, ()):
            if size + len(item) > SNAPSHOT_PART_BYTES and size:
                parts.append({})
                size = 0
            parts[-1].setdefault(name, []).append(item)
            size += len(item) + 1
    total = len(parts)
    return [_snapshot_part(seq, i + 1, total, p) for i, p in enumerate(parts)]


def _snapshot_part(seq: int, part: int, parts: int, lists: dict[str, list[bytes]]) -> bytes:
    head = b'{"type":"snapshot","seq":%d,"part":%d,"parts":%d' % (seq, part, parts)
    body = b"".join(b',"%s":[%s]' % (name.encode(), b",".join(items)) for name, items in lists.items())
    return head + body + b"}"


def join_json_array(items: Iterable[bytes]) -> bytes:
    return b"[" + b",".join(items) + b"]"
