"""Deadlines per second: ``python -m bench.worktime_bench`` (goal: about 100,000 a second).

100,000 acceptance times spread over 2026 (the year with the State Council schedule) and a mix
of tiers and request types, through the domain's ``deadlines`` on the shipped default policy:
sign and handle deadline for each, working and calendar units alike. The calendar's tables
are warmed first (a hub builds them once at start-up).
"""
from __future__ import annotations

import random
import time
from datetime import datetime, timedelta

from commandcenter.domain.clock import CST
from commandcenter.domain.codes import Tier
from commandcenter.domain.policy import RequestType, deadlines
from commandcenter.policy_file import default_policy

CASES = 100_000


def cases(count: int) -> list[tuple[datetime, str, str | None]]:
    rng = random.Random(9)
    start = datetime(2026, 1, 1, tzinfo=CST)
    kinds = [None, *RequestType]
    return [(start + timedelta(seconds=rng.randrange(365 * 86_400)), rng.choice(list(Tier)), rng.choice(kinds))
            for _ in range(count)]


def bench(count: int = CASES) -> float:
    policy = default_policy()
    calendar = policy.calendar
    work = cases(count)
    deadlines(policy, calendar, work[0][0], "small", "complaint")  # build the tables
    began = time.perf_counter()
    for accepted_at, tier, request_type in work:
        deadlines(policy, calendar, accepted_at, tier, request_type)
    elapsed = time.perf_counter() - began
    print(f"worktime: {count:,} deadlines (sign + handle) in {elapsed * 1000:.0f} ms: "
          f"{count / elapsed:,.0f} per second")
    return count / elapsed


if __name__ == "__main__":
    bench()
