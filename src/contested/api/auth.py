"""Who is asking: a bearer token (``CONTESTED_TOKEN``) or a user with a hashed password.

Credentials travel only in the ``Authorization`` header, set by the page's script: no cookie,
no browser-cached Basic challenge, so another site cannot make a browser send them (CSRF).
Passwords are stored as scrypt hashes (``scrypt$n$r$p$salt$hash``).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import secrets

from contested.store import Store

_N, _R, _P = 2**14, 8, 1
TOKEN_USER = "token"


def hash_password(password: str, salt: bytes | None = None) -> str:
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        made = hashlib.scrypt(
            password.encode("utf-8"), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p)
        )
    except ValueError:
        return False
    return hmac.compare_digest(made.hex(), digest)


def _basic(value: str) -> tuple[str, str] | None:
    try:
        decoded = base64.b64decode(value, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None
    name, sep, password = decoded.partition(":")
    return (name, password) if sep and name else None


def authenticate(header: str | None, token: str | None, store: Store) -> str | None:
    """The reviewer named by an ``Authorization`` header, or ``None`` if it is not valid."""
    scheme, _, value = (header or "").strip().partition(" ")
    value = value.strip()
    if scheme.lower() == "bearer" and token and value:
        return TOKEN_USER if hmac.compare_digest(value.encode(), token.encode()) else None
    if scheme.lower() == "basic":
        pair = _basic(value)
        if pair is None:
            return None
        stored = store.password_hash(pair[0])
        return pair[0] if stored is not None and verify_password(pair[1], stored) else None
    return None
