"""Casualty figures (contested.extract.casualties)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contested.extract.casualties import COMPONENT, CasualtyFigure, find_casualties

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"

# (kind, value, min, max, qualifier, victims, vague)
Row = tuple[str, int | None, int | None, int | None, str | None, str, bool]


def _rows(text: str) -> list[Row]:
    return [
        (f.kind, f.value, f.min, f.max, f.qualifier, f.victims, f.vague)
        for f in find_casualties(text)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The strike hit a house, killing 11 people.",
         [("killed", 11, None, None, None, "unknown", False)]),
        ("11 people were killed in the attack.",
         [("killed", 11, None, None, None, "unknown", False)]),
        ("At least 9 were killed.", [("killed", 9, None, None, "at least", "unknown", False)]),
        ("Two or three soldiers were killed.",
         [("killed", None, 2, 3, None, "soldiers", False)]),
        ("Between 5 and 7 people were killed.",
         [("killed", None, 5, 7, None, "unknown", False)]),
        ("The blast wounded 14.", [("injured", 14, None, None, None, "unknown", False)]),
        ("The shelling left 5 dead.", [("killed", 5, None, None, None, "unknown", False)]),
        ("Nearly 40 people were injured.",
         [("injured", 40, None, None, "nearly", "unknown", False)]),
        ("Some 20 people were killed.", [("killed", 20, None, None, "about", "unknown", False)]),
        ("Over a dozen fighters died.",
         [("killed", 12, None, None, "more than", "militants", False)]),
        ("The attack killed a dozen soldiers.",
         [("killed", 12, None, None, None, "soldiers", False)]),
        ("The attack killed twenty-two soldiers.",
         [("killed", 22, None, None, None, "soldiers", False)]),
        ("One hundred and five civilians were killed.",
         [("killed", 105, None, None, None, "civilians", False)]),
        ("The strike killed 1,200 people.",
         [("killed", 1200, None, None, None, "unknown", False)]),
        ("The strikes claimed the lives of 17 Syrian soldiers.",
         [("killed", 17, None, None, None, "soldiers", False)]),
        ("The death toll rose to 23.", [("killed", 23, None, None, None, "unknown", False)]),
        ("The bombing killed a family of five.",
         [("killed", 5, None, None, None, "civilians", False)]),
        ("11 people in Deir ez-Zor were killed.",
         [("killed", 11, None, None, None, "unknown", False)]),
        ("Twelve civilian deaths were recorded.",
         [("killed", 12, None, None, None, "civilians", False)]),
    ],
)
def test_numbered_figures(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "victims"),
    [
        ("The strike killed a child and two women.", "civilians"),
        ("Three members of the Syrian army were killed.", "soldiers"),
        ("The strike killed 12 IS members.", "militants"),
        ("Four PMF fighters died.", "militants"),
        ("The raid killed 6 militiamen.", "militants"),
        ("The US strikes killed four Kataib Hezbollah members.", "militants"),
        ("The strikes killed 17 pro-Iranian militants.", "militants"),
        ("Two US service members were wounded.", "soldiers"),
        ("Two Iraqi army personnel were hurt.", "soldiers"),
        ("Five troops were killed.", "soldiers"),
        ("The shelling killed three residents.", "civilians"),
        ("The shelling killed four children.", "civilians"),
        ("Five members of one family were killed.", "civilians"),
        ("The shelling killed six people.", "unknown"),
    ],
)
def test_victim_groups(sentence: str, victims: str) -> None:
    figures = find_casualties(sentence)
    assert len(figures) == 1
    assert figures[0].victims == victims


def test_child_and_two_women_are_three_civilians() -> None:
    (figure,) = find_casualties("The strike killed a child and two women.")
    assert (figure.value, figure.victims, figure.breakdown) == (3, "civilians", ())


def test_parts_of_different_groups_are_summed_with_a_breakdown() -> None:
    text = "The statement highlighted the death of seven soldiers and one civilian."
    (figure,) = find_casualties(text)
    assert figure.kind == "killed"
    assert figure.value == 8
    assert figure.victims == "mixed"
    assert figure.breakdown == (("soldiers", 7), ("civilians", 1))
    assert figure.span.of(text) == "death of seven soldiers and one civilian"


def test_subject_list_is_summed() -> None:
    (figure,) = find_casualties("The raid killed 3 militiamen and 2 troops.")
    assert (figure.value, figure.victims) == (5, "mixed")
    assert figure.breakdown == (("militants", 3), ("soldiers", 2))


def test_more_than_ten_civilians_and_scores_of_others() -> None:
    text = "where more than 10 civilians were killed and scores of others were injured."
    killed, injured = find_casualties(text)
    assert (killed.kind, killed.value, killed.qualifier, killed.victims) == (
        "killed", 10, "more than", "civilians")
    assert not killed.vague
    assert (injured.kind, injured.value, injured.qualifier, injured.vague) == (
        "injured", None, "scores", True)
    assert injured.victims == "civilians"  # "others" takes the victims of the figure before


def test_killed_and_wounded_in_one_sentence() -> None:
    rows = _rows("The strike killed 11 people, including four children, and injured 14 others.")
    assert rows == [
        ("killed", 11, None, None, None, "unknown", False),
        ("injured", 14, None, None, None, "unknown", False),
    ]


def test_dead_and_wounded_counts() -> None:
    assert _rows("5 dead and 12 wounded.") == [
        ("killed", 5, None, None, None, "unknown", False),
        ("injured", 12, None, None, None, "unknown", False),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "There are dead and wounded following the strike, the source added.",
        "The attack caused casualties among the residents.",
    ],
)
def test_unknown_numbers_of_dead_and_wounded(sentence: str) -> None:
    assert _rows(sentence) == [
        ("killed", None, None, None, "unspecified", "unknown", True),
        ("injured", None, None, None, "unspecified", "unknown", True),
    ]


def test_dozens_of_casualties_is_vague_for_both_kinds() -> None:
    assert _rows("The raid caused dozens of casualties.") == [
        ("killed", None, None, None, "dozens", "unknown", True),
        ("injured", None, None, None, "dozens", "unknown", True),
    ]


def test_numbered_casualties_bound_each_kind() -> None:
    assert _rows("The strike left 12 casualties.") == [
        ("killed", None, None, 12, "casualties", "unknown", True),
        ("injured", None, None, 12, "casualties", "unknown", True),
    ]


def test_killing_all_passengers_is_vague() -> None:
    text = "The warplanes targeted a car carrying emergency respondents, killing all passengers."
    assert _rows(text) == [("killed", None, None, None, "all", "civilians", True)]


@pytest.mark.parametrize(
    ("sentence", "qualifier"),
    [("Several residents were wounded.", "several"), ("Scores were killed.", "scores"),
     ("Dozens of people were injured.", "dozens"), ("Many civilians died.", "many")],
)
def test_vague_quantities(sentence: str, qualifier: str) -> None:
    (figure,) = find_casualties(sentence)
    assert (figure.value, figure.qualifier, figure.vague) == (None, qualifier, True)


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("The attacks did not result in casualties or significant damage.", ["killed", "injured"]),
        ("Initial reports showed no casualties.", ["killed", "injured"]),
        ("Two shells landed without casualties.", ["killed", "injured"]),
        ("A US official denies there were any casualties in the bombing.", ["killed", "injured"]),
        ("No one was killed or injured.", ["killed", "injured"]),
        ("Nobody was hurt.", ["killed", "injured"]),  # session 6: nobody killed either
        ("Nobody was wounded.", ["injured"]),
        ("There were no deaths.", ["killed"]),
    ],
)
def test_no_casualties_is_zero(sentence: str, kinds: list[str]) -> None:
    figures = find_casualties(sentence)
    assert [f.kind for f in figures] == kinds
    assert all(f.value == 0 and not f.vague for f in figures)


@pytest.mark.parametrize(
    "sentence",
    [
        "In 2017 people were killed by strikes.",
        "On August 23 people were killed.",
        "The coalition carried out 225 strikes in Raqqa.",
        "The US paid $5 million in compensation after the killing.",
        "40% of the wounded were evacuated.",
        "The seven-year war has left the country in ruins and many dead.",
        "Three drones were shot down near the base.",
        "The 12-year-old was not hurt, he said at 11:30 on Tuesday.",
        "There were no immediate reports of casualties.",
        "The number of casualties, if any, is yet not confirmed.",
        "An explosion occurred without any knowledge of casualties.",
        "Killed in action, he was buried on 23 August 2019.",
        "The drone strike was carried out 12 km from the base.",
    ],
)
def test_false_positive_traps_give_no_number(sentence: str) -> None:
    numbers = [f.value for f in find_casualties(sentence) if f.value]
    assert numbers == []


def test_age_is_not_a_count() -> None:
    (figure,) = find_casualties("A 12-year-old boy was killed.")
    assert (figure.value, figure.victims) == (1, "civilians")


def test_count_of_strikes_is_not_a_casualty_figure() -> None:
    (figure,) = find_casualties("The coalition carried out 225 strikes, killing 30 militants.")
    assert (figure.value, figure.victims) == (30, "militants")


def test_region_limits_the_scan_and_spans_are_absolute() -> None:
    first = "Five soldiers were killed on Monday. "
    second = "The blast wounded 14 civilians."
    text = first + second
    figures = find_casualties(text, len(first), len(text))
    assert [(f.kind, f.value) for f in figures] == [("injured", 14)]
    assert figures[0].span.of(text) == "wounded 14 civilians"
    assert figures[0].component == COMPONENT == "extract.casualties@6"


@given(st.text(alphabet="abc .,\n", max_size=40), st.integers(min_value=0, max_value=5000))
def test_spans_shift_with_the_text_before_them(prefix: str, n: int) -> None:
    sentence = f"The strike killed {n} people and wounded {n + 1} others."
    text = prefix + sentence
    figures = find_casualties(text, len(prefix))
    assert [(f.kind, f.value) for f in figures] == [("killed", n), ("injured", n + 1)]
    for figure in figures:
        assert figure.span.start >= len(prefix)
        assert str(figure.value) in figure.span.of(text)


def test_figures_are_frozen() -> None:
    (figure,) = find_casualties("Seven soldiers died.")
    assert isinstance(figure, CasualtyFigure)
    with pytest.raises(AttributeError):
        figure.value = 3  # type: ignore[misc]


# --- seeds (../shared/seeds), read-only third-party material ------------------------------------


def _gold_claims() -> list[tuple[str, dict[str, Any]]]:
    if not (SEEDS / "gold.jsonl").exists():
        pytest.skip("../shared/seeds is absent: the seed articles are not in this checkout")
    out = []
    for line in (SEEDS / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = (SEEDS / record["file"]).read_text(encoding="utf-8")
        for incident in record["incidents"]:
            out.extend((text, c) for c in incident["claims"] if c["claim"] == "casualties")
    return out


def _first(figures: list[CasualtyFigure], kind: str) -> CasualtyFigure | None:
    return next((f for f in figures if f.kind == kind), None)


def test_seed_casualty_claims_match_gold_numbers() -> None:
    claims = _gold_claims()
    assert len(claims) >= 5
    for text, claim in claims:
        start = text.index(claim["quote"])
        figures = find_casualties(text, start, start + len(claim["quote"]))
        killed, injured = _first(figures, "killed"), _first(figures, "injured")
        assert killed is not None, claim["quote"]
        assert (killed.value, killed.min, killed.max) == (
            claim["killed"], claim["killed_min"], claim["killed_max"]), claim["quote"]
        if claim["injured"] is not None:
            assert injured is not None and injured.value == claim["injured"], claim["quote"]
        if claim["victims"] is not None and killed.victims != "unknown":
            assert killed.victims == claim["victims"], claim["quote"]


def test_seed_000_breakdown() -> None:
    for text, claim in _gold_claims():
        if "breakdown" not in claim:
            continue
        start = text.index(claim["quote"])
        (figure,) = find_casualties(text, start, start + len(claim["quote"]))
        expected = {f"{group}_killed": n for group, n in figure.breakdown}
        assert expected == claim["breakdown"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Gunmen shot dead an IDP civilian in the town.",
         [("killed", 1, None, None, None, "civilians", False)]),
        ("A police officer was shot dead by snipers.",
         [("killed", 1, None, None, None, "soldiers", False)]),
        ("Gunmen opened fire, killing between 2 to 4 SDF fighters.",
         [("killed", None, 2, 4, None, "militants", False)]),
        ("Clashes resulted in 1 tribesman killed and 2 injured.",
         [("killed", 1, None, None, None, "unknown", False),
          ("injured", 2, None, None, None, "unknown", False)]),
        ("At least 21 militants including 2 commanders were killed.",
         [("killed", 21, None, None, "at least", "militants", False)]),
        ("At least 11 soldiers and pro-government militia members were killed.",
         [("killed", 11, None, None, "at least", "soldiers", False)]),
    ],
)
def test_more_shapes(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


def test_killing_and_injuring_bounds_both_kinds() -> None:
    assert _rows("The shelling ended, killing and injuring several fighters.") == [
        ("killed", None, None, None, "several", "militants", True),
        ("injured", None, None, None, "several", "militants", True),
    ]
    assert _rows("Eleven people were killed or wounded.") == [
        ("killed", None, None, 11, "killed or injured", "unknown", True),
        ("injured", None, None, 11, "killed or injured", "unknown", True),
    ]


def test_an_age_in_apposition_is_not_a_count() -> None:
    assert find_casualties("Verlondon Gary, 32, of Chester, was dead at the scene.") == []


def test_dead_and_wounded_with_their_own_numbers_stay_apart() -> None:
    assert _rows("A shooting left one man dead and wounded two women.") == [
        ("killed", 1, None, None, None, "unknown", False),
        ("injured", 2, None, None, None, "civilians", False),
    ]


# --- phrases added in session 2 (issue 3): each is a general shape, not a text ----------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Three fighters of the Tribal Mobilisation were killed.",
         [("killed", 3, None, None, None, "militants", False)]),
        ("A woman and her son were killed.",
         [("killed", 2, None, None, None, "civilians", False)]),
        ("About 20 civilians and a Syrian Arab Red Crescent staff member were killed.",
         [("killed", 21, None, None, "about", "mixed", False)]),
        ("A soldier was killed and another wounded.",
         [("killed", 1, None, None, None, "soldiers", False),
          ("injured", 1, None, None, None, "unknown", False)]),
        ("Both victims died.", [("killed", 2, None, None, None, "unknown", False)]),
        ("The number of people killed in the blast rose to 46 on Wednesday.",
         [("killed", 46, None, None, None, "unknown", False)]),
        # session 10: the figure as stated (the gold's convention), qualified "neutralized"
        ("Turkish jets neutralized two PKK terrorists.",
         [("killed", 2, None, None, "neutralized", "militants", False)]),
        ("The wounded were a woman and two children.",
         [("injured", 3, None, None, None, "civilians", False)]),
        ("Six were killed by direct fire, and three others were killed by roadside bombs.",
         [("killed", 9, None, None, None, "unknown", False)]),
        ("The strikes caused only material damage.",
         [("killed", 0, None, None, None, "unknown", False),
          ("injured", 0, None, None, None, "unknown", False)]),
        ("They fired a grenade, without causing casualties.",
         [("killed", 0, None, None, None, "unknown", False),
          ("injured", 0, None, None, None, "unknown", False)]),
        ("Reporters saw dozens of bodies.",
         [("killed", None, None, None, "dozens", "unknown", True)]),
        ("The attack killed nine others, a police source said.",
         [("killed", 9, None, None, None, "unknown", False)]),
        ("Two civilians from the town of Shno (Oshnavieh) in Iran's Kurdish region were killed.",
         [("killed", 2, None, None, None, "civilians", False)]),
    ],
)
def test_more_casualty_shapes(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The Observatory has documented more than 380,000 deaths since the start of the war.",
        "IS attacks have killed more than 100 soldiers in the Badia since the start of the year.",
        "Tolls are often recorded as ranges, for example 15 to 30 people killed.",
    ],
)
def test_running_totals_and_examples_are_not_tolls(sentence: str) -> None:
    assert find_casualties(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a toll "from the air strike that hit ..." before the verb
        ("The death toll from the air strike that hit army positions near the town has risen "
         "to 52, the monitor said.", [("killed", 52)]),
        # "the toll of ... has risen to 25 martyrs and 51 wounded"
        ("The toll of the strikes that hit the brigade headquarters on Sunday has risen to 25 "
         "martyrs and 51 wounded.", [("killed", 25), ("injured", 51)]),
        # "received the bodies of 29 children"
        ("The hospital received the bodies of 29 children on Thursday.", [("killed", 29)]),
    ],
)
def test_tolls_and_bodies(sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(kind, value) for kind, value, *_ in _rows(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # session 4: "and a third wounded" is one more, of the victims named before
        ("Two policemen were killed and a third was wounded at the checkpoint.",
         [("killed", 2, None, None, None, "soldiers", False),
          ("injured", 1, None, None, None, "soldiers", False)]),
        ("Three members of the regime's Military Intelligence were killed and a fourth "
         "seriously wounded.",
         [("killed", 3, None, None, None, "soldiers", False),
          ("injured", 1, None, None, None, "soldiers", False)]),
        # a named person with a role is one dead
        ("The drone hit his car, killing Ali Hassan al-Jaburi, a senior commander of the "
         "militia.", [("killed", 1, None, None, None, "militants", False)]),
    ],
)
def test_ordinal_and_named_victims(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A former rebel commander who had joined a reconciliation deal was shot dead by gunmen.",
         [("killed", 1)]),
        ("More than 30 fighters of Hurras al-Din and allied factions were killed in the raid.",
         [("killed", 30)]),
    ],
)
def test_a_relative_clause_or_allied_factions_between_victims_and_verb(
    text: str, expected: list[tuple[str, int]]
) -> None:
    assert [(f.kind, f.value) for f in find_casualties(text, 0, len(text))] == expected


def test_nationalities_in_a_toll_are_summed() -> None:
    text = "The blast killed three Egyptian nationals and one Sudanese, police said."
    assert [(f.kind, f.value) for f in find_casualties(text)] == [("killed", 4)]
