"""Human names for the wire's codes, translated by Qt (each literal is seen by lupdate)."""
from __future__ import annotations

from functools import cache

from commandcenter.i18n import tr


@cache
def _statuses() -> dict[str, str]:
    return {
        "reported": tr("New", "Status"), "accepted": tr("Awaiting dispatch", "Status"),
        "dispatched": tr("Dispatched", "Status"), "in_progress": tr("In progress", "Status"),
        "resolved": tr("Awaiting verification", "Status"), "verified": tr("Follow-up", "Status"),
        "followed_up": tr("Ready to archive", "Status"), "archived": tr("Archived", "Status"),
        "rejected": tr("Rejected", "Status"), "void": tr("Void", "Status"), "merged": tr("Merged", "Status"),
    }


@cache
def _categories() -> dict[str, str]:
    return {
        "public_facility": tr("Public facility", "Category"), "sanitation": tr("Sanitation", "Category"),
        "parking_traffic": tr("Parking & traffic", "Category"), "water_supply": tr("Water supply", "Category"),
        "safety_hazard": tr("Safety hazard", "Category"), "fire_hazard": tr("Fire hazard", "Category"),
        "dispute": tr("Dispute", "Category"), "public_security": tr("Public security", "Category"),
        "special_population": tr("Special population", "Category"),
        "employment_social": tr("Employment & social security", "Category"),
        "housing_property": tr("Housing & property", "Category"),
        "health_epidemic": tr("Health & epidemic", "Category"), "market_food": tr("Market & food", "Category"),
        "petition": tr("Petition", "Category"), "emergency_call": tr("Emergency call", "Category"),
        "other": tr("Other", "Category"),
    }


@cache
def _departments() -> dict[str, str]:
    return {
        "police": tr("Public security", "Department"), "urban": tr("Urban management", "Department"),
        "civil": tr("Civil affairs", "Department"), "hrss": tr("Human resources", "Department"),
        "emergency": tr("Emergency management", "Department"), "fire": tr("Fire and rescue", "Department"),
        "housing": tr("Housing & construction", "Department"), "health": tr("Health", "Department"),
        "market": tr("Market supervision", "Department"), "justice": tr("Justice", "Department"),
        "petition": tr("Petitions", "Department"), "water": tr("Water", "Department"),
    }


@cache
def _sources() -> dict[str, str]:
    return {
        "worker": tr("Grid worker", "Source"), "hotline": tr("12345 hotline", "Source"),
        "citizen": tr("Citizen", "Source"), "camera": tr("Camera", "Source"), "drone": tr("Drone", "Source"),
        "one_key": tr("One-key call", "Source"), "sos": tr("Worker SOS", "Source"),
    }


@cache
def _tiers() -> dict[str, str]:
    return {"small": tr("Small (2 h)", "Tier"), "medium": tr("Medium (2 days)", "Tier"),
            "complex": tr("Complex (7 days)", "Tier")}


@cache
def _request_types() -> dict[str, str]:
    return {"consult": tr("Consultation", "RequestType"), "help": tr("Request for help", "RequestType"),
            "complaint": tr("Complaint", "RequestType"), "report": tr("Tip-off", "RequestType"),
            "suggestion": tr("Suggestion", "RequestType"), "praise": tr("Praise", "RequestType")}


@cache
def _severities() -> dict[int, str]:
    return {1: tr("Low", "Severity"), 2: tr("Moderate", "Severity"), 3: tr("High", "Severity"),
            4: tr("Critical", "Severity")}


@cache
def _worker_statuses() -> dict[str, str]:
    return {"offline": tr("Offline", "WorkerStatus"), "idle": tr("Idle", "WorkerStatus"),
            "patrol": tr("On patrol", "WorkerStatus"), "busy": tr("Busy", "WorkerStatus")}


@cache
def _worker_kinds() -> dict[str, str]:
    return {"leader": tr("Grid leader", "WorkerKind"), "full_time": tr("Full-time", "WorkerKind"),
            "professional": tr("Professional", "WorkerKind"), "part_time": tr("Part-time", "WorkerKind")}


@cache
def _order_statuses() -> dict[str, str]:
    return {"issued": tr("Issued", "OrderStatus"), "received": tr("Signed for", "OrderStatus"),
            "completed": tr("Completed", "OrderStatus"), "returned": tr("Returned", "OrderStatus"),
            "cancelled": tr("Cancelled", "OrderStatus")}


@cache
def _note_kinds() -> dict[str, str]:
    return {"dispatch": tr("Dispatched", "NoteKind"), "receive": tr("Signed for", "NoteKind"),
            "progress": tr("Progress", "NoteKind"), "return": tr("Returned", "NoteKind"),
            "complete": tr("Completed", "NoteKind"), "cancel": tr("Cancelled", "NoteKind"),
            "supervise": tr("Supervision order", "NoteKind"), "escalate": tr("Escalated", "NoteKind"),
            "extension": tr("Extension approved", "NoteKind"), "suspend": tr("Suspension approved", "NoteKind"),
            "park": tr("Parked", "NoteKind"), "void": tr("Voided", "NoteKind"),
            "delegate": tr("Delegated", "NoteKind"), "note": tr("Note", "NoteKind")}


def status(code: str) -> str:
    return _statuses().get(code, code)


def category(code: str) -> str:
    return _categories().get(code, code)


def department(code: str | None) -> str:
    return _departments().get(code or "", code or "")


def source(code: str) -> str:
    return _sources().get(code, code)


def tier(code: str | None) -> str:
    return _tiers().get(code or "", code or "")


def request_type(code: str | None) -> str:
    return _request_types().get(code or "", code or "")


def all_request_types() -> dict[str, str]:
    return dict(_request_types())


def all_sources() -> dict[str, str]:
    return dict(_sources())


def all_severities() -> dict[int, str]:
    return dict(_severities())


def severity(level: int) -> str:
    return _severities().get(level, str(level))


def worker_status(code: str) -> str:
    return _worker_statuses().get(code, code)


def worker_kind(code: str) -> str:
    return _worker_kinds().get(code, code)


def order_status(code: str) -> str:
    return _order_statuses().get(code, code)


def note_kind(code: str) -> str:
    return _note_kinds().get(code, code)


def all_categories() -> dict[str, str]:
    return dict(_categories())


def all_departments() -> dict[str, str]:
    return dict(_departments())


def all_tiers() -> dict[str, str]:
    return dict(_tiers())


def clear() -> None:
    """Forget cached names (after the language changes)."""
    for table in (_statuses, _categories, _departments, _sources, _tiers, _severities, _worker_statuses,
                  _worker_kinds, _order_statuses, _note_kinds, _request_types):
        table.cache_clear()


def receiver_name(replica, assignee) -> str:
    """Who an order or case went to: the worker's name (their id if the replica has no such worker),
    or the department's name."""
    if assignee is None:
        return ""
    if assignee.worker_id:
        worker = replica.worker(assignee.worker_id)
        return worker.name if worker else assignee.worker_id
    return department(assignee.department)


def group_namer(grouping: str, replica, grid_names: dict[str, str]):
    """How the rows of a statistics or assessment grouping are named (a key of None: the cases
    with nobody of that grouping)."""
    if grouping == "department":
        return lambda key: department(key) if key else tr("Not with a department")
    if grouping == "category":
        return category
    if grouping == "worker":
        return lambda key: _worker_name(replica, key)
    if grouping == "operator":
        return lambda key: key or tr("No operator")
    missing = tr("No grid") if grouping == "grid" else tr("No area")  # grid codes name every area
    return lambda key: grid_names.get(key, key) if key else missing


def _worker_name(replica, key) -> str:
    if not key:
        return tr("Not with a grid worker")
    worker = replica.workers.get(key)
    return worker.name if worker is not None else str(key)
