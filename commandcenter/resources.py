"""Where the shipped resources live (themes, translations, policy files)."""
from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "resources"


def path(*parts: str) -> Path:
    return ROOT.joinpath(*parts)
