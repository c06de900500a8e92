"""Group an article's event sentences into incident mentions: primary or background.

The first reported event opens the primary mention; later event sentences join it unless a
cue marks them as an earlier incident recalled for context (background) or a separate
incident ("in a separate attack"). Sentences without a trigger that carry a toll or a denial
join the mention they follow; those told before the first event sentence (a lede that gives
the toll, "At least nine people were killed on Friday when bombs fell on the camps") join the
first incident told.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from contested.extract.casualties import find_casualties
from contested.extract.date_expressions import find_date_expressions
from contested.extract.dates import resolve_expression
from contested.extract.event_tolls import toll_told
from contested.extract.events import RECENT, Trigger, find_triggers, sentence_filter
from contested.extract.sentences import Sentence
from contested.extract.stance import names_agent, tells_agent
from contested.quickre import quick
from contested.types import Role, Span

_SENTENCE_BACKGROUND = re.compile(
    r"^(?:over the past (?:week|month|days)|last (?:week|month|year)|earlier this (?:week|month|year)"
    r"|in (?:19|20)\d\d|back in|that comes after|the latest incident also)\b"
    r"|\bcomes after a series of\b",
    re.IGNORECASE,
)
_SEPARATE = re.compile(
    r"\b(?:in a separate (?:incident|attack|strike)|separately|elsewhere)\b"
    r"|^(?:on )?the same day\b|^(?:earlier|later) (?:on|that) (?:day|night|\w+day)\b"
    r"|^in (?:another|a second) (?:incident|attack|strike)\b|^hours (?:later|earlier),",
    re.I,
)
# "its jets struck the launch site in response": a strike in retaliation is an incident of its
# own when it is of another kind than the one it answers.
_RETALIATION = re.compile(r"\bin (?:response|retaliation|reprisal)\b|\bretaliat\w+", re.I)
SAME_DAY = re.compile(r"^(?:on )?the same day\b|\bon the same day\b", re.I)
_FOLLOW_UP = re.compile(
    r"\b(?:killed|killing|dead|deaths?|wounded|injured|casualties|toll|den(?:y|ies|ied)|"
    r"responsib\w+|rejected|blamed|accused|behind|carried out|conducted|targeted|confirmed"
    r"|neutrali[sz]ed|misfired|errant)\b",
    re.I,
)


DayKey = tuple[int, int, int]  # (year or 0, month, day) as the text writes it


_STANCE_CUE = quick(
    r"\b(?:den(?:y|ies|ied|ying)|rejected|blamed|accused|claimed responsibility"
    r"|(?:bears?|took|takes) (?:full )?responsibility|(?:was|were|is|are) (?:\w+ )?behind"
    r"|held\b[^.;]{1,60}\b(?:responsible|accountable))\b",
    re.I,
)


@dataclass
class Draft:
    role: Role
    triggers: list[Trigger] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    day: DayKey | None = None  # the first calendar date its event sentences give
    slack: int = 0  # days ``day`` may be off: 1 when read from "on Friday" against the anchor

    def add(self, sentence: Sentence, triggers: list[Trigger]) -> None:
        self.triggers.extend(triggers)
        if not self.sentences or self.sentences[-1].index != sentence.index:
            self.sentences.append(sentence)


def group_mentions(
    text: str, sentences: list[Sentence], anchor: dt.date | None = None,
    datelines: Sequence[Span] = (),
) -> list[Draft]:
    """Mention drafts of the article, primary first, in text order otherwise. ``anchor``, the
    publication or filing day, tells an incident of an earlier month ("In early January a
    drone strike ...") as recalled. ``datelines``: the filing date of "MAPUTO, March 28 (SCW)
    - ..." is no day of the incident its sentence tells."""
    drafts: list[Draft] = []
    primary: Draft | None = None
    current: Draft | None = None
    lede: list[Sentence] = []  # stances and tolls told before the first event sentence
    for sentence in sentences:
        if why := sentence_filter(sentence.text):
            # a habitual or statistical aside reports no incident, but a denial or accusation
            # in the sentence still belongs to the one being told; so does a toll of a
            # sentence with no trigger that a tally's wording filtered ('"We have counted 58
            # bodies at the morgue," the doctor said')
            if current is not None and is_stance(sentence):
                current.add(sentence, [])
            elif current is None and is_stance(sentence):
                lede.append(sentence)
            elif why == "statistic" and current is not None and _counted_toll(text, current, sentence):
                current.add(sentence, [])
            continue
        triggers = find_triggers(text, sentence.span)
        opening = _SENTENCE_BACKGROUND.search(sentence.text)
        if opening or _earlier_month(text, sentence, triggers, anchor):
            recent = opening is not None and bool(RECENT.search(opening.group()))
            triggers = [_as_background(t, recent) for t in triggers]
        told = any(not t.background for t in triggers)
        day = explicit_day(text, sentence, datelines) if told else None
        if day is not None and _long_before(day, anchor):
            # "revived memories of December 16, 2014, when gunmen killed ...": recalled
            triggers, day = [_as_background(t) for t in triggers], None
        foreground = [t for t in triggers if not t.background]
        background = [t for t in triggers if t.background]
        if foreground and primary is not None and _other_day(primary.day, day, primary.slack) \
                and not _this_one(text, foreground):
            earlier = day is not None and primary.day is not None and _earlier(day, primary.day)
            current = _dated_draft(drafts, "background" if earlier else "primary", day)
            current.add(sentence, foreground)
        elif foreground and primary is None and (recalled := _refers_back(text, drafts, foreground)):
            current = recalled  # "The coalition later admitted its strike on the bus": the
            current.add(sentence, [_as_background(t) for t in foreground])  # one recalled
        elif foreground:
            separate = _SEPARATE.search(sentence.text)
            if primary is None or separate or _answers(text, primary, sentence, foreground):
                primary = Draft("primary", sentences=[] if drafts else lede)
                drafts.append(primary)
            primary.add(sentence, foreground)
            if primary.day is None:
                primary.day = day or relative_day(text, sentence, anchor, datelines)
                primary.slack = 0 if day else 1
            current = primary
        elif background and _headline_told(primary, drafts, background, sentences):
            assert primary is not None  # the headline's incident, recalled by the lede
            primary.add(sentence, [replace(t, background=False) for t in background])
            current = primary
        elif background:
            current = _background_draft(drafts, background)
            current.add(sentence, background)
        elif current is not None and _follows(current, sentence):
            current.add(sentence, [])
        elif current is None and (
            is_stance(sentence) or _body_toll(sentence) or tells_agent(sentence.text)
        ):
            lede.append(sentence)
    drafts = _told_again(text, _told_causes(drafts))
    if any(d.role == "primary" for d in drafts):
        return drafts
    return _by_toll(text, sentences, drafts, anchor, datelines)


def _by_toll(
    text: str, sentences: list[Sentence], drafts: list[Draft], anchor: dt.date | None,
    datelines: Sequence[Span],
) -> list[Draft]:
    """An article that tells no incident by a trigger may tell one by its toll (a statement,
    a communiqué: see :mod:`contested.extract.event_tolls`): that incident is the primary, with
    the tolls and stances no recalled incident holds."""
    taken = {s.index for d in drafts for s in d.sentences}
    found = toll_told(text, sentences, taken)
    if found is None:
        return drafts
    trigger, told = found
    day = explicit_day(text, told[0], datelines)
    if day is not None and _long_before(day, anchor):
        return drafts
    own = {s.index for s in told}
    stances = [s for s in sentences if s.index not in taken | own and is_stance(s)]
    primary = Draft("primary", [trigger], sorted([*told, *stances], key=lambda s: s.index))
    primary.day = day or relative_day(text, told[0], anchor, datelines)
    primary.slack = 0 if day else 1
    return [primary, *drafts]


_OLD = dt.timedelta(days=31)  # an incident dated this long before the story is recalled


def _long_before(day: DayKey, anchor: dt.date | None) -> bool:
    """A calendar date with its year, over a month before the story's day."""
    if anchor is None or not day[0]:
        return False
    found = _calendar(day)
    return found is not None and anchor - found > _OLD


_TOLD_AGAIN = re.compile(r"\b(?:the|this|that|its|their|\w+['’]s)\s+(?:[\w-]+\s+){0,2}$", re.I)


def _told_again(text: str, drafts: list[Draft]) -> list[Draft]:
    """A follow-up story (a week on: a toll revised, a report, a funeral) tells again an
    incident it recalls with a cue of days and a definite article ("last week's massacre",
    "Nearly a week after the suicide bombing"): that incident is the story's own, not one
    recalled for context. With no incident told otherwise it is the primary; told beside an
    undated primary of its kind (the headline's "blast"), it joins it. "A week after a drone
    strike on the town" (indefinite) still recalls another beside a primary; with none, it is
    the story's incident."""
    primaries = [d for d in drafts if d.role == "primary"]
    if len(primaries) > 1:
        return drafts
    kept: list[Draft] = []
    for draft in drafts:
        if draft.role != "background" or not _recent(text, draft, definite=bool(primaries)):
            kept.append(draft)
            continue
        if not primaries:
            draft.role = "primary"
            draft.triggers = [replace(t, background=False, recent=False) for t in draft.triggers]
            primaries = [draft]
            kept.append(draft)
            continue
        told = primaries[0]
        kinds = {t.event_type for t in draft.triggers if not t.generic} - {"other"}
        own = {t.event_type for t in told.triggers if not t.generic} - {"other"}
        if told.day is not None or (kinds and own and not kinds & own):
            kept.append(draft)
            continue
        _absorb(told, draft)
        told.triggers.extend(replace(t, background=False, recent=False) for t in draft.triggers)
    return sorted(kept, key=lambda d: d.role != "primary")


def _recent(text: str, draft: Draft, definite: bool = True) -> bool:
    """Every trigger of ``draft`` recalled by a cue of days; with ``definite``, each named with
    a definite article too ("last week's massacre"). A story that tells no other incident tells
    the one it dates by days ("Gunmen killed 12 villagers the previous night"), article or not."""
    return bool(draft.triggers) and all(
        t.recent
        and (not definite or _TOLD_AGAIN.search(text, max(0, t.span.start - 40), t.span.start))
        for t in draft.triggers
    )


def _headline_told(
    primary: Draft | None, drafts: list[Draft], triggers: list[Trigger], sentences: list[Sentence]
) -> bool:
    """A follow-up story: the headline tells an incident ("Militia says one fighter killed in
    US strike") and the first event sentence after it recalls one of that kind ("... killed in
    last week's US air strikes near the border"): the headline's incident is the recalled one,
    told again. Its sentence joins the headline's mention. (The headline: the first sentence,
    a paragraph of its own.)"""
    if primary is None or len(drafts) != 1 or {s.index for s in primary.sentences} != {0}:
        return False
    if len(sentences) < 2 or sentences[1].paragraph == sentences[0].paragraph:
        return False
    kinds = {t.event_type for t in triggers} - {"other"}
    told = {t.event_type for t in primary.triggers if not t.generic} - {"other"}
    return not kinds or not told or bool(kinds & told)


_THIS = re.compile(r"\b(?:this|that|these|those)\s+(?:[\w-]+\s+)?$", re.I)


def _this_one(text: str, triggers: list[Trigger]) -> bool:
    """Every trigger points back at the incident told ("this cowardly murder was perpetrated
    by the group, who called for a boycott of the elections of 6 June"): another day in its
    sentence is not the incident's."""
    return all(_THIS.search(text, max(0, t.span.start - 30), t.span.start) for t in triggers)


_BACK_REFERENCE = re.compile(r"\b(?:the|this|that|its|their)\s+(?:[\w-]+\s+)?$", re.I)


def _refers_back(text: str, drafts: list[Draft], triggers: list[Trigger]) -> Draft | None:
    """The recalled incident that triggers only refer back to ("the strike", "its strike on
    the bus") when the article has told no incident of its own yet, else None."""
    recalled = [d for d in drafts if d.role == "background"]
    if not recalled or not all(
        _BACK_REFERENCE.search(text, max(0, t.span.start - 30), t.span.start) for t in triggers
    ):
        return None
    kinds = {t.event_type for t in triggers} - {"other", "airstrike"}
    return next((d for d in reversed(recalled) if not kinds or kinds & _kinds(d)), None)


def _told_causes(drafts: list[Draft]) -> list[Draft]:
    """An incident named only as the cause of what is told ("Britain blames Iran for tanker
    attack"; "held the militia responsible for the attack") is recalled when the article tells
    an incident of another kind (the strikes "in response to a rocket attack"); otherwise it is
    the incident told: it joins the primary of its kind, or is the primary itself."""
    kept: list[Draft] = []
    for draft in drafts:
        if draft.role != "background" or not all(t.cause for t in draft.triggers):
            kept.append(draft)
            continue
        kinds = {t.event_type for t in draft.triggers} - {"other"}
        primaries = [d for d in drafts if d.role == "primary"]
        told = next((p for p in primaries if not kinds or kinds & _kinds(p)), None)
        if told is not None:
            _absorb(told, draft)
        elif not primaries:
            draft.role = "primary"
            kept.append(draft)
        else:
            kept.append(draft)
    return sorted(kept, key=lambda d: d.role != "primary")


def _kinds(draft: Draft) -> set[str]:
    return {t.event_type for t in draft.triggers}


def _absorb(into: Draft, draft: Draft) -> None:
    """``draft``'s sentences join ``into``; its triggers name the incident, they do not tell
    it (they neither type, date nor place it)."""
    merged = {s.index: s for s in [*into.sentences, *draft.sentences]}
    into.sentences = [merged[i] for i in sorted(merged)]


def _answers(text: str, primary: Draft, sentence: Sentence, triggers: list[Trigger]) -> bool:
    """A retaliation of another kind than the incident told ("Rockets hit the town. The army
    said its jets struck the launch site in response."): a separate incident. "The strike"
    refers back to the incident told ("the command said it had conducted the strike in
    response to attacks on its troops")."""
    if not _RETALIATION.search(sentence.text):
        return False
    told = [t for t in triggers if not _DEFINITE.search(text, max(0, t.span.start - 12), t.span.start)]
    kinds = {t.event_type for t in told} - {"other"}
    return bool(kinds) and not kinds & {t.event_type for t in primary.triggers}


_DEFINITE = re.compile(r"\b(?:the|this|that)\s+$", re.I)


_TOLL_REACH = 4  # sentences after the mention within which a casualty figure still joins it
_TOLL_PARAGRAPHS = 2  # or the next paragraphs (a quotation of five sentences is one paragraph)


def is_stance(sentence: Sentence) -> bool:
    return bool(_STANCE_CUE.search(sentence.text)) or names_agent(sentence.text)


def _as_background(trigger: Trigger, recent: bool = False) -> Trigger:
    return replace(trigger, background=True, cause=False, recent=recent)


def _background_draft(drafts: list[Draft], triggers: list[Trigger]) -> Draft:
    kinds = {t.event_type for t in triggers} - {"other"}
    for draft in drafts:
        if draft.role == "background" and kinds & {t.event_type for t in draft.triggers}:
            return draft
    draft = Draft("background")
    drafts.append(draft)
    return draft


def _follows(draft: Draft, sentence: Sentence) -> bool:
    """A toll or stance close after the mention belongs to it; a casualty figure ("the bodies
    of nine workers were recovered") up to four sentences or two paragraphs after; a denial or accusation
    belongs to it however far down the article it comes."""
    if is_stance(sentence) or tells_agent(sentence.text):
        return True  # (tells_agent: who acted, s12-claims)
    last = draft.sentences[-1]
    if sentence.index - last.index <= 2 and _FOLLOW_UP.search(sentence.text):
        return True
    near = sentence.index - last.index <= _TOLL_REACH
    near = near or 0 < sentence.paragraph - last.paragraph <= _TOLL_PARAGRAPHS
    return near and _tolls(sentence)


def _counted_toll(text: str, draft: Draft, sentence: Sentence) -> bool:
    """A toll close after the mention (:func:`_follows`) in a sentence with no trigger that
    the tally filter took for a statistic ("counted 58 bodies"): the incident's toll."""
    return _tolls(sentence) and _follows(draft, sentence) and not find_triggers(text, sentence.span)


def _tolls(sentence: Sentence) -> bool:
    return bool(find_casualties(sentence.text))


def _body_toll(sentence: Sentence) -> bool:
    """A toll told in a sentence of the body, not in a headline (which has no closing stop
    and tells the incident the body tells in full)."""
    return sentence.text.rstrip()[-1:] in CLOSING and _tolls(sentence)


CLOSING = frozenset('.!?"”’)')  # what ends a sentence of the body; a headline ends bare


_DAY_KINDS = frozenset({"date", "month_day", "weekday", "days_ago"})
# "since January", "the ceasefire declared in April": no incident's month
_NOT_WHEN = re.compile(r"^(?:since|until|by|before|after)\b", re.I)
_NOT_WHEN_BEFORE = re.compile(r"\b(?:since|until|by|before|after)(?: the)?\s*$", re.I)


def _earlier_month(
    text: str, sentence: Sentence, triggers: list[Trigger], anchor: dt.date | None
) -> bool:
    """The sentence opens with a month before the anchor's ("In early January, a drone strike
    on ...") and names no day: it tells an incident recalled. A month after the trigger
    ("the strike came despite a truce declared in April") dates something else."""
    if anchor is None or not triggers or not _MONTH_WORD.search(sentence.text):
        return False
    found = [
        e for e in find_date_expressions(text, sentence.span.start, sentence.span.end)
        if not e.reporting
    ]
    if any(e.kind in _DAY_KINDS for e in found):
        return False
    first = triggers[0].span.start
    return any(
        e.kind == "month" and e.month is not None and e.span.end <= first
        and not _NOT_WHEN.match(e.expression)
        and not _NOT_WHEN_BEFORE.search(text, max(0, e.span.start - 12), e.span.start)
        and _before_month(e.year, e.month, e.offset, anchor)
        for e in found
    )


_MONTH_WORD = re.compile(
    r"(?-i:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)"
)


def _before_month(year: int | None, month: int, back: int, anchor: dt.date) -> bool:
    """Whether the month (of ``year``; of the anchor's year less ``back`` when no year is
    written) is before the anchor's month. A year-less month after the anchor's is of last year."""
    if year is None:
        return back > 0 or month != anchor.month
    return (year, month) < (anchor.year, anchor.month)


def explicit_day(
    text: str, sentence: Sentence, datelines: Sequence[Span] = ()
) -> DayKey | None:
    """The calendar date an event sentence gives itself ("On August 15, ..."), if any; not the
    filing date of its dateline."""
    for expr in find_date_expressions(text, sentence.span.start, sentence.span.end):
        if any(d.overlaps(expr.span) for d in datelines):
            continue
        if expr.kind in ("date", "month_day") and not expr.reporting:
            assert expr.month is not None and expr.day is not None
            return (expr.year or 0, expr.month, expr.day)
    return None


def relative_day(
    text: str, sentence: Sentence, anchor: dt.date | None, datelines: Sequence[Span] = ()
) -> DayKey | None:
    """The day a weekday or "yesterday" of the event sentence names, resolved against the
    ``anchor`` ("on Friday morning" in a story of Friday 29 September): what tells a later
    "On September 6, a missile hit the market" as an earlier incident, recalled."""
    if anchor is None:
        return None
    for expr in find_date_expressions(text, sentence.span.start, sentence.span.end):
        if any(d.overlaps(expr.span) for d in datelines):
            continue
        if expr.kind in ("weekday", "days_ago") and not expr.reporting:
            guess = resolve_expression(expr, anchor)
            if guess is not None and guess.precision == "day":
                return (guess.date.year, guess.date.month, guess.date.day)
    return None


def _other_day(known: DayKey | None, day: DayKey | None, slack: int = 0) -> bool:
    """Two calendar dates that cannot be the same day mark two incidents; ``slack``: the days
    ``known`` may be off (a weekday resolved against the publication day)."""
    if known is None or day is None:
        return False
    if slack and known[0]:
        a, b = _calendar(known), _calendar(day, _calendar(known))
        return a is None or b is None or abs((a - b).days) > slack
    same_year = known[0] == day[0] or 0 in (known[0], day[0])
    return not (same_year and known[1:] == day[1:])


_LAG = dt.timedelta(days=7)  # a year-less date up to a week after the reference is that year's


def _calendar(key: DayKey, near: dt.date | None = None) -> dt.date | None:
    """The date of ``key``; a year-less one ("30 December") the latest on or before ``near``
    (a week's lag allowed), as :mod:`contested.extract.dates` resolves it."""
    try:
        if key[0] or near is None:
            return dt.date(key[0], key[1], key[2]) if key[0] else None
        found = dt.date(near.year, key[1], key[2])
        return found if found <= near + _LAG else dt.date(near.year - 1, key[1], key[2])
    except ValueError:
        return None


def _earlier(day: DayKey, than: DayKey) -> bool:
    if than[0] and not day[0]:  # "30 December" told after a dated "Thursday" in February
        found, known = _calendar(day, _calendar(than)), _calendar(than)
        return found is not None and known is not None and found < known
    if 0 in (day[0], than[0]):
        return day[1:] < than[1:]
    return day < than


def _dated_draft(drafts: list[Draft], role: Role, day: DayKey | None) -> Draft:
    """The draft of the incident on ``day``: an existing one of that role and day, else new."""
    for draft in drafts:
        if draft.role == role and draft.day == day:
            return draft
    draft = Draft(role, day=day)
    drafts.append(draft)
    return draft
