"""64-bit simhash over word 3-shingles, stored as a signed int64 (SQLite INTEGER)."""

from __future__ import annotations

import hashlib
import re
from collections import Counter

BITS = 64
_MASK = (1 << BITS) - 1
_WORD = re.compile(r"\w+")


def simhash(text: str, shingle: int = 3) -> int:
    """Simhash of ``text``'s word ``shingle``-grams (casefolded), as a signed 64-bit int.

    Returns 0 for text without words.
    """
    words = _WORD.findall(text.casefold())
    if not words:
        return 0
    size = min(shingle, len(words))
    grams = Counter(" ".join(words[i : i + size]) for i in range(len(words) - size + 1))
    totals = [0] * BITS
    for gram, weight in grams.items():
        value = int.from_bytes(hashlib.blake2b(gram.encode(), digest_size=8).digest(), "big")
        for bit in range(BITS):
            totals[bit] += weight if value >> bit & 1 else -weight
    unsigned = sum(1 << bit for bit, total in enumerate(totals) if total > 0)
    return to_signed(unsigned)


def to_signed(value: int) -> int:
    """An unsigned 64-bit value as the signed int64 SQLite stores."""
    value &= _MASK
    return value - (1 << BITS) if value >> (BITS - 1) else value


def to_unsigned(value: int) -> int:
    return value & _MASK


def hamming(a: int, b: int) -> int:
    """Bits that differ between two fingerprints (signed or unsigned)."""
    return ((a ^ b) & _MASK).bit_count()
