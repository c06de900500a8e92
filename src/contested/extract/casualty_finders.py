"""Casualty finders: one per phrase shape (subject, object, toll, counted, none, vague,
lives, treated, named, parts of the dead...), each giving candidates over a region. Part of
:mod:`contested.extract.casualties`."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from contested.extract.casualty_build import (
    CasualtyFigure,
    Kind,
    _apposition,
    _breakdown,
    _Candidate,
    _combine,
    _from_np,
    _kinds,
    _neutralized,
    _none_kinds,
    _not_a_count,
    _Part,
    _victims,
)
from contested.extract.casualty_nouns import (
    _HEAD,
    _HEAD_SEARCH,
    _JOIN,
    _NPLIST,
    _classify,
    _classify_modifiers,
)
from contested.extract.casualty_phrases import (
    _COUNTED,
    _COUNTED_CUE,
    _GAP,
    _INTENT_BEFORE,
    _LIVES,
    _LIVES_CUE,
    _LOST,
    _MATERIAL_ONLY,
    _NAMED,
    _NOBODY,
    _NOMINAL,
    _NONE,
    _NUMBER_OF,
    _OBJECT,
    _ORDINAL,
    _ORDINAL_OBJECT,
    _SUBJECT,
    _SUBJECT_CUE,
    _SUBSET_BEFORE,
    _SUFFERED,
    _SUFFERED_CUE,
    _THE_VICTIMS,
    _TOLL,
    _TREATED,
    _TREATED_CUE,
    _VAGUE,
    _WHO_BEFORE,
)
from contested.extract.numbers import COUNT_RE, parse_quantity
from contested.types import Span, Victims

_I = re.IGNORECASE


def _find_subject(text: str, start: int, end: int) -> list[_Candidate]:
    out: list[_Candidate] = []
    if not _SUBJECT_CUE.search(text, start, end):
        return out
    for found in _SUBJECT.finditer(text, start, end):
        m = _last_conjunct(text, found)
        if m is None or _not_a_count(text, m.start("np"), m.group("np")) or _apposition(text, m):
            continue
        if _active(text, m) or _withheld(text, m) or _WHOSE.search(text, m.start(), m.start("verb")):
            continue  # "a villager, whose father and two brothers were killed": who speaks
        kinds = _kinds(m.group("verb"), m.group("both"))
        cand = _from_np(text, m, kinds, priority=1)
        if cand is not None and _speculated(text, m, cand):
            continue
        if cand is not None and m.group("verb").lower().startswith(("neutrali", "put")):
            cand = _neutralized(cand)
        if cand is not None:
            out.append(cand)
    return out


def _speculated(text: str, m: re.Match[str], cand: _Candidate) -> bool:
    """"some people wearing civilian clothes may have died": no count and a modal, a guess."""
    no_count = all(f.value is None and f.max is None for f in cand.figures)
    return no_count and _MODAL.search(text, m.end("np"), m.start("verb")) is not None


_MODAL = re.compile(r"\b(?:may|might|could)\b", _I)


# what an active "killed" takes as its object: a count or a determiner ("two gunmen killed 12
# people", "the attackers killed a guard")
_OBJECT_AFTER = re.compile(
    r"\s+(?:(?:at\s+least|more\s+than|about|nearly|some|over|up\s+to)\s+)?(?:\d|(?:a|an|one|two"
    r"|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds|several"
    r"|many|his|her|their|its|all)\b|the\s+(?!(?:day|night|week|month|previous|same|following"
    r"|next|last|first|second|morning|evening|year)\b))",
    _I,
)


_TRANSITIVE = frozenset({"killed", "wounded", "injured", "buried", "murdered", "massacred",
                         "executed", "assassinated"})


def _active(text: str, m: re.Match[str]) -> bool:
    """The phrase before "killed" is its agent, not its victims: the verb follows it with no
    auxiliary and takes an object ("Two gunmen killed 12 people", "two gunmen riding a
    motorcycle killed a guard")."""
    verb = m.group("verb").lower()
    transitive = verb in _TRANSITIVE or verb.startswith(("neutrali", "gunned"))
    if not transitive or m.group("both"):
        return False
    between = text[m.end("np") : m.start("verb")]
    if between.strip() and (_PASSIVE.search(between) or not _PARTICIPLE_GAP.match(between)):
        return False
    return _OBJECT_AFTER.match(text, m.end("verb")) is not None


_PASSIVE = re.compile(r"\b(?:were|was|are|is|be|been|being|got|gets|get|had|has|have)\b", _I)
_PARTICIPLE_GAP = re.compile(r"\s+(?:[a-z]{2,}ing|in|near|at|from|inside|on|across|around)\s", _I)


_AMONG_BEFORE = re.compile(r"\bamong\s+$", _I)
_WHOSE = re.compile(r"\bwhose\b", _I)


_A_NUMBER = re.compile(r"(?:a|the)\s+number\b", _I)
_GIVE_BEFORE = re.compile(
    r"\b(?:give|gave|given|giving|provide[sd]?|providing|release[sd]?|releasing|disclose[sd]?"
    r"|disclosing|offer(?:ed|s)?|publish(?:ed|es)?|confirm(?:ed|s)?)\s+$",
    _I,
)


def _withheld(text: str, m: re.Match[str]) -> bool:
    """"did not give a number of dead": the number asked for, no toll."""
    if not _A_NUMBER.match(m.group("np")):
        return False
    return _GIVE_BEFORE.search(text, max(0, m.start("np") - 20), m.start("np")) is not None


def _find_injured(text: str, start: int, end: int) -> list[_Candidate]:
    """Injured told by what they suffered or where they were taken, not by "wounded"."""
    out = []
    for pattern, cue in ((_SUFFERED, _SUFFERED_CUE), (_TREATED, _TREATED_CUE)):
        if not cue.search(text, start, end):
            continue
        for m in pattern.finditer(text, start, end):
            if _not_a_count(text, m.start("np"), m.group("np")) or _apposition(text, m):
                continue
            if _BODIES.search(m.group("np")):
                continue  # "the bodies were taken to hospital": the dead
            cand = _from_np(text, m, ("injured",), priority=1)
            if cand is not None:
                out.append(cand)
    return out


_BODIES = re.compile(r"\bbod(?:y|ies)\b", _I)
_AND = re.compile(r"\band\s+")


def _last_conjunct(text: str, m: re.Match[str]) -> re.Match[str] | None:
    """"34 died, including two children, and 117 people were wounded": a list that opens with
    a subset of an earlier figure is read from its last member."""
    np_start, np_end = m.start("np"), m.end("np")
    if not _SUBSET_BEFORE.search(text, max(0, np_start - 24), np_start):
        return m
    ands = list(_AND.finditer(text[np_start:np_end]))
    return _SUBJECT.match(text, np_start + ands[-1].end(), m.end()) if ands else None


def _find_verb_first(text: str, start: int, end: int) -> list[_Candidate]:
    out = []
    patterns = (
        (_OBJECT, 2),
        (_LOST, 2),
        (_NOMINAL, 1),
        (_TOLL, 1),
        (_NUMBER_OF, 1),
        (_THE_VICTIMS, 1),
    )
    for pattern, priority in patterns:
        for m in pattern.finditer(text, start, end):
            if pattern is _OBJECT and _INTENT_BEFORE.search(text, max(start, m.start() - 40), m.start()):
                continue
            if pattern is _LOST and _WHO_BEFORE.search(text, max(start, m.start() - 20), m.start()):
                continue
            if pattern is _THE_VICTIMS and _AMONG_BEFORE.search(text, max(start, m.start() - 10), m.start()):
                continue  # "Among the dead are a woman and a child": a share
            verb = m.group("verb") if "verb" in pattern.groupindex else "killed"
            both = m.group("both") if "both" in pattern.groupindex else None
            cand = _from_np(text, m, _kinds(verb, both), priority)
            if cand is not None and m.groupdict().get("neutral"):
                cand = _neutralized(cand)
            if cand is not None and pattern in (_TOLL, _NUMBER_OF):
                cand = replace(cand, total=True)
            if cand is not None:
                out.append(cand)
    return out


def _find_lives(text: str, start: int, end: int) -> list[_Candidate]:
    out: list[_Candidate] = []
    if not _LIVES_CUE.search(text, start, end):
        return out
    for m in _LIVES.finditer(text, start, end):
        group = "np" if m.group("np") is not None else "np2"
        quantity = parse_quantity(m.group(group))
        if quantity is None or _not_a_count(text, m.start(group), m.group(group)):
            continue
        span = Span(m.start(), m.end())
        figure = CasualtyFigure(
            span, "killed", quantity.value, quantity.min, quantity.max, quantity.qualifier,
            victims=_classify_modifiers(m.group()), vague=quantity.vague,
        )
        out.append(_Candidate(span, 2, (figure,)))
    return out


def _find_counted(text: str, start: int, end: int) -> list[_Candidate]:
    out: list[_Candidate] = []
    if not _COUNTED_CUE.search(text, start, end):
        return out
    for m in _COUNTED.finditer(text, start, end):
        if _not_a_count(text, m.start("np"), m.group("np")):
            continue
        word = m.group("verb").lower()
        kinds = _COUNTED_KINDS[word]
        cand = _from_np(text, m, kinds, priority=2, label=word)
        victims = _classify_modifiers(m.group("mods"))
        if cand is not None and victims != "unknown":
            figures = tuple(replace(f, victims=victims) for f in cand.figures)
            cand = replace(cand, figures=figures)
        if cand is not None:
            out.append(cand)
    return out


def _find_none(text: str, start: int, end: int) -> list[_Candidate]:
    out = []
    for pattern in (_NONE, _NOBODY):
        for m in pattern.finditer(text, start, end):
            verb = m.groupdict().get("object") or m.group("verb")
            kinds = _none_kinds(verb, m.groupdict().get("both"))
            victims: Victims = "civilians" if "civilian" in m.group().lower() else "unknown"
            span = Span(m.start(), m.end())
            figures = tuple(CasualtyFigure(span, k, 0, victims=victims) for k in kinds)
            out.append(_Candidate(span, 0, figures))
    for m in _MATERIAL_ONLY.finditer(text, start, end):
        span = Span(m.start(), m.end())
        zero = tuple(CasualtyFigure(span, k, 0) for k in ("killed", "injured"))
        out.append(_Candidate(span, 0, zero))
    return out


def _find_vague(text: str, start: int, end: int) -> list[_Candidate]:
    out = []
    for m in _VAGUE.finditer(text, start, end):
        if m.group("pair") and _THE_BEFORE.search(text, max(start, m.start() - 8), m.start()):
            continue  # "evacuate the dead and wounded": the victims told of, not a toll
        span = Span(m.start(), m.end())
        figures = tuple(
            CasualtyFigure(span, k, None, qualifier="unspecified", vague=True)
            for k in ("killed", "injured")
        )
        out.append(_Candidate(span, 3, figures))
    for m in (*_MORE_DEAD.finditer(text, start, end), *_OUT_OF_ACTION.finditer(text, start, end)):
        span = Span(m.start(), m.end())
        figure = CasualtyFigure(span, "killed", None, qualifier="unspecified", vague=True)
        out.append(_Candidate(span, 3, (figure,)))
    return out


_THE_BEFORE = re.compile(r"\b(?:the|their|its|his|her)\s+$", _I)
# "there were other dead under the rubble": more dead, not counted
# "put out of action members of the extremist force": a communique's killed, no figure
_OUT_OF_ACTION = re.compile(
    r"\bput(?:s|ting)?\s+out\s+of\s+action[\"”’']?\s+(?:(?:some|several|many|a\s+number\s+of"
    r"|the)\s+)?(?:members|fighters|militants|terrorists|elements|insurgents|rebels|gunmen"
    r"|militiamen|jihadists|bandits|attackers)\b",
    _I,
)
_MORE_DEAD = re.compile(
    r"\bthere\s+(?:are|were|have\s+been|had\s+been|may\s+be|might\s+be|could\s+be)\s+"
    r"(?:other|more|further|many|several|some)\s+(?:dead|bodies)\b",
    _I,
)


_COUNTED_KINDS: Final[dict[str, tuple[Kind, ...]]] = {
    "fatalities": ("killed",),
    "deaths": ("killed",),
    "injuries": ("injured",),
    "casualties": ("killed", "injured"),
    "bodies": ("killed",),
    "coffins": ("killed",),
}


def _find_ordinal(text: str, start: int, end: int) -> list[_Candidate]:
    out = []
    for pattern in (_ORDINAL, _ORDINAL_OBJECT):
        for m in pattern.finditer(text, start, end):
            span = Span(m.start(), m.end())
            kind = _kinds(m.group("verb"), None)[0]
            out.append(_Candidate(span, 1, (CasualtyFigure(span, kind, 1),), others=True))
    return out


def _find_named(text: str, start: int, end: int) -> list[_Candidate]:
    out = []
    for m in _NAMED.finditer(text, start, end):
        span = Span(m.start(), m.end())
        victims = _classify_modifiers(m.group("role"))
        if victims == "unknown" and _ARMED_ROLE.search(m.group("role")):
            victims = "militants"
        # the span stays on the name: the words between may tell of other incidents
        along = _ALONG_WITH.match(text, m.end(), end)
        more = _companions(along.group("list")) if along else 0
        figure = CasualtyFigure(span, "killed", 1 + more, victims=victims)
        out.append(_Candidate(span, 2, (figure,)))
    return out


_ARMED_ROLE = re.compile(r"commander|fighter|militant|operative", _I)
# "killed Ali Hassan, a commander of the group, along with his deputy and another fighter",
# "killing Omar Saleh, a local leader, and his driver"
_ALONG_WITH = re.compile(
    r"(?:[^.;:!?]{0,150}?\b(?:along|together)\s+with|(?:\s+of\s+[^,.;:!?]{1,60})?,?\s+and)"
    r"\s+(?P<list>[^.;:!?]+?)(?=\s+(?:in|on|at|when|after|while|as)\b|[,.;:!?]|$)",
    _I,
)
_COMPANION = re.compile(
    rf"(?:(?P<qty>{COUNT_RE})\s+)?(?:[\w'’-]+\s+){{0,2}}?(?P<noun>{_HEAD}|deput(?:y|ies)"
    r"|aides?|assistants?|bodyguards?|escorts?|companions?|associates?|lieutenants?|uncles?"
    r"|aunts?)",
    _I,
)
_POSSESSIVE = re.compile(r"^(?:his|her|its|their)\s+", _I)
_JOIN_SPLIT = re.compile(_JOIN, _I)


def _companions(phrase: str) -> int:
    """How many people a companion list names: "his deputy and another fighter" = 2, "his two
    bodyguards" = 2; 0 when a member is no person or is not counted ("his guards")."""
    total = 0
    for piece in _JOIN_SPLIT.split(phrase.strip()):
        m = _COMPANION.fullmatch(_POSSESSIVE.sub("", piece.strip()))
        if m is None:
            return 0
        if m.group("qty") is None:
            noun = m.group("noun").lower()
            if noun.endswith("s") or noun in ("children", "men", "women", "people", "staff"):
                return 0
            total += 1
            continue
        quantity = parse_quantity(m.group("qty"))
        if quantity is None or quantity.value is None:
            return 0
        total += quantity.value
    return total


# "... went off, killing the driver": one person the text singles out by a definite noun
_THE_ONE = re.compile(
    r"\b(?P<verb>kill(?:ing|ed)|wound(?:ing|ed)|injur(?:ing|ed))\s+the\s+"
    r"(?P<mods>(?:(?!and\b|or\b)[\w'’-]+\s+){0,2}?)"
    r"(?P<head>driver|man|woman|boy|girl|child|baby|soldier|officer|policeman|guard|pilot"
    r"|commander|owner|occupant|passenger|farmer|shepherd|journalist|doctor|nurse|teacher)\b"
    r"(?!\s*(?:'s|’s|and|or)\b)",
    _I,
)
_LISTED_BEFORE = re.compile(r"\b(?:including|among\s+them|among\s+whom|such\s+as)\s+$", _I)


def _find_the_one(text: str, start: int, end: int) -> list[_Candidate]:
    out = []
    for m in _THE_ONE.finditer(text, start, end):
        if _LISTED_BEFORE.search(text, max(start, m.start() - 20), m.start()):
            continue
        span = Span(m.start(), m.end())
        kind = _kinds(m.group("verb"), None)[0]
        victims = _classify(m.group("head"), m.group("mods"), "")
        out.append(_Candidate(span, 3, (CasualtyFigure(span, kind, 1, victims=victims),)))
    return out


# "Of the dead, eight were gunmen, one a guard and four were civilians", "Twenty-five of the
# dead were tourists and one was a pony operator": the toll told as its parts, summed
_OF_WHOM = r"of\s+the\s+(?P<verb>dead|killed|victims|wounded|injured)"
_OF_THE_DEAD = re.compile(
    rf"(?:(?P<first>{COUNT_RE})\s+|\b){_OF_WHOM}(?(first)\s+(?:were|was)\s+|\s*,\s*)", _I
)
# a part: a count (not an article: ", a senior officer said" ends the list) and who it counts,
# a noun phrase ("in critical condition" counts no one)
_NOT_WHO = (
    r"(?:in|at|on|under|still|being|later|now|taken|treated|discharged|admitted|released|listed"
    r"|reported|said|killed|wounded|injured|dead|were|was|are|is)\b"
)
_LISTED_PART = re.compile(
    rf"(?!an?\s)(?P<qty>{COUNT_RE})\s+(?:(?:were|was|are|is)\s+)?"
    rf"(?P<desc>(?!{_NOT_WHO})(?:(?!\s+and\s)[^,;.])+)",
    _I,
)
_RELATIVE = re.compile(r"\s(?:who|whom|which|that|from|in|at|on|near|with|after)\s", _I)
_PART_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+", _I)


_OF_THE_DEAD_CUE = re.compile(rf"{_OF_WHOM}\b", _I)


def _find_parts_of_the_dead(text: str, start: int, end: int) -> list[_Candidate]:
    out: list[_Candidate] = []
    cue = _OF_THE_DEAD_CUE.search(text, start, end)
    if cue is None:
        return out
    # the list opens at most a count's words before its cue ("Twenty-five of the dead")
    for m in _OF_THE_DEAD.finditer(text, max(start, cue.start() - 40), end):
        parts, at = _listed_parts(text, m, end)
        if len(parts) < 2:
            continue
        value, low, high, qualifier, vague = _combine(parts)
        kind: Kind = "injured" if m.group("verb").lower() in ("wounded", "injured") else "killed"
        span = Span(m.start("first") if m.group("first") else m.start(), at)
        breakdown = _breakdown(parts) if len({p.victims for p in parts}) > 1 else ()
        figure = CasualtyFigure(span, kind, value, low, high, qualifier, _victims(parts),
                                breakdown, vague)
        out.append(_Candidate(span, 1, (figure,)))
    return out


def _listed_parts(text: str, m: re.Match[str], end: int) -> tuple[list[_Part], int]:
    """The parts listed from ``m`` on, each a count and what it counts, and where they end."""
    parts: list[_Part] = []
    at = m.end()
    if m.group("first"):
        quantity = parse_quantity(m.group("first"))
        desc = _DESC.match(text, at, end)
        if quantity is None or desc is None:
            return [], at
        parts.append(_Part(quantity, _described(desc.group()), False))
        at = desc.end()
        join = _PART_JOIN.match(text, at, end)
        if join is None:
            return parts, at
        at = join.end()
    while at < end:
        part = _LISTED_PART.match(text, at, end)
        quantity = parse_quantity(part.group("qty")) if part else None
        if part is None or quantity is None:
            break
        parts.append(_Part(quantity, _described(part.group("desc")), False))
        at = part.end()
        join = _PART_JOIN.match(text, at, end)
        if join is None:
            break
        at = join.end()
    return parts, at


_DESC = re.compile(r"(?:(?!\s+and\s)[^,;.])*", _I)


def _described(desc: str) -> Victims:
    """The victims a listed part names ("alleged gunmen", "a National Guard member")."""
    desc = _RELATIVE.split(desc, maxsplit=1)[0]
    head = _HEAD_SEARCH.search(desc)
    if head is None:
        return _classify_modifiers(desc)
    return _classify(head.group(), desc[: head.start()], desc[head.end() :])


# "Of the 46, 23 died of burns and the rest of gunshot wounds": the whole, told again before
# its share, is the toll (the share alone is no toll)
_OF_THE_WHOLE = re.compile(
    rf"\bof\s+(?:the|these|those)\s+(?P<np>{COUNT_RE})(?:\s+(?P<noun>dead|killed|victims"
    rf"|bodies|wounded|injured))?\s*,\s*{COUNT_RE}\s+(?:(?:were|was|had|have|been)\s+){{0,2}}"
    r"(?P<verb>died|killed|dead|perished|wounded|injured|hurt)\b",
    _I,
)


def _find_of_the_whole(text: str, start: int, end: int) -> list[_Candidate]:
    out: list[_Candidate] = []
    if not _OF_THE_DEAD_CUE_WHOLE.search(text, start, end):
        return out
    for m in _OF_THE_WHOLE.finditer(text, start, end):
        quantity = parse_quantity(m.group("np"))
        if quantity is None:
            continue
        word = (m.group("noun") or m.group("verb")).lower()
        kind: Kind = "injured" if word in ("wounded", "injured", "hurt") else "killed"
        span = Span(m.start(), m.end())
        figure = CasualtyFigure(span, kind, quantity.value, quantity.min, quantity.max,
                                quantity.qualifier, vague=quantity.vague)
        out.append(_Candidate(span, 0, (figure,)))
    return out


_OF_THE_DEAD_CUE_WHOLE = re.compile(r"\bof\s+(?:the|these|those)\s", _I)


# "Seven of them died of their injuries", "two of the wounded later died from their wounds":
# the wounded who died, a death toll of their own
_DIED_OF_WOUNDS = re.compile(
    rf"(?<![\w-])(?P<np>{COUNT_RE})\s+of\s+(?:(?P<hurt>the\s+(?:wounded|injured|patients))|them"
    r"|those)\s+(?:(?:later|subsequently|have|has|had|since)\s+)*(?:died|succumbed)\b"
    r"(?(hurt)|\s+(?:(?:of|from|to)\s+(?:their\s+|his\s+|her\s+)?(?:injuries|wounds)\b"
    r"|in\s+(?:a\s+|the\s+)?hospital\b))",
    _I,
)
_DIED_OF_CUE = re.compile(r"\bof\s+(?:them|those|the\s+(?:wounded|injured|patients))\s", _I)


def _find_died_of_wounds(text: str, start: int, end: int) -> list[_Candidate]:
    return _killed_by(_DIED_OF_CUE, _DIED_OF_WOUNDS, text, start, end, priority=1)


def _killed_by(
    cue: re.Pattern[str], pattern: re.Pattern[str], text: str, start: int, end: int,
    priority: int, victims: Victims = "unknown",
) -> list[_Candidate]:
    """Killed figures of one ``pattern`` (its count in group ``np``, else one person), run
    only over a region ``cue`` finds."""
    out: list[_Candidate] = []
    if not cue.search(text, start, end):
        return out
    for m in pattern.finditer(text, start, end):
        value: int | None = 1
        if "np" in pattern.groupindex:
            quantity = parse_quantity(m.group("np"))
            value = quantity.value if quantity is not None else None
        if value is None:
            continue
        span = Span(m.start(), m.end())
        out.append(_Candidate(span, priority, (CasualtyFigure(span, "killed", value, victims=victims),)))
    return out


# "regrets the death of Inspector André Frias", "the killing of Sergeant Ali Musa": one
# officer of the state's forces, named by rank
_RANKED_DEATH = re.compile(
    r"\b(?:death|killing|murder|assassination)\s+of\s+(?:(?:a|one|police|army|military)\s+)?"
    r"(?-i:Inspector|Sergeant|Sgt\.?|Corporal|Cpl\.?|Constable|Private|Pvt\.?|Lieutenant|Lt\.?"
    r"|Captain|Capt\.?|Major|Colonel|Col\.?|Commander|Officer|Agent|Detective|Superintendent"
    r"|Brigadier|Warrant\s+Officer|Trooper|Gendarme)\s+(?-i:[A-Z][\w'’-]+)(?![^,.;]{0,50}\band\s)",
    _I,
)
_RANKED_CUE = re.compile(r"\b(?:death|killing|murder|assassination)\s+of\s", _I)


def _find_ranked_death(text: str, start: int, end: int) -> list[_Candidate]:
    return _killed_by(_RANKED_CUE, _RANKED_DEATH, text, start, end, priority=2, victims="soldiers")


# "Two passengers were hit by stray bullets": people (the lexicon's heads only) hit by fire,
# wounded; not when the clause goes on to kill them
_HIT_BY_FIRE = re.compile(
    rf"(?P<np>{_NPLIST})(?:{_GAP})?\s+(?:were|was|had\s+been|have\s+been)\s+(?:also\s+)?"
    r"(?:hit|struck)\s+by\s+(?:an?\s+)?(?:(?:stray|live|rubber|plastic)\s+)?"
    r"(?:bullets?|gunfire|shrapnel|rounds)\b"
    r"(?![^.;]{0,40}\b(?:killed|died|dead|fatally)\b)",
    _I,
)
_HIT_CUE = re.compile(r"\b(?:hit|struck)\s+by\s", _I)


def _find_hit_by_fire(text: str, start: int, end: int) -> list[_Candidate]:
    out: list[_Candidate] = []
    if not _HIT_CUE.search(text, start, end):
        return out
    for m in _HIT_BY_FIRE.finditer(text, start, end):
        cand = _from_np(text, m, ("injured",), 2)
        if cand is not None:
            out.append(cand)
    return out


_FINDERS: Final = (
    _find_of_the_whole,
    _find_died_of_wounds,
    _find_parts_of_the_dead,
    _find_none,
    _find_lives,
    _find_subject,
    _find_injured,
    _find_verb_first,
    _find_counted,
    _find_vague,
    _find_ordinal,
    _find_named,
    _find_the_one,
    _find_ranked_death,
    _find_hit_by_fire,
)

