"""An incident told by its toll alone: a statement, a communiqué or an agency announcement that
reports deaths with no sentence of the classic kind ("a bomb exploded", "gunmen opened fire"):
"The government announced that 57 people lost their lives during the events of Monday at the
stadium", "The team documented the deaths of at least 330 people in the town on 28 and 29 March",
"reports that 31 workers had been killed by an armed group in the regency on Sunday". Used only
when the article tells no incident otherwise. Part of ``extract.events`` (its component id).

Not an incident: a count over a period ("killed 1,356 people in 2021", "since the start of the
year"), a tally or a trend (:func:`sentence_filter`), a threat or a hypothetical, a toll that names
neither when nor where nor what happened.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from contested.extract.casualties import find_casualties
from contested.extract.events import Trigger, sentence_filter
from contested.extract.sentences import Sentence
from contested.types import Span

# A count over a period or a recall: "in 2021", "last year", "since January", "each year".
_PERIOD = re.compile(
    r"\b(?:(?:in|during|since|throughout|back in|for) (?:(?-i:January|February|March|April|May"
    r"|June|July|August|September|October|November|December) )?(?:19|20)\d\d|last year"
    r"|years? ago|since (?:the (?:beginning|start) of|(?-i:January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\b)|(?:each|every|per|a) (?:year|month"
    r"|week)|annual|so far this year|this year|on average|on duty|across"
    # a month with no day: "documented the deaths of 512 people in October"
    r"|(?:in|during|throughout|over) (?:the month of )?(?-i:January|February|March|April|May|June"
    r"|July|August|September|October|November|December)(?! \d))\b",
    re.IGNORECASE,
)
# When, where or what: a day or a month named ("on Sunday", "on 28 and 29 March", "yesterday"),
# a place put ("in the town of X", "at Y"), or the event named by a generic head noun ("died in
# the violence", "during the events of Monday", "killed by an armed group").
_ANCHORED = re.compile(
    r"\b(?:(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today"
    r"|overnight|last night|(?-i:January|February|March|April|May|June|July|August|September"
    r"|October|November|December))\b"
    r"|\b(?:in|at|near|outside|inside) (?:the )?(?:(?:town|city|village|district|province|region"
    r"|camp|site|area|county|regency|municipality|neighbou?rhood|quarter) of )?(?-i:[A-Z])"
    r"|\b(?:in|during|after) (?:the|this|that|last week['’]s|\w+day['’]s) (?:[\w-]+ ){0,2}?"
    r"(?:violence|events?|incidents?|unrest|operation|raid|assault|attack|massacre|killings?"
    r"|riots?|stampede|crush|fire|confrontations?|siege|hostage-taking|rampage|crackdown)\b"
    r"|\bkilled by (?:an? |the )?(?:[\w-]+ ){0,3}?(?:group|men|gunmen|attackers|assailants"
    r"|militants|militias?|rebels|soldiers|police|forces|troops|gang|mob|hunters|mercenaries)\b",
    re.IGNORECASE,
)


def toll_told(
    text: str, sentences: Sequence[Sentence], taken: Collection[int] = ()
) -> tuple[Trigger, list[Sentence]] | None:
    """The incident an article tells by its toll alone: a trigger (type "other", at the first
    toll of the body that says when, where or what) and the body's toll sentences from it on
    (``taken``: sentences already told as another incident), or None."""
    for at, sentence in enumerate(sentences):
        if sentence.index in taken or not _body(sentence):
            continue
        figure = _told_toll(text, sentence)
        if figure is None:
            continue
        trigger = Trigger(figure, "other", 1, background=False)
        rest = [
            s for s in sentences[at + 1 :]
            if s.index not in taken and _body(s) and _told_toll(text, s, anchored=False)
        ]
        return trigger, [sentence, *rest]
    return None


def _body(sentence: Sentence) -> bool:
    """A sentence of the body (a headline ends bare)."""
    return sentence.text.rstrip()[-1:] in '.!?"”’)'


def _told_toll(text: str, sentence: Sentence, anchored: bool = True) -> Span | None:
    """The span of the sentence's death toll when it may tell an incident, else None."""
    if anchored and not _ANCHORED.search(sentence.text):
        return None
    if _PERIOD.search(sentence.text) or sentence_filter(sentence.text):
        return None
    deaths = [
        f for f in find_casualties(text, sentence.span.start, sentence.span.end)
        if f.kind == "killed" and (f.value or f.vague)
    ]
    return deaths[0].span if deaths else None
