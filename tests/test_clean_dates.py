"""Datelines and the tabular Hijri calendar."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contested.clean.dates import (
    ethiopian_to_gregorian,
    find_dateline,
    hijri_to_gregorian,
    is_dateline,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("icon closeicon\n17 Jun, 2018 22:39\n\nHeadline", dt.date(2018, 6, 17)),
        (
            "Title\n\nMonday – 2 Dhu al-Hijjah 1442 AH – 12 July 2021 AD Issue no. [\n\nBody",
            dt.date(2021, 7, 12),
        ),
        ("Published June 17, 2018", dt.date(2018, 6, 17)),
        ("Updated: 2018-06-17 10:00 GMT", dt.date(2018, 6, 17)),
        ("Sept. 3rd, 2019", dt.date(2019, 9, 3)),
        ("17/06/2018", dt.date(2018, 6, 17)),
        ("06/17/2018", dt.date(2018, 6, 17)),
        ("06/07/2018", dt.date(2018, 7, 6)),  # nothing tells them apart: day first (session 8)
        ("Thursday 06/07/2018", dt.date(2018, 6, 7)),  # 7 June 2018 was a Thursday
        ("31 February 2020", None),
        ("Desk | 09-11-2023 | 07:30 WAT", dt.date(2023, 11, 9)),  # dashes: day first
        ("Tete, 14 de setembro de 2023 - 09:10", dt.date(2023, 9, 14)),  # Portuguese
        ("Maroua, 2 de marzo de 2021", dt.date(2021, 3, 2)),  # Spanish
        ("Mopti, 1er février 2022", dt.date(2022, 2, 1)),  # French
        # a dateline opening a line of text: the part before the dash or full stop
        ("Tripoli, 13/08/2024 - Militias clash near the port road", dt.date(2024, 8, 13)),
        ("Goma, 4 May 2023. The army said rebels had shelled the camp overnight.",
         dt.date(2023, 5, 4)),
    ],
)
def test_datelines(text: str, expected: dt.date | None) -> None:
    assert find_dateline(text) == expected


def test_hijri_only_dateline_is_converted() -> None:
    assert find_dateline("Tuesday 1 Ramadan 1444 AH\n\nBody") == dt.date(2023, 3, 23)


def test_body_sentences_are_not_datelines() -> None:
    text = (
        "The attack on June 17, 2018 killed seven soldiers in the town, officials said on Monday."
    )
    assert not is_dateline(text)
    assert find_dateline(text) is None


def test_only_the_head_of_the_text_is_searched() -> None:
    assert find_dateline("x\n" * 400 + "17 Jun, 2018 22:39\n") is None


@pytest.mark.parametrize(
    ("hijri", "gregorian"),
    [
        ((1, 1, 1), dt.date(622, 7, 19)),  # civil epoch (16 July 622 Julian)
        ((1442, 12, 2), dt.date(2021, 7, 12)),
        ((1444, 9, 1), dt.date(2023, 3, 23)),
        ((1445, 1, 1), dt.date(2023, 7, 19)),
        ((1400, 1, 1), dt.date(1979, 11, 21)),
    ],
)
def test_hijri_conversion(hijri: tuple[int, int, int], gregorian: dt.date) -> None:
    assert hijri_to_gregorian(*hijri) == gregorian


def test_hijri_rejects_impossible_dates() -> None:
    assert hijri_to_gregorian(1442, 13, 1) is None
    assert hijri_to_gregorian(1442, 1, 31) is None


@given(st.integers(1, 1600), st.integers(1, 12))
def test_hijri_months_are_29_or_30_days_and_years_354_or_355(year: int, month: int) -> None:
    start = hijri_to_gregorian(year, month, 1)
    nxt = hijri_to_gregorian(year + (month == 12), month % 12 + 1, 1)
    assert start is not None and nxt is not None
    assert (nxt - start).days in (29, 30)
    year_start, next_year = hijri_to_gregorian(year, 1, 1), hijri_to_gregorian(year + 1, 1, 1)
    assert year_start is not None and next_year is not None
    assert (next_year - year_start).days in (354, 355)


@pytest.mark.parametrize(
    ("ethiopian", "gregorian"),
    [
        ((2016, 1, 1), dt.date(2023, 9, 12)),  # Enkutatash after a six-day Pagume
        ((2015, 13, 6), dt.date(2023, 9, 11)),
        ((2017, 4, 29), dt.date(2025, 1, 7)),  # Genna, 29 Tahsas
        ((2016, 13, 6), None),  # Pagume has five days that year
        ((2016, 2, 31), None),
    ],
)
def test_ethiopian_conversion(ethiopian: tuple[int, int, int], gregorian: dt.date | None) -> None:
    assert ethiopian_to_gregorian(*ethiopian) == gregorian


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gondar Weekly | 3 Meskerem 2017 E.C.\n\nBody", dt.date(2024, 9, 13)),
        ("Dessie, Ginbot 20, 2016 - Body", dt.date(2024, 5, 28)),
        ("Narathiwat Desk | 5 March 2566\n\nBody", dt.date(2023, 3, 5)),  # Buddhist era
    ],
)
def test_ethiopian_and_buddhist_era_datelines(text: str, expected: dt.date) -> None:
    assert find_dateline(text) == expected


def test_of_two_page_dates_the_one_on_the_weekday_named() -> None:
    text = "WEEKLY\nWeek of 21-27 October 2019 | Security | Posted Friday 25 October 2019\n\nBody."
    assert find_dateline(text) == dt.date(2019, 10, 25)
    assert find_dateline("WEEKLY\nWeek of 21-27 October 2019 | Security\n\nBody.") == dt.date(
        2019, 10, 27)


@pytest.mark.parametrize("line", ["2024/03/15 09:12", "Published 2024.03.15", "2024-03-15"])
def test_year_first_page_dates_with_any_separator(line: str) -> None:
    assert find_dateline(f"{line}\n\nBody text follows here.") == dt.date(2024, 3, 15)


# --- session 11 (s11-events): a masthead's date part, more languages' month names ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Headline\n\nThe Lake Weekly (regional paper) | Published: 27 March 2020\n\nBody.",
         dt.date(2020, 3, 27)),
        ("Headline\n\nNational Radio of the Republic - Capital City, 25/03/2020\n\nBody.",
         dt.date(2020, 3, 25)),
        ("Headline\n\nThe Evening News of the Capital | Subota, 15. maj 1999.\n\nBody.",
         dt.date(1999, 5, 15)),
        ("Headline\n\nHarian Pagi | Jakarta, 3 Maret 2019\n\nBody.", dt.date(2019, 3, 3)),
        # a sentence after a dash is no page date
        ("KANO - Gunmen killed 12 villagers in the farming hamlet on 12 March 2019, police "
         "said on Wednesday.", None),
    ],
)
def test_masthead_page_dates(text: str, expected: dt.date | None) -> None:
    assert find_dateline(text) == expected
