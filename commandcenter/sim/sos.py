"""Now and then a worker in the field calls for help: the ``sos`` command (PROTOCOL.md "Levels").

About once per 30 simulated minutes. Who calls, when and what they say come from a generator of
their own seeded from the simulator's seed, so a run's SOS calls are the same whatever else happens
(where the worker stands is wherever the walk has taken them).
"""
from __future__ import annotations

import asyncio
import logging
import random

from .agents import MIN_REPORT_GAP_S, World
from .session import CommandFailed

log = logging.getLogger("sim")

SOS_PER_HOUR = 2.0
NOTES = (
    "入户走访时当事人情绪失控，请求支援",
    "巡查中摔伤，行动不便",
    "发现有人落水，请求救援",
    "劝阻违建时被多人围堵",
    "小区地下室发现明火，请求增援",
    "",
)


class SosCaller:
    def __init__(self, world: World, seed: int, rate_per_hour: float = SOS_PER_HOUR) -> None:
        self.world = world
        self.rng = random.Random(f"sos-{seed}")
        self.rate = rate_per_hour
        self.sent = 0

    def gap(self) -> float:
        """Real seconds to the next call."""
        return max(self.rng.expovariate(self.rate / 3600.0) / self.world.speed, MIN_REPORT_GAP_S)

    def pick(self) -> tuple[int, str]:
        """(worker index, note) of the next call."""
        i = self.rng.randrange(len(self.world.field))
        return i, self.rng.choice(NOTES)

    async def run(self) -> None:
        while len(self.world.field):
            await asyncio.sleep(self.gap())
            i, note = self.pick()
            worker_id = self.world.field.ids[i]
            lat, lon = self.world.field.position(i)
            self.world.agenda.at(0.0, lambda w=worker_id, a=lat, o=lon, n=note: self.call(w, a, o, n))

    async def call(self, worker_id: str, lat: float, lon: float, note: str) -> None:
        try:
            result = await self.world.as_worker(worker_id, "sos", lat=round(lat, 6), lon=round(lon, 6), note=note)
        except CommandFailed as exc:
            log.info("SOS of %s refused: %s", worker_id, exc)
            return
        self.sent += 1
        log.info("SOS from %s: event %s", worker_id, result.get("event_id"))
