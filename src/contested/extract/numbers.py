"""Numbers in digits or English words, and the quantity phrases casualty reports use.

:func:`parse_number` reads one number ("1,200", "twenty-two", "a dozen", "one hundred and
five"). :func:`parse_quantity` reads a whole quantity phrase: a qualifier ("at least 9"), a
range ("two or three", "between 5 and 7"), or a vague amount ("dozens of", "scores of").

The ``*_RE`` strings are regex sources without capture groups, for other extractors to embed
in their own compiled patterns (compile them with ``re.IGNORECASE``); ``COUNT_RE`` refuses
numbers that measure something else ("seven-year", "12 km", "40%", "23 August").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Final

_UNIT_WORDS: Final = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]
_TENS_WORDS: Final = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_UNITS: Final = {word: value for value, word in enumerate(_UNIT_WORDS)}
_TENS: Final = {word: 20 + 10 * i for i, word in enumerate(_TENS_WORDS)}
_SCALES: Final = {"thousand": 1_000, "million": 1_000_000}
_IDIOMS: Final = {
    "a": 1, "an": 1, "a single": 1, "a couple": 2, "a couple of": 2, "a pair of": 2,
    "a dozen": 12, "dozen": 12, "half a dozen": 6, "a half dozen": 6, "another": 1, "both": 2,
}


def _alt(words: list[str]) -> str:
    """Alternation with the longest words first, so "seventeen" wins over "seven"."""
    return "|".join(sorted(words, key=len, reverse=True))


_SMALL = (
    rf"(?:(?:{_alt(_TENS_WORDS)})(?:[\s-](?:{_alt(_UNIT_WORDS[1:10])})\b)?"
    rf"|{_alt(_UNIT_WORDS)})"
)
# Each word number is written as a head ("a", "an" or a number below a hundred) and what may
# follow it: "dozen", or "hundred" with its tail and then "thousand" with its own. One copy of
# each part instead of the alternatives spelt out in full keeps the patterns that embed a number
# small (cheap to compile) with the same matches: every way of matching a phrase is tried
# longest first, as in the spelt-out grammar, so an enclosing pattern that backtracks into the
# number meets the same ends in the same order (tests/test_extract_number_grammar.py).
_HUNDRED_TAIL = rf"\s+hundred(?:\s+(?:and\s+)?{_SMALL})?"
# after "thousand (and)": a number below a thousand, "a"/"an" only before "hundred"
_BELOW_THOUSAND = rf"(?:an?\s+hundred(?:\s+(?:and\s+)?{_SMALL})?|{_SMALL}(?:{_HUNDRED_TAIL})?)"
_THOUSAND_TAIL = rf"\s+thousand(?:\s+(?:and\s+)?{_BELOW_THOUSAND})?"
WORD_NUMBER_RE: Final = (
    r"\b(?:half\s+a\s+dozen|a\s+couple|a\s+single|another|both"
    rf"|(?:an?|{_SMALL})(?:\s+dozen|(?:{_HUNDRED_TAIL})?(?:{_THOUSAND_TAIL})?))\b"
)
_DIGITS_CORE = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?!\w|[.,:/]\d)"
DIGITS_RE: Final = rf"(?<![\w.,$£€#/:-]){_DIGITS_CORE}"
# Every number, and so every quantity phrase, starts a word: the leading ``\b`` (which
# DIGITS_RE and each alternative imply) lets the engine pass the other positions at once.
NUMBER_RE: Final = rf"\b(?:{DIGITS_RE}|{WORD_NUMBER_RE})"

_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
# whole words: "17 miners" and "five ministers" count people, not minutes
_MEASURE = (
    r"(?!\s*(?:-\s*)?(?:(?:years?|yrs?|months?|weeks?|days?|nights?|hours?|hrs?|minutes?|mins?"
    r"|seconds?|km|kms|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|m|feet|percent|per\s*cent"
    r"|am|pm|gmt|utc|o['’]clock|dollars?|euros?|pounds|usd|million|billion"
    rf"|times|(?-i:(?:{_MONTHS})))\b|%|a\.m\.|p\.m\.))"
)
COUNT_RE: Final = rf"(?:{NUMBER_RE}{_MEASURE})"
"""A number that counts something (not a duration, distance, share, sum of money or date)."""

QUALIFIER_RE: Final = (
    r"\b(?:at\s+least|no\s+(?:fewer|less)\s+than|more\s+than|just\s+over|over|upwards\s+of"
    r"|in\s+excess\s+of|about|around|approximately|roughly|some|an\s+estimated|nearly|almost"
    r"|close\s+to|up\s+to|as\s+many\s+as|at\s+most|fewer\s+than|less\s+than)"
)
VAGUE_RE: Final = (
    r"\b(?:dozens|scores|hundreds|thousands|tens|several|many|numerous|countless|multiple"
    r"|a\s+(?:large\s+|small\s+|great\s+|significant\s+)?number|a\s+few|a\s+handful|some)\b"
)
_DIGIT_RANGE = rf"{DIGITS_RE}\s*[-–—]\s*{_DIGITS_CORE}{_MEASURE}"
# "between 5 and 7", "12-15", "two or three", or one count; "between 5 and 7" and "two or
# three" open the count that ends them, so the count is written once for all three. A number
# followed by "and", "or" or "to" is never a measure: NUMBER_RE, not COUNT_RE, opens a range.
RANGE_OR_COUNT_RE: Final = (
    rf"(?:{_DIGIT_RANGE}"
    rf"|(?:(?:\bbetween\s+{NUMBER_RE}\s+(?:and|to)|{NUMBER_RE}\s+(?:or|to))\s+)?{COUNT_RE})"
)
"""A range or a count (its alternatives in the order a range is tried first)."""
# "another 30", "a further two", "an additional five": the count that follows, not one more
INCREMENT_RE: Final = r"\b(?:another|a\s+further|further|an\s+additional|additional|a\s+total\s+of)"
_QUANTITY = (
    rf"(?:(?:{INCREMENT_RE}\s+)?(?:{QUALIFIER_RE}\s+)?{RANGE_OR_COUNT_RE}"
    rf"|{VAGUE_RE}(?:\s+of)?)"
)
# The words a quantity phrase can start with (a number, a qualifier, an increment, a vague
# amount: each alternative's first word above), as a lookahead. A necessary condition, so
# QUANTITY_RE matches what _QUANTITY matches, in the same order; the engine passes every
# other word at once instead of trying each alternative (tests/test_extract_pattern_guards.py).
_QUANTITY_START = (
    r"(?=\d|an?\b|a(?:nother|dditional|bout|round|pproximately|lmost|s\b|t\b)|between|both"
    r"|close|countless|dozens|eight|eleven|fewer|fif|five|forty|four|further|half|hundreds|in\b"
    r"|just|less|many|more|multiple|nearly|nine|no\b|numerous|one|over|roughly|scores|seven"
    r"|several|six|some|t(?:en|hirt|hree|housands|we(?:lve|nty)|wo)|up(?:\b|wards)|zero)"
)
QUANTITY_RE: Final = rf"\b{_QUANTITY_START}{_QUANTITY}"
"""A quantity phrase: qualified number, range, or vague amount (read it with parse_quantity)."""

_QUALIFIER_CANON: Final = {
    "at least": "at least", "no fewer than": "at least", "no less than": "at least",
    "more than": "more than", "just over": "more than", "over": "more than",
    "upwards of": "more than", "in excess of": "more than",
    "about": "about", "around": "about", "approximately": "about", "roughly": "about",
    "some": "about", "an estimated": "about",
    "nearly": "nearly", "almost": "nearly", "close to": "nearly",
    "up to": "up to", "as many as": "up to", "at most": "up to",
    "fewer than": "fewer than", "less than": "fewer than",
}
_INCREMENT_PREFIX = re.compile(rf"^{INCREMENT_RE}\s+(?=\S)", re.IGNORECASE)
_QUALIFIER_PREFIX = re.compile(rf"({QUALIFIER_RE})\s+(.+)$", re.IGNORECASE)
_VAGUE_FULL = re.compile(rf"({VAGUE_RE})(?:\s+of)?$", re.IGNORECASE)
_DIGITS_FULL = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")
_RANGE_SPLIT = re.compile(
    r"^(?:between\s+(?P<a>.+?)\s+(?:and|to)\s+(?P<b>.+)|(?P<c>.+?)\s*(?:\bor\b|\bto\b|[-–—])\s*(?P<d>.+))$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Quantity:
    """A parsed quantity. Exactly one of: ``value``; ``min``/``max`` (a range); ``vague``."""

    value: int | None
    min: int | None = None
    max: int | None = None
    qualifier: str | None = None  # canonical: "at least", "more than", "about", "dozens", ...
    vague: bool = False


def parse_number(text: str) -> int | None:
    """The integer ``text`` spells, or None: "1,200", "11", "twenty-two", "a dozen"."""
    s = " ".join(text.lower().replace("-", " ").split())
    if not s:
        return None
    if _DIGITS_FULL.fullmatch(s):
        return int(s.replace(",", ""))
    if s in _IDIOMS:
        return _IDIOMS[s]
    return _parse_words(s.split())


def _parse_words(tokens: list[str]) -> int | None:
    """Cardinal words left to right; None when the sequence is not one well-formed number."""
    total, current, prev = 0, 0, ""
    for i, tok in enumerate(tokens):
        state = _step(tok, prev, current, first=i == 0)
        if state is None:
            return None
        current, prev, carry = state
        total += carry
    if prev in ("a", "and", ""):
        return None
    return total + current


def _step(tok: str, prev: str, current: int, first: bool) -> tuple[int, str, int] | None:
    """One token: (new current, its category, amount moved to the total) or None if invalid."""
    if tok in ("a", "an") and first:
        return 1, "a", 0
    if tok == "and":
        return (current, "and", 0) if prev in ("hundred", "scale") else None
    if tok in _UNITS:
        value = _UNITS[tok]
        allowed = ("", "hundred", "scale", "and") + (("tens",) if 0 < value < 10 else ())
        return (current + value, "unit", 0) if prev in allowed else None
    if tok in _TENS:
        ok = prev in ("", "hundred", "scale", "and")
        return (current + _TENS[tok], "tens", 0) if ok else None
    if tok in ("hundred", "dozen"):
        factor = 100 if tok == "hundred" else 12
        return (current * factor, "hundred", 0) if prev in ("unit", "tens", "a") else None
    if tok in _SCALES:
        ok = prev in ("unit", "tens", "hundred", "a")
        return (0, "scale", current * _SCALES[tok]) if ok else None
    return None


def parse_quantity(text: str) -> Quantity | None:
    """Read a quantity phrase (what ``QUANTITY_RE`` matches); None if it is not one."""
    s = _INCREMENT_PREFIX.sub("", " ".join(text.split()), count=1)
    prefix = _QUALIFIER_PREFIX.match(s)
    if prefix:
        counted = _parse_counted(prefix.group(2))
        if counted is not None:
            canon = _QUALIFIER_CANON[" ".join(prefix.group(1).lower().split())]
            return replace(counted, qualifier=canon)
    counted = _parse_counted(s)
    return counted if counted is not None else _parse_vague(s)


def _parse_counted(s: str) -> Quantity | None:
    value = parse_number(s)
    if value is not None:
        return Quantity(value)
    m = _RANGE_SPLIT.match(s)
    if not m:
        return None
    low = parse_number(m.group("a") or m.group("c"))
    high = parse_number(m.group("b") or m.group("d"))
    if low is None or high is None or low >= high:
        return None
    return Quantity(None, min=low, max=high)


def _parse_vague(s: str) -> Quantity | None:
    m = _VAGUE_FULL.match(s)
    if not m:
        return None
    word = " ".join(m.group(1).lower().split())
    if word.startswith("a ") and word.endswith("number"):
        word = "a number"
    return Quantity(None, qualifier=word, vague=True)
