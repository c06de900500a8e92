"""A document's geographic context, read from all the place names it mentions.

Two kinds of evidence, as a reader uses them:

- names the gazetteer resolves confidently on their own (``score >= SURE``: "Illinois",
  "Damascus", "Moscow") give their countries, admin1 units and points, and so does a
  county that only one state has ("Edgar County": Illinois; see ``Gazetteer.regions``);
- names that are ambiguous alone may still agree on where the story is: "Paris" and
  "Henry County" both exist in Tennessee, so the admin1 units that the most distinct
  ambiguous names could lie in (at least :data:`MIN_AGREEING` names, at most
  :data:`MAX_TIED` units tied) join the context. Names that are sure do not vote: London,
  Berlin and Amsterdam are also towns of Ohio, but an article naming them is not about Ohio.

The result is a :class:`LookupContext` for ranking each name of the document;
:func:`document_contexts` gives each name the context of the *other* names, read twice
(the second time each in its first context: "Georgia" beside Gainesville and Hall County
is the state, and then tells them so).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
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


@dataclass(frozen=True)
class _Evidence:
    """What one name says about where the document is."""

    countries: tuple[str, ...]
    units: tuple[Unit, ...]  # admin1 units it surely lies in
    points: tuple[tuple[float, float], ...]
    could_be: frozenset[Unit]  # every admin1 unit it may lie in, when it is not sure


def _evidence(gaz: _Ranker, name: str, ctx: LookupContext | None = None) -> _Evidence:
    cands = gaz.candidates(name, limit=CANDIDATES, context=ctx)
    regions = gaz.regions(name)
    sure = cands[0] if cands and cands[0].score >= SURE else None
    units = [(sure.country, sure.admin1)] if sure and sure.country and sure.admin1 else []
    if len(set(regions)) == 1:
        units.append(regions[0])
    countries = [sure.country] if sure and sure.country else []
    return _Evidence(
        countries=tuple(dict.fromkeys(countries + [cc for cc, _ in units])),
        units=tuple(dict.fromkeys(units)),
        points=((sure.lat, sure.lon),) if sure and sure.feature not in _AREAS else (),
        could_be=frozenset() if sure else frozenset(
            {(m.country, m.admin1) for m in cands if m.country and m.admin1} | set(regions)))


def document_context(gaz: _Ranker, names: Iterable[str]) -> LookupContext:
    """Countries, admin1 units and points that the document's place ``names`` point to."""
    return _combine([_evidence(gaz, n) for n in dict.fromkeys(names) if n])


def document_contexts(gaz: _Ranker, names: Iterable[str]) -> dict[str, LookupContext]:
    """For each distinct name, the context the document's *other* names give: a name is
    no evidence for itself ("Palestine" alone must not put the Palestinian territories in
    focus for "Palestine", Texas, beside Anderson County). Two passes: the second reads
    each name in the context of the first."""
    found = {n: _evidence(gaz, n) for n in dict.fromkeys(names) if n}
    first = _others(found)
    # Once more, each name read in its first context: "Georgia" beside Gainesville and Hall
    # County is the state, and then says so to them.
    return _others({n: _evidence(gaz, n, first[n]) for n in found})


def _others(found: dict[str, _Evidence]) -> dict[str, LookupContext]:
    return {n: _combine([e for other, e in found.items() if other != n]) for n in found}


def _combine(evidence: list[_Evidence]) -> LookupContext:
    countries: Counter[str] = Counter()
    admin1: Counter[str] = Counter()
    for e in evidence:
        countries.update(e.countries)
        admin1.update(a for _, a in e.units)
    for cc, a in _agreed_units(evidence):
        countries[cc] += 1
        admin1[a] += 1
    return LookupContext(
        countries=tuple(c for c, _ in countries.most_common()),
        admin1=tuple(a for a, _ in admin1.most_common()),
        points=tuple(dict.fromkeys(p for e in evidence for p in e.points)))


def _agreed_units(evidence: list[_Evidence]) -> list[Unit]:
    """The (country, admin1) units that the most distinct names could lie in, if at least
    :data:`MIN_AGREEING` names do and no more than :data:`MAX_TIED` units tie."""
    votes: Counter[Unit] = Counter()
    for e in evidence:
        votes.update(e.could_be)
    if not votes:
        return []
    best = max(votes.values())
    top = [unit for unit, count in votes.items() if count == best]
    return top if best >= MIN_AGREEING and len(top) <= MAX_TIED else []
