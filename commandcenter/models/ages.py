"""How long ago, in a tile's few characters: ``12 s``, ``4 min``, ``2 h 05 min``, ``3 d 4 h``."""
from __future__ import annotations

from commandcenter.i18n import tr


def age_text(seconds: float | None) -> str:
    """A whole age (never negative: a clock a little ahead of ours shows ``0 s``)."""
    if seconds is None:
        return "—"
    s = max(0, int(seconds))
    if s < 60:
        return tr("{n} s", "Age").format(n=s)
    if s < 3600:
        return tr("{n} min", "Age").format(n=s // 60)
    if s < 86400:
        return tr("{h} h {m:02d} min", "Age").format(h=s // 3600, m=s % 3600 // 60)
    return tr("{d} d {h} h", "Age").format(d=s // 86400, h=s % 86400 // 3600)
