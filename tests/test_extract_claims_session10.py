"""Claims and stance, session 10: mechanisms that generalise to theatres never curated — denial
verbs in the present and of orders ("does not target civilians", "gave no order"), the members
a claimant blames ("the attackers were fighters of the group known as X"), claimant kinds read
from head nouns and titles ("a senior police officer", "the Kordan state prosecutor's office",
"a committee for the defence of human rights", "Captain Mbeki", "X's office"), and a group
speaking through its own channel. Every text here is ours, written for the test; the groups,
people and places in them are invented."""

from __future__ import annotations

import pytest

from contested.extract import Extractor
from contested.extract.claimant import find_claimant
from contested.extract.claimants import ClaimantLexicon
from contested.extract.stance import is_denial
from contested.types import Span
from extract_support import extract_claims, rule_stances


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def lexicon() -> ClaimantLexicon:
    return ClaimantLexicon.load()


def _stances(extractor: Extractor, text: str) -> list[tuple[str, str | None, str]]:
    return [
        (c.kind, c.attributed_to, c.source_kind)
        for c in extract_claims(extractor, text)
        if c.kind != "casualties"
    ]


# ------------------------------------------------------------------ denial forms


@pytest.mark.parametrize(
    "sentence",
    [
        '"The national army does not target civilians," the command said.',
        'A man speaking for the group said its leaders "did not order" the attack.',
        'A lawyer for the family said it "gave no order" for the roadblocks.',
        'A leader of the gang said the group "did not start this war".',
        "The army said reports that villagers were killed in a drone strike were \"fabricated"
        ' propaganda".',
        '"This was an accident, and not a massacre," the spokesman said.',
    ],
)
def test_denial_forms(sentence: str) -> None:
    assert is_denial(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Two soldiers were not killed in the attack, the army said, correcting an earlier toll.",
        "The ministry did not say how many people were killed.",
    ],
)
def test_no_denial(sentence: str) -> None:
    assert not is_denial(sentence)


def test_a_stance_held_in_the_past_is_no_denial(extractor: Extractor) -> None:
    text = (
        "An air strike killed nine people in the village of Kessa on Monday, residents said. "
        "The air force has previously said it does not target civilians."
    )
    assert not [s for s in _stances(extractor, text) if s[0] == "denial"]


# ------------------------------------------------------------------ blame of members


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        (
            "A security source said the attackers were fighters of the group known locally as"
            " the Kivu Liberation Movement.",
            "Kivu Liberation Movement",
        ),
        (
            "A spokesman said the gunmen were believed to be members of the Kivu Liberation"
            " Movement.",
            "Kivu Liberation Movement",
        ),
        ("The minister blamed gunmen of the Santo Tomas cartel.", "Santo Tomas cartel"),
        (
            "A police commander said the shooting was started by members of the Santo Tomas cartel.",
            "Santo Tomas cartel",
        ),
    ],
)
def test_the_members_a_claimant_blames(extractor: Extractor, sentence: str, party: str) -> None:
    text = "Gunmen killed 12 people at a market in Doruma on Sunday, police said. " + sentence
    assert any(k == "attribution" and a == party for k, a, _ in _stances(extractor, text))


def test_a_group_through_its_channel_confirms(extractor: Extractor) -> None:
    text = (
        "Insurgents killed 30 people in an attack on the town of Nakoro on Tuesday, officials said. "
        "The Kivu Liberation Movement, through its Radio Uhuru channel, claimed its fighters had"
        " captured Nakoro and killed 30 people."
    )
    assert ("confirmation", "Kivu Liberation Movement", "military") in _stances(extractor, text)


def test_claimed_with_its_fighters_is_a_confirmation() -> None:
    sentence = "The Kivu Liberation Movement claimed its fighters had captured the town."
    assert ("confirmation", "Kivu Liberation Movement") in rule_stances(
        sentence, "CD", "Kivu Liberation Movement"
    )


# ------------------------------------------------------------------ claimant kinds


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("a senior police officer", "unnamed"),
        ("a police official", "unnamed"),
        ("a police official in Doruma", "local_official"),
        ("Doruma's police commander Colonel Ade Bello", "local_official"),
        ("Capital City Police Officer Ade Bello", "local_official"),
        ("an army officer", "military"),
        ("the Kordan state prosecutor's office", "local_official"),
        ("The state government", "government"),
        ("Islamic State spokesman", "military"),
        ("The Standing Committee for the Defence of Human Rights", "ngo"),
        ("the Tulu civil body KOMA", "ngo"),
        ("Mbeki's office", "government"),
        ("Captain Mbeki", "military"),
        ("regional spokesman Col Dara Singh", "military"),
        ("passenger Ade Bello", "witness"),
        ("state broadcaster RTK", "state_media"),
        ("Lt. Col. Ade Bello", "military"),
        ("Brig. Gen. Ade Bello", "military"),
        ("a gang leader", "military"),
        ("the civil protection agency", "government"),
        ("the county sheriff", "local_official"),
        ("Radio Uhuru", "media"),
        ("a major operation", "unnamed"),
    ],
)
def test_kind_by_head_noun_and_title(lexicon: ClaimantLexicon, phrase: str, kind: str) -> None:
    assert lexicon.classify(phrase) == kind


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("Earlier, state broadcaster RTK had reported that 21 people were killed.", "state broadcaster RTK"),
        (
            "The deputy mayor of Doruma, Ade Bello, told our newsroom that 88 bodies were found.",
            "The deputy mayor of Doruma, Ade Bello",
        ),
    ],
)
def test_claimant_phrases(sentence: str, claimant: str) -> None:
    found = find_claimant(sentence, Span(0, len(sentence)))
    assert found is not None and found.text == claimant


def test_the_officer_is_the_officer_named_before(extractor: Extractor) -> None:
    text = (
        "A bomb exploded at a bus station in Doruma on Monday, killing nine people, a senior"
        " police officer said. At least 17 people were wounded, the officer said."
    )
    kinds = {c.source_kind for c in extract_claims(extractor, text) if c.kind == "casualties"}
    assert kinds == {"unnamed"}


def test_a_headline_stance_the_body_repeats_is_the_body_s(extractor: Extractor) -> None:
    text = (
        "Rebels deny ordering deadly attack\n\n"
        "Gunmen killed 12 people at a checkpoint in Doruma on Sunday, police said. A man who said"
        ' he spoke for the Kivu Liberation Movement said its leaders "did not order" the attack.'
    )
    denials = [c for c in extract_claims(extractor, text) if c.kind == "denial"]
    assert len(denials) == 1 and "did not order" in denials[0].quote


# ------------------------------------------------------------------ subjects and relays


def test_a_commander_named_with_his_group_s_other_name_confirms(extractor: Extractor) -> None:
    text = (
        "A suicide bomber killed 40 people at a mosque in Doruma on Monday, police said. "
        "Ade Bello, a commander of the Kivu Liberation Movement, or Harakat Kivu (HK), claimed"
        " responsibility for the attack."
    )
    assert any(k == "confirmation" for k, _, _ in _stances(extractor, text))


def test_an_apposition_s_habit_is_no_running_total() -> None:
    sentence = (
        "The Kivu Liberation Movement claimed the blast, a group that has acted on its own in the"
        " past."
    )
    assert ("confirmation", "Kivu Liberation Movement") in rule_stances(
        sentence, "CD", "Kivu Liberation Movement"
    )


def test_a_state_opening_a_sentence_after_a_dateline_denies_as_its_government(
    extractor: Extractor,
) -> None:
    text = (
        "Gunmen killed 20 passengers on a train near Doruma on Tuesday, police said.\n\n"
        'NAIROBI: Kenya on Friday "strongly rejected" allegations that it was behind the attack'
        " on the train."
    )
    assert ("denial", "Kenya", "government") in _stances(extractor, text)


def test_a_un_office_citing_unnamed_sources_owns_the_claim(lexicon: ClaimantLexicon) -> None:
    assert lexicon.classify("the United Nations humanitarian office, citing local sources") == "ngo"
    assert lexicon.classify("Reuters, citing local sources") == "unnamed"


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("According to the ministry, the army killed 30 rebels.", "the ministry"),
        ("The ministry repeated that dozens of civilians died.", "The ministry"),
        ("The governor reiterated that nine people were killed.", "The governor"),
        ("The blast claimed the lives of four civilians.", None),
        ("Sunday's attack claimed at least nine lives.", None),
    ],
)
def test_speakers_and_events(sentence: str, claimant: str | None) -> None:
    found = find_claimant(sentence, Span(0, len(sentence)))
    assert (found.text if found else None) == claimant


def test_the_ministry_is_the_ministry_not_its_spokesman(extractor: Extractor) -> None:
    text = (
        "Insurgents killed dozens of people in an attack on the town of Nakoro last week, the"
        " Ministry of National Defence said on Monday. Spokesman Ade Bello told reporters the"
        " army had retaken the town. The ministry repeated that 30 civilians were killed in the"
        " attack."
    )
    kinds = [
        c.source_kind
        for c in extract_claims(extractor, text)
        if c.kind == "casualties" and "repeated" in c.quote
    ]
    assert kinds == ["military"]


@pytest.mark.parametrize(
    ("sentence", "party"),
    [
        (
            "Fighters of the Kivu Liberation Movement (KLM) blew up the track and stormed the"
            " train, security officials said.",
            "Kivu Liberation Movement",
        ),
        (
            'The minister said the bombing was a "terrorist" reaction by the Kivu Liberation'
            " Movement to the army's offensive.",
            "Kivu Liberation Movement",
        ),
    ],
)
def test_more_agent_forms(extractor: Extractor, sentence: str, party: str) -> None:
    text = "Gunmen killed 21 passengers on a train near Doruma on Tuesday, police said. " + sentence
    assert any(k == "attribution" and a == party for k, a, _ in _stances(extractor, text))
