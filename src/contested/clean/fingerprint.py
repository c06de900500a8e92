"""64-bit simhash over word 3-shingles, stored as a signed int64 (SQLite INTEGER)."""

from __future__ import annotations

import hashlib
import re
from collections import Counter

import numpy as np

BITS = 64
_MASK = (1 << BITS) - 1
_WORD = re.compile(r"\w+")
_BIT_INDEX = np.arange(BITS, dtype=np.uint64)


def simhash(text: str, shingle: int = 3) -> int:
    """Simhash of ``text``'s word ``shingle``-grams (casefolded), as a signed 64-bit int.

    Returns 0 for text without words.
    """
    words = _WORD.findall(text.casefold())
    if not words:
        return 0
    size = min(shingle, len(words))
    # each run of ``size`` words, in order (the list shifted 0..size-1 words, zipped: the
    # shorter shifts end it)
    grams = Counter(map(" ".join, zip(*(words[i:] for i in range(size)), strict=False)))
    blake2b = hashlib.blake2b
    digests = b"".join([blake2b(g.encode(), digest_size=8).digest() for g in grams])
    values = np.frombuffer(digests, dtype=">u8")
    bits = (values[:, None] >> _BIT_INDEX) & np.uint64(1)  # one row per gram, bit 0 first
    weights = np.fromiter(grams.values(), dtype=np.int64, count=len(grams))
    totals = weights @ (2 * bits.astype(np.int64) - 1)  # +weight where the bit is set
    unsigned = sum(1 << bit for bit in np.flatnonzero(totals > 0).tolist())
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
