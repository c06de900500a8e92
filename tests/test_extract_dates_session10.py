"""Session 10, incident dates through the extractor: a toll sentence dates an event its trigger
sentences do not; a dateline without a year gives the anchor. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from contested.extract import Extractor
from contested.types import Mention
from extract_support import extract_text


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _primary(extractor: Extractor, text: str, published: dt.date | None) -> Mention:
    return next(m for m in extract_text(extractor, text, published) if m.role == "primary")


def test_a_toll_sentence_dates_a_headlines_event(extractor: Extractor) -> None:
    text = (
        "Gunmen force the army to free a cartel boss after a battle in Culiacan\n\n"
        "Eight people were killed in the gun battles that paralysed the city on Thursday, "
        "the security minister said.\n\n"
        "Sixteen people were wounded, he said."
    )
    mention = _primary(extractor, text, dt.date(2019, 10, 18))  # a Friday
    assert (mention.date, mention.date_precision) == (dt.date(2019, 10, 17), "day")


def test_a_yearless_dateline_anchors_the_weekday(extractor: Extractor) -> None:
    text = (
        "Eastern Wire\nIMPHAL, Nov 11 (EW)\n\n"
        "Ten suspected militants killed after attack on police station\n\n"
        "Ten suspected militants were killed in an exchange of fire with the police in the "
        "district on Monday afternoon after they attacked a police station, police said.\n\n"
        "The district has seen repeated violence since ethnic clashes broke out in May 2023."
    )
    mention = _primary(extractor, text, None)
    assert (mention.date, mention.date_precision) == (dt.date(2024, 11, 11), "day")


def test_an_older_event_recalled_after_a_fresh_one_is_background(extractor: Extractor) -> None:
    text = (
        "Army captures cartel boss; 29 dead in clashes\n\n"
        "MEXICO CITY, Jan 6 (SCW) - Ten soldiers and 19 gunmen were killed in clashes around "
        "the city after troops captured the cartel boss in a dawn raid on Thursday, the defence "
        "secretary said.\n\n"
        "The capture came more than three years after the army was forced to free him on "
        "October 17, 2019, when cartel gunmen took over the streets of the state capital."
    )
    mentions = extract_text(extractor, text, dt.date(2023, 1, 6))
    by_date = {m.date: m.role for m in mentions}
    assert by_date[dt.date(2023, 1, 5)] == "primary"
    assert by_date.get(dt.date(2019, 10, 17), "background") == "background"
