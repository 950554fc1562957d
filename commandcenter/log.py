"""Named loggers, configured in one place. Never log passwords or tokens."""
from __future__ import annotations

import logging

NAMES = ("net", "hub", "auth", "store", "journal", "replica", "models", "map", "sim", "audit")


def init(level: str = "INFO") -> None:
    logging.basicConfig(level=getattr(logging, level.upper(), logging.INFO),
                        format="%(asctime)s %(levelname)-7s %(name)-6s %(message)s")
    logging.getLogger("websockets").setLevel(logging.WARNING)
    logging.getLogger("alembic").setLevel(logging.WARNING)
