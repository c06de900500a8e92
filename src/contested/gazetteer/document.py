"""A document's geographic context, read from all the place names it mentions.

Two kinds of evidence, as a reader uses them:

- names the gazetteer resolves confidently on their own (``score >= SURE``: "Illinois",
  "Damascus", "Moscow") give their countries, admin1 units and points;
- names that are ambiguous alone may still agree on where the story is: "Crestwood" and
  "Paris" are both towns of Illinois (and of no other state both), so the admin1 unit that
  the most distinct names could lie in, when at least :data:`MIN_AGREEING` of them do and
  no other unit ties with it, joins the context.

The result is a :class:`LookupContext` for ranking each name of the document.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Protocol

from contested.gazetteer.model import LookupContext, Match

SURE = 0.7
MIN_AGREEING = 2
CANDIDATES = 25
_AREAS = ("PCLI", "ADM1", "CONT")


class _Ranker(Protocol):
    def candidates(self, name: str, country: str | None = None, limit: int = 10,
                   context: LookupContext | None = None) -> list[Match]: ...


def document_context(gaz: _Ranker, names: Iterable[str]) -> LookupContext:
    """Countries, admin1 units and points that the document's place ``names`` point to."""
    ranked = {n: gaz.candidates(n, limit=CANDIDATES) for n in dict.fromkeys(names) if n}
    sure = [c[0] for c in ranked.values() if c and c[0].score >= SURE]
    countries = Counter(m.country for m in sure if m.country)
    admin1 = Counter(m.admin1 for m in sure if m.admin1)
    agreed = _agreed_admin1(ranked.values())
    if agreed is not None:
        countries[agreed[0]] += 1
        admin1[agreed[1]] += 1
    return LookupContext(
        countries=tuple(c for c, _ in countries.most_common() if c),
        admin1=tuple(a for a, _ in admin1.most_common() if a),
        points=tuple(dict.fromkeys((m.lat, m.lon) for m in sure if m.feature not in _AREAS)))


def _agreed_admin1(ranked: Iterable[list[Match]]) -> tuple[str, str] | None:
    """The (country, admin1) that the most distinct names have a candidate in, if at least
    :data:`MIN_AGREEING` do and it is the only unit with that many."""
    votes: Counter[tuple[str, str]] = Counter()
    for cands in ranked:
        votes.update({(m.country, m.admin1) for m in cands if m.country and m.admin1})
    top = votes.most_common(2)
    if not top or top[0][1] < MIN_AGREEING or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    return top[0][0]
