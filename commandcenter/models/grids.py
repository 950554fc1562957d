"""The area tree from the hub (``grids.get`` pages), for names and map polygons."""
from __future__ import annotations

from .desk import Desk


async def fetch_grids(desk: Desk, page: int = 5000) -> list[dict]:
    items: list[dict] = []
    cursor = None
    while True:
        result = await desk.send({"type": "grids.get", "limit": page, **({"cursor": cursor} if cursor else {})})
        items += result["items"]
        cursor = result.get("next_cursor")
        if not cursor:
            return items
