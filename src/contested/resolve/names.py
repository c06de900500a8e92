"""Distinctive names two reports share: evidence that reaches across long date gaps.

Reports of one incident go on for weeks (an arrest, a trial, a funeral) and read like reports
of other incidents of the same kind; what they share that reports of other incidents do not is
a rare name: a victim's or a suspect's, a street, a small place. The extract stage gives each
mention the name candidates of its whole article (:func:`contested.extract.names.name_candidates`:
capitalised words and adjacent pairs the article never writes in lower case); a mention built
without them (older stores, hand-made mentions) falls back to its summary's (:func:`names_of`).

:class:`NameStats` holds the document frequencies: how many articles name each candidate, out
of how many articles. The store keeps them (counted once per article when its mentions are
saved), so every run, small or big, weighs names against the same corpus;
:meth:`NameStats.of` counts them over a batch of mentions held in memory. A name's weight is
its rarity (inverse document frequency, 1 for a name in one article; 0 above ``RARE_SHARE``
of the articles): the police, a weekday, an outlet or a big city weigh nothing, a surname much.
Beyond ``SPREAD`` articles the weight also falls as ``SPREAD / articles``: an incident is
reported by a handful of articles, so a name in many is shared by several incidents (a
reporter's byline, a police spokesman, an outlet's page furniture, a common first name). On
the GVA news clusters two articles sharing a rare name are one incident 60% of the time when
the name is in two articles, 27% in five, 9% in nine or more, whether or not the articles come
from one outlet (so it is the spread over articles, not over outlets, that tells).

:func:`shared_weight` sums the rarity of every name two mentions share;
:func:`shared_entities_weight` counts each person, street or place once (a full name and its
words are one entity): one sheriff named in two shootings is one entity, however rare.

Rarity needs a corpus: with fewer than ``MIN_DOCUMENTS`` articles counted, no name is
weighed (:meth:`NameStats.rare` returns nothing) and the clusterer decides as without names,
except that from ``SMALL_CORPUS`` articles the names few of them share (:meth:`NameStats.few`)
count for a pair in the names feature, never against one.

:func:`spelling_key` folds a place name's transliterations together (Al-Qamishli / Qamishlo,
Tinzaouaten / Tin Zaouatene / Tinzawaten, Nabatieh / Nabatiyeh): :func:`spelling_keys` of an
article's names tell whether it names a town another report is placed at, whatever the
corpus size.
"""

from __future__ import annotations

import functools
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping

from contested.extract.names import name_candidates
from contested.types import Mention

MIN_DOCUMENTS = 200
SMALL_CORPUS = 20  # from this many articles, names few of them share count for a pair (only)
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "at", "an", "az", "ash", "the"})
_SOUNDS = str.maketrans({"q": "k"})
_QUIET = re.compile(r"[aeiouyw]|(?<=[sktdgkz])h")  # vowels, glides, the h of sh / kh / th...
_DOUBLED = re.compile(r"(.)\1+")
SHORT_NAME = 5  # a name of fewer letters is matched letter for letter, not by its consonants
RARE_SHARE = 0.004  # a name in at most this share of the articles (and at least 2) is rare
SPREAD = 5  # articles about one incident; a name in more weighs SPREAD / articles of its rarity


def names_of(mention: Mention) -> tuple[str, ...]:
    """The name candidates of ``mention``'s article, else of its summary."""
    return mention.names or name_candidates(mention.summary)


def article_names(mentions: Iterable[Mention]) -> dict[str, frozenset[str]]:
    """Article id -> the name candidates of its mentions (one document per article)."""
    found: dict[str, set[str]] = {}
    for mention in mentions:
        found.setdefault(mention.article_id, set()).update(names_of(mention))
    return {article: frozenset(names) for article, names in found.items()}


class NameStats:
    """How many of ``documents`` articles name each name (``counts``)."""

    def __init__(self, documents: int = 0, counts: Mapping[str, int] | None = None) -> None:
        self.documents = documents
        self.counts: Mapping[str, int] = counts if counts is not None else {}

    @classmethod
    def of(cls, mentions: Iterable[Mention]) -> NameStats:
        """The frequencies counted over the articles of ``mentions``."""
        per_article = article_names(mentions)
        return cls(len(per_article), Counter(n for names in per_article.values() for n in names))

    def weight(self, unit: str) -> float:
        """The rarity of a name in [0, 1]: 0 for a common or unknown one, 1 for a unique one;
        damped by ``SPREAD / articles`` for a name in more than ``SPREAD`` articles."""
        df = self.counts.get(unit, 0)
        if df == 0 or df > max(2.0, RARE_SHARE * self.documents):
            return 0.0
        return math.log(self.documents / df) / math.log(self.documents) * min(1.0, SPREAD / df)

    def rare(self, mention: Mention) -> dict[str, float]:
        """The rare names of ``mention`` with their weights (none without a corpus)."""
        return self._weighed(mention) if self.documents >= MIN_DOCUMENTS else {}

    def few(self, mention: Mention) -> dict[str, float]:
        """On a small corpus (``SMALL_CORPUS`` articles or more, fewer than ``MIN_DOCUMENTS``):
        the names of ``mention`` that few articles name, with their weights. Too few articles
        to tell a rare name from one the outlet repeats, so they count only *for* a pair (a
        victim, a unit, a village both name), never against one nor across a date gap
        (:func:`~contested.resolve.features.names_score`)."""
        return self._weighed(mention) if SMALL_CORPUS <= self.documents < MIN_DOCUMENTS else {}

    def _weighed(self, mention: Mention) -> dict[str, float]:
        weights = {unit: self.weight(unit) for unit in names_of(mention)}
        return {unit: w for unit, w in weights.items() if w > 0.0}


def shared_weight(a: Mapping[str, float], b: Mapping[str, float]) -> float | None:
    """The summed rarity of the names two mentions share; ``None`` when one has none."""
    if not a or not b:
        return None
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    return sum(w for unit, w in small.items() if unit in large)


def shared_entities_weight(a: Mapping[str, float], b: Mapping[str, float]) -> float | None:
    """The rarity of the names two mentions share, each person, street or place counted once:
    a full name and its words ("jarrod burguan", "jarrod", "burguan") are one entity, worth its
    rarest unit; ``None`` when one has none."""
    if not a or not b:
        return None
    shared = [unit for unit in a if unit in b]
    groups: list[tuple[set[str], float]] = []
    for unit in sorted(shared, key=lambda u: -u.count(" ")):
        words = set(unit.split(" "))
        joined = [g for g in groups if g[0] & words]
        weight = max([a[unit], *(w for _, w in joined)])
        merged = words.union(*(ws for ws, _ in joined))
        groups = [g for g in groups if g not in joined] + [(merged, weight)]
    return sum(w for _, w in groups)


@functools.lru_cache(maxsize=65536)  # pure; resolution asks it of the same names thousands of times
def spelling_key(name: str) -> str | None:
    """The consonant skeleton a place name keeps across transliterations: accents, a
    leading article ("Al-", "el"), vowels, glides and the h of digraphs dropped, q read
    as k, doubled letters once ("Al-Qamishli" and "Qamishlo" -> ``kmshl``). A short name
    (fewer than ``SHORT_NAME`` letters) or skeleton (fewer than three) keeps all its letters
    ("Gaza", "Amuda"); ``None`` for fewer than three letters."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    plain = re.sub(r"['\u2019]s\b", "", plain)
    words = [w for w in re.split(r"[^a-z]+", plain) if w]
    while len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    letters = "".join(words)
    skeleton = _DOUBLED.sub(r"\1", _QUIET.sub("", letters.translate(_SOUNDS)))
    if len(letters) >= SHORT_NAME and len(skeleton) >= 3:
        return skeleton
    return f"={letters}" if len(letters) >= 3 else None


@functools.lru_cache(maxsize=4096)
def article_keys(names: tuple[str, ...]) -> frozenset[str]:
    """:func:`spelling_keys` of an article's names, cached (every mention of an article
    carries the same tuple)."""
    return spelling_keys(names)


def spelling_keys(names: Iterable[str]) -> frozenset[str]:
    """The spelling keys of ``names`` (name candidates of an article), each pair or
    hyphenated name also by its words ("qamishlo-amuda": its two towns; "syria's qamishli")."""
    keys = set()
    for name in names:
        for part in {name, *re.split(r"[ -]", name)}:
            key = spelling_key(part)
            if key is not None:
                keys.add(key)
    return frozenset(keys)
