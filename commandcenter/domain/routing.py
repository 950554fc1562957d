"""The category -> department routing table of PROTOCOL.md."""
from __future__ import annotations

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
