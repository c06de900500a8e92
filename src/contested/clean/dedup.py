"""Near-duplicate lookup over 64-bit fingerprints with banded LSH and multi-probe.

The 64 bits are cut into ``bands`` bands (default 4 of 16 bits). Two fingerprints within
``d`` bits of each other differ in at most ``floor(d / bands)`` bits of some band (pigeonhole),
so probing, in every band, the bucket of each key within that many flipped bits finds every
such neighbour: exact lookups for ``d <= 3`` take 4 probes, ``d <= 7`` take 68. With a million
entries a bucket holds about 15, so a lookup compares a few dozen to a few thousand prints.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from itertools import combinations

from contested.clean.fingerprint import BITS, to_unsigned

MAX_PROBE_FLIPS = 2
# A 10-word line added to a 500-word story moves a 64-bit simhash by <= 3 bits only about
# 57% of the time, by <= 6 bits 94% of the time; unrelated texts sit near 32 (rarely < 20).
DEFAULT_MAX_DISTANCE = 6


class DuplicateIndex:
    """Article fingerprints, searchable for the nearest earlier near-copy."""

    def __init__(self, bands: int = 4) -> None:
        if not 1 <= bands <= BITS or BITS % bands:
            raise ValueError(f"bands must divide {BITS}, got {bands}")
        self._bands = bands
        self._width = BITS // bands
        self._ids: list[str] = []
        self._prints: list[int] = []
        self._buckets: list[defaultdict[int, list[int]]] = [defaultdict(list) for _ in range(bands)]

    def __len__(self) -> int:
        return len(self._ids)

    def add(self, article_id: str, fingerprint: int) -> None:
        """Index ``article_id`` under ``fingerprint`` (signed or unsigned 64-bit)."""
        position = len(self._ids)
        self._ids.append(article_id)
        self._prints.append(to_unsigned(fingerprint))
        for band, key in enumerate(self._keys(fingerprint)):
            self._buckets[band][key].append(position)

    def find(self, fingerprint: int, max_distance: int = DEFAULT_MAX_DISTANCE) -> str | None:
        """The nearest indexed article within ``max_distance`` bits (the smallest id on ties:
        not the first indexed, since a run resumed after a crash indexes the stored articles
        in id order, and the choice must not depend on it)."""
        best: tuple[int, str] | None = None
        value, prints = to_unsigned(fingerprint), self._prints
        for position in self._candidates(fingerprint, max_distance):
            distance = (value ^ prints[position]).bit_count()  # hamming(), inlined: hot
            if distance > max_distance:
                continue
            candidate = (distance, self._ids[position])
            if best is None or candidate < best:
                best = candidate
        return None if best is None else best[1]

    def _candidates(self, fingerprint: int, max_distance: int) -> set[int] | range:
        flips = max(0, max_distance) // self._bands
        if flips > MAX_PROBE_FLIPS:
            return range(len(self._ids))  # too wide for probing: compare with everything
        found: set[int] = set()
        masks = _flip_masks(self._width, flips)
        for band, key in enumerate(self._keys(fingerprint)):
            bucket = self._buckets[band]
            for mask in masks:
                found.update(bucket.get(key ^ mask, ()))
        return found

    def _keys(self, fingerprint: int) -> list[int]:
        value, mask = to_unsigned(fingerprint), (1 << self._width) - 1
        return [(value >> (band * self._width)) & mask for band in range(self._bands)]


@functools.cache
def _flip_masks(width: int, flips: int) -> tuple[int, ...]:
    """What to XOR a key with to get it and every key that differs from it in at most
    ``flips`` of ``width`` bits (0 first: the key itself)."""
    return tuple(
        sum(1 << bit for bit in bits)
        for count in range(flips + 1)
        for bits in combinations(range(width), count)
    )
