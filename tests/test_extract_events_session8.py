"""Session 8, issue 3: page dates whose day and month order is ambiguous, solar Hijri page
dates, curated spellings of places in several theatres, a point moved by a stated distance and
bearing, an earlier incident told by its date after a weekday-dated one. Every sentence is our
own."""

from __future__ import annotations

import datetime as dt

import pytest

from contested.clean.dates import find_dateline, solar_hijri_to_gregorian
from contested.extract import Extractor
from contested.extract.mentions import group_mentions
from contested.extract.places import offset
from contested.extract.sentences import split_sentences
from contested.gazetteer import LookupContext, Match, haversine_km, open_gazetteer
from contested.types import Mention
from extract_support import extract_text


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _primary(extractor: Extractor, text: str, published: dt.date | None = None) -> Mention:
    return next(m for m in extract_text(extractor, text, published) if m.role == "primary")


# ------------------------------------------------------------------ page dates


def test_the_weekday_on_the_line_orders_an_ambiguous_numeric_date() -> None:
    # 3 May 2024 was a Friday, 5 March 2024 a Tuesday
    assert find_dateline("Some Daily\nFriday 03/05/2024\n\nGunmen shot a man.") == dt.date(
        2024, 5, 3
    )
    assert find_dateline("Some Daily\nTuesday, 03/05/2024\n\nGunmen shot a man.") == dt.date(
        2024, 3, 5
    )


def test_an_unconfirmed_ambiguous_numeric_date_is_day_first() -> None:
    assert find_dateline("Some Daily | World | 02/07/2023\n\nA bomb went off.") == dt.date(
        2023, 7, 2
    )
    assert find_dateline("Some Daily\n11.04.2022, 09:15\n\nA bomb went off.") == dt.date(
        2022, 4, 11
    )


def test_solar_hijri_dates_convert_exactly() -> None:
    assert solar_hijri_to_gregorian(1403, 1, 1) == dt.date(2024, 3, 20)  # Nowruz 2024
    assert solar_hijri_to_gregorian(1399, 12, 30) == dt.date(2021, 3, 20)  # a leap Esfand
    assert solar_hijri_to_gregorian(1402, 10, 1) == dt.date(2023, 12, 22)  # 1 Dey: after Yalda
    assert find_dateline("Kabul Weekly\nSaturday, 12 Hamal 1402\n\nRockets hit.") == dt.date(
        2023, 4, 1
    )
    assert find_dateline("Tehran Desk\n20 Mehr 1401\n\nA blast.") == dt.date(2022, 10, 12)


def test_a_weekday_in_a_day_first_page_date_story_resolves(extractor: Extractor) -> None:
    text = (
        "Blast at a market\n\nValley Herald\nSunday 07/01/2024\n\n"
        "Two people were killed when a bomb exploded at a market in Kirkuk on Saturday, "
        "police said."
    )
    published = find_dateline(text)  # what the clean stage reads as the publication day
    assert published == dt.date(2024, 1, 7)
    assert _primary(extractor, text, published).date == dt.date(2024, 1, 6)


# ------------------------------------------------------------------ places


def test_curated_spellings_win_over_same_named_villages() -> None:
    gaz = open_gazetteer()
    ukraine = LookupContext(countries=("UA",))
    found = gaz.lookup("Konstantinovka", context=ukraine)
    assert found is not None and found.gazetteer_id == "custom:kostiantynivka"
    for spelling in ("Koysinjaq", "Koye", "Koy Sanjaq"):
        found = gaz.lookup(spelling, context=LookupContext(countries=("IQ",)))
        assert found is not None and haversine_km(found.lat, found.lon, 36.08, 44.63) < 5
    bermal = gaz.lookup("Bermal", context=LookupContext(countries=("AF",)))
    assert bermal is not None and bermal.name == "Barmal"


def test_a_camp_west_of_a_city_is_placed_at_the_camp(extractor: Extractor) -> None:
    text = (
        "GOMA - Shells fell on Wednesday on the Mugunga camp for displaced families on the "
        "western edge of Goma, killing four people, local officials said."
    )
    place = _primary(extractor, text, dt.date(2024, 2, 8)).place
    assert place is not None and place.name.startswith("Mugunga")


def test_a_stated_distance_and_bearing_move_the_point() -> None:
    town = Match("Town", "custom:x", None, "YE", 12.8, 45.0, "PPL", 0, 0.9)
    moved = offset("was hit about 50 nautical miles southwest of ", town)
    assert 88 < haversine_km(town.lat, town.lon, moved.lat, moved.lon) < 98
    assert moved.lat < town.lat and moved.lon < town.lon
    assert offset("a village 30 km north of ", town).lat > town.lat
    assert offset("a village 3 km north of ", town) == town  # near enough as it is
    assert offset("on the outskirts of ", town) == town


def test_a_sea_incident_off_a_port_is_moved_off_it(extractor: Extractor) -> None:
    text = (
        "A cargo ship was struck by a missile on Monday about 60 km east of Hodeidah, "
        "the maritime agency said."
    )
    place = _primary(extractor, text, dt.date(2024, 2, 13)).place
    assert place is not None and place.lon is not None and place.lon > 43.4


# ------------------------------------------------------------------ grouping


def test_a_dated_earlier_incident_after_a_weekday_one_is_recalled() -> None:
    text = (
        "Two people were killed when shells hit the town of Nikopol on Tuesday morning, the "
        "regional governor said. On March 2, a missile hit the town's port, killing five."
    )
    drafts = group_mentions(text, split_sentences(text), dt.date(2024, 3, 19))
    assert [d.role for d in drafts] == ["primary", "background"]
    # the same day told again by its date is the same incident
    text = (
        "Two people were killed when shells hit the town of Nikopol on Tuesday morning, the "
        "regional governor said. On March 19, shells also hit the town's port, killing five."
    )
    drafts = group_mentions(text, split_sentences(text), dt.date(2024, 3, 19))
    assert [d.role for d in drafts] == ["primary"]


def test_a_year_less_date_after_the_weekday_is_of_last_year() -> None:
    text = (
        "Rockets hit the centre of Donetsk on Friday, killing three people, the mayor said. "
        "It was the deadliest attack on the city since 28 December, when a strike on a bus "
        "stop killed nine people."
    )
    drafts = group_mentions(text, split_sentences(text), dt.date(2024, 1, 12))
    assert [d.role for d in drafts] == ["primary", "background"]


# ------------------------------------------------------------------ typing


def _type(extractor: Extractor, text: str) -> str:
    return _primary(extractor, text, dt.date(2025, 3, 14)).event_type


def test_an_armed_target_attacked_is_an_armed_clash(extractor: Extractor) -> None:
    assert _type(extractor, "Rebels attacked an army base near the river town on Thursday.") == (
        "armed_clash"
    )
    assert _type(
        extractor, "Insurgents carried out attacks against the security forces in the district."
    ) == "armed_clash"
    # an attack on civilians stays an attack
    assert _type(extractor, "Gunmen attacked a wedding party in the village on Thursday.") == (
        "other"
    )


def test_an_attack_on_an_armed_side_is_an_armed_clash(extractor: Extractor) -> None:
    text = "Troops repelled an attack by militants on the hill town on Thursday, officials said."
    assert _type(extractor, text) == "armed_clash"
    text = "Two policemen were shot dead by unknown gunmen at a market on Thursday."
    assert _type(extractor, text) == "armed_clash"
    text = "Two farmers were shot dead by unknown gunmen at a market on Thursday."
    assert _type(extractor, text) == "other"


def test_a_thrown_grenade_is_an_explosion(extractor: Extractor) -> None:
    text = "A man lobbed a grenade into a crowded tea shop on Thursday, wounding six people."
    assert _type(extractor, text) == "explosion"
    text = "Fighters fired rocket-propelled grenades at an outpost on Thursday."
    assert _type(extractor, text) == "armed_clash"


def test_a_shooting_told_without_a_killing_verb_is_an_incident(extractor: Extractor) -> None:
    text = "A shopkeeper was shot by two armed men in the market district on Thursday."
    assert _type(extractor, text) == "other"


def test_shells_said_to_have_been_fired_type_the_incident(extractor: Extractor) -> None:
    text = (
        "Bombs struck a displacement site near the lake on Thursday, killing three people. "
        "The army said the shells had been fired from hills held by the rebels."
    )
    assert _type(extractor, text) == "shelling"


def test_a_drone_that_struck_a_group_of_people_is_an_armed_drone(extractor: Extractor) -> None:
    text = "A drone struck a group of young men near the camp on Thursday, killing two."
    assert _type(extractor, text) == "drone_strike"


def test_militia_members_killed_in_an_attack_make_it_a_clash(extractor: Extractor) -> None:
    text = (
        "Militants killed 40 members of a village militia in an attack on the town on "
        "Thursday, officials said."
    )
    assert _type(extractor, text) == "armed_clash"


def test_a_count_of_incidents_is_a_statistic() -> None:
    from contested.extract.events import sentence_filter

    text = "Monitors logged 140 incidents of shelling in the border villages in March."
    assert sentence_filter(text) == "statistic"
    text = "There were 58 attacks in May, compared with 71 in April."
    assert sentence_filter(text) == "statistic"
    assert sentence_filter("Shelling killed three people in a border village on Monday.") is None
