"""A star-rating delegate: paints ``n`` of ``max_stars`` stars from an int in an item role (None: a dash).

Hub-agnostic: the rating itself comes from the model (the rule is in the domain); this only draws it.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPolygonF
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

FILLED = QColor("#f5b301")
EMPTY = QColor("#7f8da0")
STAR_PX = 14
GAP_PX = 3


def star_polygon(centre: QPointF, outer: float, inner_share: float = 0.45) -> QPolygonF:
    """A five-pointed star, point up."""
    points = []
    for k in range(10):
        radius = outer if k % 2 == 0 else outer * inner_share
        angle = math.radians(-90 + 36 * k)
        points.append(QPointF(centre.x() + radius * math.cos(angle), centre.y() + radius * math.sin(angle)))
    return QPolygonF(points)


def star_centres(rect: QRectF, max_stars: int, size: float = STAR_PX, gap: float = GAP_PX) -> list[QPointF]:
    """Where the stars go in a cell: a left-aligned row, vertically centred."""
    y = rect.center().y()
    x0 = rect.left() + 6 + size / 2
    return [QPointF(x0 + i * (size + gap), y) for i in range(max_stars)]


class StarDelegate(QStyledItemDelegate):
    """Paints the int in ``value_role`` as filled stars followed by outlined ones."""

    def __init__(self, value_role: int, max_stars: int = 5, parent=None) -> None:
        super().__init__(parent)
        self.value_role, self.max_stars = value_role, max_stars
        self.filled, self.empty = FILLED, EMPTY

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        value = index.data(self.value_role)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if value is None:
            painter.setPen(self.empty)
            painter.drawText(QRectF(option.rect).adjusted(6, 0, -6, 0), Qt.AlignmentFlag.AlignVCenter, "—")
        else:
            self._paint_stars(painter, QRectF(option.rect), int(value))
        painter.restore()

    def _paint_stars(self, painter: QPainter, rect: QRectF, value: int) -> None:
        for i, centre in enumerate(star_centres(rect, self.max_stars)):
            filled = i < value
            painter.setPen(self.filled if filled else self.empty)
            painter.setBrush(self.filled if filled else Qt.BrushStyle.NoBrush)
            painter.drawPolygon(star_polygon(centre, STAR_PX / 2))

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(12 + self.max_stars * (STAR_PX + GAP_PX), STAR_PX + 8)
