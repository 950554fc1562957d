"""Table delegates: a live deadline countdown, and status/severity chips. Hub-agnostic: they read
plain values from item roles given at construction."""
from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from commandcenter.domain.deadlines import urgency_at

URGENCY_COLOURS = {"plenty": QColor("#5cb85c"), "urgent": QColor("#f0ad4e"), "overdue": QColor("#e5534b")}
SEVERITY_COLOURS = {1: QColor("#3aa6a0"), 2: QColor("#d4b106"), 3: QColor("#e8833a"), 4: QColor("#e5534b")}
_ITEM = QStyle.ControlElement.CE_ItemViewItem
#: chip shapes kept (texts x column widths x fonts: a handful of labels in practice)
_SHAPES_KEPT = 4096


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


class LookDelegate(QStyledItemDelegate):
    """The base of our delegates: the cell's item panel (selection, tint, focus) painted by the style,
    then what the subclass draws on it.

    With ``look_role`` the model answers, per row, ``(texts, font, background, values)``: the display
    texts by column, the Font and Background roles, and other roles by number. One call per cell
    instead of ``initStyleOption``'s seven and one per value (each a trip into Python), and the same
    pixels: the panel depends on neither text nor font. Without it, the roles are asked one by one.
    """

    def __init__(self, look_role: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.look_role = look_role
        self._brushes: dict[int, QBrush] = {}

    def panel(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> Callable[[int], object]:
        """Paint the cell without its text, leave the text, font and metrics in ``option`` (as
        ``initStyleOption`` does), and return the lookup of the row's other roles."""
        if self.look_role is None:
            self.initStyleOption(option, index)
            text, value = option.text, index.data
            option.text = ""
        else:
            texts, font, background, values = index.data(self.look_role)
            text, value = texts[index.column()], values.get
            if background is not None:
                option.backgroundBrush = self._brush(background)
        widget = option.widget
        widget.style().drawControl(_ITEM, option, painter, widget)
        if self.look_role is not None and font is not None:
            option.font = font.resolve(option.font)
            option.fontMetrics = QFontMetrics(option.font)
        option.text = text
        return value

    def _brush(self, colour: QColor) -> QBrush:
        rgba = colour.rgba()
        brush = self._brushes.get(rgba)
        if brush is None:
            brush = self._brushes[rgba] = QBrush(colour)
        return brush


class CountdownDelegate(LookDelegate):
    """Paints time left to a deadline, coloured plenty / under a quarter left / overdue."""

    def __init__(self, due_role: int, start_role: int, parent=None, look_role: int | None = None) -> None:
        super().__init__(look_role, parent)
        self.due_role, self.start_role = due_role, start_role
        self._fonts: dict[tuple[QFont, bool], QFont] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        value = self.panel(painter, option, index)
        now = time.time()
        due, start = value(self.due_role), value(self.start_role)
        painter.save()
        painter.setPen(URGENCY_COLOURS[urgency_at(start, due, now)])
        painter.setFont(self._font(option.font, due is not None and now > due))
        painter.drawText(option.rect.adjusted(6, 0, -6, 0), Qt.AlignmentFlag.AlignVCenter, countdown_text(due, now))
        painter.restore()

    def _font(self, base: QFont, bold: bool) -> QFont:
        """The cell's font in a monospace family (kept: a new font per cell makes Qt look its engine up)."""
        font = self._fonts.get((base, bold))
        if font is None:
            font = QFont(base)
            font.setFamilies(["DejaVu Sans Mono", "monospace", *font.families()])
            font.setBold(bold)
            self._fonts[(QFont(base), bold)] = font  # a copy: ``base`` lives in the option
        return font


class ChipDelegate(LookDelegate):
    """Paints the display text inside a rounded chip whose colour comes from ``colour_of(value)``."""

    def __init__(self, value_role: int, colour_of, parent=None, look_role: int | None = None) -> None:
        super().__init__(look_role, parent)
        self.value_role, self.colour_of = value_role, colour_of
        self._colours: dict[object, tuple[QColor, QColor]] = {}
        self._shapes: dict[tuple[str, int, QFont], tuple[int, int, str]] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        value = self.panel(painter, option, index)
        text = option.text
        line, fill = self._colour(value(self.value_role))
        rect = option.rect
        width, height, text = self._shape(text, option)
        chip = QRect(rect.left() + 4, rect.center().y() - height // 2 - 1, width, height + 2)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(line)
        painter.setBrush(fill)
        painter.drawRoundedRect(chip, 6, 6)
        painter.setPen(option.palette.text().color())
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def _colour(self, value) -> tuple[QColor, QColor]:
        """The chip's outline and its translucent fill, made once per value."""
        colours = self._colours.get(value)
        if colours is None:
            line = QColor(self.colour_of(value))
            fill = QColor(line)
            fill.setAlpha(60)
            colours = self._colours[value] = (line, fill)
        return colours

    def _shape(self, text: str, option: QStyleOptionViewItem) -> tuple[int, int, str]:
        """The chip's width, the font's height and the text as shown (a narrow column elides), measured
        once per text, column width and font."""
        font, room = option.font, option.rect.width()
        shape = self._shapes.get((text, room, font))
        if shape is None:
            metrics = option.fontMetrics
            width = min(metrics.horizontalAdvance(text) + 14, room - 6)
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 8)
            if len(self._shapes) > _SHAPES_KEPT:
                self._shapes.clear()
            shape = self._shapes[(text, room, QFont(font))] = (width, metrics.height(), shown)  # a copy, as above
        return shape


STATUS_COLOURS = {
    "reported": "#4c8dd6", "accepted": "#a371f7", "dispatched": "#d4b106", "in_progress": "#e8833a",
    "resolved": "#3aa6a0", "verified": "#5cb85c", "followed_up": "#7f8da0", "archived": "#56606d",
    "rejected": "#56606d",
}


def status_colour(code: str | None) -> str:
    return STATUS_COLOURS.get(code or "", "#7f8da0")


def severity_colour(level: int | None) -> QColor:
    return SEVERITY_COLOURS.get(level or 1, SEVERITY_COLOURS[1])
