"""The stored form of one worker-hour of track points.

Version 2 (written now): places in steps of :data:`~commandcenter.domain.field.TRACK_STEP_E6`,
the first point whole, then per coordinate the step-to-step moves (order 1) or the change of the
move (order 2, which wins on straight walks), zigzagged and Rice coded with the parameter that
makes them shortest: the quotients as one unary bit stream, the remainders as fixed-width bits.
A walking worker's 5 m moves take about four bits each where deflate needed eight. Times and
statuses (nearly constant within an hour) go through raw deflate. Every step is whole-array
numpy both ways, so a worker-day decodes in a few milliseconds.

Version 1 (read only, from databases written before): 1e-6° deltas, byte planes, zlib.
"""
from __future__ import annotations

import struct
import zlib

import numpy as np

from commandcenter.domain import field as rules

V1, V2 = 1, 2
_HEAD = struct.Struct("<BHBBiiH")  # version, points, lat mode, lon mode, first lat, first lon, unary bytes
_RICE_K = np.arange(16, dtype=np.uint64)[:, None]
Points = tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]


def encode(lat_e6: np.ndarray, lon_e6: np.ndarray, ms: np.ndarray, status: np.ndarray, hour_ms: int) -> bytes:
    """One worker-hour, points in time order inside the hour (``lat_e6`` / ``lon_e6`` in
    millionths of a degree; they are rounded to the track step)."""
    step = rules.TRACK_STEP_E6
    lat = np.rint(np.asarray(lat_e6) / step).astype(np.int64)
    lon = np.rint(np.asarray(lon_e6) / step).astype(np.int64)
    (lat_mode, lat_q, lat_r), (lon_mode, lon_q, lon_r) = _rice(lat), _rice(lon)
    unary = _unary(np.concatenate([lat_q, lon_q]))
    remainders = np.packbits(np.concatenate([lat_r, lon_r]))
    head = _HEAD.pack(V2, len(lat), lat_mode, lon_mode, int(lat[0]), int(lon[0]), len(unary))
    return head + unary.tobytes() + remainders.tobytes() + _deflate(_times(ms - hour_ms, status))


def decode(blob: bytes, hour_ms: int) -> Points:
    """The inverse of :func:`encode` (or of version 1): (lat_e6, lon_e6, epoch ms, status)."""
    if blob and blob[0] == V2:
        return _decode_v2(blob, hour_ms)
    if blob and blob[0] == V1:
        return _decode_v1(blob, hour_ms)
    raise ValueError("unknown track encoding")


def _rice(values: np.ndarray) -> tuple[int, np.ndarray, np.ndarray]:
    """``(mode, quotients, remainder bits)`` of one coordinate's moves, in the cheaper order;
    ``mode`` is ``order << 4 | k``."""
    moves = np.diff(values)
    best = None
    for order, residual in ((1, moves), (2, np.diff(moves, prepend=0))):
        zig = ((residual << 1) ^ (residual >> 63)).astype(np.uint64)
        bits = (zig >> _RICE_K).sum(axis=1) + (_RICE_K[:, 0] + 1) * len(zig)
        k = int(np.argmin(bits))
        if best is None or bits[k] < best[0]:
            best = (bits[k], order, k, zig)
    _, order, k, zig = best
    shifts = np.arange(k - 1, -1, -1, dtype=np.uint64)
    remainder_bits = ((zig[:, None] >> shifts) & 1).astype(np.uint8).ravel()
    return order << 4 | k, (zig >> np.uint64(k)).astype(np.int64), remainder_bits


def _unary(quotients: np.ndarray) -> np.ndarray:
    """Each quotient as that many ones and a closing zero, packed."""
    bits = np.ones(int(quotients.sum()) + len(quotients), dtype=np.uint8)
    bits[np.cumsum(quotients + 1) - 1] = 0
    return np.packbits(bits)


def _times(offsets: np.ndarray, status: np.ndarray) -> bytes:
    slots = offsets // rules.TRACK_SLOT_MS
    within = (offsets - slots * rules.TRACK_SLOT_MS).astype(np.uint16)
    slot_steps = np.diff(slots, prepend=0).astype(np.uint8)
    return slot_steps.tobytes() + within.view(np.uint8).reshape(-1, 2).T.tobytes() + status.astype(np.int8).tobytes()


def _decode_v2(blob: bytes, hour_ms: int) -> Points:
    _, n, lat_mode, lon_mode, lat0, lon0, unary_len = _HEAD.unpack_from(blob)
    at, moves = _HEAD.size, n - 1
    bits = np.unpackbits(np.frombuffer(blob, np.uint8, unary_len, at))
    ends = np.flatnonzero(bits == 0)[:2 * moves]
    quotients = (np.diff(ends, prepend=-1) - 1).astype(np.uint64)
    at += unary_len
    k_lat, k_lon = lat_mode & 15, lon_mode & 15
    rem_bits = moves * (k_lat + k_lon)
    rem_len = (rem_bits + 7) // 8
    rem = np.unpackbits(np.frombuffer(blob, np.uint8, rem_len, at))[:rem_bits]
    lat = _values(lat0, lat_mode, quotients[:moves], rem[:moves * k_lat])
    lon = _values(lon0, lon_mode, quotients[moves:], rem[moves * k_lat:])
    raw = zlib.decompress(blob[at + rem_len:], -15)
    slots = np.cumsum(np.frombuffer(raw, np.uint8, n).astype(np.int64))
    within = np.frombuffer(raw, np.uint8, 2 * n, n).reshape(2, n).T.copy().view(np.uint16).ravel()
    status = np.frombuffer(raw, np.int8, n, 3 * n)
    ms = hour_ms + slots * rules.TRACK_SLOT_MS + within
    step = rules.TRACK_STEP_E6
    return lat * step, lon * step, ms, status


def _values(first: int, mode: int, quotients: np.ndarray, rem_bits: np.ndarray) -> np.ndarray:
    k = mode & 15
    weights = np.uint64(1) << np.arange(k - 1, -1, -1, dtype=np.uint64)
    remainders = rem_bits.reshape(-1, k).astype(np.uint64) @ weights if k else 0
    zig = ((quotients << np.uint64(k)) | remainders).astype(np.int64)
    residual = (zig >> 1) ^ -(zig & 1)
    moves = np.cumsum(residual) if mode >> 4 == 2 else residual
    return first + np.concatenate([[0], np.cumsum(moves)])


def _deflate(raw: bytes) -> bytes:
    packer = zlib.compressobj(6, zlib.DEFLATED, -15)
    return packer.compress(raw) + packer.flush()


def _decode_v1(blob: bytes, hour_ms: int) -> Points:
    raw = zlib.decompress(blob[1:])
    n = len(raw) // 13
    zig = np.frombuffer(raw[:12 * n], dtype=np.uint8).reshape(4, -1).T.copy().view(np.uint32).ravel()
    zig = zig.astype(np.int64)
    deltas = (zig >> 1) ^ -(zig & 1)
    values = np.cumsum(deltas.reshape(3, n), axis=1)
    status = np.frombuffer(raw[12 * n:], dtype=np.int8)
    return values[0], values[1], values[2] + hour_ms, status
