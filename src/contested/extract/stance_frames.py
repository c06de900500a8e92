"""Who a blame names besides its plain agent, and the actor hits it reads.

Part of ``extract.stance`` (its component id): the hits' protocol and kinds (a party's name, a
state's, a common noun for a side); parties blamed jointly ("the army and its M23
auxiliaries"); a clause with its own speaker (", but Moscow said"); a state's forces named by a
common noun as the subject of an act someone reports ("said the air force had struck",
"witnesses said soldiers fired on the crowd"); an admission ("acknowledged that").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Protocol

from contested.extract.actors import GENERIC, MEMBERS_OF_GROUP, MEMBERS_WORDS, OWN_WORD
from contested.types import Span


class ActorHitLike(Protocol):
    @property
    def span(self) -> Span: ...
    @property
    def canonical(self) -> str: ...
    @property
    def root(self) -> str: ...


def is_weak(hit: ActorHitLike) -> bool:
    """A common noun for a side the lexicon does not name ("soldiers", "militants")."""
    return getattr(hit, "component", "") == GENERIC and getattr(hit, "form", "") == "descriptor"


def is_state(hit: ActorHitLike) -> bool:
    return getattr(hit, "kind", "") in ("state", "state_military")


def is_named(hit: ActorHitLike) -> bool:
    """A party's name, not a place, a demonym or a common noun ("soldiers": :func:`is_weak`)."""
    return getattr(hit, "form", "name") == "name"


# "witnesses told reporters that soldiers fired on the crowd": a state's forces, by a common
# noun, as the subject of the act someone reports
_REPORTED = re.compile(
    r"\b(?:said|says|told(?:\s+[\w'’-]+){1,3}?|reported|claimed|alleged|insisted)\s+(?:that\s+)?"
    r"(?:the\s+)?$"
    # "told a rally on Monday that the police had", "said there were indications that police"
    r"|\b(?:said|says|told|reported|claimed|alleged|insisted|found|concluded)\b[^.;]{0,60}?\bthat\s+"
    r"(?:the\s+)?$"
    r"|^\s*[“\"‘']\s*(?:the\s+)?$"  # a quote opening with them: "“The soldiers shot from ...”"
    r"|\b(?:saw|seen|watched|witnessed)\s+(?:the\s+)?$",  # "he had seen soldiers firing from"
    re.IGNORECASE,
)


# what forces do to people, not the enemy they kill in a clash ("the army units killed a number
# of the terrorists" is the army's own report of a battle); "soldiers of the presidential guard,
# known as the red berets, entered the stadium, fired into the crowd"; "the police had
# "massacred" workers"; their own account: "had to use force", "returned fire". Not a passive
# ("the police were attacked by the group": the police are the victims).
_FORCES_ACT = re.compile(
    r"\s*(?:of\s+(?:the\s+)?(?:(?!(?:was|were|had|has|have|been|and)\b)[\w'’-]+\s*){1,4}?)?"
    r"(?:,[^,.;]{1,50},)?\s*"
    r"(?:(?:entered|stormed|surrounded|moved\s+into|arrived\s+at)\s+[^,.;]{1,50},\s+)?"
    r"(?:(?!(?:was|were|been|being|is|are|be)\b)[\w-]+\s+){0,2}?(?:then\s+)?(?:had\s+|have\s+)?"
    r"(?:\w+ly\s+)?[“\"]?(?:fired\s+(?:on|at|into)|opened\s+fire"
    r"|shot\s+(?:at|into|from|dead)|firing\s+(?:on|at|into|from)"
    r"|shot\s+(?:\w+\s+){0,2}?(?:protesters|demonstrators|civilians|people|villagers|students"
    r"|worshippers|mourners|supporters|marchers|crowds?)|shelled|bombed|struck|attacked|raided|stormed|torched|burned"
    r"|executed|massacred|murdered|beat|returned\s+fire|neutrali[sz]ed\s+the"
    r"|(?:had\s+to\s+)?(?:use|used|employ|employed)\s+(?:\w+\s+)?force"
    r"|acted\s+in\s+(?:legitimate\s+)?self-defen[cs]e"
    r"|killed(?![^.;]{0,60}?\b(?:militants|terrorists|insurgents|rebels|fighters|attackers"
    r"|assailants|gunmen|bandits|jihadists)\b)"
    r"|entered\s+[^.;]{1,60}?\band\s+joined\s+(?:the|in\s+the)\s+(?:attack|killing|shooting))\b",
    re.IGNORECASE,
)
# "Police then opened fire on the group, killing three, Ngubane said": the forces open the
# sentence and a speaker closes it
_OPENS = re.compile(r"^\W*(?:the\s+)?$", re.IGNORECASE)
_WHEN = re.compile(r"\b(?:when|as|after)\s+(?:the\s+)?$", re.IGNORECASE)
_SAID_AT_END = re.compile(
    r",\s+(?:[\w'’.-]+\s+){0,6}?(?:said|says|told\s+[\w\s]{1,30}|added|stated)\s*[.!]?[”\"]?\s*$",
    re.IGNORECASE,
)


def reported_forces(hit: ActorHitLike, before: str, after: str, sentence: str = "") -> bool:
    """A state's forces by a common noun as the subject of the act someone reports ("witnesses
    said soldiers fired on the crowd"; "Police opened fire on the group, X said")."""
    if not (is_weak(hit) and is_state(hit)):
        return False  # a state's forces by a common noun ("soldiers"), not a name or a capital
    if not _FORCES_ACT.match(after):
        return False
    if _REPORTED.search(before) is not None:
        return True
    # "Three people were killed when soldiers opened fire on protesters, police said"
    return bool(_OPENS.match(before) or _WHEN.search(before)) and bool(_SAID_AT_END.search(sentence))


def narrated_forces(hit: ActorHitLike, before: str, after: str) -> bool:
    """A state's forces by a common noun open the sentence as the subject of an act, told by
    no one the sentence names ("The police teams returned fire"): only their own side's account
    (a police statement) makes it a claim, a confirmation."""
    return is_weak(hit) and is_state(hit) and bool(_OPENS.match(before)) and bool(
        _FORCES_ACT.match(after)
    )


_SAME_FORCE = (
    ("polic", re.compile(r"\bpol[ií]c(?:e|[ií]a)\b", re.IGNORECASE)),
    ("gendarm", re.compile(r"\bgendarm", re.IGNORECASE)),
    ("", re.compile(r"\b(?:army|military|armed\s+forces|defen[cs]e|troops|command)\b", re.IGNORECASE)),
)


def same_force(force: str, speaker: str) -> bool:
    """Whether a speaker ("police spokesman Brigadier X", "the army's Second Army Area") speaks
    for the forces a common noun names ("the police", "soldiers")."""
    for stem, pattern in _SAME_FORCE:
        if stem in force.lower():
            return bool(pattern.search(speaker))
    return False


# "the Rwandan army and its M23 auxiliaries", "soldiers accompanied by armed Fulani herders",
# "members of Los Lobos and Los Tiguerones": two parties blamed as one subject
_JOINT = re.compile(
    r"\s*,?\s*(?:and|as\s+well\s+as|along\s+with|together\s+with|alongside|backed\s+by"
    r"|supported\s+by|accompanied\s+by|aided\s+by|assisted\s+by)\s+(?:the\s+|its\s+|their\s+"
    r"|allied\s+|armed\s+)?(?:(?!by\s)[\w-]+\s+)?",  # not "by X and by Y": one allegation
    re.IGNORECASE,
)


_SPONSOR_BEFORE = re.compile(
    r"\b(?:(?:linked|tied|allied|affiliated|aligned|loyal)\s+(?:to|with)|backed\s+by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def joint_partner(text: str, actors: Sequence[ActorHitLike], agent: str) -> str | None:
    """The party named right after ``agent`` and blamed with it: both names (not a demonym, a
    place or a common noun), joined by "and", "backed by", "accompanied by"."""
    for first, second in itertools.pairwise(actors):
        if first.canonical != agent or not (is_named(first) and is_named(second)):
            continue
        if _SPONSOR_BEFORE.search(text, max(0, first.span.start - 30), first.span.start):
            continue  # "groups linked to al Qaeda and Islamic State": their sponsors, not them
        m = _JOINT.match(text, first.span.end, second.span.start)
        if m is not None and m.end() == second.span.start and second.root != first.root:
            return second.canonical
    return None


# "The Government acknowledged that an air strike carried out by the Togolese armed forces
# killed seven civilians": a state's organ owning what its forces did
_ADMITS = re.compile(r"(?<![a-z])(?:acknowledge[ds]|admit(?:ted|s)|concede[ds])(?![a-z])")


def admits(sentence: str) -> bool:
    """Whether the sentence tells of an admission ("acknowledged", "conceded")."""
    return _ADMITS.search(sentence.lower()) is not None


def is_state_agent(actors: Sequence[ActorHitLike], agent: str) -> bool:
    return any(a.canonical == agent and is_state(a) for a in actors)


# ", but Moscow said", "; the rebels, however, blamed": a clause with a speaker of its own
_CLAUSE_SAYS = re.compile(
    r"\s*(?:,\s*(?:however|in\s+turn)\s*,\s*)?(?:\w+ly\s+)?(?:said|says|claimed|claims|insisted"
    r"|countered|maintained|blamed|blames|accused|accuses|argued|responded|replied)\b",
    re.IGNORECASE,
)
_CLAUSE_OPEN = re.compile(r"[,;]\s+(?:but|while|whereas)\s+(?:the\s+)?$|;\s+(?:the\s+)?$", re.IGNORECASE)


def clause_speaker(
    text: str, span: Span, actors: Sequence[ActorHitLike], agent: str
) -> Span | None:
    """"Kyiv said a Russian missile hit the market, but Moscow said the blast was caused by a
    Ukrainian missile": the blame after ", but Moscow said" is Moscow's, not the claimant's."""
    hit = next(
        (a for a in actors if a.canonical == agent and getattr(a, "form", "") != "place"), None
    )
    if hit is None:
        return None
    for speaker in actors:
        if speaker.span.end >= hit.span.start or speaker.canonical == agent:
            continue
        opens = _CLAUSE_OPEN.search(text, max(span.start, speaker.span.start - 12), speaker.span.start)
        if opens and _CLAUSE_SAYS.match(text, speaker.span.end, hit.span.start):
            return speaker.span
    return None


# "said the air force had struck", "confirmed that army jets bombed", "said security forces had
# taken action against": a state's arm as the subject of a strike someone reports (not "the army
# killed the attackers", told of a clash the other side began)
_ARM_ACTS = re.compile(
    r"\b(?:said|says|confirmed|confirms|announced|stated|acknowledged|admitted|reported)\b"
    r"[^.;“”\"]{0,50}?\b(?:that\s+)?(?:the\s+)?(?:(?:air\s+force|army|navy|military)(?:\s+(?:jets"
    r"|aircraft|warplanes|planes|drones|helicopters|units|troops|artillery))?|troops|soldiers"
    r"|security\s+forces|(?P<own>(?:alliance|coalition|allied|our|its|their)\s+(?:aircraft|jets"
    r"|warplanes|planes|drones|forces|troops|units|artillery)))\s+(?:had\s+|has\s+|have\s+)?"
    r"(?:\w+ly\s+)?(?:carried\s+out|conducted"
    r"|launched|struck|targeted|hit|bombed|shelled|raided|fired\s+(?:on|at)|opened\s+fire"
    r"|(?:taken|took)\s+(?:action|measures)\s+against)\b",
    re.IGNORECASE,
)


def own_arm(
    text: str, span: Span, actors: Sequence[ActorHitLike], claimant_actor: str | None
) -> str | None:
    """"A military spokesman confirmed that the air force had struck the site": a state's
    forces named by a common noun (the article's state, else "security forces") as the subject
    of the act a speaker reports; their own side's word confirms it, anyone else's blames."""
    m = _ARM_ACTS.search(text, span.start, span.end)
    if m is None:
        return None
    at = Span(m.start(), m.end())
    inside = [a for a in actors if at.contains(a.span)]
    if m.group("own") is not None and not inside:
        return claimant_actor  # "NATO confirmed that alliance aircraft had struck"
    states = [a for a in inside if is_state(a)]
    return states[0].canonical if states else None


# The members of a group named as the agents, whatever the group (a hit the actors' frames read,
# see ``actors._MEMBERS_NAME``): "carried out by a group of the X", "committed by \"presumed
# elements of the X\"", "the perpetrators were \"armed elements of the X\"", "the attackers were
# members of the banned group X", "the killers were rebels of X"; the attackers' own word
# ("had shouted that they were \"the X\""); "X guerrillas were believed to be behind the attack".
_MEMBERS_BEFORE = re.compile(
    f"{MEMBERS_OF_GROUP}$"
    rf"|\b(?:attackers|assailants|gunmen|killers|raiders)\b[^.;]{{0,80}}{OWN_WORD}$",
    re.IGNORECASE,
)
_BEHIND_AFTER = re.compile(
    r"^[”\"]?\)?(?:\s+(?:guerrill?as|fighters|rebels|militants|terrorists|militiamen|gunmen|members"
    r"|elements|insurgents|cadres))?\s+(?:(?:who|that)\s+)?(?:were|was|are|is)\s+(?:\w+ly\s+)?(?:(?:believed|thought"
    r"|suspected|said|alleged)\s+to\s+(?:be|have\s+been)\s+)?(?:behind|responsible\s+for|to\s+blame"
    r"\s+for)\s+(?:the|this|these|that|both|last|\w+day['’]s)\b",
    re.IGNORECASE,
)


_SPELLED = re.compile(r"(?:(?-i:[A-Z])[\w'’-]*\s+(?:(?:of|the|for|and)\s+){0,2}){1,6}\(\s*$")


# "several of them recognised ZRF fighters from nearby hills" (of the attackers)
_RECOGNISED = re.compile(
    r"\b(?:recogni[sz]ed|identified)\s+(?:some\s+of\s+(?:the\s+|them\s+)?)?(?:them\s+as\s+)?"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
_ATTACKERS = re.compile(r"\b(?:attackers|assailants|gunmen|raiders|killers)\b", re.IGNORECASE)


def named_members(text: str, span: Span, hit: ActorHitLike) -> bool:
    """Whether ``hit`` (a party named, not a common noun) is named as the agents by one of the
    frames above: the accused is the named group, not the speaker."""
    if is_weak(hit):
        return False
    start = max(span.start, hit.span.start - 160)
    before = text[start : hit.span.start]
    spelled = _SPELLED.search(before)
    if spelled is not None:  # "members of the banned group Jamaat Bangla (JB)": the acronym
        before = before[: spelled.start()]
    lowered = before.lower()
    if any(w in lowered for w in MEMBERS_WORDS) and _MEMBERS_BEFORE.search(before):
        return True
    if ("recogni" in lowered or "identified" in lowered) and _RECOGNISED.search(before):
        return _ATTACKERS.search(span.of(text)) is not None  # a witness knows the attackers
    after = text[hit.span.end : min(span.end, hit.span.end + 100)]
    return ("behind" in after or "blame" in after or "responsible" in after) and bool(
        _BEHIND_AFTER.match(after)
    )


_OF_NAMED = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?", re.IGNORECASE)


def members_of_named(text: str, hit: ActorHitLike, actors: Sequence[ActorHitLike]) -> bool:
    """"rebels of the Movement for X": the common noun names the members of a party named
    right after it; the party is the one blamed, not the noun."""
    if not is_weak(hit):
        return False
    m = _OF_NAMED.match(text, hit.span.end)
    return m is not None and any(a.span.start == m.end() and not is_weak(a) for a in actors)
