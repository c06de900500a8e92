"""The incident's place: toponyms in the event's own sentences, resolved through the gazetteer.

Component id: ``extract.places@8``. Relational phrases set the precision ("southeast of X" and
"the countryside of X" are near X; "X province" is the province). Places in sentences that do
not belong to the event ("a press conference in Moscow") are never chosen: only sentences of
the mention are searched, and venue phrases are skipped.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from contested.extract.numbers import parse_number
from contested.extract.place_context import KIND_WORDS as _KIND_WORDS
from contested.extract.place_context import names_incident, not_a_place
from contested.extract.place_units import DEMONYM as _DEMONYM
from contested.extract.place_units import (
    Units,
    country_units,
    districts,
    owns_district,
    placed_in,
    provinces_by_towns,
    qualified_names,
    same_name,
)
from contested.gazetteer.keys import name_key
from contested.gazetteer.model import LookupContext, Match
from contested.types import Place, Span

COMPONENT = "extract.places@8"

_NEAR = re.compile(
    r"(?:\b(?:near|outside|close to|around|vicinity of|outskirts of|countryside of|"
    r"(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)? of|"
    r"(?:\d+|\w+) (?:km|kilometres|kilometers|miles) (?:\w+ )?(?:of|from))\s+(?:the\s+)?)$",
    re.IGNORECASE,
)
_PROVINCE_AFTER = re.compile(
    r"^\s*(?:province|governorate|region|countryside|desert)\b", re.IGNORECASE
)
_PROVINCE_NAME = re.compile(
    r"\b((?-i:[A-Z][\w'’-]+)(?: (?-i:[A-Z][\w'’-]+)){0,2})\s+(?:province|governorate)\b",
    re.IGNORECASE,
)
_ADMIN_AFTER = re.compile(r"\s*(?:province|governorate)\b", re.IGNORECASE)
# The text itself calls the name a place ("Abs district", "the town of Basira").
_PLACE_NOUN_AFTER = re.compile(
    r"^\s+(?:district|sub-?district|province|governorate|village|town|city|area|region|camp"
    r"|neighbou?rhood|countryside|desert|valley)\b",
    re.IGNORECASE,
)
_PLACE_NOUN_BEFORE = re.compile(
    r"\b(?:village|town|city|district|province|governorate|area|camp|neighbou?rhood)\s+of\s+$"
    # a list: "the towns of Jermuk, Goris and Vardenis"
    r"|\b(?:villages|towns|cities|districts|provinces|areas|camps)\s+of\s+"
    r"(?:(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))*(?:,\s+|\s+(?:and|or)\s+))*$",
    re.IGNORECASE,
)
# the locative before the name of where something happened: "killed in X", "a raid near X"
_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|on|near|outside|into|around|inside)\s+(?:the\s+)?(?:[a-z]+\s+)?"
    r"(?:(?:town|city|village|camp|district|area|outskirts|countryside|municipality|province"
    r"|region|county|department|prefecture|governorate)\s+of\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
# the unit a located place is in, by apposition: "into the area of Ban Phue, Kantharalak
# District", "in Amalfi, Antioquia"
_APPOSED_BEFORE = re.compile(
    r"\b(?:in|at|near|into|outside)\s+(?:the\s+)?(?:(?:town|city|village|area)\s+of\s+)?"
    r"(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+)){0,2},\s+$",
    re.IGNORECASE,
)
_VILLAGE_BEFORE = re.compile(
    r"\b(?:village|town|city|camp|base|field|plant|neighbou?rhood|district)"
    r"\s+of\s+$",
    re.IGNORECASE,
)
# a curated area: after a town in it; a district ranks by its precision (2): after a town,
# before a province
_FEATURE_RANK = {"PCLI": 5, "ADM1": 4, "area": 1}
_TITLED = re.compile(
    r"\b(?:President|Prime Minister|Minister|Secretary|Gen\.|General|Col\.|Colonel|Mr\.?|Mrs\.?"
    r"|Ms\.?|Dr\.?|King|Emir|Sheikh|Senator|Ambassador)\s+(?P<name>(?-i:[A-Z][a-z]+)"
    r"(?:\s+(?-i:[A-Z][a-z]+))?)"
)
_CAPITAL_NEXT = re.compile(rf"\s+(?!{_KIND_WORDS}\b)[A-Z][a-z]")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*\b")
_ARTICLE_FIRST = re.compile(r"^(?:The|A|An|This|That|Its|Their)\s", re.IGNORECASE)
# "al-Numan", "ash-Shaddadi": a name's word after the transliterated article
_ARTICLE_NAME = re.compile(r"^(?:al|el|ad|ar|as|ash|at|az|ez|an|ed|er|es|et|ath)[-'’][A-Z]")
_MIN_POPULATION = 20_000  # a single capitalised word naming a smaller town is too often a word


def lower_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case: a place name among them is a common word there."""
    return frozenset(_LOWER_WORD.findall(text))


def credible(
    name: str, match: Match, common: frozenset[str] = frozenset(), marked: bool = False
) -> bool:
    """Whether a gazetteer hit is likely a place, not a capitalised word ("Command", "Attacks",
    "The Israeli"); a single word the article also writes in lower case (``common``: "the
    death toll") is a common word there, not a place. A name the text itself calls a place
    (``marked``: "Abs district", "the town of X") is one whatever its population."""
    if _ARTICLE_FIRST.match(name):
        return False
    if " " not in name and name.lower() in common:
        return False
    if match.feature in ("PCLI", "ADM1") or (match.gazetteer_id or "").startswith("custom:"):
        return True
    if marked:
        return True
    words = name.split()
    if len(words) > 1 and all(
        w[:1].isupper() or w.lower() in ("al", "el", "ez", "az") or _ARTICLE_NAME.match(w)
        for w in words[1:]
    ):
        return len(words[0]) > 1 or (match.population or 0) >= _MIN_POPULATION
    return (match.population or 0) >= _MIN_POPULATION


class Gazetteer(Units, Protocol):
    """What extraction needs of a gazetteer (the seam; ``contested.gazetteer`` implements it)."""

    def find_names(self, text: str) -> list[tuple[int, int, str]]: ...


@dataclass(frozen=True)
class Toponym:
    span: Span
    name: str
    match: Match
    precision: int  # ACLED geo_precision 1-3
    located: bool = False  # after a locative ("killed in X"), not a name in passing


Names = Sequence[tuple[int, int, str]]


def article_context(
    gaz: Gazetteer, text: str, skip: Sequence[Span] = (), names: Names | None = None
) -> LookupContext:
    """Countries and provinces the article is about: the context for resolving its toponyms
    (names inside ``skip`` spans, datelines, do not count). ``names`` are the article's
    ``gaz.find_names(text)`` when the caller has them already.

    A small place (not a country, province, curated place or town of 20,000) only counts for
    a country that something weightier in the article already names: "the International
    Committee of the Red Cross" in a story about Yemen does not bring the United States (Red
    Cross, North Carolina) into focus. Without any weightier name, small places count alone. Names their context shows are no place (an outlet, a government, a
    building) do not count."""
    countries: Counter[str] = Counter()
    admin1: Counter[str] = Counter()
    small: list[Match] = []
    support: dict[str, set[str]] = {}  # country -> the names that count for it
    weighty: list[Match] = []
    common = lower_words(text)
    matches: dict[tuple[str, bool], Match | None] = {}
    hits: list[tuple[str, Match]] = []
    for start, end, name in gaz.find_names(text) if names is None else names:
        if any(k.start <= start < k.end for k in skip):
            continue
        province = bool(_ADMIN_AFTER.match(text, end, end + 20))
        if (name, province) not in matches:
            matches[name, province] = _lookup(gaz, name, province)
        match = matches[name, province]
        if match is None or match.country is None or not credible(name, match, common):
            continue
        if not_a_place(text, start, end) or _loose_word(text, start, end, name, match):
            continue
        hits.append((name, match))
    for name, match in provinces_by_towns(gaz, hits):
        if match.country is None:
            continue
        if not _weighty(name, match):
            small.append(match)
            continue
        _count(match, countries, admin1)
        weighty.append(match)
        support.setdefault(match.country, set()).add(_support_key(name, match))
    named = set(countries)
    for match in small:
        if not named or match.country in named:
            _count(match, countries, admin1)
    abroad = _namesakes_abroad(gaz, text, support, countries)
    for country in abroad:
        del countries[country]
    for match in weighty:
        if match.country in abroad and match.admin1:
            admin1[match.admin1] -= 1
    admin1 = +admin1  # without the namesakes' provinces
    return LookupContext(
        countries=tuple(c for c, _ in countries.most_common(3)),
        admin1=tuple(a for a, _ in admin1.most_common(5)),
    )


def _support_key(name: str, match: Match) -> str:
    """How a name supports its country: "*" a country, "" a name written as the gazetteer
    writes it, else the name (a near spelling, perhaps of a namesake)."""
    if match.feature == "PCLI":
        return "*"
    return "" if _spelt_so(name, match) else name


def _spelt_so(name: str, match: Match) -> bool:
    """Whether a town's name is written as the gazetteer writes it (accents, case and
    punctuation aside), not a near spelling ("Chencholai" for Chincholi, India)."""
    def key(s: str) -> str:
        return re.sub(r"[^a-z]", "", unicodedata.normalize("NFKD", s).lower())

    return match.feature in ("PCLI", "ADM1") or key(name) == key(match.name)


def _namesakes_abroad(
    gaz: Gazetteer, text: str, support: dict[str, set[str]], countries: Counter[str]
) -> list[str]:
    """Countries the article knows only from one town's near spelling ("Chencholai" ->
    Chincholi, India) while it names another country outright ("Sri Lanka") at least as often:
    a namesake abroad, not a country of the article. A town the text gives that country ("the
    northern Israeli town of Kiryat Shmona") is no namesake. (``support``: country -> the
    names counted for it, "" for a name written as the gazetteer writes it, "*" for a country.)"""
    outright = [countries[c] for c, names in support.items() if "*" in names]
    if not outright:
        return []
    lone = [c for c, names in support.items()
            if c in countries and len(names) == 1 and not names & {"", "*"}
            and countries[c] <= max(outright)]
    if not lone:
        return []
    qualified = {m.country for m in qualified_names(gaz, text).values()}
    return [c for c in lone if c not in qualified]


def _weighty(name: str, match: Match) -> bool:
    """A name that can set an article's country focus on its own: a country, a province, a
    curated place, or a town of 20,000 named as the gazetteer names it. A town matched under
    another name ("Zeitoun" -> Quanzhou, China; "al-Abbarah" -> Ibarra, Ecuador) only counts
    for a country the article names otherwise, like a small place."""
    if match.feature in ("PCLI", "ADM1") or (match.gazetteer_id or "").startswith("custom:"):
        return True
    return (match.population or 0) >= _MIN_POPULATION and _named_so(name, match.name)


def _named_so(name: str, official: str) -> bool:
    """Whether ``name`` is the gazetteer's own name, transliterations aside ("Deir Ezzor" for
    Deir ez-Zor, "Gaza City" for Gaza), not an alternate name of another place."""
    a, b = name_key(name), name_key(official)
    return bool(a and b) and (a.startswith(b) or b.startswith(a))


def _count(match: Match, countries: Counter[str], admin1: Counter[str]) -> None:
    if match.country is not None:
        countries[match.country] += 1
    if match.admin1:
        admin1[match.admin1] += 1


def toponyms(
    gaz: Gazetteer,
    text: str,
    spans: Sequence[Span],
    context: LookupContext,
    elsewhere: Sequence[Span] = (),
    skip: Sequence[Span] = (),
    names: Names | None = None,
    actors: Sequence[Span] = (),
) -> list[Toponym]:
    """Resolved toponyms inside the given sentence spans, skipping venue phrases, places
    that belong to another incident's trigger (``elsewhere``: "last week's attack on al-Tanf"),
    places inside ``skip`` spans (datelines: where the story was filed), names the context
    shows are something else (an outlet, a building, a government, where people came from)
    and actors' names (``actors``: "Hamas" is not Hamm, Germany) unless they name a country
    or province."""
    found: list[Toponym] = []
    people = person_names(text)
    common = lower_words(text)
    provinces = province_names(text)
    qualified = qualified_names(gaz, text)
    for span in spans:
        sentence = text[span.start : span.end]
        for start, end, name in _names_in(gaz, sentence, span, names):
            at = span.start + start
            if any(t.start <= at <= t.end + 60 for t in elsewhere):
                continue
            if any(k.start <= at < k.end for k in skip):
                continue
            if name in people or not_a_place(sentence, start, end):
                continue
            before, after = sentence[max(0, start - 60) : start], sentence[end : end + 30]
            match = _lookup(gaz, name, bool(_ADMIN_AFTER.match(after)), context)
            if match is not None:  # "Boma, in the Lac province": not Boma, Congo
                match = placed_in(gaz, sentence[end : end + 60], match, context)
            if match is None or _loose_word(sentence, start, end, name, match):
                continue
            if _demonym(name, match) or _actor_name(at, at + len(name), match, actors):
                continue
            located = bool(_LOCATIVE_BEFORE.search(before) or _APPOSED_BEFORE.search(before))
            marked = bool(_PLACE_NOUN_AFTER.match(after) or _PLACE_NOUN_BEFORE.search(before))
            marked = marked or _related(sentence, end, name, match) or (
                located and _in_named_province(name, match, text, names))
            if credible(name, match, common, marked) and _in_focus(match, context):
                precision = 3 if name in provinces else _precision(before, after, match)
                if owns_district(gaz, sentence, end, match, context):
                    precision = 3  # "Si Sa Ket's Kantharalak district": the province
                match = offset(before, match) if precision == 2 else match
                country = qualified.get(name)
                if country is not None and country.country != match.country:
                    match, precision = country, 3  # a namesake: only the country is known
                found.append(Toponym(Span(at, span.start + end), name, match, precision, located))
        taken = [t.span for t in found]
        found.extend(Toponym(u.span, u.name, u.match, 3, True)
                     for u in country_units(gaz, text, span, taken, context))
        found.extend(Toponym(u.span, u.name, u.match, 2 if u.match.feature == "ADM2" else 3, True)
                     for u in districts(gaz, text, span, taken, context))
    return found


_UNIT_KM = {"km": 1.0, "kilometres": 1.0, "kilometers": 1.0, "kilometre": 1.0,
            "kilometer": 1.0, "miles": 1.609, "mile": 1.609, "nautical miles": 1.852,
            "nautical mile": 1.852, "nm": 1.852}
_BEARING = {"north": 0.0, "northeast": 45.0, "east": 90.0, "southeast": 135.0, "south": 180.0,
            "southwest": 225.0, "west": 270.0, "northwest": 315.0}
_DISTANCE_BEFORE = re.compile(
    r"\b(?P<n>\d+(?:\.\d+)?|[a-z]+)\s*(?P<unit>nautical miles?|nm|km|kilomet(?:re|er)s?|miles?)"
    r"\s+(?:to the\s+)?(?P<dir>(?:north|south)?-?(?:east|west)?)(?:ern)?\s+of\s+(?:the\s+)?"
    r"(?:(?:town|city|village|port|coast)\s+of\s+)?$",
    re.IGNORECASE,
)
_MIN_OFFSET_KM = 10.0  # nearer than this the named place is close enough


def offset(before: str, match: Match) -> Match:
    """The point a distance and bearing before the name state ("about 50 nautical miles
    southwest of Aden", "30 km north of Kirkuk"): the named place moved that far that way,
    since that far off it is not where the incident was."""
    m = _DISTANCE_BEFORE.search(before)
    if m is None:
        return match
    bearing = _BEARING.get(m.group("dir").lower().replace("-", ""))
    number = m.group("n").lower()
    value = float(number) if number[0].isdigit() else parse_number(number)
    if bearing is None or value is None:
        return match
    km = value * _UNIT_KM[m.group("unit").lower()]
    if km < _MIN_OFFSET_KM:
        return match
    return replace(match, lat=match.lat + km / 111.2 * math.cos(math.radians(bearing)),
                   lon=match.lon + km / (111.2 * math.cos(math.radians(match.lat)))
                   * math.sin(math.radians(bearing)))


def province_names(text: str) -> frozenset[str]:
    """Names the article calls a province ("Hajjah province"): a province wherever it names
    them ("air raids on Hajjah"), unless it also calls them a city."""
    named = frozenset(m.group(1) for m in _PROVINCE_NAME.finditer(text))
    return frozenset(n for n in named if not re.search(rf"\b{re.escape(n)} city\b", text, re.I))


def _lookup(
    gaz: Gazetteer, name: str, province: bool, context: LookupContext | None = None
) -> Match | None:
    """The gazetteer's match; for "X province" (``province``) that the name alone does not
    find, the province. (A province named by its capital keeps the capital's coordinates, as
    ACLED codes a province-level event at the provincial capital; the precision says 3.)"""
    match = gaz.lookup(name, country=None, context=context)
    if match is None and province:
        return gaz.lookup(f"{name} province", country=None, context=context)
    return match


def _demonym(name: str, match: Match) -> bool:
    """"Iraqi" in "near the Iraqi border" or "Iraqi forces" is no place, though the gazetteer
    maps it to Iraq."""
    return match.feature == "PCLI" and not same_name(name, match.name) and bool(
        _DEMONYM.match(name)
    )


def _actor_name(start: int, end: int, match: Match, actors: Sequence[Span]) -> bool:
    """A name inside an actor's name ("Hamas", "Hezbollah") is the actor, unless it names a
    country or a province ("Israel", "Kurdistan")."""
    if match.feature in ("PCLI", "ADM1"):
        return False
    return any(a.start <= start and end <= a.end for a in actors)


def _names_in(gaz: Gazetteer, sentence: str, span: Span, names: Names | None) -> Names:
    """Names inside the sentence at ``span``, with offsets into the sentence."""
    if names is None:
        return gaz.find_names(sentence)
    return [
        (a - span.start, b - span.start, n) for a, b, n in names if span.start <= a and b <= span.end
    ]


def person_names(text: str) -> frozenset[str]:
    """Names the article gives a person's title ("President Joe Biden"): not places there."""
    return frozenset(
        word for m in _TITLED.finditer(text) for word in m.group("name").split()
    )


def _loose_word(sentence: str, start: int, end: int, name: str, match: Match) -> bool:
    """A single word the gazetteer matched only loosely ("Human" -> Uman, "Toll" -> Tula) is
    no place where its capital may be the sentence's or a longer name's ("Human Rights")."""
    if " " in name or same_name(name, match.name):
        return False
    if name.isupper():
        return True  # an acronym ("SANA", the agency), not a place's name in capitals (Sanaa)
    opens = not sentence[:start].strip() or sentence[:start].rstrip().endswith(("-", "–", ":"))
    return opens or bool(_CAPITAL_NEXT.match(sentence, end))


def _in_named_province(name: str, match: Match, text: str, names: Names | None) -> bool:
    """A town named as the gazetteer names it, in a province the article names too ("in
    Banibangou, in western Niger's Tillaberi region"): a place, however small. (``names``:
    the article's names; without them, no evidence.)"""
    if not names or not match.admin1 or not _named_so(name, match.name):
        return False
    province = name_key(match.admin1)
    return any(name_key(n) == province for _, _, n in names if n != name)


# A name the text locates relative to another place: "in Támara, north of the Honduran
# capital", "Kandaghari, near Madi".
_RELATED_AFTER = re.compile(
    r",\s+(?:(?:about|some|roughly)\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?\s+of|near|outside)\s",
    re.IGNORECASE,
)


def _related(sentence: str, end: int, name: str, match: Match) -> bool:
    """Whether the name, written as the gazetteer writes it, is located by the text relative
    to another place right after it: a place, however small."""
    return bool(_RELATED_AFTER.match(sentence, end)) and _named_so(name, match.name)


def _in_focus(match: Match, context: LookupContext) -> bool:
    """Outside the article's countries only a country itself may be the place."""
    return not context.countries or match.country in context.countries or match.feature == "PCLI"


_RURAL_BEFORE = re.compile(r"\brural\s+$", re.IGNORECASE)  # "rural Idlib": the province


def _precision(before: str, after: str, match: Match) -> int:
    if match.feature in ("ADM1", "PCLI") or _PROVINCE_AFTER.match(after):
        return 3
    if match.feature == "ADM2":
        return 2  # a district (ACLED: 2, near a town or in a district)
    if _RURAL_BEFORE.search(before):
        return 3
    if _NEAR.search(before) and not _VILLAGE_BEFORE.search(before):
        return 2
    return 1


# "al-Harra, southeast of Al Bukamal", "Abu Shouk camp on the northern outskirts of El
# Fasher", "the village of X, 10 km north of Y", "X near Y": X is located relative to Y.
_DIRECTION = (
    r"(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?"
)
_RELATION_BETWEEN = re.compile(
    r"(?:\s+(?:camp|village|town|district|area|neighbou?rhood|suburb|port|field|base)\b)?"
    r",?\s+(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?)?(?:(?:just|some|about|around|roughly)\s+)?"
    r"(?:(?:\d+|[a-z]+)\s*(?:km|kilometres|kilometers|miles)\s+(?:to\s+the\s+)?)?"
    rf"(?:{_DIRECTION}\s+of|near|outside|close\s+to|(?:in|on)\s+the\s+(?:{_DIRECTION}\s+)?"
    r"(?:outskirts|edge|countryside|suburbs|vicinity)\s+of|in\s+the\s+countryside\s+of)"
    r"\s+(?:the\s+)?(?:(?:town|city|village|port|province)\s+of\s+)?",
    re.IGNORECASE,
)


def located_by(text: str, finer: Toponym, anchor: Toponym) -> bool:
    """Whether the text places ``finer`` relative to ``anchor`` ("al-Harra, southeast of Al
    Bukamal"): the finer place, consistent with the one it is located by."""
    if finer.span.end > anchor.span.start or anchor.span.start - finer.span.end > 80:
        return False
    return bool(_RELATION_BETWEEN.fullmatch(text, finer.span.end, anchor.span.start))


def refined(text: str, chosen: Sequence[Toponym], later: Sequence[Toponym]) -> Toponym | None:
    """A place of a later sentence that the text locates relative to a chosen one (the same
    gazetteer entry): "bombed positions in the Al Bukamal area. The strike targeted a position
    in al-Harra, southeast of Al Bukamal" is at al-Harra."""
    ids = {t.match.gazetteer_id for t in chosen}
    for finer in later:
        if finer.match.gazetteer_id in ids or finer.match.feature in ("PCLI", "ADM1"):
            continue
        for anchor in later:
            if anchor.match.gazetteer_id in ids and located_by(text, finer, anchor):
                return finer
    return None


def event_first(tiers: Sequence[Sequence[Toponym]], text: str | None = None) -> list[Toponym]:
    """The places of the event's own sentence, not those of the sentences around it.

    ``tiers`` are the toponyms of the sentence that tells the incident ("an unmanned aircraft
    struck the tanker off the coast of Oman"), then of the sentences around it, nearest in kind
    first ("pointed the finger at Tehran" is no place of the attack): the first tier that names
    a place wins. Where it names only countries or provinces, a finer place in the same country
    from a later tier ("Twelve people were killed in the village of X") may still be chosen.
    Where it names a town, a later place the ``text`` locates relative to that town ("in
    al-Harra, southeast of Al Bukamal") is the finer place and wins."""
    for at, tier in enumerate(tiers):
        if not tier:
            continue
        if any(t.precision < 3 for t in tier):
            finer = refined(text, tier, [t for r in tiers[at + 1 :] for t in r]) if text else None
            return [replace(finer, precision=1)] if finer is not None else list(tier)
        countries = {t.match.country for t in tier}
        later = [t for rest in tiers[at + 1 :] for t in rest if t.match.country in countries]
        return [*tier, *later]
    return []


def named_incident(text: str, toponym: Toponym) -> bool:
    """Whether the text names an incident by the town ("Marikana survivors speak")."""
    if toponym.match.feature in ("PCLI", "ADM1") or toponym.precision == 3:
        return False
    return names_incident(text, toponym.span.end)


def choose_place(found: Sequence[Toponym]) -> Place | None:
    """The most specific toponym of the event; among equals the earliest after a locative
    ("a drone strike in Finote Selam", not the city that speaks), else the earliest."""
    if not found:
        return None
    best = min(found, key=lambda t: (_rank(t), not t.located, t.span.start))
    m = best.match
    return Place(
        name=best.name,
        country=m.country,
        admin1=m.admin1,
        lat=m.lat,
        lon=m.lon,
        geo_precision=best.precision,
        gazetteer_id=m.gazetteer_id,
        feature=m.feature,
        span=best.span,
    )


def _rank(toponym: Toponym) -> tuple[int, int]:
    """Lower is more specific: curated sites (bases, fields, camps), then towns, then regions."""
    feature = toponym.match.feature or ""
    curated = (toponym.match.gazetteer_id or "").startswith("custom:")
    return (_FEATURE_RANK.get(feature, 0) + (toponym.precision - 1), 0 if curated else 1)
