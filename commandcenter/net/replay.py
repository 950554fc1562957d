"""Journal rows back into entities (for the resume ring after a restart)."""
from __future__ import annotations

import msgspec

from commandcenter.domain.entities import Alert, Approval, Event, Order, Seat, VideoLink, Worker

DECODERS = {
    "event": msgspec.json.Decoder(Event),
    "order": msgspec.json.Decoder(Order),
    "seat": msgspec.json.Decoder(Seat),
    "video_link": msgspec.json.Decoder(VideoLink),
    "alert": msgspec.json.Decoder(Alert),
    "worker": msgspec.json.Decoder(Worker),
    "approval": msgspec.json.Decoder(Approval),
}


def decode_entity(kind: str, text: str):
    return DECODERS[kind.split(".", 1)[0]].decode(text)
