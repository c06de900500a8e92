"""Date expressions as written: the forms news uses, found by regexes of our own and read
into :class:`DateExpression` (a year, month, day, weekday or offset, each None when the text does
not give it). Resolving them against an anchor is :mod:`contested.extract.dates` (its component
id covers this module).

Each expression is marked ``reporting`` when it dates a report, a statement or a follow-up act
("said on Wednesday", "told reporters Thursday", "arrested Tuesday", "appeared in court
Monday", "was sentenced on May 3") and ``named`` when it dates an event the text names ("the
Aug. 5 shooting", "the attack on 12 April", "Sunday night's strike", "a shooting Tuesday night",
"was killed Friday", "nearly a week after the attack": anchor - 7 days, precision week; "three
days after the shooting": anchor - 3 days). A date between a speaker and the verb is a report's
("The coroner on Saturday released the names"), and so is one beside a later act or state
("in critical condition on Saturday", "Monday's bond hearing", "a Friday interview").
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Final, Literal

from contested.extract.numbers import NUMBER_RE, parse_number
from contested.quickre import quick
from contested.types import DatePrecision, Span

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


_MONTHS: Final = {
    name.lower(): i for i, name in enumerate(calendar.month_name) if name
} | {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
     "sept": 9, "oct": 10, "nov": 11, "dec": 12}
_WEEKDAYS: Final = {name.lower(): i for i, name in enumerate(calendar.day_name)}
PRECISION: Final[dict[ExpressionKind, DatePrecision]] = {
    "date": "day", "month_day": "day", "weekday": "day", "days_ago": "day",
    "weeks_ago": "week", "this_week": "week", "month": "month", "months_ago": "month",
    "year": "year", "years_ago": "year", "numeric": "day", "thanksgiving": "day",
    "day_of_month": "day", "weekend": "day", "feast": "day",
}

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
LAST_WEEK_EVENT = re.compile(
    rf"\blast\s+week['’]s\s+(?:[\w'’-]+\s+){{0,2}}{_EVENT_NOUN}\b"
    rf"|\b(?:{_EVENT_NOUN}|{_EVENT_VERB})(?:\s+(?!since\b|the\b)[\w'’-]+){{0,6}}?\s+last\s+week\b",
    re.I,
)
# "killed in an ambush the previous day", "two days earlier": counted back like "a day after"
EARLIER = re.compile(
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
# Every pattern above needs a digit, a month or weekday name, or one of these words.
_HINT = re.compile(
    r"\d|(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun)"
    r"|yesterday|today|tonight|night|overnight|morning|afternoon|evening|ago|week|month|year"
    r"|day|Christmas|Eve|Halloween|Thanksgiving|Valentine|Boxing|Fourth|Easter|Eid",
    re.I,
)


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
    (EARLIER, _build_earlier),
    (_RELATIVE_SPAN, _build_relative_span),
)


# --- finding -----------------------------------------------------------------------------------


@functools.cache
def _quick_patterns() -> tuple[tuple[re.Pattern[str], _Builder], ...]:
    """:data:`_PATTERNS` with their first characters stated up front (the same matches, found
    faster: :mod:`contested.quickre`), compiled at first use."""
    return tuple((quick(pattern.pattern, pattern.flags), build) for pattern, build in _PATTERNS)


def find_date_expressions(
    text: str, start: int = 0, end: int | None = None
) -> list[DateExpression]:
    """Date expressions in ``text[start:end]`` (longest wins where two overlap), in text order."""
    stop = len(text) if end is None else min(end, len(text))
    if not _HINT.search(text, start, stop):
        return []
    found: list[DateExpression] = []
    for pattern, build in _quick_patterns():
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


def precision_of(expr: DateExpression) -> DatePrecision:
    """The precision a resolved ``expr`` has ("August 2018" is a month, "last week" a week)."""
    return PRECISION[expr.kind]
