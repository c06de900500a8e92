"""Session 7, issue 3: an armed drone's strike told from a one-way drone's attack, generic
strikes typed by the carrier named, translated "aggression" by aircraft, cluster munitions,
an incident told in an aftermath clause, tallies over a month or many regions, policy stories
that only recall an attack, recalls by an earlier month, follow-up stories, title-case dated
datelines. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from contested.clean.dates import find_dateline
from contested.extract import Extractor
from contested.extract.datelines import find_datelines
from contested.extract.events import find_triggers, sentence_filter
from contested.extract.mentions import group_mentions
from contested.extract.sentences import split_sentences
from contested.types import EventType, Mention, Span
from extract_support import extract_text


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _primary(extractor: Extractor, text: str, published: dt.date | None = None) -> list[Mention]:
    return [m for m in extract_text(extractor, text, published) if m.role == "primary"]


def _type(extractor: Extractor, text: str) -> EventType:
    (mention,) = _primary(extractor, text, dt.date(2025, 3, 14))
    return mention.event_type


def _roles(text: str, anchor: dt.date | None = None) -> list[str]:
    return [d.role for d in group_mentions(text, split_sentences(text), anchor)]


# ------------------------------------------------------------------ drone strike or attack


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a drone hitting a vehicle or a gathering: an armed drone's strike
        ("A drone struck a pickup truck outside the village on Friday, killing two men.",
         "drone_strike"),
        ("A drone attack hit a crowd at the festival on Friday. Survivors said the aircraft "
         "fired twice.", "drone_strike"),
        # the drone belongs to an army (told in the sentence after)
        ("A drone hit a checkpoint near the village on Friday, killing a guard. Officials said "
         "the drone belonged to the national army.", "drone_strike"),
        ("A drone attack hit the market at noon on Friday. \"It was an army drone,\" a farmer "
         "said.", "drone_strike"),
        # a drone firing a weapon
        ("A drone hit the compound on Friday. A guard said the drone fired two missiles.",
         "drone_strike"),
        # guards: one-way drones and drones on installations stay drone attacks
        ("An explosive drone struck the fuel depot on Friday, starting a fire.", "drone_attack"),
        ("A drone hit a gas plant near the city on Friday, halting output.", "drone_attack"),
        ("A drone slammed into a car park on Friday. The army said the drone belonged to the "
         "rebels.", "drone_attack"),
    ],
)
def test_an_armed_drone_strikes_a_one_way_drone_attacks(
    extractor: Extractor, text: str, expected: EventType
) -> None:
    assert _type(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the strike", "bombed": the drone's, when no aircraft is named
        ("A drone strike hit a wedding party in the hills on Friday. The strike killed nine "
         "people and the attackers bombed two houses. Survivors said the strike came at dusk.",
         "drone_strike"),
        ("A missile hit the station on Friday. The strike killed four and the strike's blast "
         "broke windows; officials said the strike was deliberate.", "missile_strike"),
        # guards: aircraft named keep the air strike
        ("Warplanes bombed the market on Friday. The strike killed four; a drone strike was "
         "reported nearby.", "airstrike"),
        ("Coalition aircraft have reportedly bombed the depot on Friday. The strike was "
         "probably carried out by drones, a source said. The strike killed two.", "airstrike"),
    ],
)
def test_a_generic_strike_is_the_named_carriers(
    extractor: Extractor, text: str, expected: EventType
) -> None:
    assert _type(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aircraft of the enemy carried out an aggression on the village at dawn on Friday.",
         "airstrike"),
        ("Enemy aircraft commit new aggression on the river crossing.", "airstrike"),
        ("The ministry accused the rebels of firing cluster munitions at the market on Friday.",
         "rocket_attack"),
        ("The militia denied on Friday that it had fired the rockets that hit the air base.",
         "rocket_attack"),
        ("Two guards were killed on Friday when gunmen opened fire on their checkpoint.",
         "armed_clash"),
        ("Two guards were killed in an attack on a border post on Friday.", "armed_clash"),
    ],
)
def test_aircraft_aggressions_rockets_and_armed_posts(
    extractor: Extractor, text: str, expected: EventType
) -> None:
    assert _type(extractor, text) == expected


def test_neutralised_militants_are_an_event_an_attack_prepared_is_not() -> None:
    text = "The army said it neutralised four militants in an operation near the border."
    assert [t.event_type for t in find_triggers(text, Span(0, len(text)))] == ["other"]
    text = "The cell was preparing an attack on a base and had been planning strikes for weeks."
    assert find_triggers(text, Span(0, len(text))) == []
    text = "The cell had planned an attack on the base."
    assert find_triggers(text, Span(0, len(text))) == []
    # guard: a planned attack carried out is an attack (on a garrison: an armed clash, session 8)
    text = "Rebels carried out a planned attack on the garrison at dawn."
    assert [t.event_type for t in find_triggers(text, Span(0, len(text)))] == ["armed_clash"]


# ------------------------------------------------------------------ reported or recalled


def test_an_incident_in_an_aftermath_clause_is_told() -> None:
    text = "The village buried its dead on Friday, a day after a drone strike hit the market."
    assert _roles(text) == ["primary"]
    # guard: a main clause that tells an incident recalls the one it comes after
    text = "Jets struck the port on Friday, a day after rockets hit the town."
    assert [t.background for t in find_triggers(text, Span(0, len(text)))] == [False, False, True]


@pytest.mark.parametrize(
    "sentence",
    [
        "Attacks on army posts made up more than half of the incidents recorded in the country.",
        "In the north, the share of attacks on civilians rose again.",
        "Drone strikes were reported in the provinces of Alpha, Beta and Gamma.",
        "Air strikes on the border continued for the third month in a row.",
        "The army said it had neutralised 800 militants since the start of the year.",
        "In about a third of the cases, the army later acknowledged a strike nearby.",
    ],
)
def test_tallies_report_no_incident(sentence: str) -> None:
    assert sentence_filter(sentence) in ("statistic", "habitual")


def test_strikes_over_many_provinces_on_a_day_are_an_incident() -> None:
    assert sentence_filter(
        "Jets struck in the provinces of Idlib and Hama on Tuesday, killing 12 people."
    ) is None


def test_a_policy_story_only_recalls_an_attack_weeks_old(extractor: Extractor) -> None:
    text = (
        "Two governments resume talks on trade\n\n"
        "Officials of the two governments met in the capital on Tuesday to discuss trade and "
        "the reopening of the border.\n\n"
        "The talks had been postponed after a rocket attack on a border post on March 2 killed "
        "four guards."
    )
    mentions = extract_text(extractor, text, dt.date(2025, 3, 20))
    assert [m.role for m in mentions] == ["background"]
    # guard: the headline tells the incident weeks after it
    text = (
        "Inquiry finds the March 2 rocket attack on a border post killed four guards\n\n"
        "Investigators said on Tuesday that the rockets were fired from across the river."
    )
    assert [m.role for m in extract_text(extractor, text, dt.date(2025, 3, 20))] == ["primary"]
    # guard: a story about its aftermath names the harm up front
    text = (
        "Two men charged over the deaths of four border guards\n\n"
        "Prosecutors charged two men on Tuesday in connection with the deaths of four guards.\n\n"
        "The guards were killed when rockets hit their post on March 2."
    )
    assert [m.role for m in extract_text(extractor, text, dt.date(2025, 3, 20))] == ["primary"]


def test_an_incident_of_an_earlier_month_is_recalled() -> None:
    text = (
        "A drone strike hit a car in the city on Wednesday, killing two. In early February a "
        "drone strike on a depot killed a guard."
    )
    assert _roles(text, dt.date(2025, 3, 14)) == ["primary", "background"]
    # guard: a month after the trigger dates something else
    text = "A drone strike hit a car on Wednesday. The strike came despite a truce agreed in February."
    assert _roles(text, dt.date(2025, 3, 14)) == ["primary"]


def test_an_incident_the_present_one_follows_since_is_recalled() -> None:
    text = "Jets have hit the group's camps every week since a drone attack on a base killed two."
    (trigger,) = [t for t in find_triggers(text, Span(0, len(text))) if t.event_type != "other"][1:]
    assert trigger.event_type == "drone_attack" and trigger.background


def test_the_strike_conducted_in_response_is_the_incident_told() -> None:
    text = (
        "A drone strike on a car killed a commander in the city on Wednesday. The command said "
        "it had conducted the strike in response to attacks on its troops."
    )
    assert _roles(text) == ["primary"]


def test_a_follow_up_lede_tells_the_headlines_incident(extractor: Extractor) -> None:
    text = (
        "Militia says two fighters killed in US strike\n\n"
        "The militia said two of its fighters were killed in last week's US air strikes near "
        "Al Qaim. The strikes hit a depot on Thursday, March 6, the group said."
    )
    (mention,) = extract_text(extractor, text, dt.date(2025, 3, 12))
    assert mention.role == "primary"
    assert mention.date == dt.date(2025, 3, 6) and mention.date_precision == "day"
    assert mention.place is not None and mention.place.country == "IQ"


def test_a_speakers_seat_in_the_capital_is_no_incident_place(extractor: Extractor) -> None:
    text = (
        "Air strikes hit a market in Saada province on Monday, killing 12 people, the health "
        "ministry in the rebel-held capital Sanaa said."
    )
    (mention,) = extract_text(extractor, text, dt.date(2025, 3, 11))
    assert mention.place is not None and mention.place.name != "Sanaa"


# ------------------------------------------------------------------ datelines and page dates


def test_a_title_case_city_with_a_date_is_a_dateline() -> None:
    text = (
        "Agency | Local | 2024\n\n"
        "Homs, 4 June (Local Agency) - A source said shells hit a farm yesterday."
    )
    (dateline,) = find_datelines(text, split_sentences(text))
    assert dateline.city.of(text) == "Homs" and dateline.filed == dt.date(2024, 6, 4)


def test_an_ambiguous_page_date_is_read_like_the_dateline() -> None:
    text = "Agency | Local | 04/06/2024\n\nHoms, 4 June (Agency) - Shells hit a farm."
    assert find_dateline(text) == dt.date(2024, 6, 4)
    text = "Agency | Local | 06/04/2024\n\nHoms, 4 June (Agency) - Shells hit a farm."
    assert find_dateline(text) == dt.date(2024, 6, 4)
    # nothing confirms either reading: day first (session 8), the order of most of the world
    assert find_dateline("Agency | Local | 04/06/2024\n\nShells hit a farm.") == dt.date(2024, 6, 4)


def test_a_day_attached_to_a_later_trigger_beats_a_reports_day(extractor: Extractor) -> None:
    text = (
        "Eighty people were killed when an army drone bombed a village, the relief agency said "
        "on Wednesday. A rights group said at least 100 died in Sunday night's strike on the "
        "village."
    )
    (mention,) = extract_text(extractor, text, dt.date(2025, 3, 12))
    assert mention.date == dt.date(2025, 3, 9)
    # guard: a later sentence's day that is not the trigger's does not move the date
    text = (
        "An air strike killed a commander in the south, the army said on Wednesday. He had "
        "planned the October 7 raid and directed rocket fire at towns across the border."
    )
    (mention,) = [m for m in extract_text(extractor, text, dt.date(2025, 3, 12)) if m.role == "primary"]
    assert mention.date == dt.date(2025, 3, 12)
