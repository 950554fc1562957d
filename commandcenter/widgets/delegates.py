"""Table delegates: a live deadline countdown, and status/severity chips. Hub-agnostic: they read
plain values from item roles given at construction."""
from __future__ import annotations

import time

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from commandcenter.domain.deadlines import urgency_at

URGENCY_COLOURS = {"plenty": QColor("#5cb85c"), "urgent": QColor("#f0ad4e"), "overdue": QColor("#e5534b")}
SEVERITY_COLOURS = {1: QColor("#3aa6a0"), 2: QColor("#d4b106"), 3: QColor("#e8833a"), 4: QColor("#e5534b")}


def countdown_text(due: float | None, now: float) -> str:
    """``1:05:09`` left, ``2d 03:10`` for long ones, ``-0:12:00`` once overdue."""
    if due is None:
        return "—"
    left = int(due - now)
    sign = "-" if left < 0 else ""
    left = abs(left)
    days, rest = divmod(left, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    if days:
        return f"{sign}{days}d {hours:02d}:{minutes:02d}"
    return f"{sign}{hours}:{minutes:02d}:{seconds:02d}"


class CountdownDelegate(QStyledItemDelegate):
    """Paints time left to a deadline, coloured plenty / under a quarter left / overdue."""

    def __init__(self, due_role: int, start_role: int, parent=None) -> None:
        super().__init__(parent)
        self.due_role, self.start_role = due_role, start_role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        option.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        now = time.time()
        due, start = index.data(self.due_role), index.data(self.start_role)
        painter.save()
        painter.setPen(URGENCY_COLOURS[urgency_at(start, due, now)])
        font = option.font
        font.setFamilies(["DejaVu Sans Mono", "monospace", *font.families()])
        font.setBold(due is not None and now > due)
        painter.setFont(font)
        painter.drawText(option.rect.adjusted(6, 0, -6, 0), Qt.AlignmentFlag.AlignVCenter, countdown_text(due, now))
        painter.restore()


class ChipDelegate(QStyledItemDelegate):
    """Paints the display text inside a rounded chip whose colour comes from ``colour_of(value)``."""

    def __init__(self, value_role: int, colour_of, parent=None) -> None:
        super().__init__(parent)
        self.value_role, self.colour_of = value_role, colour_of

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        option.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        colour = QColor(self.colour_of(index.data(self.value_role)))
        metrics = option.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 14, option.rect.width() - 6)
        text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 8)  # a narrow column elides
        chip = QRect(option.rect.left() + 4, option.rect.center().y() - metrics.height() // 2 - 1, width,
                     metrics.height() + 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        fill = QColor(colour)
        fill.setAlpha(60)
        painter.setPen(colour)
        painter.setBrush(fill)
        painter.drawRoundedRect(chip, 6, 6)
        painter.setPen(option.palette.text().color())
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


STATUS_COLOURS = {
    "reported": "#4c8dd6", "accepted": "#a371f7", "dispatched": "#d4b106", "in_progress": "#e8833a",
    "resolved": "#3aa6a0", "verified": "#5cb85c", "followed_up": "#7f8da0", "archived": "#56606d",
    "rejected": "#56606d",
}


def status_colour(code: str | None) -> str:
    return STATUS_COLOURS.get(code or "", "#7f8da0")


def severity_colour(level: int | None) -> QColor:
    return SEVERITY_COLOURS.get(level or 1, SEVERITY_COLOURS[1])
