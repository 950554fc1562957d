"""``python -m commandcenter.sim --hub ws://127.0.0.1:8765/ws --speed 10``: play the demo city."""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys

from commandcenter import log as logs

from .simulator import SimConfig, run_simulator

log = logging.getLogger("sim")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m commandcenter.sim", description=__doc__)
    parser.add_argument("--hub", default="ws://127.0.0.1:8765/ws", help="the hub's WebSocket URL")
    parser.add_argument("--speed", type=float, default=1.0, help="time compression (60: a minute a second)")
    parser.add_argument("--password", default="demo", help="password of the demo accounts")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--rate", type=float, default=None, help="worker reports per simulated hour")
    parser.add_argument("--max-sessions", type=int, default=200, help="worker sessions kept open at most")
    parser.add_argument("--no-autopilot", action="store_true", help="leave the whole queue to people")
    parser.add_argument("--log-level", default="INFO")
    return parser.parse_args(argv)


def config_from(args: argparse.Namespace) -> SimConfig:
    return SimConfig(url=args.hub, speed=args.speed, password=args.password, seed=args.seed,
                     report_rate_per_hour=args.rate, max_worker_sessions=args.max_sessions,
                     autopilot=not args.no_autopilot)


async def _main(config: SimConfig) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(sig, stop.set)
    await run_simulator(config, stop)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    logs.init(args.log_level)
    if args.speed <= 0:
        log.error("--speed must be positive")
        return 2
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_main(config_from(args)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
