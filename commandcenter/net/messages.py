"""Typed messages of the wire contract (PROTOCOL.md), as msgspec structs.

Decoding a frame into one of these validates types, ranges and lengths in one pass.
Receivers ignore fields they do not know, so unknown fields are accepted and dropped.
"""
from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

import msgspec
from msgspec import UNSET, Meta, UnsetType

RequestId = Annotated[str, Meta(min_length=1, max_length=64)]
EntityId = Annotated[int, Meta(ge=1, le=2**53)]
WorkerId = Annotated[str, Meta(min_length=1, max_length=64)]
GridId = Annotated[str, Meta(min_length=1, max_length=64)]
Lat = Annotated[float, Meta(ge=-90, le=90)]
Lon = Annotated[float, Meta(ge=-180, le=180)]
Severity = Annotated[int, Meta(ge=1, le=4)]
Satisfaction = Annotated[int, Meta(ge=1, le=5)]
Title = Annotated[str, Meta(min_length=1, max_length=200)]
Text = Annotated[str, Meta(max_length=5000)]
Reason = Annotated[str, Meta(min_length=1, max_length=2000)]
Note = Annotated[str, Meta(max_length=2000)]
Name = Annotated[str, Meta(max_length=100)]
AwareTime = Annotated[datetime, Meta(tz=True)]
Seq = Annotated[int, Meta(ge=0, le=2**63 - 1)]

Category = Literal[
    "public_facility", "sanitation", "parking_traffic", "water_supply", "safety_hazard",
    "fire_hazard", "dispute", "public_security", "special_population", "employment_social",
    "housing_property", "health_epidemic", "market_food", "petition", "emergency_call", "other",
]
SourceCode = Literal["worker", "hotline", "citizen", "camera", "drone", "one_key"]
TierCode = Literal["small", "medium", "complex"]
#: PROTOCOL.md "Practice": 咨询, 求助, 投诉, 举报, 建议, 表扬 (null: a grid matter)
RequestTypeCode = Literal["consult", "help", "complaint", "report", "suggestion", "praise"]
DepartmentCode = Literal[
    "police", "urban", "civil", "hrss", "emergency", "fire", "housing", "health", "market",
    "justice", "petition", "water",
]
LinkStateCode = Literal["up", "degraded", "down", "in_call"]
WorkerStatusCode = Literal["offline", "idle", "patrol", "busy"]
#: ``query.stats`` groupings; ``day`` and ``grid_category`` are additions (see :class:`QueryStats`)
GroupBy = Literal["department", "category", "grid", "worker", "day", "grid_category"]
StatusFilter = Literal[
    "reported", "accepted", "dispatched", "in_progress", "resolved", "verified", "followed_up",
    "archived", "rejected",
]


class Auth(msgspec.Struct, forbid_unknown_fields=False):
    user: Name | None = None
    password: Annotated[str, Meta(max_length=256)] | None = None
    token: Annotated[str, Meta(max_length=256)] | None = None


class Target(msgspec.Struct):
    worker_id: WorkerId | None = None
    department: DepartmentCode | None = None


class Base(msgspec.Struct, tag_field="type", kw_only=True):
    id: RequestId
    #: (Practice) act on an event another user has claimed; recorded in the audit record
    force: bool | UnsetType = UNSET


class Hello(Base, tag="hello"):
    protocol: int
    auth: Auth
    resume_from: Seq | None = None
    #: (addition) the journal the client's seq came from; a different one gets a snapshot
    journal_id: Annotated[str, Meta(max_length=64)] | None = None


class EventReport(Base, tag="event.report"):
    category: Category
    title: Title
    description: Text
    lat: Lat
    lon: Lon
    source: SourceCode
    severity: Severity
    grid_id: GridId | None = None
    reporter: Name | None = None
    reporter_phone: Annotated[str, Meta(max_length=32)] | None = None
    handled_on_spot: bool = False
    alert_id: EntityId | None = None
    #: (Practice addition) the caller's request type; its limits replace the tier's once accepted
    request_type: RequestTypeCode | None = None


class EventAccept(Base, tag="event.accept"):
    """(Practice addition) ``request_type``: left out keeps the event's, null clears it."""

    event_id: EntityId
    tier: TierCode
    category: Category | None = None
    severity: Severity | None = None
    version: int | None = None
    request_type: RequestTypeCode | UnsetType | None = UNSET


class EventUpdate(Base, tag="event.update"):
    """(Practice) Change a case's classification. A field left out is unchanged; ``request_type``
    null makes it a grid matter. While the handle clock runs, a new tier or request type moves
    ``due_at`` (counted from ``accepted_at``), and the open order's deadlines with it."""

    event_id: EntityId
    category: Category | None = None
    severity: Severity | None = None
    tier: TierCode | None = None
    request_type: RequestTypeCode | UnsetType | None = UNSET
    version: int | None = None


class EventReject(Base, tag="event.reject"):
    event_id: EntityId
    reason: Reason
    version: int | None = None


class OrderDispatch(Base, tag="order.dispatch"):
    event_id: EntityId
    to: Target
    due_at: AwareTime | None = None
    note: Note = ""
    version: int | None = None


class OrderReceive(Base, tag="order.receive"):
    order_id: EntityId
    version: int | None = None


class OrderReturn(Base, tag="order.return"):
    order_id: EntityId
    reason: Reason
    version: int | None = None


class OrderProgress(Base, tag="order.progress"):
    order_id: EntityId
    note: Annotated[str, Meta(min_length=1, max_length=2000)]
    version: int | None = None


class OrderComplete(Base, tag="order.complete"):
    order_id: EntityId
    note: Note
    version: int | None = None


class EventVerify(Base, tag="event.verify"):
    event_id: EntityId
    passed: bool
    note: Note
    version: int | None = None


class EventFollowUp(Base, tag="event.follow_up"):
    event_id: EntityId
    satisfaction: Satisfaction
    note: Note
    version: int | None = None


class EventArchive(Base, tag="event.archive"):
    event_id: EntityId
    version: int | None = None


class EventSupervise(Base, tag="event.supervise"):
    event_id: EntityId
    note: Annotated[str, Meta(min_length=1, max_length=2000)]
    version: int | None = None


class EventEscalate(Base, tag="event.escalate"):
    event_id: EntityId
    note: Annotated[str, Meta(min_length=1, max_length=2000)]
    due_at: AwareTime | None = None
    version: int | None = None


class AlertBroadcast(Base, tag="alert.broadcast"):
    title: Title
    body: Text
    grid_ids: Annotated[list[GridId], Meta(min_length=1, max_length=100_000)]
    expires_at: AwareTime | None = None


class VideoReport(Base, tag="video.report"):
    link_id: Annotated[str, Meta(min_length=1, max_length=64)]
    state: LinkStateCode
    latency_ms: Annotated[float, Meta(ge=0, le=1e7)]
    loss_pct: Annotated[float, Meta(ge=0, le=100)]
    bitrate_kbps: Annotated[float, Meta(ge=0, le=1e8)]


class QueryEvents(Base, tag="query.events"):
    status: StatusFilter | None = None
    category: Category | None = None
    grid_id: GridId | None = None
    text: Annotated[str, Meta(max_length=200)] | None = None
    since: AwareTime | None = None
    until: AwareTime | None = None
    limit: Annotated[int, Meta(ge=1, le=1000)] = 100
    cursor: Annotated[str, Meta(max_length=200)] | None = None
    #: (addition) only the reports that answer this alert (its sightings), archived included
    alert_id: EntityId | None = None


class GridsGet(Base, tag="grids.get"):
    cursor: Annotated[str, Meta(max_length=200)] | None = None
    limit: Annotated[int, Meta(ge=1, le=10_000)] = 2000


class QueryStats(Base, tag="query.stats"):
    """Additions: ``group_by`` ``day`` (key: the centre-time day of the report, ``YYYY-MM-DD``; at most
    366 days from ``since`` to ``until``, else ``bad_request``) and ``grid_category`` (key: the list
    ``[grid_id, category]``); every row also has ``valid``, ``resolved``, ``judged``, ``on_time``,
    ``rated`` and ``closed_loop_rate`` (archived / valid); ``period_of`` ``resolved`` counts the events
    resolved in the period instead of those reported in it (a seat's "completed today")."""

    since: AwareTime
    until: AwareTime
    group_by: GroupBy | None = None
    period_of: Literal["reported", "resolved"] = "reported"


ApprovalKindCode = Literal["extension", "suspend", "park", "void"]


class ApprovalRequest(Base, tag="approval.request"):
    """(Practice) Ask for an extension (延期) or suspension (缓办): the order's receiver, ``until``
    required; to park (挂账) or void (作废): an operator or supervisor. ``order_id`` defaults to
    the event's open order."""

    kind: ApprovalKindCode
    event_id: EntityId
    reason: Reason
    order_id: EntityId | None = None
    until: AwareTime | None = None


class ApprovalDecide(Base, tag="approval.decide"):
    approval_id: EntityId
    approve: bool
    note: Note = ""
    version: int | None = None


class OrderCancel(Base, tag="order.cancel"):
    """(Practice) Withdraw an open order; the event goes back to ``accepted``."""

    order_id: EntityId
    reason: Reason
    version: int | None = None


class EventClaim(Base, tag="event.claim"):
    """(Practice) Take (or renew) the soft lock on an event; ack ``{"claimed_until"}``."""

    event_id: EntityId


class EventMerge(Base, tag="event.merge"):
    """(Practice) Merge the duplicate report ``event_id`` into ``into`` (its master): the duplicate
    becomes ``merged`` with ``merged_into``, its open orders are cancelled, the master's
    ``duplicates`` grows (by the duplicate and whatever had been merged into it), and the master's
    later follow-up is recorded on every merged event too. ``version``: the duplicate's."""

    event_id: EntityId
    into: EntityId
    version: int | None = None


class QueryDuplicates(Base, tag="query.duplicates"):
    """(Practice) The candidate duplicates of an event among the open ones, best first:
    ``{"items": [{"event_id", "score", "distance_m", "minutes_apart"}]}`` (at most 20)."""

    event_id: EntityId


class QueryOrders(Base, tag="query.orders"):
    """(addition) Every order of one event, closed ones included, with their notes, oldest first:
    ``{"items": [order, ...]}``. The snapshot holds open orders only; a ruling needs the returned ones."""

    event_id: EntityId


class EventRelease(Base, tag="event.release"):
    event_id: EntityId


class EventDelegate(Base, tag="event.delegate"):
    """(Levels) Move a case down to the centre of ``to``, an area (district, street or community
    grid id) inside the sender's area, below the case's level and holding its grid."""

    event_id: EntityId
    to: GridId
    note: Note = ""
    version: int | None = None


class Sos(Base, tag="sos"):
    """(Levels) A worker's SOS: a severity-4 event with ``source: "sos"``, held at their street."""

    lat: Lat
    lon: Lon
    note: Note = ""


class SosAck(Base, tag="sos.ack"):
    """(Levels) A desk of the SOS's area acknowledges it (sets ``sos_acked_by``, ``sos_acked_at``)."""

    event_id: EntityId


#: (Practice) ``query.assessment`` groupings: community, street and district by grid code prefix
AssessmentGroup = Literal["department", "grid", "community", "street", "district", "worker", "operator"]


class QueryAssessment(Base, tag="query.assessment"):
    """(Practice) Graded assessment (考核评价) of the events due in ``[since, until)``; see
    :func:`commandcenter.store.assessment.assessment_rows` for each figure."""

    since: AwareTime
    until: AwareTime
    group_by: AssessmentGroup


class QueryTrack(Base, tag="query.track"):
    """(Levels and the field) One worker's kept points, ``since`` <= at < ``until`` (at most 24 h):
    ack ``{"points": [[lat, lon, epoch_ms, status], ...]}`` in time order. Audited."""

    worker_id: WorkerId
    since: AwareTime
    until: AwareTime


class QueryCoverage(Base, tag="query.coverage"):
    """(Levels and the field) Patrol coverage of a centre-time day ``YYYY-MM-DD``: ack ``{"rows":
    [{"key", "coverage", "patrol_minutes", "distance_km", "workers"}]}``, keys in code order."""

    date: Annotated[str, Meta(min_length=1, max_length=10)]
    group_by: Literal["grid", "community", "street", "district"] = "grid"


class Position(msgspec.Struct, tag_field="type", tag="position", kw_only=True):
    lat: Lat
    lon: Lon
    accuracy: Annotated[float, Meta(ge=0, le=1e6)] | None = None
    at: AwareTime | None = None


PositionItem = tuple[WorkerId, Lat, Lon, Annotated[int, Meta(ge=0, le=2**53)], WorkerStatusCode]


class Positions(msgspec.Struct, tag_field="type", tag="positions", kw_only=True):
    items: Annotated[list[PositionItem], Meta(max_length=10_000)]


Command = (
    EventReport | EventAccept | EventReject | OrderDispatch | OrderReceive | OrderReturn
    | OrderProgress | OrderComplete | EventVerify | EventFollowUp | EventArchive
    | EventSupervise | EventEscalate | AlertBroadcast | VideoReport | EventUpdate
    | ApprovalRequest | ApprovalDecide | OrderCancel | EventClaim | EventRelease
    | EventDelegate | Sos | SosAck
)
Query = QueryEvents | GridsGet | QueryStats | QueryTrack | QueryCoverage
Command = Command | EventMerge  # (Practice)
Query = Query | QueryDuplicates | QueryAssessment | QueryOrders  # (Practice)
Telemetry = Position | Positions
Incoming = Hello | Command | Query | Telemetry

REQUEST_TYPES: tuple[type[Base], ...] = (
    Hello, EventReport, EventAccept, EventReject, OrderDispatch, OrderReceive, OrderReturn,
    OrderProgress, OrderComplete, EventVerify, EventFollowUp, EventArchive, EventSupervise,
    EventEscalate, AlertBroadcast, VideoReport, QueryEvents, GridsGet, QueryStats, EventUpdate,
    ApprovalRequest, ApprovalDecide, OrderCancel, EventClaim, EventRelease,
    EventDelegate, Sos, SosAck,
    QueryTrack, QueryCoverage,
)
REQUEST_TYPES += (EventMerge, QueryDuplicates, QueryAssessment, QueryOrders)  # (Practice)


def type_name(message: msgspec.Struct) -> str:
    """The wire ``type`` of a decoded message."""
    return type(message).__struct_config__.tag  # type: ignore[return-value]
