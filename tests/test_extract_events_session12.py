"""Session 12 (s12-events): an incident told by its toll alone (a statement with no trigger
sentence), killings named by their noun, a labour strike is no air strike, weapons seized are no
explosion, a raid met with fire is a battle, a count that falls is no incident. Every sentence
is our own."""

from __future__ import annotations

import datetime as dt

import pytest

from contested.extract import Extractor
from contested.extract.events import find_triggers, sentence_filter
from contested.types import Mention, Span
from extract_support import extract_text


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _primary(extractor: Extractor, text: str, published: dt.date | None = None) -> list[Mention]:
    return [m for m in extract_text(extractor, text, published) if m.role == "primary"]


# ------------------------------------------------------------------ told by the toll alone

TOLD_BY_TOLL: list[tuple[str, dt.date]] = [
    (
        "Ministry statement on the events at the river port\n\n"
        "The Ministry of the Interior announced on Wednesday evening that 23 people lost their "
        "lives during the events of Tuesday at the river port of Kisoro, most of them crushed "
        "in the crowd.\n\nThe minister said the organisers bear responsibility for the tragedy.",
        dt.date(2031, 3, 11),
    ),
    (
        "A mission team that visited the valley last week documented the deaths of at least "
        "61 people in the village of Moranga on 12 March, according to its report.\n\n"
        "More than 40 of the victims were killed by members of a local militia, the team found.",
        dt.date(2031, 3, 12),
    ),
    (
        "Police said on Tuesday they were investigating reports that 14 farm workers had been "
        "killed by an armed group in the hills of Tarewa on Sunday.",
        dt.date(2031, 3, 9),
    ),
]


@pytest.mark.parametrize(("text", "day"), TOLD_BY_TOLL)
def test_a_statement_tells_its_incident_by_its_toll(
    extractor: Extractor, text: str, day: dt.date
) -> None:
    found = _primary(extractor, text, dt.date(2031, 3, 14))
    assert len(found) == 1
    assert found[0].event_type in ("other", "armed_clash")
    assert found[0].date == day
    assert any(c.kind == "casualties" and c.killed for c in found[0].claims)


NO_INCIDENT: list[str] = [
    # a count over a year, a month, a country: no incident
    "Police in the state killed 1,356 people in 2030, down 4% from the year before, the "
    "institute said on Friday.",
    "The monitor said on Friday it had documented the deaths of 512 people across the country "
    "in October, among them 141 civilians.",
    # a toll that says neither when nor where nor what
    "At least 40 people have died, the official said.",
    # a count that falls
    "The number of police officers killed on duty fell to 27 from 38.",
]


@pytest.mark.parametrize("text", NO_INCIDENT)
def test_a_count_or_a_bare_toll_tells_no_incident(extractor: Extractor, text: str) -> None:
    assert _primary(extractor, text, dt.date(2031, 1, 10)) == []


def test_a_trigger_sentence_keeps_the_toll_out_of_it(extractor: Extractor) -> None:
    """An article with a trigger is read as before: the toll frame is only a fallback."""
    text = (
        "Gunmen opened fire on a bus near the town of Orisa on Monday, killing nine passengers, "
        "the governor said."
    )
    found = _primary(extractor, text, dt.date(2031, 3, 11))
    assert len(found) == 1 and found[0].trigger.of(text) == "Gunmen"


# ------------------------------------------------------------------ the nouns of killing


def test_the_murder_of_civilians_tells_the_incident(extractor: Extractor) -> None:
    text = (
        "On 3 May 2031 the army received information about the murder of civilians in the "
        "hamlet of Sotaya. According to the first findings, this cowardly murder was "
        "perpetrated by an armed group, who called for a boycott of the elections of 6 June."
    )
    found = extract_text(extractor, text, dt.date(2031, 5, 4))
    assert [(m.role, m.date) for m in found] == [("primary", dt.date(2031, 5, 3))]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The mission documents killings in the town of Orisa.", ["killings"]),
        ("The killings were the worst in the region for years.", []),
        ("The killings of six traders shocked the town.", ["killings"]),
        # the charge, not the act
        ("He was charged with murder and convicted of murder.", []),
        ("The murder trial opened on Monday.", []),
    ],
)
def test_killings_refer_back_unless_named(sentence: str, words: list[str]) -> None:
    found = find_triggers(sentence, Span(0, len(sentence)))
    assert [t.span.of(sentence) for t in found] == words


# ------------------------------------------------------------------ the sense of the trigger

TYPED: list[tuple[str, str]] = [
    # a labour strike: police firing on strikers is no air strike
    (
        "Police opened fire on Thursday on a crowd of striking dockers near the port of Velasa, "
        "killing nine, witnesses said. The union leading the wildcat strike said the police had "
        "massacred workers who were demanding a pay rise.",
        "other",
    ),
    # a raid met with fire: a battle
    (
        "At least 12 people were killed on Tuesday when police raided the Morro district of "
        "Velasa. Police said the dead were gang members who had opened fire on officers.",
        "armed_clash",
    ),
    (
        "Police officers raiding the Morro district of Velasa on Tuesday were met with intense "
        "gunfire and returned fire, killing eight suspects, the police said.",
        "armed_clash",
    ),
    # grenades seized are no explosion
    (
        "Eight suspects were killed in a police operation in the Morro district of Velasa on "
        "Tuesday, the police said. Rifles, pistols and grenades were seized.",
        "other",
    ),
]


@pytest.mark.parametrize(("text", "event_type"), TYPED)
def test_the_type_follows_the_sense_of_the_trigger(
    extractor: Extractor, text: str, event_type: str
) -> None:
    found = _primary(extractor, text, dt.date(2031, 3, 14))
    assert [m.event_type for m in found] == [event_type]


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("Troops defused an IED near the bridge.", []),
        ("Rifles and grenades were seized by troops in the raid.", ["ground_raid"]),
        ("A car bomb exploded, and another was defused.", ["explosion", "explosion"]),
        ("A grenade was thrown at the crowd.", ["explosion"]),
    ],
)
def test_an_explosive_seized_or_defused_is_no_trigger(sentence: str, kinds: list[str]) -> None:
    found = find_triggers(sentence, Span(0, len(sentence)))
    assert [t.event_type for t in found] == kinds


def test_a_count_that_falls_is_a_statistic() -> None:
    assert sentence_filter("The number of police officers killed on duty fell to 27 from 38.")
    assert sentence_filter(
        "The number of people killed in yesterday's raid on the village rose to 52, police said."
    ) is None


def test_the_days_of_a_visit_yield_to_the_day_of_the_deaths() -> None:
    from contested.extract.dates import resolve_incident_date

    text = (
        "A team that visited the town from 31 March to 2 April documented the deaths of at "
        "least 40 people there on 27 March."
    )
    guess = resolve_incident_date(text, Span(0, len(text)), dt.date(2031, 4, 8))
    assert guess is not None and guess.date == dt.date(2031, 3, 27)


@pytest.mark.parametrize(
    ("sentence", "kinds"),
    [
        ("A minibus hit an anti-tank mine near the village, killing nine.", ["explosion"]),
        ("Two boys were killed by unexploded ordnance in the field.", ["explosion"]),
        ("Workers died in the platinum mine.", []),
        ("The army fired BM-21 rockets into the valley.", ["rocket_attack"]),
        ("Gunmen took 30 people hostage at the hotel.", ["other", "other"]),
        ("At least 31 people died in a stampede at the stadium.", ["other"]),
        ("Militiamen set fire to houses in the village.", ["other"]),
        ("The boy was struck by a speeding truck.", []),
        # the instrument of a death types it
        ("Five people were killed by a bomb in the market.", ["explosion"]),
        ("Two children died from a mortar shell.", ["shelling"]),
        ("A fuel tanker bomb killed dozens of people.", ["explosion"]),
    ],
)
def test_weapons_and_kinds_named_by_their_class(sentence: str, kinds: list[str]) -> None:
    found = find_triggers(sentence, Span(0, len(sentence)))
    assert [t.event_type for t in found] == kinds
