"""Claims and stance in new theatres (session 6): denials that say no without "deny", agents
named in the claimant's own voice, sentences that name the agent joining the incident,
claimant kinds of volunteer networks, regional administrations and ruling councils, and tolls
with a subset inside them. Every text here is ours, written for the test."""

from __future__ import annotations

import pytest

from contested.extract import Extractor
from contested.extract.actors import load_actors
from contested.extract.casualties import find_casualties
from contested.extract.claimant import find_claimant
from contested.extract.claimants import ClaimantLexicon
from contested.extract.mentions import is_stance
from contested.extract.sentences import split_sentences
from contested.extract.stance import is_denial, names_agent
from contested.types import Span
from extract_support import extract_claims
from extract_support import rule_stances as _stances


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def lexicon() -> ClaimantLexicon:
    return ClaimantLexicon.load()


# ------------------------------------------------------------------ denials


@pytest.mark.parametrize(
    "sentence",
    [
        "A militia commander insisted his men had fired no rockets at the town that night.",
        "The group said its fighters took no part in the raid on the market.",
        "The defence ministry said in a statement that none of its units had taken part in the "
        "bombardment.",
        "A spokesman said the movement was in no way linked to the explosion.",
        "Asked about the accusation, the minister said the air force had not taken part in the "
        "operation.",
        "The ministry said its aircraft struck only military targets on the outskirts.",
        "The army said its artillery had not shelled the village.",
    ],
)
def test_denials_that_say_no_without_deny(sentence: str) -> None:
    assert is_denial(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Not only the port but also two warehouses were destroyed in the strike.",
        "The fighters had taken part in a training exercise the week before.",
        "Residents said the shelling had not stopped by nightfall.",
        "No one took part in the talks on Monday.",
        "The ministry said it would take part in the investigation.",
    ],
)
def test_not_denials(sentence: str) -> None:
    assert not is_denial(sentence)


def test_a_denial_by_the_accused_names_the_denier(extractor: Extractor) -> None:
    text = (
        "GAO - A car bomb exploded at a checkpoint near Gao on Monday, killing nine soldiers, "
        "the Malian army said.\n\nJNIM, which officials accused of planting the bomb, said in a "
        "statement that it was in no way connected to the blast."
    )
    denials = [c for c in extract_claims(extractor, text) if c.kind == "denial"]
    assert [c.attributed_to for c in denials] == ["al-Qaeda"]  # JNIM's root
    assert "in no way connected" in denials[0].quote


def test_a_second_accused_party_denies_in_its_own_name(extractor: Extractor) -> None:
    text = (
        "SANAA - Warplanes struck a power station in Sanaa on Friday, killing six workers, the "
        "Houthi-run health ministry said.\n\nA Pentagon spokesman said the US military had "
        "carried out the strike.\n\nA British defence official, asked whether British jets had "
        "joined the raid, said the Royal Air Force had not taken part."
    )
    denial = next(c for c in extract_claims(extractor, text) if c.kind == "denial")
    assert denial.source.startswith("A British defence official")
    assert denial.attributed_to == "United Kingdom"


def test_someone_elses_denial_reported_is_still_that_partys(extractor: Extractor) -> None:
    """The wire reports the group's denial: the group denies, not the wire."""
    text = (
        "MOGADISHU - A bomb hidden in a minibus exploded at a market in Mogadishu on Sunday, "
        "killing 11 people, police said.\n\nAl-Shabaab fighters had carried out the bombing, "
        "police said.\n\nAl-Shabaab said its fighters took no part in the attack."
    )
    claims = extract_claims(extractor, text)
    assert [c.attributed_to for c in claims if c.kind == "denial"] == ["al-Qaeda"]
    assert any(c.kind == "attribution" for c in claims)


# ------------------------------------------------------------------ attributions


@pytest.mark.parametrize(
    ("sentence", "country", "actor"),
    [
        ("Eleven villagers were killed when the terrorist Rapid Support militia rained mortar "
         "shells on the market.", "SD", "Rapid Support Forces"),
        ("Three Russian ballistic missiles slammed into a school in the city centre.", "UA",
         "Russia"),
        ("Khawarij terrorists carried out the bombing of the hotel.", "SO", "al-Shabaab"),
        ("The toll of the American aggression's raids on the port rose to 20.", "YE",
         "United States"),
        ("The governor said the massacre was the work of the Dagalo militia.", "SD",
         "Rapid Support Forces"),
        ("The drone had been launched from an area near the border controlled by Kataib "
         "Hezbollah.", "IQ", "Kataib Hezbollah"),
        ("Junta jets bombed a monastery in the village, killing 14.", "MM", "Myanmar military"),
        ("M23 rebels shelled a camp for displaced people near Goma.", "CD", "M23"),
    ],
)
def test_agents_in_the_claimants_own_voice(sentence: str, country: str, actor: str) -> None:
    assert ("attribution", actor) in _stances(sentence, country)


def test_the_war_between_two_parties_blames_neither() -> None:
    sentence = (
        "The war between the army and the RSF, which broke out in 2023, has killed tens of "
        "thousands of people."
    )
    assert _stances(sentence, "SD") == []


def test_a_party_naming_anothers_raids_confirms_nothing() -> None:
    sentence = "The Houthi leader said the American raids had targeted a civilian facility."
    found = _stances(sentence, "YE", claimant="Houthis")
    assert ("confirmation", "Houthis") not in found
    assert ("attribution", "United States") in found


def test_own_raids_are_still_a_confirmation() -> None:
    sentence = "The ministry said its strikes targeted weapons depots of the militia."
    assert _stances(sentence, "SD", claimant="Sudanese Armed Forces") == [
        ("confirmation", "Sudanese Armed Forces")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministry said the drone had been sent by outlaw groups.",
        "Officials said the blast was the work of a militia.",
        "The group said it was behind the bombing at the port.",
        "Two security officials said they suspected factions loyal to Tehran.",
        "The network said the paramilitaries had pounded the camp from the north.",
    ],
)
def test_sentences_naming_the_agent_join_the_incident(sentence: str) -> None:
    assert names_agent(sentence)
    assert is_stance(split_sentences(sentence)[0])


@pytest.mark.parametrize(
    "sentence",
    [
        "Schools reopened on Monday.",
        "The army said the roads to the camp were open again.",
        "The officials suspected that the fire was an accident.",
    ],
)
def test_plain_sentences_do_not_name_an_agent(sentence: str) -> None:
    assert not names_agent(sentence)


def test_an_agent_told_far_from_the_event_is_read(extractor: Extractor) -> None:
    text = (
        "BAIDOA - A suicide bomber struck a restaurant in Baidoa on Saturday, killing 14 "
        "people, the regional police said.\n\nThe restaurant had reopened in May after a "
        "renovation.\n\nIt was a popular meeting place for clan elders and soldiers.\n\n"
        "The regional president said the massacre was the work of al-Shabaab."
    )
    attributions = [c for c in extract_claims(extractor, text) if c.kind == "attribution"]
    assert [c.attributed_to for c in attributions] == ["al-Qaeda"]


# ------------------------------------------------------------------ actors


@pytest.mark.parametrize(
    ("name", "country", "canonical"),
    [
        ("Rapid Support militia", "SD", "Rapid Support Forces"),
        ("Janjaweed militia", "SD", "Rapid Support Forces"),
        ("Sudanese air force", "SD", "Sudanese Armed Forces"),
        ("Russia's Defence Ministry", "UA", "Russia"),
        ("Armed Forces of Ukraine", "RU", "Ukraine"),
        ("Popular Mobilisation Commission", "IQ", "PMF"),
        ("Khawarij", "SO", "al-Shabaab"),
        ("Jama'at Nusrat al-Islam wal-Muslimin", "ML", "JNIM"),
        ("Africa Corps", "ML", "Wagner Group"),
        ("Tehrik-i-Taliban Pakistan", "PK", "TTP"),
        ("Tatmadaw", "MM", "Myanmar military"),
        ("Fano militia", "ET", "Fano"),
        ("ENDF", "ET", "Ethiopian army"),
        ("March 23 Movement", "CD", "M23"),
        ("American aggression", "YE", "United States"),
    ],
)
def test_actor_aliases_of_new_theatres(name: str, country: str, canonical: str) -> None:
    hits = load_actors().find(f"Reports blamed the {name} for the attack.", context_countries=[country])
    assert [h.canonical for h in hits] == [canonical]


def test_context_aliases_stay_in_their_country() -> None:
    actors = load_actors()
    assert [h.canonical for h in actors.find("Khawarij carried out the attack.", context_countries=["SO"])] == ["al-Shabaab"]
    assert actors.find("Khawarij carried out the attack.", context_countries=["SY"]) == []
    assert actors.find("The militia stormed the camp.", context_countries=["IQ"]) == []


# ------------------------------------------------------------------ claimant kinds


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("The Nyala Emergency Response Room", "ngo"),
        ("a network of neighbourhood volunteers", "ngo"),
        ("The Sudan Doctors Network", "ngo"),
        ("local volunteers", "ngo"),
        ("Kharkiv regional military administration", "local_official"),
        ("The Supreme Political Council", "government"),
        ("The Government Media Office", "government"),
        ("Doctors at the Erdogan hospital", "unnamed"),
        ("activist network", "monitor"),
        ("state media", "state_media"),
        ("Erdogan", "government"),
    ],
)
def test_claimant_kinds_of_new_institutions(
    lexicon: ClaimantLexicon, phrase: str, kind: str
) -> None:
    assert lexicon.classify(phrase) == kind


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("KHARKIV (Our Wire) - A drone hit a depot on Monday, wounding four, local volunteers "
         "said.", "local volunteers"),
        ("Baidoa - Doctors at the main hospital said nine people had died.",
         "Doctors at the main hospital"),
        ("The ministry, in a statement carried by state television, said it had struck a "
         "depot.", "The ministry"),
        ("A spokesman, asked whether the navy had fired, said it had not.", "A spokesman"),
        ("A militia adviser, speaking to reporters by telephone, insisted no shells were fired.",
         "A militia adviser"),
    ],
)
def test_claimant_phrases(sentence: str, claimant: str) -> None:
    phrase = find_claimant(sentence, Span(0, len(sentence)))
    assert phrase is not None and phrase.text == claimant
    assert not phrase.originator.startswith(("KHARKIV", "Baidoa"))


# ------------------------------------------------------------------ casualties


def _figures(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind, f.value) for f in find_casualties(text)]


def test_a_subset_is_not_added() -> None:
    assert _figures("The blast killed 21 people, four of them children, and wounded 40.") == [
        ("killed", 21), ("injured", 40)
    ]
    assert _figures("Seven soldiers and one civilian were killed.") == [("killed", 8)]


def test_wounded_after_a_subset_are_kept() -> None:
    text = "The toll rose to 19, including three women, and 52 people were wounded."
    assert _figures(text) == [("killed", 19), ("injured", 52)]


def test_no_one_hurt_is_nobody_killed_or_injured() -> None:
    assert _figures("The ministry said no one was hurt.") == [("killed", 0), ("injured", 0)]
    assert _figures("No one was wounded.") == [("injured", 0)]


def test_put_the_number_killed_at() -> None:
    text = "The army put the number of fighters killed at more than 30."
    assert _figures(text) == [("killed", 30)]


def test_outlaw_groups_are_a_party_in_iraq_only() -> None:
    actors = load_actors()
    sentence = "The ministry said the drone had been sent by outlaw groups."
    assert [h.canonical for h in actors.find(sentence, context_countries=["IQ"])] == [
        "outlaw armed groups"
    ]
    assert actors.find(sentence, context_countries=["SD"]) == []


def test_a_demonym_makes_no_government_claimant(extractor: Extractor) -> None:
    text = (
        "HAIFA (Our Wire) - A rocket hit a playground in Haifa on Sunday, killing two "
        "children, Israeli paramedics said."
    )
    casualty = next(c for c in extract_claims(extractor, text) if c.kind == "casualties")
    assert casualty.source == "Israeli paramedics" and casualty.source_kind == "unnamed"
