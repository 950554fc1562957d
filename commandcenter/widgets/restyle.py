"""Re-applying the style sheet after a dynamic property changed (Qt does not do it by itself)."""
from __future__ import annotations

from PySide6.QtWidgets import QWidget


def set_style_property(widget: QWidget, name: str, value: str) -> None:
    """Set ``name`` (a property the style sheet selects on, e.g. ``role``) and repolish ``widget``."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)
