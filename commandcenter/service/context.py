"""What a handler knows of the sender and the world besides the live state."""
from __future__ import annotations

from dataclasses import dataclass

from commandcenter.domain.levels import CITY, Scope
from commandcenter.domain.policy import Policy

from .grids import GridLocator
from .workers import WorkerBook


@dataclass(frozen=True, slots=True)
class Actor:
    """The authenticated sender of a command."""

    user: str
    role: str
    department: str | None = None
    worker_id: str | None = None
    #: (Levels) the sender's centre; the city for v1 accounts, workers and gateways
    scope: Scope = CITY


@dataclass
class World:
    """Read-only helpers the handlers consult: workers, the grid map and the deadline policy."""

    workers: WorkerBook
    locator: GridLocator
    policy: Policy
    #: (Practice) whether a report looks for candidate duplicates (the hub's ``--no-duplicates``)
    detect_duplicates: bool = True
