"""What a public big screen may show of an event (大屏脱敏): the privacy rule of the wall display.

Desks see everything; the wall, seen by visitors across the room, shows

- a reporter's name as the surname only (``张**``), a phone number as its first three and last four digits
  (``138****5678``), the usual Chinese masking (脱敏);
- for the sensitive categories (:data:`SENSITIVE_CATEGORIES`: disputes, special population, petitions,
  DOMAIN.md "six daily duties" and the categories routed to justice, civil affairs and petitions) neither
  the title nor the description: both are withheld, because either can name the parties;
- in any other title or description, the reporter's name and any mobile or landline number masked too.

Plain Python: the wall calls :func:`for_wall` for every event it shows (ticker, labels) and never
shows an event's own fields.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .entities import Event

#: categories whose title and description never reach the wall
SENSITIVE_CATEGORIES: frozenset[str] = frozenset({"dispute", "special_population", "petition"})
MASK = "*"
#: mobile numbers (11 digits starting 1) and landlines (0 + area code + number), with optional separators
_PHONE = re.compile(r"(?<!\d)(?:1[3-9]\d(?:[ -]?\d){8}|0\d{2,3}[ -]?\d{7,8})(?!\d)")


@dataclass(frozen=True)
class WallText:
    """The texts of one event as the wall may show them; ``withheld`` says the title and description are hidden."""

    title: str
    description: str
    reporter: str | None
    reporter_phone: str | None
    withheld: bool


def is_sensitive(category: str) -> bool:
    return category in SENSITIVE_CATEGORIES


def mask_name(name: str | None) -> str | None:
    """``张三丰`` -> ``张**``; a one-character name is all masked; None stays None."""
    if not name:
        return name
    name = name.strip()
    if len(name) <= 1:
        return MASK
    return name[0] + MASK * (len(name) - 1)


def mask_phone(phone: str | None) -> str | None:
    """Keep the first three and last four digits (``13812345678`` -> ``138****5678``); short numbers are all masked."""
    if not phone:
        return phone
    digits = re.sub(r"\D", "", phone)
    if len(digits) < 8:
        return MASK * len(digits) if digits else MASK
    return digits[:3] + MASK * (len(digits) - 7) + digits[-4:]


def scrub(text: str, names: tuple[str, ...] = ()) -> str:
    """``text`` with every phone number masked and each of ``names`` replaced by its masked form."""
    text = _PHONE.sub(lambda m: mask_phone(m.group()) or MASK, text)
    for name in names:
        if name and len(name.strip()) > 1:
            text = text.replace(name.strip(), mask_name(name) or MASK)
    return text


def for_wall(event: Event) -> WallText:
    """The event's texts as the wall shows them (see the module docstring)."""
    names = tuple(n for n in (event.reporter,) if n)
    withheld = is_sensitive(event.category)
    return WallText(
        title="" if withheld else scrub(event.title, names),
        description="" if withheld else scrub(event.description, names),
        reporter=mask_name(event.reporter),
        reporter_phone=mask_phone(event.reporter_phone),
        withheld=withheld,
    )
