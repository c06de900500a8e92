"""Session 10, issue 3: event type from the frame (who attacked, what was hit, who fell),
statistics and outlooks that report no incident, and the weekly follow-up that tells again the
incident it recalls. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from contested.extract import Extractor
from contested.extract.events import sentence_filter
from contested.types import Mention
from extract_support import extract_text


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _mentions(extractor: Extractor, text: str, published: dt.date | None = None) -> list[Mention]:
    return extract_text(extractor, text, published)


def _primary_types(extractor: Extractor, text: str, published: dt.date | None = None) -> list[str]:
    return [m.event_type for m in _mentions(extractor, text, published) if m.role == "primary"]


# ------------------------------------------------------------------ the frame types the event


def test_an_attack_whose_attackers_fell_is_a_clash(extractor: Extractor) -> None:
    text = (
        "Troops retook the river town on Monday after an attack launched by insurgents on "
        "Saturday, the ministry said. The army said it had neutralised a large number of "
        "terrorists in the operations that followed."
    )
    assert _primary_types(extractor, text) == ["armed_clash"]


def test_gunmen_killing_people_at_a_checkpoint_is_a_clash(extractor: Extractor) -> None:
    text = "Gunmen killed nine people at a checkpoint outside the hill town late on Sunday, police said."
    assert _primary_types(extractor, text) == ["armed_clash"]


def test_gunmen_killing_villagers_stays_an_attack(extractor: Extractor) -> None:
    text = "Gunmen killed nine villagers in a market outside the hill town late on Sunday, police said."
    assert _primary_types(extractor, text) == ["other"]


def test_a_gang_storming_a_town_is_an_attack_on_its_people(extractor: Extractor) -> None:
    text = (
        "Armed bandits of a local gang stormed the farming commune at dawn on Friday, killing "
        "dozens of residents, the mayor said."
    )
    assert _primary_types(extractor, text) == ["other"]


def test_a_gang_storming_a_train_that_soldiers_retook_is_a_clash(extractor: Extractor) -> None:
    text = (
        "Separatist fighters stormed a passenger train in the pass on Tuesday. Security forces "
        "ended the siege on Wednesday, killing all 20 attackers; five soldiers were killed."
    )
    assert _primary_types(extractor, text) == ["armed_clash"]


def test_soldiers_raiding_a_village_stay_a_raid(extractor: Extractor) -> None:
    text = "Soldiers raided the village at night on Friday and burned houses, residents said."
    assert _primary_types(extractor, text) == ["ground_raid"]


def test_a_battle_between_gangs_with_grenades_is_a_clash(extractor: Extractor) -> None:
    text = (
        "At least 40 inmates were killed in a battle between rival gangs at the central jail on "
        "Tuesday, the prison service said. Inmates had used grenades and rifles, police said."
    )
    assert _primary_types(extractor, text) == ["armed_clash"]


def test_missiles_and_drones_together_are_a_missile_strike(extractor: Extractor) -> None:
    text = (
        "Eleven people were killed when missiles and drones struck the camps of an exiled party "
        "near the border town on Wednesday, health officials said."
    )
    assert _primary_types(extractor, text) == ["missile_strike"]


def test_a_helicopter_brought_down_by_a_drone_is_a_drone_attack(extractor: Extractor) -> None:
    text = "A police helicopter was brought down by a drone near the mine on Thursday, killing eight officers."
    assert _primary_types(extractor, text) == ["drone_attack"]


# ------------------------------------------------------------------ no incident


@pytest.mark.parametrize(
    "sentence",
    [
        "Militant attacks in the province rose in May, a monitor said.",
        "Kidnappings fell by a third in the first half of the year.",
        "The number of armed clashes between the army and the rebels has fallen by half.",
        "The report also counted 61 militants killed in security operations.",
        "Officials warned that new bombings could follow if the talks fail.",
        "A collapse of the truce could lead to a new wave of kidnappings and bombings.",
    ],
)
def test_trends_counts_and_outlooks_are_no_incident(sentence: str) -> None:
    assert sentence_filter(sentence) is not None


def test_a_toll_from_clashes_that_rose_is_an_incident() -> None:
    assert sentence_filter("The toll from the clashes in the capital rose to 40 on Sunday.") is None


# ------------------------------------------------------------------ the follow-up role swap


def test_last_weeks_massacre_is_the_follow_ups_primary(extractor: Extractor) -> None:
    text = (
        "A rights group said on Tuesday that 61 people had been killed in last week's massacre "
        "at the riverside prison, more than the government's count."
    )
    found = _mentions(extractor, text, dt.date(2022, 5, 10))
    assert [m.role for m in found] == ["primary"]


def test_a_week_after_the_bombing_joins_the_headlines_incident(extractor: Extractor) -> None:
    text = (
        "After the barracks mosque blast, questions over security\n\n"
        "Nearly a week after the suicide bombing that tore through the barracks mosque, the "
        "police chief gave a final death toll of 70.\n\n"
        "The attack revived memories of March 3, 2015, when gunmen killed 30 cadets at the "
        "academy in the same city."
    )
    found = _mentions(extractor, text, dt.date(2022, 2, 5))
    assert [(m.role, m.event_type) for m in found] == [
        ("primary", "explosion"), ("background", "other")
    ]


def test_a_week_after_an_indefinite_strike_is_still_recalled(extractor: Extractor) -> None:
    text = (
        "Jets struck a fuel depot outside the port city on Monday, officials said. It came "
        "a week after a drone attack on the harbour killed four guards."
    )
    found = _mentions(extractor, text, dt.date(2022, 2, 8))
    assert [m.role for m in found] == ["primary", "background"]


def test_inmates_killed_in_a_prison_massacre_are_a_clash(extractor: Extractor) -> None:
    text = (
        "A rights group said on Monday that 52 inmates had been killed in the massacre at the "
        "northern jail on Saturday, more than the official count."
    )
    assert _primary_types(extractor, text, dt.date(2022, 5, 9)) == ["armed_clash"]


def test_an_incident_of_a_past_year_told_in_a_when_clause_is_recalled(
    extractor: Extractor,
) -> None:
    text = (
        "At least 30 people were killed in fighting between two militias in the capital on "
        "Monday night, medics said. It was the worst fighting since June of last year, when "
        "20 people were killed in clashes between the same groups."
    )
    found = _mentions(extractor, text, dt.date(2023, 8, 16))
    assert [(m.role, m.event_type) for m in found] == [
        ("primary", "armed_clash"), ("background", "armed_clash")
    ]


def test_a_massacre_in_a_month_of_a_past_year_is_recalled(extractor: Extractor) -> None:
    text = (
        "Gunmen shot dead 14 farmers in the valley on Tuesday, officials said. The group "
        "recalled the massacre in the river district of the province in November 2018."
    )
    found = _mentions(extractor, text, dt.date(2024, 10, 9))
    assert [m.role for m in found] == ["primary", "background"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Gunmen beheaded four farmers in the hamlet on Sunday, the governor said.", "other"),
        ("Thirty pupils were abducted from their boarding school on Monday night.", "other"),
        ("A mob lynched two herders accused of theft in the market on Friday.", "other"),
        ("Insurgents overran the district town on Tuesday, officials said.", "armed_clash"),
    ],
)
def test_killings_by_hand_abductions_and_towns_overrun_are_incidents(
    extractor: Extractor, text: str, kind: str
) -> None:
    assert _primary_types(extractor, text) == [kind]


def test_hospitals_overrun_with_patients_are_no_incident(extractor: Extractor) -> None:
    assert _primary_types(extractor, "Hospitals in the city were overrun with patients on Monday.") == []
