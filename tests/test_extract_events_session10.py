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

TYPED: list[tuple[str, str]] = [
    # the attackers fell, so someone fought them
    (
        "Troops retook the river town on Monday after an attack launched by insurgents on "
        "Saturday, the ministry said. The army said it had neutralised a large number of "
        "terrorists in the operations that followed.",
        "armed_clash",
    ),
    # an armed post hit; villagers in a market are no armed side
    ("Gunmen killed nine people at a checkpoint outside the hill town late on Sunday.", "armed_clash"),
    ("Gunmen killed nine villagers in a market outside the hill town late on Sunday.", "other"),
    # a gang storming a town: an attack on its people; met by soldiers: a clash
    (
        "Armed bandits of a local gang stormed the farming commune at dawn on Friday, killing "
        "dozens of residents, the mayor said.",
        "other",
    ),
    (
        "Separatist fighters stormed a passenger train in the pass on Tuesday. Security forces "
        "ended the siege on Wednesday, killing all 20 attackers; five soldiers were killed.",
        "armed_clash",
    ),
    ("Soldiers raided the village at night on Friday and burned houses, residents said.", "ground_raid"),
    # gangs fighting in a prison, with grenades
    (
        "At least 40 inmates were killed in a battle between rival gangs at the central jail on "
        "Tuesday, the prison service said. Inmates had used grenades and rifles, police said.",
        "armed_clash",
    ),
    (
        "A rights group said on Monday that 52 inmates had been killed in the massacre at the "
        "northern jail on Saturday, more than the official count.",
        "armed_clash",
    ),
    (
        "Eleven people were killed when missiles and drones struck the camps of an exiled party "
        "near the border town on Wednesday, health officials said.",
        "missile_strike",
    ),
    ("A police helicopter was brought down by a drone near the mine on Thursday.", "drone_attack"),
    ("Gunmen beheaded four farmers in the hamlet on Sunday, the governor said.", "other"),
    ("Thirty pupils were abducted from their boarding school on Monday night.", "other"),
    ("A mob lynched two herders accused of theft in the market on Friday.", "other"),
    ("Insurgents overran the district town on Tuesday, officials said.", "armed_clash"),
]


@pytest.mark.parametrize(("text", "kind"), TYPED)
def test_the_frame_types_the_event(extractor: Extractor, text: str, kind: str) -> None:
    assert _primary_types(extractor, text, dt.date(2022, 5, 9)) == [kind]


def test_hospitals_overrun_with_patients_are_no_incident(extractor: Extractor) -> None:
    assert _primary_types(extractor, "Hospitals in the city were overrun with patients on Monday.") == []


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


# ------------------------------------------------------------------ roles: told or recalled

ROLES: list[tuple[str, dt.date, list[tuple[str, str]]]] = [
    # a follow-up: last week's massacre is its own incident
    (
        "A rights group said on Tuesday that 61 people had been killed in last week's massacre "
        "at the riverside prison, more than the government's count.",
        dt.date(2022, 5, 10),
        [("primary", "other")],
    ),
    # "a week after the bombing" joins the headline's blast; 2015's killing is recalled
    (
        "After the barracks mosque blast, questions over security\n\n"
        "Nearly a week after the suicide bombing that tore through the barracks mosque, the "
        "police chief gave a final death toll of 70.\n\n"
        "The attack revived memories of March 3, 2015, when gunmen killed 30 cadets at the "
        "academy in the same city.",
        dt.date(2022, 2, 5),
        [("primary", "explosion"), ("background", "other")],
    ),
    # "a week after a drone attack" (indefinite) recalls another incident
    (
        "Jets struck a fuel depot on Monday. It came a week after a drone attack on the harbour.",
        dt.date(2022, 2, 8), [("primary", "airstrike"), ("background", "drone_attack")],
    ),
    (
        "At least 30 people were killed in fighting between two militias in the capital on "
        "Monday night, medics said. It was the worst fighting since June of last year, when "
        "20 people were killed in clashes between the same groups.",
        dt.date(2023, 8, 16),
        [("primary", "armed_clash"), ("background", "armed_clash")],
    ),
    # a month of a past year after the trigger
    ("Gunmen shot dead 14 farmers. They recalled the massacre in the valley in November 2018.",
     dt.date(2024, 10, 9), [("primary", "other"), ("background", "other")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), ROLES)
def test_told_or_recalled(
    extractor: Extractor, text: str, published: dt.date, expected: list[tuple[str, str]]
) -> None:
    found = _mentions(extractor, text, published)
    assert [(m.role, m.event_type) for m in found] == expected
