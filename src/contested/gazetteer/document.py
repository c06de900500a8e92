"""A document's geographic context, read from all the place names it mentions.

Two kinds of evidence, as a reader uses them:

- names the gazetteer resolves confidently on their own (``score >= SURE``: "Illinois",
  "Damascus", "Moscow") give their countries, admin1 units and points, and so does a
  county that only one state has ("Edgar County": Illinois; see ``Gazetteer.regions``);
- names that are ambiguous alone may still agree on where the story is: "Paris" and
  "Henry County" both exist in Tennessee, so the admin1 units that the most distinct names
  could lie in (at least :data:`MIN_AGREEING` names, at most :data:`MAX_TIED` units tied)
  join the context.

The result is a :class:`LookupContext` for ranking each name of the document.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Protocol

from contested.gazetteer.model import LookupContext, Match

SURE = 0.7
MIN_AGREEING = 2
MAX_TIED = 3
CANDIDATES = 25
_AREAS = ("PCLI", "ADM1", "CONT")


Unit = tuple[str, str]  # (country, admin1)


class _Ranker(Protocol):
    def candidates(self, name: str, country: str | None = None, limit: int = 10,
                   context: LookupContext | None = None) -> list[Match]: ...

    def regions(self, name: str) -> tuple[Unit, ...]: ...


def document_context(gaz: _Ranker, names: Iterable[str]) -> LookupContext:
    """Countries, admin1 units and points that the document's place ``names`` point to."""
    distinct = [n for n in dict.fromkeys(names) if n]
    ranked = {n: gaz.candidates(n, limit=CANDIDATES) for n in distinct}
    regions = {n: gaz.regions(n) for n in distinct}
    sure = [c[0] for c in ranked.values() if c and c[0].score >= SURE]
    units = [(m.country, m.admin1) for m in sure if m.country and m.admin1]
    units += [r[0] for r in regions.values() if len(set(r)) == 1]
    countries = Counter([m.country for m in sure if m.country] + [cc for cc, _ in units])
    admin1 = Counter(a for _, a in units)
    for cc, a in _agreed_units(ranked, regions):
        countries[cc] += 1
        admin1[a] += 1
    return LookupContext(
        countries=tuple(c for c, _ in countries.most_common()),
        admin1=tuple(a for a, _ in admin1.most_common()),
        points=tuple(dict.fromkeys((m.lat, m.lon) for m in sure if m.feature not in _AREAS)))


def _agreed_units(ranked: dict[str, list[Match]],
                  regions: dict[str, tuple[Unit, ...]]) -> list[Unit]:
    """The (country, admin1) units that the most distinct names could lie in, if at least
    :data:`MIN_AGREEING` names do and no more than :data:`MAX_TIED` units tie."""
    votes: Counter[Unit] = Counter()
    for name, cands in ranked.items():
        votes.update({(m.country, m.admin1) for m in cands if m.country and m.admin1}
                     | set(regions.get(name, ())))
    if not votes:
        return []
    best = max(votes.values())
    top = [unit for unit, count in votes.items() if count == best]
    return top if best >= MIN_AGREEING and len(top) <= MAX_TIED else []
