"""Dark (control room) and light themes, as QSS files in ``resources/themes``."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from . import resources

THEMES = ("dark", "light")
CJK_FAMILIES = ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei")


def apply(app: QApplication, name: str) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(resources.path("themes", f"{name}.qss").read_text(encoding="utf-8"))
    app.setProperty("theme", name)
    app.setFont(ui_font())


def ui_font(point_size: int = 10) -> QFont:
    """A font with real Chinese glyphs (Noto CJK on Linux) ahead of the platform default."""
    available = set(QFontDatabase.families())
    families = [f for f in CJK_FAMILIES if f in available] + ["Sans Serif"]
    font = QFont()
    font.setFamilies(families)
    font.setPointSize(point_size)
    return font


def current(app: QApplication) -> str:
    return app.property("theme") or "dark"
