"""Casualty figures, session 6: the shapes the held-out sets missed or misread, each with a
sentence that must not change (contested.extract.casualties, contested.extract.numbers)."""

from __future__ import annotations

import pytest

from contested.extract.casualties import find_casualties
from contested.extract.mentions import group_mentions
from contested.extract.numbers import parse_quantity
from contested.extract.sentences import split_sentences

# (kind, value, min, max)
Row = tuple[str, int | None, int | None, int | None]


def _rows(text: str) -> list[Row]:
    return [(f.kind, f.value, f.min, f.max) for f in find_casualties(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the one who tells the toll, after a bare comma, is no victim
        ("The mortar round killed one guard and wounded two others, a captain at the post "
         "said.", [("killed", 1, None, None), ("injured", 2, None, None)]),
        ("The blast killed six people, a nurse at the district clinic told reporters.",
         [("killed", 6, None, None)]),
        ("Shelling wounded nine villagers, a local official said on Monday.",
         [("injured", 9, None, None)]),
        # ... but a listed victim stays one
        ("The shell killed three farmers, a teacher and a boy, villagers said.",
         [("killed", 5, None, None)]),
        ("The shell killed two farmers, a teacher, the mayor said.",
         [("killed", 3, None, None)]),
    ],
)
def test_the_teller_after_a_comma_is_no_victim(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "the dead included" lists some of the dead, not all of them
        ("Medics said the dead included four nurses and a driver, and that scores were hurt.",
         [("injured", None, None, None)]),
        ("Medics said the dead included four nurses.", []),
        # "the wounded were" lists all of them
        ("Medics said the wounded were two nurses and a driver.", [("injured", 3, None, None)]),
    ],
)
def test_a_partial_list_of_the_dead_is_no_toll(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nobody was wounded or killed in the raid.", [("killed", 0, None, None),
                                                      ("injured", 0, None, None)]),
        ("No one was killed or hurt, the mayor said.", [("killed", 0, None, None),
                                                       ("injured", 0, None, None)]),
        ("No one was wounded.", [("injured", 0, None, None)]),
    ],
)
def test_nobody_hurt_or_killed(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The truck struck a mine, killing all 14 labourers on board.", [("killed", 14, None, None)]),
        ("Three of the 40 pilgrims on the bus were killed.", [("killed", 3, None, None)]),
        ("Two of the five guards were wounded.", [("injured", 2, None, None)]),
        ("The drone hit the van, killing all passengers.", [("killed", None, None, None)]),
    ],
)
def test_all_n_and_n_of_the_m(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a participle phrase between the victims and the verb
        ("Six Nepali men working at the quarry were killed when the drone hit.",
         [("killed", 6, None, None)]),
        ("Two brothers riding a motorcycle near the bridge were wounded.",
         [("injured", 2, None, None)]),
        ("Nine soldiers stationed at the outpost were killed overnight.",
         [("killed", 9, None, None)]),
    ],
)
def test_a_participle_between_victims_and_verb(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The border unit said it had eliminated seven gunmen.", [("killed", 7, None, None)]),
        ("The battalion lost four soldiers in the ambush.", [("killed", 4, None, None)]),
        ("The militia lost two of its commanders.", [("killed", 2, None, None)]),
        # "lost" with no people after it is no toll
        ("The battalion lost four tanks in the ambush.", []),
        ("The unit lost contact with two patrols.", []),
    ],
)
def test_eliminated_and_lost(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Eleven people sustained injuries when the roof fell in.", [("injured", 11, None, None)]),
        ("Four workers suffered serious burns.", [("injured", 4, None, None)]),
        ("Twenty residents were hospitalised after the blast.", [("injured", 20, None, None)]),
        ("Rescuers treated 17 people for minor wounds.", [("injured", 17, None, None)]),
        ("The blast left nine people with injuries.", [("injured", 9, None, None)]),
        ("Two people died and 14 were hospitalised.",
         [("killed", 2, None, None), ("injured", 14, None, None)]),
        # suffering something else is no injury
        ("The town suffered 12 power cuts last month.", []),
        ("Doctors treated 30 people for heat stroke.", []),
    ],
)
def test_injuries_suffered_or_treated(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The barrage killed four and wounded another 25.",
         [("killed", 4, None, None), ("injured", 25, None, None)]),
        ("A further three people died in hospital.", [("killed", 3, None, None)]),
        ("An additional six soldiers were wounded.", [("injured", 6, None, None)]),
        ("Another was wounded.", [("injured", 1, None, None)]),
    ],
)
def test_another_n_is_n(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("phrase", "value"),
    [("another 25", 25), ("a further two", 2), ("an additional five", 5), ("another", 1)],
)
def test_increment_quantities(phrase: str, value: int) -> None:
    quantity = parse_quantity(phrase)
    assert quantity is not None and quantity.value == value


def test_a_further_alone_is_no_quantity() -> None:
    assert parse_quantity("a further") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the running toll, not the bodies found since
        ("Searchers found three more bodies, bringing the death toll to 19.",
         [("killed", 19, None, None)]),
        ("Two more people died overnight, raising the number of dead to 11.",
         [("killed", 11, None, None)]),
        # with no running toll, the increment is the figure told
        ("Two more people died overnight.", [("killed", 2, None, None)]),
    ],
)
def test_a_running_toll_wins_over_an_increment(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The insurgency, which began in 2017, has killed thousands of people.", []),
        ("The conflict has left more than 9,000 dead and displaced millions.", []),
        ("More than 3,000 people have been killed since the fighting broke out.", []),
        ("Over the past month, raids have killed 80 civilians in the province.", []),
        # an incident inside a war keeps its toll
        ("Fighting in the market on Monday killed eight people.", [("killed", 8, None, None)]),
        ("The raid, part of a campaign that has killed hundreds, killed five people.",
         [("killed", 5, None, None)]),
        ("The shelling has killed nine people since dawn, medics said.",
         [("killed", 9, None, None)]),
    ],
)
def test_a_war_toll_is_no_incident_toll(sentence: str, expected: list[Row]) -> None:
    assert _rows(sentence) == expected


def _drafts(text: str) -> list[list[str]]:
    return [[s.text for s in d.sentences] for d in group_mentions(text, split_sentences(text))]


def test_a_toll_a_few_sentences_down_joins_the_mention() -> None:
    text = (
        "A drone hit a fuel depot outside the port on Sunday. Flames could be seen for miles. "
        "Firefighters worked through the night. Traffic on the coast road was halted. "
        "The bodies of nine workers were recovered on Monday."
    )
    (draft,) = _drafts(text)
    assert draft[-1].startswith("The bodies of nine workers")


def test_a_sentence_with_no_figure_far_down_stays_out() -> None:
    text = (
        "A drone hit a fuel depot outside the port on Sunday. Flames could be seen for miles. "
        "Firefighters worked through the night. Traffic on the coast road was halted. "
        "The deadline for repairs passed on Monday."
    )
    (draft,) = _drafts(text)
    assert draft == ["A drone hit a fuel depot outside the port on Sunday."]


def test_a_toll_too_far_down_stays_out() -> None:
    text = (
        "A drone hit a fuel depot outside the port on Sunday. Flames could be seen for miles. "
        "Firefighters worked through the night. Traffic on the coast road was halted. "
        "Ships waited offshore. Fuel prices rose in the capital. "
        "The bodies of nine workers were recovered on Monday."
    )
    (draft,) = _drafts(text)
    assert len(draft) == 1


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an earlier count the sentence itself replaces is left out
        ("The toll, first given as five, rose to nine by nightfall.", [("killed", 9, None, None)]),
        ("Medics initially said five people had died, but later raised the toll to nine.",
         [("killed", 9, None, None)]),
        ("The death toll from the raid later rose to nine.", [("killed", 9, None, None)]),
        # a count that is not called earlier stays beside the toll
        ("Five people were killed on Monday, and the toll rose to nine overnight.",
         [("killed", 5, None, None), ("killed", 9, None, None)]),
    ],
)
def test_an_earlier_count_gives_way_to_the_updated_toll(
    sentence: str, expected: list[Row]
) -> None:
    assert _rows(sentence) == expected
