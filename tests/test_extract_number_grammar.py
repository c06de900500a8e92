"""numbers' compact number grammar matches as the grammar spelt out in full did.

``numbers.WORD_NUMBER_RE`` writes each word number as a head and what may follow it, and
``numbers.RANGE_OR_COUNT_RE`` writes the count that ends a range once; the patterns that embed
them compile several times faster. Before, the same numbers were spelt out as alternatives
(thousands, hundreds, dozens, ...; a range's counts each in full): ``_REFERENCE_*`` below keep
that form, built from numbers' own word lists. A pattern embedded in another acts there only
through the ends it can reach and the order it tries them in (there are no groups in these),
so the tests compare exactly that (``regex_ends.ends``) at every position of phrases built
from number words, in every case, with what may follow them; and check the interpreter against
``re`` itself on each.
"""

from __future__ import annotations

import itertools
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from contested.extract import numbers
from regex_ends import ends

_SMALL = numbers._SMALL
_HUNDREDS = rf"(?:(?:an?|{_SMALL})\s+hundred(?:\s+(?:and\s+)?{_SMALL})?)"
_THOUSANDS = (
    rf"(?:(?:an?|{_HUNDREDS}|{_SMALL})\s+thousand(?:\s+(?:and\s+)?(?:{_HUNDREDS}|{_SMALL}))?)"
)
_DOZENS = rf"(?:(?:half\s+a|an?|{_SMALL})\s+dozen)"
_REFERENCE_WORD = (
    rf"\b(?:{_THOUSANDS}|{_HUNDREDS}|{_DOZENS}|a\s+couple|a\s+single|{_SMALL}|another|both|an?)\b"
)
_REFERENCE_NUMBER = rf"\b(?:{numbers.DIGITS_RE}|{_REFERENCE_WORD})"
_REFERENCE_COUNT = rf"(?:{_REFERENCE_NUMBER}{numbers._MEASURE})"
_REFERENCE_RANGE = (
    rf"(?:\bbetween\s+{_REFERENCE_COUNT}\s+(?:and|to)\s+{_REFERENCE_COUNT}"
    rf"|{numbers.DIGITS_RE}\s*[-–—]\s*{numbers._DIGITS_CORE}{numbers._MEASURE}"
    rf"|{_REFERENCE_COUNT}\s+(?:or|to)\s+{_REFERENCE_COUNT})"
)
_REFERENCE_QUANTITY = (
    rf"\b{numbers._QUANTITY_START}"
    rf"(?:(?:{numbers.INCREMENT_RE}\s+)?(?:{numbers.QUALIFIER_RE}\s+)?"
    rf"(?:{_REFERENCE_RANGE}|{_REFERENCE_COUNT})|{numbers.VAGUE_RE}(?:\s+of)?)"
)
_PAIRS = (
    (numbers.WORD_NUMBER_RE, _REFERENCE_WORD),
    (numbers.COUNT_RE, _REFERENCE_COUNT),
    (numbers.QUANTITY_RE, _REFERENCE_QUANTITY),
)

_NUMBER_WORDS = [
    *numbers._UNIT_WORDS, *numbers._TENS_WORDS, "hundred", "thousand", "dozen", "and", "a",
    "an", "half", "couple", "single", "another", "both",
]
_OTHER_WORDS = [
    "or", "to", "between", "at least", "some", "about", "a further", "a total of", "dozens of",
    "hundreds", "a number of", "5", "12", "1,200", "2019", "3.5", "-", "–", "people", "km",
    "years", "%", "of", "killed", "March", "million", "x", "ſeven", "seventeen", "sixty",
]
_SEPARATORS = [" ", " ", " ", "-", "", "  ", "\n"]


def _assert_same_ends(text: str) -> None:
    for pos in range(len(text) + 1):
        for compact, reference in _PAIRS:
            got, want = ends(compact, text, pos, re.I), ends(reference, text, pos, re.I)
            assert got == want, (text, pos, compact is numbers.QUANTITY_RE)
            first = re.compile(compact, re.I).match(text, pos)
            assert (first.end() if first else None) == (got[0] if got else None), (text, pos)


def test_every_phrase_of_up_to_three_words_reaches_the_same_ends() -> None:
    small = ["seven", "seventeen", "twenty", "hundred", "thousand", "dozen", "and", "a", "or"]
    for size, vocabulary in ((1, small), (2, small), (3, ["twenty", "hundred", "thousand", "and", "a"])):
        for words in itertools.product(vocabulary, repeat=size):
            for separator in (" ", "-") if size < 3 else (" ",):
                _assert_same_ends(separator.join(words) + " people")


def test_numbers_that_spell_every_part_reach_the_same_ends() -> None:
    for text in (
        "two thousand three hundred and forty-five people",
        "a hundred and twenty thousand and six",
        "one hundred and five thousand, a hundred",
        "Twenty Five Thousand Five Hundred km",
        "between two hundred and three hundred and fifty killed",
        "at least twenty or thirty thousand people",
        "another 30 or 40 years",
        "half a dozen or a dozen",
        "a couple of thousand",
        "seventy-seven thousand seventy seven",
        "5 - 7 people, 12–15 km, 1,200 or 1,300",
    ):
        _assert_same_ends(text)


@st.composite
def _phrases(draw: st.DrawFn) -> str:
    words = draw(
        st.lists(st.sampled_from(_NUMBER_WORDS * 3 + _OTHER_WORDS), min_size=1, max_size=9)
    )
    out = []
    for word in words:
        case = draw(st.sampled_from([str.lower, str.upper, str.title, str.lower]))
        out.append(case(word) + draw(st.sampled_from(_SEPARATORS)))
    return "".join(out)


@settings(max_examples=80, deadline=None)
@given(_phrases())
def test_random_phrases_reach_the_same_ends(text: str) -> None:
    _assert_same_ends(text)


def test_the_interpreter_sees_backtracking_order() -> None:
    assert ends(r"a+?", "aaa") == [1, 2, 3]
    assert ends(r"(?:ab|a)(?:c)?", "abc") == [3, 2, 1]
    assert ends(r"\w+(?<!b)", "abab") == [3, 1]
