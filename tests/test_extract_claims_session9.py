"""Claims and stance, session 9: parties the lexicon does not know. A story from a theatre
never curated still names its parties in a few shapes (an organisation's name built on "Front",
"Army", "Brigade"; a name before "cartel", "gang", "militants"; an acronym the article spells
out; whatever the words of blame point at; "the group" after a group was named; a common noun
for a side, but only where someone blames it), and its institutions by their head nouns. Every
text here is ours, written for the test; the groups in them are invented unless the test says
it checks curated data."""

from __future__ import annotations

import pytest

from contested.extract import Extractor
from contested.extract.actors import defined_acronyms, load_actors, unknown_parties
from contested.extract.claimants import ClaimantLexicon
from extract_support import extract_claims


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def lexicon() -> ClaimantLexicon:
    return ClaimantLexicon.load()


def _parties(text: str) -> list[tuple[str, str]]:
    return [(h.canonical, h.form) for h in unknown_parties(text, 0, len(text))]


def _stances(extractor: Extractor, text: str) -> list[tuple[str, str | None, str]]:
    return [
        (c.kind, c.attributed_to, c.source_kind)
        for c in extract_claims(extractor, text)
        if c.kind != "casualties"
    ]


# ------------------------------------------------------------------ names by their shape


@pytest.mark.parametrize(
    ("text", "party"),
    [
        ("Militants of the Allied Patriotic Front stormed the post.", "Allied Patriotic Front"),
        ("Fighters of the Harakat Defenders Brigade blew up a bridge.", "Harakat Defenders Brigade"),
        ("The Kivu Liberation Movement (KLM) denied it.", "Kivu Liberation Movement"),
        ("Police blamed the Santo Tomas cartel for the killings.", "Santo Tomas cartel"),
        ('Bandits from the "Grand Ravine" gang raided the town.', "Grand Ravine gang"),
        ("Members of the Los Halcones gang opened fire.", "Los Halcones gang"),
    ],
)
def test_an_organisation_is_read_by_the_shape_of_its_name(text: str, party: str) -> None:
    assert (party, "name") in _parties(text)


@pytest.mark.parametrize(
    "text",
    [
        "The National Human Rights Commission said 12 people died.",
        "Officials at the Ministry of Defence said so.",
        "The attack took place near Liberation Square on Monday.",
        "Suspected militants attacked the village.",
        "The army said seven soldiers died.",
    ],
)
def test_bodies_places_and_common_nouns_are_no_named_group(text: str) -> None:
    assert not [p for p, form in _parties(text) if form == "name"]


def test_an_acronym_spelled_out_earlier_names_the_same_group() -> None:
    text = "The Kivu Liberation Movement (KLM) attacked the camp. The KLM said it had won."
    assert defined_acronyms(text) == {"KLM": "Kivu Liberation Movement"}
    later = text.index("The KLM said")
    found = unknown_parties(text, later, len(text), acronyms=defined_acronyms(text))
    assert [h.canonical for h in found] == ["Kivu Liberation Movement"]


# ------------------------------------------------------------------ stances with any name


def test_blame_on_an_unknown_cartel_is_an_attribution(extractor: Extractor) -> None:
    text = (
        "Gunmen killed 14 people at a bar in the town of Irapuato on Saturday night, police "
        "said. State prosecutors blamed the attack on the Santo Tomas cartel, which is fighting "
        "a rival gang for the area."
    )
    assert ("attribution", "Santo Tomas cartel", "government") in _stances(extractor, text)


def test_carried_out_by_members_of_an_unknown_group(extractor: Extractor) -> None:
    text = (
        "A car bomb killed seven people outside a military base in Kismayo on Monday, police "
        "said. Police said the attack was carried out by a cell of the Harakat Defenders Brigade."
    )
    assert ("attribution", "Harakat Defenders Brigade", "local_official") in _stances(
        extractor, text
    )


def test_the_group_claiming_responsibility_is_the_group_named_before(extractor: Extractor) -> None:
    text = (
        "Militants from the Allied Patriotic Front stormed a police post in the district of "
        "Gumel on Wednesday, killing nine officers, the provincial governor said. The group "
        "claimed responsibility for the attack in a statement on its Telegram channel."
    )
    found = _stances(extractor, text)
    assert ("attribution", "Allied Patriotic Front", "local_official") in found
    assert ("confirmation", "Allied Patriotic Front", "military") in found


def test_blame_in_quotes_names_whoever_it_points_at(extractor: Extractor) -> None:
    text = (
        "A suicide bomber killed six people at a tea shop in Baidoa on Friday, police said. "
        'Police spokesman Omar Ali blamed the attack on "the Waharibun", the term the government '
        "uses for the insurgents."
    )
    assert ("attribution", "Waharibun", "local_official") in _stances(extractor, text)


def test_a_common_noun_is_blamed_only_in_words_of_blame(extractor: Extractor) -> None:
    told = (
        "Armed men attacked the village of Kukuru on Sunday, killing 27 people, a local official "
        "said. Residents blamed Fulani herders for the killings."
    )
    assert ("attribution", "Fulani herders", "witness") in _stances(extractor, told)
    narrated = "Suspected militants stormed a checkpoint near Gao on Monday, killing nine soldiers."
    assert not [s for s in _stances(extractor, narrated) if s[0] == "attribution"]


def test_the_army_rejecting_accusations_speaks_as_the_army(extractor: Extractor) -> None:
    text = (
        "Eleven civilians were killed when soldiers opened fire on a crowd in the town of Mulele "
        "on Friday, a human rights group said. The army rejected the accusations, saying troops "
        "had come under attack from militiamen."
    )
    denials = [s for s in _stances(extractor, text) if s[0] == "denial"]
    assert [kind for _, _, kind in denials] == ["military"]


def test_an_accused_group_rejecting_a_charge_is_a_denial(extractor: Extractor) -> None:
    text = (
        "At least 12 people were killed in an attack on a village in Tamenglong district on "
        "Sunday, officials said. The state government accused the Zeliang Defence Army of the "
        "attack, a charge the group rejected."
    )
    found = _stances(extractor, text)
    assert ("attribution", "Zeliang Defence Army", "government") in found
    assert ("denial", "Zeliang Defence Army", "military") in found


# ------------------------------------------------------------------ kinds by head noun


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("the Kivu Liberation Movement", "military"),
        ("the prison authority", "government"),
        ("the Attorney General's Office", "government"),
        ("the National Guard", "military"),
        ("the district commissioner", "local_official"),
        ("the regional health bureau", "local_official"),
        ("St Mary's hospital", "ngo"),
        ("a doctor at the hospital", "unnamed"),
        ("the national human rights commission", "ngo"),
    ],
)
def test_an_unknown_institution_takes_the_kind_of_its_head_noun(
    lexicon: ClaimantLexicon, phrase: str, kind: str
) -> None:
    assert lexicon.classify(phrase) == kind


# ------------------------------------------------------------------ curated data


@pytest.mark.parametrize(
    ("text", "canonical"),
    [
        ("the Sinaloa cartel", "Sinaloa Cartel"),
        ("members of Los Choneros", "Los Choneros"),
        ("the Barisan Revolusi Nasional", "BRN"),
        ("Arambai Tenggol", "Meitei armed groups"),
        ("Kuki militants", "Kuki armed groups"),
        ("the Stability Support Apparatus", "Stability Support Apparatus"),
        ("the Coalition of Patriots for Change", "CPC"),
        ("Mexican soldiers", "Mexico"),
        ("the Royal Thai Army", "Thailand"),
    ],
)
def test_curated_groups_of_new_theatres(text: str, canonical: str) -> None:
    assert [h.canonical for h in load_actors().find(text)] == [canonical]


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("the Philippine News Agency", "state_media"),
        ("Bernama", "state_media"),
        ("the Press Trust of India", "wire"),
        ("SNAI", "government"),
        ("the Internal Security Operations Command", "military"),
        ("Cabo Ligado", "monitor"),
    ],
)
def test_curated_claimants_of_new_theatres(lexicon: ClaimantLexicon, name: str, kind: str) -> None:
    assert lexicon.classify(name) == kind


# ------------------------------------------------------------------ blame, belief and answers


def test_what_survivors_believe_of_the_attackers_joins_the_incident(extractor: Extractor) -> None:
    text = (
        "At least 15 villagers were killed on Friday night when armed men raided the village "
        "of Mbokam, a local official said. Survivors told a local radio station they believed "
        "the attackers were soldiers, who went from house to house."
    )
    found = _stances(extractor, text)
    assert ("attribution", "security forces", "witness") in found or any(
        kind == "attribution" and who == "witness" for kind, _, who in found
    )


def test_blame_for_starting_the_fighting_is_this_incident(extractor: Extractor) -> None:
    text = (
        "Shelling along the border killed 20 soldiers on Tuesday, officials said. Tajikistan, "
        "which blamed Kyrgyzstan for starting the fighting, said 12 of its soldiers were killed."
    )
    assert [s for s in _stances(extractor, text) if s[0] == "attribution"]


def test_an_accusation_the_other_side_denies_is_both(extractor: Extractor) -> None:
    text = (
        "Artillery fire killed six soldiers on the border on Monday. Dushanbe says Kyrgyz "
        "forces shelled its positions first, an accusation Bishkek denies."
    )
    kinds = {s[0] for s in _stances(extractor, text)}
    assert {"attribution", "denial"} <= kinds


def test_its_missiles_had_targeted_is_a_confirmation() -> None:
    from extract_support import rule_stances

    sentence = "The Guards said in a statement that its missiles had targeted the headquarters."
    assert [k for k, _ in rule_stances(sentence, "IR", "Iran")] == ["confirmation"]


def test_starting_the_fighting_names_the_agent_and_its_answer_a_denial(extractor: Extractor) -> None:
    text = (
        "Heavy clashes broke out in the city of Misrata on Monday night between two armed "
        "groups, killing at least 27 people, the emergency services said. The government said "
        "the Harbour Guard Brigade had started the fighting, a charge the group rejected."
    )
    found = _stances(extractor, text)
    assert ("attribution", "Harbour Guard Brigade", "government") in found
    assert ("denial", "Harbour Guard Brigade", "military") in found


def test_a_group_opening_the_sentence_denies_in_its_own_name(extractor: Extractor) -> None:
    text = (
        "Gunmen killed 12 people at a wedding in the town of Zamora on Saturday, officials "
        "said. The Valle Norte Cartel issued a statement denying any role in the killings."
    )
    assert ("denial", "Valle Norte Cartel", "military") in _stances(extractor, text)
