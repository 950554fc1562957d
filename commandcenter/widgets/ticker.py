"""A ticker row for big screens: a tone stripe, the time, a bold head line and a muted body line.

Hub-agnostic: the model answers ``role`` with a dict ``{"time", "tone", "head", "body"}`` (tone: a key of
:data:`~commandcenter.widgets.tiles.TONES`). Sizes follow the view's font, so a wall that scales its font
scales the rows. No hover or selection look: the wall offers nothing to point at.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from .tiles import tone_colour

TEXT, MUTED, RULE = QColor("#f2f5f8"), QColor("#a9b7c6"), QColor("#253041")


class TickerDelegate(QStyledItemDelegate):
    def __init__(self, role: int, parent=None) -> None:
        super().__init__(parent)
        self.role = role

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        line = option.fontMetrics.height()
        return QSize(10 * line, 2 * line + line // 2 + 6)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        line = index.data(self.role)
        if not isinstance(line, dict):
            return
        rect, metrics = option.rect, option.fontMetrics
        pad = max(4, metrics.height() // 4)
        painter.save()
        painter.fillRect(QRect(rect.left(), rect.top() + 3, pad, rect.height() - 6), tone_colour(line.get("tone")))
        painter.setPen(RULE)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        left = rect.left() + 2 * pad
        head_rect = QRect(left, rect.top() + 3, rect.right() - left - pad, metrics.height())
        time_text = line.get("time", "")
        painter.setPen(MUTED)
        painter.drawText(head_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, time_text)
        self._head(painter, option, head_rect.adjusted(metrics.horizontalAdvance(time_text + "  "), 0, 0, 0),
                   line.get("head", ""))
        body_rect = head_rect.translated(0, metrics.height() + pad // 2)
        painter.setPen(MUTED)
        painter.drawText(body_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(line.get("body", ""), Qt.TextElideMode.ElideRight, body_rect.width()))
        painter.restore()

    @staticmethod
    def _head(painter: QPainter, option: QStyleOptionViewItem, rect: QRect, text: str) -> None:
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(TEXT)
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width()))
