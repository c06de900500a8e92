"""Claims and stance, session 7: denials that say "carried out no strikes", "fired only at
military targets" or "rejects"; habits told in an aside; places and infinitives that are no
agents; agents named by "belonged to", "bore responsibility", "used ... in the attack" and "a
<party> attack"; claimants that hold a party responsible, inform, mourn or admit, are reached by
phone, are quoted by state media, follow a subordinate clause or close a quotation; an organ
named without its state. Every text here is ours, written for the test."""

from __future__ import annotations

import pytest

from contested.extract import Extractor
from contested.extract.claimant import find_claimant
from contested.extract.claimants import ClaimantLexicon
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
        "A Pentagon spokesman said American aircraft had carried out no strikes in Iraq that week.",
        "The ministry said Turkish forces had conducted no operation near the town on Friday.",
        "An officer said the battery had fired only at military targets across the river.",
        "The army rejects categorically the accusations of killing fishermen on the lake.",
        "The government rejects the reports that its jets bombed the market.",
    ],
)
def test_new_denial_forms(sentence: str) -> None:
    assert is_denial(sentence)
    assert names_agent(sentence)  # a denial sentence joins the incident told before it


def test_a_denial_by_the_accused_is_no_confirmation() -> None:
    sentence = "A Pentagon spokesman said U.S. forces had carried out no strikes in Iraq on Monday."
    assert _stances(sentence, "IQ") == [("denial", "United States")]


def test_a_headline_joins_no_incident_by_its_denial() -> None:
    # a headline repeats what the body tells; the body's own sentences carry the claim
    assert not names_agent("Ankara rejects Baghdad's accusations over resort shelling")
    assert names_agent("Ankara rejected Baghdad's accusations over the resort shelling.")


# ------------------------------------------------------------------ agents


@pytest.mark.parametrize(
    ("sentence", "country", "actor"),
    [
        (
            "The monitor said the raid was probably carried out by Israeli jets, which have hit "
            "depots near the border in recent months.",
            "SY",
            "Israel",
        ),
        ("Police said the drone belonged to the Turkish army and crossed from the north.", "SY", "Turkey"),
        ("The spokesman said Iran bore responsibility for the drone attack.", "IQ", "Iran"),
        ("Eleven people died in a Ukrainian attack on the market, the mayor said.", "RU", "Ukraine"),
        ("The ministry said Ukraine had used cluster munitions in the attack.", "RU", "Ukraine"),
        ('"They were Israeli planes, we know their sound," he said.', "LB", "Israel"),
        (
            'A spokesman said Turkey\'s intelligence agency "neutralised" two fighters in the car.',
            "SY",
            "Turkey",
        ),
    ],
)
def test_new_agent_forms(sentence: str, country: str, actor: str) -> None:
    assert ("attribution", actor) in _stances(sentence, country)


def test_a_party_that_takes_responsibility_confirms() -> None:
    sentence = "The army chief said the army took responsibility for the strike."
    assert _stances(sentence, "NG") == [("confirmation", "Nigerian military")]
    assert ("confirmation", "Nigerian military") in _stances(sentence, "NG", "Nigerian military")


@pytest.mark.parametrize(
    "sentence",
    [
        # a place after "in" or "border with" is where, not who
        "Rockets fired at a U.S. base in Syria killed two soldiers, officials said.",
        "Air strikes near the town on Lebanon's border with Syria killed six people.",
        # "to attack" and "from attacks" name no agent's attack
        "The ministry said smugglers deal with ISIS members to attack army posts.",
        "The statement said the raids were meant to protect U.S. forces from attacks.",
        # an attack recalled as "recent" is not this one
        "Analysts believe the blast answers recent US strikes on the militia.",
        # a running total this year is no allegation about this incident
        "The SDF has said that Turkish drones killed more than 40 of its members this year.",
    ],
)
def test_no_agent_in(sentence: str) -> None:
    assert [k for k, _ in _stances(sentence)] == []


@pytest.mark.parametrize(
    "sentence",
    [
        'The colonel admitted on Monday that an army helicopter had hit the wedding by mistake.',
        '"The drones of the Chadian army came at dawn.',
        "The opposition council said the junta had committed a massacre in the village.",
    ],
)
def test_sentences_naming_the_agent_join_the_incident(sentence: str) -> None:
    assert names_agent(sentence)


# ------------------------------------------------------------------ claimants


@pytest.mark.parametrize(
    ("sentence", "claimant", "relays"),
    [
        (
            "The regional council held the Iraqi army fully responsible for the killings.",
            "The regional council",
            (),
        ),
        (
            "The Army Command informs the public that its aircraft struck rebel positions.",
            "The Army Command",
            (),
        ),
        (
            "The movement mourned on Sunday two of its commanders killed in the raid.",
            "The movement",
            (),
        ),
        (
            "A village elder, reached by telephone, told our reporter that nine people died.",
            "A village elder",
            (),
        ),
        (
            "Eleven people were hurt, regional governor Anna Petrova said.",
            "regional governor Anna Petrova",
            (),
        ),
        (
            "The shelling came a day after rebel commanders said they had taken the hill.",
            "rebel commanders",
            (),
        ),
        (
            "The raid killed four fighters, Turkish security sources were quoted as saying by "
            "state media.",
            "Turkish security sources",
            ("state media",),
        ),
        (
            "The Ghanaian Air Force, in a statement by its spokesman, Group Captain Ama Boateng, "
            "said it had flown no sorties.",
            "The Ghanaian Air Force",
            (),
        ),
        (
            "However, the General Officer Commanding 2 Division of the Ghanaian Army, Brigadier "
            "Kofi Mensah, admitted that a helicopter hit the market.",
            "the General Officer Commanding 2 Division of the Ghanaian Army, Brigadier Kofi Mensah",
            (),
        ),
    ],
)
def test_new_claimant_forms(sentence: str, claimant: str, relays: tuple[str, ...]) -> None:
    found = find_claimant(sentence, Span(0, len(sentence)))
    assert found is not None
    assert (found.text, found.relayed_by) == (claimant, relays)


def test_a_statement_by_its_spokesman_is_the_body_speaking() -> None:
    sentence = "The navy said in a statement by its spokesman that two boats were sunk."
    found = find_claimant(sentence, Span(0, len(sentence)))
    assert found is not None and found.text == "The navy"


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("the Internal Security Forces (Asayish)", "local_official"),
        ("Kurdish internal security forces", "local_official"),
        ("the National Emergency Management Agency (NEMA)", "government"),
        ("separatist rebels and jihadists", "military"),
        ("insurgents", "military"),
    ],
)
def test_new_claimant_kinds(lexicon: ClaimantLexicon, phrase: str, kind: str) -> None:
    assert lexicon.classify(phrase) == kind


# ------------------------------------------------------------------ whole articles


def test_an_organ_named_without_its_state_confirms_its_own_strike(extractor: Extractor) -> None:
    text = (
        "Drone strikes hit the market in Kidal, northern Mali, on Sunday, killing nine people, "
        "residents said.\n\n"
        "The General Staff of the Armed Forces said it had carried out precise strikes on "
        "terrorist targets near Kidal."
    )
    kinds = {(c.kind, c.attributed_to) for c in extract_claims(extractor, text)}
    assert ("confirmation", "Malian army") in kinds


def test_the_speaker_of_a_quotation_split_in_two_sentences(extractor: Extractor) -> None:
    text = (
        "A drone strike on a wedding in Kaduna State on Sunday killed 30 people, officials "
        "said.\n\n"
        '"The drones of the Nigerian army came at night. We ran to the fields," a farmer said.'
    )
    blame = [c for c in extract_claims(extractor, text) if c.kind == "attribution"]
    assert [(c.source, c.source_kind, c.attributed_to) for c in blame] == [
        ("a farmer", "witness", "Nigerian military")
    ]


def test_an_asayish_toll_is_a_local_officials(extractor: Extractor) -> None:
    text = (
        "QAMISHLI - Two men were killed when a drone struck their car near Qamishli on Monday, "
        "the Asayish said in a statement."
    )
    tolls = [c for c in extract_claims(extractor, text) if c.kind == "casualties"]
    assert [(c.killed, c.source_kind) for c in tolls] == [(2, "local_official")]


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("The raid came a day after a barrage on cities, which Kyiv said killed 39 civilians.", "Kyiv"),
        (
            "The Minister of Health, Rana Haddad, said that the strike on the clinic was a crime.",
            "The Minister of Health, Rana Haddad",
        ),
    ],
)
def test_claimants_in_a_relative_clause_or_after_a_capitalised_role(
    sentence: str, claimant: str
) -> None:
    found = find_claimant(sentence, Span(0, len(sentence)))
    assert found is not None and found.text == claimant


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("the councillor", "local_official"),
        ("a list compiled by the village's administration team", "local_official"),
        ("The Minister of Health, Rana Haddad", "government"),
    ],
)
def test_local_and_civilian_offices(lexicon: ClaimantLexicon, phrase: str, kind: str) -> None:
    assert lexicon.classify(phrase) == kind


def test_a_capitalised_anaphor_takes_the_body_named_before(extractor: Extractor) -> None:
    text = (
        "The Popular Mobilisation Authority said on Friday that a drone strike on its base in "
        "Baghdad killed two of its commanders.\n\n"
        'In a statement, the Authority said the two men were killed "in an American strike".'
    )
    blame = [c for c in extract_claims(extractor, text) if c.kind == "attribution"]
    assert [(c.source_kind, c.attributed_to) for c in blame] == [("military", "United States")]


def test_a_states_military_source_stays_unnamed(extractor: Extractor) -> None:
    text = (
        "Shelling hit the centre of Donetsk on Monday, killing four people, the mayor said.\n\n"
        "A Ukrainian military source, who spoke on condition of anonymity, told Harbour Line "
        "that Ukrainian forces had fired only at military targets near the city."
    )
    denials = [c for c in extract_claims(extractor, text) if c.kind == "denial"]
    assert [(c.source_kind, c.attributed_to) for c in denials] == [("unnamed", "Ukraine")]


def test_a_party_confirming_in_a_sentence_another_claimant_tells(extractor: Extractor) -> None:
    text = (
        "MOGADISHU - Al Shabaab said it was behind a car bombing at a market in Baidoa on "
        "Saturday that killed at least 12 people, according to police."
    )
    claims = extract_claims(extractor, text)
    tolls = [(c.killed, c.source_kind) for c in claims if c.kind == "casualties"]
    confirms = [(c.source, c.source_kind, c.by_accused) for c in claims if c.kind == "confirmation"]
    assert tolls == [(12, "local_official")]
    assert confirms == [("Al Shabaab", "military", True)]


def test_a_party_that_acknowledges_its_strike_confirms() -> None:
    sentence = "The coalition later acknowledged that its air strike on the school had been a mistake."
    assert _stances(sentence, "YE", "Saudi-led coalition") == [
        ("confirmation", "Saudi-led coalition")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ankara also said it had written to Baghdad holding the PKK accountable for the ambush.",
        '"The regime\'s helicopter came twice.',
    ],
)
def test_holding_accountable_and_a_partys_aircraft_acting_join_the_incident(sentence: str) -> None:
    assert names_agent(sentence)


def test_holding_a_party_accountable_blames_it() -> None:
    sentence = "Ankara said it had written to Baghdad holding the PKK accountable for the ambush."
    assert ("attribution", "PKK") in _stances(sentence, "TR", "Turkey")


def test_a_partys_aircraft_owned_is_no_agent_but_acting_is() -> None:
    assert _stances("The airfield hosts Jordan's F-16 jets and a training school.", "JO") == []
    assert _stances("Russia's jets came at dawn and bombed the bakery.", "SY") == [
        ("attribution", "Russia")
    ]


def test_an_inverted_claimant_with_an_age() -> None:
    sentence = '"They fired at everyone," said a 35-year-old teacher who lost her son.'
    found = find_claimant(sentence, Span(0, len(sentence)))
    assert found is not None and found.text.startswith("a 35-year-old teacher")
