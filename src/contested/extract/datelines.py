"""Place datelines: the "ANKARA - ", "TEL AVIV (Levant Wire) - ", "Deir Ezzor, SANA - ",
"ISLAMABAD: ", "KYIV, April 14 (Wire) - ", "SANAA, Friday 20 Shawwal 1446 AH, corresponding to 18 April 2025
(Agency) - " that opens a paragraph. It says where the story was filed, not where the incident
happened, so places read from it are not incident places, and a claimant is searched for after
it. A date it states is the day of filing (the anchor of "on Monday" when the article has no
publication date), never the incident's own date.

Component id: ``extract.datelines@6`` (@6, session 11, s11-events: a dated head dateline is the
anchor when the page date is up to a week later; "KANO, 14/03 (Agency) -" is dated). A head line
with a day and no year ("MAPUTO, March 28 (SCW) - ") gives the anchor when nothing else does:
:func:`yearless_filing`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from contested.clean.dates import MONTHS, gregorian_dates, hijri_dates
from contested.extract.date_expressions import find_date_expressions
from contested.extract.dates import latest_year
from contested.extract.sentences import Sentence
from contested.types import Span

COMPONENT = "extract.datelines@6"

# "AMMAN/WASHINGTON", "TEL AVIV/GAZA": a story filed from two cities
_CAPS_CITY = r"(?-i:[A-Z][A-Z'’.]+(?:[ /-][A-Z][A-Z'’.]+){0,3})"
_TITLE_CITY = r"(?-i:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})"
# ", April 14", ", 12 August 2025", ", 19/11/2025", ", Friday 20 Shawwal 1446 AH, corresponding
# to 18 April 2025": a date (a month name or a numeric date) before the outlet or the dash
_FILED = r"(?P<date>[^()\n–—]{3,90}?)"
_DATE_WORD = re.compile(
    r"(?-i:\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d"
    r"|\d\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Muharram|Safar|Rabi|Jumada"
    r"|Rajab|Sha|Ramadan|Shawwal|Dhu))|\b\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d\b|\b(?:19|20)\d\d-\d\d-\d\d\b"
    r"|^\s*\d{1,2}/\d{1,2}\s*$"
)
# "KANO, 14/03 (Agency) - ": a day and a month, in that order, with no year
_DAY_SLASH_MONTH = re.compile(r"^\s*(?P<day>\d{1,2})/(?P<month>\d{1,2})\s*$")
# the dash, or a colon after the outlet: "RAWALPINDI, Mar 14 (APN): "
_TAIL = r"(?:\s*\((?P<paren>[^()\n]{1,40})\)\s*(?:[-–—]{1,2}|:)|\s*[-–—]{1,2})\s+"
# a dated dateline may name its city in title case ("Deir Ezzor, 10 March (Agency) - "): the
# date word tells it from a sentence
_DATED = re.compile(
    rf"(?P<caps>{_CAPS_CITY}|{_TITLE_CITY}),\s*{_FILED}(?=\s*(?:\(|[-–—]{{1,2}}\s|:\s))"
    # or a colon after the date: "Jiribam, Nov 12: ", "KANO, 14/03: "
    rf"(?:{_TAIL}|\s*:\s+)"
)
_DAY_MONTH = re.compile(
    r"\b(?P<day>\d{1,2})\s+(?P<month>(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.?"
    r"|\b(?P<month2>(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.?\s+(?P<day2>\d{1,2})\b"
)
_HEAD_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_HEAD_CHARS = 600
# "ISLAMABAD: Pakistan said ...": a city in capitals and a colon (South Asian papers' style);
# not a label in capitals ("UPDATE: ", "WATCH: ", "EDITOR'S NOTE: ")
_LABEL = (
    r"(?!(?:UPDATE|UPDATED|BREAKING|WATCH|VIDEO|PHOTOS?|EXCLUSIVE|ANALYSIS|OPINION|EDITORIAL"
    r"|LIVE|READ|NOTE|EDITOR'?S NOTE|CORRECTION|FILE|REPORT|FACTBOX|EXPLAINER|INTERVIEW|WARNING"
    r"|ALERT|UPDATES|NEW|NEWS|SOURCE|SOURCES|DISCLAIMER|CAPTION|PHOTO)\s*:)"
)
_DATELINE = re.compile(
    rf"(?:(?P<caps>{_CAPS_CITY})(?:,\s*(?P<after>(?-i:[A-Z][\w.]+)(?: (?-i:[A-Z][\w.]+)){{0,2}}))?"
    rf"|(?P<title>{_TITLE_CITY}),\s*(?P<outlet>(?-i:[A-Z][\w.]+(?: [A-Z][\w.]+){{0,2}})))"
    rf"{_TAIL}"
    rf"|{_LABEL}(?=[A-Z'’./ -]{{4}})(?P<colon>{_CAPS_CITY}):\s+(?=[A-Z])"
)
_COLON_MIN_WORDS = 8  # "NATO: We will respond" is a headline's speaker, not a dateline
_MAX_CHARS = 60
_MAX_DATED_CHARS = 160


@dataclass(frozen=True)
class Dateline:
    span: Span  # the whole prefix, dash and space included
    city: Span  # the place named
    outlet: Span | None = None  # "(Reuters)", "Deir Ezzor, SANA": who filed it, when named
    filed: dt.date | None = None  # the date it states with a year ("12 August 2025"), if any
    day_month: tuple[int, int] | None = None  # (month, day) of a date stated without a year


def find_datelines(text: str, sentences: Sequence[Sentence]) -> list[Dateline]:
    """Datelines opening the first sentence of a paragraph."""
    found: list[Dateline] = []
    paragraph = -1
    years = [int(y) for y in _HEAD_YEAR.findall(text, 0, _HEAD_CHARS)]
    head_year = max(years) if years else None
    for sentence in sentences:
        if sentence.paragraph != paragraph:
            dateline = _dateline_at(text, sentence.span, head_year)
            if dateline is not None:
                found.append(dateline)
        paragraph = sentence.paragraph
    return found


def _dateline_at(text: str, span: Span, head_year: int | None = None) -> Dateline | None:
    m = _DATED.match(text, span.start, min(span.end, span.start + _MAX_DATED_CHARS))
    date = m.group("date") if m is not None else None
    if m is None or date is None or not _DATE_WORD.search(date):  # a date, not "he said"
        m, date = _DATELINE.match(text, span.start, min(span.end, span.start + _MAX_CHARS)), None
    if m is None or m.end() >= span.end:
        return None
    group = next(g for g in ("caps", "colon", "title") if m.groupdict().get(g))
    if group == "colon" and len(text[m.end() : span.end].split()) < _COLON_MIN_WORDS:
        return None
    named = next((g for g in ("paren", "outlet") if m.groupdict().get(g)), None)
    outlet = Span(m.start(named), m.end(named)) if named else None
    city = Span(m.start(group), m.end(group))
    return Dateline(
        Span(m.start(), m.end()), city, outlet, _filed(date, head_year) if date else None,
        _day_month(date) if date else None,
    )


def _day_month(date: str) -> tuple[int, int] | None:
    """(month, day) of a dateline's date when it names a day and a month ("March 14",
    "14 March", "14/03"), whatever the year."""
    numeric = _DAY_SLASH_MONTH.match(date)
    if numeric is not None:
        month, day = int(numeric.group("month")), int(numeric.group("day"))
        return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None
    m = _DAY_MONTH.search(date)
    if m is None:
        return None
    named = MONTHS.get((m.group("month") or m.group("month2")).lower()[:3])
    return (named, int(m.group("day") or m.group("day2"))) if named else None


def _filed(date: str, head_year: int | None = None) -> dt.date | None:
    """The Gregorian date a dateline states (a Hijri one converted when it gives no other). A
    day and month without a year ("10 March") take the latest year the article's head names
    (its page date, "10/03/2024", which alone is ambiguous)."""
    found = next(iter(gregorian_dates(date)), None) or next(iter(hijri_dates(date)), None)
    if found is not None or head_year is None:
        return found
    m = _DAY_MONTH.search(date)
    if m is None:
        return None
    month = MONTHS.get((m.group("month") or m.group("month2")).lower()[:3])
    day = int(m.group("day") or m.group("day2"))
    try:
        return dt.date(head_year, month, day) if month else None
    except ValueError:
        return None


def filing_date(datelines: Sequence[Dateline]) -> dt.date | None:
    """The first dated dateline's date."""
    return next((d.filed for d in datelines if d.filed is not None), None)


_FILED_BEFORE = dt.timedelta(days=7)  # a story filed this long before its page date at most


def story_anchor(
    published: dt.date | None, datelines: Sequence[Dateline], text: str
) -> dt.date | None:
    """The day relative dates count from: the day a head dateline says the story was filed
    when the page date is that day or up to a week later ("KANO, 14/03 (Agency) - ... on
    Tuesday" in a paper of the 16th: the Tuesday before the 14th; a dateline without a year
    takes the page date's), else the page date, else the dateline's date with a year, else a
    yearless one whose year the lead's weekdays fix."""
    head = datelines[0] if datelines else None
    filed = head.filed if head is not None else None
    if filed is None and head is not None and head.day_month and published is not None:
        filed = _in_year_before(published, *head.day_month)
    if published is not None and filed is not None and filed <= published <= filed + _FILED_BEFORE:
        return filed
    return published or filing_date(datelines) or yearless_filing(text)


def _in_year_before(published: dt.date, month: int, day: int) -> dt.date | None:
    """The day ``month``/``day`` on or before ``published`` (last year's in January's papers of
    a December dateline)."""
    for year in (published.year, published.year - 1):
        found = _date_or_none(year, month, day)
        if found is not None and found <= published:
            return found
    return None


# A head line that opens with a place and a day without a year: "MAPUTO, March 28 (SCW) - ",
# "IMPHAL, Nov 11 (ENS)" (on a line of its own), "Jiribam, Nov 12: "
_YEARLESS = re.compile(
    rf"(?m)^(?:{_CAPS_CITY}|{_TITLE_CITY})(?:,\s*(?-i:[A-Z][\w.]+)(?: (?-i:[A-Z][\w.]+)){{0,2}})?,\s*"
    r"(?:(?P<day>\d{1,2})\s+(?P<month>(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)"
    r"|(?P<month2>(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.?\s+(?P<day2>\d{1,2}))"
    r"(?!\d|,?\s*(?:19|20)\d\d)\s*(?:\([^()\n]{1,40}\))?\s*(?:[-–—:]|$)"
)
_LEAD_CHARS = 500
_YEARS_AHEAD = 11  # a day of the year falls on the same weekday again within 11 years


def yearless_filing(text: str) -> dt.date | None:
    """The day a head dateline states without a year ("MAPUTO, March 28 (SCW) - "), the year
    read from the weekdays its lead names: among the years from the latest one the article
    names on (news is not older than the latest year it mentions), the first in which that day
    is the weekday of a report ("..., the ministry said on Sunday") or, failing one, of any
    weekday the lead names ("killed ... on Monday afternoon, police said"). None when the
    article names no year or no weekday fits: no year is guessed."""
    m = _YEARLESS.search(text, 0, _HEAD_CHARS)
    if m is None:
        return None
    month = MONTHS.get((m.group("month") or m.group("month2")).lower()[:3])
    day = int(m.group("day") or m.group("day2"))
    lead = find_date_expressions(text, m.end(), m.end() + _LEAD_CHARS)
    weekdays = [e for e in lead if e.kind == "weekday" and e.weekday is not None and not e.offset]
    since = latest_year(text)
    if month is None or not weekdays or since is None:
        return None
    for wanted in ([e.weekday for e in weekdays if e.reporting], [e.weekday for e in weekdays]):
        for year in range(since, since + _YEARS_AHEAD + 1):
            found = _date_or_none(year, month, day)
            if found is not None and found.weekday() in wanted:
                return found
    return None


def _date_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def after_dateline(span: Span, datelines: Sequence[Dateline]) -> Span:
    """``span`` without a dateline that opens it."""
    for dateline in datelines:
        if dateline.span.start == span.start:
            return Span(dateline.span.end, span.end)
    return span
