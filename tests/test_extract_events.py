"""Event typing by the sentence's subject and instrument, and the incident's place taken from the
sentence that tells it (session 5, issue 3). Every sentence is our own; the places are real towns
of the gazetteer."""

from __future__ import annotations

import datetime as dt

import pytest

from contested.extract import Extractor
from contested.extract.datelines import find_datelines
from contested.extract.event_types import vote_type
from contested.extract.events import find_triggers, sentence_filter
from contested.extract.places import not_a_place
from contested.extract.sentences import split_sentences
from contested.types import EventType, Span
from extract_support import extract_text


def _type(text: str) -> EventType:
    return vote_type(find_triggers(text, Span(0, len(text))))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the weapon is the subject of the impact verb
        ("A rocket crashed into a playground in the village on Friday, killing four children.",
         "rocket_attack"),
        ("Two rockets fired from the hills landed in a car park, wounding a guard.",
         "rocket_attack"),
        ("The group denied that its rockets had killed the farmers.", "rocket_attack"),
        ("A drone sent from across the border exploded over the harbour, wounding two dockers.",
         "drone_attack"),
        ("Two sailors died when an unmanned aircraft hit the deck of the freighter.",
         "drone_attack"),
        ("Mortar shells fired from the ridge killed a shepherd near the well.", "shelling"),
        # a bomb with no aircraft is an explosion
        ("A bombing outside a bus station killed three commuters.", "explosion"),
        ("A bomb concealed in a rubbish bin ripped through the crowd at the bus stop.",
         "explosion"),
        ("Police said a man had planted the bomb under a bench.", "explosion"),
        # missiles fired by aircraft are an air strike
        ("Warplanes fired four missiles at a farmhouse and the missiles hit the barn.",
         "airstrike"),
        # a rocket-propelled grenade fired at a checkpoint is a clash, not a rocket attack
        ("Gunmen fired a rocket-propelled grenade at a checkpoint outside the town.",
         "armed_clash"),
        # guards: the noun phrase keeps its own type
        ("A drone strike hit a van on the coast road.", "drone_strike"),
        ("Aerial bombing of the market went on for an hour.", "airstrike"),
    ],
)
def test_the_subject_and_instrument_type_the_event(text: str, expected: EventType) -> None:
    assert _type(text) == expected


def test_a_landmine_outweighs_air_strikes_named_in_passing() -> None:
    text = (
        "Four soldiers were killed when their truck hit a landmine on the desert road. "
        "The air force keeps up air strikes on hideouts in the hills."
    )
    assert _type(text) == "explosion"


@pytest.mark.parametrize(
    "text",
    [
        "The air force has intensified air strikes on the hills in recent weeks.",
        "Rebel cells have stepped up attacks on army posts.",
    ],
)
def test_a_campaign_described_in_general_is_no_incident(text: str) -> None:
    assert sentence_filter(text) == "habitual"


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _place(extractor: Extractor, text: str) -> tuple[str | None, str | None]:
    primary = [m for m in extract_text(extractor, text, dt.date(2023, 5, 2)) if m.role == "primary"]
    assert primary, text
    place = primary[0].place
    return (place.name, place.country) if place else (None, None)


def test_the_accusers_seat_does_not_place_the_incident(extractor: Extractor) -> None:
    text = (
        "Two soldiers were killed when a roadside bomb hit their vehicle in Hakkari province "
        "on Sunday. Officials in Ankara blamed the PKK for the bombing."
    )
    name, country = _place(extractor, text)
    assert country == "TR" and name != "Ankara"


def test_the_sentence_that_tells_the_event_places_it(extractor: Extractor) -> None:
    text = (
        "Two crew members were killed when an unmanned aircraft struck the freighter off the "
        "coast of Oman on Thursday. Britain's foreign minister said the attack was carried out "
        "with drones and pointed the finger at Tehran."
    )
    assert _place(extractor, text) == ("Oman", "OM")


def test_a_finer_place_of_the_toll_refines_a_country(extractor: Extractor) -> None:
    text = (
        "Jets struck targets in Syria on Monday. Six people were killed in the town of Sarmin, "
        "rescuers said."
    )
    name, country = _place(extractor, text)
    assert country == "SY" and name == "Sarmin"


def test_a_denial_of_the_toll_does_not_place_the_shelling(extractor: Extractor) -> None:
    text = (
        "The army on Wednesday rejected accusations that its forces had killed nine "
        "farmers near Sidon. Local officials said artillery shells hit an orchard near Tyre on "
        "Wednesday afternoon, killing nine farmers."
    )
    assert _place(extractor, text) == ("Tyre", "LB")


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Moscow, which denies bombing hospitals, said its jets had struck only depots.",
         "Moscow"),
        ("A commander who joined a deal with Damascus was shot dead in his car.", "Damascus"),
        ("Missiles fired from the direction of the occupied Golan hit a warehouse.", "Golan"),
        ("The strike came after the United States flatly rejected the claims.", "United States"),
        ("The strike came days after Damascus and Baghdad agreed to share intelligence.",
         "Damascus"),
        ("The defence ministry in Ankara said the convoy was hit on the highway.", "Ankara"),
    ],
)
def test_names_that_are_no_place_of_the_event(sentence: str, name: str) -> None:
    start = sentence.index(name)
    assert not_a_place(sentence, start, start + len(name))


def test_an_acronym_is_no_place(extractor: Extractor) -> None:
    text = "Jets struck the desert camp on Monday, killing three guards, the news agency SANA said."
    assert _place(extractor, text)[1] != "YE"


def test_a_demonym_ending_in_on_is_no_place(extractor: Extractor) -> None:
    text = "A Briton was among three sailors wounded when a missile hit the tanker off Yemen."
    assert _place(extractor, text) == ("Yemen", "YE")


def test_a_dateline_from_two_cities() -> None:
    text = "BEIRUT/PARIS (Cedar Wire) - A drone struck a car in southern Lebanon on Tuesday."
    (dateline,) = find_datelines(text, split_sentences(text))
    assert dateline.city.of(text) == "BEIRUT/PARIS"


def test_a_retaliation_of_another_kind_is_an_incident_of_its_own(extractor: Extractor) -> None:
    text = (
        "Three rockets fired from across the border landed in a field outside Metula on "
        "Saturday. The army said its jets struck the launch site in retaliation."
    )
    primary = [m for m in extract_text(extractor, text) if m.role == "primary"]
    assert sorted(m.event_type for m in primary) == ["airstrike", "rocket_attack"]


def test_a_follow_up_of_the_same_kind_stays_in_the_incident(extractor: Extractor) -> None:
    text = (
        "Jets struck a depot outside the town on Saturday. Officials said the strikes were in "
        "response to an attack on a patrol."
    )
    primary = [m for m in extract_text(extractor, text) if m.role == "primary"]
    assert [m.event_type for m in primary] == ["airstrike"]


def test_an_attack_blamed_on_someone_is_the_incident_told(extractor: Extractor) -> None:
    text = (
        "Ministers blame militia for harbour attack\n\n"
        "A drone exploded over the harbour of Jableh on Sunday, wounding two dockers, port "
        "officials said. The governor held the militia responsible for the attack."
    )
    roles = [m.role for m in extract_text(extractor, text)]
    assert roles == ["primary"]


def test_the_attack_a_retaliation_answers_stays_recalled(extractor: Extractor) -> None:
    """A guard for the rule above: an incident of another kind named as the cause stays
    recalled."""
    text = (
        "Jets struck militia depots near the border on Friday. It came in response to a rocket "
        "attack on a base that wounded four soldiers."
    )
    found = sorted((m.role, m.event_type) for m in extract_text(extractor, text))
    assert found == [("background", "rocket_attack"), ("primary", "airstrike")]


def test_a_statement_about_such_attacks_in_general_is_no_incident() -> None:
    assert sentence_filter("The ministry said such attacks were the work of smugglers.")


def test_a_country_named_as_the_owner_of_its_organ_is_no_place() -> None:
    sentence = "Israel's military said the blast was caused by a misfired rocket."
    assert not_a_place(sentence, 0, len("Israel"))


def test_the_latest_of_such_attacks_is_the_incident_told() -> None:
    assert sentence_filter("The letter cited the latest of such attacks, by jets on Sunday.") is None


def test_the_toll_of_the_attack_blamed_is_the_incidents(extractor: Extractor) -> None:
    text = (
        "Rockets hit the airbase outside Balad on Sunday night. US officials said militias were "
        "responsible for the rocket attack that killed two contractors."
    )
    (mention,) = extract_text(extractor, text)
    assert [c.killed for c in mention.claims if c.kind == "casualties"] == [2]


def test_a_town_named_in_a_curated_area_places_the_event(extractor: Extractor) -> None:
    text = (
        "A rocket landed near a school in the town of Majdal Shams in the Golan Heights on "
        "Saturday, wounding two children."
    )
    assert _place(extractor, text)[0] == "Majdal Shams"


def test_rural_province_is_coarser_than_a_curated_area(extractor: Extractor) -> None:
    """A guard for the rule above: "rural Idlib" is the province, coarser than the area."""
    text = (
        "Warplanes bombed a position near a village in the Jabal al-Zawiya area of rural Idlib "
        "on Thursday, killing five soldiers."
    )
    assert _place(extractor, text)[0] == "Jabal al-Zawiya"
