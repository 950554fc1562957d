"""The entities of the wire contract, as immutable msgspec structs.

Fields the contract documents are required, so they are always on the wire (``null`` when
unset); the additions after them are left out while they hold their default, which keeps a
Tangshan-sized snapshot small. Every change makes a new struct (``msgspec.structs.replace``) with ``version`` + 1, so a
delta always carries the whole entity after the change, never a patch.
Field order and names follow PROTOCOL.md; fields after the documented ones are additions.
"""
from __future__ import annotations

from datetime import datetime

import msgspec


class Assignee(msgspec.Struct, gc=False, omit_defaults=True, frozen=True):
    """Who an event or order is with: exactly one of the two is set."""

    worker_id: str | None = None
    department: str | None = None

    def is_set(self) -> bool:
        return self.worker_id is not None or self.department is not None


class Note(msgspec.Struct, gc=False, frozen=True):
    at: datetime
    by: str
    text: str
    #: what produced the note: dispatch, receive, progress, return, complete, cancel, supervise, escalate
    kind: str = "note"


class Event(msgspec.Struct, gc=False, kw_only=True, frozen=True, omit_defaults=True):
    id: int
    code: str
    category: str
    title: str
    description: str
    lat: float
    lon: float
    grid_id: str | None
    source: str
    reporter: str | None
    severity: int
    tier: str | None
    status: str
    created_at: datetime
    due_at: datetime | None
    overdue: bool
    supervised: bool
    escalation_level: int
    assignee: Assignee | None
    satisfaction: int | None
    version: int
    # additions
    reporter_phone: str | None = None
    reported_by: str | None = None
    handled_on_spot: bool = False
    updated_at: datetime | None = None
    accepted_at: datetime | None = None
    resolved_at: datetime | None = None
    closed_at: datetime | None = None
    reject_reason: str | None = None
    last_return_reason: str | None = None
    returns: int = 0
    # PROTOCOL.md "Practice": rulings, approvals, re-routing, claims
    needs_ruling: bool = False
    #: the clock is paused until then (an approved suspension); ``suspended_at``: since when
    suspended_until: datetime | None = None
    suspended_at: datetime | None = None
    parked: bool = False
    #: due_at as it stood before the first approved extension (the assessment's on-time test)
    original_due_at: datetime | None = None
    reroute_suggested: bool = False
    claimed_by: str | None = None
    claimed_until: datetime | None = None
    verify_failures: int = 0
    alert_id: int | None = None
    order_id: int | None = None  # the open order, if any
    #: PROTOCOL.md "Practice": consult, help, complaint, report, suggestion, praise; null for a grid matter
    request_type: str | None = None
    #: PROTOCOL.md "Levels": the level of the centre holding the case and that centre's area (null
    #: at the city); always on the wire (a default factory is never omitted)
    level: str = msgspec.field(default_factory=lambda: "street")
    held_by: str | None = msgspec.field(default_factory=lambda: None)
    #: PROTOCOL.md "Levels": a worker's SOS, until a desk of its area acknowledges it
    sos: bool = False
    sos_acked_by: str | None = None
    sos_acked_at: datetime | None = None
    #: (Practice) duplicates: candidates found when it was reported (best first), the ids merged
    #: into it, the event it was merged into, and the master's follow-up note recorded on it
    possible_duplicates: tuple[int, ...] = ()
    duplicates: tuple[int, ...] = ()
    merged_into: int | None = None
    follow_up_note: str | None = None
    #: (Practice) the operator who accepted it (assessment by operator)
    accepted_by: str | None = None


class Order(msgspec.Struct, gc=False, kw_only=True, frozen=True, omit_defaults=True):
    id: int
    event_id: int
    assignee: Assignee
    status: str
    issued_at: datetime
    due_at: datetime | None
    notes: tuple[Note, ...]
    version: int
    issued_by: str | None = None
    received_at: datetime | None = None
    closed_at: datetime | None = None
    overdue: bool = False
    # PROTOCOL.md "Practice": the sign clock (签收时限), counted from issued_at
    sign_due_at: datetime | None = None
    signed_at: datetime | None = None
    #: true while the order is issued (not yet signed for) and past sign_due_at
    sign_overdue: bool = False
    #: (Practice) approved extensions; a ruling's order (cannot be returned)
    extensions: int = 0
    final: bool = False


class Approval(msgspec.Struct, gc=False, kw_only=True, frozen=True, omit_defaults=True):
    """(Practice) A request for an extension, suspension, park or void, and its decision."""

    id: int
    kind: str
    event_id: int
    order_id: int | None
    requested_by: str
    requested_at: datetime
    reason: str
    until: datetime | None
    status: str
    decided_by: str | None
    decided_at: datetime | None
    note: str | None
    version: int
    #: (addition) the receiver of the order it concerns, if any: whose desk or phone sees it
    assignee: Assignee | None = None


class Worker(msgspec.Struct, gc=False, kw_only=True, frozen=True):
    id: str
    name: str
    kind: str
    grid_id: str
    status: str
    lat: float | None
    lon: float | None
    at: datetime | None
    version: int = 1
    phone: str | None = None


class Department(msgspec.Struct, gc=False, kw_only=True, frozen=True):
    id: str
    code: str
    name: str
    name_en: str


class Seat(msgspec.Struct, gc=False, kw_only=True, frozen=True):
    id: str
    department: str
    liaison: str | None
    on_duty: bool
    open_orders: int
    overdue_orders: int
    version: int = 1


class VideoLink(msgspec.Struct, gc=False, kw_only=True, frozen=True):
    id: str
    name: str
    level: str
    kind: str
    state: str
    latency_ms: float | None
    loss_pct: float | None
    bitrate_kbps: float | None
    last_seen: datetime | None
    version: int = 1
    grid_id: str | None = None
    lat: float | None = None
    lon: float | None = None


class Alert(msgspec.Struct, gc=False, kw_only=True, frozen=True):
    id: int
    title: str
    body: str
    grid_ids: tuple[str, ...]
    expires_at: datetime | None
    created_at: datetime
    created_by: str
    recipients: int
    version: int = 1


class Grid(msgspec.Struct, gc=False, kw_only=True, frozen=True):
    """A node of the area tree: district, street, community, or a grid proper."""

    id: str
    code: str
    name: str
    kind: str
    parent: str | None
    polygon: tuple[tuple[float, float], ...]  # [lon, lat], closed ring


class User(msgspec.Struct, gc=False, kw_only=True, frozen=True):
    name: str
    role: str
    password_hash: str
    department: str | None = None
    worker_id: str | None = None
    display_name: str | None = None
