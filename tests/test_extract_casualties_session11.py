"""Casualty shapes read since session 11 (fixture sentences written for these tests)."""

from __future__ import annotations

import pytest

from contested.extract.casualties import find_casualties


def _read(text: str) -> list[tuple[str, int | None, int | None, int | None]]:
    return [(f.kind, f.value, f.min, f.max) for f in find_casualties(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural noun the lexicon does not know, as the subject of a killing verb
        ("Rebels said 37 schoolboys were killed in the raid.", [("killed", 37, None, None)]),
        ("Some 12 pastoralists died in the attack.", [("killed", 12, None, None)]),
        # a participle phrase between the count and the verb
        ("Police said 14 labourers repairing the road had been killed.", [("killed", 14, None, None)]),
        ("About 20 recruits undergoing drills were killed.", [("killed", 20, None, None)]),
        # a proper name with lower-case joints and its acronym after the head noun
        (
            "The ministry said 9 inmates of the Centre for Youth Detention (CYD) in Oria died.",
            [("killed", 9, None, None)],
        ),
        # a count in quotation marks, a hedging adverb
        ('A guard said "between 40 and 50" men had probably died.', [("killed", None, 40, 50)]),
        ('An elder said "at least 30 people" were killed.', [("killed", 30, None, None)]),
        # "the number of X of Y killed ... has risen to N"
        (
            "The number of residents of the valley killed in the floods of gunfire has risen to 22.",
            [("killed", 22, None, None)],
        ),
        # a toll that rose, told in a relative clause
        ("Medics gave a death toll that climbed to 18.", [("killed", 18, None, None)]),
        # two verbs joined: "were ambushed and killed", "burned alive"
        ("Eleven traders were ambushed and killed.", [("killed", 11, None, None)]),
        ("Six villagers were burned alive.", [("killed", 6, None, None)]),
        # the whole told again before its share
        ("Of the 30, 12 died of burns, the office said.", [("killed", 30, None, None)]),
        # "all those", a quoted count of "his comrades", two ways of killing
        ('They said the men "killed all those we found there".', [("killed", None, None, None)]),
        ('He said "more than a hundred" of his comrades had died.', [("killed", 100, None, None)]),
        ("At least 9 people were hacked or shot to death.", [("killed", 9, None, None)]),
        # injuries of two kinds, a toll rising overnight, martyrs counted, a long hedge
        ("A further 6 people were treated for knife and gunshot wounds.", [("injured", 6, None, None)]),
        ("The death toll from the blast rose overnight to 19.", [("killed", 19, None, None)]),
        ("The number of soldiers martyred in the attack rose to 7.", [("killed", 7, None, None)]),
        ("Two of the raiders are believed to have been killed.", [("killed", 2, None, None)]),
        # a period after a comma and a speaker is not the toll's
        (
            "Three guards were also killed, he said, blaming a group active since March.",
            [("killed", 3, None, None)],
        ),
        # two sides' tolls in one voice are summed
        (
            "The army said it had killed 12 rebels, while two soldiers were killed.",
            [("killed", 14, None, None)],
        ),
    ],
)
def test_new_shapes_are_read(text: str, expected: list[tuple[str, int | None, int | None, int | None]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the speaker's loss, and a share of the dead
        ('"We ran," said a farmer, whose wife and two sons were killed.', []),
        ("Among the dead are a woman and a child, the council said.", []),
        # "no civilian was harmed" is no part to add to a toll
        (
            "Police said they had killed 15 gunmen, and that no civilian was harmed.",
            [("killed", 15, None, None), ("killed", 0, None, None), ("injured", 0, None, None)],
        ),
        # an unknown plural noun after "and" is not read alone as a part of a list
        ("Two guards and 5 porters were killed.", []),
        # "both sides" is no count of people
        ("An unknown number of fighters from both sides were killed.", []),
        # a vague count of an unknown noun, and a guess with a modal
        ("Several diplomats had been killed or wounded.", []),
        ("Some people wearing uniforms may have died.", []),
        # an agent with a participle or place phrase before an active "killed"
        ("Two gunmen riding a motorbike killed 5 people.", [("killed", 5, None, None)]),
        ("Two gunmen in a van killed 12 people.", [("killed", 12, None, None)]),
        # "being killed and 2 injured": the participle gap does not swallow a verb
        ("It led to 1 person being killed and 2 injured.", [("killed", 1, None, None), ("injured", 2, None, None)]),
        # rival counts stay apart: a second voice, or the same group
        (
            "The army said 30 rebels were killed, while the rebels said 12 soldiers died.",
            [("killed", 30, None, None), ("killed", 12, None, None)],
        ),
    ],
)
def test_guards_hold(text: str, expected: list[tuple[str, int | None, int | None, int | None]]) -> None:
    assert _read(text) == expected


def test_two_sides_summed_keep_their_breakdown() -> None:
    text = "Troops killed 12 rebels, while two soldiers were killed and three were wounded."
    killed = [f for f in find_casualties(text) if f.kind == "killed"]
    assert len(killed) == 1
    assert killed[0].value == 14
    assert killed[0].victims == "mixed"
    assert dict(killed[0].breakdown) == {"militants": 12, "soldiers": 2}
