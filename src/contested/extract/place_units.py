"""Places the text ties to a country: provinces named with their country ("Cameroon's
North-West region", whose generic name the scan leaves out) and names the text gives a country
("the northern Mozambican town of Palma": not Palma, Spain). Used by
:mod:`contested.extract.places` (component ``extract.places``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from contested.gazetteer.admin2 import KINDS
from contested.gazetteer.keys import name_key
from contested.gazetteer.model import LookupContext, Match
from contested.types import Span

DEMONYM = re.compile(r"^[A-Z][a-z]+(?:i|ian|ese|ish|an|on)$")  # Iraqi, Syrian, ..., Briton

# The country the text gives a place: "the northern Mozambican town of Palma", "Cameroon's
# town of X": a namesake elsewhere (Palma, Spain) is not the place.
_QUALIFIED_BEFORE = re.compile(
    r"\b(?P<country>(?-i:[A-Z][a-z]+))(?:['’]s)?\s+(?:[a-z]+\s+)?"
    r"(?:town|city|village|port|province|region|district|capital)\s+of\s+$"
)
_KIND_OF = re.compile(
    r"\b(?:town|city|village|port|province|region|district|capital)\s+of\s+"
    r"(?P<name>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})"
)
# A province with a generic name the scan leaves out, given its country: "in Cameroon's
# North-West region", "Burkina Faso's Centre-Nord region".
_COUNTRY_UNIT = re.compile(
    r"\b(?P<country>(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?)['’]s\s+(?:[a-z]+\s+)?"
    r"(?P<unit>(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+)){0,2})\s+"
    r"(?:region|province|state|governorate|department|oblast)\b",
    re.IGNORECASE,
)
# ... or in the article's own country: "in the North-West Region" (the kind word capitalised)
_THE_UNIT = re.compile(
    r"\bthe\s+(?P<unit>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,2})\s+"
    r"(?:Region|Province|State|Governorate|Department|Oblast)\b"
)


# A district the text calls one: "in Mudiyah district", "Kanbalu Township", "the county of X",
# "Nduga regency", "the department of Ouallam": a second-order unit whatever a country calls
# it (the gazetteer stores its names with admin2's ``KINDS``; any other reads "district").
_KINDS = "|".join((*KINDS, "regency", "department", "commune", "prefecture", "sub-prefecture",
                   "rayon", "raion", "cercle", "woreda", "upazila", "tehsil",
                   "local government area"))
_DISTRICT = re.compile(
    r"\b(?P<unit>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})\s+"
    rf"(?P<kind>{_KINDS})\b"
    rf"|\bthe\s+(?P<kind2>{_KINDS})\s+of\s+"
    r"(?P<unit2>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})",
    re.IGNORECASE,
)


class Lookup(Protocol):
    """The gazetteer's lookup (the seam; ``contested.gazetteer`` implements it)."""

    def lookup(
        self, name: str, *, country: str | None = None, context: LookupContext | None = None
    ) -> Match | None: ...


class Exact(Protocol):
    """The gazetteer's lookup of a name exactly as written."""

    def exact(self, name: str, *, context: LookupContext | None = None) -> Match | None: ...


class Units(Exact, Lookup, Protocol):
    """Exact lookups, and the (country, admin1) of units known by name only."""

    def regions(self, name: str) -> tuple[tuple[str, str], ...]: ...


@dataclass(frozen=True)
class Unit:
    """A province the text names with its country."""

    span: Span
    name: str
    match: Match


def country_units(
    gaz: Lookup, text: str, span: Span, taken: Sequence[Span], context: LookupContext
) -> list[Unit]:
    """Provinces the sentence at ``span`` names with their country ("Cameroon's North-West
    region") or in the article's own ("the North-West Region") that the scan did not find as
    names of their own."""
    units: list[Unit] = []
    matches = [*_COUNTRY_UNIT.finditer(text, span.start, span.end),
               *_THE_UNIT.finditer(text, span.start, span.end)]
    for m in matches:
        at = m.start("unit")
        if any(t.start <= at < t.end for t in taken):
            continue
        code = _unit_country(gaz, m, context)
        unit = gaz.lookup(m.group("unit"), country=code) if code else None
        if unit is not None and unit.feature == "ADM1" and unit.country == code:
            units.append(Unit(Span(at, m.end("unit")), m.group("unit"), unit))
    return units


def _unit_country(gaz: Lookup, m: re.Match[str], context: LookupContext) -> str | None:
    if "country" not in m.groupdict():
        return context.countries[0] if context.countries else None
    country = gaz.lookup(m.group("country"), country=None)
    return country.country if country is not None and country.feature == "PCLI" else None


def qualified_names(gaz: Lookup, text: str) -> dict[str, Match]:
    """Names the article gives a country ("the northern Mozambican town of Palma"): name ->
    that country, for every mention of the name in the article."""
    found: dict[str, Match] = {}
    for m in _KIND_OF.finditer(text):
        country = _qualifier(gaz, text[max(0, m.start() - 40) : m.start("name")])
        if country is not None:
            found.setdefault(m.group("name"), country)
    return found


def _qualifier(gaz: Lookup, before: str) -> Match | None:
    """The country the text names for the place after ``before`` ("the northern Mozambican
    town of", "Cameroon's town of"), None when it names none."""
    m = _QUALIFIED_BEFORE.search(before)
    if m is None:
        return None
    word = m.group("country")
    country = gaz.lookup(word, country=None)
    if country is None or country.feature != "PCLI":
        return None
    # a demonym ("Mozambican", "Philippine") or the country's own name, not "The town of"
    named = DEMONYM.match(word) or word.endswith("ine") or same_name(word, country.name)
    return country if named else None


def same_name(a: str, b: str) -> bool:
    def key(s: str) -> str:
        return re.sub(r"^(?:al|el|ad|ar|as|ash|at|az)[- ]|[^a-z]", "", s.lower())

    return key(a) == key(b)


def districts(
    gaz: Units, text: str, span: Span, taken: Sequence[Span], context: LookupContext
) -> list[Unit]:
    """Districts the sentence at ``span`` calls districts ("in Mudiyah district") that the scan
    did not find as places of their own, in the article's countries; a district known by name
    only (no town gives it a point) stands for its province ("in Kpendjal prefecture": the
    Savanes region)."""
    units: list[Unit] = []
    for m in _DISTRICT.finditer(text, span.start, span.end):
        group = "unit" if m.group("unit") else "unit2"
        at, name = m.start(group), m.group(group)
        if any(t.start <= at < t.end for t in taken):
            continue
        kind = (m.group("kind") or m.group("kind2")).lower()
        kind = kind if kind in KINDS else "district"
        match = gaz.exact(f"{name} {kind}", context=context)  # no costly near spelling
        if match is None and context.admin1:  # the article's provinces hold an unseen namesake
            match = gaz.exact(f"{name} {kind}", context=replace(context, admin1=()))
        if match is None:
            match = _province_of(gaz, f"{name} {kind}", context)
        if match is None or match.feature not in ("ADM2", "ADM1"):
            continue
        if not context.countries or match.country in context.countries:
            units.append(Unit(Span(at, m.end(group)), name, match))
    return units


def _province_of(gaz: Units, name: str, context: LookupContext) -> Match | None:
    """The province of the one district known by name only that ``name`` ("Kpendjal
    district") denotes in the article's countries, None when none or several."""
    units = {(cc, a) for cc, a in gaz.regions(name) if cc in context.countries}
    if len(units) != 1:
        return None
    country, admin1 = units.pop()
    match = gaz.lookup(admin1, country=country)
    return match if match is not None and match.feature == "ADM1" else None


# The unit the text puts a town in: "at Boma, in the Lac province", "Palma, in Cabo Delgado".
_IN_UNIT = re.compile(
    r"^,\s+(?:in|of)\s+(?:the\s+)?(?:[a-z]+\s+)?"
    r"(?P<unit>(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+)){0,2})"
    r"(?P<kind>\s+(?:province|region|state|governorate|county|department|prefecture|oblast))?"
    r"(?![\w'’])",
    re.IGNORECASE,
)
# ... or in a district, by apposition: "in Ban Phue, Kantharalak district" (no namesake in
# another province: Ban Phue, Udon Thani)
_IN_DISTRICT = re.compile(
    r"^,\s+(?:(?:in|of)\s+(?:the\s+)?)?"
    r"(?P<unit>(?-i:[A-Z][\w-]+)(?:\s+(?-i:[A-Z][\w-]+)){0,2})\s+(?P<kind>district|county)\b",
    re.IGNORECASE,
)


def placed_in(gaz: Units, after: str, match: Match, context: LookupContext) -> Match | None:
    """``match``, unless the text right ``after`` the name puts the town in a province or
    country of another country ("Boma, in the Lac province": Chad, not Boma, Congo): then its
    namesake there, or None when the gazetteer knows none (the province, a place of its own,
    is then the finest known)."""
    if match.feature in ("PCLI", "ADM1"):
        return match
    district = _IN_DISTRICT.match(after)
    if district is not None:
        return _in_district(gaz, district, match, context)
    m = _IN_UNIT.match(after)
    if m is None:
        return match
    unit = gaz.lookup(m.group("unit"), country=None, context=context)
    if (unit is None or unit.feature not in ("PCLI", "ADM1")) and m.group("kind"):
        unit = gaz.lookup(f"{m.group('unit')}{m.group('kind')}", country=None, context=context)
    if unit is None or unit.feature not in ("PCLI", "ADM1") or unit.country == match.country:
        return match
    if not unit.country:
        return match
    there = gaz.lookup(match.name, country=unit.country, context=context)
    return there if there is not None and there.country == unit.country else None


def _in_district(
    gaz: Units, m: re.Match[str], match: Match, context: LookupContext
) -> Match | None:
    """``match``, unless the district the text puts it in ("Ban Phue, Kantharalak district")
    lies in another province of its country: then its namesake in that province, or None when
    the gazetteer knows none (the district, found on its own, is then the finest known)."""
    unit = gaz.exact(f"{m.group('unit')} {m.group('kind').lower()}", context=context)
    if unit is None or unit.feature not in ("ADM2", "ADM1") or unit.country != match.country:
        return match
    if unit.country is None:
        return match
    if not unit.admin1 or not match.admin1 or name_key(unit.admin1) == name_key(match.admin1):
        return match
    there = gaz.lookup(match.name, country=unit.country,
                       context=LookupContext(countries=(unit.country,), admin1=(unit.admin1,)))
    if there is None or not there.admin1 or name_key(there.admin1) != name_key(unit.admin1):
        return None
    return there


# The unit a name holds: "in Si Sa Ket's Kantharalak district": Si Sa Ket is the province
# (a town's namesake, perhaps, but not where it happened).
_OWNS_DISTRICT = re.compile(
    r"['’]s\s+(?:[a-z]+\s+)?(?P<unit>(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2})\s+"
    r"(?P<kind>district|county|township|municipality)\b",
    re.IGNORECASE,
)


def owns_district(
    gaz: Units, sentence: str, end: int, match: Match, context: LookupContext
) -> bool:
    """Whether the text names a district of the place's province as the place's own ("in Si
    Sa Ket's Kantharalak district"): the name stands for the province, not its town. (A
    city's quarter, "Rio de Janeiro's Penha district", is no district the gazetteer holds.)"""
    m = _OWNS_DISTRICT.match(sentence, end)
    if m is None or not match.admin1:
        return False
    unit = gaz.exact(f"{m.group('unit')} {m.group('kind').lower()}", context=context)
    return (unit is not None and unit.feature == "ADM2" and unit.admin1 is not None
            and name_key(unit.admin1) == name_key(match.admin1))


def provinces_by_towns(gaz: Lookup, hits: list[tuple[str, Match]]) -> list[tuple[str, Match]]:
    """``hits`` with a province named like one of another country ("Savanes": Côte d'Ivoire's
    or Togo's) taken in the country of the article's towns in a province of that name
    ("Dapaong", Savanes, Togo), when none of its own country's towns is in it."""
    towns = {(name_key(m.admin1), m.country) for _, m in hits
             if m.feature not in ("PCLI", "ADM1") and m.admin1}
    out = []
    for name, match in hits:
        key = name_key(match.name)
        if match.feature == "ADM1" and (key, match.country) not in towns:
            other = sorted(cc for k, cc in towns if k == key and cc and cc != match.country)
            there = gaz.lookup(name, country=other[0]) if len(other) == 1 else None
            if there is not None and there.feature == "ADM1" and there.country == other[0]:
                match = there
        out.append((name, match))
    return out
