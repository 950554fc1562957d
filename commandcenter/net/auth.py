"""Hello handling: password or token, lockout after five failures, expiring tokens.

Runs in a database thread (argon2 and SQL both block); the hub awaits it.
"""
from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from commandcenter.domain import clock
from commandcenter.domain.errors import CommandError, ErrorCode
from commandcenter.store.accounts import Account, Accounts

from .messages import Auth

log = logging.getLogger("auth")

FAILURE_LIMIT = 5
LOCK_MS = 10 * 60 * 1000
TOKEN_TTL_MS = 12 * 3600 * 1000

#: OWASP's minimum argon2id setting: 19 MiB, two passes
HASHER = PasswordHasher(time_cost=2, memory_cost=19456, parallelism=1)


def hash_password(password: str) -> str:
    return HASHER.hash(password)


@dataclass(frozen=True, slots=True)
class Login:
    account: Account
    token: str
    expires_ms: int


def _refuse(message: str) -> CommandError:
    return CommandError(ErrorCode.UNAUTHENTICATED, message)


class Authenticator:
    def __init__(self, accounts: Accounts, token_ttl_ms: int = TOKEN_TTL_MS) -> None:
        self.accounts = accounts
        self.token_ttl_ms = token_ttl_ms

    def login(self, auth: Auth) -> Login:
        """Check a hello's credentials; raise ``unauthenticated`` with a plain reason."""
        now_ms = clock.to_epoch_ms(clock.now())
        if auth.token is not None:
            account = self.accounts.token_account(auth.token, now_ms)
            if account is None:
                raise _refuse("token unknown or expired: log in with your password")
            return Login(account, auth.token, now_ms + self.token_ttl_ms)
        if not auth.user or auth.password is None:
            raise _refuse("hello needs auth.user and auth.password, or auth.token")
        return self._password_login(auth.user, auth.password, now_ms)

    def _password_login(self, user: str, password: str, now_ms: int) -> Login:
        account = self.accounts.get(user)
        if account is None:
            raise _refuse("wrong user name or password")
        if account.locked_until_ms and account.locked_until_ms > now_ms:
            minutes = -(-(account.locked_until_ms - now_ms) // 60000)
            raise _refuse(f"too many wrong passwords: {user} is locked for {minutes} more minute(s)")
        if not self._verify(account, password):
            locked = self.accounts.record_failure(user, FAILURE_LIMIT, LOCK_MS, now_ms)
            log.info("failed login for %s%s", user, " (now locked)" if locked else "")
            raise _refuse("wrong user name or password")
        self.accounts.record_success(user)
        token = secrets.token_urlsafe(32)
        self.accounts.save_token(token, user, now_ms + self.token_ttl_ms)
        return Login(account, token, now_ms + self.token_ttl_ms)

    def _verify(self, account: Account, password: str) -> bool:
        try:
            return HASHER.verify(account.password_hash, password)
        except (VerificationError, InvalidHashError):
            return False
