"""The embedded default: a local hub (demo city, simulator) as a child process of the desktop."""
from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
import sys
import urllib.request

log = logging.getLogger("net")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class EmbeddedHub:
    """``commandcenter-hub --demo --simulate`` on a free port, SQLite in the user data folder."""

    def __init__(self, *, speed: float = 1.0, db: str | None = None, scale: str = "default") -> None:
        self.port = free_port()
        self.speed, self.db, self.scale = speed, db, scale
        self.process: asyncio.subprocess.Process | None = None

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ws"

    async def start(self, timeout: float = 120.0) -> None:
        args = [sys.executable, "-m", "commandcenter.net.cli", "--demo", "--simulate", "--port", str(self.port),
                "--speed", str(self.speed), "--demo-scale", self.scale]
        if self.db:
            args += ["--db", self.db]
        self.process = await asyncio.create_subprocess_exec(*args)
        await self._wait_healthy(timeout)
        log.info("embedded hub on %s (pid %d)", self.url, self.process.pid)

    async def _wait_healthy(self, timeout: float) -> None:
        deadline = asyncio.get_running_loop().time() + timeout
        while asyncio.get_running_loop().time() < deadline:
            if self.process.returncode is not None:
                raise RuntimeError(f"the embedded hub exited with code {self.process.returncode}")
            if await asyncio.to_thread(self._healthy):
                return
            await asyncio.sleep(0.2)
        raise RuntimeError(f"the embedded hub did not answer on port {self.port} within {timeout:.0f} s")

    def _healthy(self) -> bool:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/healthz", timeout=1) as response:
                return response.status == 200
        except OSError:
            return False

    async def stop(self) -> None:
        if self.process is None or self.process.returncode is not None:
            return
        self.process.terminate()
        try:
            await asyncio.wait_for(self.process.wait(), 10)
        except TimeoutError:
            with contextlib.suppress(ProcessLookupError):
                self.process.kill()
