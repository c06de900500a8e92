"""Casualty figures built from a matched phrase: the figure type, the parts a noun phrase
lists and their sum, subsets and ages left out. Part of :mod:`contested.extract.casualties`."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Final, Literal

from contested.extract.casualty_nouns import (
    _HEAD_SEARCH,
    _NP_PART,
    _classify,
)
from contested.extract.casualty_phrases import (
    _MONTH_BEFORE,
    _OF_THE_VICTIMS,
    _PREP_BEFORE,
    _SUBSET_BEFORE,
)
from contested.extract.numbers import QUANTITY_RE, Quantity, parse_quantity
from contested.types import Span, Victims

_I = re.IGNORECASE

COMPONENT: Final = "extract.casualties@6"
Kind = Literal["killed", "injured"]


@dataclass(frozen=True)
class CasualtyFigure:
    """One figure read from the text; ``span`` covers the phrase it was read from."""

    span: Span
    kind: Kind
    value: int | None
    min: int | None = None
    max: int | None = None
    qualifier: str | None = None
    victims: Victims = "unknown"
    breakdown: tuple[tuple[str, int], ...] = ()
    vague: bool = False
    component: str = COMPONENT


@dataclass(frozen=True)
class _Part:
    quantity: Quantity
    victims: Victims
    others: bool


@dataclass(frozen=True)
class _Candidate:
    span: Span
    priority: int
    figures: tuple[CasualtyFigure, ...]
    others: bool = False
    total: bool = False  # a running toll ("the death toll rose to 14")


def _neutralized(cand: _Candidate) -> _Candidate:
    """"Neutralized" is a communique's word for killed: the figure as stated (the gold's
    convention), qualified "neutralized" (it may also count the captured and surrendered:
    :mod:`contested.resolve.figures` reads it as an upper bound when figures are compared)."""
    figures = tuple(replace(f, qualifier=f.qualifier or "neutralized") for f in cand.figures)
    return replace(cand, figures=figures)


def _kinds(verb: str, both: str | None) -> tuple[Kind, ...]:
    v = verb.lower()
    if both:
        return ("killed", "injured")
    if v.startswith(("wound", "injur", "hurt")):
        return ("injured",)
    return ("killed",)


def _none_kinds(verb: str, both: str | None) -> tuple[Kind, ...]:
    v = verb.lower()
    if both or v == "casualties" or v.startswith(("hurt", "harm")):
        return ("killed", "injured")  # "no one was hurt": nobody killed either
    if v.startswith(("wound", "injur")):
        return ("injured",)
    return ("killed",)


def _not_a_count(text: str, at: int, np: str) -> bool:
    """True when the phrase starting at ``at`` is a year, a date, a subset or "no one"."""
    before = text[max(0, at - 24) : at]
    if _SUBSET_BEFORE.search(before):
        return True
    first = np.split(None, 1)[0]
    if not first.isdigit():
        return False
    if _MONTH_BEFORE.search(before):
        return True
    return len(first) == 4 and 1900 <= int(first) <= 2100 and bool(_PREP_BEFORE.search(before))


def _apposition(text: str, m: re.Match[str]) -> bool:
    """"Gary, 32, of Chester, was dead": a bare number between commas is an age."""
    bare = not _HEAD_SEARCH.search(m.group("np"))
    return bare and "," in text[m.end("np") : m.start("verb")]


def _from_np(
    text: str,
    m: re.Match[str],
    kinds: tuple[Kind, ...],
    priority: int,
    label: str = "killed or injured",
) -> _Candidate | None:
    if _OF_THE_VICTIMS.match(text, m.end("np")):
        return None
    subset = _SUBSET.search(text, m.start("np"), m.end("np"))
    parts = _parts(text, m.start("np"), subset.start() if subset else m.end("np"))
    if not parts:
        return None
    span = Span(m.start(), subset.start() if subset else m.end())
    value, low, high, qualifier, vague = _combine(parts)
    victims = _victims(parts)
    breakdown = _breakdown(parts) if victims == "mixed" and not vague else ()
    figures = tuple(
        CasualtyFigure(span, k, value, low, high, qualifier, victims, breakdown, vague)
        for k in kinds
    )
    if len(kinds) == 2:
        figures = tuple(_upper_bound(f, label) for f in figures)
    return _Candidate(span, priority, figures, others=all(p.others for p in parts))


# "32 people, two of them children": the second count is part of the first, not added to it
_SUBSET = re.compile(
    r",?\s+(?:including\s+)?[\w-]+\s+(?:of|among)\s+(?:them|whom)\b|,\s+(?:including|among\s+them)\s",
    re.IGNORECASE,
)


def _parts(text: str, start: int, end: int) -> list[_Part]:
    """The listed parts of a noun phrase ("seven soldiers and one civilian"), or a bare count
    (``end`` already stops before a subset, :data:`_SUBSET`)."""
    listed = list(_NP_PART.finditer(text, start, end))
    if len(listed) > 1 and _speaker(text, listed[-2], listed[-1]):
        listed.pop()
    found = [p for p in map(_part, listed) if p is not None]
    if found:
        return _apposed(text, listed, found)
    phrase = text[start:end].strip()
    if phrase.lower().startswith(("all", "every", "those")):
        head = _HEAD_SEARCH.search(phrase)
        victims = "unknown" if head is None else _classify(head.group(), phrase, "")
        return [_Part(Quantity(None, qualifier="all", vague=True), victims, False)]
    if phrase.lower() in ("a", "an"):
        return []
    quantity = parse_quantity(phrase)
    if quantity is None:  # a count of a noun the lexicon does not know: "51 schoolgirls"
        count = _COUNT_FIRST.match(phrase.lstrip('"“'))
        quantity = None if count is None else parse_quantity(count.group())
        if quantity is not None and quantity.vague:
            return []  # "several diplomats": too loose a count for a noun not known as people
    return [] if quantity is None else [_Part(quantity, "unknown", False)]


_COUNT_FIRST = re.compile(QUANTITY_RE, _I)


def _apposed(text: str, listed: list[re.Match[str]], found: list[_Part]) -> list[_Part]:
    """A count of people followed, after a comma, by the groups it is made of ("13 people,
    eight fighters and five civilians") is that count, not the sum: its parts, when they add
    up to it, are its breakdown; when they add up to less (the list read only in part), the
    count alone."""
    if len(found) != len(listed) or len(found) < 2 or found[0].victims != "unknown":
        return found
    if not text[listed[0].end() : listed[1].start()].lstrip().startswith(","):
        return found
    total, rest = found[0].quantity.value, [p.quantity.value for p in found[1:]]
    if total is None or None in rest or sum(v or 0 for v in rest) > total:
        return found
    return found[1:] if sum(v or 0 for v in rest) == total else found[:1]


_SPEECH_AFTER = re.compile(
    r"[^.;,]{0,80}?\b(?:said|says|told|tells|added|reported|stated|confirmed|according)\b", _I
)


def _speaker(text: str, before: re.Match[str], last: re.Match[str]) -> bool:
    """"wounding three others, a commander in the brigade said": the last part of a list,
    after a bare comma, is the one who tells the toll, not one more victim."""
    joined_by_comma = text[before.end() : last.start()].strip() == ","
    return joined_by_comma and bool(_SPEECH_AFTER.match(text, last.end()))


def _part(m: re.Match[str]) -> _Part | None:
    if m.group("kin") is not None:
        return _Part(Quantity(1), "civilians", False)
    if m.group("aide") is not None:
        return _Part(Quantity(1), "unknown", False)
    if m.group("couple") is not None:
        return _Part(Quantity(2), "civilians", False)
    if m.group("fam") is not None:
        quantity = parse_quantity(m.group("fam"))
        return None if quantity is None else _Part(quantity, "civilians", False)
    quantity = parse_quantity(m.group("qty"))
    if quantity is None:
        return None
    head = m.group("head")
    victims = _classify(head, m.group("mods") or "", m.group("tail") or "")
    return _Part(quantity, victims, head.lower() == "others")


def _combine(parts: list[_Part]) -> tuple[int | None, int | None, int | None, str | None, bool]:
    """(value, min, max, qualifier, vague) of the sum of the parts."""
    qs = [p.quantity for p in parts]
    qualifier = next((q.qualifier for q in qs if q.qualifier), None)
    if any(q.vague for q in qs):
        return None, None, None, qualifier, True
    if all(q.value is not None for q in qs):
        return sum(q.value or 0 for q in qs), None, None, qualifier, False
    low = sum(q.value if q.value is not None else q.min or 0 for q in qs)
    high = sum(q.value if q.value is not None else q.max or 0 for q in qs)
    return None, low, high, qualifier, False


def _victims(parts: list[_Part]) -> Victims:
    groups = {p.victims for p in parts}
    if len(groups) == 1:
        return parts[0].victims
    return "mixed"


def _breakdown(parts: list[_Part]) -> tuple[tuple[str, int], ...]:
    totals: dict[str, int] = {}
    for p in parts:
        if p.quantity.value is not None:
            totals[p.victims] = totals.get(p.victims, 0) + p.quantity.value
    return tuple(totals.items())


def _upper_bound(figure: CasualtyFigure, label: str) -> CasualtyFigure:
    """A figure that counts killed and injured together bounds each kind from above."""
    top = figure.value if figure.value is not None else figure.max
    qualifier = figure.qualifier or label
    return replace(figure, value=None, min=None, max=top, qualifier=qualifier, vague=True)
