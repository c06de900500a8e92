"""Conflict actors named in text: a curated lexicon and a fast longest-match finder.

Component id: ``extract.actors@4``. Data: ``contested/data/actors.json`` (written by us).

Each actor has a canonical name, a kind (``state``, ``state_military``, ``coalition``,
``non_state``, ``militia``), an optional ISO country, an optional ``parent`` (CENTCOM belongs
to the United States) and, for coalitions, ``members``. Aliases come in three forms:

- ``aliases``: proper names ("US forces", "CENTCOM", "US-led coalition"): ``form="name"``;
- ``places``: a country or city standing for the actor ("Syria", "Damascus"): ``form="place"``,
  dropped when the text uses it as a location ("in Syria", "near Damascus");
- ``descriptors``: a bare demonym or generic noun ("American", "jihadists"): ``form="descriptor"``,
  weak evidence that callers may ignore;
- ``context``: ``{"countries": [...], "aliases": [...]}``: aliases that name this actor only in
  an article about one of those countries ("coalition" in Yemen is the Saudi-led coalition).

Matching: one tokenizing regex and a token trie built once, leftmost-longest (about 25,000
sentences/s); acronym tokens ("US", "IS", "SDF", "U.S.") match case-sensitively as whole tokens,
other words case-insensitively; hyphens match a hyphen or a space; apostrophes are optional, and
a possessive "'s" ends a name ("the US's"). "pro-X"/"anti-X" and "X-backed"-style compounds do
not name X ("US-backed forces" names no actor; "US-led" names the US-led coalition).

Users extend the lexicon with a JSON file of the same shape (``{"actors": [...]}``) passed to
:func:`load_actors`. An entry whose ``canonical`` already exists adds its aliases to that actor;
a new entry adds an actor. Extension aliases take precedence over built-in ones.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, cast

from contested.errors import UsageError
from contested.types import Span

logger = logging.getLogger(__name__)

COMPONENT = "extract.actors@4"

ActorKind = Literal["state", "state_military", "coalition", "non_state", "militia"]
AliasForm = Literal["name", "place", "descriptor"]
_KINDS: frozenset[str] = frozenset(ActorKind.__args__)  # type: ignore[attr-defined]


def words(text: str) -> frozenset[str]:
    """A set of the whitespace-separated words of ``text`` (for curated word lists)."""
    return frozenset(text.split())


_HYPHENS = r"\-‐‑–"  # for character classes
_APOSTROPHES = "'’‘"
_TOKEN = re.compile(rf"\w+(?:[{_APOSTROPHES}](?!s\b)\w+)*|[^\w\s{_APOSTROPHES}{_HYPHENS}]")
_SEPARATORS = re.compile(rf"[\s{_HYPHENS}]+")
_COMPOUND_SUFFIXES = words(
    "backed allied aligned affiliated supported linked sponsored protected trained funded armed "
    "controlled held run occupied based friendly leaning born made style era"
)
_NEGATING_PREFIXES = frozenset({"pro", "anti"})
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|inside|into|across|throughout|around|outside|within|over|to|towards?"
    r"|via|of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)


def is_locative(text: str, start: int) -> bool:
    """Does the word at ``start`` follow a locative preposition ("in Syria", "near Damascus")?"""
    return _LOCATIVE.search(text, max(0, start - 40), start) is not None


def alias_key(text: str) -> str:
    """Normalized lookup key: lower case, apostrophes dropped, hyphens and spaces as one space."""
    return _SEPARATORS.sub(" ", re.sub(f"[{_APOSTROPHES}]", "", text)).strip().lower()


def _is_acronym(token: str, following: str) -> bool:
    if len(token) >= 2:
        return token.isupper() and token.isalpha()
    return token.isupper() and following == "."


def alias_tokens(alias: str) -> list[str]:
    """Trie keys of an alias: acronyms as written (case-sensitive), other tokens lower-cased."""
    keys: list[str] = []
    for match in _TOKEN.finditer(alias):
        token = re.sub(f"[{_APOSTROPHES}]", "", match.group())
        following = alias[match.end() : match.end() + 1]
        keys.append(token if _is_acronym(token, following) else token.lower())
    return keys


class _Node:
    __slots__ = ("children", "key")

    def __init__(self) -> None:
        self.children: dict[str, _Node] = {}
        self.key: str | None = None


class AliasMatcher:
    """Leftmost-longest finder over a fixed set of aliases: a token trie built once.

    Tokens are words and punctuation marks; hyphens, spaces and apostrophes between tokens are
    interchangeable. Acronym tokens of an alias ("US", "IS", "U.S.") match only as written,
    other tokens in any case. With ``block_compounds``, "pro-X"/"anti-X" and "X-backed"-style
    compounds do not name X. ``finditer`` yields ``(start, end, key)``, ``key`` being
    :func:`alias_key` of the alias that matched.
    """

    def __init__(self, aliases: Iterable[str], *, block_compounds: bool = True) -> None:
        self._root = _Node()
        self._block = block_compounds
        for alias in aliases:
            self._insert(alias)

    def _insert(self, alias: str) -> None:
        node = self._root
        for token in alias_tokens(alias):
            node = node.children.setdefault(token, _Node())
        if node is not self._root:
            node.key = alias_key(alias)

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[tuple[int, int, str]]:
        stop = len(text) if end is None else end
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, start, stop)]
        index = 0
        while index < len(tokens):
            found = self._longest(text, tokens, index)
            if found is None:
                index += 1
                continue
            last, key = found
            yield tokens[index][0], tokens[last][1], key
            index = last + 1

    def _longest(
        self, text: str, tokens: list[tuple[int, int, str]], index: int
    ) -> tuple[int, str] | None:
        if self._block and self._negated(text, tokens, index):
            return None
        node, best = self._root, None
        for position in range(index, len(tokens)):
            node = _child(node, tokens[position][2])  # type: ignore[assignment]
            if node is None:
                break
            if node.key is not None and not (self._block and _compound(text, tokens, position)):
                best = (position, node.key)
        return best

    @staticmethod
    def _negated(text: str, tokens: list[tuple[int, int, str]], index: int) -> bool:
        if index == 0 or tokens[index - 1][2].lower() not in _NEGATING_PREFIXES:
            return False
        return text[tokens[index - 1][1] : tokens[index][0]] in ("-", "‐", "‑", "–")


def _child(node: _Node, token: str) -> _Node | None:
    if "'" in token or "’" in token or "‘" in token:
        token = re.sub(f"[{_APOSTROPHES}]", "", token)
    return node.children.get(token) or node.children.get(token.lower())


def _compound(text: str, tokens: list[tuple[int, int, str]], position: int) -> bool:
    """Is the token at ``position`` the first half of a compound like "Iran-backed"?"""
    if position + 1 >= len(tokens):
        return False
    gap = text[tokens[position][1] : tokens[position + 1][0]]
    return gap in ("-", "‐", "‑", "–") and tokens[position + 1][2].lower() in _COMPOUND_SUFFIXES


@dataclass(frozen=True)
class Actor:
    canonical: str
    kind: ActorKind
    country: str | None = None
    parent: str | None = None
    members: tuple[str, ...] = ()


@dataclass(frozen=True)
class ActorHit:
    """One actor named in the text. ``alias`` is the text as written; ``root`` tops the
    parent chain (CENTCOM -> United States)."""

    span: Span
    canonical: str
    alias: str
    kind: ActorKind
    root: str
    form: AliasForm
    component: str = COMPONENT


@dataclass(frozen=True)
class _Candidate:
    canonical: str
    form: AliasForm
    countries: frozenset[str] | None = None  # set: only in an article about these countries


@dataclass
class _Builder:
    actors: dict[str, Actor] = field(default_factory=dict)
    candidates: dict[str, list[_Candidate]] = field(default_factory=dict)
    patterns: set[str] = field(default_factory=set)

    def add_entry(self, entry: Mapping[str, Any], origin: str) -> None:
        actor = _parse_actor(entry, self.actors.get(str(entry.get("canonical", ""))), origin)
        self.actors[actor.canonical] = actor
        self._add(actor.canonical, [actor.canonical], "name", None)
        self._add(actor.canonical, _strings(entry, "aliases", origin), "name", None)
        self._add(actor.canonical, _strings(entry, "places", origin), "place", None)
        self._add(actor.canonical, _strings(entry, "descriptors", origin), "descriptor", None)
        context = entry.get("context")
        if isinstance(context, Mapping):
            countries = frozenset(c.upper() for c in _strings(context, "countries", origin))
            self._add(actor.canonical, _strings(context, "aliases", origin), "name", countries)

    def _add(
        self,
        canonical: str,
        aliases: Sequence[str],
        form: AliasForm,
        countries: frozenset[str] | None,
    ) -> None:
        for alias in aliases:
            listed = self.candidates.setdefault(alias_key(alias), [])
            candidate = _Candidate(canonical, form, countries)
            if candidate not in listed:
                listed.insert(0, candidate)  # later entries (user extensions) take precedence
            self.patterns.add(alias)


def _strings(entry: Mapping[str, Any], name: str, origin: str) -> list[str]:
    value = entry.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise UsageError(f"{origin}: '{name}' must be a list of non-empty strings")
    return cast(list[str], value)


def _parse_actor(entry: Mapping[str, Any], existing: Actor | None, origin: str) -> Actor:
    canonical = entry.get("canonical")
    if not isinstance(canonical, str) or not canonical.strip():
        raise UsageError(f"{origin}: every actor needs a non-empty 'canonical' name")
    kind = entry.get("kind", existing.kind if existing else None)
    if kind not in _KINDS:
        raise UsageError(
            f"{origin}: actor {canonical!r} has kind {kind!r}; use one of "
            f"{', '.join(sorted(_KINDS))}"
        )
    base = existing or Actor(canonical, cast(ActorKind, kind))
    return Actor(
        canonical=canonical,
        kind=cast(ActorKind, kind),
        country=entry.get("country", base.country),
        parent=entry.get("parent", base.parent),
        members=tuple(entry.get("members", base.members)),
    )


class ActorLexicon:
    """Canonical actors and their aliases; see the module docstring for the data shape."""

    def __init__(
        self,
        actors: Mapping[str, Actor],
        candidates: Mapping[str, list[_Candidate]],
        patterns: Iterable[str],
    ) -> None:
        self.actors: dict[str, Actor] = dict(actors)
        self._candidates = {k: tuple(v) for k, v in candidates.items()}
        self._matcher = AliasMatcher(patterns)
        self._roots = {name: self._find_root(name) for name in self.actors}

    def __len__(self) -> int:
        return len(self.actors)

    def find(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        context_countries: Iterable[str] = (),
    ) -> list[ActorHit]:
        """Actors named in ``text[start:end]``, leftmost-longest, in text order.

        ``context_countries`` (ISO2) selects context aliases ("coalition" in Yemen).
        """
        context = frozenset(c.upper() for c in context_countries)
        hits: list[ActorHit] = []
        for hit_start, hit_end, key in self._matcher.finditer(text, start, end):
            candidate = self._choose(key, context)
            if candidate is None:
                continue
            if candidate.form == "place" and is_locative(text, hit_start):
                continue
            hits.append(self._hit(text, hit_start, hit_end, candidate))
        return hits

    def _choose(self, key: str, context: frozenset[str]) -> _Candidate | None:
        candidates = self._candidates.get(key, ())
        for candidate in candidates:
            if candidate.countries is not None and candidate.countries & context:
                return candidate
        return next((c for c in candidates if c.countries is None), None)

    def _hit(self, text: str, start: int, end: int, candidate: _Candidate) -> ActorHit:
        actor = self.actors[candidate.canonical]
        return ActorHit(
            Span(start, end),
            actor.canonical,
            text[start:end],
            actor.kind,
            self._roots[actor.canonical],
            candidate.form,
        )

    def canonical(self, name: str) -> str | None:
        """Canonical name for an actor name or alias ("the Pentagon" -> "United States").

        Exact alias first (ignoring case, hyphens, a leading "the" and a possessive), then the
        first actor named anywhere in ``name``; ``None`` when no actor is named.
        """
        key = alias_key(re.sub(r"^(?:the)\s+|['’]s?$", "", name.strip(), flags=re.IGNORECASE))
        regular = [c for c in self._candidates.get(key, ()) if c.countries is None]
        if regular:
            return regular[0].canonical
        hits = self.find(name)
        return hits[0].canonical if hits else None

    def state_of(self, country: str) -> str | None:
        """The state actor of an ISO2 country code ("TR" -> "Turkey"), or ``None``."""
        for actor in self.actors.values():
            if actor.kind == "state" and actor.country == country.upper():
                return actor.canonical
        return None

    def kind_of(self, name: str) -> ActorKind | None:
        """Kind of the actor ``name`` names, or ``None``."""
        canonical = self.canonical(name)
        return self.actors[canonical].kind if canonical else None

    def root(self, name: str) -> str | None:
        """Top of the parent chain of the actor ``name`` names, or ``None``."""
        canonical = self.canonical(name)
        return self._roots[canonical] if canonical else None

    def same_side(self, a: str, b: str) -> bool:
        """True when a denial by one party covers an allegation against the other: same actor
        or parent chain, or a coalition and one of its members ("US" vs "US-led coalition")."""
        root_a, root_b = self.root(a), self.root(b)
        if root_a is None or root_b is None:
            return False
        if root_a == root_b:
            return True
        return root_b in self.actors[root_a].members or root_a in self.actors[root_b].members

    def _find_root(self, name: str) -> str:
        seen = {name}
        actor = self.actors[name]
        while actor.parent and actor.parent in self.actors and actor.parent not in seen:
            seen.add(actor.parent)
            actor = self.actors[actor.parent]
        return actor.canonical


def read_lexicon(path: Path, key: str) -> list[Any]:
    """The ``key`` list of a user's lexicon file (shaped like the built-in data file)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise UsageError(
            f"cannot read lexicon {path}: {exc}; pass a JSON file shaped "
            f"like contested/data/{key}.json"
        ) from exc
    if not isinstance(data, dict) or not isinstance(data.get(key), list):
        raise UsageError(f"{path}: expected an object with a '{key}' list")
    return cast(list[Any], data[key])


def _builtin_entries() -> list[dict[str, Any]]:
    text = resources.files("contested").joinpath("data/actors.json").read_text(encoding="utf-8")
    return cast(list[dict[str, Any]], json.loads(text)["actors"])


# A state's forces and organs by its demonym: "Togolese armed forces", "Uzbek troops"
_FORCE_NOUNS = (
    "army", "armed forces", "military", "forces", "troops", "soldiers", "security forces",
    "police", "air force", "navy", "government", "authorities", "government forces", "warplanes",
    "jets", "fighter jets", "drones", "artillery", "gendarmerie", "gendarmes", "border guards",
    "special forces", "national guard", "defence ministry", "defense ministry",
)


def _builtin_states() -> list[dict[str, Any]]:
    text = resources.files("contested").joinpath("data/states.json").read_text(encoding="utf-8")
    return cast(list[dict[str, Any]], json.loads(text)["states"])


def _state_entry(row: Mapping[str, Any]) -> dict[str, Any]:
    """The actor entry of one state of states.json that actors.json does not hold."""
    demonyms = [str(d) for d in row.get("demonyms", [])]
    names = [str(row["name"]), *(str(n) for n in row.get("names", []))]
    forces = _forces(row)
    forces += [f"{names[0]}'s {noun}" for noun in ("army", "armed forces", "military", "forces")]
    return {
        "canonical": names[0],
        "kind": "state",
        "country": str(row["country"]),
        "aliases": [*names, *forces],
        "places": [str(c) for c in row.get("capitals", [])],
        "descriptors": demonyms,
    }


def _add_states(builder: _Builder) -> None:
    """Every state of states.json: a new state actor where actors.json has none for its country,
    else the aliases actors.json lacks, for its state actor. An alias another actor holds
    stays that actor's ("Congolese" is the DR Congo's army in actors.json)."""
    owners: dict[str, str] = {}
    for actor in builder.actors.values():
        if actor.kind in ("state", "state_military") and actor.country and actor.parent is None:
            owners.setdefault(actor.country, actor.canonical)
    for row in _builtin_states():
        known = owners.get(str(row["country"]))
        # a state actors.json holds takes only its forces by the demonym: its names stay as there
        entry = _state_entry(row) if known is None else {"canonical": known, "aliases": _forces(row)}
        for field_ in ("aliases", "places", "descriptors"):
            if field_ in entry:
                entry[field_] = [a for a in entry[field_] if alias_key(a) not in builder.candidates]
        builder.add_entry(entry, "states.json")


def _forces(row: Mapping[str, Any]) -> list[str]:
    return [f"{d} {noun}" for d in row.get("demonyms", []) for noun in _FORCE_NOUNS]


@lru_cache(maxsize=8)
def _load(extra: Path | None) -> ActorLexicon:
    builder = _Builder()
    for entry in _builtin_entries():
        builder.add_entry(entry, "actors.json")
    _add_states(builder)
    if extra is not None:
        for entry in read_lexicon(extra, "actors"):
            if not isinstance(entry, Mapping):
                raise UsageError(f"{extra}: each actor must be a JSON object")
            builder.add_entry(entry, str(extra))
    logger.debug("actor lexicon: %d actors, %d aliases", len(builder.actors), len(builder.patterns))
    return ActorLexicon(builder.actors, builder.candidates, builder.patterns)


def load_actors(extra: Path | None = None) -> ActorLexicon:
    """The built-in actor lexicon, extended by the JSON file ``extra`` if given.

    Cached per resolved path for the life of the process; raises ``UsageError`` for a file that
    is not JSON of the documented shape.
    """
    return _load(extra.resolve() if extra is not None else None)


# ------------------------------------------------------------ parties the lexicon does not know
#
# A story from a theatre the lexicon has never seen still names its parties in a few shapes:
# a proper name built on an organisation's head word ("the Allied Patriotic Front", "the
# Harakat Defenders Brigade (HDB)"), a name before a group noun ("the Santa Rosa de Lima
# cartel", "Kuki militants", "Fulani herders"), or a common noun for a side ("soldiers",
# "security forces", "rebels", "a rival gang"). :func:`unknown_parties` reads them so the stance
# rules can tell who is blamed or who denies with any name. Anonymous agents ("gunmen", "armed
# men", "attackers") name no party and are not read.

GENERIC = "extract.actors.generic@6"  # @2: "forces loyal to X"; @3: "blamed fighters of X", clans
# @4: a name of descriptive capitals ("the Armed Criminal Separatist Group"), border guards
# @5: passive agents ("murdered by criminals of X"), "the attackers were members of / belonged to
# X", heads and links of French/Spanish/Portuguese names, a state's aircraft by a common noun
# @6: a group of, elements of, the banned group X after an agentive passive or "the attackers
# were"; the attackers' own word ("said they were the X")

_ORG_HEADS = (
    r"Front|Army|Movement|Brigades?|Cartel|Liberation|Forces|Militias?|Alliance|Battalions?"
    r"|Commandos?|Jamaat|Jama['’]at|Mujahideen|Mujahidin|Clan|Tigers|Self-Defen[cs]e"
    r"|Resistance|Revolutionary|Guerrillas?|Rebels|Insurgents|Jihad|Lashkar|Tehreek|Tehrik"
    r"|Ansar|Harakat|Kata['’]?ib|Liwa|Gang|Syndicate|Mafia|Commands?"
    # the same heads in French, Spanish and Portuguese ("Mouvement pour la Libération du Nord")
    r"|Mouvement|Movimiento|Movimento|Frente|Fuerzas|For[cç]as|Ej[ée]rcito|Arm[ée]e|Ex[ée]rcito"
    r"|Lib[ée]ration|Liberaci[oó]n|Liberta[cç][aã]o|Brigadas?|Comando|Rassemblement|Coordination"
)
_ORG_NOT = re.compile(
    r"\b(?:Rights|News|Agency|Ministry|Minister|Commission|Committee|Cross|Crescent|Nations"
    r"|Hospital|University|Office|Network|Council|Court|Bank|Fund|Programme|Program|Police"
    r"|Day|Square|Street|Road|Avenue|Bridge|Station|Airport|Museum|Stadium|Hotel|Party"
    r"|Mission|Observatory|Watch|Amnesty|Doctors|Union|Institute|Centre|Center|School|College"
    r"|Air\s+Force|Navy|Marines?|Coast\s+Guard|Defen[cs]e\s+Forces?|Armed\s+Forces"
    r"|National\s+Army|Army\s+(?:Chief|Day|Headquarters|Command)|Special\s+Forces"
    r"|Security\s+Forces|Task\s+Force|Joint\s+Forces?)\b"
)
_CAP = r"(?:[A-Z][\w'’]*(?:-[A-Z]?[\w'’]+)*|al-[A-Z][\w'’-]*|[A-Z]{2,6}|\d+)"
# the small words inside a name ("Army of the Men of the Naqshbandi Order", "Cartel de Jalisco")
_LINK_WORDS = "of the for and de del la las los du des el al wal wa e i ul ud pour por para da do dos das"
_LINK = "(?:" + "|".join((*_LINK_WORDS.split(), "'s", "’s")) + ")"
_ORG_NAME = re.compile(
    rf"\b(?:{_CAP})(?:\s+(?:{_LINK}\s+){{0,2}}{_CAP}){{0,7}}",
)
_ORG_HEAD = re.compile(rf"\b(?:{_ORG_HEADS})\b")
# a name and a group noun: "the Sinaloa cartel", "Kuki militants", "Los Lobos gang members"
_GROUP_NOUNS = (
    r"cartels?|gangs?|gang\s+members|militias?|militiamen|militants|insurgents|rebels|guerrill?as"
    r"|fighters|separatists|jihadists|herders|vigilantes|paramilitaries|dissidents|faction"
    r"|factions|group|movement|outfit|cadres|hitmen|gunmen|terrorists|snipers?|bombers?|forces|clans?"
    r"|troops"
)
_NAMED_GROUP = re.compile(
    rf"(?<![\w-])[“\"]?(?P<name>{_CAP}(?:\s+(?:{_LINK}\s+){{0,2}}{_CAP}){{0,4}})[”\"]?\s+"
    rf"(?P<noun>{_GROUP_NOUNS})\b"
)
# Capitalised words that open a sentence or qualify a noun without naming anyone
_NOT_A_NAME = words(
    "The A An No Any Some Several Many Most Two Three Four Five Six Seven Eight Nine Ten Dozens Scores "
    "Hundreds Suspected Alleged Armed Heavily Rival Local Unknown Unidentified Masked Islamist "
    "Jihadist Maoist Communist Separatist Criminal Drug Ethnic Police Security Government "
    "State Federal Army Military Regime Junta Rebel Militant Insurgent Their Its His Her Our Other "
    "Both All Former Suspect Dissident Terrorist Extremist Radical Tribal Clan Gang Cartel When "
    "After Before As While On In At By From With Since Rights Human Witnesses Residents Officials "
    "Authorities Troops Soldiers According But And Yet Then Meanwhile However Earlier Later Local "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday This That These Those It They He She "
    "We Eleven Twelve Twenty Thirty Forty Fifty Hundred New Young Elderly Unarmed Fighters Members "
    "Militants Gunmen Units Elements Commanders Leaders Supporters Cells Remnants Factions"
)
_LINKS = words(_LINK_WORDS)
# A common noun for one side. Forces of a state first (read as the state of the article's
# country when the lexicon knows it), then non-state ones.
_STATE_NOUN = re.compile(
    r"\b(?:(?:the|its|their)\s+)?(?:(?:government|army|state|junta|regime|federal|national)\s+)?"
    r"(?P<noun>soldiers|troops|(?<!an\s)army|military|security\s+forces|security\s+personnel"
    r"|police(?:men|\s+officers|\s+officials)?|riot\s+police|marines|paratroopers|gendarmes"
    r"|gendarmerie|special\s+forces|commandos|government\s+forces|state\s+forces"
    r"|border\s+(?:guards|troops|police|forces)|prison\s+guards|national\s+guard(?:smen)?"
    r"|coast\s+guards?|air\s+force"
    r"|(?<=government\s)(?:aircraft|warplanes|jets|helicopters|gunships|drones|artillery|tanks)"
    r"|(?<=army\s)(?:aircraft|helicopters|gunships|drones|artillery|tanks)"
    r"|(?<=military\s)(?:aircraft|warplanes|jets|helicopters|gunships|drones))\b"
    r"(?!['’]|\s+(?:government|junta|regime|council|court|spokes\w+|officials?|sources?|chiefs?"
    r"|commanders?|statement|said|says|told))",
    re.IGNORECASE,
)
_PARTY_NOUN = re.compile(
    r"\b(?:(?:the|a|an|some|suspected|alleged|armed|heavily\s+armed|rival|local|ethnic"
    r"|islamist|jihadist|maoist|communist|separatist|criminal|drug|tribal|clan|\w+-backed"
    r"|\w+-linked|\w+-allied|pro-\w+)\s+){0,3}"
    r"(?P<noun>rebels|insurgents|militants|jihadists|extremists|separatists|militiamen|militias?"
    r"|militia\s+fighters|guerrill?as|bandits|gang\s+members|gangs|gangsters|(?<=rival\s)gang"
    r"|(?<=criminal\s)gang|cartel\s+members|cartel\s+gunmen|hitmen|sicarios|armed\s+groups?"
    r"|terrorists|paramilitaries|vigilantes|(?<=rival\s)faction|dissidents|herders"
    r"|(?:terrorist|militant|jihadist|criminal|extremist|rebel|insurgent)\s+(?:groups?|organi[sz]ations?"
    r"|cells?|networks?|gangs?))\b",
    re.IGNORECASE,
)
# "the group", "the movement": a party named before, when it takes a stance of its own
ANAPHOR = re.compile(
    r"\bthe\s+(?:armed\s+|militant\s+|rebel\s+|jihadist\s+|separatist\s+|insurgent\s+)?"
    r"(?:group|movement|militia|organi[sz]ation|outfit|faction|rebels|insurgents|militants"
    r"|gang|cartel|jihadists|separatists)\b(?!\s+(?:of|members|leaders?|commanders?)\b)",
    re.IGNORECASE,
)


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms the text spells out for a group ("the Baloch Liberation Army (BLA)"): acronym ->
    the name, so a later bare "the BLA said" names the same group."""
    found: dict[str, str] = {}
    for hit in _org_names(text, 0, len(text)):
        m = re.search(r"\(([A-Z][A-Za-z-]{1,7})\)$", hit.alias)
        if m and m.group(1).isupper():
            found.setdefault(m.group(1), hit.canonical)
    return found


def unknown_parties(
    text: str,
    start: int,
    end: int,
    taken: Sequence[Span] = (),
    state: str | None = None,
    acronyms: Mapping[str, str] | None = None,
) -> list[ActorHit]:
    """Parties named in ``text[start:end]`` outside the spans ``taken`` (the lexicon's hits):
    organisation-shaped names (``form="name"``, kind ``non_state``), acronyms the article
    spelled out for one (``acronyms``, from :func:`defined_acronyms`) and common nouns for a
    side (``form="descriptor"``; a state's forces are ``state``, read as the actor ``state``
    when given). Leftmost-longest, in text order."""
    found: list[ActorHit] = []
    spans = list(taken)
    short = _acronym_hits(text, start, end, acronyms or {})
    named = (
        *_org_names(text, start, end),
        *short,
        *_blamed_names(text, start, end),
        *_loyal_forces(text, start, end),
    )
    for hit in (*named, *_noun_parties(text, start, end, state)):
        if any(hit.span.overlaps(s) for s in spans):
            continue
        spans.append(hit.span)
        found.append(hit)
    return sorted(found, key=lambda h: h.span.start)


# Whoever the words of blame point at is a party, whatever its name: "blamed the attack on the
# Khawarij", "accused Kisanga of", "carried out by members of Ndugu", "believed to belong to X"
_BLAMED_NAME = re.compile(
    rf"\b(?:blamed\s+(?:[\w'’-]+\s+){{0,3}}?on|accused|accuses|blamed|blames|the\s+(?:work|handiwork)"
    rf"\s+of"
    # "the attackers were probably members of the rival AMCU"
    rf"|(?:attackers|assailants|gunmen|perpetrators|killers|raiders)\s+(?:were|was)\s+(?:\w+ly\s+)?"
    rf"(?:members|fighters|supporters|militants)\s+of(?:\s+the)?(?:\s+rival)?"
    rf"|(?:attackers|assailants|gunmen|perpetrators|killers|raiders)\s+(?:\w+ly\s+)?belonged\s+to"
    rf"|(?:carried\s+out|committed|perpetrated|claimed|killed|murdered|executed|massacred"
    rf"|ambushed|abducted|kidnapped)\s+by(?:\s+(?:members?|fighters|militants"
    rf"|a\s+cell|cells|elements|units?)\s+of)?|attributed\s+(?:\w+\s+){{0,2}}?to|(?:believed|thought"
    rf"|suspected|said|appeared|reported)\s+to\s+(?:belong|be\s+(?:linked|affiliated|tied))\s+to)"
    r"(?:\s+(?:fighters|members|militants|gunmen|militiamen|elements|forces|criminals)\s+(?:of|from))?"
    rf"\s+[“\"]?(?:the\s+)?(?P<name>{_CAP}(?:\s+(?:{_LINK}\s+){{0,2}}{_CAP}){{0,5}})(?![\w'’-])"
    r"(?!\s+(?:jets?|aircraft|warplanes?|drones?|planes?|helicopters?|gunships?|missiles?|rockets?"
    r"|bombers?|fighters?\s+jets?|artillery|tanks?)\b)"
)


# A faction named by its leader: "forces loyal to his rival Fathi Bashagha", "fighters allied
# with Ade Bello"
_LOYAL = re.compile(
    r"\b(?:forces|fighters|militias|militiamen|troops|gunmen|units|brigades|supporters|loyalists)"
    r"\s+(?:loyal\s+to|allied\s+(?:to|with)|aligned\s+with)\s+(?:(?:his|her|their|the)\s+)?"
    r"(?:(?:rival|former|ousted|renegade|exiled|late)\s+)?(?:(?-i:[a-z])[\w-]+\s+)?"
    rf"(?P<name>{_CAP}(?:\s+{_CAP}){{0,3}})(?![\w'’-])"
)


def _loyal_forces(text: str, start: int, end: int) -> Iterator[ActorHit]:
    for m in _LOYAL.finditer(text, start, end):
        name = f"forces loyal to {m.group('name')}"
        yield _generic_hit(text, m.start(), m.end(), name, "militia", "name")


def _name_words(run: str) -> list[str]:
    """The words of a capitalised run from the first that names someone: "Fighters of the
    Baloch Liberation Army" -> Baloch Liberation Army. A name made only of descriptive
    capitals and a group's head word ("the Armed Criminal Separatist Group") keeps them all."""
    parts = run.split()
    while parts and (parts[0] in _NOT_A_NAME or parts[0] in _LINKS):
        parts = parts[1:]
    if len(parts) <= 1:
        return _descriptive_name(run) or parts
    return parts


_DESCRIPTIVE_HEAD = re.compile(rf"^(?:{_ORG_HEADS}|Group|Organi[sz]ation)$")
_OPENERS = words("The A An")


def _descriptive_name(run: str) -> list[str] | None:
    """"Armed Criminal Separatist Group": three or more capitalised words (no determiner, no
    link word) ending in a group's head word name one group, though each alone is an adjective."""
    parts = run.split()
    while parts and parts[0] in _OPENERS:
        parts = parts[1:]
    if len(parts) < 3 or not _DESCRIPTIVE_HEAD.match(parts[-1]):
        return None
    if any(p in _LINKS or not p[:1].isupper() for p in parts):
        return None
    return parts


# The members of a group blamed, whatever the group: "carried out by a group of the ZRF",
# "committed by \"presumed elements of the ZRF\"", "the attackers were members of the banned
# group X", "the killers were rebels of X"; and the attackers' own word ("had shouted that they
# were \"the ZRF\"").
MEMBERS_WORDS = ("elements", "members", "group of", "fighters of", "rebels of", "militants of",
                 "guerrillas of", "cadres of", "they were")  # cheap precheck of the frames
# the words before the group's name (shared with ``stance_frames.named_members``)
MEMBERS_OF_GROUP = (
    r"(?:\b(?:carried\s+out|committed|perpetrated|conducted|attacked|killed|murdered|executed"
    r"|massacred)\s+by\s+[“\"]?(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"|\b(?:perpetrators|attackers|assailants|gunmen|killers|raiders|culprits)\s+(?:were|was|are)"
    r"\s+(?:\w+ly\s+)?(?:all\s+)?[“\"]?(?:[\w-]+[”\"]?\s+)?)"
    r"(?:group|elements|members|fighters|militants|rebels|guerrill?as|cadres|cells?|units?)\s+of\s+"
    r"(?:the\s+)?(?:(?:banned|outlawed|proscribed|rival|armed|militant|rebel|jihadist|separatist"
    r"|domestic|local|\w+-based)\s+){0,2}(?:(?:group|organi[sz]ation|movement|faction|outfit)\s+)?"
)
# the attackers' own word, before the name: "had shouted that they were \"the"
OWN_WORD = (
    r"\b(?:said|shouted|claimed|announced|declared|boasted|cried|told\s+\w+)\s+(?:that\s+)?they"
    r"\s+were\s+[“\"]?(?:the\s+)?"
)
_MEMBERS_NAME = re.compile(
    MEMBERS_OF_GROUP + rf"(?P<name>{_CAP}(?:\s+(?:{_LINK}\s+){{0,2}}{_CAP}){{0,5}})(?![\w'’-])"
    rf"|{OWN_WORD}(?P<own>{_CAP}(?:\s+{_CAP}){{0,3}})(?![\w'’-])"
)


def _blamed_names(text: str, start: int, end: int) -> Iterator[ActorHit]:
    window = text[start:end].lower()
    if any(w in window for w in MEMBERS_WORDS):
        yield from _members_names(text, start, end)
    for m in _BLAMED_NAME.finditer(text, start, end):
        parts = _name_words(m.group("name"))
        while parts and parts[-1] in _LINKS:
            parts = parts[:-1]
        if not parts:
            continue
        at = m.start("name") + m.group("name").find(parts[0])
        name = " ".join(parts)
        yield _generic_hit(text, at, at + len(name), name, "non_state", "name")


def _members_names(text: str, start: int, end: int) -> Iterator[ActorHit]:
    for m in _MEMBERS_NAME.finditer(text, start, end):
        key = "name" if m.group("name") else "own"
        parts = _name_words(m.group(key))
        while parts and parts[-1] in _LINKS:
            parts = parts[:-1]
        if not parts:
            continue
        at = m.start(key) + m.group(key).find(parts[0])
        name = " ".join(parts)
        stop = at + len(name)
        acronym = re.match(r"\s*\(([A-Z][A-Za-z-]{1,7})\)", text[stop:end])
        if acronym:
            stop += acronym.end()
        yield _generic_hit(text, at, stop, name, "non_state", "name")


def _generic_hit(text: str, start: int, end: int, canonical: str, kind: ActorKind,
                 form: AliasForm) -> ActorHit:
    return ActorHit(Span(start, end), canonical, text[start:end], kind, canonical, form, GENERIC)


def _org_names(text: str, start: int, end: int) -> Iterator[ActorHit]:
    for m in _ORG_NAME.finditer(text, start, end):
        name = m.group()
        words_ = _name_words(name)
        name = " ".join(words_)
        if not name or _ORG_NOT.search(name):
            continue
        if not _ORG_HEAD.search(name) and _descriptive_name(name) is None:
            continue
        if len(words_) < 2 and not name.isupper():
            continue  # "Army", "Front": a head word alone names no one
        at = m.start() + m.group().find(words_[0])
        stop = at + len(name)
        acronym = re.match(r"\s*\(([A-Z][A-Za-z-]{1,7})\)", text[stop:end])
        if acronym:
            stop += acronym.end()
        yield _generic_hit(text, at, stop, name, "non_state", "name")
    for m in _NAMED_GROUP.finditer(text, start, end):
        parts = _name_words(m.group("name"))
        if not parts:
            continue
        at = m.start("name") + m.group("name").find(parts[0])
        canonical = f"{' '.join(parts)} {m.group('noun')}"
        yield _generic_hit(text, at, m.end(), canonical, "non_state", "name")


def _acronym_hits(
    text: str, start: int, end: int, acronyms: Mapping[str, str]
) -> Iterator[ActorHit]:
    if not acronyms:
        return
    for m in re.finditer(r"\b[A-Z][A-Za-z-]{1,7}\b", text[start:end]):
        name = acronyms.get(m.group())
        if name is not None:
            yield _generic_hit(text, start + m.start(), start + m.end(), name, "non_state", "name")


def _noun_parties(text: str, start: int, end: int, state: str | None) -> Iterator[ActorHit]:
    for m in _STATE_NOUN.finditer(text, start, end):
        canonical = state or "security forces"
        yield _generic_hit(text, m.start(), m.end(), canonical, "state", "descriptor")
    for m in _PARTY_NOUN.finditer(text, start, end):
        noun = re.sub(r"\s+", " ", m.group("noun").lower())
        yield _generic_hit(text, m.start(), m.end(), noun, "non_state", "descriptor")
