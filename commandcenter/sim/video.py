"""The video network as a gateway sees it: links that degrade, drop, recover and go into calls.

Each link is a small Markov chain stepped at its own report times; a few links fall silent for
a while so the desks see stale ones. Plain Python, no I/O: :meth:`VideoBoard.advance` returns
the ``video.report`` fields due.
"""
from __future__ import annotations

import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from commandcenter.domain.codes import LinkKind, LinkState

#: state -> [(next state, probability per report)]; whatever is left keeps the state
TRANSITIONS: dict[str, list[tuple[str, float]]] = {
    LinkState.UP: [(LinkState.DEGRADED, 0.025), (LinkState.DOWN, 0.006), (LinkState.IN_CALL, 0.012)],
    LinkState.DEGRADED: [(LinkState.UP, 0.3), (LinkState.DOWN, 0.08)],
    LinkState.DOWN: [(LinkState.UP, 0.12), (LinkState.DEGRADED, 0.05)],
    LinkState.IN_CALL: [(LinkState.UP, 0.1), (LinkState.DEGRADED, 0.01)],
}
BASE_KBPS = {LinkKind.TERMINAL: 2048.0, LinkKind.CAMERA: 4096.0, LinkKind.DRONE: 6144.0}
EXTRA_LATENCY_MS = {"city": 0.0, "county": 8.0, "township": 20.0, "village": 40.0}
REPORT_EVERY_S = (20.0, 60.0)
SILENT_CHANCE = 0.003
SILENT_FOR_S = (300.0, 1800.0)


@dataclass
class LinkSim:
    id: str
    kind: str
    level: str
    state: str
    next_report: float = 0.0
    silent_until: float = 0.0


class VideoBoard:
    """Every link's simulated state, stepped in simulated seconds."""

    def __init__(
        self, links: Sequence[Mapping], rng: random.Random, every: tuple[float, float] = REPORT_EVERY_S
    ) -> None:
        self.rng = rng
        self.every = every  # (low, high) simulated seconds between two reports of a link
        self.t = 0.0
        self.links = [self._link(d) for d in links if d.get("id")]

    def _link(self, d: Mapping) -> LinkSim:
        state = d.get("state") if d.get("state") in TRANSITIONS else LinkState.UP
        link = LinkSim(str(d["id"]), d.get("kind") or "terminal", d.get("level") or "village", state)
        link.next_report = self.rng.uniform(0.0, self.every[1])
        if self.rng.random() < 0.03:
            link.silent_until = self.rng.uniform(*SILENT_FOR_S)
        return link

    def advance(self, dt_sim: float) -> list[dict]:
        """``dt_sim`` simulated seconds pass; the ``video.report`` fields of the links due."""
        self.t += max(dt_sim, 0.0)
        return [self._report(link) for link in self.links if self._due(link)]

    def _due(self, link: LinkSim) -> bool:
        if link.next_report > self.t or link.silent_until > self.t:
            return False
        link.next_report = self.t + self.rng.uniform(*self.every)
        if self.rng.random() < SILENT_CHANCE:
            link.silent_until = self.t + self.rng.uniform(*SILENT_FOR_S)
            return False
        return True

    def _report(self, link: LinkSim) -> dict:
        link.state = self._next_state(link)
        latency, loss, kbps = metrics(link.state, link.kind, link.level, self.rng)
        return {"link_id": link.id, "state": link.state, "latency_ms": latency, "loss_pct": loss, "bitrate_kbps": kbps}

    def _next_state(self, link: LinkSim) -> str:
        draw = self.rng.random()
        for state, p in TRANSITIONS[link.state]:
            if state == LinkState.IN_CALL and link.kind != LinkKind.TERMINAL:
                continue  # only terminals take part in video calls
            if draw < p:
                return state
            draw -= p
        return link.state


def metrics(state: str, kind: str, level: str, rng: random.Random) -> tuple[float, float, float]:
    """Plausible (latency ms, loss %, bitrate kbps) for a link in ``state``."""
    base = BASE_KBPS.get(kind, 2048.0)
    extra = EXTRA_LATENCY_MS.get(level, 20.0)
    if state == LinkState.DOWN:
        return 0.0, 100.0, 0.0
    if state == LinkState.DEGRADED:
        lat, loss, kbps = rng.uniform(150, 800), rng.uniform(2, 12), base * rng.uniform(0.2, 0.5)
    elif state == LinkState.IN_CALL:
        lat, loss, kbps = rng.uniform(20, 120), rng.uniform(0, 1.5), base * rng.uniform(1.2, 1.8)
    else:
        lat, loss, kbps = rng.uniform(15, 80), rng.uniform(0, 0.8), base * rng.uniform(0.85, 1.05)
    return round(lat + extra, 1), round(loss, 2), float(round(kbps))
