"""Claims, session 12 (s12-claims): who acted, told in sentences with no trigger of their own
(a passive agent, "were responsible", who started the firing) joining the incident; a state's
forces named by a common noun blamed in reported speech or as a passive agent, and owned as a
confirmation by their own spokesman; a document's issuer (a statement's letterhead) as the
speaker of its unattributed sentences; own arms and first-person quotes as confirmations;
group names in French, Spanish and Portuguese. Every text here is ours, written for the test;
the places, people and groups in them are invented."""

from __future__ import annotations

import pytest

from contested.extract import Extractor
from contested.extract.actors import unknown_parties
from contested.extract.claimant import document_issuer
from contested.extract.stance import tells_agent
from contested.extract.stance_frames import same_force
from extract_support import extract_claims


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


_LEAD = "Twenty villagers were killed in an attack on the village of Maroka on Monday, officials said. "


def _stances(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    return [(c.kind, c.attributed_to) for c in extract_claims(extractor, text) if c.kind != "casualties"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The inspector was murdered by criminals of the Red Hand, the police said.",
        "The union said the guards had been fired on by members of the Lowland gang.",
        "The league identifies members of the palace guard as the main perpetrators.",
        "A spokesman said Varian troops had started the firing.",
        "He said he had no doubt that the border police were responsible.",
        "The ministry said the attackers belonged to the Northern Sword.",
    ],
)
def test_who_acted_without_a_trigger_joins_the_incident(sentence: str) -> None:
    assert tells_agent(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The guards were responsible for security at the gate.",
        "Twenty people were killed by a roadside bomb.",  # no party named after "by"
        "The talks began on Monday",  # no closing stop: a headline
    ],
)
def test_no_agent_no_join(sentence: str) -> None:
    assert not tells_agent(sentence)


def test_a_trigger_less_blame_after_the_incident_is_read(extractor: Extractor) -> None:
    text = _LEAD + (
        "The Maroka council said the inspector was murdered by criminals of the Red Hand, a gang "
        "that controls the market."
    )
    assert ("attribution", "Red Hand") in _stances(extractor, text)


@pytest.mark.parametrize(
    "sentence",
    [
        'The union leader told a rally on Tuesday that the police had "massacred" the workers.',
        "Residents told reporters that police officers had killed some of the men.",
        "Witnesses said soldiers of the palace guard, known as the blue helmets, entered the "
        "stadium, fired into the crowd and beat people.",
        "Rights groups accused the police of using excessive force.",
        'The dead were "villagers who were executed by the police", a spokesman said.',
    ],
)
def test_state_forces_by_a_common_noun_are_blamed(extractor: Extractor, sentence: str) -> None:
    kinds = [k for k, _ in _stances(extractor, _LEAD + sentence)]
    assert "attribution" in kinds, sentence


def test_forces_as_victims_are_not_agents(extractor: Extractor) -> None:
    text = _LEAD + '"The police were attacked by the group," the union leader said.'
    assert _stances(extractor, text) == []


def test_the_killers_of_militants_are_no_accused(extractor: Extractor) -> None:
    text = _LEAD + "The source said the army units killed and injured a number of the terrorists."
    assert "attribution" not in [k for k, _ in _stances(extractor, text)]


def test_their_own_spokesman_confirms(extractor: Extractor) -> None:
    text = _LEAD + (
        "Police then opened fire on the group, killing three of the strikers, police spokesman "
        "Colonel Ada Varn said."
    )
    assert [k for k, _ in _stances(extractor, text)] == ["confirmation"]
    assert same_force("the police", "police spokesman Colonel Ada Varn")
    assert same_force("soldiers", "the army's Second Area command")
    assert not same_force("the police", "the union president")


def test_forces_narrated_by_no_one_are_no_claim(extractor: Extractor) -> None:
    text = _LEAD + "Police opened fire on the crowd near the market."
    assert _stances(extractor, text) == []


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        ("NORTHLAND POLICE SERVICE\n\nMedia statement - Office of the Commissioner\n\nBody.", "Northland Police Service"),
        ("ROYAL ARMY OF VARIA - FIRST AREA\n\nStatement No. 4/2030\n\nSubject: the border", "Royal Army Of Varia"),
        ("PRESS RELEASE\nInformation Office, Third Division\n\nText.", "Third Division"),
        ("Title of a report\n\nRed Star Aid Society (press statement) | Varn, 4 May 2030\n\nText.", "Red Star Aid Society"),
        ("Varian Wire | World\n\nTroops fire on crowd, dozens dead\n\nVARN, May 4 - Troops fired.", None),
        ("Varian Wire\n\nUN report says 50 killed in the north\n\nText of the story.", None),
    ],
)
def test_document_issuer(text: str, issuer: str | None) -> None:
    assert document_issuer(text) == issuer


def test_a_statement_issuer_speaks_and_owns_its_forces(extractor: Extractor) -> None:
    text = (
        "NORTHLAND POLICE SERVICE\n\nMedia statement - Office of the Commissioner\n\n"
        "Two officers were killed in an attack on a patrol in Maroka on Monday.\n\n"
        "The police teams returned fire and neutralised the aggressors."
    )
    claims = extract_claims(extractor, text)
    confirmations = [c for c in claims if c.kind == "confirmation"]
    assert [c.source for c in confirmations] == ["Northland Police Service"]
    assert {c.source_kind for c in claims} == {"local_official"}


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("The army acknowledged that its soldiers had fired on the protesters.", "confirmation"),
        ('"Our forces carried out a precise operation," the spokesman said.', "confirmation"),
        ("The Defence Ministry said its aircraft had struck a base near Maroka.", "confirmation"),
        ("A spokesman for the rebels said government aircraft had bombed the market.", "attribution"),
        ("The ministry said the attackers belonged to the Northern Sword.", "attribution"),
    ],
)
def test_own_arms_and_first_person(extractor: Extractor, sentence: str, kind: str) -> None:
    assert kind in [k for k, _ in _stances(extractor, _LEAD + sentence)], sentence


def test_group_names_in_other_languages() -> None:
    text = "The government said the Mouvement pour la Libération du Sud was responsible."
    names = [h.canonical for h in unknown_parties(text, 0, len(text)) if h.form == "name"]
    assert names == ["Mouvement pour la Libération du Sud"]


def test_unions_and_rights_bodies_by_their_words(extractor: Extractor) -> None:
    kind = extractor.claimants.classify
    assert kind("A spokesman for the National Union of Mineworkers") == "ngo"
    assert kind("Ligue varienne des droits humains") == "ngo"
    assert kind("Polícia Civil do Estado") == "local_official"
    assert kind("Observatório da Violência") == "monitor"
