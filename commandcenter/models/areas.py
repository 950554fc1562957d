"""The city's area tree (district → street → community → grid) and a choice of areas in it; no Qt.

A :class:`AreaChoice` is a set of area ids kept minimal: an area is never chosen together with
one inside it, and when every child of an area is chosen the area itself is chosen instead
(so a lasso round a whole community sends one id, not forty). :class:`GridPicker` turns a
shape drawn on the map into grids: a grid is picked when its representative point (inside the
grid even when it is concave; shapely's ``point_on_surface``) lies in the shape; a shape that
holds no such point picks the grid under its middle. Vectorised with shapely 2.
"""
from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import shapely

#: grid kinds that are grids proper (leaves); the rest are areas
GRID_KINDS = frozenset({"comprehensive", "exclusive", "special"})


class AreaTree:
    """Nodes by id, each with its parent and its children in code order."""

    def __init__(self, grids: Iterable[dict]) -> None:
        self.nodes: dict[str, dict] = {g["id"]: g for g in grids}
        self.parent: dict[str, str | None] = {}
        self.children: dict[str | None, list[str]] = {None: []}
        for node_id in sorted(self.nodes, key=lambda i: (self.nodes[i].get("code") or i)):
            parent = self.nodes[node_id].get("parent")
            parent = parent if parent in self.nodes else None
            self.parent[node_id] = parent
            self.children.setdefault(parent, []).append(node_id)
        self.row = {c: r for kids in self.children.values() for r, c in enumerate(kids)}

    def kids(self, node_id: str | None) -> list[str]:
        return self.children.get(node_id, [])

    def ancestors(self, node_id: str) -> list[str]:
        """Parent first, up to the root's child."""
        out, parent = [], self.parent.get(node_id)
        while parent is not None:
            out.append(parent)
            parent = self.parent.get(parent)
        return out

    def leaves(self) -> list[str]:
        return [i for i, g in self.nodes.items() if g.get("kind") in GRID_KINDS]


class AreaChoice:
    """The chosen areas of an :class:`AreaTree`, minimal (see the module docstring)."""

    def __init__(self, tree: AreaTree) -> None:
        self.tree = tree
        self.ids: set[str] = set()
        self.inside: set[str] = set()  # ancestors of chosen areas: partly chosen

    def covered(self, node_id: str) -> bool:
        """The area is chosen, or lies inside a chosen one."""
        return node_id in self.ids or any(a in self.ids for a in self.tree.ancestors(node_id))

    def partial(self, node_id: str) -> bool:
        return node_id in self.inside and not self.covered(node_id)

    def add(self, node_ids: Iterable[str]) -> None:
        new = {i for i in node_ids if i in self.tree.nodes}
        new = {i for i in new if not self.covered(i) and not self.inside_any(i, new)}
        self.ids = {i for i in self.ids if not self.inside_any(i, new)} | new
        self._merge_up()
        self._refresh()

    def remove(self, node_id: str) -> None:
        """Unchoose an area; a chosen area around it is split into the rest of its children."""
        path = [node_id, *self.tree.ancestors(node_id)]
        chosen = next((k for k, a in enumerate(path) if a in self.ids), None)
        if chosen is None:
            self.ids = {i for i in self.ids if not self.inside_any(i, {node_id})}
        else:
            self.ids.discard(path[chosen])
            for k in range(chosen, 0, -1):
                self.ids |= {c for c in self.tree.kids(path[k]) if c != path[k - 1]}
        self._refresh()

    def clear(self) -> None:
        self.ids = set()
        self._refresh()

    def inside_any(self, node_id: str, areas: set[str]) -> bool:
        """Does the area lie inside one of ``areas``?"""
        return any(a in areas for a in self.tree.ancestors(node_id))

    def _merge_up(self) -> None:
        """Replace a full set of siblings by their parent, level by level."""
        changed = True
        while changed:
            changed = False
            for parent in {self.tree.parent.get(i) for i in self.ids} - {None}:
                kids = self.tree.kids(parent)
                if kids and all(k in self.ids for k in kids):
                    self.ids -= set(kids)
                    self.ids.add(parent)
                    changed = True

    def _refresh(self) -> None:
        self.inside = {a for i in self.ids for a in self.tree.ancestors(i)}


class GridPicker:
    """Grids proper as shapely polygons and representative points, for picking by a drawn shape."""

    def __init__(self, grids: Iterable[dict]) -> None:
        proper = [g for g in grids if g.get("kind") in GRID_KINDS and len(g.get("polygon") or ()) >= 4]
        self.ids = np.array([g["id"] for g in proper], dtype=object)
        rings = [np.asarray(g["polygon"], dtype=np.float64) for g in proper]
        if rings:
            lengths = np.fromiter(map(len, rings), dtype=np.intp, count=len(rings))
            ring_of = np.repeat(np.arange(len(rings)), lengths)
            self.polygons = shapely.polygons(shapely.linearrings(np.concatenate(rings), indices=ring_of))
        else:
            self.polygons = np.zeros(0, dtype=object)
        points = shapely.get_coordinates(shapely.point_on_surface(self.polygons))
        self.x, self.y = (points[:, 0], points[:, 1]) if len(points) else (np.zeros(0), np.zeros(0))

    def pick(self, shape: np.ndarray) -> list[str]:
        """Ids of the grids a drawn shape ((n, 2) lon/lat, open or closed) picks."""
        shape = np.asarray(shape, dtype=np.float64)
        if len(shape) < 3 or not len(self.ids):
            return []
        polygon = shapely.make_valid(shapely.Polygon(shape))
        inside = shapely.contains_xy(polygon, self.x, self.y)
        if not inside.any():
            middle = shapely.point_on_surface(polygon)
            inside = shapely.contains(self.polygons, middle)
        return self.ids[inside].tolist()
