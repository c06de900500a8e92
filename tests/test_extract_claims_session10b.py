"""Claims and stance, session 10 (s10b-claims): frames of blame that work for any group name,
including names the lexicon does not know — "identified the attackers as X fighters", "the
attackers were suspected members of X", "ambushed by fighters of the rival X clan", "blamed
fighters of X for", "members of X had broken into"; a third party's belief that "the group was
behind it" is an attribution, not the group's confirmation; a quote opening "We carried out the
attack" is its speaker's confirmation. Every text here is ours, written for the test; the
groups in them are invented."""

from __future__ import annotations

import pytest

from contested.extract import Extractor
from contested.extract.actors import unknown_parties
from extract_support import extract_claims


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _stances(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    return [
        (c.kind, c.attributed_to)
        for c in extract_claims(extractor, text)
        if c.kind != "casualties"
    ]


def _kinds(extractor: Extractor, text: str) -> set[str]:
    return {kind for kind, _ in _stances(extractor, text)}


_LEAD = "Gunmen killed 12 villagers in the hamlet of Marobi on Tuesday, local officials said. "


_TONDA = "Nine men were killed near the village of Tonda on Friday, the provincial police commander said. "
_PRISON = "Attackers shot dead 15 inmates at the Rio Claro prison on Sunday, officials said. "


@pytest.mark.parametrize(
    ("text", "party"),
    [
        (  # identified the attackers as fighters of X
            _LEAD + "Witnesses identified the attackers as fighters of the Kemba Liberation "
            "Front, a rebel group active in the hills.",
            "Kemba Liberation Front",
        ),
        (  # identified them as X fighters
            _LEAD + "Survivors said they identified them as KLF fighters because of their armbands.",
            "KLF fighters",
        ),
        (  # the attackers were suspected members of X
            _LEAD + "Security sources said the attackers were suspected members of the Kemba "
            "Liberation Front, which operates in the district.",
            "Kemba Liberation Front",
        ),
        (  # ambushed by fighters of the rival X clan
            _TONDA + "Police believe the men were ambushed by fighters of the rival Yandu clan "
            "over a land dispute.",
            "Yandu clan",
        ),
        (  # blamed fighters of X, a name with no organisation's head word
            _LEAD + "The governor blamed fighters of the Union for Renewal (UFR), a militia that "
            "controls the road, for the killings.",
            None,
        ),
        (  # members of X had broken into
            _PRISON + "The prisons director said members of the Calle 9 gang had broken into the "
            "east wing.",
            None,
        ),
    ],
)
def test_frames_of_blame_read_any_name(extractor: Extractor, text: str, party: str | None) -> None:
    found = _stances(extractor, text)
    assert "attribution" in {kind for kind, _ in found}
    if party is not None:
        assert ("attribution", party) in found


def test_a_third_party_belief_is_no_confirmation(extractor: Extractor) -> None:
    text = (
        "Militants of the Kemba Liberation Front attacked a market in Marobi on Tuesday, "
        "killing 12 people, police said. A tribal elder said the villagers had no doubt the "
        "group was behind it."
    )
    found = _stances(extractor, text)
    assert "confirmation" not in {kind for kind, _ in found}
    assert ("attribution", "Kemba Liberation Front") in found


def test_the_group_saying_it_did_it_is_still_a_confirmation(extractor: Extractor) -> None:
    text = (
        "Militants of the Kemba Liberation Front attacked a market in Marobi on Tuesday, "
        "killing 12 people, police said. The group said it carried out the attack."
    )
    assert ("confirmation", "Kemba Liberation Front") in _stances(extractor, text)


def test_we_carried_out_the_attack_is_the_speakers_confirmation(extractor: Extractor) -> None:
    text = (
        "Rebels killed eight road workers in the district of Tembo on Sunday, police said. "
        '"We carried out the attack because the road serves the army," Ado Kerr, a spokesman '
        "for the Kemba Liberation Front, said."
    )
    assert ("confirmation", "Kemba Liberation Front") in _stances(extractor, text)


def test_a_clan_is_a_party_and_blamed_men_of_a_name_are_read() -> None:
    text = "The elders of the Yandu clan met. The mayor blamed fighters of the Union for Renewal."
    names = [h.canonical for h in unknown_parties(text, 0, len(text))]
    assert "Yandu clan" in names
    assert "Union for Renewal" in names


def test_identified_the_dead_as_victims_is_no_attribution(extractor: Extractor) -> None:
    text = _LEAD + "Relatives identified the bodies as those of farmers from the Yandu clan."
    assert "attribution" not in _kinds(extractor, text)


def test_blamed_for_the_violence_is_this_incident(extractor: Extractor) -> None:
    text = (
        "Border guards of the two countries exchanged fire near the village of Sarik on "
        "Monday, killing five people, officials said. The interior ministry of Eastland blamed "
        "Westland forces for the violence."
    )
    assert "attribution" in _kinds(extractor, text)


def test_accused_of_violence_over_years_is_another_charge(extractor: Extractor) -> None:
    text = _LEAD + "The ministry accused Kemba rebels of violence against aid workers over the years."
    assert "attribution" not in _kinds(extractor, text)
