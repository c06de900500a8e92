"""Place datelines: the "ANKARA - ", "TEL AVIV (Levant Wire) - ", "Deir Ezzor, SANA - " that
opens a paragraph. It says where the story was filed, not where the incident happened, so
places read from it are not incident places, and a claimant is searched for after it.

Component id: ``extract.datelines@1``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from contested.extract.sentences import Sentence
from contested.types import Span

COMPONENT = "extract.datelines@1"

# "AMMAN/WASHINGTON", "TEL AVIV/GAZA": a story filed from two cities
_CAPS_CITY = r"(?-i:[A-Z][A-Z'’.]+(?:[ /-][A-Z][A-Z'’.]+){0,3})"
_TITLE_CITY = r"(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
_DATELINE = re.compile(
    rf"(?:(?P<caps>{_CAPS_CITY})(?:,\s*(?P<after>(?-i:[A-Z][\w.]+)(?: (?-i:[A-Z][\w.]+)){{0,2}}))?"
    rf"|(?P<title>{_TITLE_CITY}),\s*(?P<outlet>(?-i:[A-Z][\w.]+(?: [A-Z][\w.]+){{0,2}})))"
    r"(?:\s*\((?P<paren>[^()\n]{1,40})\))?\s*[-–—]{1,2}\s+"
)
_MAX_CHARS = 60


@dataclass(frozen=True)
class Dateline:
    span: Span  # the whole prefix, dash and space included
    city: Span  # the place named
    outlet: Span | None = None  # "(Reuters)", "Deir Ezzor, SANA": who filed it, when named


def find_datelines(text: str, sentences: Sequence[Sentence]) -> list[Dateline]:
    """Datelines opening the first sentence of a paragraph."""
    found: list[Dateline] = []
    paragraph = -1
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            dateline = _dateline_at(text, sentence.span)
            if dateline is not None:
                found.append(dateline)
        paragraph = sentence.paragraph
    return found


def _dateline_at(text: str, span: Span) -> Dateline | None:
    m = _DATELINE.match(text, span.start, min(span.end, span.start + _MAX_CHARS))
    if m is None or m.end() >= span.end:
        return None
    group = "caps" if m.group("caps") else "title"
    named = next((g for g in ("paren", "outlet") if m.group(g)), None)
    outlet = Span(m.start(named), m.end(named)) if named else None
    return Dateline(Span(m.start(), m.end()), Span(m.start(group), m.end(group)), outlet)


def after_dateline(span: Span, datelines: Sequence[Dateline]) -> Span:
    """``span`` without a dateline that opens it."""
    for dateline in datelines:
        if dateline.span.start == span.start:
            return Span(dateline.span.end, span.end)
    return span
