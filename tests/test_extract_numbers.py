"""Numbers and quantity phrases (contested.extract.numbers)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contested.extract.numbers import (
    COUNT_RE,
    QUANTITY_RE,
    Quantity,
    parse_number,
    parse_quantity,
)

_ONES = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _spell(n: int, hyphen: bool, with_and: bool) -> str:
    """English words for 0 <= n < 1,000,000 (written independently of the parser)."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (("-" if hyphen else " ") + _ONES[ones] if ones else "")
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        tail = (" and " if with_and else " ") + _spell(rest, hyphen, with_and) if rest else ""
        return f"{_ONES[hundreds]} hundred{tail}"
    thousands, rest = divmod(n, 1000)
    tail = " " + _spell(rest, hyphen, with_and) if rest else ""
    return f"{_spell(thousands, hyphen, with_and)} thousand{tail}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11", 11),
        ("1,200", 1200),
        ("10,000", 10000),
        ("seven", 7),
        ("Seven", 7),
        ("twenty-two", 22),
        ("twenty two", 22),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("two hundred", 200),
        ("one hundred and five", 105),
        ("a hundred", 100),
        ("a thousand", 1000),
        ("a", 1),
        ("an", 1),
        ("a couple", 2),
        ("zero", 0),
    ],
)
def test_parse_number_reads_digits_and_words(text: str, expected: int) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text", ["", "seven one", "twenty eleven", "and", "thousand", "hundred", "soldiers", "1.5",
             "two and three", "a a"]
)
def test_parse_number_refuses_what_is_not_one_number(text: str) -> None:
    assert parse_number(text) is None


@given(st.integers(min_value=0, max_value=999_999), st.booleans(), st.booleans())
def test_parse_number_reads_back_any_spelled_number(n: int, hyphen: bool, with_and: bool) -> None:
    assert parse_number(_spell(n, hyphen, with_and)) == n


@given(st.integers(min_value=0, max_value=10**9))
def test_parse_number_reads_back_grouped_digits(n: int) -> None:
    assert parse_number(f"{n:,}") == n
    assert parse_number(str(n)) == n


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at least 9", Quantity(9, qualifier="at least")),
        ("more than 10", Quantity(10, qualifier="more than")),
        ("over a dozen", Quantity(12, qualifier="more than")),
        ("nearly 40", Quantity(40, qualifier="nearly")),
        ("about 30", Quantity(30, qualifier="about")),
        ("some 20", Quantity(20, qualifier="about")),
        ("up to 50", Quantity(50, qualifier="up to")),
        ("as many as 6", Quantity(6, qualifier="up to")),
        ("two or three", Quantity(None, min=2, max=3)),
        ("between 5 and 7", Quantity(None, min=5, max=7)),
        ("2-3", Quantity(None, min=2, max=3)),
        ("10 to 15", Quantity(None, min=10, max=15)),
        ("at least two or three", Quantity(None, min=2, max=3, qualifier="at least")),
        ("dozens of", Quantity(None, qualifier="dozens", vague=True)),
        ("scores", Quantity(None, qualifier="scores", vague=True)),
        ("several", Quantity(None, qualifier="several", vague=True)),
        ("a large number of", Quantity(None, qualifier="a number", vague=True)),
        ("some", Quantity(None, qualifier="some", vague=True)),
        ("twenty-two", Quantity(22)),
        ("one hundred and five", Quantity(105)),
    ],
)
def test_parse_quantity(text: str, expected: Quantity) -> None:
    assert parse_quantity(text) == expected


@pytest.mark.parametrize("text", ["5 to 3", "soldiers", "at least", ""])
def test_parse_quantity_refuses_non_quantities(text: str) -> None:
    assert parse_quantity(text) is None


_COUNT = re.compile(COUNT_RE, re.IGNORECASE)


@pytest.mark.parametrize(
    "text",
    ["a seven-year war", "a 12-year-old", "12 km away", "40% of", "23 August", "3 days",
     "$5", "11:30", "1.5 million", "two hours", "5 times"],
)
def test_count_regex_skips_measures_money_times_and_dates(text: str) -> None:
    found = [m.group() for m in _COUNT.finditer(text) if m.group().lower() not in ("a", "an")]
    assert found == []


_QUANTITY = re.compile(QUANTITY_RE, re.IGNORECASE)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("killing at least 9 people", "at least 9"),
        ("two or three soldiers", "two or three"),
        ("the seventeen men", "seventeen"),
        ("twenty-one killed", "twenty-one"),
        ("dozens of casualties", "dozens of"),
        ("one hundred and five civilians", "one hundred and five"),
    ],
)
def test_quantity_regex_matches_the_whole_phrase(text: str, phrase: str) -> None:
    first = next(m.group() for m in _QUANTITY.finditer(text) if m.group().lower() != "a")
    assert first == phrase
    assert parse_quantity(first) is not None
