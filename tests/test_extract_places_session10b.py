"""Session 10 (s10b) context rules of ``extract.places@6``: a capital as the government whose
claims are rejected, every town in a list of where the wounded were taken, and a dateline in
running case at a sentence's start."""

from __future__ import annotations

from contested.extract.places import not_a_place


def _check(cases: list[tuple[str, str, bool]]) -> None:
    for sentence, name, expected in cases:
        at = sentence.index(name)
        assert not_a_place(sentence, at, at + len(name)) is expected, (sentence, name)


def test_a_capital_whose_claims_are_rejected_is_a_government() -> None:
    _check([
        ("Minsk dismissed as false the claims of Vilnius that troops had crossed.", "Vilnius", True),
        ("The ministry rejected the accusations of Yerevan on Monday.", "Yerevan", True),
        ("It noted the position of the Kremlin on the talks.", "Kremlin", True),
        # a place "of" a town that is no claim: "the outskirts of X", "the people of X"
        ("Shells fell on the outskirts of Vilnius on Monday.", "Vilnius", False),
        ("Shelling hit the centre of Yerevan overnight.", "Yerevan", False),
    ])


def test_every_town_where_the_wounded_were_taken_is_no_place_of_the_attack() -> None:
    _check([
        ("The injured were flown to Gao and Bamako for treatment.", "Gao", True),
        ("The injured were flown to Gao and Bamako for treatment.", "Bamako", True),
        ("Medics transferred the wounded to hospitals in Mosul, Erbil and Kirkuk.", "Erbil", True),
        ("Medics transferred the wounded to hospitals in Mosul, Erbil and Kirkuk.", "Kirkuk", True),
        # a list after another verb is still where it happened
        ("Gunmen attacked checkpoints in Gao and Bamako on Sunday.", "Bamako", False),
        ("Rockets were fired to the south of Mosul, Erbil and Kirkuk.", "Kirkuk", False),
    ])


def test_a_dateline_in_running_case_is_where_the_story_was_filed() -> None:
    _check([
        ("Lagos - The police said on Sunday that 12 people had died.", "Lagos", True),
        ("Lagos (NAN) - The police said on Sunday that 12 people had died.", "Lagos", True),
        # a place that opens the sentence without a dash is the place
        ("Lagos was hit by a bomb on Sunday, the police said.", "Lagos", False),
        # a dash later in the sentence is no dateline
        ("A bomb hit a market in Lagos - the third this year.", "Lagos", False),
    ])


def test_a_namesake_abroad_yields_to_the_country_named_outright() -> None:
    from collections import Counter

    from contested.extract.places import _namesakes_abroad, article_context
    from contested.gazetteer import open_gazetteer

    gaz = open_gazetteer()
    text = ("Air force jets bombed a school at Chencholai in Sri Lanka's north on Monday. "
            "Rebels in Mullaitivu said the dead were students. Chencholai had no soldiers.")
    assert article_context(gaz, text).countries == ("LK",)
    # alone, the near spelling still gives its country
    alone = article_context(gaz, "A school at Chencholai was bombed on Monday.")
    assert alone.countries[:1] == ("IN",)
    # a town spelt as the gazetteer spells it is no namesake: its country stays
    both = article_context(gaz, "Sirens sounded in Israel as jets struck targets near Damascus on Monday.")
    assert set(both.countries) >= {"IL", "SY"}
    support = {"LK": {"*", ""}, "IN": {"Chencholai"}, "SY": {"", "Dimashk"}}
    counts = Counter({"LK": 2, "IN": 2, "SY": 1})
    assert _namesakes_abroad(gaz, "", support, counts) == ["IN"]
    # a country named outright less often than the lone town does not outweigh it
    assert _namesakes_abroad(gaz, "", support, Counter({"LK": 1, "IN": 3, "SY": 1})) == []
    assert _namesakes_abroad(gaz, "", {"IN": {"Chencholai"}}, Counter({"IN": 1})) == []
    # a town the text gives its country is no namesake
    given = "The blast hit the southern Indian town of Chencholai."
    assert _namesakes_abroad(gaz, given, support, counts) == []
