"""The login dialog: hub address, user and password; says plainly what went wrong."""
from __future__ import annotations

import asyncio

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from commandcenter.i18n import tr
from commandcenter.models.desk import Desk

CONNECT_TIMEOUT_S = 8.0



class LoginDialog(QDialog):
    def __init__(self, url: str, user: str = "", password: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Command Centre · Log in"))
        self.url, self.user, self.password = QLineEdit(url), QLineEdit(user), QLineEdit(password)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.button = QPushButton(tr("Log in"))
        self.button.setProperty("role", "primary")
        self.button.setDefault(True)
        form = QFormLayout()
        form.addRow(tr("Hub"), self.url)
        form.addRow(tr("User"), self.user)
        form.addRow(tr("Password"), self.password)
        layout = QVBoxLayout(self)
        title = QLabel(tr("Grid governance command centre"))
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.button)
        self.setMinimumWidth(440)
        self.desk: Desk | None = None
        self._done: asyncio.Future | None = None
        self.button.clicked.connect(lambda: asyncio.ensure_future(self.attempt()))
        self.rejected.connect(self._cancel)

    async def run(self) -> Desk | None:
        """Show the dialog until a login succeeds (a live desk) or the user closes it (None)."""
        self._done = asyncio.get_running_loop().create_future()
        self.show()
        return await self._done

    def _cancel(self) -> None:
        if self._done is not None and not self._done.done():
            self._done.set_result(None)

    async def attempt(self) -> None:
        self.button.setEnabled(False)
        self.message.setText(tr("Connecting to {url}…").format(url=self.url.text()))
        desk = Desk(self.url.text().strip(), {"user": self.user.text().strip(), "password": self.password.text()})
        error = await self._connect(desk)
        self.button.setEnabled(True)
        if error is None:
            self.desk = desk
            self.hide()
            if self._done is not None and not self._done.done():
                self._done.set_result(desk)
            return
        await desk.stop()
        self.message.setText(error)

    async def _connect(self, desk: Desk) -> str | None:
        await desk.start()
        deadline = asyncio.get_running_loop().time() + CONNECT_TIMEOUT_S
        while asyncio.get_running_loop().time() < deadline:
            if desk.client.auth_error is not None:
                return tr("Login refused: {message}").format(message=desk.client.auth_error.message)
            if desk.state == "live" and desk.replica.seq is not None:
                return None
            await asyncio.sleep(0.05)
        return tr("Could not reach the hub at {url}. Is it running? (still no answer after {s:.0f} s)").format(
            url=desk.client.url, s=CONNECT_TIMEOUT_S)
