"""The observer's light picture of the live city: open events and orders, workers, links.

Built from a snapshot (possibly in parts) and kept up by ``delta`` frames, as PROTOCOL.md
describes; closed events and orders are dropped so it stays small. Listeners hear of every
event and order that changes. No I/O: :meth:`Picture.feed` takes decoded frames.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

log = logging.getLogger("sim")

CLOSED_EVENTS = frozenset({"archived", "rejected", "void", "merged"})
OPEN_ORDERS = frozenset({"issued", "received"})
UNFILTERED = frozenset({"operator", "supervisor", "wall", "admin"})
Listener = Callable[[dict], None]
#: the fields the simulator reads, per snapshot list: the rest is dropped to keep a big city small
KEEP = {
    "events": ("id", "status", "category", "severity", "title", "source", "reporter", "grid_id", "lat", "lon",
               "tier", "version", "needs_ruling", "sos", "assignee"),
    "orders": ("id", "event_id", "status", "assignee", "version"),
    "workers": ("id", "name", "grid_id", "status", "lat", "lon"),
}


class Picture:
    """Events and orders by id, workers and video links; ``seq`` is the last journal entry applied."""

    def __init__(self) -> None:
        self.seq: int | None = None
        self.events: dict[int, dict] = {}
        self.orders: dict[int, dict] = {}
        self.workers: dict[str, dict] = {}
        self.departments: list[str] = []
        self.video_links: list[dict] = []
        self.loaded = False
        self.gap = False
        self.strict = True  # an unfiltered view sees every seq: a hole is a gap
        self.on_event: list[Listener] = []
        self.on_order: list[Listener] = []
        self.on_alert: list[Listener] = []  # new alerts (``alert.created``), not the snapshot's
        self.on_load: list[Callable[[], None]] = []
        self._parts: dict[str, list] = {}

    def feed(self, frame: dict) -> None:
        """Apply one frame the hub sent to the observer."""
        kind = frame.get("type")
        if kind == "snapshot":
            self._snapshot_part(frame)
        elif kind == "delta":
            self._delta(frame)
        elif kind == "welcome":
            self._welcome(frame.get("session") or {})

    def _welcome(self, session: dict) -> None:
        scope = session.get("scope") or {}
        self.strict = session.get("role") in UNFILTERED and scope.get("level", "city") == "city"
        self.gap = False

    def _snapshot_part(self, frame: dict) -> None:
        part, parts = frame.get("part", 1), frame.get("parts", 1)
        if part == 1:
            self._parts = {}
        for name in ("events", "orders", "workers", "departments", "video_links"):
            self._parts.setdefault(name, []).extend(slim(name, item) for item in frame.get(name) or ())
        if part >= parts:
            self._load(self._parts, frame.get("seq", 0))
            self._parts = {}

    def _load(self, lists: dict[str, list], seq: int) -> None:
        self.events = {e["id"]: e for e in lists["events"] if e.get("status") not in CLOSED_EVENTS}
        self.orders = {o["id"]: o for o in lists["orders"] if o.get("status") in OPEN_ORDERS}
        self.workers = {w["id"]: w for w in lists["workers"]}
        self.departments = [d.get("code") or d.get("id") for d in lists["departments"]]
        self.video_links = lists["video_links"]
        self.seq, self.loaded, self.gap = seq, True, False
        log.info("snapshot at seq %s: %d events, %d orders, %d workers, %d links", seq,
                 len(self.events), len(self.orders), len(self.workers), len(self.video_links))
        for listener in self.on_load:
            listener()

    def _delta(self, frame: dict) -> None:
        seq = frame.get("seq", 0)
        if (self.seq is not None and seq <= self.seq) or self.gap:
            return  # already applied, or waiting for the reconnect after a gap
        if self.strict and self.seq is not None and seq != self.seq + 1:
            log.warning("gap in deltas: %s after %s; resuming", seq, self.seq)
            self.gap = True
            return
        self.seq = seq
        self.apply(frame.get("kind", ""), frame.get("data") or {})

    def apply(self, kind: str, data: dict) -> None:
        """Apply the entity ``data`` of a delta of ``kind``."""
        if kind.startswith("event."):
            data = slim("events", data)
            self._keep(self.events, data, data.get("status") not in CLOSED_EVENTS)
            _tell(self.on_event, data)
        elif kind.startswith("order."):
            data = slim("orders", data)
            self._keep(self.orders, data, data.get("status") in OPEN_ORDERS)
            _tell(self.on_order, data)
        elif kind == "alert.created":
            _tell(self.on_alert, data)
        elif kind == "worker.updated" and "id" in data:
            self.workers[data["id"]] = slim("workers", data)

    @staticmethod
    def _keep(table: dict, data: dict, live: bool) -> None:
        if live:
            table[data["id"]] = data
        else:
            table.pop(data.get("id"), None)

    def resume_from(self) -> int | None:
        return self.seq if self.loaded else None


def slim(name: str, item: dict) -> dict:
    """``item`` with only the fields the simulator reads (all of them for lists not in :data:`KEEP`)."""
    keys = KEEP.get(name)
    return item if keys is None else {k: item[k] for k in keys if k in item}


def _tell(listeners: list[Listener], data: dict) -> None:
    for listener in listeners:
        try:
            listener(data)
        except Exception:
            log.exception("a picture listener failed")
