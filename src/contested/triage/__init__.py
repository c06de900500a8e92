"""Cheap relevance triage between clean and extract: which articles, and which sentences, are
worth the full extraction.

Component id: ``triage@1``. One pass of two compiled regexes over the text (a violence lexicon
and a casualty pattern, English like the extractor) scores the article:

- a *strong* cue (``airstrike``, ``shot dead``, ``wounded``, a casualty figure...) counts 4;
- a *weak* cue, a word with everyday meanings too (``strike``, ``attack``, ``shot``, ``fire``),
  counts 1, once per distinct word;
- the article is relevant when the score reaches :data:`THRESHOLD`.

It is tuned for recall: dropping an incident article loses it for good, keeping a sports report
costs a few milliseconds of extraction. Triaged-out articles are still stored (marked not
relevant), so a later, better triage can revisit them. The sentences around the cues are
returned as the windows that need extraction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from contested.triage.lexicon import CASUALTY, STRONG, WEAK
from contested.types import Article, Span

COMPONENT = "triage@1"
THRESHOLD = 4
_STRONG_WEIGHT = 4
_TITLE_WEIGHT = 2
_WINDOW = 300  # characters either side of a cue searched for its sentence's ends
_SENTENCE_END = re.compile(r"[.!?]\s|\n")



def _compile(casualty: str, strong: str, weak: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile(
        f"(?P<casualty>{casualty})|(?P<strong>\\b(?:{strong})\\b)|(?P<weak>\\b(?:{weak})\\b)",
        flags,
    )


# Matching lowercased text is faster than IGNORECASE (the lexicon uses no upper-case escapes).
_CUES = _compile(CASUALTY.lower(), STRONG.lower(), WEAK.lower())
_CUES_ANY_CASE = _compile(CASUALTY, STRONG, WEAK, re.IGNORECASE)


@dataclass(frozen=True)
class Verdict:
    """Whether an article needs extraction, its score and the sentence windows with cues."""

    relevant: bool
    score: int
    windows: tuple[Span, ...]
    component: str = COMPONENT


def triage_text(text: str) -> Verdict:
    """Score ``text`` (title included when the caller prepends it)."""
    score, weak_seen, cues = 0, set(), []
    lowered = text.lower()
    matches = (  # lowercasing keeps offsets unless a character changes length (e.g. "İ")
        _CUES.finditer(lowered) if len(lowered) == len(text) else _CUES_ANY_CASE.finditer(text)
    )
    for match in matches:
        cues.append(Span(match.start(), match.end()))
        if match.lastgroup == "weak":
            word = match.group().lower()
            if word not in weak_seen:
                weak_seen.add(word)
                score += 1
        else:
            score += _STRONG_WEIGHT
    return Verdict(score >= THRESHOLD, score, _windows(text, cues))


def triage(article: Article) -> Verdict:
    """The verdict on one cleaned article; cues in its title count twice (a headline names
    the incident even when the page around the story is mostly boilerplate)."""
    verdict = triage_text(article.text)
    if verdict.relevant or not article.title:
        return verdict
    score = verdict.score + _TITLE_WEIGHT * triage_text(article.title).score
    return Verdict(score >= THRESHOLD, score, verdict.windows)


def _windows(text: str, cues: list[Span]) -> tuple[Span, ...]:
    """The sentences holding the cues, merged when they touch or overlap."""
    merged: list[Span] = []
    for cue in cues:
        window = _sentence_around(text, cue)
        if merged and window.start <= merged[-1].end:
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, window.end))
        else:
            merged.append(window)
    return tuple(merged)


def _sentence_around(text: str, cue: Span) -> Span:
    lo = max(0, cue.start - _WINDOW)
    ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, cue.start)]
    start = ends[-1] if ends else lo
    found = _SENTENCE_END.search(text, cue.end, min(len(text), cue.end + _WINDOW))
    end = found.start() + 1 if found else min(len(text), cue.end + _WINDOW)
    return Span(start, end)
