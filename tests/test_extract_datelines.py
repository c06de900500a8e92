"""Place datelines (contested.extract.datelines)."""

from __future__ import annotations

import pytest

from contested.extract.datelines import after_dateline, find_datelines, yearless_filing
from contested.extract.sentences import split_sentences


@pytest.mark.parametrize(
    ("text", "city", "outlet"),
    [
        ("ANKARA - Turkish warplanes struck.", "ANKARA", None),
        ("TEL AVIV (Levant Wire) - The military said.", "TEL AVIV", "Levant Wire"),
        ("Deir Ezzor, SANA - Army units repelled an attack.", "Deir Ezzor", "SANA"),
        ("BAGHDAD (Reuters) - Rockets hit the base.", "BAGHDAD", "Reuters"),
        ("DUBAI, United Arab Emirates -- The strike hit.", "DUBAI", None),
        ("LAGOS, Jun 3 (NAN): Gunmen attacked the depot.", "LAGOS", "NAN"),
        ("PESHAWAR: Police said two constables were shot dead at a checkpoint on the ring road.",
         "PESHAWAR", None),
    ],
)
def test_datelines(text: str, city: str, outlet: str | None) -> None:
    (found,) = find_datelines(text, split_sentences(text))
    assert found.city.of(text) == city
    assert (found.outlet.of(text) if found.outlet else None) == outlet
    assert not text[found.span.end].isspace()


@pytest.mark.parametrize(
    "text",
    [
        "The US - and its allies - denied it.",
        "Hamas - the group that runs Gaza - said.",
        "He said ANKARA - not Damascus - was to blame.",
        "UPDATE: Police said the road was closed after the crash on the ring road.",
        "NATO: We will respond.",  # a headline's speaker
    ],
)
def test_not_datelines(text: str) -> None:
    assert find_datelines(text, split_sentences(text)) == []


def test_only_at_the_head_of_a_paragraph() -> None:
    text = "Strikes hit the town.\n\nGENEVA - The UN said. BEIRUT - not a dateline here."
    found = find_datelines(text, split_sentences(text))
    assert [d.city.of(text) for d in found] == ["GENEVA"]


def test_after_dateline_trims_the_sentence() -> None:
    text = "ANKARA - Turkish warplanes struck."
    sentence = split_sentences(text)[0]
    assert after_dateline(sentence.span, find_datelines(text, [sentence])).of(text) == (
        "Turkish warplanes struck."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a report's weekday first (28 March 2018 was a Wednesday, 2021's a Sunday)
        ("MAPUTO, March 28 (SCW) - Insurgents who stormed the town on Wednesday killed dozens, "
         "the ministry said on Sunday. The insurgency began in 2017.", "2021-03-28"),
        # a dateline on a line of its own; the lead's weekday; the years from the latest named
        ("Wire Service\nIMPHAL, Nov 11 (ENS)\n\nTen militants were killed on Monday afternoon, "
         "police said.\n\nClashes broke out in May 2023.", "2024-11-11"),
        ("Jiribam, Nov 12: Two bodies were found on Tuesday, police said. It began in 2023.",
         "2024-11-12"),
        # no year named, no weekday to tell the year, or a year the dateline states: none
        ("MAPUTO, March 28 (SCW) - Insurgents stormed the town on Wednesday, the ministry said "
         "on Sunday.", None),
        ("MAPUTO, March 28 (SCW) - Insurgents stormed the town, the ministry said in 2021.", None),
        ("MAPUTO, March 28, 2021 (SCW) - Insurgents stormed the town on Wednesday.", None),
    ],
)
def test_a_yearless_dateline_takes_the_year_its_weekdays_fit(
    text: str, expected: str | None
) -> None:
    found = yearless_filing(text)
    assert (found.isoformat() if found else None) == expected
