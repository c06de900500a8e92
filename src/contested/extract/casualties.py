"""Casualty figures: who was killed or injured, how many, and how sure the text is.

Component id: ``extract.casualties@6``. Rule-based and fast: precompiled patterns run only over
the region they are given (usually one sentence), and a region without any casualty word is
skipped at once. A number counts only when it is tied to a casualty word by one of these shapes:

- subject:  "more than 10 civilians were killed", "5 dead", "three members of the army died",
            "50 servicemen became martyrs", "all 33 terrorists were sent to hell" (communiques)
- object:   "killing 11 people", "wounded 14", "claimed the lives of", "killing all passengers"
- noun:     "the death of seven soldiers and one civilian", "the death toll rose to 12"
- counted:  "12 civilian deaths", "dozens of casualties", "a dozen coffins"
- none:     "no casualties", "did not result in casualties", "no one was hurt", "killing no
            one" (value 0)
- vague:    "There are dead and wounded", "caused casualties" (value None, "unspecified")
- lives:    "claimed nine lives", "six lives were lost"
- treated:  "30 people sustained injuries", "more than 60 were receiving treatment", "taken to
            hospital" (injured)
- named:    "killed Ali Hassan, a commander, along with his deputy and another fighter" (3)
- parts:    "Of the dead, eight were gunmen, one a guard and four were civilians" (14), "25 of the
            dead were tourists and one was a pony operator" (26): two parts or more, summed
- communique: "seven terrorists were neutralised" (7, qualified "neutralized": the figure as
            stated, the gold's convention since heldout6), "put out of action" fighters (vague)

Not a toll: an aim ("they wanted to kill everyone"), a part of a toll told elsewhere ("five of
the dead"), the victims told of ("evacuated the dead and wounded"), a running total or a war's,
the toll of another time (an event of a bare year, "a siege in 2017 that left 1,100 dead",
which no event sentence would take to a background mention; an earlier event that dates this
one, "since a truck bomb killed dozens", "two weeks after an ambush killed 11").

The module is split in five: :mod:`casualty_nouns` (who: noun-phrase heads and victim
groups), :mod:`casualty_phrases` (the phrase patterns), :mod:`casualty_finders` (one finder per
shape), :mod:`casualty_build` (a figure from a match: parts, sums, subsets) and this one (the
public entry, selection among overlapping candidates, running tolls and "others").

Conventions (shared/GOLD.md): numbers as stated, the qualifier apart; ranges give ``min``/``max``
and ``value=None``; parts the text lists are summed ("seven soldiers and one civilian" = 8,
victims ``mixed``, ``breakdown`` (("soldiers", 7), ("civilians", 1)); ``breakdown`` is only set
when the parts belong to more than one victim group). "N casualties" does not say who died:
it yields a killed and an injured figure, each ``vague`` with ``max=N``. "others" takes the
victims of the figure before it in the region ("10 civilians were killed and scores of others
were injured": both civilians).
"""

from __future__ import annotations

import re
from dataclasses import replace

from contested.extract.casualty_build import COMPONENT, CasualtyFigure, Kind, _Candidate
from contested.extract.casualty_finders import _FINDERS
from contested.extract.casualty_phrases import (
    _CUMULATIVE,
    _EXAMPLE,
    _PAST_YEAR,
    _PERIOD_FIRST,
    _QUICK,
    _WAR_TOLL,
)
from contested.types import Span

__all__ = ["COMPONENT", "CasualtyFigure", "Kind", "find_casualties"]

_I = re.IGNORECASE


# --- public API --------------------------------------------------------------------------------


def find_casualties(text: str, start: int = 0, end: int | None = None) -> list[CasualtyFigure]:
    """Casualty figures in ``text[start:end]``, in text order, spans absolute into ``text``."""
    stop = len(text) if end is None else min(end, len(text))
    if not _QUICK.search(text, start, stop):
        return []
    if _EXAMPLE.search(text, start, stop) or _PERIOD_FIRST.match(text, start):
        return []  # an example, or a toll over a period told first: no incident's toll
    candidates: list[_Candidate] = []
    for finder in _FINDERS:
        candidates.extend(finder(text, start, stop))
    kept = [c for c in _select(candidates) if not _cumulative(text, start, stop, c)]
    return _sides_summed(text, _inherit_others(_without_increments(text, kept)))


def _sides_summed(text: str, figures: list[CasualtyFigure]) -> list[CasualtyFigure]:
    """Tolls of two sides told in one sentence by one voice are one toll, summed ("killing 18
    militants, while an officer and a soldier were killed": 20, mixed); two tolls of the same
    or an unknown group, or with a second voice between them ("the rebels said"), stay apart:
    they are rival counts, not parts."""
    out: list[CasualtyFigure] = []
    for figure in figures:
        last = next((f for f in reversed(out) if f.kind == figure.kind), None)
        if last is not None and _other_side(text, last, figure):
            out[out.index(last)] = _summed(last, figure)
            continue
        out.append(figure)
    return out


def _other_side(text: str, a: CasualtyFigure, b: CasualtyFigure) -> bool:
    if a.vague or b.vague or not a.value or not b.value or "unknown" in (a.victims, b.victims):
        return False  # "no civilian was harmed" (0) is no part of a toll
    if a.victims == b.victims or a.qualifier != b.qualifier:
        return False
    return not _VOICE.search(text, a.span.end, b.span.start)


# a second voice, or a toll set against another, between two tolls
_VOICE = re.compile(
    r"\b(?:said|says|say|told|tells|according|reported|reports|put|puts|claimed|claims|announced"
    r"|stated|added|gave|counted|recorded|toll|figure|earlier|initially|previously|not|than)\b",
    _I,
)


def _summed(a: CasualtyFigure, b: CasualtyFigure) -> CasualtyFigure:
    parts: dict[str, int] = {}
    for figure in (a, b):
        for group, count in figure.breakdown or ((figure.victims, figure.value or 0),):
            parts[group] = parts.get(group, 0) + count
    total = (a.value or 0) + (b.value or 0)
    return replace(a, span=Span(a.span.start, b.span.end), value=total, victims="mixed",
                   breakdown=tuple(parts.items()))


def _cumulative(text: str, start: int, stop: int, cand: _Candidate) -> bool:
    """A running total or a toll over a period, not the toll of one incident (a region that
    opens with the period, :data:`_PERIOD_FIRST`, is left out whole by the caller)."""
    period = _CUMULATIVE.search(text, cand.span.start, stop)
    if period is not None and _same_clause(text, cand.span.end, period.start()):
        return True
    if _PAST_YEAR.search(text, max(start, cand.span.start - 90), cand.span.start):
        return True
    return any(
        m.start("verb") < cand.span.end and _no_break(text, m.end("verb"), cand.span.start)
        for m in _WAR_TOLL.finditer(text, start, cand.span.end)
    )


def _same_clause(text: str, end: int, at: int) -> bool:
    """A period told at ``at`` belongs to the figure ending at ``end``: no comma between ("Four
    attackers were also killed, he told reporters, blaming ... troops since January": the
    troops' time, not the toll's)."""
    return "," not in text[end:at]


def _no_break(text: str, start: int, end: int) -> bool:
    """Nothing but a few words between ``start`` and ``end`` (either may come first)."""
    between = text[min(start, end) : max(start, end)]
    return len(between) <= 40 and not _BREAK.search(between)


_BREAK = re.compile(r"[,;:]")


_MORE = re.compile(r"\b(?:more|another|further|additional|new)\b", _I)
_EARLIER = re.compile(
    r"\b(?:initially|earlier|previously|at\s+first|first)\b(?:\s+[\w-]+){0,3}\s*$", _I
)


def _without_increments(text: str, kept: list[_Candidate]) -> list[_Candidate]:
    """"Two more bodies were found, bringing the death toll to 14", "officials initially said
    eight were killed, but later raised the toll to 12": the running toll only."""
    totals = {f.kind for c in kept if c.total for f in c.figures}
    return [c for c in kept if c.total or not totals & {f.kind for f in c.figures}
            or not _superseded(text, c)]


def _superseded(text: str, cand: _Candidate) -> bool:
    """An increment of a running toll told beside it: "two more", "initially eight", "after
    four of the wounded died" (the toll "rose to 41")."""
    before = text[max(0, cand.span.start - 40) : cand.span.start]
    told = cand.span.of(text)
    return bool(_MORE.search(told) or _EARLIER.search(before) or _OF_THE_HURT.search(told))


_OF_THE_HURT = re.compile(r"\bof\s+(?:them|those|the\s+(?:wounded|injured|patients))\b", _I)


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Keep the best non-overlapping candidates: lower priority number first, then leftmost."""
    kept: list[_Candidate] = []
    for cand in sorted(candidates, key=lambda c: (c.priority, c.span.start)):
        if not any(cand.span.overlaps(k.span) for k in kept):
            kept.append(cand)
    return sorted(kept, key=lambda c: c.span.start)


def _inherit_others(kept: list[_Candidate]) -> list[CasualtyFigure]:
    """"others" takes the victims of the figure before it; "six were killed ... and three
    others were killed" adds up to one figure of nine."""
    out: list[CasualtyFigure] = []
    for cand in kept:
        figures = cand.figures
        if cand.others and out and out[-1].victims != "unknown":
            figures = tuple(replace(f, victims=out[-1].victims) for f in figures)
        if cand.others and out and _addable(out[-1], figures):
            out[-1] = _added(out[-1], figures[0])
            continue
        out.extend(figures)
    return out


def _addable(last: CasualtyFigure, figures: tuple[CasualtyFigure, ...]) -> bool:
    return (
        len(figures) == 1
        and figures[0].kind == last.kind
        and None not in (figures[0].value, last.value)
    )


def _added(last: CasualtyFigure, more: CasualtyFigure) -> CasualtyFigure:
    total = (last.value or 0) + (more.value or 0)
    return replace(last, span=Span(last.span.start, more.span.end), value=total)

