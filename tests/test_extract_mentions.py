"""Mention grouping (contested.extract.mentions) and the Extractor end to end, with the real
gazetteer and lexicons."""

from __future__ import annotations

import datetime as dt

import pytest

from contested.extract import Extractor
from contested.extract.events import find_triggers
from contested.extract.mentions import group_mentions
from contested.extract.sentences import split_sentences
from contested.types import Span
from extract_support import extract_text


def _drafts(text: str) -> list[tuple[str, list[str]]]:
    return [
        (d.role, [s.text for s in d.sentences]) for d in group_mentions(text, split_sentences(text))
    ]


def test_an_event_sentence_with_its_own_earlier_date_is_another_incident() -> None:
    text = (
        "US forces carried out air strikes in Deir ez-Zor on Tuesday, August 23. "
        "On August 15, three drones targeting the al-Tanf base were shot down."
    )
    drafts = _drafts(text)
    assert [role for role, _ in drafts] == ["primary", "background"]
    assert drafts[1][1][0].startswith("On August 15")


def test_the_same_date_stays_in_the_mention() -> None:
    text = "Air strikes hit the town on August 23. On August 23, shelling followed."
    assert [role for role, _ in _drafts(text)] == ["primary"]


def test_an_attack_a_day_earlier_is_background() -> None:
    text = (
        "The coalition said its air operation targeted militants who carried out the "
        "missile attack on Jizan a day earlier."
    )
    found = find_triggers(text, Span(0, len(text)))
    assert [(t.span.of(text), t.background) for t in found] == [
        ("air operation", False), ("missile attack", True)
    ]


def test_a_denial_far_down_the_article_joins_the_mention() -> None:
    text = (
        "Air strikes hit an aid convoy near Aleppo on Monday. Footage showed burnt trucks. "
        "Officials met in Geneva. Talks were suspended. The Syrian army also denied targeting "
        "the convoy."
    )
    (draft,) = _drafts(text)
    assert draft[1][-1].startswith("The Syrian army also denied")


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def test_a_dateline_city_is_not_the_incident_place(extractor: Extractor) -> None:
    text = "RIYADH - Air strikes hit a market in Taiz on Thursday, killing 12 people."
    (mention,) = extract_text(extractor, text, dt.date(2018, 8, 9))
    assert mention.place is not None and mention.place.country == "YE"


def test_a_dateline_alone_gives_no_place(extractor: Extractor) -> None:
    text = "BAGHDAD - Rockets hit a base on Friday, killing two soldiers."
    (mention,) = extract_text(extractor, text, dt.date(2020, 3, 13))
    assert mention.place is None or mention.place.name.upper() != "BAGHDAD"


@pytest.mark.parametrize(
    "text",
    [
        "Toll of American strikes on brigades rises to 25 fighters killed.",
        "Human rights groups said air strikes killed 12 civilians in the village.",
        "The strikes, ordered by President Joe Biden, hit a compound. Biden said more may follow.",
    ],
)
def test_common_words_and_people_are_not_places(extractor: Extractor, text: str) -> None:
    for mention in extract_text(extractor, text, dt.date(2021, 2, 26)):
        assert mention.place is None


def test_an_unqualified_ministry_speaks_for_the_dateline_state(extractor: Extractor) -> None:
    text = (
        "ANKARA - Turkish warplanes neutralized two PKK terrorists in an air operation in "
        "northern Iraq, the Ministry of National Defence said on Tuesday."
    )
    (mention,) = extract_text(extractor, text, dt.date(2020, 4, 28))
    kinds = {(c.kind, c.attributed_to, c.by_accused) for c in mention.claims}
    assert ("confirmation", "Turkey", True) in kinds
    casualties = [c for c in mention.claims if c.kind == "casualties"]
    assert [(c.killed, c.killed_max, c.source_kind) for c in casualties] == [
        (2, None, "military")  # "neutralized" as stated (session 10)
    ]


def test_a_running_total_is_no_claim_of_the_incident(extractor: Extractor) -> None:
    text = (
        "Air strikes killed 34 Turkish soldiers in Idlib on Thursday, the Observatory said. "
        "The Observatory has documented more than 380,000 deaths since the start of the war."
    )
    (mention,) = extract_text(extractor, text, dt.date(2020, 2, 28))
    assert [c.killed for c in mention.claims if c.kind == "casualties"] == [34]


def test_the_source_added_is_the_claimant_named_before(extractor: Extractor) -> None:
    text = (
        "US-led coalition aircraft bombed army positions in Deir ez-Zor, state media outlet "
        "SANA reports, citing a military source.\n\nThere are dead and wounded following "
        "the strike, the source added."
    )
    (mention,) = extract_text(extractor, text, dt.date(2018, 6, 17))
    sources = {(c.kind, c.source, c.source_kind) for c in mention.claims}
    assert ("casualties", "SANA, citing a military source", "state_media") in sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outlet named after a city
        ("Gunmen attacked a checkpoint near Baquba, a police source told Baghdad Today.", "IQ"),
        # a school named after another town: the place is the city it stands in
        ("Israeli aircraft struck the Safad school in Gaza early on Sunday.", "PS"),
        # a capital standing for its government
        ("Jets struck a militia site near Tadmur. An alliance that backs Damascus said the "
         "raid caused only damage.", "SY"),
        # the armed group is not a German town (Hamas -> Hamm)
        ("The army said it struck Hamas militants in a compound in Khan Younis.", "PS"),
    ],
)
def test_names_the_context_shows_are_no_place(
    extractor: Extractor, text: str, expected: str
) -> None:
    (mention,) = extract_text(extractor, text, dt.date(2024, 9, 2))
    assert mention.place is not None and mention.place.country == expected, mention.place
    assert mention.place.name not in ("Baghdad", "Safad", "Damascus", "Hamas")


def test_where_victims_came_from_is_not_where_they_were_killed(extractor: Extractor) -> None:
    text = (
        "Two civilians from the town of Urmia in Iran were killed in Turkish air strikes "
        "on Tuesday, the group said."
    )
    for mention in extract_text(extractor, text, dt.date(2020, 4, 29)):
        assert mention.place is None or mention.place.country != "IR"


def test_a_demonym_is_not_a_place(extractor: Extractor) -> None:
    text = "A drone struck a truck near the Iraqi border on Sunday, killing two men."
    for mention in extract_text(extractor, text, dt.date(2020, 4, 29)):
        assert mention.place is None


def test_a_place_the_text_calls_a_district_counts_whatever_its_size(
    extractor: Extractor,
) -> None:
    text = "Air raids hit a farm in Abs district in Hajjah province on Thursday, killing four."
    (mention,) = extract_text(extractor, text, dt.date(2020, 5, 8))
    assert mention.place is not None and mention.place.name == "Abs"
    assert mention.place.country == "YE"


def test_a_province_the_name_alone_does_not_find(extractor: Extractor) -> None:
    text = "Shells hit a village in Hajjah province on Thursday, killing a woman."
    (mention,) = extract_text(extractor, text, dt.date(2020, 5, 8))
    assert mention.place is not None and mention.place.country == "YE"
    assert mention.place.admin1 == "Hajjah" and mention.place.geo_precision == 3


def test_a_name_called_a_province_once_is_a_province_throughout(extractor: Extractor) -> None:
    text = (
        "Four killed in air raids on Hajjah. Air raids hit a farm in the al-Jarr area of Abs "
        "district in Hajjah province on Thursday, killing four people."
    )
    (mention,) = extract_text(extractor, text, dt.date(2020, 5, 8))
    assert mention.place is not None and mention.place.name == "Abs"


def test_a_tally_of_sorties_is_no_incident() -> None:
    text = "The air force has flown dozens of sorties against hideouts in Kirkuk since January."
    assert _drafts(text) == []


def test_a_recalled_attack_neither_places_nor_dates_the_response(extractor: Extractor) -> None:
    text = (
        "US Central Command said it carried out precision strikes on weapons depots across "
        "Iraq on Friday, in response to Wednesday's rocket attack on Camp Taji."
    )
    (mention,) = extract_text(extractor, text, dt.date(2020, 3, 13))
    assert mention.place is None or "Taji" not in mention.place.name
    assert mention.date == dt.date(2020, 3, 13)


def test_an_attack_days_before_is_background() -> None:
    text = (
        "Rockets hit the base on Saturday. The attack came three days after a rocket strike "
        "on the same base killed two soldiers."
    )
    found = find_triggers(text, Span(34, len(text)))
    assert [(t.span.of(text), t.background) for t in found] == [
        ("attack", False), ("strike", True)
    ]


def test_an_appositive_role_names_the_claimant(extractor: Extractor) -> None:
    text = (
        "An Israeli strike on the hospital killed 471 people on Tuesday, the Ministry of Health "
        "in Gaza said. The ministry's spokesman, Ashraf al-Qudra, said most victims were "
        "displaced people."
    )
    (mention,) = extract_text(extractor, text, dt.date(2023, 10, 18))
    assert {c.source for c in mention.claims} >= {"the Ministry of Health in Gaza"}
    from contested.extract.claimant import find_claimant

    sentence = Span(text.index("The ministry's"), len(text))
    found = find_claimant(text, sentence)
    assert found is not None and found.text == "The ministry's spokesman, Ashraf al-Qudra"


def test_the_group_is_the_body_named_last_not_the_witnesses(extractor: Extractor) -> None:
    text = (
        "Human Rights Watch said air strikes on the convoy killed 21 civilians. Witnesses "
        "told the group they heard aircraft overhead before the strikes. \"Only Syrian and "
        "Russian forces have conducted air operations in that area,\" the group said."
    )
    (mention,) = extract_text(extractor, text, dt.date(2016, 10, 7))
    blamed = [c for c in mention.claims if c.kind == "attribution"]
    # (since session 8 a body anaphor keeps the sentence's words, "the group", with the kind
    # and party of the body it means)
    assert blamed and all(c.source_kind == "ngo" for c in blamed), blamed
    assert {c.source for c in blamed} <= {"Human Rights Watch", "the group"}


def test_a_toll_of_a_recalled_attack_is_not_this_incidents(extractor: Extractor) -> None:
    text = (
        "Rockets hit Camp Taji on Saturday, wounding three service members. The attack came "
        "three days after a rocket strike on the same base killed two Americans."
    )
    (mention,) = extract_text(extractor, text, dt.date(2020, 3, 14))
    tolls = [(c.killed, c.injured) for c in mention.claims if c.kind == "casualties"]
    assert tolls == [(None, 3)]


def test_two_claimants_of_two_tolls_in_one_sentence_are_two_claims(extractor: Extractor) -> None:
    text = (
        "An air strike hit a militia base near Mayadeen on Sunday. The Iraqi militia said nine "
        "of its fighters were killed, whereas the Syrian Observatory put the number of dead at 14."
    )
    (mention,) = extract_text(extractor, text, dt.date(2019, 6, 3))
    tolls = [(c.killed, c.source_kind) for c in mention.claims if c.kind == "casualties"]
    assert tolls == [(9, "military"), (14, "monitor")]


def test_one_claimant_of_killed_and_injured_is_one_claim(extractor: Extractor) -> None:
    text = (
        "Shelling hit the town of Atareb on Monday, killing four civilians, while nine others "
        "were wounded, the Syrian Observatory said."
    )
    (mention,) = extract_text(extractor, text, dt.date(2019, 6, 3))
    tolls = [(c.killed, c.injured) for c in mention.claims if c.kind == "casualties"]
    assert tolls == [(4, 9)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Aircraft of the US-led coalition targeted an army position near the river.",
         ["airstrike"]),
        ("Russian helicopters pounded the village overnight.", ["airstrike"]),
        ("The aircraft landed safely at the base.", []),
    ],
)
def test_aircraft_that_strike_are_air_strikes(text: str, expected: list[str]) -> None:
    assert [t.event_type for t in find_triggers(text, Span(0, len(text)))] == expected


# ---------------------------------------------------------------- session 4, second round


def test_a_habitual_aside_keeps_the_sentences_denial(extractor: Extractor) -> None:
    text = (
        "Air strikes hit a bakery in the town of Saraqeb on Friday, killing nine civilians, "
        "rescuers said. The Russian military, which has repeatedly denied bombing civilian sites, "
        "said its jets had flown no missions near the town on Friday."
    )
    (mention,) = extract_text(extractor, text, dt.date(2019, 8, 2))
    denials = [c for c in mention.claims if c.kind == "denial"]
    assert [(c.attributed_to, c.by_accused) for c in denials] == [("Russia", True)]


def test_a_habitual_sentence_with_a_denial_joins_the_incident_without_a_trigger() -> None:
    text = (
        "Rockets hit a base north of Baghdad on Tuesday. The militia has repeatedly denied "
        "carrying out attacks on foreign forces."
    )
    drafts = _drafts(text)
    assert len(drafts) == 1 and len(drafts[0][1]) == 2
    (draft,) = group_mentions(text, split_sentences(text))
    assert len(draft.triggers) == 1  # "attacks" in the habitual sentence is no trigger


def test_a_habitual_aside_does_not_drop_the_event_sentence() -> None:
    text = (
        "The army, which routinely says it hits only militants, shelled the village of Kafr "
        "Nabl on Sunday, killing a child."
    )
    assert [role for role, _ in _drafts(text)] == ["primary"]


def test_a_lede_denial_without_an_event_word_joins_the_primary_incident(
    extractor: Extractor,
) -> None:
    text = (
        "BAGHDAD - The Popular Mobilisation Forces on Thursday denied that their fighters had "
        "any part in the deaths of two Danish contractors. Rockets struck the Taji camp late "
        "on Wednesday, killing the two men, security sources said."
    )
    (mention,) = extract_text(extractor, text, dt.date(2020, 3, 12))
    kinds = sorted(c.kind for c in mention.claims)
    assert kinds == ["casualties", "denial"]
    assert mention.event_type == "rocket_attack"


def test_a_statement_before_the_incident_without_a_stance_joins_nothing() -> None:
    text = (
        "The minister visited the province on Monday. Rockets struck the Taji camp late on "
        "Wednesday, killing two men."
    )
    ((role, sentences),) = _drafts(text)
    assert role == "primary" and sentences[0].startswith("Rockets")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A ballistic missile hit a military parade in Aden.", "missile_strike"),
        ("The force targeted the camp with a Burkan ballistic missile.", "missile_strike"),
        ("A drone slammed into the living quarters of the outpost.", "drone_attack"),
        ("An explosive-laden drone crashed into an oil depot.", "drone_attack"),
    ],
)
def test_an_attack_told_only_by_its_weapon_is_an_incident(text: str, expected: str) -> None:
    triggers = find_triggers(text, Span(0, len(text)))
    assert expected in [t.event_type for t in triggers]
    assert [role for role, _ in _drafts(text)] == ["primary"]


def test_killing_and_wounding_dozens_is_one_vague_toll(extractor: Extractor) -> None:
    text = (
        "SANAA - The missile force struck a gathering of enemy troops in Marib with a "
        "ballistic missile on Monday, killing and wounding dozens of them, the spokesman said."
    )
    (mention,) = extract_text(extractor, text, dt.date(2021, 3, 8))
    (toll,) = [c for c in mention.claims if c.kind == "casualties"]
    assert (toll.killed, toll.injured, toll.qualifier) == (None, None, "dozens; injured: dozens")


def test_an_anonymous_official_blaming_a_party_is_the_claimant(extractor: Extractor) -> None:
    text = (
        "Rockets hit a US base in eastern Syria on Monday, wounding two troops. A US defense "
        "official, speaking on condition of anonymity, blamed Iran-backed militias for the attack."
    )
    (mention,) = extract_text(extractor, text, dt.date(2023, 3, 27))
    (blame,) = [c for c in mention.claims if c.kind in ("attribution", "confirmation")]
    assert (blame.kind, blame.source, blame.attributed_to) == (
        "attribution", "A US defense official", "Iran-backed groups"
    )


def test_one_allegation_naming_two_parties_is_one_claim(extractor: Extractor) -> None:
    text = (
        "At least 20 civilians were killed on Tuesday when the market in Ariha was bombed by "
        "Russian jets and by Syrian government helicopters, the Syrian Observatory said."
    )
    (mention,) = extract_text(extractor, text, dt.date(2019, 7, 16))
    blamed = [c for c in mention.claims if c.kind == "attribution"]
    assert len(blamed) == 1
    assert set(mention.perpetrators) == {"Russia", "Syrian government"}


def test_a_party_denying_in_a_sentence_that_recalls_accusations_confirms_nothing(
    extractor: Extractor,
) -> None:
    text = (
        "Rockets hit the Green Zone on Sunday. Asaib Ahl al-Haq, which US officials have accused "
        "of a wave of rocket attacks, denied any role in the attack on Sunday."
    )
    (mention,) = extract_text(extractor, text, dt.date(2020, 12, 20))
    kinds = [c.kind for c in mention.claims if c.kind != "casualties"]
    assert kinds == ["denial"]


def test_a_dateline_city_is_not_the_party_blamed(extractor: Extractor) -> None:
    text = (
        "BEIRUT - Unidentified drones struck a convoy of Iraqi militias near the town of "
        "Qaim on Sunday, killing six fighters, the Syrian Observatory said."
    )
    (mention,) = extract_text(extractor, text, dt.date(2019, 9, 1))
    assert "Lebanese army" not in mention.perpetrators
    assert all(c.attributed_to != "Lebanese army" for c in mention.claims)


def test_helicopters_dropping_barrel_bombs_are_an_air_strike_by_their_side(
    extractor: Extractor,
) -> None:
    text = (
        "Syrian government helicopters dropped barrel bombs on the village of Latamneh on "
        "Friday, killing five civilians, witnesses said."
    )
    (mention,) = extract_text(extractor, text, dt.date(2019, 5, 10))
    assert mention.event_type == "airstrike"
    assert mention.perpetrators == ("Syrian government",)


def test_hours_later_opens_a_separate_incident() -> None:
    text = (
        "A car bomb exploded at a checkpoint in Azaz on Monday, killing six people. "
        "Hours later, shelling hit the town of Atarib, killing three civilians."
    )
    assert [role for role, _ in _drafts(text)] == ["primary", "primary"]


def test_a_denial_lede_with_an_outlet_called_daily_joins_the_mention() -> None:
    text = (
        "KABUL (Frontier Daily) - The ministry rejected accusations that its forces had a hand "
        "in the deaths. A drone struck a house in Khost on Sunday, killing four people."
    )
    (draft,) = _drafts(text)
    assert draft[1][0].startswith("KABUL")
