"""The status bar: connection (live / reconnecting / offline, age of the last frame), seq, the centre
(路北区 · 区级中心, once the desk knows its area tree), user, clock."""
from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QStatusBar

from commandcenter.domain import clock
from commandcenter.i18n import tr
from commandcenter.widgets.restyle import set_style_property


def state_names() -> dict[str, str]:
    return {"live": tr("Live"), "connecting": tr("Connecting…"), "reconnecting": tr("Reconnecting…"),
            "offline": tr("Offline")}


class DeskStatusBar(QStatusBar):
    def __init__(self, desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.connection, self.seq, self.clock, self.user = QLabel(), QLabel(), QLabel(), QLabel()
        self.centre = QLabel(objectName="centre")
        self.centre.setStyleSheet("font-weight: 600;")
        self.connection.setObjectName("connection")
        self.addWidget(self.connection, 1)
        for label in (self.seq, self.centre, self.user, self.clock):
            self.addPermanentWidget(label)
        desk.connectionChanged.connect(self.on_state)  # a bound slot: disconnected when the bar goes
        self.timer = QTimer(self, interval=1000, timeout=self.refresh)
        self.timer.start()
        self.refresh()

    def set_centre(self, text: str) -> None:
        """The desk's centre, e.g. ``路北区 · 区级中心``."""
        self.centre.setText(text)

    def on_state(self, _state: str) -> None:
        self.refresh()

    def refresh(self) -> None:
        state = self.desk.state
        text = state_names().get(state, state)
        age = self.desk.last_frame_age()
        if state != "live":
            text += "  " + tr("showing the last state, {age} old").format(age=_age(age)) if age else ""
        elif age is not None and age > 5:
            text += "  " + tr("last frame {age} ago").format(age=_age(age))
        self.connection.setText("● " + text)
        if self.connection.property("state") != state:
            set_style_property(self.connection, "state", "live" if state == "live" else
                               "offline" if state == "offline" else "reconnecting")
        self.seq.setText(tr("seq {seq}").format(seq=self.desk.replica.seq or 0))
        session = self.desk.session
        self.user.setText(f"{session.get('display_name') or session.get('user', '')} · {session.get('role', '')}")
        self.clock.setText(clock.now().strftime("%Y-%m-%d %H:%M:%S"))


def _age(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    if seconds < 90:
        return f"{seconds:.0f} s"
    return f"{seconds / 60:.0f} min"
