"""Reading the deadline policy from disk (the domain parses it: ``commandcenter.domain.policy``).

The hub calls :func:`load_policy` once at start-up (``--policy PATH``, else
:func:`default_policy`); a bad file raises :class:`~commandcenter.domain.policy.PolicyError`
naming the file, the line and the field. Years around ``today`` without a holiday schedule are
logged as warnings: the calendar then counts them as weekends-only.
"""
from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from . import resources
from .domain import clock
from .domain.policy import Policy, PolicyError, holiday_files, parse_policy, unscheduled_years

log = logging.getLogger("hub")

DEFAULT = resources.path("policy", "default.toml")


def load_policy(path: str | Path, today: date | None = None) -> Policy:
    path = Path(path)
    text = _read(path, str(path))
    texts = {name: (str(path.parent / name), _read(path.parent / name, str(path)))
             for name in holiday_files(text, str(path))}
    policy = parse_policy(text, str(path), texts)
    year = (today or clock.now().date()).year
    for missing in unscheduled_years(policy, (year, year + 1)):
        log.warning("policy %s: no holiday schedule for %d: counting it as weekends only "
                    "(add the State Council notice to the holiday file)", path, missing)
    return policy


def default_policy(today: date | None = None) -> Policy:
    return load_policy(DEFAULT, today)


def _read(path: Path, policy: str) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise PolicyError(policy, None, "holidays.files" if str(path) != policy else "(file)",
                          f"cannot read {path}: {exc.strerror}") from None
