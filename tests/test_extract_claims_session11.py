"""Claims, stance and claimant kinds, session 11 (s11-claims): mechanisms meant for theatres and
parties never seen — every state named by its forces ("Togolese armed forces", "Uzbek troops"),
a name of descriptive capitals ("the Armed Criminal Separatist Group"), nominal frames of blame
("aggression by the X side"), a state's forces by a common noun in a reported strike, the
speaker of a ", but X said" clause, two parties blamed jointly, admissions and a party's own
voice as confirmations, partial denials, and claimant kinds by head noun (security services,
rights leagues, churches, unions, relatives). Every text here is ours, written for the test;
the places and groups in them are invented or generic."""

from __future__ import annotations

import pytest

from contested.extract import Extractor
from contested.extract.actors import load_actors, unknown_parties
from contested.extract.claimants import ClaimantLexicon
from extract_support import extract_claims


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _stances(extractor: Extractor, text: str) -> list[tuple[str, str | None, str]]:
    return [
        (c.kind, c.attributed_to, c.source)
        for c in extract_claims(extractor, text)
        if c.kind != "casualties"
    ]


def _kinds(extractor: Extractor, text: str) -> list[str]:
    return [kind for kind, _, _ in _stances(extractor, text)]


_LEAD = "Twenty villagers were killed in an attack on the village of Maroka on Monday, officials said. "


def test_every_state_is_named_by_its_forces() -> None:
    lexicon = load_actors()
    for text, state in [
        ("Witnesses said Uzbek soldiers fired on the crowd.", "Uzbekistan"),
        ("The monitors blamed the Serbian police for the killings.", "Serbia"),
        ("An air strike by the Togolese armed forces hit the market.", "Togo army"),
    ]:
        hits = lexicon.find(text)
        assert [h.canonical for h in hits if h.form == "name"] == [state], text


def test_descriptive_capitals_name_a_group() -> None:
    text = "The workers were killed by the Armed Criminal Separatist Group (ACSG) near the bridge."
    names = [h.canonical for h in unknown_parties(text, 0, len(text)) if h.form == "name"]
    assert names == ["Armed Criminal Separatist Group"]
    # an ordinary capitalised opening is no name
    text = "Armed men attacked the Village Group of farmers."
    assert not [h for h in unknown_parties(text, 0, len(text)) if "Armed" in h.canonical]


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        (  # a nominal frame with a descriptive-capital group
            _LEAD + "The governor said the attack was carried out by the Armed Criminal "
            "Separatist Group.",
            ["attribution"],
        ),
        (  # border guards, a state's forces by a common noun
            _LEAD + "The rights group said the raid was carried out by border guards.",
            ["attribution"],
        ),
        (  # gunmen believed to be X
            _LEAD + "The police spokesman said gunmen believed to be bandits stormed the village.",
            ["attribution"],
        ),
        (  # "bears the signature of"
            _LEAD + "Police said the attack bears the signature of the Kemba Liberation Front.",
            ["attribution"],
        ),
    ],
)
def test_attribution_frames(extractor: Extractor, text: str, kinds: list[str]) -> None:
    assert _kinds(extractor, text) == kinds


def test_a_clause_with_its_own_speaker(extractor: Extractor) -> None:
    text = (
        "Forty people were killed in a missile strike on a market in Donetsk on Monday, officials "
        "said. Kyiv said a Russian missile had hit the market, but Moscow said the damage was "
        "caused by a Ukrainian air defence missile."
    )
    assert sorted(_stances(extractor, text)) == [
        ("attribution", "Russia", "Kyiv"),
        ("attribution", "Ukraine", "Moscow"),
    ]


def test_two_parties_blamed_jointly(extractor: Extractor) -> None:
    text = (
        "Ten displaced people were killed when shells hit a camp near Goma on Friday, the army "
        "said. The army accused M23 rebels and Rwandan troops of shelling the camp."
    )
    assert [a for k, a, _ in _stances(extractor, text) if k == "attribution"] == ["M23", "Rwanda"]


@pytest.mark.parametrize(
    "text",
    [
        (  # a spokesman of unknown side confirms what the air force did
            "Twenty civilians were killed in an air strike on a market in Amhara on Sunday, "
            "residents said. A military spokesman confirmed that the air force had struck the "
            "area, saying it targeted rebel fighters."
        ),
        (  # a government's admission of its forces' strike
            "Seven civilians were killed in an air strike near the village of Tandjouare, "
            "officials said. The government acknowledged on Monday that an air strike carried "
            "out by the Togolese armed forces killed the seven civilians by mistake."
        ),
        (  # a group the lexicon does not know owns the act in its own words
            "Twenty-nine people were killed in a car bombing in the town of Kelmore on Saturday, "
            "police said. The New Dawn Brigade admitted in a statement to a local newspaper on "
            "Tuesday that its members had planted the bomb."
        ),
    ],
)
def test_confirmations(extractor: Extractor, text: str) -> None:
    assert "confirmation" in _kinds(extractor, text)


def test_residents_blame_the_air_force(extractor: Extractor) -> None:
    text = (
        "Twenty people were killed in an air strike on a village on Monday, residents said. "
        "Residents said the air force had bombed the market by mistake."
    )
    assert _kinds(extractor, text) == ["attribution"]


@pytest.mark.parametrize(
    "text",
    [
        _LEAD + "A spokesman for the Kemba Liberation Front said its fighters had not been in the area.",
        _LEAD + "The air force insisted its jets had only targeted rebel hideouts.",
        _LEAD + "The ministry described as groundless the statements that its troops had started "
        "the shooting.",
        _LEAD + "The Kemba Liberation Front denied on Monday that its units had fired on the village.",
    ],
)
def test_denials(extractor: Extractor, text: str) -> None:
    assert "denial" in _kinds(extractor, text)


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("Tajikistan's border service", "military"),
        ("the State Border Guard Service", "military"),
        ("the National Security Committee", "military"),
        ("the State Security Service", "military"),
        ("the Public Prosecution", "government"),
        ("the Chadian Human Rights League", "ngo"),
        ("the National Committee for the Prevention of Torture", "ngo"),
        ("the Catholic diocese of Maroka", "ngo"),
        ("a union leader", "ngo"),
        ("the brother of one of the victims", "witness"),
        ("the mother of an inmate who survived", "witness"),
        ("the chairman of the local government area", "local_official"),
        ("the district's health centre director", "local_official"),
        ("the Bosnian Serb leadership in Pale", "government"),
        ("The National reported", "media"),
    ],
)
def test_claimant_kinds(phrase: str, kind: str) -> None:
    assert ClaimantLexicon.load().classify(phrase) == kind


def test_a_role_in_lower_case_before_a_name(extractor: Extractor) -> None:
    text = (
        "Two suicide bombers struck the police headquarters in the capital on Monday, killing 23 "
        "people, government spokesman Amadou Kere said."
    )
    claims = [c for c in extract_claims(extractor, text) if c.kind == "casualties"]
    assert [(c.source, c.source_kind) for c in claims] == [
        ("government spokesman Amadou Kere", "government")
    ]
