"""Loose keys for actors and claimants, so that spellings of one party compare equal.

The extract stage already canonicalises actor names; these keys are a safety net for the
spellings that still differ ("US-led coalition", "US/coalition", "United States (drones)").

* :func:`actor_key` maps an actor to a comparison key: a small alias table of the parties that
  dominate the corpus (the US-led coalition, Russia, Israel, Turkey, Iran, the Syrian government),
  otherwise the lower-cased name without parentheses and punctuation.
* :func:`claimant_label` is the originating claimant as a short readable name:
  ``"Reuters, citing SANA"`` -> ``"SANA"``; ``"unnamed official (via Reuters)"`` ->
  ``"unnamed official"``; ``"SANA, citing a military source"`` -> ``"SANA"`` (an unnamed
  source cited by a named outlet stays that outlet's claim: it is the one vouching for it).
* :func:`relays` lists who passed a claim on (``Claim.relayed_by``, then "via X", "told X",
  "X, citing ..." in the claimant string).
* :func:`claimant_key` is the key under which claims of one originating claimant are grouped.
  Unnamed claimants have no key of their own (``None``): two unnamed officials may be two people.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from contested.types import Claim

_PARENS = re.compile(r"\([^)]*\)")
_NON_WORD = re.compile(r"[^\w]+")
_VIA = re.compile(r"\((?:via|through|relayed by|reported by)\s+([^)]+)\)", re.IGNORECASE)
_CITING = re.compile(r"^(.+?),?\s+(?:citing|quoting)\s+(.+)$", re.IGNORECASE)
_TOLD = re.compile(r"^(.+?)\s+(?:told|said to)\s+(.+)$", re.IGNORECASE)
_TLDS = frozenset({"com", "org", "net", "co", "uk", "news", "info", "tv", "ru", "ir", "sy"})
_UNNAMED = re.compile(
    r"^(?:(?:an?|one|two|several|some)\s+(?:\S+\s+){0,4}?"
    r"(?:source|official|resident|witness|spokesman|spokesperson|activist|medic)s?\b"
    r"|(?:unnamed|anonymous|local)\b)",
    re.IGNORECASE,
)

# alias family -> words or phrases that name it (matched on whole words of the normalised name)
_FAMILIES: dict[str, tuple[str, ...]] = {
    "us": (
        "united states", "us", "u s", "usa", "american", "americans", "us led coalition",
        "coalition", "international coalition", "global coalition", "centcom", "pentagon",
        "us central command", "central command", "department of defense", "us military",
        "us forces", "cjtf oir", "operation inherent resolve",
    ),
    "russia": ("russia", "russian", "russian federation", "russian forces", "russian aircraft"),
    "israel": ("israel", "israeli", "idf", "israel defense forces", "israeli military"),
    "turkey": ("turkey", "turkish", "turkiye", "turkish forces", "turkish military"),
    "iran": ("iran", "iranian", "irgc", "islamic revolutionary guard corps"),
    "syria": (
        "syrian government", "syrian army", "syrian regime", "regime", "saa",
        "syrian arab army", "government forces", "assad forces", "syrian forces",
    ),
}


@functools.lru_cache(maxsize=65536)
def normalise(text: str) -> str:
    """Lower-case, accents folded, parentheses dropped, punctuation to single spaces.

    Cached: the clusterer compares the same place and actor names many times."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = _PARENS.sub(" ", folded.lower())
    return _NON_WORD.sub(" ", folded).replace("_", " ").strip()


_PROXY = re.compile(r"\b(?:backed|affiliated|linked|aligned|allied|proxy|proxies|supported)\b")


def _family(name: str) -> str | None:
    padded = f" {name} "
    for family, aliases in _FAMILIES.items():
        if name in aliases:
            return family
    if _PROXY.search(name):  # "Iran-backed groups" are not Iran
        return None
    for family, aliases in _FAMILIES.items():
        if any(f" {alias} " in padded for alias in aliases if len(alias) > 3):
            return family
    return None


@functools.lru_cache(maxsize=4096)
def actor_key(actor: str) -> str:
    """The comparison key of an actor name; spellings of one party share it (cached: a pure
    function of the string, asked of each incident's actors again and again)."""
    name = normalise(actor)
    first = normalise(actor.split("/")[0]) if "/" in actor else name
    return _family(name) or _family(first) or name


def is_unknown_actor(actor: str | None) -> bool:
    return actor is None or normalise(actor) in {"", "unknown", "unidentified", "none"}


# The claimant strings of a run repeat (one incident's summary reads each claim's claimant many
# times over): the readings below are pure functions of the string, kept for the last few
# thousand strings.
_MEMO = 4096


@functools.lru_cache(maxsize=_MEMO)
def _split_relay(source: str) -> tuple[str, tuple[str, ...]]:
    """(originating claimant, relayers named in the text) of a claimant string."""
    via = tuple(m.group(1).strip() for m in _VIA.finditer(source))
    text = _PARENS.sub("", source).strip(" ,;:")
    cited = _CITING.match(text)
    if cited:
        relayer, origin = cited.group(1).strip(" ,"), cited.group(2).strip(" ,")
        if _UNNAMED.match(origin):  # "SANA, citing a military source": SANA vouches
            return relayer, via
        return _split_relay(origin)[0], (relayer, *via)
    told = _TOLD.match(text)
    if told:
        return told.group(1).strip(" ,"), (told.group(2).strip(" ,."), *via)
    return text or source.strip(), via


def claimant_label(source: str) -> str:
    """The originating claimant as a short name: "Reuters, citing SANA" -> "SANA"."""
    return _split_relay(source)[0]


def relays(claim: Claim) -> tuple[str, ...]:
    """Who passed the claim on, nearest to the claimant first (``relayed_by``, then the text)."""
    named = (*claim.relayed_by, *_split_relay(claim.source)[1])
    return tuple(dict.fromkeys(named))


def is_unnamed(claim: Claim) -> bool:
    return claim.source_kind == "unnamed" or _unnamed_label(claim.source)


@functools.lru_cache(maxsize=_MEMO)
def _unnamed_label(source: str) -> bool:
    return bool(_UNNAMED.match(claimant_label(source)))


def claimant_key(claim: Claim) -> str | None:
    """Group key of the claim's originating claimant; ``None`` for unnamed claimants."""
    if is_unnamed(claim):
        return None
    return _label_key(claim.source)


@functools.lru_cache(maxsize=_MEMO)
def _label_key(source: str) -> str:
    return outlet_key(claimant_label(source))


def outlet_key(name: str) -> str:
    """Key of a news organisation or claimant name: "The Reuters.com" -> "reuters"."""
    words = normalise(name).split()
    if words and words[0] == "the":
        words = words[1:]
    while len(words) > 1 and words[-1] in _TLDS:
        words = words[:-1]
    return " ".join(words)


def position_key(claim: Claim) -> str:
    """Key of "who holds this position": the claimant, else the claim's article."""
    return claimant_key(claim) or f"article:{claim.article_id}:{normalise(claim.source)}"
