"""Cheap relevance triage between clean and extract: which articles, and which sentences, are
worth the full extraction.

Component id: ``triage@2``. One pass of a compiled regex over the text (a violence lexicon, a
casualty pattern and the words of everyday news beats, English like the extractor) scores the
article:

- a *strong* cue (``airstrike``, ``shot dead``, ``wounded``, a casualty figure...) counts 4;
- a *weak* cue, a word with everyday meanings too (``strike``, ``attack``, ``shot``, ``fire``),
  counts 1, once per distinct word;
- the article is relevant when the score reaches :data:`THRESHOLD`, except that weak cues alone
  do not make it relevant when the article reads as sport, business, culture, health or
  technology news (two distinct words of :data:`~contested.triage.lexicon.BEATS`: ``goalkeeper``,
  ``league``, ``shareholders``, ``album``, ``heart attack``...): a shot on goal, a strike over
  pay and an album that bombed are not incidents (``triage@1`` extracted them and the extractor
  made airstrikes of them).

It is tuned for recall: dropping an incident article loses it for good, keeping a sports report
costs a few milliseconds of extraction. Triaged-out articles are still stored (marked not
relevant), so a later, better triage can revisit them. The sentences around the cues are
returned as the windows that need extraction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from contested.triage.lexicon import BEATS, CASUALTY, STRONG, WEAK
from contested.types import Article, Span

COMPONENT = "triage@2"
THRESHOLD = 4
_STRONG_WEIGHT = 4
_TITLE_WEIGHT = 2
_WINDOW = 300  # characters either side of a cue searched for its sentence's ends
_SENTENCE_END = re.compile(r"[.!?]\s|\n")
_BEATS_NEEDED = 2  # distinct beat words that make weak cues everyday senses


def _compile(casualty: str, strong: str, weak: str, flags: int = 0) -> re.Pattern[str]:
    """Every cue starts at a word boundary with a letter or digit: saying so once, up front
    (``(?=[0-9a-z])\\b``), lets the regex engine skip the other positions of the text quickly
    instead of trying each alternative at each of them (same matches, ~40% less time)."""
    if not casualty.startswith("\\b"):
        raise ValueError("the casualty pattern must start at a word boundary")
    return re.compile(
        f"(?=[0-9a-z])\\b(?:(?P<casualty>{casualty[2:]})|(?P<strong>(?:{strong})\\b)"
        f"|(?P<weak>(?:{weak})\\b)|(?P<beat>(?:{BEATS})\\b))",
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


@dataclass(frozen=True)
class _Cues:
    """What one text holds: strong cues (casualty figures included), distinct weak words,
    distinct beat words, and the spans of the violence cues."""

    strong: int
    weak: frozenset[str]
    beats: frozenset[str]
    spans: tuple[Span, ...]


def _cues(text: str) -> _Cues:
    strong, weak, beats, spans = 0, set(), set(), []
    lowered = text.lower()
    matches = (  # lowercasing keeps offsets unless a character changes length (e.g. "İ")
        _CUES.finditer(lowered) if len(lowered) == len(text) else _CUES_ANY_CASE.finditer(text)
    )
    for match in matches:
        if match.lastgroup == "beat":
            beats.add(match.group().lower())
            continue
        spans.append(Span(match.start(), match.end()))
        if match.lastgroup == "weak":
            weak.add(match.group().lower())
        else:
            strong += 1
    return _Cues(strong, frozenset(weak), frozenset(beats), tuple(spans))


def _verdict(text: _Cues, title: _Cues | None, windows: tuple[Span, ...]) -> Verdict:
    """Strong cues count 4 and weak words 1 (once each), twice in the title; weak words alone
    count for nothing in an article of an everyday beat."""
    title = title or _Cues(0, frozenset(), frozenset(), ())
    strong = _STRONG_WEIGHT * (text.strong + _TITLE_WEIGHT * title.strong)
    weak = len(text.weak) + _TITLE_WEIGHT * len(title.weak)
    everyday = strong == 0 and len(text.beats | title.beats) >= _BEATS_NEEDED
    score = strong + (0 if everyday else weak)
    return Verdict(score >= THRESHOLD, score, windows)


def triage_text(text: str) -> Verdict:
    """Score ``text`` (title included when the caller prepends it)."""
    cues = _cues(text)
    return _verdict(cues, None, _windows(text, list(cues.spans)))


def triage(article: Article) -> Verdict:
    """The verdict on one cleaned article; cues in its title count twice (a headline names
    the incident even when the page around the story is mostly boilerplate)."""
    cues = _cues(article.text)
    title = _cues(article.title) if article.title else None
    return _verdict(cues, title, _windows(article.text, list(cues.spans)))


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
