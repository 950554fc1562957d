"""Users, login failures and lockout, and session tokens (stored as hashes only)."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlalchemy import Engine, delete, insert, select, update

from . import schema as t


@dataclass(frozen=True, slots=True)
class Account:
    name: str
    role: str
    department: str | None
    worker_id: str | None
    display_name: str | None
    password_hash: str
    failed_logins: int
    locked_until_ms: int | None
    #: (Levels) the desk user's centre: city, district, street or community, and its area's grid id
    scope_level: str | None = None
    scope_grid: str | None = None


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Accounts:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def get(self, name: str) -> Account | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(t.users).where(t.users.c.name == name)).first()
            return Account(**row._mapping) if row else None

    def add(self, accounts: list[dict]) -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(t.users), accounts)

    def remove(self, name: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(t.users).where(t.users.c.name == name))

    def set_password_hash(self, name: str, password_hash: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(t.users).where(t.users.c.name == name).values(password_hash=password_hash))

    def record_failure(self, name: str, limit: int, lock_ms: int, now_ms: int) -> bool:
        """Count a failed password; at ``limit`` in a row, lock the user. True when now locked."""
        with self.engine.begin() as conn:
            failed = conn.execute(update(t.users).where(t.users.c.name == name)
                                  .values(failed_logins=t.users.c.failed_logins + 1)
                                  .returning(t.users.c.failed_logins)).scalar_one_or_none()
            if failed is None or failed < limit:
                return False
            conn.execute(update(t.users).where(t.users.c.name == name)
                         .values(failed_logins=0, locked_until_ms=now_ms + lock_ms))
            return True

    def record_success(self, name: str) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(t.users).where(t.users.c.name == name)
                         .values(failed_logins=0, locked_until_ms=None))

    def save_token(self, token: str, user: str, expires_ms: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(insert(t.tokens).values(token_hash=token_hash(token), user=user, expires_ms=expires_ms))

    def token_account(self, token: str, now_ms: int) -> Account | None:
        """The account behind a live token; None when unknown, expired, or the user is gone."""
        query = (select(t.users).join(t.tokens, t.tokens.c.user == t.users.c.name)
                 .where(t.tokens.c.token_hash == token_hash(token), t.tokens.c.expires_ms > now_ms))
        with self.engine.connect() as conn:
            row = conn.execute(query).first()
            return Account(**row._mapping) if row else None

    def purge_tokens(self, now_ms: int) -> None:
        with self.engine.begin() as conn:
            conn.execute(delete(t.tokens).where(t.tokens.c.expires_ms <= now_ms))
