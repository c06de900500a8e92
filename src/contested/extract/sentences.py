"""Sentence and paragraph segmentation with offsets into the article text.

A rule-based splitter: fast, deterministic, and good enough for news prose. Abbreviations
common in conflict reporting (U.S., U.N., Lt., Gen., Col.) do not end a sentence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from contested.types import Span

_ABBREVIATIONS = frozenset(
    ["u.s", "u.n", "u.k", "u.a.e", "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "jr", "sr", "no", "vs", "etc", "e.g", "i.e", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "dept", "gov", "rep", "sen"]
)
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*\s+|\n\s*\n|\n(?=[A-Z“\"])")
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_BLANK_LINE = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Sentence:
    index: int
    span: Span
    paragraph: int
    text: str


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` with their spans; paragraph numbers count blank-line blocks."""
    sentences: list[Sentence] = []
    start, paragraph = 0, 0
    for match in _BOUNDARY.finditer(text):
        if _is_abbreviation(text, match.start()) and not _BLANK_LINE.search(match.group()):
            continue  # "U.S. forces"; but a blank line ends the sentence ("she said on X.\n\n")
        _append(sentences, text, start, match.start() + _keep(match.group()), paragraph)
        if "\n" in match.group():
            paragraph += 1
        start = match.end()
    _append(sentences, text, start, len(text), paragraph)
    return sentences


def _keep(boundary: str) -> int:
    """How much of the boundary match belongs to the sentence (its punctuation, not spaces)."""
    return len(boundary.rstrip())


def _is_abbreviation(text: str, at: int) -> bool:
    if at >= len(text) or text[at] != ".":
        return False
    word = _WORD_BEFORE.search(text[max(0, at - 12) : at])
    if not word:
        return False
    token = word.group(1).lower().strip(".")
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha())


def _append(out: list[Sentence], text: str, start: int, end: int, paragraph: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Sentence(len(out), Span(start, end), paragraph, text[start:end]))
