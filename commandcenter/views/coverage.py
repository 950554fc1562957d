"""The patrol coverage layer (巡查覆盖率) of a map: today's coverage of every comprehensive grid from
``query.coverage`` (group_by grid), grids filled in five classes with a legend, refreshed every few
minutes while it is shown.

``CoverageLayer(desk, city, grids)``; ``set_shown(True)`` fetches and shows it. :func:`add_toggle`
puts a checkable button on a desk's map; the wall toggles it with a key (it has no buttons).
"""
from __future__ import annotations

import html

import numpy as np
from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QLabel, QPushButton

from commandcenter.domain import clock
from commandcenter.i18n import tr
from commandcenter.widgets.choropleth import ChoroplethLayer, legend_entries
from commandcenter.widgets.map_layers import THEMES

from .commands import CommandSender

REFRESH_MS = 180_000  # coverage changes slowly: every three minutes is plenty
COVERED_KINDS = ("comprehensive",)  # the grids the hub rasterises


class CoverageLayer(QObject):
    def __init__(self, desk, city, grids: list[dict], parent: QObject | None = None, *,
                 refresh_ms: int = REFRESH_MS) -> None:
        super().__init__(parent or city)
        self.desk, self.city = desk, city
        proper = [g for g in grids if g.get("kind") in COVERED_KINDS and len(g.get("polygon") or ()) >= 4]
        self.ids = [g["id"] for g in proper]
        self.rings = [np.asarray(g["polygon"], dtype=float) for g in proper]
        self.values = np.full(len(self.ids), np.nan)
        self.layer = ChoroplethLayer(city)
        self.layer.set_visible(False)
        self.legend = QLabel(city, objectName="coverage_legend")
        self.legend.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.hide()
        self.note = ""
        self.day: str | None = None  # YYYY-MM-DD shown (None: today, centre time)
        self.sender = CommandSender(desk, self.show_error)
        self.timer = QTimer(self, interval=refresh_ms, timeout=self.refresh)
        city.installEventFilter(self)

    def shown(self) -> bool:
        return self.layer.is_visible()

    def set_shown(self, shown: bool) -> None:
        self.layer.set_visible(shown)
        self.legend.setVisible(shown)
        if shown:
            self.refresh()
            self.timer.start()
        else:
            self.timer.stop()

    def refresh(self):
        """Ask for today's coverage by grid; the fill changes when the answer comes."""
        day = self.day or clock.now().date().isoformat()
        frame = {"type": "query.coverage", "date": day, "group_by": "grid"}
        return self.sender.send(frame, on_ack=lambda result: self.show_rows(result.get("rows") or []))

    def show_rows(self, rows: list[dict]) -> None:
        by_id = {r["key"]: r.get("coverage") for r in rows}
        self.values = np.array([np.nan if by_id.get(i) is None else float(by_id[i]) for i in self.ids])
        self.layer.set_values(self.rings, self.values)
        known = self.values[np.isfinite(self.values)]
        self.note = (tr("{n} grids, mean {share}").format(n=len(known), share=f"{known.mean():.0%}")
                     if len(known) else tr("no patrol recorded yet today"))
        self.show_legend()

    def show_error(self, message: str) -> None:
        if message:
            self.note = message
            self.show_legend()

    def show_legend(self) -> None:
        theme = THEMES.get(self.city.theme(), THEMES["dark"])
        self.legend.setStyleSheet(f"QLabel {{ background: {theme.legend_bg}; color: {theme.text};"
                                  f" border: 1px solid {theme.legend_border}; border-radius: 4px; padding: 6px 9px; }}")
        self.legend.setText(legend_html(tr("Patrol coverage today"), self.note, theme.muted))
        self.legend.adjustSize()
        self.place_legend()

    def place_legend(self) -> None:
        # bottom right: the map's own legend holds the top left, the layer's toggle the top right
        self.legend.move(max(10, self.city.width() - self.legend.width() - 10),
                         max(10, self.city.height() - self.legend.height() - 10))

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize and self.legend.isVisible():
            self.place_legend()
        return False


def legend_html(title: str, note: str, muted: str) -> str:
    rows = "".join(f"<tr><td><span style='color:{c}'>■</span>&nbsp;{html.escape(r)}</td></tr>"
                   for c, r in reversed(legend_entries()))
    foot = f"<tr><td style='color:{muted}; padding-top:3px'>{html.escape(note)}</td></tr>" if note else ""
    head = f"<tr><td style='padding-bottom:3px'><b>{html.escape(title)}</b></td></tr>"
    return f"<table cellspacing=0 cellpadding=0>{head}{rows}{foot}</table>"


def add_toggle(layer: CoverageLayer) -> QPushButton:
    """A checkable "Coverage" button in the map's top-right corner."""
    button = QPushButton(tr("Patrol coverage"), layer.city, objectName="coverage_toggle", checkable=True)
    button.setToolTip(tr("Fill the grids by today's patrol coverage"))
    button.toggled.connect(layer.set_shown)
    button.adjustSize()

    def place() -> None:
        button.move(layer.city.width() - button.width() - 10, 10)

    place()
    layer.city.installEventFilter(_OnResize(place, button))
    return button


def on_wall(wall, desk, grids: list[dict], key: str = "C") -> CoverageLayer:
    """The wall's coverage layer, toggled by ``key`` (the wall shows no buttons)."""
    layer = CoverageLayer(desk, wall.city, grids, wall)
    QShortcut(QKeySequence(key), wall, activated=lambda: layer.set_shown(not layer.shown()))
    return layer


class _OnResize(QObject):
    def __init__(self, callback, parent: QObject) -> None:
        super().__init__(parent)
        self.callback = callback

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.callback()
        return False
