"""The alert composer: title, body, optional expiry (centre time), recipients from the city tree or
the map, and the reach shown before sending. Holds no rules: the reach count comes from the domain
(via :class:`AlertsView`), the send is an ``alert.broadcast`` command.
"""
from __future__ import annotations

import time
from datetime import datetime

from PySide6.QtCore import QDateTime, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from commandcenter.domain.clock import CST
from commandcenter.i18n import tr

from .dispatch import CENTRE_ZONE

DEFAULT_EXPIRY_S = 6 * 3600


class AlertComposer(QWidget):
    def __init__(self, tree_model, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr("e.g. Missing elderly man, 82, blue coat"))
        self.title.setMaxLength(200)
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(tr("What to look for, whom to call"))
        self.body.setFixedHeight(84)
        self.expires = QCheckBox(tr("Expires"))
        self.expiry = QDateTimeEdit()
        self.expiry.setTimeZone(CENTRE_ZONE)  # else the editor shows the machine's local time
        self.expiry.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.expiry.setCalendarPopup(True)
        self.expires.toggled.connect(self.expiry.setEnabled)
        self.tree = self._tree(tree_model)
        self._buttons()
        self.reach = QLabel()
        self.reach.setObjectName("alertReach")
        self.reach.setWordWrap(True)
        self.error = QLabel()
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.send = QPushButton(tr("Send alert"))
        self.send.setProperty("role", "primary")
        self.reset_fields()
        self._layout()

    def _tree(self, model) -> QTreeView:
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        tree = QTreeView()
        tree.setModel(self.proxy)
        tree.setUniformRowHeights(True)
        tree.setAlternatingRowColors(True)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        tree.expandToDepth(0)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Find an area"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        return tree

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        if text.strip():
            self.tree.expandAll()

    def _buttons(self) -> None:
        self.rect_button = _tool(tr("Rectangle"), tr("Drag a rectangle on the map to add its grids"))
        self.lasso_button = _tool(tr("Lasso"), tr("Draw round grids on the map to add them"))
        self.clear_button = QToolButton()
        self.clear_button.setText(tr("Clear"))
        self.rect_button.toggled.connect(lambda on: on and self.lasso_button.setChecked(False))
        self.lasso_button.toggled.connect(lambda on: on and self.rect_button.setChecked(False))

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow(tr("Title"), self.title)
        form.addRow(tr("Message"), self.body)
        expiry = QHBoxLayout()
        expiry.addWidget(self.expires)
        expiry.addWidget(self.expiry, 1)
        form.addRow(expiry)
        tools = QHBoxLayout()
        heading = QLabel(tr("Recipients"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        tools.addWidget(heading)
        tools.addStretch(1)
        for button in (self.rect_button, self.lasso_button, self.clear_button):
            tools.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(form)
        layout.addLayout(tools)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.reach)
        layout.addWidget(self.error)
        layout.addWidget(self.send)

    # -- reading and resetting ----------------------------------------------------------------------

    def show_reach(self, areas: int, workers: int) -> None:
        if not areas:
            self.reach.setText(tr("Tick areas in the tree or draw on the map"))
        else:
            self.reach.setText(tr("{areas} areas chosen · will reach {workers} grid workers").format(
                areas=areas, workers=workers))

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def fields(self) -> dict:
        out = {"title": self.title.text().strip(), "body": self.body.toPlainText().strip()}
        if self.expires.isChecked():
            out["expires_at"] = datetime.fromtimestamp(self.expiry.dateTime().toSecsSinceEpoch(), CST).isoformat()
        return out

    def reset_fields(self) -> None:
        self.title.clear()
        self.body.clear()
        self.expires.setChecked(False)
        self.expiry.setEnabled(False)
        self.expiry.setDateTime(QDateTime.fromSecsSinceEpoch(int(time.time()) + DEFAULT_EXPIRY_S, CENTRE_ZONE))
        self.show_error("")


def _tool(text: str, tip: str) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setCheckable(True)
    return button
