"""Shared fixtures: databases (SQLite and a real PostgreSQL), a real hub, real clients."""
from __future__ import annotations

import itertools
import os

import pytest

from tests.pgserver import PgServer, find_bindir

_db_names = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server():
    bindir = find_bindir()
    if bindir is None:
        message = "PostgreSQL (initdb/pg_ctl) is not installed"
        if os.environ.get("CI"):
            pytest.fail(message + ": CI must test against a real PostgreSQL")
        pytest.skip(message)
    server = PgServer(bindir)
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.pg)])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'hub.sqlite3'}"
    server = request.getfixturevalue("pg_server")
    return server.create_database(f"t{os.getpid()}_{next(_db_names)}")


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'hub.sqlite3'}"


@pytest.fixture
async def hub(db_url):
    """A real hub on the demo city, on a free port, for one test."""
    from tests.hubkit import start_hub

    hub = await start_hub(db_url)
    yield hub
    await hub.stop()


@pytest.fixture
def loop(qapp):
    """The session's qasync loop (Qt and asyncio on one thread) for desktop tests."""
    from tests.desktop import shared_loop

    return shared_loop(qapp)
