"""A painted tile board: one item view that lays out thousands of tiles in sections, and their delegate.

Hub-agnostic. :class:`TileView` shows a flat list model as a grid of equal tiles; consecutive rows
with the same ``section_role`` value share a section with a header. Only the tiles in sight are
painted (no widget per tile), so a board of a few thousand stays cheap; a live age is repainted
by updating the viewport, not by a signal per tile. :class:`TileDelegate` paints one tile from a
dict the model answers for ``tile_role`` (a model with thousands of rows may also offer
``section_runs()``, the (section, rows) runs in row order, to spare a data() call per row):

``title`` (str), ``badge`` (short state text), ``tone`` (colour of the stripe and badge: a key of
:data:`TONES`), ``badge_tone`` (default ``tone``), ``lines`` (list of str), ``footer`` (str),
``footer_tone`` (default: muted text).
"""
from __future__ import annotations

import bisect

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QRegion
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

TONES = {"critical": "#e5534b", "warning": "#f0ad4e", "ok": "#5cb85c", "info": "#4c8dd6",
         "unknown": "#a371f7", "muted": "#7f8da0"}
#: card, border, muted text: (dark theme, light theme)
_CARD = {True: ("#1c232d", "#2c3644", "#9fb0c3"), False: ("#ffffff", "#cfd6df", "#5f6b7a")}
GAP, HEADER = 8, 30


def tone_colour(tone: str | None) -> QColor:
    return QColor(TONES.get(tone or "", TONES["muted"]))


class TileDelegate(QStyledItemDelegate):
    """Paints a card: a tone stripe, title, badge, detail lines and a footer (see the module docstring)."""

    def __init__(self, tile_role: int, width: int, lines: int = 2, parent=None) -> None:
        super().__init__(parent)
        self.tile_role, self.width, self.lines = tile_role, width, lines

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        """``width`` wide, tall enough for the title, ``lines`` detail lines and the footer in the view's font."""
        return QSize(self.width, 28 + (self.lines + 2) * (option.fontMetrics.height() + 2))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        tile = index.data(self.tile_role)
        if not isinstance(tile, dict):
            tile = {"title": str(index.data() or "")}
        dark = option.palette.base().color().lightness() < 128
        card, border, muted = (QColor(c) for c in _CARD[dark])
        rect = option.rect.adjusted(0, 0, -1, -1)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._card(painter, option, rect, card, border)
        self._stripe(painter, rect, tone_colour(tile.get("tone")))
        inner = rect.adjusted(14, 8, -10, -8)
        top = self._badge(painter, option, inner, tile)
        self._texts(painter, option, inner, top, tile, muted)
        painter.restore()

    def _card(self, painter: QPainter, option, rect: QRect, card: QColor, border: QColor) -> None:
        selected = option.state & QStyle.StateFlag.State_Selected
        if option.state & QStyle.StateFlag.State_MouseOver:
            card = card.lighter(115) if card.lightness() < 128 else card.darker(104)
        painter.setPen(QPen(option.palette.highlight().color() if selected else border, 2 if selected else 1))
        painter.setBrush(card)
        painter.drawRoundedRect(rect, 6, 6)

    def _stripe(self, painter: QPainter, rect: QRect, colour: QColor) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRect(rect.left() + 3, rect.top() + 4, 5, rect.height() - 8), 2, 2)

    def _badge(self, painter: QPainter, option, inner: QRect, tile: dict) -> int:
        """Draws the badge at the top right; returns the x where it starts (the title stops there)."""
        text = tile.get("badge") or ""
        if not text:
            return inner.right()
        metrics = option.fontMetrics
        width = min(metrics.horizontalAdvance(text) + 14, inner.width() // 2)
        chip = QRect(inner.right() - width, inner.top(), width, metrics.height() + 4)
        colour = tone_colour(tile.get("badge_tone") or tile.get("tone"))
        fill = QColor(colour)
        fill.setAlpha(70)
        painter.setPen(colour)
        painter.setBrush(fill)
        painter.drawRoundedRect(chip, 7, 7)
        painter.setPen(option.palette.text().color())
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 8))
        return chip.left() - 6

    def _texts(self, painter: QPainter, option, inner: QRect, title_end: int, tile: dict, muted: QColor) -> None:
        metrics = option.fontMetrics
        line_h = metrics.height() + 2
        title_font = QFont(option.font)
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(option.palette.text().color())
        title_rect = QRect(inner.left(), inner.top() + 2, title_end - inner.left(), line_h)
        title = painter.fontMetrics().elidedText(tile.get("title") or "", Qt.TextElideMode.ElideRight,
                                                  title_rect.width())
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(option.font)
        y = title_rect.bottom() + 4
        for line in tile.get("lines") or ():
            if y + line_h > inner.bottom() - line_h:
                break
            self._line(painter, QRect(inner.left(), y, inner.width(), line_h), line, metrics)
            y += line_h
        footer = tile.get("footer") or ""
        tone = tile.get("footer_tone")
        painter.setPen(tone_colour(tone) if tone else muted)
        self._line(painter, QRect(inner.left(), inner.bottom() - line_h, inner.width(), line_h), footer, metrics)

    @staticmethod
    def _line(painter: QPainter, rect: QRect, text: str, metrics) -> None:
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()))


class TileView(QAbstractItemView):
    """Equal tiles in rows that fill the width, in sections; the layout is kept as two int lists.

    The tile size is the delegate's size hint (the least width: tiles stretch to fill a row).
    """

    def __init__(self, section_role: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.section_role = section_role
        self.tile = QSize(200, 100)
        self.placeholder = ""
        self._xs: list[int] = []
        self._ys: list[int] = []
        self._width = self.tile.width()
        self._height = 0
        self._headers: list[tuple[int, str, int]] = []  # (y, section text, tiles in it)
        self._hover = QModelIndex()
        self._drop = QModelIndex()
        self.setMouseTracking(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    # -- layout -------------------------------------------------------------------------------

    def _tile_size(self) -> QSize:
        model = self.model()
        if model is None or not model.rowCount():
            return self.tile
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        index = model.index(0, 0)
        return self.itemDelegateForIndex(index).sizeHint(option, index)

    def columns(self) -> int:
        return max(1, (self.viewport().width() - GAP) // (self.tile.width() + GAP))

    def relayout(self) -> None:
        """Place every row: a section header where the section changes, tiles left to right."""
        self.tile = self._tile_size()
        cols, step = self.columns(), self.tile.height() + GAP
        self._width = (self.viewport().width() - GAP * (cols + 1)) // cols
        xs, ys, headers, y = [], [], [], GAP
        for section, count in self._sections():
            headers.append((y, section, count))
            y += HEADER if section is not None else 0
            for k in range(count):
                xs.append(GAP + k % cols * (self._width + GAP))
                ys.append(y + k // cols * step)
            y += -(-count // cols) * step
        self._xs, self._ys, self._headers = xs, ys, headers
        self._height = y + GAP
        self._hover = QModelIndex()  # rows may have moved; the next mouse move finds it again

    def _sections(self) -> list[tuple[object, int]]:
        """(section, rows) in row order: the model's ``section_runs()`` if it has one, else by ``section_role``."""
        model = self.model()
        if model is None or not model.rowCount():
            return []
        if self.section_role is None:
            return [(None, model.rowCount())]
        if hasattr(model, "section_runs"):
            return model.section_runs()
        runs: list[list] = []
        for row in range(model.rowCount()):
            value = model.index(row, 0).data(self.section_role)
            if runs and runs[-1][0] == value:
                runs[-1][1] += 1
            else:
                runs.append([value, 1])
        return [(value, count) for value, count in runs]

    def updateGeometries(self) -> None:
        self.relayout()
        bar = self.verticalScrollBar()
        bar.setPageStep(self.viewport().height())
        bar.setSingleStep(self.tile.height() // 3)
        bar.setRange(0, max(0, self._height - self.viewport().height()))
        super().updateGeometries()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.updateGeometries()

    def rowsInserted(self, parent: QModelIndex, start: int, end: int) -> None:
        super().rowsInserted(parent, start, end)
        self.scheduleDelayedItemsLayout()

    def rowsAboutToBeRemoved(self, parent: QModelIndex, start: int, end: int) -> None:
        super().rowsAboutToBeRemoved(parent, start, end)
        self.scheduleDelayedItemsLayout()

    def section_headers(self) -> list[tuple[int, str, int]]:
        """(y in content coordinates, section, tiles in it) of every section shown."""
        return list(self._headers)

    # -- geometry of items ----------------------------------------------------------------------

    def _rect(self, row: int) -> QRect:
        return QRect(self._xs[row], self._ys[row] - self.verticalOffset(), self._width, self.tile.height())

    def visualRect(self, index: QModelIndex) -> QRect:
        if not index.isValid() or index.row() >= len(self._ys):
            return QRect()
        return self._rect(index.row())

    def indexAt(self, point: QPoint) -> QModelIndex:
        x, y = point.x(), point.y() + self.verticalOffset()
        first = bisect.bisect_left(self._ys, y - self.tile.height() + 1)
        for row in range(first, bisect.bisect_right(self._ys, y)):
            if self._xs[row] <= x < self._xs[row] + self._width:
                return self.model().index(row, 0)
        return QModelIndex()

    def scrollTo(self, index: QModelIndex, hint=QAbstractItemView.ScrollHint.EnsureVisible) -> None:
        rect = self.visualRect(index)
        if rect.isNull():
            return
        bar = self.verticalScrollBar()
        if rect.top() < 0:
            bar.setValue(bar.value() + rect.top() - GAP)
        elif rect.bottom() > self.viewport().height():
            bar.setValue(bar.value() + rect.bottom() - self.viewport().height() + GAP)

    def horizontalOffset(self) -> int:
        return 0

    def verticalOffset(self) -> int:
        return self.verticalScrollBar().value()

    def isIndexHidden(self, index: QModelIndex) -> bool:
        return False

    def moveCursor(self, action, modifiers) -> QModelIndex:
        count = len(self._ys)
        if not count or self.model() is None:
            return QModelIndex()
        row = self.currentIndex().row() if self.currentIndex().isValid() else 0
        A = QAbstractItemView.CursorAction
        target = {A.MoveLeft: row - 1, A.MovePrevious: row - 1, A.MoveRight: row + 1, A.MoveNext: row + 1,
                  A.MoveHome: 0, A.MoveEnd: count - 1, A.MoveUp: self._line_step(row, -1),
                  A.MoveDown: self._line_step(row, 1)}.get(action, row)
        return self.model().index(min(max(target, 0), count - 1), 0)

    def _line_step(self, row: int, direction: int) -> int:
        """The row in the line above or below with the nearest x (the line's last when it is short)."""
        ys = self._ys
        if direction > 0:
            first = bisect.bisect_right(ys, ys[row])
            if first >= len(ys):
                return row
            last = bisect.bisect_right(ys, ys[first]) - 1
        else:
            last = bisect.bisect_left(ys, ys[row]) - 1
            if last < 0:
                return row
            first = bisect.bisect_left(ys, ys[last])
        return min(range(first, last + 1), key=lambda r: abs(self._xs[r] - self._xs[row]))

    def setSelection(self, rect: QRect, command) -> None:
        selection = QItemSelection()
        for row in self._rows_in(rect.normalized()):
            if self._rect(row).intersects(rect.normalized()):
                index = self.model().index(row, 0)
                selection.select(index, index)
        self.selectionModel().select(selection, command)

    def visualRegionForSelection(self, selection: QItemSelection) -> QRegion:
        region = QRegion()
        for index in selection.indexes():
            region += self.visualRect(index)
        return region

    def _rows_in(self, rect: QRect) -> range:
        """Rows whose tile may intersect ``rect`` (viewport coordinates)."""
        top, bottom = rect.top() + self.verticalOffset(), rect.bottom() + self.verticalOffset()
        return range(bisect.bisect_left(self._ys, top - self.tile.height()), bisect.bisect_right(self._ys, bottom))

    # -- painting -------------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        painter = QPainter(self.viewport())
        area = event.rect()
        self._paint_headers(painter, area)
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        selection, current = self.selectionModel(), self.currentIndex()
        for row in self._rows_in(area):
            index = self.model().index(row, 0)
            option.rect = self._rect(row)
            option.state = self._state(index, selection, current)
            self.itemDelegateForIndex(index).paint(painter, option, index)
        self._paint_drop(painter)
        if not self._ys and self.placeholder:
            painter.setPen(QColor(TONES["muted"]))
            painter.drawText(self.viewport().rect(), Qt.AlignmentFlag.AlignCenter, self.placeholder)

    def _state(self, index: QModelIndex, selection: QItemSelectionModel | None, current: QModelIndex):
        state = QStyle.StateFlag.State_Enabled
        if selection is not None and selection.isSelected(index):
            state |= QStyle.StateFlag.State_Selected
        if index == self._hover:
            state |= QStyle.StateFlag.State_MouseOver
        if index == current and self.hasFocus():
            state |= QStyle.StateFlag.State_HasFocus
        return state

    def _paint_headers(self, painter: QPainter, area: QRect) -> None:
        offset, muted = self.verticalOffset(), QColor(TONES["muted"])
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        for y, text, count in self._headers:
            rect = QRect(GAP, y - offset, self.viewport().width() - 2 * GAP, HEADER - 4)
            if text is None or not rect.intersects(area):
                continue
            painter.setPen(self.palette().text().color())
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"{text}  ·  {count}")
            painter.setPen(muted)
            painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
        painter.setFont(self.font())

    def _paint_drop(self, painter: QPainter) -> None:
        if self._drop.isValid():
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self.palette().highlight().color(), 3, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self.visualRect(self._drop).adjusted(1, 1, -2, -2), 6, 6)

    # -- hover and drops ------------------------------------------------------------------------

    def mouseMoveEvent(self, event) -> None:
        self._set_hover(self.indexAt(event.position().toPoint()))
        super().mouseMoveEvent(event)

    def leaveEvent(self, event) -> None:
        self._set_hover(QModelIndex())
        super().leaveEvent(event)

    def _set_hover(self, index: QModelIndex) -> None:
        if index != self._hover:
            for old in (self._hover, index):
                self.viewport().update(self.visualRect(old))
            self._hover = QModelIndex(index)

    def dragMoveEvent(self, event) -> None:
        super().dragMoveEvent(event)
        target = self.indexAt(event.position().toPoint()) if event.isAccepted() else QModelIndex()
        self._set_drop(target)

    def dragLeaveEvent(self, event) -> None:
        super().dragLeaveEvent(event)
        self._set_drop(QModelIndex())

    def dropEvent(self, event) -> None:
        super().dropEvent(event)
        self._set_drop(QModelIndex())

    def _set_drop(self, index: QModelIndex) -> None:
        if index != self._drop:
            self._drop = QModelIndex(index)
            self.viewport().update()
