"""Incident dates: date expressions found in text, resolved against an anchor date.

Component id: ``extract.dates@7`` (@6, session 11, s11-events: "the previous night", and "the
previous day" in a dateline's sentence counted back from the day of filing; @7, session 12,
s12-events: the days of a visit "from 31 March to 2 April" yield to a point day). Own regexes for the forms news uses ("17 June 2018",
"June 17, 2018", "2018-06-17", "Tuesday, August 23", "on May 1", "late on Saturday night",
"yesterday", "last week", "earlier this month", "three days ago"); no dateparser, which is
much slower and not needed for these forms.

Resolution against the ``anchor`` (the dateline or the publication date):

- a weekday is the most recent such day on or before the anchor (the anchor's own weekday is
  the anchor itself); "last Tuesday" is strictly before the anchor; the weekday right after
  the anchor's ("on Saturday" in a Friday story) is that next day, the anchor lagging its text
  (time zones, overnight updates), unless the date names the event ("shot on Saturday": a
  follow-up's past event, six days back);
- a numeric date ("12/23/16", "05.09.2016") is month first or day first, whichever is a real
  date, and when both are, the reading nearest the anchor (at most a week after it);
- a holiday on a fixed day ("New Year's Eve", "Christmas Day", "on Christmas", "Fourth of
  July", "Halloween night") is that month and day, resolved as one; Thanksgiving is the
  fourth Thursday of November;
- "on the 14th" is the latest 14th on or before the anchor; "over the weekend" is the Saturday
  on or before it (Friday night to Sunday are within a day); "six hours ago" is the anchor,
  "48 hours ago" two days back; "a fortnight ago" two weeks;
- "yesterday" and "last night" are anchor - 1; "today", "tonight", "this morning" and
  "overnight" are the anchor (a night reported on the anchor day mostly ends on it);
- "last week" / "over the past week" is anchor - 7 days, precision week; "this week" is the
  Monday of the anchor's week; "last month" / "this month" are the first day of that month,
  precision month; "last year" / "this year" are 1 January, precision year;
- a month and day without a year ("August 23") is the most recent such date on or before the
  anchor, unless it falls at most a week after the anchor (then that date: datelines lag);
- without an anchor every relative or year-less expression is unknown (None); dates with a
  year still resolve. One exception: a weekday with a month and day ("Tuesday, August 23")
  fixes the year when the article names any year: news is not older than the latest year it
  mentions, so it is the first year from that one on where the day falls on that weekday.

:func:`resolve_incident_date` takes the expression in the event sentence first (a named event's
date, then the finest precision, then the first), then the nearest one in the two sentences before it, and only then
a date the sentence gives for a report ("..., the Observatory reported on Sunday"). It never
looks further back: unknown stays unknown.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final

from contested.clean.dates import hijri_to_gregorian
from contested.extract.date_expressions import (
    EARLIER,
    LAST_WEEK_EVENT,
    PRECISION,
    DateExpression,
    ExpressionKind,
    find_date_expressions,
    precision_of,
)
from contested.types import DatePrecision, Span

COMPONENT: Final = "extract.dates@7"
logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class DateGuess:
    date: dt.date
    precision: DatePrecision
    span: Span
    expression: str
    component: str = COMPONENT
    own: bool = True  # the event sentence's own expression, not a report's date or one before it
    report: bool = False  # a report's, a statement's or a follow-up act's date


_LAG: Final = dt.timedelta(days=7)  # a date up to a week after the anchor: the anchor lags
_LOOKBACK_CHARS: Final = 1500
_LOOKBACK_SENTENCES: Final = 2


_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*\s+|\n\s*\n|\n(?=[A-Z“\"])")
_HEAD_CHARS: Final = 600
_RANK: Final[dict[DatePrecision, int]] = {"day": 0, "week": 1, "month": 2, "year": 3}


# --- resolving ---------------------------------------------------------------------------------


def resolve_expression(
    expr: DateExpression, anchor: dt.date | None, latest_year: int | None = None
) -> DateGuess | None:
    """The date ``expr`` names, given the anchor; None when the text does not fix it.
    ``latest_year``, the latest year the article names, pins the year of a weekday-and-date
    without an anchor."""
    resolved = _RESOLVERS[expr.kind](expr, anchor)
    if resolved is None and anchor is None and latest_year is not None:
        resolved = _weekday_year(expr, latest_year)
    if resolved is None:
        return None
    return DateGuess(resolved, precision_of(expr), expr.span, expr.expression)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _resolve_date(expr: DateExpression, anchor: dt.date | None) -> dt.date | None:
    assert expr.year is not None and expr.month is not None and expr.day is not None
    found = _safe_date(expr.year, expr.month, expr.day)
    _check_weekday(expr, found)
    return found


def _resolve_month_day(expr: DateExpression, anchor: dt.date | None) -> dt.date | None:
    if anchor is None or expr.month is None or expr.day is None:
        return None
    options = [_safe_date(anchor.year + k, expr.month, expr.day) for k in (-1, 0, 1)]
    dates = [d for d in options if d is not None]
    soon = [d for d in dates if anchor < d <= anchor + _LAG]
    past = [d for d in dates if d <= anchor]
    found = soon[0] if soon else max(past, default=None)
    _check_weekday(expr, found)
    return found


def _weekday_year(expr: DateExpression, since: int) -> dt.date | None:
    """The first date from ``since`` on with the month, day and weekday ``expr`` gives (a
    weekday-and-date recurs within 11 years; none in that window means a mistyped date)."""
    if expr.kind != "month_day" or expr.weekday is None or expr.month is None or expr.day is None:
        return None
    for year in range(since, since + 12):
        found = _safe_date(year, expr.month, expr.day)
        if found is not None and found.weekday() == expr.weekday:
            return found
    return None


@lru_cache(maxsize=4)
def latest_year(text: str) -> int | None:
    """The latest year the text names ("in 2019", "17 June 2018", "2018-06-17")."""
    years = [e.year for e in find_date_expressions(text) if e.year is not None]
    return max(years, default=None)


def _check_weekday(expr: DateExpression, found: dt.date | None) -> None:
    if found is not None and expr.weekday is not None and found.weekday() != expr.weekday:
        logger.debug("weekday of %r does not match %s; keeping the calendar date",
                     expr.expression, found)


def _resolve_month(expr: DateExpression, anchor: dt.date | None) -> dt.date | None:
    assert expr.month is not None
    if expr.year is not None:
        return dt.date(expr.year, expr.month, 1)
    if anchor is None:
        return None
    if expr.offset or "year" in expr.expression.lower():  # "April last year", "May this year"
        return dt.date(anchor.year - expr.offset, expr.month, 1)
    year = anchor.year if expr.month <= anchor.month else anchor.year - 1
    return dt.date(year, expr.month, 1)


def _resolve_year(expr: DateExpression, anchor: dt.date | None) -> dt.date | None:
    return None if expr.year is None else dt.date(expr.year, 1, 1)


def _resolve_weekday(expr: DateExpression, anchor: dt.date | None) -> dt.date | None:
    if anchor is None or expr.weekday is None:
        return None
    back = (anchor.weekday() - expr.weekday) % 7
    if back == 0 and expr.offset:
        back = 7
    if back == 6 and not expr.offset and not expr.named:
        return anchor + dt.timedelta(days=1)  # the day after the anchor's: the anchor lags
    return anchor - dt.timedelta(days=back)


def _resolve_numeric(expr: DateExpression, anchor: dt.date | None) -> dt.date | None:
    """Month first or day first, whichever reading is a real date; when both are, the one
    nearest the anchor, not more than a week after it (none without an anchor)."""
    assert expr.year is not None and expr.month is not None and expr.day is not None
    readings = {d for d in (_safe_date(expr.year, expr.month, expr.day),
                            _safe_date(expr.year, expr.day, expr.month)) if d is not None}
    if len(readings) == 1:
        return readings.pop()
    if anchor is None:
        return None
    near = [d for d in readings if d <= anchor + _LAG]
    return min(near, key=lambda d: abs((anchor - d).days), default=None)


def _resolve_day_of_month(expr: DateExpression, anchor: dt.date | None) -> dt.date | None:
    """The latest such day of the month on or before the anchor (this month's or last)."""
    if anchor is None or expr.day is None:
        return None
    if expr.day <= anchor.day:
        return _safe_date(anchor.year, anchor.month, expr.day)
    last = anchor.replace(day=1) - dt.timedelta(days=1)
    return _safe_date(last.year, last.month, expr.day)


def _resolve_weekend(expr: DateExpression, anchor: dt.date | None) -> dt.date | None:
    """The Saturday of the weekend on or before the anchor (Friday night to Sunday within a
    day of it)."""
    if anchor is None:
        return None
    return anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)


def _resolve_thanksgiving(expr: DateExpression, anchor: dt.date | None) -> dt.date | None:
    """The fourth Thursday of November, the latest on or before the anchor (a week's lag)."""
    if anchor is None:
        return None
    for year in (anchor.year, anchor.year - 1):
        first = dt.date(year, 11, 1)
        day = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
        if day <= anchor + _LAG:
            return day
    return None


def _resolve_feast(expr: DateExpression, anchor: dt.date | None) -> dt.date | None:
    """The latest such feast on or before the day after the anchor (less a day for its eve)."""
    if anchor is None:
        return None
    name = expr.expression.lower()
    days = [d for year in (anchor.year - 1, anchor.year) for d in _feast_days(name, year)]
    past = [d for d in days if d <= anchor + dt.timedelta(days=1)]
    return max(past) - dt.timedelta(days=expr.offset) if past else None


def _feast_days(name: str, year: int) -> list[dt.date]:
    """The feast's days in the Gregorian ``year`` (an Eid can fall twice in one year)."""
    if "easter" in name or "good friday" in name:
        easter = _easter(year)
        return [easter - dt.timedelta(days=2) if "good friday" in name else easter]
    hijri = round((year - 622) * 33 / 32)
    wanted = [(10, 1)] if "fitr" in name else [(12, 10)] if "adha" in name else [(10, 1), (12, 10)]
    found = (hijri_to_gregorian(h, month, day)
             for h in (hijri - 1, hijri, hijri + 1) for month, day in wanted)
    return sorted(d for d in found if d is not None and d.year == year)


def _easter(year: int) -> dt.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ll = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ll) // 451
    month, day = divmod(h + ll - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def _resolve_days_ago(expr: DateExpression, anchor: dt.date | None) -> dt.date | None:
    return None if anchor is None else anchor - dt.timedelta(days=expr.offset)


def _resolve_weeks_ago(expr: DateExpression, anchor: dt.date | None) -> dt.date | None:
    return None if anchor is None else anchor - dt.timedelta(weeks=expr.offset)


def _resolve_this_week(expr: DateExpression, anchor: dt.date | None) -> dt.date | None:
    return None if anchor is None else anchor - dt.timedelta(days=anchor.weekday())


def _resolve_months_ago(expr: DateExpression, anchor: dt.date | None) -> dt.date | None:
    if anchor is None:
        return None
    index = anchor.year * 12 + anchor.month - 1 - expr.offset
    return dt.date(index // 12, index % 12 + 1, 1)


def _resolve_years_ago(expr: DateExpression, anchor: dt.date | None) -> dt.date | None:
    return None if anchor is None else dt.date(anchor.year - expr.offset, 1, 1)


_Resolver = Callable[[DateExpression, dt.date | None], dt.date | None]
_RESOLVERS: Final[dict[ExpressionKind, _Resolver]] = {
    "date": _resolve_date,
    "month_day": _resolve_month_day,
    "month": _resolve_month,
    "year": _resolve_year,
    "weekday": _resolve_weekday,
    "days_ago": _resolve_days_ago,
    "weeks_ago": _resolve_weeks_ago,
    "this_week": _resolve_this_week,
    "months_ago": _resolve_months_ago,
    "years_ago": _resolve_years_ago,
    "numeric": _resolve_numeric,
    "thanksgiving": _resolve_thanksgiving,
    "day_of_month": _resolve_day_of_month,
    "weekend": _resolve_weekend,
    "feast": _resolve_feast,
}


# --- choosing the incident date ----------------------------------------------------------------


def resolve_incident_date(
    text: str,
    region: Span,
    anchor: dt.date | None,
    elsewhere: Sequence[Span] = (),
) -> DateGuess | None:
    """The incident date the event sentence ``region`` supports, or None (unknown).

    The chosen expression is resolved even when that gives None: a "Saturday" without an
    anchor does not fall back to some other, more distant date; only a weekday with a month
    and day takes its year from the latest year the text names (:func:`latest_year`).
    Expressions inside ``elsewhere`` spans date another incident ("in response to
    Wednesday's rocket attack").
    """
    chosen = _choose(text, region, elsewhere)
    if chosen is None:
        return None
    if chosen.after:
        counted = _counted_back(text, region, chosen, anchor)
        filed = any(span.start == region.start for span in elsewhere)
        if counted is not None or (EARLIER.fullmatch(chosen.expression) and not filed):
            return counted  # "two days earlier" with no day before it counts from no known day
        # but in a story's dateline sentence ("KANO, 14/03 (Agency) - Gunmen killed 12 people
        # the previous night") it counts from the day of filing, the anchor
    pinned = anchor is None and chosen.kind == "month_day" and chosen.weekday is not None
    guess = resolve_expression(chosen, anchor, latest_year(text) if pinned else None)
    if guess is not None and anchor is not None and _last_weeks(chosen, guess.date, anchor, text):
        guess = replace(guess, date=guess.date - dt.timedelta(days=7))
    own = region.contains(chosen.span) and not chosen.reporting
    return guess if guess is None or own else replace(guess, own=False, report=chosen.reporting)


def _last_weeks(expr: DateExpression, day: dt.date, anchor: dt.date, text: str) -> bool:
    """A bare weekday naming the event ("fatally shot Wednesday night") resolved into the
    anchor's own week (Sunday to Saturday, before the anchor's day), in a story whose head
    tells the event as last week's ("charged in the shooting of a 7-year-old last week")."""
    if expr.kind != "weekday" or expr.offset or not expr.named or day >= anchor:
        return False
    sunday = anchor - dt.timedelta(days=(anchor.weekday() + 1) % 7)
    return day >= sunday and LAST_WEEK_EVENT.search(text, 0, _HEAD_CHARS) is not None


def _counted_back(
    text: str, region: Span, after: DateExpression, anchor: dt.date | None
) -> DateGuess | None:
    """"N days after the attack" counted back from the day the sentence gives before it ("The
    bodies were recovered on Tuesday, a day after militants attacked": Monday; "died Saturday,
    a week after she was wounded"; "the army said on Tuesday that ... in an ambush the previous
    day"), when it gives one; None to count from the anchor."""
    if after.kind not in ("days_ago", "weeks_ago"):
        return None
    days = [
        e for e in find_date_expressions(text, region.start, after.span.start)
        if PRECISION[e.kind] == "day" and not e.after
    ]
    base = resolve_expression(days[-1], anchor) if days else None
    if base is None:
        return None
    back = dt.timedelta(days=after.offset * (7 if after.kind == "weeks_ago" else 1))
    precision = precision_of(after)
    return DateGuess(base.date - back, precision, after.span, after.expression)


def _choose(text: str, region: Span, elsewhere: Sequence[Span] = ()) -> DateExpression | None:
    inside = [
        e for e in find_date_expressions(text, region.start, region.end)
        if not any(e.span.overlaps(o) for o in elsewhere)
    ]
    event = [e for e in inside if not e.reporting]
    if event:
        return min(event, key=lambda e: (not e.named, _span_of_days(text, e), _RANK[precision_of(e)],
                                         _vague(e), e.span.start))
    start = _lookback_start(text, region.start)
    before = [e for e in find_date_expressions(text, start, region.start) if not e.reporting]
    if before:  # the finest, then the nearest: "fighting that began late on Friday ..., the
        # same jail where 119 died in September. Inmates had been attacked ..." is Friday's
        return min(before, key=lambda e: (_RANK[precision_of(e)], -e.span.end))
    if inside:
        return min(inside, key=lambda e: (_RANK[precision_of(e)], e.span.start))
    return None


# "from 31 March to 2 April", "between 3 and 9 May": the days of a visit or an inquiry, which
# a point day in the same sentence ("the deaths ... on 28 March") outranks.
_FROM = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_TO = re.compile(r"\s*(?:to|until|till|and|[-–])\s+\d", re.IGNORECASE)


_UNTIL = re.compile(r"\b(?:from|between)\s+[\w ]{1,20}?\s*(?:to|until|till|and|[-–])\s+$", re.I)


def _span_of_days(text: str, expr: DateExpression) -> bool:
    """The date opens or closes a span of days."""
    opens = _FROM.search(text, max(0, expr.span.start - 10), expr.span.start) and _TO.match(
        text, expr.span.end
    )
    return bool(opens or _UNTIL.search(text, max(0, expr.span.start - 35), expr.span.start))


_DAY_KINDS: Final = frozenset(
    {"date", "month_day", "weekday", "days_ago", "numeric", "thanksgiving", "day_of_month",
     "feast"}
)


def first_event_day(text: str, anchor: dt.date, lag: int = 1) -> DateGuess | None:
    """The first day-precise date in ``text`` that is no report's or follow-up act's, not more
    than ``lag`` days after the anchor: an article's incident date where its lead gives none
    ("Police identified the victim. ... The boy was shot Sunday night outside his home")."""
    latest = anchor + dt.timedelta(days=lag)
    for expr in find_date_expressions(text):
        if expr.reporting or expr.kind not in _DAY_KINDS:
            continue
        guess = resolve_expression(expr, anchor)
        if guess is not None and guess.date <= latest:
            return replace(guess, own=False)
    return None


def _vague(expr: DateExpression) -> bool:
    """"overnight" alone is the anchor's day, which a weekday or a calendar date in the same
    sentence says more exactly ("overnight into Sunday", "overnight on Saturday")."""
    return expr.kind == "days_ago" and expr.expression.lower() == "overnight"


def _lookback_start(text: str, start: int) -> int:
    """Where the sentence two sentences before the one starting at ``start`` begins."""
    low = max(0, start - _LOOKBACK_CHARS)
    ends = [m.end() for m in _BOUNDARY.finditer(text, low, start)]
    if ends and not text[ends[-1] : start].strip():
        ends.pop()  # the boundary right before the region: not a sentence start to go past
    return ends[-_LOOKBACK_SENTENCES] if len(ends) >= _LOOKBACK_SENTENCES else low
