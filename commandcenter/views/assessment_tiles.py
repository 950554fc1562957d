"""The assessment KPI tiles: reports, completion, on-time, closed-loop rate and satisfaction for the period."""
from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from commandcenter.i18n import tr
from commandcenter.models.stats import percent, score_text
from commandcenter.widgets.map_layers import THEMES

KPIS = ("reported", "completion_rate", "on_time_rate", "closed_loop_rate", "avg_satisfaction")


class KpiTile(QFrame):
    def __init__(self, title: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("kpi")
        self.title = QLabel(title)
        self.value = QLabel("—")
        self.detail = QLabel("")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        for label in (self.title, self.value, self.detail):
            layout.addWidget(label)

    def show_figure(self, value: str, detail: str) -> None:
        self.value.setText(value)
        self.detail.setText(detail)


class KpiRow(QWidget):
    """``tiles[name]`` for each of :data:`KPIS`; ``show_row`` takes the ungrouped ``query.stats`` row."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        titles = (tr("Reports"), tr("Completion rate"), tr("On-time rate"), tr("Closed-loop rate"),
                  tr("Satisfaction"))
        self.tiles = {name: KpiTile(title) for name, title in zip(KPIS, titles, strict=True)}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for tile in self.tiles.values():
            layout.addWidget(tile, 1)

    def show_row(self, row: dict) -> None:
        n = row.get
        self.tiles["reported"].show_figure(
            str(n("reported", 0)), tr("{valid} valid · {rejected} rejected").format(
                valid=n("valid", 0), rejected=n("rejected", 0)))
        self.tiles["completion_rate"].show_figure(
            percent(n("completion_rate")), tr("{done} completed of {valid} valid").format(
                done=n("resolved", 0), valid=n("valid", 0)))
        self.tiles["on_time_rate"].show_figure(
            percent(n("on_time_rate")), tr("{on_time} on time of {judged} due").format(
                on_time=n("on_time", 0), judged=n("judged", 0)))
        self.tiles["closed_loop_rate"].show_figure(
            percent(n("closed_loop_rate")), tr("{archived} archived of {valid} valid").format(
                archived=n("archived", 0), valid=n("valid", 0)))
        self.tiles["avg_satisfaction"].show_figure(
            score_text(n("avg_satisfaction")), tr("of 5 · {rated} follow-ups").format(rated=n("rated", 0)))

    def set_theme(self, name: str) -> None:
        theme = THEMES.get(name, THEMES["dark"])
        self.setStyleSheet(
            f"QFrame#kpi {{ border: 1px solid {theme.legend_border}; border-radius: 6px; }}"
            f"QFrame#kpi QLabel {{ color: {theme.muted}; border: none; }}")
        for tile in self.tiles.values():
            tile.value.setStyleSheet(f"color: {theme.text}; font-size: 20pt; font-weight: 600;")
