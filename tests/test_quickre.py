"""quickre: the lookahead it adds states what the pattern requires, so the matches are the same."""

from __future__ import annotations

import re

import pytest

from contested.extract import date_expressions, events, stance
from contested.quickre import quick

TEXT = (
    "KYIV, March 3 (Wire) - Drones struck a depot near Kharkiv on Monday, killing 4 people; "
    "the army denied involvement. 'It was not us,' a spokesman told Wire. Officials said the "
    "raid, which began at 02:00, was carried out by a unit that had shelled the town 2 days ago. "
    "Some 1,200 homes lost power (12% of the district). ŞEHİR residents fled; the Kelvin sign K, "
    "the long s ſ and İstanbul stayed. Mid-March talks failed -- [again] ^ caret \\ backslash."
)

PATTERNS = [
    (r"\b(?:drones?|raids?|shell(?:ed|ing))\b", re.IGNORECASE),
    (r"(?P<a>\bden(?:y|ied)\b)|(?P<b>\btold\s+\w+)|(?P<c>carried\s+out\s+by)", re.IGNORECASE),
    (r"\b(?:\d+|one|two)\s+days?\s+ago\b", re.IGNORECASE),
    (r"(?<![\w.])\d{1,3}(?:,\d{3})*\b|%", 0),
    (r"(?:(?-i:[A-Z])[a-z]+|the)\s+(?:army|sign)", re.IGNORECASE),
    (r"[-\[\]^\\]+", 0),
    (r"\b[a-zſ]+s\b", re.IGNORECASE),  # the long s folds to s
    (r"\bk\w*", re.IGNORECASE),  # the Kelvin sign folds to k
    (r"i̇?stanbul|şehir", re.IGNORECASE),
    (r"(?:a|b)*c|d?e+", re.IGNORECASE),
    (r"(?=\w)\b(?:said|told)", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_same_matches_as_the_plain_pattern(pattern: str, flags: int) -> None:
    plain, fast = re.compile(pattern, flags), quick(pattern, flags)
    assert fast.groupindex == plain.groupindex and fast.groups == plain.groups
    for start in range(0, len(TEXT), 7):
        assert [(m.span(), m.groups()) for m in fast.finditer(TEXT, start)] == [
            (m.span(), m.groups()) for m in plain.finditer(TEXT, start)
        ]


def test_a_word_alternation_gets_its_first_letters_and_a_boundary() -> None:
    fast = quick(r"\b(?:killed|wounded)\b|\binjured\b", re.IGNORECASE)
    assert fast.pattern.startswith("(?=[ikw])\\b(?:")


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r".+ed\b", 0),  # any character: nothing to say
        (r"\S+ed\b", 0),  # nearly any
        (r"a*", 0),  # may match the empty string
        (r"(?i)killed", 0),  # global flags stay first
        (r"killed  # verbose comment", re.VERBOSE),
        (r"(?i:k)illed", 0),  # a case-insensitive group in a case-sensitive pattern
        (r", which", 0),  # the engine already jumps to a literal first character
        (r"[^,]+", 0),
    ],
)
def test_left_as_it_is(pattern: str, flags: int) -> None:
    assert quick(pattern, flags).pattern == pattern


def test_the_hot_patterns_are_quickened() -> None:
    assert events._TRIGGER_RE.pattern.startswith("(?=[")
    assert stance._NAMES_AGENT.pattern.startswith("(?=[")
    quickened = date_expressions._quick_patterns()
    assert len(quickened) == len(date_expressions._PATTERNS)
    for (fast, _), (plain, _) in zip(quickened, date_expressions._PATTERNS, strict=True):
        assert [m.span() for m in fast.finditer(TEXT)] == [m.span() for m in plain.finditer(TEXT)]
