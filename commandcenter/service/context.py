"""What a handler knows of the sender and the world besides the live state."""
from __future__ import annotations

from dataclasses import dataclass

from .grids import GridLocator
from .workers import WorkerBook


@dataclass(frozen=True, slots=True)
class Actor:
    """The authenticated sender of a command."""

    user: str
    role: str
    department: str | None = None
    worker_id: str | None = None


@dataclass
class World:
    """Read-only helpers the handlers consult: workers and the grid map."""

    workers: WorkerBook
    locator: GridLocator
