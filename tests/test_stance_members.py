"""Attributions to any named group, one the lexicon does not know (fixture sentences written
for these tests): the accused is the group named, never the speaker, a victim or a place."""

from __future__ import annotations

import pytest

from contested.extract import Extractor
from contested.extract.claimant import find_claimant
from contested.types import Span
from extract_support import extract_claims

_LEDE = (
    "KARVO, March 3 (Test Wire) - Gunmen attacked a village market near Karvo on Sunday, "
    "killing 31 people, officials said.\n\n"
)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _blamed(extractor: Extractor, sentence: str) -> list[str]:
    claims = extract_claims(extractor, _LEDE + sentence)
    return [c.attributed_to or "" for c in claims if c.kind == "attribution"]


@pytest.mark.parametrize(
    ("sentence", "accused"),
    [
        ("The interior minister said the attack had been carried out by a group of the ZRF, "
         "which he described as terrorists.", "ZRF"),
        ("The minister said the perpetrators were \"armed elements of the ZRF\".", "ZRF"),
        ("The army spokesman said the killings had been committed by \"presumed elements of "
         "the ZRF\".", "ZRF"),
        ("The police chief said the attackers were members of the banned group Jamaat al-Nur "
         "(JAN).", "Jamaat al-Nur"),
        ("A survivor said the attackers had shouted that they were \"the ZRF\".", "ZRF"),
        ("The army blamed the ZRF for the attack.", "ZRF"),
        ("A local official said he believed the killers were rebels of the Movement for the "
         "Liberation of Zanar (MLZ), which has fought the government since 1990.",
         "Movement for the Liberation of Zanar"),
        ("Survivors said the attackers spoke the local language, and several of them "
         "recognised ZRF fighters from nearby hills.", "ZRF fighters"),
        # a long apposition between the name and the act
        ("The army said the Kivu Lakes Front (KLF), a rebel group based in the hills across the "
         "border that has pledged allegiance to a foreign movement, had attacked the school.",
         "Kivu Lakes Front"),
        # a lexicon acronym the article spells out for another party names the article's
        ("An army spokesman said fighters of the Northern Defence Front (NDF), a rebel group "
         "based across the border, had carried out the attack.", "Northern Defence Front"),
    ],
)
def test_named_group_is_accused(extractor: Extractor, sentence: str, accused: str) -> None:
    assert _blamed(extractor, sentence) == [accused]


def test_group_noun_behind_the_attack(extractor: Extractor) -> None:
    blamed = _blamed(extractor, "A local official said ZRF guerrillas were believed to be behind "
                     "the attack.")
    assert len(blamed) == 1 and blamed[0].startswith("ZRF")


@pytest.mark.parametrize(
    "sentence",
    [
        "The police said the attackers were young men from the village of Karvo.",
        "The police said the attackers were members of the same family.",
        "The minister said the victims were members of the Karvo Traders Union.",
        "A survivor said they were \"the lucky ones\".",
        "The government recognised the Zanari Resistance Front as a political party in 2010.",
        # a habitual accusation names no incident's agent
        "The army often blames the Zanari Resistance Front for attacks on border posts.",
    ],
)
def test_no_group_no_attribution(extractor: Extractor, sentence: str) -> None:
    assert _blamed(extractor, sentence) == []


def test_role_anaphor_keeps_its_own_kind(extractor: Extractor) -> None:
    """"The army spokesman said" after "hospital sources said": the army's word, not the
    hospital's."""
    text = _LEDE + (
        "Eleven of the wounded were in a serious condition, hospital sources said.\n\n"
        "The army spokesman said on Sunday that the killings had been committed by \"presumed "
        "elements of the ZRF\"."
    )
    blamed = [c for c in extract_claims(extractor, text) if c.kind == "attribution"]
    assert [(c.source, c.source_kind, c.attributed_to) for c in blamed] == [
        ("The army spokesman", "military", "ZRF")
    ]


@pytest.mark.parametrize(
    ("sentence", "claimant"),
    [
        ("The government insists that the killers were members of the ZRF.", "The government"),
        ("Investigators believe the killers were presumed members of the ZRF.", "Investigators"),
        ("Fighters of the group believed to be behind the attack fled.", None),
    ],
)
def test_insist_and_believe_name_a_claimant(sentence: str, claimant: str | None) -> None:
    phrase = find_claimant(sentence, Span(0, len(sentence)))
    assert (phrase.text if phrase else None) == claimant
