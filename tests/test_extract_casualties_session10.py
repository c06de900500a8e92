"""Casualty figures, session 10 (s10-figures): tolls told as their parts ("of the dead, eight
were ..."), communique verbs ("were neutralised", "put out of action"), killing verbs in the
passive ("were murdered", "were executed"), nobody harmed, and the tolls of other times (a war's
running total, an event of a bare year, an earlier event dating this one). Every text here is
ours, written for the test."""

from __future__ import annotations

import pytest

from contested.extract.casualties import find_casualties

Row = tuple[str, int | None, int | None, int | None]


def _rows(text: str) -> list[Row]:
    return [(f.kind, f.value, f.min, f.max) for f in find_casualties(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Of the dead, six were rebels, one was a police officer and two were farmers, the "
         "governor said.", [("killed", 9, None, None)]),
        ("Twelve of the dead were pilgrims from the north and one was a bus driver who tried "
         "to stop one of the gunmen, an official said.", [("killed", 13, None, None)]),
        ("The dead were four attackers, one soldier and one inmate.", [("killed", 6, None, None)]),
        # one part is a part of a toll told elsewhere; conditions are no parts
        ("Three of the dead were children.", []),
        ("Of the wounded, 12 were in critical condition and 30 were discharged.", []),
    ],
)
def test_a_toll_told_as_its_parts_is_summed(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nine bandits were neutralised during the operation.", [("killed", 9, None, None)]),
        ('The army said it had "put out of action" fighters of the armed group.',
         [("killed", None, None, None)]),
        ('"Dozens of unarmed villagers were murdered," the mayor said.',
         [("killed", None, None, None)]),
        ("Four detainees were executed, the group said.", [("killed", 4, None, None)]),
        ("The statement said no civilian had been harmed.",
         [("killed", 0, None, None), ("injured", 0, None, None)]),
        ('She said she had counted "six or seven" bodies on the road.',
         [("killed", None, 6, 7)]),
        # the agent, not the victims, before an active killing verb
        ("Two gunmen executed a shopkeeper.", [("killed", 1, None, None)]),
        ("Fifteen soldiers were put out of action.", [("killed", 15, None, None)]),
        ("Gunmen massacred 30 villagers in the night.", [("killed", 30, None, None)]),
        # a count of people whose noun starts like a unit ("min", "m")
        ("The bodies of 17 miners were recovered.", [("killed", 17, None, None)]),
        ("Three minors were wounded.", [("injured", 3, None, None)]),
    ],
)
def test_communique_and_passive_killing_verbs(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


def test_neutralised_is_the_figure_as_stated_and_marked() -> None:
    (figure,) = find_casualties("Troops neutralised 14 insurgents near the border.")
    assert (figure.value, figure.qualifier, figure.vague) == (14, "neutralized", False)


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 5,000 people have been killed since the rebellion in the eastern hills "
        "flared in 2012.",
        "The town was the scene of a three-month siege in 2016 that left more than 800 people "
        "dead.",
        "Since the war began in 2014, more than 14,000 people have been killed.",
        "Patrols have been stepped up since a truck bomb killed dozens of people at the port.",
        "The raid came two weeks after an ambush killed 11 soldiers on the same road.",
        "More than 100 civilians have been killed in the province this month.",
    ],
)
def test_the_tolls_of_other_times_are_not_this_incidents(sentence: str) -> None:
    assert find_casualties(sentence) == []


def test_a_toll_dated_to_the_day_or_told_as_this_one_stays() -> None:
    assert _rows("The bombing on 3 December 2023, which killed four people, shocked the city.") \
        == [("killed", 4, None, None)]
    assert _rows("Protests erupted after the strike killed five civilians.") \
        == [("killed", 5, None, None)]
    # an earlier incident told as one: read (the mentions step makes it a background mention)
    assert _rows("In 2018, gunmen killed 22 people in the same market.") \
        == [("killed", 22, None, None)]
