"""The one error a rule raises: a code of the wire contract and a human-readable message."""
from __future__ import annotations

from enum import StrEnum


class ErrorCode(StrEnum):
    BAD_JSON = "bad_json"
    BAD_REQUEST = "bad_request"
    UNAUTHENTICATED = "unauthenticated"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    CONFLICT = "conflict"
    RATE_LIMITED = "rate_limited"
    INTERNAL = "internal"


class CommandError(Exception):
    """A refused request. Carries the wire error code; the message is shown to people."""

    def __init__(self, code: ErrorCode, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __repr__(self) -> str:
        return f"CommandError({self.code.value!r}, {self.message!r})"


def forbidden(message: str) -> CommandError:
    return CommandError(ErrorCode.FORBIDDEN, message)


def conflict(message: str) -> CommandError:
    return CommandError(ErrorCode.CONFLICT, message)


def not_found(message: str) -> CommandError:
    return CommandError(ErrorCode.NOT_FOUND, message)


def bad_request(message: str) -> CommandError:
    return CommandError(ErrorCode.BAD_REQUEST, message)
