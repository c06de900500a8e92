"""Session 9 (s9-dates), issues 3 and 5: typing words of conflicts outside the Middle East,
weapons that "had targeted", attacks on positions, headline figures of speech; article dates
from foreign-language and run-in datelines; an event's date before a report's. Every sentence
is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from contested.clean import clean_source
from contested.extract import Extractor
from contested.extract.event_types import vote_type
from contested.extract.events import find_triggers
from contested.types import Article, EventType, Mention, Source, Span
from extract_support import extract_text


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _primary(extractor: Extractor, text: str, published: dt.date | None = None) -> Mention:
    return next(m for m in extract_text(extractor, text, published) if m.role == "primary")


def _cleaned_primary(extractor: Extractor, text: str) -> Mention:
    """The primary mention of a text dump cleaned as the pipeline cleans it (its page date)."""
    article = clean_source(Source(origin="test", format="text", text=text))
    assert isinstance(article, Article)
    return next(m for m in extractor.extract(article) if m.role == "primary")


def _type(sentence: str) -> EventType | None:
    triggers = find_triggers(sentence, Span(0, len(sentence)))
    return vote_type(triggers) if triggers else None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen sprayed bullets on worshippers leaving the church in Owo.", "other"),
        ("Assailants hacked to death eleven farmers near the market.", "other"),
        ("Raiders massacred eleven herders in the village overnight.", "other"),
        ("Survivors of the massacre at the gold mine buried their dead.", "other"),
        ("A machete attack on a bus killed six passengers.", "other"),
        ("The brigade said its missiles had targeted a radar station on the coast.",
         "missile_strike"),
        ("Rebel units advanced at dawn, opening fire on army positions near the bridge.",
         "armed_clash"),
    ],
)
def test_attack_words_of_other_conflicts(sentence: str, expected: EventType) -> None:
    assert _type(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Terror strikes the lakeside town again",
        "Traders observed a general strike over fuel prices.",
        "It was the first such strike in the port city in a decade.",
        "Rioters torched vehicles parked outside the bank.",  # property, not people
    ],
)
def test_figures_of_speech_and_labour_strikes_are_no_air_strike(sentence: str) -> None:
    assert _type(sentence) is None


def test_a_spanish_dateline_anchors_the_weekday(extractor: Extractor) -> None:
    text = (
        "Diario del Sur\n\nBlast near barracks kills three\n\n"
        "Popayán, 7 de marzo de 2024 - 20:10\n\n"
        "A car bomb exploded on Thursday afternoon near the police barracks in Popayán, "
        "killing three people, the governor said."
    )
    mention = _cleaned_primary(extractor, text)
    assert (mention.date, mention.date_precision) == (dt.date(2024, 3, 7), "day")


def test_a_run_in_dateline_anchors_the_weekday(extractor: Extractor) -> None:
    text = (
        "Sahel Wire\n\nAttack on convoy\n\n"
        "NIAMEY, 12/06/2023 - Gunmen ambushed an army convoy on Saturday near Tera, "
        "killing nine soldiers, the defence ministry said."
    )
    mention = _cleaned_primary(extractor, text)
    assert mention.date == dt.date(2023, 6, 10)  # 12 June 2023 was a Monday


def test_an_events_date_comes_before_a_reports(extractor: Extractor) -> None:
    text = (
        "The interior ministry on Friday rejected reports that police massacred protesters "
        "in the market town.\n\n"
        "It said that on the evening of 2 May officers came under fire from armed men.\n\n"
        "Four attackers were killed in the exchange of fire, the ministry said."
    )
    mention = _primary(extractor, text, dt.date(2021, 5, 7))
    assert mention.date == dt.date(2021, 5, 2)
