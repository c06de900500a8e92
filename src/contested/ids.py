"""Stable identifiers: the same input gives the same id, across runs and machines."""

from __future__ import annotations

import hashlib


def stable_id(prefix: str, *parts: object) -> str:
    """``prefix`` + 16 hex digits of SHA-256 over the parts, e.g. ``art_3f2a...``."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}_{digest[:16]}"
