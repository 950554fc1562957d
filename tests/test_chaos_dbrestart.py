"""The short database-restart round of ``make chaos`` (tests/chaos/dbrestart.py)."""
from __future__ import annotations

import pytest

from tests.chaos.dbrestart import run
from tests.pgserver import PgServer, find_bindir


@pytest.fixture
def own_pg():
    """A PostgreSQL of this test's own: the test stops and starts it."""
    bindir = find_bindir()
    if bindir is None:
        pytest.skip("PostgreSQL is not installed")  # the session fixture already fails CI for this
    server = PgServer(bindir)
    server.start()
    yield server
    server.stop()


@pytest.mark.pg
async def test_postgresql_restart_mid_stream_loses_and_doubles_nothing(own_pg):
    (result,) = await run(own_pg, own_pg.create_database("restart"), rounds=1, reports=2000)
    assert result["hub_alive"] and result["acked"] == 2000 and result["stored"] == 2000
    assert result["acked_while_down"] == 0  # nothing is acked without the database
    assert result["refusals"] > 0  # the outage was felt: commands were answered 'internal' and resent
    assert result["lost"] == 0 and result["duplicated"] == 0 and result["journal_gaps"] == 0
