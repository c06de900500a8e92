"""Session 11 (s11-events): the battle told first is not outvoted by a weapon named after it,
border guards and gendarmes are an armed side, a story dated by days tells its incident, and
datelines anchor relative dates. Every sentence is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from contested.extract import Extractor
from contested.extract.datelines import find_datelines, story_anchor
from contested.extract.sentences import split_sentences
from contested.types import Mention
from extract_support import extract_text


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _primary(extractor: Extractor, text: str, published: dt.date | None = None) -> list[Mention]:
    return [m for m in extract_text(extractor, text, published) if m.role == "primary"]


# ------------------------------------------------------------------ the type of the incident

TYPED: list[tuple[str, str]] = [
    # an attack on an armed side, then the artillery used in it: a battle
    (
        "Soldiers killed six rebels who tried to overrun their positions near the river town "
        "on Friday, the army said. Army artillery later pounded the hills above the town.",
        "armed_clash",
    ),
    # a battle's own word told first, the guns of the battle after it
    (
        "Nine people were killed in fighting with border troops of the neighbouring state on "
        "Friday, the health ministry said. Shelling and mortar fire hit several villages.",
        "armed_clash",
    ),
    # the artillery alone, on a town: shelling
    (
        "Army artillery shelled the hills above the river town on Friday, killing four "
        "farmers, residents said.",
        "shelling",
    ),
    # border guards are an armed side: gunfire on them is a battle, not an attack on civilians
    (
        "Guards of the neighbouring state opened fire on our border guards near the canal "
        "on Thursday, the border service said.",
        "armed_clash",
    ),
    (
        "Gunmen opened fire on worshippers leaving the chapel in the hill village on Thursday, "
        "the governor said.",
        "other",
    ),
    # the dead named as armed men
    (
        "Gunmen opened fire near the canal on Thursday, the ministry said. The dead include "
        "two gendarmes and a shepherd.",
        "armed_clash",
    ),
    # force against crowds; soldiers who fell; a battle told by its verb
    ("Twelve protesters were shot dead by soldiers in the capital on Tuesday, witnesses said.",
     "other"),
    ("Police fired live ammunition and tear gas at demonstrators in the capital on Tuesday, "
     "killing 12, a rights group said.", "other"),
    ("Troops fired into the crowd outside the mosque on Tuesday, killing 12, witnesses said.",
     "other"),
    # the soldiers fell: a battle
    ("Two soldiers were shot dead by gunmen at a checkpoint on Tuesday, police said.",
     "armed_clash"),
    ("Rebels and soldiers fought for control of the river town on Tuesday; 20 were killed, "
     "residents said.", "armed_clash"),
]


@pytest.mark.parametrize(("text", "expected"), TYPED)
def test_frame_types_the_incident(extractor: Extractor, text: str, expected: str) -> None:
    found = _primary(extractor, text, dt.date(2021, 5, 3))
    assert [m.event_type for m in found] == [expected]


# ------------------------------------------------------------------ told by days, dated back


def test_previous_night_in_a_dateline_lede_is_the_story(extractor: Extractor) -> None:
    text = (
        "KANO, March 14, 2019 (North Wire) - Gunmen killed 12 villagers in a farming hamlet "
        "the previous night, police said."
    )
    found = _primary(extractor, text)
    assert [(m.date, m.date_precision) for m in found] == [(dt.date(2019, 3, 13), "day")]


def test_a_week_after_in_a_dateline_lede_dates_back(extractor: Extractor) -> None:
    text = (
        "KANO, March 14, 2019 (North Wire) - A week after gunmen killed 12 villagers in a "
        "farming hamlet, survivors said no soldier had come."
    )
    found = _primary(extractor, text)
    assert [m.date for m in found] == [dt.date(2019, 3, 7)]


def test_a_week_after_with_a_new_event_still_recalls(extractor: Extractor) -> None:
    text = (
        "KANO, March 14, 2019 (North Wire) - A week after gunmen killed 12 villagers in a "
        "farming hamlet, soldiers stormed a forest camp and killed nine gunmen on Wednesday."
    )
    found = _primary(extractor, text)
    assert [m.date for m in found] == [dt.date(2019, 3, 13)]


# ------------------------------------------------------------------ datelines anchor


def _anchor(text: str, published: dt.date | None) -> dt.date | None:
    return story_anchor(published, find_datelines(text, split_sentences(text)), text)


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # dd/mm without a year: the page date's year; the filing day anchors, not the page's
        ("KANO, 14/03 (North Wire) - Gunmen killed 12 villagers on Tuesday, police said.",
         dt.date(2019, 3, 15), dt.date(2019, 3, 14)),
        ("Kano, March 14: Gunmen killed 12 villagers on Tuesday, police said.",
         dt.date(2019, 3, 16), dt.date(2019, 3, 14)),
        # a December dateline in a January paper
        ("KANO, 30/12 (North Wire) - Gunmen killed 12 villagers on Tuesday, police said.",
         dt.date(2020, 1, 2), dt.date(2019, 12, 30)),
        # a dateline far from the page date is not trusted over it
        ("KANO, 14/03 (North Wire) - Gunmen killed 12 villagers on Tuesday, police said.",
         dt.date(2019, 5, 1), dt.date(2019, 5, 1)),
        # no dateline: the page date
        ("Gunmen killed 12 villagers on Tuesday, police said.", dt.date(2019, 3, 15),
         dt.date(2019, 3, 15)),
    ],
)
def test_dateline_anchors(text: str, published: dt.date | None, expected: dt.date) -> None:
    assert _anchor(text, published) == expected


def test_dd_mm_dateline_dates_the_weekday(extractor: Extractor) -> None:
    text = "KANO, 14/03 (North Wire) - Gunmen killed 12 villagers on Tuesday, police said."
    found = _primary(extractor, text, dt.date(2019, 3, 16))
    assert [m.date for m in found] == [dt.date(2019, 3, 12)]


# ------------------------------------------------------------------ wide11's mechanisms


def test_air_strike_by_a_drone_is_a_drone_strike(extractor: Extractor) -> None:
    text = (
        "The government acknowledged on Monday that an air strike carried out by the armed "
        "forces in the night of 9 to 10 February near the border village killed seven "
        "civilians. The spokesman said the drone had targeted a suspicious movement."
    )
    found = _primary(extractor, text, dt.date(2023, 2, 14))
    assert [(m.event_type, m.date) for m in found] == [("drone_strike", dt.date(2023, 2, 9))]


def test_a_one_way_drone_called_an_air_strike_stays_a_drone_attack(extractor: Extractor) -> None:
    text = (
        "An air strike hit the depot on Sunday, the governor said; an explosive drone had "
        "slammed into a fuel tank, he said."
    )
    found = _primary(extractor, text, dt.date(2023, 2, 14))
    assert [m.event_type for m in found] == ["drone_attack"]


def test_a_bomb_named_by_its_day_is_an_explosion(extractor: Extractor) -> None:
    text = (
        "The death toll from Saturday's bomb in the high street rose to 29 on Monday when a man "
        "died of his injuries, police said."
    )
    found = _primary(extractor, text, dt.date(1998, 8, 20))
    assert [(m.event_type, m.date) for m in found] == [("explosion", dt.date(1998, 8, 15))]


def test_defending_if_attacked_is_no_incident(extractor: Extractor) -> None:
    text = "A community leader said his people would defend themselves if attacked."
    assert _primary(extractor, text, dt.date(2013, 1, 14)) == []


def test_the_accused_partys_own_version_does_not_type_the_incident(extractor: Extractor) -> None:
    text = (
        "At least 37 people were killed when armed men attacked a church compound sheltering "
        "displaced families in the market town on Thursday, a UN official said. A spokesman "
        "for the armed group denied that it had attacked the camp, saying its men had clashed "
        "with a rival militia."
    )
    found = _primary(extractor, text, dt.date(2018, 11, 17))
    assert [m.event_type for m in found] == ["other"]


def test_a_bomb_and_gun_attack_is_an_explosion(extractor: Extractor) -> None:
    text = (
        "Militants killed at least 20 worshippers in a bomb and gun attack on a village mosque "
        "during Friday prayers, officials said."
    )
    found = _primary(extractor, text, dt.date(2017, 11, 25))
    assert [m.event_type for m in found] == ["explosion"]
