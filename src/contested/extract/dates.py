"""Incident dates: date expressions found in text, resolved against an anchor date.

Component id: ``extract.dates@6`` (@6, session 11, s11-events: "the previous night", and "the
previous day" in a dateline's sentence counted back from the day of filing). Own regexes for the forms news uses ("17 June 2018",
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

Each expression is marked ``reporting`` when it dates a report, a statement or a follow-up act
("said on Wednesday", "told reporters Thursday", "arrested Tuesday", "appeared in court
Monday", "was sentenced on May 3") and ``named`` when it dates an event the text names ("the
Aug. 5 shooting", "the attack on 12 April", "Sunday night's strike", "a shooting Tuesday night",
"was killed Friday", "nearly a week after the attack": anchor - 7 days, precision week; "three
days after the shooting": anchor - 3 days). A date between a speaker and the verb is a report's
("The coroner on Saturday released the names"), and so is one beside a later act or state
("in critical condition on Saturday", "Monday's bond hearing", "a Friday interview").

:func:`resolve_incident_date` takes the expression in the event sentence first (a named event's
date, then the finest precision, then the first), then the nearest one in the two sentences before it, and only then
a date the sentence gives for a report ("..., the Observatory reported on Sunday"). It never
looks further back: unknown stays unknown.
"""

from __future__ import annotations

import calendar
import datetime as dt
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final, Literal

from contested.clean.dates import hijri_to_gregorian
from contested.extract.numbers import NUMBER_RE, parse_number
from contested.types import DatePrecision, Span

COMPONENT: Final = "extract.dates@6"
logger = logging.getLogger(__name__)

ExpressionKind = Literal[
    "date", "month_day", "month", "year", "weekday",
    "days_ago", "weeks_ago", "this_week", "months_ago", "years_ago", "numeric", "thanksgiving",
    "day_of_month", "weekend", "feast",
]


@dataclass(frozen=True)
class DateExpression:
    """A date expression as written; fields not given by the text are None."""

    span: Span
    expression: str
    kind: ExpressionKind
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # Monday = 0
    offset: int = 0  # units back for *_ago; 1 for "last <weekday>" (strictly before the anchor)
    reporting: bool = False  # the date of a report, a statement or a follow-up act (an arrest)
    named: bool = False  # the date of a named event ("the Aug. 5 shooting", "killed Friday")
    after: bool = False  # "three days after the attack": counted back from the sentence's day


@dataclass(frozen=True)
class DateGuess:
    date: dt.date
    precision: DatePrecision
    span: Span
    expression: str
    component: str = COMPONENT
    own: bool = True  # the event sentence's own expression, not a report's date or one before it
    report: bool = False  # a report's, a statement's or a follow-up act's date


_MONTHS: Final = {
    name.lower(): i for i, name in enumerate(calendar.month_name) if name
} | {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
     "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_WEEKDAYS: Final = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_PRECISION: Final[dict[ExpressionKind, DatePrecision]] = {
    "date": "day", "month_day": "day", "weekday": "day", "days_ago": "day",
    "weeks_ago": "week", "this_week": "week", "month": "month", "months_ago": "month",
    "year": "year", "years_ago": "year", "numeric": "day", "thanksgiving": "day",
    "day_of_month": "day", "weekend": "day", "feast": "day",
}
_RANK: Final[dict[DatePrecision, int]] = {"day": 0, "week": 1, "month": 2, "year": 3}

# Month and weekday names are matched case-sensitively ("may", "march" are verbs).
_MON = (
    r"(?-i:(?P<mon>January|February|March|April|May|June|July|August|September|October"
    r"|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec))\.?"
)
_WD = r"(?-i:(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
_DAY = r"(?P<day>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<year>(?:19|20)\d\d)(?!\d)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))"

# "2018-06-17", and the "2018/06/17", "2018.06.17" of East Asian outlets
_ISO = re.compile(
    r"(?<![\d/.])(?P<year>(?:19|20)\d\d)(?P<isep>[-/.])(?P<m>[01]\d)(?P=isep)(?P<day>[0-3]\d)(?![\d/])"
)
# "14 February", and a night or span from its first day: "the night of 9 to 10 February"
_DMY = re.compile(
    rf"(?:{_WD},?\s+)?(?:the\s+)?\b{_DAY}(?:\s*(?:to|-|–|and)\s*(?:3[01]|[12]\d|0?[1-9])"
    rf"(?:st|nd|rd|th)?(?!\d))?(?:\s+of)?\s+{_MON}(?:,?\s+{_YEAR})?",
    re.I,
)
_MDY = re.compile(rf"(?:{_WD},?\s+)?\b{_MON}\s+{_DAY}(?:,?\s+{_YEAR})?(?![\d:])", re.I)
_MONTH_YEAR = re.compile(rf"\b{_MON},?\s+{_YEAR}", re.I)
_MONTH_ONLY = re.compile(
    rf"\b(?:in|during|early|late|mid-?|since|until|by|of)\s+(?:(?:early|late|mid-?)\s*)?{_MON}\b"
    r"(?!\s*\d)",
    re.I,
)
# "in April last year", "March this year": a month of the year before (or of) the anchor's
_MONTH_OF_YEAR = re.compile(
    rf"\b(?:(?:in|during|since|of|early|late|mid-?)\s+)?{_MON}\s+(?P<rel>last|this)\s+year\b", re.I
)
# "12/23/16", "23/12/2016", "05.09.2016": which number is the month is read against the anchor
_NUMERIC = re.compile(
    r"(?<![\d/.])(?P<a>[01]?\d|[23][01]?)(?P<sep>[/.])(?P<b>[0-3]?\d)(?P=sep)"
    r"(?P<year>(?:19|20)\d\d|\d\d)(?![\d/]|\.\d)"
)
# Holidays on a fixed day, and Thanksgiving (the fourth Thursday of November)
_HOLIDAYS: Final = {
    "new year's eve": (12, 31), "new year's day": (1, 1), "christmas eve": (12, 24),
    "christmas": (12, 25), "boxing day": (12, 26), "fourth of july": (7, 4), "halloween": (10, 31),
    "valentine's day": (2, 14), "thanksgiving": (11, 0),
}
_HOLIDAY = re.compile(
    r"(?-i:\b(?P<name>New\s+Year['’]s\s+(?:Eve|Day)|Christmas\s+Eve|Boxing\s+Day|Fourth\s+of\s+July"
    r"|(?:(?<=\bon\s)|(?<=\bOn\s))(?:Christmas|Thanksgiving|Halloween)(?!\s+(?:party|tree|dinner|season"
    r"|shopping|holiday|weekend|break|week|lights|parade|decorations|market|sale|gifts?))"
    r"|(?:Christmas|Thanksgiving|Halloween)\s+(?:Day|night|morning|evening|afternoon)"
    r"|Valentine['’]s\s+Day))",
)
# Movable feasts: Easter and Good Friday (the Gregorian computus), the two Eids (1 Shawwal and
# 10 Dhu al-Hijjah of the tabular Hijri calendar, within a day of the observed one)
_FEAST = re.compile(
    r"\b(?:on|during)\s+(?:the\s+(?P<eve>eve|first\s+day)\s+of\s+)?"
    r"(?-i:(?P<name>Easter(?:\s+Sunday)?|Good\s+Friday|Eid(?:\s+(?:al|ul|el)[-\s](?:Fitr|Adha))?))"
    # the feast, not a season or a name ("an air strike on Eid family home", "Easter Island")
    r"(?!\s+(?:holidays?|break|weekend|week|season|celebrations|shopping|festivities|travel"
    r"|family|families|home|homes|house|residence|clan|tribe)\b)(?!\s+(?-i:[A-Z]))\b",
    re.I,
)
_YEAR_ONLY = re.compile(rf"\b(?:in|during)\s+{_YEAR}\b(?!\s*[-–])", re.I)
_WEEKDAY = re.compile(
    r"\b(?:(?:late|early)\s+)?(?:overnight\s+)?(?:on\s+)?(?:(?:late|early)\s+)?"
    rf"(?:(?P<last>last|this|past)\s+)?{_WD}(?:['’]s)?{_PART}?\b",
    re.I,
)
_RELATIVE_DAY = re.compile(
    r"\b(?P<rel>the\s+day\s+before\s+yesterday|yesterday|today|tonight|earlier\s+today"
    r"|this\s+(?:morning|afternoon|evening)|last\s+night|overnight)\b",
    re.I,
)
_AGO = re.compile(
    rf"\b(?P<n>{NUMBER_RE}|a\s+few|several)\s+(?P<unit>hours?|days?|weeks?|fortnights?|months?|years?)"
    r"\s+ago\b",
    re.I,
)
# "on the 10th": a day of the anchor's month (or the month before), not "the 5th floor"
_DAY_OF_MONTH = re.compile(
    r"\bon\s+the\s+(?P<day>3[01]|[12]\d|[1-9])(?:st|nd|rd|th)"
    r"(?=\s*(?:[,.;)]|$)|\s+(?:of\s+(?:this|the)\s+month|at|in|when|and|as|after|before|night"
    r"|morning|evening|afternoon)\b)",
    re.I,
)
# "over the weekend": the Saturday on or before the anchor (a day either side is the weekend)
_WEEKEND = re.compile(
    r"\b(?:over|during|at|on|this|last|past|the\s+past)\s+(?:the\s+)?weekend\b(?!['’]s?\s+\w)", re.I
)
_RELATIVE_SPAN = re.compile(
    r"\b(?:(?P<last>last|past|previous)\s+(?P<u1>week|month|year)"
    r"|(?:earlier\s+|later\s+)?this\s+(?P<u2>week|month|year))\b",
    re.I,
)
_REPORT_BEFORE = re.compile(
    r"\b(?:said|says|say|reported|reports|announced|announces|stated|added|claimed|confirmed"
    r"|acknowledged|admitted|conceded|insisted|maintained|alleged|rejected|disclosed|revealed"
    r"|denied|statement|briefing|conference|published|posted|updated|tweeted|wrote|pictured"
    r"|photographed|told(?:\s+[\w.'’-]+){1,3})"
    r"\s*[,:]?\s+(?:(?:late|early|on|in)\s+)?$",
    re.I,
)
# A follow-up act: its day is not the incident's ("arrested Tuesday in the Aug. 5 shooting").
_FOLLOW_UP_BEFORE = re.compile(
    r"\b(?:arrested|arrest|charged|charges|arraigned|arraignment|appeared|appear|appears"
    r"|sentenced|sentencing|pleaded|pled|pleads|convicted|indicted|acquitted|booked|jailed"
    r"|detained|captured|surrendered|extradited|testified|ruled|released|identified|buried"
    r"|hearing|court|trial|funeral|vigil|autops(?:y|ies)|judge|jury|verdict|lawsuit|filed"
    r"|hospitali[sz]ed|remains?|remained|condition|remembered|mourned|honou?red|held|scheduled"
    r"|gather|memorial|services)"
    r"(?:\s+(?!(?:in|of|for|after)\s+(?:the|a|an)\s)[\w.'’-]+){0,4}"
    r"\s*,?\s+(?:(?:late|early|on|in)\s+)?$",
    re.I,
)
# Event nouns and verbs a date can name: "the Aug. 5 shooting", "the attack on 12 April",
# "Sunday night's strike", "killed Friday", "opened fire on Saturday".
_EVENT_NOUN = (
    r"(?:shootings?|shootouts?|gunfire|gunfights?|attacks?|strikes?|airstrikes?|air\s+strikes?"
    r"|raids?|ambush(?:es)?|bombings?|blasts?|explosions?|killings?|murders?|homicides?"
    r"|slayings?|stabbings?|massacres?|assaults?|clash(?:es)?|shelling|incidents?|carjackings?"
    r"|robber(?:y|ies)|standoffs?|rampage|violence)"
)
_EVENT_VERB = (
    r"(?:shot|killed|wounded|injured|slain|murdered|stabbed|fired|opened\s+fire|gunned\s+down"
    r"|attacked|struck|hit|bombed|shelled|exploded|detonated|ambushed|raided|erupted|occurred"
    r"|happened|took\s+place)"
)
_NAMED_BEFORE = re.compile(
    rf"\b(?:{_EVENT_NOUN}|{_EVENT_VERB})(?:\s+(?:(?:the|a|an|\w+)\s+)?(?:on|in|at|early|late))?"
    r"\s*,?\s+$",
    re.I,
)
_NAMED_AFTER = re.compile(
    rf"^(?:['’]s|-(?:night|morning|evening|afternoon))?(?:\s+(?:deadly|fatal|mass|double|triple|quadruple|drive-by|early|late"
    rf"|morning|night|evening|afternoon|police|officer-involved|gang-related|gang|random|suicide"
    rf"|car|truck|rocket|drone|missile|air|terror|terrorist|bomb|knife|gun|militant|rebel)){{0,2}}"
    rf"\s+{_EVENT_NOUN}\b",
    re.I,
)
# "nearly a week after the attack": the report is about a week after the event
_WEEKS_AFTER = re.compile(
    r"\b(?:(?:nearly|almost|about|around|more\s+than|over|just\s+over|less\s+than|some)\s+)?"
    rf"(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d)\s+(?P<unit>days?|weeks?|months?)"
    r"\s+(?:after|since)\s+"
    rf"(?:(?:the|a|an|last|this)\s+(?:[\w'’-]+\s+){{0,2}}{_EVENT_NOUN}\b"
    # or a clause: "a day after armed militants attacked the area", "five days after he
    # allegedly shot up the restaurant", "a week after she was critically wounded"
    rf"|(?:(?!(?:said|says|told|and|but)\b)[\w'’-]+\s+){{1,4}}?(?:\w+ly\s+)?{_EVENT_VERB}\b)",
    re.I,
)
# A follow-up whose head tells the event as last week's ("charged in the fatal shooting of a
# 7-year-old last week", "last week's murder"): its bare weekdays are last week's
_LAST_WEEK_EVENT = re.compile(
    rf"\blast\s+week['’]s\s+(?:[\w'’-]+\s+){{0,2}}{_EVENT_NOUN}\b"
    rf"|\b(?:{_EVENT_NOUN}|{_EVENT_VERB})(?:\s+(?!since\b|the\b)[\w'’-]+){{0,6}}?\s+last\s+week\b",
    re.I,
)
_HEAD_CHARS: Final = 600
# "killed in an ambush the previous day", "two days earlier": counted back like "a day after"
_EARLIER = re.compile(
    r"\b(?:the\s+(?:previous|preceding)\s+(?:day|night|evening)|the\s+day\s+before(?=\s*[,.;])"
    r"|the\s+night\s+before(?=\s*[,.;])"
    r"|(?P<n>a|one|two|three|four|five|six|seven|\d)\s+(?P<unit>days?|weeks?)\s+earlier)\b",
    re.I,
)
_REPORT_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:[\w-]+\s+)?(?:statement|briefing|announcement|report|press|remarks"
    r"|comments|interview|news\s+conference|hearing|arraignment|vigil|funeral|memorial)\b"
    # the date between the speaker and the verb: "The coroner on Saturday released the names"
    r"|^,?\s+(?:said|says|identified|released|announced|confirmed|named|charged|arrested"
    r"|reported|told|issued|filed|urged|called|asked|declined|denied|disclosed|revealed|rejected"
    r"|dismissed|condemned|accused|blamed|warned|vowed|demanded|welcomed|acknowledged|admitted"
    r"|insisted|claimed|published|posted)\b",
    re.I,
)
# A date opening its sentence, then who spoke: "On Thursday, the minister told parliament ..."
_OPENS_STATEMENT = re.compile(
    r"^,\s+(?:[\w.'’-]+\s+){1,5}(?:said|says|told|announced|stated|confirmed|denied|claimed"
    r"|tweeted|wrote)\b",
    re.I,
)
_SENTENCE_START = re.compile(r"(?:^|[.!?\n][\"”’')\]]*\s*)$")
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*\s+|\n\s*\n|\n(?=[A-Z“\"])")
# Every pattern above needs a digit, a month or weekday name, or one of these words.
_HINT = re.compile(
    r"\d|(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    r"|yesterday|today|tonight|night|overnight|morning|afternoon|evening|ago|week|month|year"
    r"|day|Christmas|Eve|Halloween|Thanksgiving|Valentine|Boxing|Fourth|Easter|Eid",
    re.I,
)
_LAG: Final = dt.timedelta(days=7)  # a date up to a week after the anchor: the anchor lags
_LOOKBACK_CHARS: Final = 1500
_LOOKBACK_SENTENCES: Final = 2


# --- builders: match -> DateExpression ---------------------------------------------------------


def _span_expr(m: re.Match[str]) -> tuple[Span, str]:
    return Span(m.start(), m.end()), m.group()


def _int(m: re.Match[str], name: str) -> int | None:
    value = m.groupdict().get(name)
    return int(value) if value else None


def _weekday(m: re.Match[str]) -> int | None:
    name = m.groupdict().get("wd")
    return _WEEKDAYS[name.lower()] if name else None


def _build_calendar(m: re.Match[str]) -> DateExpression:
    span, expr = _span_expr(m)
    month = int(m.group("m")) if "m" in m.re.groupindex else _MONTHS[m.group("mon").lower()]
    year = _int(m, "year")
    kind: ExpressionKind = "date" if year else "month_day"
    return DateExpression(span, expr, kind, year, month, _int(m, "day"), _weekday(m))


def _build_month(m: re.Match[str]) -> DateExpression:
    span, expr = _span_expr(m)
    return DateExpression(span, expr, "month", _int(m, "year"), _MONTHS[m.group("mon").lower()])


def _build_month_of_year(m: re.Match[str]) -> DateExpression:
    span, expr = _span_expr(m)
    back = int(m.group("rel").lower() == "last")
    return DateExpression(span, expr, "month", None, _MONTHS[m.group("mon").lower()], offset=back)


def _build_year(m: re.Match[str]) -> DateExpression:
    span, expr = _span_expr(m)
    return DateExpression(span, expr, "year", _int(m, "year"))


def _build_weekday(m: re.Match[str]) -> DateExpression:
    span, expr = _span_expr(m)
    strict = 1 if (m.group("last") or "").lower() in ("last", "past") else 0
    return DateExpression(span, expr, "weekday", weekday=_weekday(m), offset=strict)


def _build_relative_day(m: re.Match[str]) -> DateExpression:
    span, expr = _span_expr(m)
    rel = " ".join(m.group("rel").lower().split())
    back = 2 if rel.startswith("the day before") else int(rel in ("yesterday", "last night"))
    return DateExpression(span, expr, "days_ago", offset=back)


def _build_ago(m: re.Match[str]) -> DateExpression | None:
    span, expr = _span_expr(m)
    words = " ".join(m.group("n").lower().split())
    n = 3 if words in ("a few", "several") else parse_number(words)
    unit = m.group("unit").lower().rstrip("s")
    if n is None:
        return None
    if unit == "hour":  # "six hours ago": the anchor's day; "48 hours ago": two days back
        return DateExpression(span, expr, "days_ago", offset=int(n) // 24)
    if unit == "fortnight":
        return DateExpression(span, expr, "weeks_ago", offset=2 * n)
    kinds: dict[str, ExpressionKind] = {
        "day": "days_ago", "week": "weeks_ago", "month": "months_ago", "year": "years_ago"
    }
    return DateExpression(span, expr, kinds[unit], offset=n)


def _build_day_of_month(m: re.Match[str]) -> DateExpression:
    span, expr = _span_expr(m)
    return DateExpression(span, expr, "day_of_month", day=int(m.group("day")))


def _build_weekend(m: re.Match[str]) -> DateExpression:
    span, expr = _span_expr(m)
    return DateExpression(span, expr, "weekend", weekday=5)


def _build_relative_span(m: re.Match[str]) -> DateExpression:
    span, expr = _span_expr(m)
    unit = (m.group("u1") or m.group("u2")).lower()
    back = 1 if m.group("last") else 0
    if unit == "week":
        return DateExpression(span, expr, "weeks_ago" if back else "this_week", offset=back)
    kind: ExpressionKind = "months_ago" if unit == "month" else "years_ago"
    return DateExpression(span, expr, kind, offset=back)


def _build_weeks_after(m: re.Match[str]) -> DateExpression:
    span, expr = _span_expr(m)
    back = parse_number(m.group("n").lower())
    assert back is not None  # the pattern's numbers: a, one to ten, a digit
    kinds: dict[str, ExpressionKind] = {"d": "days_ago", "w": "weeks_ago", "m": "months_ago"}
    return DateExpression(span, expr, kinds[m.group("unit")[0].lower()], offset=back, named=True,
                          after=True)


def _build_earlier(m: re.Match[str]) -> DateExpression:
    span, expr = _span_expr(m)
    back = parse_number(m.group("n").lower()) if m.group("n") else 1
    assert back is not None  # the pattern's numbers: a, one to seven, a digit
    weeks = (m.group("unit") or "").lower().startswith("week")
    kind: ExpressionKind = "weeks_ago" if weeks else "days_ago"
    return DateExpression(span, expr, kind, offset=back, named=True, after=True)


def _build_numeric(m: re.Match[str]) -> DateExpression | None:
    """"12/23/16": ``month`` and ``day`` hold the first and second numbers as written; the
    resolver decides which is the month."""
    span, expr = _span_expr(m)
    year = int(m.group("year"))
    if m.group("sep") == "." and year < 100:
        return None  # "1.5.16": a section or version number more often than a date
    return DateExpression(span, expr, "numeric", year + 2000 if year < 100 else year,
                          int(m.group("a")), int(m.group("b")))


def _build_holiday(m: re.Match[str]) -> DateExpression:
    span, expr = _span_expr(m)
    name = " ".join(m.group("name").lower().replace("’", "'").split())
    key = next(k for k in _HOLIDAYS if name.startswith(k))
    month, day = _HOLIDAYS[key]
    if not day:
        return DateExpression(span, expr, "thanksgiving", month=month)
    return DateExpression(span, expr, "month_day", month=month, day=day)


def _build_feast(m: re.Match[str]) -> DateExpression:
    span, expr = _span_expr(m)
    eve = (m.group("eve") or "").lower() == "eve"
    return DateExpression(span, expr, "feast", offset=int(eve))


_Builder = Callable[[re.Match[str]], DateExpression | None]
_PATTERNS: Final[tuple[tuple[re.Pattern[str], _Builder], ...]] = (
    (_ISO, _build_calendar),
    (_NUMERIC, _build_numeric),
    (_HOLIDAY, _build_holiday),
    (_FEAST, _build_feast),
    (_DMY, _build_calendar),
    (_MDY, _build_calendar),
    (_MONTH_YEAR, _build_month),
    (_MONTH_OF_YEAR, _build_month_of_year),
    (_MONTH_ONLY, _build_month),
    (_YEAR_ONLY, _build_year),
    (_WEEKDAY, _build_weekday),
    (_RELATIVE_DAY, _build_relative_day),
    (_AGO, _build_ago),
    (_DAY_OF_MONTH, _build_day_of_month),
    (_WEEKEND, _build_weekend),
    (_WEEKS_AFTER, _build_weeks_after),
    (_EARLIER, _build_earlier),
    (_RELATIVE_SPAN, _build_relative_span),
)


# --- finding -----------------------------------------------------------------------------------


def find_date_expressions(
    text: str, start: int = 0, end: int | None = None
) -> list[DateExpression]:
    """Date expressions in ``text[start:end]`` (longest wins where two overlap), in text order."""
    stop = len(text) if end is None else min(end, len(text))
    if not _HINT.search(text, start, stop):
        return []
    found: list[DateExpression] = []
    for pattern, build in _PATTERNS:
        for m in pattern.finditer(text, start, stop):
            expr = build(m)
            if expr is not None:
                found.append(expr)
    kept: list[DateExpression] = []
    for expr in sorted(found, key=lambda e: (e.span.start - e.span.end, e.span.start)):
        if not any(expr.span.overlaps(k.span) for k in kept):
            kept.append(_mark_reporting(text, expr))
    return sorted(kept, key=lambda e: e.span.start)


def _mark_reporting(text: str, expr: DateExpression) -> DateExpression:
    """Mark a date as a named event's (the words next to it name the event) or, failing that,
    as a report's or a follow-up act's."""
    if expr.named:
        return expr
    before = text[max(0, expr.span.start - 60) : expr.span.start]
    after = text[expr.span.end : expr.span.end + 40]
    if _NAMED_AFTER.match(after) or _NAMED_BEFORE.search(before[-30:]):
        return replace(expr, named=True)
    opens = _SENTENCE_START.search(before) is not None and _OPENS_STATEMENT.match(after)
    if (_REPORT_BEFORE.search(before) or _REPORT_AFTER.match(after) or opens
            or _FOLLOW_UP_BEFORE.search(before)):
        return replace(expr, reporting=True)
    return expr


# --- resolving ---------------------------------------------------------------------------------


def precision_of(expr: DateExpression) -> DatePrecision:
    """The precision a resolved ``expr`` has ("August 2018" is a month, "last week" a week)."""
    return _PRECISION[expr.kind]


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
        if counted is not None or (_EARLIER.fullmatch(chosen.expression) and not filed):
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
    return day >= sunday and _LAST_WEEK_EVENT.search(text, 0, _HEAD_CHARS) is not None


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
        if _PRECISION[e.kind] == "day" and not e.after
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
        return min(event, key=lambda e: (not e.named, _RANK[precision_of(e)], _vague(e),
                                         e.span.start))
    start = _lookback_start(text, region.start)
    before = [e for e in find_date_expressions(text, start, region.start) if not e.reporting]
    if before:  # the finest, then the nearest: "fighting that began late on Friday ..., the
        # same jail where 119 died in September. Inmates had been attacked ..." is Friday's
        return min(before, key=lambda e: (_RANK[precision_of(e)], -e.span.end))
    if inside:
        return min(inside, key=lambda e: (_RANK[precision_of(e)], e.span.start))
    return None


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
