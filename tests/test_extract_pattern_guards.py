"""The guards that make the quantity and casualty patterns fast change no match.

``numbers.QUANTITY_RE`` is ``_QUANTITY`` behind a lookahead on the words a quantity phrase can
start with; ``casualty_nouns._NP`` is behind a lookahead on where a noun phrase can start; the
subject and counted finders skip a region without their verbs or nouns. Each is meant as a
necessary condition only: these tests compare the guarded patterns with the bare ones on
random word sequences built from the words the patterns read (and some they do not), in any
case, at every position, and with a continuation that makes the engine backtrack into them.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from contested.extract import casualty_nouns, casualty_phrases, numbers

_WORDS = [
    *numbers._UNIT_WORDS, *numbers._TENS_WORDS, *numbers._IDIOMS, *numbers._QUALIFIER_CANON,
    "hundred", "thousand", "dozen", "dozens", "scores", "hundreds", "thousands", "tens",
    "several", "many", "numerous", "countless", "multiple", "a few", "a handful", "a number",
    "a large number", "further", "additional", "an additional", "a total of", "between", "and",
    "or", "to", "of", "the", "all", "1,200", "5", "12", "2019", "40,000", "3.5", "-", "–", ",",
    ".", "people", "civilians", "soldiers", "others", "killed", "dead", "wounded", "injured",
    "died", "deaths", "casualties", "injuries", "bodies", "were", "was", "years", "km", "%",
    "March", "this", "son", "his", "her", "their", "driver", "family", "couple", "Iran",
    "another", "half", "an", "a", "in", "at", "up", "as", "no", "over", "about", "x", "ſeven",
    "their", "the family of", "one family of", "his driver", "her aide", "an elderly couple",
]
_SEPARATORS = [" ", " ", " ", "", "-", "  ", "\n"]


@st.composite
def _texts(draw: st.DrawFn) -> str:
    words = draw(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12))
    out = []
    for word in words:
        case = draw(st.sampled_from([str.lower, str.upper, str.title, str.lower]))
        out.append(case(word) + draw(st.sampled_from(_SEPARATORS)))
    return "".join(out)


def _every_match(pattern: re.Pattern[str], text: str) -> list[tuple[int, int] | None]:
    found = [pattern.match(text, pos) for pos in range(len(text) + 1)]
    return [m.span() if m else None for m in found]


def _same(guarded: str, bare: str, text: str) -> None:
    for tail in ("", r"\s+(?:people|civilians|killed)\b", r"(?:\s+\w+){2}\s+(?:were|was)\b"):
        a, b = re.compile(guarded + tail, re.I), re.compile(bare + tail, re.I)
        assert _every_match(a, text) == _every_match(b, text)
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)]


@settings(max_examples=200, deadline=None)
@given(_texts())
def test_the_quantity_guard_changes_no_match(text: str) -> None:
    _same(numbers.QUANTITY_RE, rf"(?:{numbers._QUANTITY})", text)


@settings(max_examples=100, deadline=None)
@given(_texts())
def test_the_noun_phrase_guard_changes_no_match(text: str) -> None:
    assert casualty_nouns._NP.startswith(casualty_nouns._NP_START)
    _same(casualty_nouns._NP, casualty_nouns._NP.removeprefix(casualty_nouns._NP_START), text)


@settings(max_examples=200, deadline=None)
@given(_texts())
def test_subject_and_counted_matches_hold_their_cue(text: str) -> None:
    for pattern, cue in (
        (casualty_phrases._SUBJECT, casualty_phrases._SUBJECT_CUE),
        (casualty_phrases._COUNTED, casualty_phrases._COUNTED_CUE),
    ):
        for m in pattern.finditer(text):
            assert cue.search(m.group())


_AFTER = ["son", "family of 5", "couple", "driver", "5 people", "people", "or two killed"]


def test_the_guards_change_no_match_after_each_word_and_inside_one() -> None:
    for word in _WORDS:
        for after in _AFTER:
            for text in (f"{word} {after}", f"x{word} {after}", f"{word.upper()} {after}"):
                _same(numbers.QUANTITY_RE, rf"(?:{numbers._QUANTITY})", text)
                _same(casualty_nouns._NP, casualty_nouns._NP.removeprefix(casualty_nouns._NP_START), text)


def test_the_guards_pass_what_they_must() -> None:
    quantity = re.compile(numbers.QUANTITY_RE, re.I)
    for phrase in ("At least 12", "a further two", "Some 300", "between 5 and 7", "dozens of"):
        assert quantity.match(phrase) is not None
    noun = re.compile(casualty_nouns._NP, re.I)
    assert noun.search("this son").group() == "his son"  # inside a word, as without the guard
