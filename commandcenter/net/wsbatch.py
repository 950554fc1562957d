"""Send many text frames with one socket write.

``ServerConnection.send`` costs a syscall and a drain per frame; with twenty desks and
hundreds of deltas a second that dominates the hub's CPU. Here the frames are framed by the
sans-I/O protocol object and written in one ``transport.write``, inside the connection's own
``send_context`` (its state checks and flow control). Uses websockets internals: the version
is pinned in pyproject.toml, and a missing attribute falls back to plain ``send``.
"""
from __future__ import annotations

from collections.abc import Sequence

from websockets.asyncio.connection import Connection


async def send_frames(ws: Connection, frames: Sequence[bytes]) -> None:
    if not frames:
        return
    if not hasattr(ws, "send_context") or len(frames) == 1:
        for frame in frames:
            await ws.send(frame, text=True)
        return
    async with ws.send_context():
        for frame in frames:
            ws.protocol.send_text(frame)
        ws.transport.write(b"".join(ws.protocol.data_to_send()))
