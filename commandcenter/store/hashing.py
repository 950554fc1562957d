"""The hash chain that makes the journal and the audit record tamper-evident (不可篡改).

Each row's hash covers its content and the previous row's hash, so an edited, deleted or
inserted row breaks every hash after it.
"""
from __future__ import annotations

import hashlib


def chain(prev_hash: str, *fields: object) -> str:
    digest = hashlib.sha256(prev_hash.encode())
    for value in fields:
        digest.update(b"\x1f")
        digest.update(str(value).encode())
    return digest.hexdigest()
