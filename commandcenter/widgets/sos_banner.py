"""A red banner across the top of a desk for calls that must not be missed (a worker's SOS).

One line per call: its text, and (where the desk may) an acknowledge button. The banner pulses
until every call is acknowledged, then hides. It takes (key, text) pairs and knows nothing
about the hub; the owner decides who may acknowledge.
"""
from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

PULSE_MS = 600
#: calls shown one per line; more waiting are summed up in one line (the desk under it stays usable)
MAX_ROWS = 3
STYLES = ("background: #b3182b; color: #ffffff;", "background: #e5344a; color: #ffffff;")


class AlarmBanner(QFrame):
    ackRequested = Signal(object)  # the key of the call

    def __init__(self, ack_label: str = "Acknowledge", parent: QWidget | None = None, *, font_px: int = 15,
                 more_label: str = "+{n} more waiting") -> None:
        super().__init__(parent)
        self.setObjectName("alarm_banner")
        self.ack_label = ack_label
        self.more_label = more_label
        self.font_px = font_px
        self.can_ack = True
        self.items: list[tuple[object, str]] = []
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(10, 6, 10, 6)
        self._phase = 0
        self.pulse = QTimer(self, interval=PULSE_MS, timeout=self._pulse)
        self.hide()

    def set_items(self, items: list[tuple[object, str]]) -> None:
        """The calls waiting, newest first: (key, text)."""
        if items == self.items:
            return
        self.items = list(items)
        self._rebuild()
        self.setVisible(bool(items))
        self.pulse.start() if items else self.pulse.stop()
        self._pulse()

    def set_can_ack(self, allowed: bool) -> None:
        self.can_ack = allowed
        self._rebuild()

    def set_font_px(self, font_px: int) -> None:
        """The text size (a wall across the room wants more than a desk)."""
        if font_px != self.font_px:
            self.font_px = font_px
            self._rebuild()

    def texts(self) -> list[str]:
        return [text for _key, text in self.items]

    def _rebuild(self) -> None:
        while self.rows.count():
            widget = self.rows.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for key, text in self.items[:MAX_ROWS]:
            self.rows.addWidget(self._row(key, text))
        if len(self.items) > MAX_ROWS:
            more = QLabel(self.more_label.format(n=len(self.items) - MAX_ROWS), objectName="alarm_more")
            more.setStyleSheet(f"font-size: {self.font_px - 2}px; font-weight: 600; background: transparent;"
                               " color: #ffffff;")
            self.rows.addWidget(more)

    def _row(self, key, text: str) -> QWidget:
        row = QWidget()
        row.setStyleSheet("background: transparent;")  # the banner's red, not the theme's window colour
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(text)
        label.setStyleSheet(f"font-size: {self.font_px}px; font-weight: 700; background: transparent; color: #ffffff;")
        label.setWordWrap(True)
        layout.addWidget(label, 1)
        if self.can_ack:
            button = QPushButton(self.ack_label)
            button.setObjectName("alarm_ack")
            button.setStyleSheet("background: #ffffff; color: #b3182b; font-weight: 700; padding: 4px 14px;")
            button.clicked.connect(lambda _=False, k=key: self.ackRequested.emit(k))
            layout.addWidget(button)
        return row

    def _pulse(self) -> None:
        self._phase ^= 1
        self.setStyleSheet(f"#alarm_banner {{ {STYLES[self._phase]} border-radius: 4px; }}")
