"""Casualty figures, session 7: the shapes heldout6 missed or misread, each on sentences of our
own, with a neighbour that must not change (contested.extract.casualties)."""

from __future__ import annotations

import pytest

from contested.extract.casualties import find_casualties

# (kind, value, min, max)
Row = tuple[str, int | None, int | None, int | None]


def _rows(text: str) -> list[Row]:
    return [(f.kind, f.value, f.min, f.max) for f in find_casualties(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police said three bystanders were hurt by flying glass.", [("injured", 3, None, None)]),
        ("A farmer was killed and two passers-by were wounded, the mayor said.",
         [("killed", 1, None, None), ("injured", 2, None, None)]),
        ("The shell killed four wedding guests.", [("killed", 4, None, None)]),
    ],
)
def test_bystanders_are_victims(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected
    assert all(f.victims == "civilians" for f in find_casualties(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The mayor said 40 bodies had been recovered and that more than 30 people were "
         "receiving treatment at two clinics.", [("killed", 40, None, None), ("injured", 30, None, None)]),
        ("Eleven people are undergoing treatment in the town's hospital.",
         [("injured", 11, None, None)]),
        # treatment of no one counted
        ("The clinic said it was receiving treatment supplies from the capital.", []),
    ],
)
def test_people_under_treatment_are_injured(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the infinitive, and a vague count
        ("The raids allowed the army to neutralize several gunmen near the river.",
         [("killed", None, None, None)]),
        # the verb in quotation marks, as a wire quotes a communique
        ('Officials said the army had "neutralised" four rebels at the checkpoint.',
         [("killed", 4, None, None)]),
        ("Soldiers neutralized five insurgents.", [("killed", 5, None, None)]),
        # the passive, as communiques write it (session 10: figures as stated)
        ("Seven terrorists were neutralised in the exchange of fire.",
         [("killed", 7, None, None)]),
    ],
)
def test_neutralise_in_any_form(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The reporter said relatives had collected the bodies of six of the dead from the "
         "morgue.", []),
        ("Three of the wounded were flown to the capital.", []),
        # a subset after a toll leaves the toll alone
        ("The blast killed 14 people; four of the victims were police officers.",
         [("killed", 14, None, None)]),
        # a toll of bodies is still one
        ("Rescuers recovered the bodies of six people from the rubble.",
         [("killed", 6, None, None)]),
    ],
)
def test_some_of_the_dead_is_a_part_not_a_toll(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ('"They came to kill everyone in the market," a trader said.', []),
        ("The gunmen tried to kill two judges outside the court.", []),
        ("Police foiled a plot to kill three officials.", []),
        # the aim beside a toll: the toll only
        ("Attackers stormed the post in a bid to kill its guards, killing two of them.",
         [("killed", 2, None, None)]),
        ("Attackers stormed the post in a bid to seize it, killing two guards.",
         [("killed", 2, None, None)]),
    ],
)
def test_an_aim_to_kill_is_no_toll(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ministry said the drone killed Karim Haddad, a field commander of the brigade, "
         "along with his driver and another fighter.", [("killed", 3, None, None)]),
        ("A strike killed Yusuf Adam, a senior leader of the group, together with his two "
         "bodyguards on Monday.", [("killed", 3, None, None)]),
        ("Gunmen killed Samir Aziz, a district official, and his bodyguard.",
         [("killed", 2, None, None)]),
        ("The drone killed Samir Aziz, a district official, and destroyed his car.",
         [("killed", 1, None, None)]),
        # no person counted: the one named only
        ("The strike killed Yusuf Adam, a senior leader of the group, along with his car.",
         [("killed", 1, None, None)]),
        ("The strike killed Yusuf Adam, a senior leader of the group, along with his guards.",
         [("killed", 1, None, None)]),
    ],
)
def test_a_named_victim_and_his_companions(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The mortar fire claimed four lives in the old market.", [("killed", 4, None, None)]),
        ("The raid cost at least nine civilian lives, the council said.",
         [("killed", 9, None, None)]),
        ("Seven lives were lost when the shell hit the bakery.", [("killed", 7, None, None)]),
        ("Twenty people are feared dead after the strike.", [("killed", 20, None, None)]),
        # a war's toll stays out
        ("The war has claimed thousands of lives since 2014.", []),
        ("The storm cost the farmers two harvests.", []),
    ],
)
def test_lives_claimed_and_feared_dead(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


def test_civilian_lives_are_civilians() -> None:
    (figure,) = find_casualties("The raid cost at least nine civilian lives.")
    assert (figure.value, figure.qualifier, figure.victims) == (9, "at least", "civilians")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # more dead, not counted: a vague toll
        ("A medic said there were more bodies under the collapsed roof.",
         [("killed", None, None, None)]),
        ("Residents said there may be other dead in the orchards.", [("killed", None, None, None)]),
        # the victims told of, not a toll
        ("The governor said ambulances had carried the dead and wounded to Homs.", []),
        ("The raid left dead and wounded, the governor said.",
         [("killed", None, None, None), ("injured", None, None, None)]),
    ],
)
def test_vague_dead_and_the_dead_told_of(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A mine exploded under a minibus near the village, killing the driver.",
         [("killed", 1, None, None)]),
        ("Gunmen fired on the checkpoint, wounding the officer in charge.",
         [("injured", 1, None, None)]),
        # one of a toll already counted
        ("The bomb killed four people, including the driver.", [("killed", 4, None, None)]),
    ],
)
def test_the_one_victim_singled_out(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Two shopkeepers were shot to death outside their stall.", [("killed", 2, None, None)]),
        ("A farmer was hacked to death near the well.", [("killed", 1, None, None)]),
        ("A guard was shot and killed at the gate.", [("killed", 1, None, None)]),
        ("Gunmen executed four captives on the road.", [("killed", 4, None, None)]),
        ("Unknown men assassinated a council member in the market.", [("killed", 1, None, None)]),
        ("One victim was killed and two were hurt.",
         [("killed", 1, None, None), ("injured", 2, None, None)]),
        # not a killing
        ("The governor executed the new budget.", []),
    ],
)
def test_killing_verbs_read_before_any_casualty_word(
    sentence: str, expected: list[Row]
) -> None:
    assert _rows(sentence) == expected


def test_a_sentence_end_is_no_modifier() -> None:
    """"three men. One victim": the words before a sentence's full stop name no victim."""
    assert _rows("Gunmen shot three men. One victim was killed.") == [("killed", 1, None, None)]
    assert _rows("Two U.S. soldiers were killed.") == [("killed", 2, None, None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nine people were taken to hospital after the blast.", [("injured", 9, None, None)]),
        ("About 30 people were treated in hospital, the medics said.",
         [("injured", 30, None, None)]),
        ("Two were killed and six were rushed to the Al-Noor hospital.",
         [("killed", 2, None, None), ("injured", 6, None, None)]),
        # bodies taken to hospital are the dead
        ("Twelve bodies were taken to hospital.", [("killed", 12, None, None)]),
    ],
)
def test_taken_to_hospital_are_injured(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A mortar round killed an elderly couple in their garden.", [("killed", 2, None, None)]),
        ("A young couple and their baby were killed.", [("killed", 3, None, None)]),
        ("Gunmen killed a couple of guards.", [("killed", 2, None, None)]),
        ("The shelling killed two and wounded a third.",
         [("killed", 2, None, None), ("injured", 1, None, None)]),
        ("The strike killed four and killed a fifth at the market.", [("killed", 5, None, None)]),
        ("The jets struck a second time an hour later.", []),
    ],
)
def test_couples_and_one_more_by_ordinal(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


def test_the_number_of_victims_is_a_toll() -> None:
    """No other casualty word in the sentence: the quick filter must still let it through."""
    assert _rows("The number of victims has risen to 17.") == [("killed", 17, None, None)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # who the speaker is, not a toll
        ('"The planes came twice," said a teacher who lost her son and her niece in the raid.',
         []),
        ("The brigade lost four fighters in the ambush.", [("killed", 4, None, None)]),
    ],
)
def test_a_loss_in_a_who_clause_is_no_toll(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected
