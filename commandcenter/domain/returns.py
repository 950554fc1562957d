"""Why a receiver gives an order back (退回): the typed reasons a seat or worker may choose.

On the wire the reason stays the protocol's free ``reason`` string (``order.return``); the desk
composes it from the chosen reason's name and the receiver's own words, so the operator who
gets the event back reads it as it was meant.
"""
from __future__ import annotations

from enum import StrEnum

#: the protocol's longest ``reason``
MAX_REASON_CHARS = 2000


class ReturnReason(StrEnum):
    NOT_OUR_DEPARTMENT = "not_our_department"
    NOT_ENOUGH_INFORMATION = "not_enough_information"
    OUTSIDE_OUR_AREA = "outside_our_area"
    DUPLICATE = "duplicate"
    OTHER = "other"


#: in the order a receiver is offered them
REASONS: tuple[ReturnReason, ...] = tuple(ReturnReason)


def needs_detail(reason: str) -> bool:
    """``other`` says nothing by itself: the receiver must write why."""
    return reason == ReturnReason.OTHER


def is_complete(reason: str, detail: str) -> bool:
    """Whether a return may be sent: a known reason, and words where the reason needs them."""
    return reason in REASONS and (bool(detail.strip()) or not needs_detail(reason))


def compose(name: str, detail: str) -> str:
    """The wire ``reason``: the reason's name, then the receiver's words (cut to the protocol's limit)."""
    detail = detail.strip()
    text = f"{name}: {detail}" if detail and name else detail or name
    return text[:MAX_REASON_CHARS]
