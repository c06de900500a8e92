"""Bounded edit distance over keys, for spellings no folding rule foresaw ("Deir Ezzoro")."""

from __future__ import annotations

from collections.abc import Iterable


def max_distance(key: str) -> int:
    """Edits allowed for a key: 0 under 7 characters, 1 under 10, else 2."""
    if len(key) < 7:
        return 0
    return 1 if len(key) < 10 else 2


def bounded_levenshtein(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of ``a`` and ``b``, or ``limit + 1`` once it must exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return min(previous[-1], limit + 1)


def near_keys(key: str, keys: Iterable[str]) -> list[tuple[int, str]]:
    """Keys within :func:`max_distance` of ``key`` sharing its first letter, closest first."""
    limit = max_distance(key)
    if limit == 0:
        return []
    hits = []
    for other in keys:
        if other[:1] != key[:1] or abs(len(other) - len(key)) > limit or other == key:
            continue
        dist = bounded_levenshtein(key, other, limit)
        if dist <= limit:
            hits.append((dist, other))
    hits.sort()
    return hits
