"""Casualty shapes read since session 12 (fixture sentences written for these tests)."""

from __future__ import annotations

import pytest

from contested.extract.casualties import find_casualties


def _read(text: str) -> list[tuple[str, int | None]]:
    return [(f.kind, f.value) for f in find_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a partitive of the speaker's people with two modifiers before the head
        ("Three of our Kenyan field workers were killed.", [("killed", 3)]),
        # a zero of a party's own people
        ("The ministry said none of its soldiers had been killed.", [("killed", 0)]),
        # the wounded who later died
        ("Seven of them died of their injuries.", [("killed", 7)]),
        ("Two of the wounded later died from their wounds.", [("killed", 2)]),
        ("Two of the injured died in hospital.", [("killed", 2)]),
        # a toll told with the wounded who died since: the running toll only
        ("The toll rose to 23 after two of the wounded died in hospital.", [("killed", 23)]),
        # communique and crowd verbs
        ("The army said 15 insurgents were eliminated.", [("killed", 15)]),
        ("At least four pilgrims were trampled to death.", [("killed", 4)]),
        # people hit by fire: wounded (people nouns only; not when the clause kills them)
        ("Two passengers on the bus were hit by stray bullets.", [("injured", 2)]),
        ("Two houses were hit by shrapnel.", []),
        ("Three guards were hit by gunfire and killed.", []),
        # one officer named by rank
        ("The force regrets the death of Sergeant Tomas Varga, who was shot.", [("killed", 1)]),
    ],
)
def test_read(text: str, expected: list[tuple[str, int | None]]) -> None:
    assert _read(text) == expected


def test_a_rank_with_companions_is_not_one_death() -> None:
    assert ("killed", 1) not in _read("The killing of Captain Ivo Rask and two guards shocked the town.")


def test_a_death_of_wounds_with_no_count_is_no_figure() -> None:
    assert _read("He died of his injuries.") == []


def test_two_voices_in_one_sentence_give_two_claims() -> None:
    """A death toll and a wounded count told by two claimants in one sentence."""
    from contested.extract import Extractor
    from extract_support import extract_claims

    text = (
        "Police opened fire on protesters at the Dunmore quarry on Thursday, killing several "
        "people.\n\nThe police say 21 people died, and the regional health department said 40 "
        "injured workers had been treated in hospitals."
    )
    tolls = [
        (c.killed, c.injured, c.source)
        for c in extract_claims(Extractor(), text)
        if c.kind == "casualties" and (c.killed or c.injured)
    ]
    assert (21, None, "The police") in tolls
    assert (None, 40, "the regional health department") in tolls
