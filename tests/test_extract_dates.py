"""Incident dates (contested.extract.dates)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contested.extract.dates import (
    COMPONENT,
    DateGuess,
    find_date_expressions,
    first_event_day,
    latest_year,
    resolve_expression,
    resolve_incident_date,
)
from contested.types import Span

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
MONDAY = dt.date(2021, 7, 12)  # a Monday
SUNDAY = dt.date(2018, 6, 17)  # a Sunday


def _resolve(text: str, anchor: dt.date | None) -> tuple[str, str] | None:
    guess = resolve_incident_date(text, Span(0, len(text)), anchor)
    return None if guess is None else (guess.date.isoformat(), guess.precision)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Late on Saturday night an explosion hit the base.", ("2021-07-10", "day")),
        ("The strike hit on Sunday morning.", ("2021-07-11", "day")),
        ("The strike hit on Tuesday.", ("2021-07-06", "day")),
        ("Rockets struck the base on Monday.", ("2021-07-12", "day")),  # the anchor's own day
        ("The base was hit last Monday.", ("2021-07-05", "day")),
        ("Shells fell yesterday.", ("2021-07-11", "day")),
        ("Shells fell today.", ("2021-07-12", "day")),
        ("Shells fell last night.", ("2021-07-11", "day")),
        ("Strikes overnight killed four.", ("2021-07-12", "day")),
        ("Strikes hit the day before yesterday.", ("2021-07-10", "day")),
        ("The raid took place three days ago.", ("2021-07-09", "day")),
        ("The attack came last week.", ("2021-07-05", "week")),
        ("Over the past week, drones hit the field.", ("2021-07-05", "week")),
        ("Earlier this week, drones hit the field.", ("2021-07-12", "week")),
        ("The field was attacked earlier this month.", ("2021-07-01", "month")),
        ("The US strikes last month hit three sites.", ("2021-06-01", "month")),
        ("The base was attacked in June.", ("2021-06-01", "month")),
        ("The base was attacked in August.", ("2020-08-01", "month")),
        ("The US claimed in 2017 that ISIS was defeated.", ("2017-01-01", "year")),
        ("Attacks rose last year.", ("2020-01-01", "year")),
        ("The strike on 17 June 2018 hit al-Harra.", ("2018-06-17", "day")),
        ("The strike on June 17, 2018 hit al-Harra.", ("2018-06-17", "day")),
        ("The strike (2018-06-17) hit al-Harra.", ("2018-06-17", "day")),
        ("The strike in June 2018 hit al-Harra.", ("2018-06-01", "month")),
        ("Drones attacked the base on May 1.", ("2021-05-01", "day")),
        ("Drones attacked the base on 3 July.", ("2021-07-03", "day")),
        ("Drones attacked the base on the 23rd of August.", ("2020-08-23", "day")),
        ("Drones will target the base on July 15.", ("2021-07-15", "day")),  # within a week after
        ("Drones attacked the base on July 20.", ("2020-07-20", "day")),  # too far after: last year
    ],
)
def test_resolution_against_a_monday_anchor(sentence: str, expected: tuple[str, str]) -> None:
    assert _resolve(sentence, MONDAY) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The strike hit on Saturday.",
        "Shells fell yesterday.",
        "The attack came last week.",
        "The field was attacked earlier this month.",
        "The strike hit on Tuesday, August 23.",
        "Drones attacked the base on May 1.",
        "The base was attacked in June.",
    ],
)
def test_without_anchor_relative_and_yearless_dates_are_unknown(sentence: str) -> None:
    assert _resolve(sentence, None) is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The strike on 17 June 2018 hit al-Harra.", "2018-06-17"),
        ("The strike on Sunday, June 17, 2018 hit al-Harra.", "2018-06-17"),
        ("17 Jun, 2018 22:39", "2018-06-17"),
    ],
)
def test_without_anchor_dates_with_a_year_resolve(sentence: str, expected: str) -> None:
    assert _resolve(sentence, None) == (expected, "day")


def test_weekday_and_date_pin_the_year_after_the_latest_year_named() -> None:
    text = (
        "The US carried out air raids on Tuesday, August 23. The US had claimed back in 2017 "
        "that ISIS was defeated, and in 2019 that all its areas were liberated."
    )
    region = Span(0, text.index(".") + 1)
    assert latest_year(text) == 2019
    guess = resolve_incident_date(text, region, None)
    assert guess is not None and guess.date == dt.date(2022, 8, 23)  # 2016 is before 2019
    alone = text[: region.end]
    assert resolve_incident_date(alone, region, None) is None  # no year named: unknown
    undated = "The strike came on August 23. In 2019 ISIS lost its last town."
    assert resolve_incident_date(undated, Span(0, 29), None) is None  # no weekday
    anchored = resolve_incident_date(text, region, dt.date(2021, 8, 25))
    assert anchored is not None and anchored.date == dt.date(2021, 8, 23)  # the anchor's year


def test_month_day_resolves_across_new_year() -> None:
    assert _resolve("It happened on December 30.", dt.date(2022, 1, 2)) == ("2021-12-30", "day")
    assert _resolve("It happened on January 2.", dt.date(2021, 12, 30)) == ("2022-01-02", "day")


def test_weekday_and_month_day_together() -> None:
    text = "The US carried out air raids on Tuesday, August 23, a statement said."
    guess = resolve_incident_date(text, Span(0, len(text)), dt.date(2022, 8, 25))
    assert guess is not None
    assert (guess.date, guess.precision) == (dt.date(2022, 8, 23), "day")
    assert guess.expression == "Tuesday, August 23"
    assert guess.span.of(text) == guess.expression
    assert guess.component == COMPONENT == "extract.dates@7"


@pytest.mark.parametrize(
    "text",
    ["They may march on.", "He will march ahead.", "Sundays are quiet.", "The 2017 strike.",
     "At 22:39 the strike hit.", "Killed 5 people."],
)
def test_non_dates_are_not_expressions(text: str) -> None:
    assert find_date_expressions(text) == []


def test_find_date_expressions_in_a_region_with_absolute_spans() -> None:
    text = "On Friday, drones hit the field. Rockets hit the base on Saturday night."
    region_start = text.index("Rockets")
    (expr,) = find_date_expressions(text, region_start, len(text))
    assert expr.span.of(text) == "on Saturday night"
    assert expr.kind == "weekday"


def test_the_event_sentence_comes_first() -> None:
    text = "On Friday, drones hit the field. Rockets hit the base on Saturday night."
    region = Span(text.index("Rockets"), len(text))
    guess = resolve_incident_date(text, region, MONDAY)
    assert guess is not None and guess.date == dt.date(2021, 7, 10)


def test_a_preceding_sentence_is_used_when_the_event_sentence_has_no_date() -> None:
    text = "Drones hit the field on Friday. Nobody was hurt. The attack caused damage."
    region = Span(text.index("The attack"), len(text))
    guess = resolve_incident_date(text, region, MONDAY)
    assert guess is not None and guess.date == dt.date(2021, 7, 9)


def test_never_a_date_from_three_sentences_back() -> None:
    text = "Drones hit the field on Friday. It burned. Nobody was hurt. The attack caused damage."
    region = Span(text.index("The attack"), len(text))
    assert resolve_incident_date(text, region, MONDAY) is None


def test_finer_precision_wins_inside_the_event_sentence() -> None:
    text = "Earlier this month, as tension rose, rockets hit the base on Saturday."
    assert _resolve(text, MONDAY) == ("2021-07-10", "day")


def test_report_dates_come_after_an_event_date_nearby() -> None:
    text = (
        "Late on Saturday night, a blast hit the plant. "
        "A missile struck, the Observatory reported on Sunday."
    )
    region = Span(text.index("A missile"), len(text))
    guess = resolve_incident_date(text, region, MONDAY)
    assert guess is not None and guess.date == dt.date(2021, 7, 10)


def test_a_report_date_is_used_when_nothing_better_is_near() -> None:
    text = "A missile struck a gas field, the Observatory reported on Sunday."
    assert _resolve(text, MONDAY) == ("2021-07-11", "day")
    (expr,) = find_date_expressions(text)
    assert expr.reporting


def test_unresolvable_choice_does_not_fall_back_to_a_distant_date() -> None:
    text = "In 2017, strikes hit Raqqa. The letter cited an attack on Saturday."
    region = Span(text.index("The letter"), len(text))
    assert resolve_incident_date(text, region, None) is None


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)),
       st.integers(min_value=0, max_value=6))
def test_weekday_is_within_the_week_before_the_anchor(anchor: dt.date, weekday: int) -> None:
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekday]
    guess = _resolve(f"The strike hit on {name}.", anchor)
    assert guess is not None
    day = dt.date.fromisoformat(guess[0])
    assert day.weekday() == weekday
    assert 0 <= (anchor - day).days <= 6


@given(st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2090, 12, 31)))
def test_absolute_dates_round_trip(day: dt.date) -> None:
    for text in (f"on {day.day} {day:%B} {day.year}", f"on {day:%B} {day.day}, {day.year}",
                 f"on {day.isoformat()}"):
        assert _resolve(text, None) == (day.isoformat(), "day")


def test_resolve_expression_returns_a_frozen_guess() -> None:
    (expr,) = find_date_expressions("yesterday")
    guess = resolve_expression(expr, MONDAY)
    assert isinstance(guess, DateGuess)
    with pytest.raises(AttributeError):
        guess.date = MONDAY  # type: ignore[misc]


# --- seeds (../shared/seeds), read-only third-party material ------------------------------------


def _seed(prefix: str) -> tuple[str, dict[str, object]]:
    gold = SEEDS / "gold.jsonl"
    if not gold.exists():
        pytest.skip("../shared/seeds is absent: the seed articles are not in this checkout")
    for line in gold.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if str(record["file"]).startswith(prefix):
            return (SEEDS / record["file"]).read_text(encoding="utf-8"), record
    pytest.skip(f"seed {prefix} is not in gold.jsonl")


def _sentence(text: str, opening: str) -> Span:
    start = text.index(opening)
    end = text.find(". ", start)
    return Span(start, end + 1 if end > 0 else len(text))


def _published(record: dict[str, object]) -> dt.date:
    return dt.date.fromisoformat(str(record["published"]))


def test_seed_003_late_on_saturday_night() -> None:
    text, record = _seed("003")
    anchor = _published(record)
    for opening in ("Late on Saturday night", "which was confirmed by"):
        guess = resolve_incident_date(text, _sentence(text, opening), anchor)
        assert guess is not None
        assert (guess.date, guess.precision) == (dt.date(2021, 7, 10), "day")
        assert guess.expression == "Late on Saturday night"


def test_seed_002_tuesday_august_23() -> None:
    text, record = _seed("002")
    region = _sentence(text, "The US armed forces carried out air raids")
    assert record["published"] is None
    # no publication date, but the text names 2017 and 2019: the first Tuesday, August 23
    # from 2019 on is in 2022
    pinned = resolve_incident_date(text, region, None)
    assert pinned is not None and pinned.date == dt.date(2022, 8, 23)
    guess = resolve_incident_date(text, region, dt.date(2022, 8, 25))
    assert guess is not None and (guess.date, guess.precision) == (dt.date(2022, 8, 23), "day")


def test_seed_001_saturday_without_anchor_is_unknown() -> None:
    text, record = _seed("001")
    region = _sentence(text, "The letter cited the latest of such attacks")
    assert record["published"] is None
    assert resolve_incident_date(text, region, None) is None


def test_seed_004_event_sentence_has_no_date() -> None:
    text, record = _seed("004")
    anchor = _published(record)
    for opening in ("US-led coalition aircraft have reportedly", "There are dead and wounded"):
        region = _sentence(text, opening)
        assert find_date_expressions(text, region.start, region.end) == []
        assert resolve_incident_date(text, region, anchor) is None


# --- extract.dates@3: event-naming dates before follow-up and statement dates ---------------

AUG_15 = dt.date(2021, 8, 15)  # a Sunday


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        # a calendar date naming the event beats the weekday of an arrest
        ("Officers detained a man Tuesday over the Aug. 5 shooting at the market.", AUG_15,
         ("2021-08-05", "day")),
        ("The trial over the attack on 12 April opened on Thursday.", AUG_15,
         ("2021-04-12", "day")),
        # a weekday next to the event beats one next to a court appearance
        ("The driver appeared in court on Monday, accused over the ambush Saturday night.",
         MONDAY, ("2021-07-10", "day")),
        ("Friday's bombing was condemned by the council, the mayor said on Sunday.", MONDAY,
         ("2021-07-09", "day")),
        ("Two farmers were killed Thursday, and a suspect was arrested Sunday.", MONDAY,
         ("2021-07-08", "day")),
        # "nearly a week after the attack": the report is about a week after the event
        ("Nearly a week after the attack, the market reopened.", MONDAY, ("2021-07-05", "week")),
        ("Two weeks after the bombing, the bridge is still closed.", MONDAY,
         ("2021-06-28", "week")),
    ],
)
def test_the_event_named_date_beats_a_follow_up_day(
    sentence: str, anchor: dt.date, expected: tuple[str, str]
) -> None:
    assert _resolve(sentence, anchor) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "A woman was sentenced on Wednesday for the killing of her neighbour.",
        "The suspect was arrested by state troopers late Friday.",
        "The teenager will face a judge on Tuesday for wounding his cousin.",
        "On Thursday, the defence minister told parliament that the base had been hit.",
    ],
)
def test_a_follow_up_or_statement_day_is_not_the_events_own(sentence: str) -> None:
    guess = resolve_incident_date(sentence, Span(0, len(sentence)), MONDAY)
    assert guess is not None and not guess.own


def test_named_and_reporting_marks() -> None:
    text = "Police said Tuesday that the June 3 shooting and a raid on Friday were linked."
    marks = {e.expression: (e.named, e.reporting) for e in find_date_expressions(text)}
    assert marks == {"Tuesday": (False, True), "June 3": (True, False),
                     "on Friday": (True, False)}
    plain = "Gunmen stormed the village on Tuesday."
    assert [(e.named, e.reporting) for e in find_date_expressions(plain)] == [(False, False)]


# --- extract.dates@4: the anchor's next day, numeric dates, holidays, dates of reports -----------

FRIDAY = dt.date(2021, 7, 16)  # a Friday


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        # the weekday right after the anchor's: the page date lags its text
        ("A teenager was in the car on Saturday when gunmen opened fire.", FRIDAY,
         ("2021-07-17", "day")),
        # ... unless the date names the event: a follow-up's past event
        ("A man was charged over the ambush on Saturday.", FRIDAY, ("2021-07-10", "day")),
        ("The strike hit on Saturday.", FRIDAY, ("2021-07-10", "day")),
        # numeric dates: the one real reading, else the reading nearest the anchor
        ("The robbery was reported at 9 pm on 7/13/21.", FRIDAY, ("2021-07-13", "day")),
        ("The raid (14/07/2021) left two dead.", FRIDAY, ("2021-07-14", "day")),
        ("Gunmen attacked the convoy on 07.06.2021.", FRIDAY, ("2021-07-06", "day")),
        ("Gunmen attacked the convoy on 06.07.2021.", FRIDAY, ("2021-07-06", "day")),
        # holidays on a fixed day, and Thanksgiving
        ("A bar owner was shot on New Year's Eve.", dt.date(2022, 1, 3), ("2021-12-31", "day")),
        ("Two guards died in a fire on Christmas Day.", dt.date(2021, 12, 28),
         ("2021-12-25", "day")),
        ("Two guards died in a fire on Christmas.", dt.date(2021, 12, 28), ("2021-12-25", "day")),
        ("A boy was wounded on Thanksgiving night.", dt.date(2021, 11, 29),
         ("2021-11-25", "day")),
        # days after the event
        ("Three days after the massacre, the village is empty.", FRIDAY, ("2021-07-13", "day")),
        # a day of the month alone, the weekend, hours and fortnights ago
        ("Bandits raided the camp on the 14th, the mayor said.", FRIDAY, ("2021-07-14", "day")),
        ("Bandits raided the camp on the 20th.", FRIDAY, ("2021-06-20", "day")),
        ("Bandits raided the camp over the weekend.", MONDAY, ("2021-07-10", "day")),
        ("Bandits raided the camp a few hours ago.", FRIDAY, ("2021-07-16", "day")),
        ("Bandits raided the camp 48 hours ago.", FRIDAY, ("2021-07-14", "day")),
        ("Bandits raided the camp a fortnight ago.", FRIDAY, ("2021-07-02", "week")),
    ],
)
def test_anchor_lag_numeric_dates_and_holidays(
    sentence: str, anchor: dt.date, expected: tuple[str, str]
) -> None:
    assert _resolve(sentence, anchor) == expected


@pytest.mark.parametrize(
    "text",
    ["the Christmas party in the barracks", "see section 1.5.16 of the code", "version 3/4/5",
     "on the 5th floor of the hotel", "over the weekend's football results"],
)
def test_holiday_words_and_section_numbers_are_not_dates(text: str) -> None:
    assert find_date_expressions(text) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The provincial coroner on Sunday released the names of the four miners.",
        "A nine-year-old girl was still in critical condition on Saturday.",
        "The militia leader said in a Wednesday interview that his men had withdrawn.",
        "The pastor was remembered Monday as a man of peace.",
        "Prosecutors described the killing during Tuesday afternoon's bail hearing.",
    ],
)
def test_a_report_or_later_state_on_a_weekday_is_not_the_events_own(sentence: str) -> None:
    guess = resolve_incident_date(sentence, Span(0, len(sentence)), MONDAY)
    assert guess is not None and not guess.own


def test_the_first_event_day_of_an_article_skips_reports_and_later_acts() -> None:
    text = (
        "Family mourns teenager. Police said Tuesday that a suspect was arrested Monday. "
        "The boy was shot Saturday night outside a shop. A vigil is planned for Friday."
    )
    guess = first_event_day(text, dt.date(2021, 7, 14))  # a Wednesday
    assert guess is not None and (guess.date, guess.expression) == (
        dt.date(2021, 7, 10), "Saturday night")
    assert first_event_day("Police said Tuesday the road reopened.", MONDAY) is None


# --- extract.dates@5: days counted back from the sentence's day, last week's weekdays ----------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the sentence's own day, less the days it says the event came before
        ("The bodies were recovered on Tuesday from a burnt house, a day after gunmen attacked "
         "the village.", "2021-07-12"),
        ("The woman died Saturday, a week after she was critically wounded in a drive-by.",
         "2021-07-03"),
        ("He was taken into custody late Tuesday night, five days after he allegedly shot two "
         "men at a bakery.", "2021-07-08"),
        # no day before it: counted from the anchor, as before
        ("Three days after the attack, the road was still closed.", "2021-07-11"),
    ],
)
def test_days_after_an_event_count_back_from_the_sentences_day(
    sentence: str, expected: str
) -> None:
    wednesday = dt.date(2021, 7, 14)
    guess = resolve_incident_date(sentence, Span(0, len(sentence)), wednesday)
    assert guess is not None and guess.date.isoformat() == expected


def test_a_weekday_of_an_event_told_as_last_weeks_is_last_weeks() -> None:
    text = (
        "A man has been charged in the fatal shooting of a 7-year-old girl last week. "
        "The girl was fatally shot Wednesday night outside her home."
    )
    region = Span(text.index("The girl"), len(text))
    saturday = dt.date(2021, 7, 17)
    guess = resolve_incident_date(text, region, saturday)
    assert guess is not None and guess.date == dt.date(2021, 7, 7)  # not the 14th
    fresh = "The girl was fatally shot Wednesday night outside her home."
    guess = resolve_incident_date(fresh, Span(0, len(fresh)), saturday)
    assert guess is not None and guess.date == dt.date(2021, 7, 14)
    # "within the last week" tells no event as last week's
    other = "Two killings within the last week. The girl was fatally shot Wednesday night."
    guess = resolve_incident_date(other, Span(other.index("The girl"), len(other)), saturday)
    assert guess is not None and guess.date == dt.date(2021, 7, 14)


def test_the_finest_date_before_an_undated_event_sentence_is_taken() -> None:
    text = (
        "Sixty inmates died in fighting that began late on Friday at the jail where 119 died "
        "in September. Inmates had been attacked by a rival gang."
    )
    region = Span(text.index("Inmates had"), len(text))
    guess = resolve_incident_date(text, region, dt.date(2021, 11, 14))
    assert guess is not None and (guess.date, guess.precision) == (dt.date(2021, 11, 12), "day")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The army said on Tuesday that 12 soldiers were killed in an ambush the previous day.",
         "2021-07-12"),
        ("Police said Friday that the man had been shot two days earlier.", "2021-07-07"),
        ("Rebels attacked the town the day before, residents said.", "2021-07-13"),
        ("The shelling of 2021/07/10 hit the market.", "2021-07-10"),
        ("The shelling of 2021.07.10 hit the market.", "2021-07-10"),
    ],
)
def test_the_previous_day_and_east_asian_dates(sentence: str, expected: str) -> None:
    guess = resolve_incident_date(sentence, Span(0, len(sentence)), dt.date(2021, 7, 14))
    assert guess is not None and guess.date.isoformat() == expected


def test_days_before_an_event_are_not_its_date() -> None:
    assert find_date_expressions("Two days before the attack, the army withdrew.") == []


def test_days_earlier_without_a_day_before_them_date_nothing() -> None:
    text = "The son they brought home from the hospital two days earlier was hurt."
    assert resolve_incident_date(text, Span(0, len(text)), dt.date(2021, 7, 14)) is None


@pytest.mark.parametrize(
    ("sentence", "anchor", "expected"),
    [
        ("A girl was fatally shot on Easter in the city.", "2016-04-20", "2016-03-27"),
        ("Bombs hit three churches on Easter Sunday.", "2019-04-22", "2019-04-21"),
        ("Gunmen shot two men on Good Friday.", "2024-04-01", "2024-03-29"),
        # the tabular Hijri calendar: within a day of the observed Eid
        ("A bomber struck a market on the first day of Eid al-Fitr.", "2024-04-12", "2024-04-10"),
        ("Gunmen attacked worshippers on the eve of Eid al-Adha.", "2023-06-30", "2023-06-28"),
    ],
)
def test_movable_feasts(sentence: str, anchor: str, expected: str) -> None:
    guess = resolve_incident_date(sentence, Span(0, len(sentence)), dt.date.fromisoformat(anchor))
    assert guess is not None and guess.date.isoformat() == expected


def test_feast_seasons_are_not_days() -> None:
    assert find_date_expressions("Prices rose during Eid shopping and the Easter holidays.") == []


def test_a_name_is_no_feast() -> None:
    text = "An air strike on Eid family home in the camp killed a commander on Easter Island."
    assert find_date_expressions(text) == []
