"""Distinctive names two reports share: evidence that reaches across long date gaps.

Reports of one incident go on for weeks (an arrest, a trial, a funeral) and read like reports
of other incidents of the same kind; what they share that reports of other incidents do not is
a rare name: a victim's or a suspect's, a street, a small place. :func:`capitalised` reads the
capitalised words of a summary and each pair of adjacent ones ("Tony Smith", "Edwards
Street"). :class:`NameStats`, counted over the mentions being resolved, keeps those that are
names, not headline words ("Shooting", "In Custody": words the corpus also writes in lower
case), and weighs each by its rarity (inverse document frequency, 1 for a name in one mention):
the police, a weekday, an outlet or a big city weigh nothing, a surname much.

Rarity needs a corpus: with fewer than ``MIN_DOCUMENTS`` mentions counted, no name is
weighed (:meth:`NameStats.rare` returns nothing) and the clusterer decides as without names.
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping

_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:['\-][A-Z]?[a-z]+)*\b")
_LOWER = re.compile(r"\b[a-z]+\b")
MIN_DOCUMENTS = 200
RARE_SHARE = 0.002  # a name in at most this share of the mentions (and at least 2) is rare
COMMON_LOWER = 3  # a word written in lower case in this many mentions is not a name

Words = tuple[tuple[str, ...], tuple[str, ...]]  # (capitalised words, adjacent pairs)


def capitalised(text: str) -> Words:
    """The capitalised words of ``text`` (lower-cased) and their adjacent pairs."""
    found = [(m.start(), m.end(), m.group().lower()) for m in _CAPITALISED.finditer(text)]
    pairs = tuple(f"{first} {second}" for (_, end, first), (start, _, second)
                  in itertools.pairwise(found) if text[end:start] == " ")
    return tuple(w for _, _, w in found if len(w) > 2), pairs


class NameStats:
    """How many of the counted mentions use each name, and each word in lower case."""

    def __init__(self, texts: Iterable[str] = ()) -> None:
        self.documents = 0
        self.names: Counter[str] = Counter()
        self.lower: Counter[str] = Counter()
        self.count(texts)

    def count(self, texts: Iterable[str]) -> None:
        for text in texts:
            self.documents += 1
            words, pairs = capitalised(text)
            self.names.update({*words, *pairs})
            self.lower.update(set(_LOWER.findall(text)))

    def _is_name(self, unit: str) -> bool:
        return all(self.lower[w] < COMMON_LOWER for w in unit.split(" "))

    def weight(self, unit: str) -> float:
        """The rarity of a name in [0, 1]: 0 for a common one or a word, 1 for a unique one."""
        df = self.names.get(unit, 0)
        if df == 0 or df > max(2.0, RARE_SHARE * self.documents) or not self._is_name(unit):
            return 0.0
        return math.log(self.documents / df) / math.log(self.documents)

    def rare(self, text: str) -> dict[str, float]:
        """The rare names of ``text`` with their weights (none without a corpus)."""
        if self.documents < MIN_DOCUMENTS:
            return {}
        words, pairs = capitalised(text)
        weights = {unit: self.weight(unit) for unit in {*words, *pairs}}
        return {unit: w for unit, w in weights.items() if w > 0.0}


def shared_weight(a: Mapping[str, float], b: Mapping[str, float]) -> float | None:
    """The summed rarity of the names two mentions share; ``None`` when one has none."""
    if not a or not b:
        return None
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(w for unit, w in small.items() if unit in large)
