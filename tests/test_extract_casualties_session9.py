"""Casualty claims, session 9: the general causes of the tolls lost or told twice on the blind
sets (a toll told before the first event sentence, a toll a quotation away, two tolls set
against each other in one sentence, a headline's toll the body gives again), the casualty shapes
read since (victim nouns, communique formulas, coffins, "killing no one", a claimant who is no
victim) and those still open. Every text here is ours, written for the test."""

from __future__ import annotations

import pytest

from contested.extract import Extractor
from contested.extract.casualties import find_casualties
from contested.extract.mentions import group_mentions
from contested.extract.sentences import split_sentences
from extract_support import extract_claims

Row = tuple[str, int | None, int | None, int | None]


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _drafts(text: str) -> list[list[str]]:
    return [[s.text for s in d.sentences] for d in group_mentions(text, split_sentences(text))]


def _tolls(extractor: Extractor, text: str) -> list[tuple[int | None, int | None, int | None]]:
    return [
        (c.killed, c.killed_min, c.injured)
        for c in extract_claims(extractor, text)
        if c.kind == "casualties"
    ]


# ------------------------------------------------------------------ which sentences join


def test_a_toll_told_before_the_first_event_sentence_joins_the_incident() -> None:
    text = (
        "TETE - At least eleven villagers were killed on Sunday in the district of Marara, "
        "provincial officials said.\n\n"
        "Gunmen raided the village at dawn and set fire to the granaries, witnesses said."
    )
    (draft,) = _drafts(text)
    assert draft[0].startswith("TETE - At least eleven villagers were killed")


def test_a_sentence_before_the_first_event_with_no_toll_stays_out() -> None:
    text = (
        "TETE - Villagers in the district of Marara spent the night in the fields.\n\n"
        "Gunmen raided the village at dawn and set fire to the granaries, witnesses said."
    )
    (draft,) = _drafts(text)
    assert len(draft) == 1


def test_a_toll_in_the_paragraph_after_a_long_quotation_joins_the_incident() -> None:
    text = (
        "A missile hit the bus station in the town centre on Tuesday.\n\n"
        '"We heard a whistle. Then the roof fell. People were screaming. Glass everywhere. '
        'I could not find my brother," a vendor said.\n\n'
        "The regional governor said 14 people were wounded."
    )
    (draft,) = _drafts(text)
    assert draft[-1] == "The regional governor said 14 people were wounded."


def test_the_lede_toll_becomes_a_claim(extractor: Extractor) -> None:
    text = (
        "TETE - At least eleven villagers were killed on Sunday in the district of Marara, "
        "provincial officials said.\n\n"
        "Gunmen raided the village at dawn and set fire to the granaries, witnesses said."
    )
    assert _tolls(extractor, text) == [(11, None, None)]


# ------------------------------------------------------------------ one sentence, two tolls


def test_two_tolls_set_against_each_other_are_two_claims(extractor: Extractor) -> None:
    text = (
        "A car bomb exploded outside the courthouse in Misrata on Monday.\n\n"
        "The bombing killed 31 people, a rights group said on Friday, far more than the 19 "
        "dead announced by the city council."
    )
    claims = [c for c in extract_claims(extractor, text) if c.kind == "casualties"]
    assert [(c.killed, c.source) for c in claims] == [(31, "a rights group"), (19, "the city council")]


def test_a_corrected_toll_keeps_the_claimant_named_after_it(extractor: Extractor) -> None:
    text = (
        "A car bomb exploded outside the courthouse in Misrata on Monday.\n\n"
        "The mayor said 27 people had been killed, while the health ministry said 30 had "
        "been killed."
    )
    claims = [c for c in extract_claims(extractor, text) if c.kind == "casualties"]
    assert [(c.killed, c.source) for c in claims] == [
        (27, "The mayor"),
        (30, "the health ministry"),
    ]


def test_a_total_and_its_breakdown_stay_one_claim(extractor: Extractor) -> None:
    text = (
        "A car bomb exploded outside the courthouse in Misrata on Monday, killing seven "
        "soldiers and one civilian, the army said."
    )
    assert _tolls(extractor, text) == [(8, None, None)]


# ------------------------------------------------------------------ told twice


def test_a_headline_toll_the_body_repeats_is_one_claim(extractor: Extractor) -> None:
    text = (
        "Car bomb outside Misrata courthouse kills six, mayor says\n\n"
        "MISRATA - A car bomb exploded outside the courthouse on Monday, killing six people "
        "and wounding 20, the mayor said."
    )
    assert _tolls(extractor, text) == [(6, None, 20)]


def test_a_headline_toll_the_body_does_not_give_stays(extractor: Extractor) -> None:
    text = (
        "Car bomb outside Misrata courthouse kills six, mayor says\n\n"
        "MISRATA - A car bomb exploded outside the courthouse on Monday, the mayor said. "
        "Twenty people were wounded, a hospital director said."
    )
    tolls = _tolls(extractor, text)
    assert (6, None, None) in tolls and (None, None, 20) in tolls


def test_the_same_toll_told_again_without_a_claimant_is_one_claim(extractor: Extractor) -> None:
    text = (
        "Two people were killed and three wounded when a shell hit the market in Kherson on "
        "Friday, the governor said. The dead were a man and a woman in their sixties."
    )
    assert _tolls(extractor, text) == [(2, None, 3)]


def test_the_same_toll_from_another_claimant_is_another_claim(extractor: Extractor) -> None:
    text = (
        "Two people were killed and three wounded when a shell hit the market in Kherson on "
        "Friday, the governor said. Two people died in hospital, a doctor said."
    )
    assert _tolls(extractor, text) == [(2, None, 3), (2, None, None)]


# ------------------------------------------------------------------ shapes read since session 9


def _rows(text: str) -> list[Row]:
    return [(f.kind, f.value, f.min, f.max) for f in find_casualties(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Troops stormed the depot, killing all 15 gunmen, officials said.",
         [("killed", 15, None, None)]),
        ("The number of people killed when shells hit two camps near the city has risen to "
         "35, the office said.", [("killed", 35, None, None)]),
        ("The missile struck the clinic, causing damage but no deaths; 12 people were "
         "lightly injured.", [("killed", 0, None, None), ("injured", 12, None, None)]),
        # victim nouns: hostages, captives, seafarers, attackers
        ("The army says 19 hostages died, 11 of them policemen.", [("killed", 19, None, None)]),
        ("Troops stormed the depot, killing all 15 attackers, officials said.",
         [("killed", 15, None, None)]),
        ("Thirty-two hostages and three guards were killed, they said.",
         [("killed", 35, None, None)]),
        ("Two Kenyan seafarers were killed and four others were injured.",
         [("killed", 2, None, None), ("injured", 4, None, None)]),
        ("The spokesman said 12 hostages were martyred in the ambush.",
         [("killed", 12, None, None)]),
        # honorific death and the communique's formula
        ("Forty policemen became martyrs in the assault, the ministry said.",
         [("killed", 40, None, None)]),
        ("He said all 20 terrorists involved in the raid were sent to hell.",
         [("killed", 20, None, None)]),
        # the dead counted in coffins, as in bodies
        ("A reporter saw at least a dozen coffins carried out of the morgue.",
         [("killed", 12, None, None)]),
        # nobody killed, told with the verb first
        ("The drone wounded six people but killed no one, the governor said.",
         [("injured", 6, None, None), ("killed", 0, None, None)]),
        # a claimant "a director" is no victim: the toll is the one he gives
        ("A hospital director said two people had died.", [("killed", 2, None, None)]),
        ("A doctor told reporters three people were killed.", [("killed", 3, None, None)]),
        # the agent of an active "killed" is no victim; a passive one stays the victims
        ("Two gunmen killed 12 people at the market.", [("killed", 12, None, None)]),
        ("Three attackers killed the guard.", [("killed", 1, None, None)]),
        ("Two civilians killed the day before were buried.", [("killed", 2, None, None)]),
        ("Two soldiers killed, three wounded.", [("killed", 2, None, None), ("injured", 3, None, None)]),
        # a count of people and, after a comma, the groups it is made of: the count
        ("The shells killed 9 people, five fighters and four civilians, and wounded 30.",
         [("killed", 9, None, None), ("injured", 30, None, None)]),
        ("The blast killed 11 people, six soldiers of the Marine brigade and five civilians.",
         [("killed", 11, None, None)]),
        # the dead counted by those who bury them; the buried alive or under rubble are not
        ("Elders said between 30 and 40 people had been buried by Monday.",
         [("killed", None, 30, 40)]),
        ("Relatives said 9 people were buried in a mass grave.", [("killed", 9, None, None)]),
        ("Twelve people were buried under the rubble.", []),
        ("At least 20 people were buried in the rubble.", []),
        ("Villagers buried 12 people on Sunday.", []),
        # a list of groups stays a sum
        ("The shell killed three farmers, a teacher and a boy, villagers said.",
         [("killed", 5, None, None)]),
        # "the number of people killed ... has risen to N" across a long clause
        ("The number of people killed when rockets struck three villages on the southern edge "
         "of the district near the border on Friday night has risen to 27, officials said.",
         [("killed", 27, None, None)]),
    ],
)
def test_casualty_shapes_read(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the attackers' own act is no toll of theirs
        "The attackers fled into the forest.",
        "Police said two attackers had been arrested.",
    ],
)
def test_no_toll_for_attackers_told_of(sentence: str) -> None:
    assert _rows(sentence) == []


# ------------------------------------------------------------------ shapes not yet read
# Gaps found on the seen held-out sets and left open. Strict: each fails loudly once it is read.


@pytest.mark.xfail(strict=True, reason="pattern gap, open")
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a toll revised: "an earlier toll of N"
        ("The office said so on Monday, revising an earlier toll of six.",
         [("killed", 6, None, None)]),
    ],
)
def test_casualty_shapes_not_yet_read(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The police did not give a number of dead.", []),
        ("The ministry declined to provide a number of dead or wounded.", []),
        ("A number of dead were brought to the hospital.", [("killed", None, None, None)]),
    ],
)
def test_no_toll_where_the_figure_is_withheld(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected
