"""The vocabularies of the wire contract (PROTOCOL.md), each defined once."""
from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OPERATOR = "operator"
    SUPERVISOR = "supervisor"
    LIAISON = "liaison"
    WALL = "wall"
    WORKER = "worker"
    GATEWAY = "gateway"
    ADMIN = "admin"


DESK_ROLES = frozenset({Role.OPERATOR, Role.SUPERVISOR, Role.LIAISON, Role.WALL, Role.ADMIN})
UNFILTERED_ROLES = frozenset({Role.OPERATOR, Role.SUPERVISOR, Role.WALL, Role.ADMIN})


class EventStatus(StrEnum):
    REPORTED = "reported"
    ACCEPTED = "accepted"
    DISPATCHED = "dispatched"
    IN_PROGRESS = "in_progress"
    RESOLVED = "resolved"
    VERIFIED = "verified"
    FOLLOWED_UP = "followed_up"
    ARCHIVED = "archived"
    REJECTED = "rejected"
    #: (Practice) 作废: ended by an approved void request
    VOID = "void"
    #: (Practice) a duplicate report merged into another event (``merged_into``)
    MERGED = "merged"


#: statuses whose events are no longer in the live picture (snapshot leaves them out); a merged
#: event's master carries the case on
CLOSED_EVENT_STATUSES = frozenset({EventStatus.ARCHIVED, EventStatus.REJECTED, EventStatus.VOID,
                                   EventStatus.MERGED})
#: statuses in which the handling deadline still runs
CLOCK_RUNNING_STATUSES = frozenset(
    {EventStatus.ACCEPTED, EventStatus.DISPATCHED, EventStatus.IN_PROGRESS}
)


class OrderStatus(StrEnum):
    ISSUED = "issued"
    RECEIVED = "received"
    COMPLETED = "completed"
    RETURNED = "returned"
    CANCELLED = "cancelled"


OPEN_ORDER_STATUSES = frozenset({OrderStatus.ISSUED, OrderStatus.RECEIVED})


class Tier(StrEnum):
    SMALL = "small"
    MEDIUM = "medium"
    COMPLEX = "complex"


class RequestType(StrEnum):
    """What a caller asks for (诉求类型); PROTOCOL.md "Practice". Null for a grid matter."""

    CONSULT = "consult"
    HELP = "help"
    COMPLAINT = "complaint"
    REPORT = "report"
    SUGGESTION = "suggestion"
    PRAISE = "praise"


class Source(StrEnum):
    WORKER = "worker"
    HOTLINE = "hotline"
    CITIZEN = "citizen"
    CAMERA = "camera"
    DRONE = "drone"
    ONE_KEY = "one_key"
    #: PROTOCOL.md "Levels": a worker's SOS, made by the hub (a client may not report with it)
    SOS = "sos"


#: sources with nobody to call back: such an event may be archived straight after verification
ANONYMOUS_SOURCES = frozenset({Source.CAMERA, Source.DRONE})


class WorkerKind(StrEnum):
    LEADER = "leader"
    FULL_TIME = "full_time"
    PROFESSIONAL = "professional"
    PART_TIME = "part_time"


class WorkerStatus(StrEnum):
    OFFLINE = "offline"
    IDLE = "idle"
    PATROL = "patrol"
    BUSY = "busy"


WORKER_STATUS_CODES = (WorkerStatus.OFFLINE, WorkerStatus.IDLE, WorkerStatus.PATROL, WorkerStatus.BUSY)


class LinkLevel(StrEnum):
    CITY = "city"
    COUNTY = "county"
    TOWNSHIP = "township"
    VILLAGE = "village"


class LinkKind(StrEnum):
    TERMINAL = "terminal"
    CAMERA = "camera"
    DRONE = "drone"


class LinkState(StrEnum):
    UP = "up"
    DEGRADED = "degraded"
    DOWN = "down"
    IN_CALL = "in_call"


class GridKind(StrEnum):
    DISTRICT = "district"
    STREET = "street"
    COMMUNITY = "community"
    COMPREHENSIVE = "comprehensive"
    EXCLUSIVE = "exclusive"
    SPECIAL = "special"


#: the kinds a grid worker can belong to (the three kinds of grid proper)
GRID_KINDS = frozenset({GridKind.COMPREHENSIVE, GridKind.EXCLUSIVE, GridKind.SPECIAL})

#: department code -> (Chinese name, English name)
DEPARTMENTS: dict[str, tuple[str, str]] = {
    "police": ("公安", "Public security"),
    "urban": ("城管", "Urban management"),
    "civil": ("民政", "Civil affairs"),
    "hrss": ("人社", "Human resources & social security"),
    "emergency": ("应急", "Emergency management"),
    "fire": ("消防", "Fire and rescue"),
    "housing": ("住建", "Housing & construction"),
    "health": ("卫健", "Health"),
    "market": ("市场监管", "Market supervision"),
    "justice": ("司法", "Justice"),
    "petition": ("信访", "Petitions"),
    "water": ("水务", "Water"),
}

#: category code -> (Chinese name, English name)
CATEGORIES: dict[str, tuple[str, str]] = {
    "public_facility": ("公共设施", "Public facility"),
    "sanitation": ("环境卫生", "Sanitation"),
    "parking_traffic": ("停车交通", "Parking & traffic"),
    "water_supply": ("供水", "Water supply"),
    "safety_hazard": ("安全隐患", "Safety hazard"),
    "fire_hazard": ("消防隐患", "Fire hazard"),
    "dispute": ("矛盾纠纷", "Dispute"),
    "public_security": ("治安", "Public security"),
    "special_population": ("特殊人群", "Special population"),
    "employment_social": ("就业社保", "Employment & social security"),
    "housing_property": ("房屋物业", "Housing & property"),
    "health_epidemic": ("卫生防疫", "Health & epidemic"),
    "market_food": ("市场食品", "Market & food"),
    "petition": ("信访", "Petition"),
    "emergency_call": ("紧急求助", "Emergency call"),
    "other": ("其他", "Other"),
}

SEVERITY_MIN, SEVERITY_MAX = 1, 4
SATISFACTION_MIN, SATISFACTION_MAX = 1, 5


def event_code(event_id: int, created_day: str) -> str:
    """The human code of an event: ``E`` + the day it came in (YYYYMMDD) + its id."""
    return f"E{created_day}-{event_id:06d}"

#: a worker not heard from for this long is shown as stale, whatever its last status
WORKER_STALE_S = 300
