"""The desk's centre (PROTOCOL.md "Levels and the field"): its level and area from the welcome's
``session.scope``, named from the area tree; who holds a case, and where it may be delegated.

The rules are :mod:`commandcenter.domain.levels`; this module names them for the views.
"""
from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from commandcenter.domain import levels
from commandcenter.domain.lifecycle import SUPERVISABLE
from commandcenter.i18n import tr


def level_name(level: str | None) -> str:
    """The centre of a level, as a control room says it (区级中心 …)."""
    return {"city": tr("city centre"), "district": tr("district centre"), "street": tr("street centre"),
            "community": tr("community centre")}.get(level or "city", level or "")


def scope_of(session: dict) -> levels.Scope:
    """The desk user's scope from the welcome's session (a hub without levels: the city)."""
    scope = session.get("scope") or {}
    level = scope.get("level") or "city"
    return levels.CITY if level == "city" else levels.Scope(levels.Level(level), scope.get("grid_id"))


class Centre:
    """A desk's centre: scope, name, and the area's polygons from ``grids.get``."""

    def __init__(self, session: dict, grids: Iterable[dict]) -> None:
        self.scope = scope_of(session)
        self.grids = {g["id"]: g for g in grids}
        self.names = {g_id: g.get("name") or g_id for g_id, g in self.grids.items()}

    @property
    def area(self) -> str | None:
        return self.scope.area

    @property
    def is_city(self) -> bool:
        return self.scope.area is None

    def title(self) -> str:
        """``路北区 · 区级中心``; the city's centre is just ``市级中心``."""
        if self.is_city:
            return tr("City centre")
        return f"{self.names.get(self.area, self.area)} · {level_name(self.scope.level)}"

    def area_name(self, area: str | None) -> str:
        return tr("the city") if area is None else self.names.get(area, area)

    def rings(self, area: str | None) -> list[np.ndarray]:
        """The outline of an area: its polygon, else its grids' (none for the city)."""
        if area is None:
            return []
        own = self.grids.get(area)
        if own is not None and len(own.get("polygon") or ()) >= 4:
            return [np.asarray(own["polygon"], dtype=float)]
        return [np.asarray(g["polygon"], dtype=float) for g_id, g in self.grids.items()
                if levels.inside(g_id, area) and len(g.get("polygon") or ()) >= 4]

    def bounds(self, area: str | None) -> tuple[float, float, float, float] | None:
        """(lon min, lat min, lon max, lat max) of an area (None: the whole city)."""
        rings = self.rings(area) if area else [np.asarray(g["polygon"], dtype=float)
                                               for g in self.grids.values() if len(g.get("polygon") or ()) >= 4]
        if not rings:
            return None
        points = np.concatenate(rings)
        lo, hi = points.min(axis=0), points.max(axis=0)
        return float(lo[0]), float(lo[1]), float(hi[0]), float(hi[1])

    def held_note(self, event) -> str | None:
        """Why the desk only looks at a case: it is held above (None when the desk may act on it)."""
        if event is None or levels.may_act(self.scope, event):
            return None
        level, area = levels.holder(event)
        return tr("Held by {area} ({level}): read only here").format(area=self.area_name(area),
                                                                      level=level_name(level))

    def held_by(self, event) -> str:
        """``友谊街道 · 街道级中心``: the centre holding the case."""
        level, area = levels.holder(event)
        return tr("City centre") if area is None else f"{self.area_name(area)} · {level_name(level)}"

    def delegate_targets(self, event) -> list[tuple[str, str]]:
        """(area id, label) of the centres an open case may go down to, highest first."""
        if event is None or event.status not in SUPERVISABLE:
            return []
        ids = [a for a in levels.delegate_targets(self.scope, event) if a in self.grids]
        return [(a, f"{self.names[a]} · {level_name(levels.level_of(a))}") for a in ids]

    def switch_areas(self) -> list[tuple[str, str]]:
        """(area id, label) of the districts and streets a city-level desk may narrow its view to."""
        kinds = {"district": "", "street": "    "}
        areas = sorted((g_id for g_id, g in self.grids.items() if g.get("kind") in kinds), key=lambda a: a)
        return [(a, kinds[self.grids[a]["kind"]] + self.names[a]) for a in areas]
