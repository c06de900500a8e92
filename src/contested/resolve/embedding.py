"""Text vectors for mention similarity, behind a one-method protocol.

:class:`HashingEmbedder` is the default: a hashed bag of words and word bigrams (stop words
dropped, sub-linear term weights, signed buckets, L2-normalised). It is deterministic across runs
and machines (BLAKE2b, never Python's salted ``hash``) and needs no model; a sentence-embedding
model can stand behind the same :class:`Embedder` protocol later.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import re
from collections.abc import Sequence
from typing import Protocol

_WORD = re.compile(r"[^\W\d_]+|\d+", re.UNICODE)
_STOP_WORDS = (
    "a an and are as at be been by for from had has have he her his in is it its of on or "
    "said says she that the their there they this to was were which who will with after "
    "also but not than into over about"
)
_STOP = frozenset(_STOP_WORDS.split(" "))


class Embedder(Protocol):
    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        """One vector per text, L2-normalised (or all zeros for an empty text)."""
        ...


def _tokens(text: str) -> list[str]:
    return [w for w in _WORD.findall(text.lower()) if w not in _STOP]


def _bucket(feature: str, dim: int) -> tuple[int, float]:
    digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
    value = int.from_bytes(digest, "little")
    return value % dim, (1.0 if (value >> 63) & 1 else -1.0)


class HashingEmbedder:
    """Hashed bag of words + bigrams; ``dim`` buckets."""

    def __init__(self, dim: int = 1024) -> None:
        if dim < 8:
            raise ValueError("dim must be at least 8")
        self.dim = dim

    def embed(self, texts: Sequence[str]) -> list[list[float]]:
        return [self._one(text) for text in texts]

    def _one(self, text: str) -> list[float]:
        words = _tokens(text)
        counts: dict[str, int] = {}
        for feature in [*words, *(f"{a} {b}" for a, b in itertools.pairwise(words))]:
            counts[feature] = counts.get(feature, 0) + 1
        buckets: dict[int, float] = {}
        for feature, n in counts.items():
            index, sign = _bucket(feature, self.dim)
            buckets[index] = buckets.get(index, 0.0) + sign * (1.0 + math.log(n))
        norm = math.sqrt(sum(v * v for v in buckets.values()))
        vector = [0.0] * self.dim
        for index, value in buckets.items():
            vector[index] = value / norm if norm else 0.0
        return vector


def cosine(a: Sequence[float], b: Sequence[float]) -> float | None:
    """Cosine similarity; ``None`` when either vector is empty or all zeros (unknown)."""
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    if not norm:
        return None
    return sum(x * y for x, y in zip(a, b, strict=False)) / norm
