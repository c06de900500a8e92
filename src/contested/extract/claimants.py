"""Who a claim comes from: named sources, their kind, and relay chains.

Component id: ``extract.claimants@7`` (@7: named unions, rights bodies in French, Spanish
and Portuguese, polícia, observatório). Data: ``contested/data/claimants.json`` (written by us).

Source kinds (``contested.types.SourceKind``, as in the gold format):

==============  ==================================================================================
state_media     outlets owned or run by a party to the conflict: SANA, Syrian TV, IRNA, Tasnim,
                al-Masirah, Saba, RT, Sputnik, Xinhua, Press TV; also an armed group's own
                outlet (Amaq, al-Manar) and "state media" / "official media"
government      civilian state bodies and leaders: ministries (not defence), presidencies, the
                White House, the State Department, the Kremlin, "Damascus", "a US official"
military        armed forces and their spokespeople: the Pentagon, CENTCOM, the coalition, the
                IDF, the Russian Defence Ministry, "a defense official";
                an armed non-state group speaking for itself (the SDF, Hezbollah) counts here
monitor         conflict monitors: SOHR ("the Observatory", "the monitor"), Airwars, ACLED, Deir
                Ezzor 24, Euphrates Post, SNHR; "an activist network"
wire            news agencies that relay others: Reuters, AFP, AP, Anadolu, dpa, EFE
local_official  governors, mayors, local and civil councils, municipalities, health
                directorates, "a local official"
witness         witnesses, eyewitnesses, residents, villagers, relatives, survivors, "local
                activists" (people on the ground, as the gold annotates them)
ngo             the UN and its agencies, the ICRC and Red Crescent, the White Helmets, MSF,
                Amnesty, HRW
unnamed         a source or sources with no institution named ("a source", "sources close to
                ...", "an official who spoke on condition of anonymity"); an adjective the
                reporter adds does not name one ("a military source", "security sources")
media           other outlets reporting on their own account (Al Jazeera, Rudaw, "local media")
==============  ==================================================================================

Relays: "SANA, citing a military source" has originator "a military source" relayed by SANA.
A party's own channel (state media, a government, a military) that relays an anonymous source,
or cites someone it does not name ("Al-Masirah, citing a local official"), owns the claim
(``state_media`` here); a wire relaying anyone is a neutral carrier, so the kind
is the originator's ("a source ... told Reuters" is ``unnamed``).

The JSON shape is ``{"claimants": [{"canonical", "kind", "country", "aliases", "places"}]}``;
:func:`load_claimants` takes an extra file of the same shape, whose entries take precedence.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, cast

from contested.errors import UsageError
from contested.extract.actors import (
    ActorLexicon,
    AliasMatcher,
    alias_key,
    is_locative,
    load_actors,
    read_lexicon,
    unknown_parties,
    words,
)
from contested.types import SourceKind, Span

COMPONENT = "extract.claimants@7"

SOURCE_KINDS: frozenset[str] = frozenset(SourceKind.__args__)  # type: ignore[attr-defined]
# Who owns what it relays from someone unnamed: a party's channel, and a UN agency, an NGO or a
# monitor ("the UN humanitarian office, citing local sources"); a wire or a medium is a carrier.
_PARTY_CHANNELS: tuple[SourceKind, ...] = ("state_media", "government", "military", "ngo", "monitor")

_I = re.IGNORECASE
_STATE_MEDIA = re.compile(
    r"\b(?:state|state-run|state-owned|official|government|regime|"
    r"government-run)[- ](?:media|television|tv|news agency|broadcaster|"
    r"outlets?)\b(?!\s+office)",
    _I,
)
_MILITARY = re.compile(
    r"\b(?:military|army|armed forces|defen[cs]e|troops|commander|(?<!-)(?<!secretary )(?<!attorney )"
    r"(?<!director )(?<!inspector )(?<!auditor )(?<!prosecutor )(?<!solicitor )general|major-general"
    r"|colonel|lieutenant|brigadier|admiral|officers?|brigades?|navy|naval|corps|ground forces?|"
    r"air force|pentagon|joint staff|command|coalition|security forces|militia|militias|rebels?|"
    r"insurgents?|jihadists?|separatists?|militants?|national guard|guardia nacional|gendarmerie"
    r"|gendarmes|rangers|marines|coast guard|paramilitar(?:y|ies)"
    # security services: "the border service", "the State Border Guard Service", "the National
    # Security Committee", "the State Security Service", "the intelligence agency"
    r"|border\s+(?:guards?|guard\s+service|service|troops|forces|protection)"
    r"|(?:state|national)\s+security\s+(?:service|committee|agency|bureau|directorate)"
    r"|committee\s+(?:for|of)\s+(?:state|national)\s+security"
    r"|security\s+(?:service|services)|intelligence\s+(?:service|services|agency|directorate)"
    r"|(?:centre|center)\s+for\s+national\s+security"
    # a rank before a name: "Captain Atonfack", "Col Pramote", "Maj. Gen. Ali"
    r"|(?:captain|capt|major|maj|sergeant|sgt|corporal|cpl|col|lt|gen|brig)(?=\.?\s+(?-i:[A-Z]))"
    # an armed group speaking for itself: "a gang leader", "the cartel said"
    r"|gangs?|cartels?)\b",
    _I,
)
_SOURCE_MILITARY = re.compile(
    r"(?<!-)\b(?:military|army|security|defen[cs]e|intelligence|"
    r"navy|naval|pentagon)\b",
    _I,
)
_POLICE = re.compile(r"\bpolice\b", _I)
_MINISTER = re.compile(
    r"\b(?:defen[cs]e|war)\s+(?:secretary|minister)\b|\bgovernment\s+(?:[\w-]+\s+){0,2}office\b", _I
)
_LOCAL_MODIFIER = re.compile(
    r"\b(?:local|provincial|municipal|district|city|village|town|"
    r"regional)\b",
    _I,
)
_LOCAL = re.compile(
    r"\b(?:(?:deputy )?governor|mayor|mukhtar|sheriff|councill?ors?|municipality|police(?!\s+sources?\b)|pol[ií]c[ií]a|health directorate|"
    r"(?:regional|oblast|provincial|city|district|municipal|county) (?:military |state )?administration|"
    r"(?:local|provincial|municipal|city|village|civil|district|town)(?:['’]s)? (?:council|authorities|"
    r"administration|officials?|chief|head|director)|local official"
    r"|\w+-(?:installed|appointed)"  # "Moscow-installed officials": an occupying state's local men
    r"|(?:district|county|regional|deputy|area)\s+commissioner|(?:sub-)?prefect"
    # "the district's health centre director", "the provincial health chief"
    r"|(?:district|provincial|regional|municipal|county)(?:['’]s)?\s+(?:[\w-]+\s+){1,2}"
    r"(?:director|chief|head)"
    r"|(?:district|regional|county|provincial|local)\s+administrator"
    r"|(?:provincial|municipal|district|city|town|county|prefectural)\s+government"
    r"|(?:provincial|district|municipal|regional|state|city|county)\s+(?:disaster|emergency)"
    r"\s+(?:office|agency|management|authority|committee|department)"
    r"|village\s+(?:head|chief|headman)|traditional\s+ruler|local\s+government\s+chairman"
    r"|chairman\s+of\s+(?:the\s+)?(?:[\w-]+\s+)?local\s+government"
    # a federal country's state ("the Sinaloa state prosecutor's office", "Borno State
    # government"), not a nation ("Islamic State", "the state news agency")
    r"|(?<!Islamic )(?<!Arab )(?<!Member )(?!(?:The|This|That|Its|Their|A|An)\s)(?-i:[A-Z][\w'’-]+)\s+state\s+(?:prosecutor|attorney"
    r"|police|government|governor|assembly|health|emergency|security|commissioner|authorities"
    r"|officials?|administration|secretar\w+|disaster)"
    r"|(?:regional|zonal|district|state|provincial|departmental|municipal)\s+health\s+(?:bureau|office"
    r"|department|secretar\w*|authorit\w+)"
    r"|(?:director|head|chief|mayor)\s+of\s+(?:the\s+)?[\w\s'’-]{1,40}?(?:district|sub-district"
    r"|municipality|governorate|province|council|town|village|city))\b",
    _I,
)
_WITNESS = re.compile(
    r"\b(?:(?:eye-?)?witness(?:es)?|residents?|villagers?|survivors?|relatives?|neighbou?rs?|"
    r"passengers?|worshippers?|pilgrims?|"
    r"locals|passers?-by|farmers?|shop ?keepers?|traders?|vendors?|fisherm[ae]n|inhabitants?|activists?(?!\s+(?:network|group))|"
    r"(?:(?:local|village|tribal|community|clan)\s+(?:elders?|leaders?)|elders|community\s+leaders?)"
    r"(?!['’]?\s*(?:forum|council|association|organi[sz]ation|group|union))|"
    r"(?:man|woman|boy|girl|father|mother)\s+who\s+(?:survived|witnessed|saw|lost|was\s+wounded)|"
    # "the mother of an inmate", "the brother of one of the victims", "the family of a victim"
    r"(?:mother|father|brother|sister|son|daughter|wife|husband|widow|uncle|aunt|cousin|nephew"
    r"|niece|parents?|family|families|relative)\s+of\s+(?:an?|the|one|two|three|several|some)\s|"
    r"(?:a|one) local(?!\s+\w))\b",
    _I,
)
# Volunteer, medical and aid networks speak for no government or army ("the El Fasher
# Emergency Response Room", "a network of neighbourhood volunteers", "the Sudan Doctors Network").
_NGO = re.compile(
    r"\b(?:emergency response rooms?|(?:medics|medical|doctors['’]?|physicians['’]?|nurses['’]?"
    r"|volunteers['’]?|volunteer|rescue|relief|aid|humanitarian|charity|rights|human rights)\s+"
    r"(?:network|group|groups|organi[sz]ations?|union|committee|syndicate|society|collective)"
    r"|network of (?:[\w-]+ ){0,2}volunteers|(?:local |neighbou?rhood |community )?volunteers"
    r"|aid (?:agency|agencies|workers?)|charity|charities|non-governmental organi[sz]ations?|NGOs?"
    r"|civil\s+society\s+(?:group|groups|organi[sz]ations?|coalition|network)|leaders['’]?\s+forum"
    # "the Permanent Committee for the Defence of Human Rights", "a civil body"
    r"|(?:committee|commission|centre|center|league|council|institute|foundation|coalition"
    r"|association|network|organi[sz]ation|movement|alliance|union|group)\s+(?:for|of|on)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:(?:human|civil)\s+rights|torture|disappearances)"
    r"|civi[lc]\s+(?:body|bodies|organi[sz]ations?|groups?)"
    # "the Chadian Human Rights League", "a rights commission"
    r"|(?:human\s+)?rights\s+(?:league|commission|committee|council|cent(?:re|er)|association"
    r"|organi[sz]ations?|groups?|network|defenders|foundation|institute|body|bodies|lawyers?)"
    r"|(?:indigenous|tribal|community|students['’]?|women['’]s|victims['’]?)\s+(?:council|forum"
    r"|organi[sz]ation|association|group|collective|movement)"
    r"|ambulance (?:service|services|network|crews?|workers?|teams?|volunteers)"
    # churches and unions speak for no party: "the Catholic diocese", "a union leader"
    r"|(?:arch)?dioceses?|(?:arch)?bishops?|(?:catholic|anglican|protestant|evangelical)\s+"
    r"(?:church|mission)|(?:trade|labou?r|workers['’]?|teachers['’]?|journalists['’]?|farmers['’]?"
    r"|miners['’]?|transport)\s+unions?|union\s+(?:leaders?|officials?|representatives?)"
    # a named union ("the National Union of Mineworkers", "the Association of Mineworkers and
    # Construction Union") and rights bodies named in French, Spanish or Portuguese
    r"|union\s+of\s+(?:[\w-]+\s+){0,3}?(?:workers|mineworkers|miners|teachers|journalists|farmers"
    r"|employees|students|doctors|nurses)|(?:mineworkers|workers['’]?|miners['’]?)\s+(?:and\s+"
    r"[\w-]+\s+)?union|droits\s+(?:humains|de\s+l['’]homme)|derechos\s+humanos|direitos\s+humanos)\b",
    _I,
)
_MONITOR = re.compile(
    r"\b(?:activist (?:network|group)s?|monitor|monitors|observatory|observat[oó]rio|observatoire"
    r"|monitoring group)\b",
    _I,
)
_MEDIA = re.compile(
    r"\b(?:media|television|tv|channel|newspaper|daily|news agency|news site|news|broadcasters?"
    r"|radio|"
    r"outlets?|reporters?|journalists?|correspondents?)\b",
    _I,
)
_GOVERNMENT = re.compile(
    r"\b(?:government|ministry|ministries|minister|ministers|president|presidency|premier|department|"
    r"foreign|embassy|ambassador|envoy|authorities|administration|cabinet|parliament|directorate|"
    r"lawmakers?|senator|congressman|secretary|spokes(?:man|woman|person|men|people)|king|emir|"
    r"crown prince|diplomats?|officials?|state|prosecutors?|prosecutor-general|attorney[- ]general"
    r"|leadership"
    r"|ombudsman|defensor[ií]a|(?:public\s+)?prosecution(?:\s+service)?|"
    r"(?:disaster|emergency|civil\s+protection)\s+(?:management\s+)?"
    r"(?:agency|authority|service|department|directorate)|civil\s+protection"
    r"|(?:supreme|political|sovereign(?:ty)?|presidential"
    r"|leadership|national security|ruling|transitional) council)\b",
    _I,
)
_ANONYMOUS = re.compile(
    r"\b(?:sources?|unnamed|anonymous|anonymity|unidentified|familiar with|"
    r"who (?:asked|declined|requested))\b",
    _I,
)
_HEAD = re.compile(
    r"\b(?P<head>sources?|officials?|officers?)\b(?!\s+(?:media|news|statement|figures?"
    r"|commanding)\b)",
    _I,
)
_UNNAMED_BY_CHOICE = re.compile(
    r",\s*(?:who|speaking|talking)\b.*\b(?:anonymity|anonymously|not\s+to\s+be\s+(?:named"
    r"|identified)|not\s+authori[sz]ed)\b",
    _I | re.DOTALL,
)
_WIRE_NAME = re.compile(r"\b(?:wire|press agency|news service)\b", _I)
_INSTALLED = re.compile(r"\w-(?:installed|appointed)\b", _I)
_IN_INSTITUTION = re.compile(r"\s+(?:in|within|inside|from|with|at)\s+(?P<org>.+)$", _I | re.DOTALL)
_UNINFORMATIVE = words(
    "a an the one two three several some other many senior top high-ranking unnamed anonymous "
    "unidentified informed knowledgeable well-placed its his their"
)
_NAMES_A_PLACE = re.compile(
    r"\s+(?:hospitals?|university|airport|stadium|mosque|bridge|street|avenue|square|school"
    r"|office)\b",
    _I,
)
# A name the lexicon holds that opens with "the" and runs on in capitals names another body
_RUNS_ON = re.compile(r"[ \t]+(?-i:[A-Z])[a-z]")
_LOCATIVE_TAIL = re.compile(r"\s+(?:to|in|at|on|near|inside)\s+.*$", re.DOTALL)

# Generic claimant phrases in running text: [det] [modifiers] ROLE [of/for ORG] [Person Name].
_MODIFIERS = (
    "military|security|defen[cs]e|local|senior|top|high-ranking|unnamed|anonymous|unidentified|"
    "government|provincial|municipal|district|medical|informed|diplomatic|intelligence|police|"
    "health|army|state|official|regional|rebel|opposition|tribal|foreign|interior|deputy|former|"
    "press|media|humanitarian|western|kurdish|civil|defense|defence|field|hospital"
)
_TITLES = (
    "spokes(?:man|woman|person)|minister|governor|mayor|commander|ambassador|envoy|"
    "director|chief|official|secretary"
)
_ROLES = (
    _TITLES + "|officials|sources?|(?:eye)?witness(?:es)?|residents?|villagers?|"
    "activists?|medics|doctors|rescuers|paramedics|survivors|relatives|locals|"
    "spokesmen|spokespeople|monitor"
)
_ADJECTIVAL = (
    r"(?!\s+(?:account|media|news|statement|figures?|data|toll|channels?|website|"
    r"page|results?|count|reports?|estimates?|letter|visit|version)\b)"
)
_PHRASE = re.compile(
    r"(?<![\w-])(?:(?i:an?|the|one|two|three|four|several|some|other|many|its|his|their)[ \t]+)?"
    r"(?:(?:[A-Z][\w.'’&]*(?:-\w+)*|pro-\w+|(?:of|and|for)(?=[ \t]+[A-Z])|(?i:"
    + _MODIFIERS
    + r"))[ \t]+){0,6}(?P<head>(?i:"
    + _ROLES
    + r"))\b"
    + _ADJECTIVAL
)
_TITLE = re.compile(r"(?i:" + _TITLES + r")$")
_POST_ORG = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|and|"
    r"for|al-\w+)){0,6}"
)
_NAME = re.compile(r"\s+(?:[A-Z][\w.'’-]+)(?:\s+[A-Z][\w.'’-]+){0,3}")
_NOT_NAMES = words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december said told on in at"
)
_LEADING_NOISE = words(
    "however but and meanwhile also in on at after earlier later yesterday today both while "
    "when as so yet then of for"
)

# Relay structures, tried in order on a claimant phrase.
_RELAY_PATTERNS: tuple[tuple[re.Pattern[str], bool], ...] = (
    # (pattern, relay-first): relay-first patterns name the relay before the originator
    (
        re.compile(
            r"^(?P<relay>.+?),?\s+(?:(?:reports?|reported|said|says)\s*,?\s*)?(?:citing|"
            r"quoting)\s+(?P<orig>.+)$",
            _I | re.DOTALL,
        ),
        True,
    ),
    (
        re.compile(
            r"^(?P<orig>.+?)\s*\((?:via|per|through|quoted by|cited by|citing|told|to)\s+"
            r"(?P<relay>[^)]+)\)\s*$",
            _I | re.DOTALL,
        ),
        False,
    ),
    (
        re.compile(
            r"^(?P<orig>.+?),?\s+(?:told|said to|speaking to|talking to|in an interview with|"
            r"(?:as )?quoted by|(?:as )?cited by|according to|via|(?:as )?reported by|"
            r"(?:in (?:a statement|comments|remarks) )?carried by)\s+(?P<relay>[^,;()]+?)"
            r"(?:\s+(?:in|on|about|that|after|adding)\b.*)?$",
            _I | re.DOTALL,
        ),
        False,
    ),
    (
        re.compile(
            r"^(?P<relay>.+?)\s+(?:quoted|cited)\s+(?P<orig>.+?)(?:,?\s+as saying\b.*)?$",
            _I | re.DOTALL,
        ),
        True,
    ),
)
# "SANA, citing a local official": a party's channel citing someone it does not name owns the claim
_CITING = re.compile(r"\b(?:citing|quoting)\b", _I)
_GENERIC = re.compile(r"^(?:an?|one|two|several)\s+(?-i:[a-z][\w-]*)(?:\s+(?-i:[a-z][\w-]*)){0,4}$", _I)
_LEAD_IN = re.compile(r"^(?:according to|as per(?: claims by)?|per|citing)\s+", _I)
_RELAY_VERB_TAIL = re.compile(r"\s+(?:reports?|reported|said|says|news agency reported)$", _I)


@dataclass(frozen=True)
class ClaimantHit:
    """A claimant named in text. ``name`` is as written; ``canonical`` is the lexicon entry it
    names (``None`` for a generic phrase like "a military source")."""

    span: Span
    name: str
    canonical: str | None
    kind: SourceKind
    component: str = COMPONENT


@dataclass(frozen=True)
class Relay:
    """``originator`` first made the claim; ``relays`` carried it, outermost (the one the
    reader sees first) first."""

    originator: str
    relays: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Entry:
    canonical: str
    kind: SourceKind
    place: bool = False


def parse_relay(phrase: str) -> Relay:
    """Split a claimant phrase into originator and relays.

    "SANA, citing a military source" -> Relay("a military source", ("SANA",));
    "a source ... told Reuters" -> Relay("a source ...", ("Reuters",)).
    """
    text = _LEAD_IN.sub("", _strip(phrase))
    for pattern, relay_first in _RELAY_PATTERNS:
        match = pattern.match(text)
        if match is None:
            continue
        relay = _RELAY_VERB_TAIL.sub("", _LEAD_IN.sub("", _strip(match.group("relay"))))
        origin = _strip(match.group("orig"))
        if not relay or not origin:
            continue
        inner = parse_relay(origin)
        if relay_first:
            return Relay(inner.originator, (relay, *inner.relays))
        return Relay(inner.originator, (*inner.relays, relay))
    return Relay(text)


def _strip(text: str) -> str:
    return " ".join(text.split()).strip(" \"'“”‘’,.;:")


def _clean(phrase: str) -> str:
    text = re.sub(r"\s*\([^)]*\)", "", phrase)
    return _LEAD_IN.sub("", _strip(text))


class ClaimantLexicon:
    """Named claimants plus the head-noun rules of :meth:`classify`."""

    def __init__(
        self, entries: Mapping[str, list[_Entry]], aliases: list[str], actors: ActorLexicon
    ) -> None:
        self._entries = {key: tuple(value) for key, value in entries.items()}
        self._matcher = AliasMatcher(aliases, block_compounds=False)
        self._actors = actors

    @classmethod
    def load(cls, extra: Path | None = None) -> ClaimantLexicon:
        """The built-in lexicon, extended by the JSON file ``extra`` (cached)."""
        return load_claimants(extra)

    # ------------------------------------------------------------------ finding

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[ClaimantHit]:
        """Claimants named in ``text[start:end]``: lexicon names and generic role phrases
        ("a military source", "witnesses", "the governor of Deir ez-Zor"), leftmost-longest."""
        named = self._named(text, start, end)
        generic = [self._generic_hit(text, span, named) for span in _phrases(text, start, end)]
        chosen: list[ClaimantHit] = []
        for hit in sorted([*named, *generic], key=lambda h: (h.span.start, -h.span.end)):
            if not chosen or not hit.span.overlaps(chosen[-1].span):
                chosen.append(hit)
        return chosen

    def _named(self, text: str, start: int = 0, end: int | None = None) -> list[ClaimantHit]:
        hits = []
        for hit_start, hit_end, key in self._matcher.finditer(text, start, end):
            entry = self._entries[key][0]
            if entry.place and is_locative(text, hit_start):
                continue
            if _NAMES_A_PLACE.match(text, hit_end):
                continue  # "Erdogan hospital", "Government Media Office": another body
            if text[hit_start : hit_start + 4].lower() == "the " and _RUNS_ON.match(text, hit_end):
                continue  # "the National Security Committee" is not the newspaper The National
            hits.append(
                ClaimantHit(
                    Span(hit_start, hit_end), text[hit_start:hit_end], entry.canonical, entry.kind
                )
            )
        return hits

    def _generic_hit(self, text: str, span: Span, named: list[ClaimantHit]) -> ClaimantHit:
        inside = next((h.canonical for h in named if span.contains(h.span)), None)
        name = span.of(text)
        return ClaimantHit(span, name, inside, self.classify(name))

    # ------------------------------------------------------------------ classifying

    def classify(self, phrase: str) -> SourceKind:
        """Kind of a free claimant phrase; ``"unnamed"`` when no rule applies."""
        return self.match_kind(phrase) or "unnamed"

    def match_kind(self, phrase: str) -> SourceKind | None:
        """Kind of a claimant phrase, or ``None`` when nothing in it says what it is."""
        relay = parse_relay(phrase)
        if relay.relays:
            return self._relayed_kind(relay, bool(_CITING.search(phrase)))
        text = _clean(relay.originator)
        if not text:
            return None
        if _UNNAMED_BY_CHOICE.search(text):
            return "unnamed"  # "a U.S. official, speaking on condition of anonymity"
        return (
            self._exact(text)
            or self._exact_part(text)
            or _state_media(text)
            or _civilian_office(text)
            or self._head_kind(text)
            or _rule_kind(text)
            or self._cascade(_LOCATIVE_TAIL.sub("", text))
        )

    def outlet_kind(self, name: str) -> SourceKind:
        """Kind of an outlet reporting on its own account: the lexicon's (a wire, a party's
        state media), a wire by its name ("Tigris Wire"), else a medium."""
        text = _clean(name)
        known = self._exact(text) or _state_media(text)
        if known is not None:
            return known
        return "wire" if _WIRE_NAME.search(text) else "media"

    def chain_kind(self, phrase: str, originator: str, relays: tuple[str, ...]) -> SourceKind:
        """Kind of the claimant ``phrase`` whose claim ``originator`` made and ``relays``
        carried, also where the relay is named outside the phrase ("a military source" who
        told SANA: SANA's own channel owns it, ``state_media``)."""
        if not relays or parse_relay(phrase).relays:
            return self.classify(phrase)
        return self._relayed_kind(Relay(originator, relays)) or "unnamed"

    def _relayed_kind(self, relay: Relay, citing: bool = False) -> SourceKind | None:
        origin_kind = self.match_kind(relay.originator)
        generic = citing and _GENERIC.match(relay.originator) is not None
        if origin_kind is None or generic or _ANONYMOUS.search(relay.originator):
            for relay_kind in (self.match_kind(r) for r in relay.relays):
                if relay_kind in _PARTY_CHANNELS:
                    return relay_kind
        return origin_kind

    def _exact(self, text: str) -> SourceKind | None:
        key = alias_key(re.sub(r"^the\s+", "", text, flags=_I))
        entries = self._entries.get(key) or self._entries.get(alias_key(text))
        return entries[0].kind if entries else None

    def _exact_part(self, text: str) -> SourceKind | None:
        """"The National Unity Government, the civilian administration in exile": a name the
        lexicon holds, with its apposition (either side of the comma)."""
        parts = text.split(", ", 1)
        if len(parts) < 2:
            return None
        return self._exact(parts[0]) or self._exact(parts[1])

    def _head_kind(self, text: str) -> SourceKind | None:
        match = _HEAD.search(text)
        if match is None:
            return None
        premod = text[: match.start()]
        if _INSTALLED.search(premod):
            return "local_official"  # "Moscow-installed officials", not Moscow's government
        named = self._named(premod)
        if named:
            return named[0].kind
        if match.group("head").lower().startswith("source"):
            # "a military source": described by the reporter, not an institution; "sources in
            # the Popular Mobilisation Forces" name one
            return self._institution_after(text[match.end() :]) or "unnamed"
        if _SOME_POLICE.match(premod) and not _IN_INSTITUTION.match(text[match.end() :]):
            return "unnamed"  # "a senior police officer": no force named, as "a military source"
        kind = _official_kind(premod) or self._actor_kind(premod)
        if kind is None and match.group("head").lower().startswith("officer"):
            return "military"  # "a senior officer", "an Israeli officer"
        return kind or _informative(premod)

    def _institution_after(self, tail: str) -> SourceKind | None:
        m = _IN_INSTITUTION.match(tail)
        if m is None:
            return None
        org = m.group("org")
        named = self._named(tail, m.start("org"))  # sees the "in" of "sources in Baghdad"
        if named:
            return named[0].kind
        if not any(h.form == "name" for h in self._actors.find(org)):
            return None  # "security sources in Baghdad": a place, not an institution
        return "military" if self._armed_group(org) else self._actor_kind(org)

    def _cascade(self, text: str) -> SourceKind | None:
        named = self._named(text)
        if named:
            return named[0].kind
        if self._armed_group(text):  # "a Kataib Hezbollah spokesman", "the PMF media office"
            return _organ_kind(text) or "military"
        if _PERSON_OFFICE.match(text):
            return "government"  # "Bashagha's office": a leader's own office
        for pattern, kind in _CASCADE:
            if pattern.search(text):
                return kind
        return self._actor_kind(text) or ("unnamed" if _ANONYMOUS.search(text) else None)

    def _armed_group(self, text: str) -> bool:
        """An armed non-state group speaks for itself (as a ``military`` claimant)."""
        hits = [h for h in self._actors.find(text) if h.form != "descriptor"]
        if not hits:  # a group the lexicon does not know, by its name's shape
            hits = [h for h in unknown_parties(text, 0, len(text)) if h.form == "name"]
        return bool(hits) and hits[0].kind in ("non_state", "militia")

    def _actor_kind(self, text: str) -> SourceKind | None:
        hits = [h for h in self._actors.find(text) if h.form != "descriptor"]
        if not hits:
            return None
        if hits[0].kind == "state":
            return "military" if _MILITARY.search(hits[0].alias) else "government"
        return "military"


_PERSON_OFFICE = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w.'’-]+['’]s?\s+(?:press\s+|media\s+|private\s+)?"
    r"office$"
)
_CASCADE: tuple[tuple[re.Pattern[str], SourceKind], ...] = (
    (_MILITARY, "military"),
    (_MONITOR, "monitor"),
    (_MEDIA, "media"),
    (_GOVERNMENT, "government"),
)


def _state_media(text: str) -> SourceKind | None:
    return "state_media" if _STATE_MEDIA.search(text) else None


def _civilian_office(text: str) -> SourceKind | None:
    """A defence secretary or minister is a member of the government, not of the army; a
    government media office is the government's, not a medium."""
    return "government" if _MINISTER.search(text) else None


# "an association of relatives of the victims": the body speaks, not the relatives
_ASSOCIATION = re.compile(
    r"^(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}?(?:association|federation|foundation|union"
    r"|society|collective)\s+(?:of|for)\b",
    _I,
)
# The organ a phrase names says what it is, whoever runs it: "the Taliban administration's
# spokesman", "the Hamas-run health ministry" (a government); "the Taliban's defence ministry"
# (an army).
_MILITARY_ORGAN = re.compile(
    r"\b(?:defen[cs]e\s+ministry|ministry\s+of\s+(?:national\s+)?defen[cs]e|general\s+staff"
    r"|armed\s+forces|army|military)\b",
    _I,
)
_CIVIL_ORGAN = re.compile(
    r"\b(?:government|administration|presidency|cabinet|(?:foreign|interior|health|information)"
    r"\s+ministry|ministry\s+of\s+(?:foreign\s+affairs|(?:the\s+)?interior|health|information)"
    r"|foreign\s+office|prime\s+minister['’]s\s+office)\b",
    _I,
)


def _organ_kind(text: str) -> SourceKind | None:
    if _MILITARY_ORGAN.search(text):
        return "military"
    return "government" if _CIVIL_ORGAN.search(text) else None


# A hospital speaking as a body ("Soroka hospital said", "the hospital said"), not its staff
_HOSPITAL = re.compile(
    r"^(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}(?i:hospital|medical\s+cent(?:re|er)|clinic)$"
)


def _rule_kind(text: str) -> SourceKind | None:
    if _ASSOCIATION.search(text) or _HOSPITAL.match(text):
        return "ngo"
    if _WITNESS.search(text):
        return "witness"
    if _NGO.search(text):
        return "ngo"
    if _LOCAL.search(text):
        return "local_official"
    if _MONITOR.search(text):
        return "monitor"
    return None


_SOME_POLICE = re.compile(
    r"^(?:an?|one|two|three|several|some)\s+(?:(?:senior|junior|top|high-ranking|mid-level)\s+)?"
    r"police\s*$",
    _I,
)


def _official_kind(premod: str) -> SourceKind | None:
    if _POLICE.search(premod) or _LOCAL_MODIFIER.search(premod):
        return "local_official"
    if re.search(r"\bsecurity\s*$", premod, _I):
        return "unnamed"  # "a security official": no institution named
    if _SOURCE_MILITARY.search(premod):
        return "military"
    return None


def _informative(premod: str) -> SourceKind:
    """'a US official', 'a government official' -> government; 'a senior official' -> unnamed."""
    tokens = [w for w in re.findall(r"[\w.'’-]+", premod) if w.lower() not in _UNINFORMATIVE]
    if any(w[:1].isupper() for w in tokens) or _GOVERNMENT.search(premod) or "health" in tokens:
        return "government"
    return "unnamed"


def _phrases(text: str, start: int, end: int | None) -> list[Span]:
    stop = len(text) if end is None else end
    spans = []
    for match in _PHRASE.finditer(text, start, stop):
        first, last = _trim_leading(text, match.start(), match.start("head")), match.end()
        if _TITLE.match(match.group("head")):
            last = _extend_title(text, last, stop)
        spans.append(Span(first, last))
    return spans


def _trim_leading(text: str, start: int, head: int) -> int:
    while start < head:
        word = re.match(r"\S+\s+", text[start:head])
        if word is None or word.group().strip().lower() not in _LEADING_NOISE:
            break
        start += word.end()
    return start


def _extend_title(text: str, end: int, stop: int) -> int:
    """'spokesman' + ' for the Israeli army' + ' Avichay Adraee'."""
    post = _POST_ORG.match(text, end, stop)
    if post is not None:
        end = post.end() - len(re.search(r"(?:\s+(?:of|and|for))*$", post.group()).group())  # type: ignore[union-attr]
    name = _NAME.match(text, end, stop)
    if name is not None:
        tokens = name.group().split()
        kept = next((i for i, w in enumerate(tokens) if w.lower() in _NOT_NAMES), len(tokens))
        if kept:
            end += name.group().index(tokens[kept - 1]) + len(tokens[kept - 1])
    return end


def _add(entries: dict[str, list[_Entry]], aliases: list[str], raw: Any, origin: str) -> None:
    if not isinstance(raw, Mapping) or not isinstance(raw.get("canonical"), str):
        raise UsageError(f"{origin}: each claimant needs a 'canonical' name")
    kind = raw.get("kind")
    if kind not in SOURCE_KINDS:
        raise UsageError(
            f"{origin}: claimant {raw['canonical']!r} has kind {kind!r}; use one "
            f"of {', '.join(sorted(SOURCE_KINDS))}"
        )
    for form, place in (("aliases", False), ("places", True)):
        names = raw.get(form, [])
        if not isinstance(names, list) or not all(isinstance(n, str) and n for n in names):
            raise UsageError(f"{origin}: '{form}' of {raw['canonical']!r} must list strings")
        for name in [raw["canonical"], *names] if form == "aliases" else names:
            entries.setdefault(alias_key(name), []).insert(
                0, _Entry(raw["canonical"], cast(SourceKind, kind), place)
            )
            aliases.append(name)


@lru_cache(maxsize=8)
def _load(extra: Path | None) -> ClaimantLexicon:
    entries: dict[str, list[_Entry]] = {}
    aliases: list[str] = []
    builtin = resources.files("contested").joinpath("data/claimants.json").read_text("utf-8")
    for raw in json.loads(builtin)["claimants"]:
        _add(entries, aliases, raw, "claimants.json")
    for raw in read_lexicon(extra, "claimants") if extra is not None else []:
        _add(entries, aliases, raw, str(extra))
    return ClaimantLexicon(entries, aliases, load_actors())


def load_claimants(extra: Path | None = None) -> ClaimantLexicon:
    """The built-in claimant lexicon, extended by the JSON file ``extra`` if given (cached)."""
    return _load(extra.resolve() if extra is not None else None)
