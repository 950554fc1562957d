"""The wall's own look: a high-contrast dark sheet whose text scales with the screen.

Sizes are pixels at a 1080-line screen, multiplied by ``scale = height / 1080`` (a 2160-line wall gets
twice the size) and never below :data:`MIN_PX`, so text stays legible from five metres whatever the
window. The sheet is set on the wall itself, so it wins over the application's theme.
"""
from __future__ import annotations

from PySide6.QtGui import QFont

from commandcenter import theme as themes

BASE_HEIGHT = 1080
MIN_PX = 16  # the smallest text the wall ever draws
SIZES = {"small": 18, "body": 21, "head": 24, "title": 32, "value": 50}
BG, PANEL, BORDER = "#05070a", "#0d131b", "#2a3a4f"
TEXT, MUTED = "#f4f7fa", "#b4c2d2"
TONES = {"ok": "#4fd46b", "critical": "#ff5c5c", "warning": "#ffb02e", "muted": "#b4c2d2", "info": "#5aa9ff"}
CONNECTION_TONES = {"live": "ok", "connecting": "warning", "reconnecting": "warning", "offline": "critical"}


def scale_for(height: int) -> float:
    return max(0.5, height / BASE_HEIGHT)


def px(name: str, scale: float) -> int:
    return max(MIN_PX, round(SIZES[name] * scale))


def font(name: str, scale: float, *, bold: bool = False) -> QFont:
    """The wall's font (CJK-capable family) at a named size."""
    f = themes.ui_font()
    f.setPixelSize(px(name, scale))
    f.setBold(bold)
    return f


def sheet(scale: float) -> str:
    s = {name: px(name, scale) for name in SIZES}
    pad, radius = max(4, round(8 * scale)), max(4, round(8 * scale))
    return f"""
QWidget {{ background: {BG}; color: {TEXT}; font-size: {s['body']}px; }}
QLabel {{ background: transparent; }}
QFrame#kpi, QFrame#seat, QFrame#panel {{ background: {PANEL}; border: 1px solid {BORDER};
    border-radius: {radius}px; }}
QFrame#kpi QLabel, QFrame#seat QLabel, QFrame#panel QLabel {{ border: none; }}
QLabel#seat_counts {{ font-size: {s['head']}px; font-weight: 700; }}
QLabel#kpi_title, QLabel#muted {{ color: {MUTED}; font-size: {s['small']}px; }}
QLabel#kpi_value {{ font-size: {s['value']}px; font-weight: 700; }}
QLabel#kpi_change {{ font-size: {s['small']}px; }}
QLabel#wall_title {{ font-size: {s['title']}px; font-weight: 700; }}
QLabel#clock {{ font-size: {s['title']}px; font-weight: 600; }}
QLabel#panel_title {{ color: {MUTED}; font-size: {s['head']}px; font-weight: 600; padding: {pad // 2}px 0; }}
QLabel#seat_name {{ font-weight: 700; }}
QLabel#connection {{ color: {MUTED}; font-size: {s['small']}px; }}
QTableCornerButton::section {{ background: {PANEL}; border: none; }}
QListView, QTableView {{ background: {PANEL}; border: none; gridline-color: {BORDER}; }}
QTableView {{ font-size: {s['small']}px; }}
QHeaderView::section {{ background: {PANEL}; color: {MUTED}; border: none; border-bottom: 1px solid {BORDER};
    font-size: {s['small']}px; padding: 2px; }}
QLabel#map_legend {{ background: rgba(5, 7, 10, 200); border: 1px solid {BORDER}; border-radius: {radius}px;
    padding: {pad}px; font-size: {s['small']}px; }}
"""


def tone(name: str) -> str:
    return TONES.get(name, MUTED)
