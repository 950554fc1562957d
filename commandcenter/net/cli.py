"""``commandcenter-hub``: run the hub (optionally with the demo city and the simulator)."""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import sys

from commandcenter import log as logs
from commandcenter.domain.policy import PolicyError
from commandcenter.store.engine import default_url

from .hub import Hub, HubConfig

log = logging.getLogger("hub")


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="commandcenter-hub", description="The Command Centre hub.")
    p.add_argument("--db", default=None, help="database URL (default: SQLite in the user data folder); "
                   "postgresql://user@host/db for shared deployments")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--demo", action="store_true", help="an empty database gets the demo city and accounts")
    p.add_argument("--demo-scale", default="default", choices=["tiny", "default", "tangshan"])
    p.add_argument("--simulate", action="store_true", help="run the simulator against this hub")
    p.add_argument("--speed", type=float, default=1.0, help="simulator time compression")
    p.add_argument("--synchronous", default="FULL", choices=["FULL", "NORMAL"],
                   help="SQLite fsync policy (FULL survives power loss; both survive kill -9)")
    p.add_argument("--policy", default=None, metavar="PATH",
                   help="deadline policy file (TOML: working hours, holidays, sign and handle limits); "
                   "default: the one shipped in resources/policy/default.toml")
    p.add_argument("--no-duplicates", dest="duplicates", action="store_false",
                   help="do not look for candidate duplicates on each report (query.duplicates still answers)")
    p.add_argument("--log-level", default="INFO")
    return p


async def serve(args: argparse.Namespace) -> None:
    url = args.db or default_url()
    hub = Hub(HubConfig(db_url=url, host=args.host, port=args.port, synchronous=args.synchronous,
                        policy_path=args.policy, duplicates=args.duplicates))
    if args.demo:
        from .demo import load_demo

        await hub._db(hub.store.migrate, writer=True)
        if await hub._db(hub.store.is_empty):
            await hub._db(load_demo, hub.store, args.demo_scale, writer=True)
    await hub.start()
    print(f"Command Centre hub listening on ws://{args.host}:{hub.port}/ws  (health: "
          f"http://{args.host}:{hub.port}/healthz, database: {_safe(url)})", flush=True)
    sim = await _start_simulator(hub.port, args) if args.simulate else None
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await stop.wait()
    if sim is not None:
        with contextlib.suppress(ProcessLookupError):
            sim.terminate()
        await sim.wait()
    await hub.stop()


async def _start_simulator(port: int, args: argparse.Namespace):
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "commandcenter.sim", "--hub", f"ws://127.0.0.1:{port}/ws",
        "--speed", str(args.speed), "--log-level", args.log_level)


def _safe(url: str) -> str:
    if "@" in url and "://" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://…@{rest.split('@', 1)[1]}"
    return url


def audit_main(argv: list[str]) -> int:
    """``commandcenter-hub audit verify --db URL``: check the journal and audit hash chains."""
    from commandcenter.store.engine import make_engine
    from commandcenter.store.verify import verify

    p = argparse.ArgumentParser(prog="commandcenter-hub audit")
    p.add_argument("action", choices=["verify"])
    p.add_argument("--db", default=None)
    args = p.parse_args(argv)
    engine = make_engine(args.db or default_url())
    broken = False
    for name, count, fault in verify(engine):
        if fault is None:
            print(f"{name}: {count} rows, chain intact")
        else:
            broken = True
            print(f"{name}: BROKEN at {fault} (after {count} good rows)")
    return 1 if broken else 0


def main(argv: list[str] | None = None) -> None:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["audit"]:
        sys.exit(audit_main(argv[1:]))
    args = parser().parse_args(argv)
    logs.init(args.log_level)
    try:
        asyncio.run(serve(args))
    except PolicyError as exc:  # why: a bad policy stops the hub before it serves anyone
        print(f"commandcenter-hub: bad deadline policy: {exc}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
