"""The short crash round of ``make chaos`` (tests/chaos/crash.py): SIGKILL mid-stream, nothing lost or doubled."""
from __future__ import annotations

from tests.chaos.crash import run


async def test_sigkill_mid_stream_loses_and_doubles_nothing(db_url):
    (result,) = await run(db_url, rounds=1, reports=2000)
    assert result["acked"] == 2000 and result["stored"] == 2000
    assert result["acked_before_kill"] < 2000 and result["resent"] > 0  # the kill really came mid-stream
    assert result["lost"] == 0 and result["duplicated"] == 0 and result["journal_gaps"] == 0
