"""Human names for the wire's codes, translated by Qt (each literal is seen by lupdate)."""
from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication

_tr = QCoreApplication.translate


@cache
def _statuses() -> dict[str, str]:
    return {
        "reported": _tr("Status", "New"), "accepted": _tr("Status", "Awaiting dispatch"),
        "dispatched": _tr("Status", "Dispatched"), "in_progress": _tr("Status", "In progress"),
        "resolved": _tr("Status", "Awaiting verification"), "verified": _tr("Status", "Follow-up"),
        "followed_up": _tr("Status", "Ready to archive"), "archived": _tr("Status", "Archived"),
        "rejected": _tr("Status", "Rejected"),
    }


@cache
def _categories() -> dict[str, str]:
    return {
        "public_facility": _tr("Category", "Public facility"), "sanitation": _tr("Category", "Sanitation"),
        "parking_traffic": _tr("Category", "Parking & traffic"), "water_supply": _tr("Category", "Water supply"),
        "safety_hazard": _tr("Category", "Safety hazard"), "fire_hazard": _tr("Category", "Fire hazard"),
        "dispute": _tr("Category", "Dispute"), "public_security": _tr("Category", "Public security"),
        "special_population": _tr("Category", "Special population"),
        "employment_social": _tr("Category", "Employment & social security"),
        "housing_property": _tr("Category", "Housing & property"),
        "health_epidemic": _tr("Category", "Health & epidemic"), "market_food": _tr("Category", "Market & food"),
        "petition": _tr("Category", "Petition"), "emergency_call": _tr("Category", "Emergency call"),
        "other": _tr("Category", "Other"),
    }


@cache
def _departments() -> dict[str, str]:
    return {
        "police": _tr("Department", "Public security"), "urban": _tr("Department", "Urban management"),
        "civil": _tr("Department", "Civil affairs"), "hrss": _tr("Department", "Human resources"),
        "emergency": _tr("Department", "Emergency management"), "fire": _tr("Department", "Fire and rescue"),
        "housing": _tr("Department", "Housing & construction"), "health": _tr("Department", "Health"),
        "market": _tr("Department", "Market supervision"), "justice": _tr("Department", "Justice"),
        "petition": _tr("Department", "Petitions"), "water": _tr("Department", "Water"),
    }


@cache
def _sources() -> dict[str, str]:
    return {
        "worker": _tr("Source", "Grid worker"), "hotline": _tr("Source", "12345 hotline"),
        "citizen": _tr("Source", "Citizen"), "camera": _tr("Source", "Camera"), "drone": _tr("Source", "Drone"),
        "one_key": _tr("Source", "One-key call"),
    }


@cache
def _tiers() -> dict[str, str]:
    return {"small": _tr("Tier", "Small (2 h)"), "medium": _tr("Tier", "Medium (2 days)"),
            "complex": _tr("Tier", "Complex (7 days)")}


@cache
def _severities() -> dict[int, str]:
    return {1: _tr("Severity", "Low"), 2: _tr("Severity", "Moderate"), 3: _tr("Severity", "High"),
            4: _tr("Severity", "Critical")}


@cache
def _worker_statuses() -> dict[str, str]:
    return {"offline": _tr("WorkerStatus", "Offline"), "idle": _tr("WorkerStatus", "Idle"),
            "patrol": _tr("WorkerStatus", "On patrol"), "busy": _tr("WorkerStatus", "Busy")}


@cache
def _worker_kinds() -> dict[str, str]:
    return {"leader": _tr("WorkerKind", "Grid leader"), "full_time": _tr("WorkerKind", "Full-time"),
            "professional": _tr("WorkerKind", "Professional"), "part_time": _tr("WorkerKind", "Part-time")}


@cache
def _order_statuses() -> dict[str, str]:
    return {"issued": _tr("OrderStatus", "Issued"), "received": _tr("OrderStatus", "Signed for"),
            "completed": _tr("OrderStatus", "Completed"), "returned": _tr("OrderStatus", "Returned"),
            "cancelled": _tr("OrderStatus", "Cancelled")}


@cache
def _note_kinds() -> dict[str, str]:
    return {"dispatch": _tr("NoteKind", "Dispatched"), "receive": _tr("NoteKind", "Signed for"),
            "progress": _tr("NoteKind", "Progress"), "return": _tr("NoteKind", "Returned"),
            "complete": _tr("NoteKind", "Completed"), "cancel": _tr("NoteKind", "Cancelled"),
            "supervise": _tr("NoteKind", "Supervision order"), "escalate": _tr("NoteKind", "Escalated"),
            "note": _tr("NoteKind", "Note")}


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
                  _worker_kinds, _order_statuses, _note_kinds):
        table.cache_clear()
