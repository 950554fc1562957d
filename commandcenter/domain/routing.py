"""The category -> department routing table of PROTOCOL.md."""
from __future__ import annotations

from .codes import Tier

ROUTING: dict[str, str | None] = {
    "public_facility": "urban",
    "sanitation": "urban",
    "parking_traffic": "police",
    "water_supply": "water",
    "safety_hazard": "emergency",
    "fire_hazard": "fire",
    "dispute": "justice",
    "public_security": "police",
    "special_population": "civil",
    "employment_social": "hrss",
    "housing_property": "housing",
    "health_epidemic": "health",
    "market_food": "market",
    "petition": "petition",
    "emergency_call": "emergency",
    "other": None,
}


def department_for(category: str) -> str | None:
    """The department a report of ``category`` goes to by default (None: the operator decides)."""
    return ROUTING.get(category)


def dispatch_to_department(category: str, tier: str | None, grid_id: str | None) -> bool:
    """Whether a dispatch goes first to the routed department's seat rather than to a grid worker:
    "small matters the worker handles, big matters are reported" (办小事、报大事), so a small matter
    in a grid stays with its workers, and anything bigger (or outside every grid) goes to the
    department the routing table names, when it names one."""
    return department_for(category) is not None and (grid_id is None or tier != Tier.SMALL)
