"""Session 6, issue 3: dated datelines, places located relative to a town, the filing city as
a last resort, new weapon forms, raids, recalled incidents named by their date. Every sentence
is our own; the places are real ones of the gazetteer or of our curated supplement."""

from __future__ import annotations

import datetime as dt

import pytest

from contested.extract import Extractor
from contested.extract.datelines import find_datelines
from contested.extract.event_types import vote_type
from contested.extract.events import find_triggers, sentence_filter
from contested.extract.mentions import group_mentions
from contested.extract.sentences import split_sentences
from contested.types import EventType, Span
from extract_support import extract_text


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _type(text: str) -> EventType:
    return vote_type(find_triggers(text, Span(0, len(text))))


# ------------------------------------------------------------------ datelines with a date


@pytest.mark.parametrize(
    ("text", "city", "outlet", "filed"),
    [
        ("AMMAN, 3 March 2024 (Petra Wire) - Two men were killed.", "AMMAN", "Petra Wire",
         dt.date(2024, 3, 3)),
        ("ADEN, Oct 2 (Harbour Press) - A drone hit a depot.", "ADEN", "Harbour Press", None),
        ("HODEIDAH, Tuesday 9 Rabi al-Awwal 1447 AH, corresponding to 2 September 2025 "
         "(Coast Agency) - Raids hit the port.", "HODEIDAH", "Coast Agency",
         dt.date(2025, 9, 2)),
        ("TYRE, 19/10/2024 (South Agency) - A strike hit a car.", "TYRE", "South Agency",
         dt.date(2024, 10, 19)),
        ("ERBIL, May 6, 2023 - A drone fell near the airport.", "ERBIL", None, dt.date(2023, 5, 6)),
    ],
)
def test_a_dateline_may_state_the_filing_date(
    text: str, city: str, outlet: str | None, filed: dt.date | None
) -> None:
    (found,) = find_datelines(text, split_sentences(text))
    assert found.city.of(text) == city
    assert (found.outlet.of(text) if found.outlet else None) == outlet
    assert found.filed == filed
    assert not text[found.span.end].isspace()


@pytest.mark.parametrize(
    "text",
    [
        "ANKARA, he said (in a statement) - no more.",
        "GAZA, the UN said - and repeated - was starving.",
    ],
)
def test_a_clause_after_the_city_is_no_dated_dateline(text: str) -> None:
    assert find_datelines(text, split_sentences(text)) == []


def test_the_datelines_date_is_the_anchor_not_the_incident_date(extractor: Extractor) -> None:
    text = (
        "TYRE, 19/10/2024 (South Agency) - Two people were killed when a drone struck a car "
        "near the town of Naqoura on Friday evening, the health ministry said."
    )
    (mention,) = extract_text(extractor, text)  # no publication date: the dateline anchors
    assert mention.date == dt.date(2024, 10, 18)  # the Friday before Saturday 19 October


def test_a_weekday_is_read_against_the_dateline_not_taken_from_it(extractor: Extractor) -> None:
    text = (
        "ADEN, Oct 2 (Harbour Press) - Shelling killed three fishermen near Mocha on Monday, "
        "local officials said."
    )
    (mention,) = extract_text(extractor, text, dt.date(2025, 10, 2))  # a Thursday
    assert mention.date == dt.date(2025, 9, 29)


# ------------------------------------------------------------------ places


def test_a_village_located_relative_to_the_town_is_the_finer_place(extractor: Extractor) -> None:
    text = (
        "Jets bombed army positions in the Al Bukamal area of eastern Syria on Sunday.\n\n"
        "The raid hit a depot in al-Duwaiji, south of Al Bukamal, a monitor said."
    )
    (mention,) = extract_text(extractor, text, dt.date(2019, 3, 4))
    assert mention.place is not None and mention.place.name == "al-Duwaiji"


def test_a_camp_on_the_outskirts_of_a_city_is_placed_at_the_camp(extractor: Extractor) -> None:
    text = (
        "PORT SUDAN, 2 May 2025 (Sudan Wire) - Artillery shells hit the Zamzam camp on the "
        "southern outskirts of El Fasher on Thursday, killing nine displaced people."
    )
    (mention,) = extract_text(extractor, text)
    assert mention.place is not None and mention.place.name.startswith("Zamzam")
    assert mention.date == dt.date(2025, 5, 1)


def test_a_gas_field_of_the_supplement_places_a_drone_attack(extractor: Extractor) -> None:
    text = (
        "BAGHDAD, Jan 9 (Tigris Wire) - A drone attack set a tank ablaze at the Khor Mor gas "
        "field in Iraq's Kurdistan region on Wednesday night, the operator said."
    )
    (mention,) = extract_text(extractor, text, dt.date(2026, 1, 9))
    assert mention.place is not None and mention.place.name == "Khor Mor"
    assert mention.event_type == "drone_attack"


def test_the_filing_city_places_an_incident_told_without_a_place(extractor: Extractor) -> None:
    text = (
        "MOGADISHU (Coast Radio) - Gunmen stormed a seafront cafe on Saturday night and a "
        "suicide bomber blew himself up at its gate, Somali police said."
    )
    (mention,) = extract_text(extractor, text, dt.date(2025, 6, 8))
    assert mention.place is not None and mention.place.country == "SO"
    assert mention.place.geo_precision == 2  # near the city the story was filed from


def test_a_filing_city_of_another_country_places_nothing(extractor: Extractor) -> None:
    text = (
        "DUBAI (Gulf Press) - Air strikes hit a fuel depot in Yemen on Thursday, killing "
        "seven workers, Yemeni officials said."
    )
    (mention,) = extract_text(extractor, text, dt.date(2025, 5, 2))
    assert mention.place is not None and mention.place.country == "YE"


# ------------------------------------------------------------------ event types


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The army hit a barracks in the city with two Iskander-M missiles.", "missile_strike"),
        ("A Kinzhal fell on an airfield in the west of the country.", "missile_strike"),
        ("Russian glide bombs struck a school in the suburbs.", "airstrike"),
        ("A swarm of drones set the gas plant ablaze overnight.", "drone_attack"),
        ("Shahed drones were shot down over the port before one hit a warehouse.",
         "drone_attack"),
        ("The depot was hit by an explosive drone before dawn.", "drone_attack"),
        # raids with nobody on the ground in the sentence are air raids
        ("The enemy's raids on the harbour killed nine dockers.", "airstrike"),
        # guard: troops raiding a village stay a ground raid
        ("Troops raided the village at dawn and arrested four men.", "ground_raid"),
    ],
)
def test_new_weapon_forms(text: str, expected: EventType) -> None:
    assert _type(text) == expected


def test_a_superlative_would_be_is_no_threat() -> None:
    assert sentence_filter(
        "Strikes on the port killed 40 workers, in what would be the deadliest attack this year."
    ) is None
    assert sentence_filter("Any new attack would be met with overwhelming force.") == "threat"


# ------------------------------------------------------------------ recalled incidents


def _roles(text: str) -> list[str]:
    return [d.role for d in group_mentions(text, split_sentences(text))]


def test_an_incident_named_by_its_date_is_recalled() -> None:
    text = (
        "Lawmakers moved to block an arms sale on Tuesday. They cited the March 2016 bombing "
        "of a market in Hajjah, which killed 97 people. The coalition later said its strike "
        "on the market had been a mistake."
    )
    assert _roles(text) == ["background"]


def test_an_earlier_drone_hit_last_year_is_recalled() -> None:
    text = (
        "A drone attack hit the gas field on Wednesday, the operator said. The field was also "
        "hit by a drone in June last year, an attack that killed two guards."
    )
    assert _roles(text) == ["primary", "background"]


# ------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("Drones struck the refinery overnight into Saturday, the governor said.",
         dt.date(2025, 3, 8), "day"),
        ("Drones struck the refinery overnight, the governor said.", dt.date(2025, 3, 10), "day"),
        ("The depot was hit in May last year.", dt.date(2024, 5, 1), "month"),
        ("The depot was hit in February this year.", dt.date(2025, 2, 1), "month"),
    ],
)
def test_overnight_into_a_weekday_and_a_month_of_last_year(
    text: str, expected: dt.date, precision: str
) -> None:
    from contested.extract.dates import resolve_incident_date

    guess = resolve_incident_date(text, Span(0, len(text)), dt.date(2025, 3, 10))  # a Monday
    assert guess is not None and (guess.date, guess.precision) == (expected, precision)
