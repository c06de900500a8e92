"""Datelines: publication dates stated at the head of a text, Gregorian or Hijri.

Only short, date-bearing lines near the start count (a dateline), never body sentences.
Hijri dates are converted with the tabular (arithmetic) Islamic calendar, civil epoch;
it can differ from the observed or Umm al-Qura calendar by a day or two. Solar Hijri dates
(the Afghan and Iranian civil calendar: "5 Jadi 1403", "12 Dey 1402") are converted exactly
(the 2820-year break table of the Jalaali algorithm).

A numeric date both of whose first numbers could be the month ("04/10/2024") is read the
way the head shows it: a day and month it names with the month's name ("Deir Ezzor, 4
October"), else the weekday the line names ("Friday, 04/10/2024" is 4 October 2024, a Friday),
else day first, the order of nearly every country outside the United States (whose outlets
write the month's name in text far more than a bare numeric page date).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

DATELINE_CHARS = 600
_MAX_OTHER_WORDS = 6

MONTHS: dict[str, int] = {
    name: index
    for index, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
HIJRI_MONTHS: dict[str, int] = {
    key: index
    for index, keys in enumerate(
        (
            ("muharram",),
            ("safar",),
            ("rabialawwal", "rabiulawwal", "rabialula", "rabii", "rabi1"),
            ("rabialthani", "rabialakhir", "rabiulakhir", "rabiuthani", "rabiii", "rabi2"),
            ("jumadaalula", "jumadaalawwal", "jumadialawwal", "jumadai", "jumada1"),
            ("jumadaalakhirah", "jumadaalthani", "jumadialakhir", "jumadaii", "jumada2"),
            ("rajab",),
            ("shaban",),
            ("ramadan", "ramadhan", "ramazan"),
            ("shawwal",),
            ("dhualqidah", "dhulqidah", "dhulqadah", "dhualqadah", "zulqadah", "dhulqaadah"),
            ("dhualhijjah", "dhulhijjah", "dhualhijja", "dhulhijja", "zulhijjah"),
        ),
        start=1,
    )
    for key in keys
}

# Solar Hijri months: Afghan (Dari) and Iranian (Persian) names, folded like HIJRI_MONTHS.
SOLAR_MONTHS: dict[str, int] = {
    key: index
    for index, keys in enumerate(
        (
            ("hamal", "farvardin", "farwardin"),
            ("sawr", "saur", "sor", "ordibehesht", "urdibihisht"),
            ("jawza", "jauza", "jawzah", "khordad", "khurdad"),
            ("saratan", "tir"),
            ("asad", "mordad", "amordad", "murdad"),
            ("sunbula", "sonbola", "sonbula", "sunbulah", "shahrivar", "shahrewar"),
            ("mizan", "mehr", "mihr"),
            ("aqrab", "aban"),
            ("qaws", "qaus", "azar"),
            ("jadi", "jaddi", "dey", "dei"),
            ("dalw", "dalwa", "dalv", "bahman"),
            ("hut", "hoot", "esfand", "isfand", "espand"),
        ),
        start=1,
    )
    for key in keys
}

# Month names of the Spanish, Portuguese and French datelines of outlets that also publish in
# English ("Cali, 21 de agosto de 2025", "Maputo, 3 de Março de 2024", "Bamako, 12 août 2023"),
# and of the Latin-script South Slavic, German, Dutch, Italian and Indonesian ones ("Subota,
# 15. maj 1999.", "Jakarta, 3 Maret 2019")
FOREIGN_MONTHS: dict[str, int] = {
    name: index
    for index, names in enumerate(
        (
            ("enero", "janeiro", "janvier", "januar", "januari", "gennaio"),
            ("febrero", "fevereiro", "février", "fevrier", "februar", "februari", "febbraio"),
            ("marzo", "março", "marco", "mars", "mart", "märz", "maerz", "maret", "maart"),
            ("abril", "avril", "aprile"),
            ("mayo", "maio", "mai", "maj", "mei", "maggio"),
            ("junio", "junho", "juin", "juni", "giugno"),
            ("julio", "julho", "juillet", "juli", "luglio"),
            ("agosto", "août", "aout", "avgust", "agustus", "augustus"),
            ("septiembre", "setiembre", "setembro", "septembre", "septembar", "settembre"),
            ("octubre", "outubro", "octobre", "oktobar", "oktober", "ottobre"),
            ("noviembre", "novembro", "novembre", "novembar"),
            ("diciembre", "dezembro", "décembre", "decembre", "decembar", "dezember",
             "desember", "dicembre"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = (
    r"(?P<month>" + "|".join(sorted({**MONTHS, **FOREIGN_MONTHS}, key=len, reverse=True)) + r")\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_GREGORIAN = (
    re.compile(rf"\b{_DAY}(?:er|\.)?\s+(?:de\s+)?{_MONTH}(?:\s+de|,)?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.I),
    re.compile(rf"\b{_YEAR}(?P<sep>[-/.])(?P<month>\d\d)(?P=sep)(?P<day>\d\d)\b"),
)
_NUMERIC = re.compile(
    r"\b(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d\d)\b"
)
_HIJRI = re.compile(
    r"\b(?P<day>\d{1,2})\s+(?P<month>[A-Za-z][A-Za-z'’]*(?:[\s-][A-Za-z][A-Za-z'’]*){0,3}?)"
    r"\s+(?P<year>1[3-5]\d\d)(?:\s*(?:AH|A\.H\.|H)\b)?"
)
# Ethiopian (Ge'ez) calendar dates of Ethiopian and Eritrean outlets: "12 Tikimt 2016 E.C.",
# "Hamle 5, 2015"; the year is 7-8 years behind the Gregorian one, so the month name decides.
ETHIOPIAN_MONTHS: dict[str, int] = {
    name: index
    for index, names in enumerate(
        (
            ("meskerem", "meskarem", "maskaram"),
            ("tikimt", "tekemt", "tikemet", "tiqimt", "teqemt"),
            ("hidar", "hedar", "hidare"),
            ("tahsas", "tahesas", "takhsas", "tahisas"),
            ("tir", "ter", "tiri"),
            ("yekatit", "yakatit"),
            ("megabit", "magabit"),
            ("miyazia", "miazia", "miyazya", "miyaziya"),
            ("ginbot", "genbot", "guenbot"),
            ("sene", "senne"),
            ("hamle", "hamlie"),
            ("nehase", "nehasse", "nahase"),
            ("pagume", "pagumen", "pagumiene"),
        ),
        start=1,
    )
    for name in names
}
_ETHIOPIC_MONTH = "|".join(sorted(ETHIOPIAN_MONTHS, key=len, reverse=True))
_EC = r"(?:\s*(?:E\.\s?C\.?|EC)(?!\w))?"
_ETHIOPIC = (
    re.compile(rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_ETHIOPIC_MONTH}),?\s+(?P<year>(?:19|20)\d\d){_EC}",
               re.I),
    re.compile(rf"\b(?P<month>{_ETHIOPIC_MONTH})\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d){_EC}",
               re.I),
)
_ETHIOPIC_EPOCH = 2796  # 1 Meskerem 1, the Amete Mihret era, as a proleptic Gregorian ordinal
# Thai solar calendar (Buddhist era, 543 years ahead): "12 January 2567", "Jan 12, 2567 BE"
_BE = r"(?P<year>25\d\d)(?:\s*B\.?\s?E\.?(?!\w))?"
_BUDDHIST = (
    re.compile(rf"\b{_DAY}\s+{_MONTH},?\s+{_BE}", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_BE}", re.I),
)
_NOISE = re.compile(
    r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(?:ad|ah|gmt|utc|am|pm|published|updated|"
    r"last|on|at|issue|no|date|posted)\b|\d{1,2}:\d\d(?::\d\d)?",
    re.I,
)
# What every pattern above needs (a Gregorian or Ethiopian year 19xx/20xx, a Hijri year
# 13xx-15xx, a Buddhist-era year 25xx): a cheap test that rules out most lines first.
_YEAR_LIKE = re.compile(r"(?:19|20|1[3-5]|25)\d\d")
_ISLAMIC_EPOCH = dt.date(622, 7, 19).toordinal()  # 1 Muharram 1 AH, civil epoch (Gregorian)


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """Tabular Islamic calendar (civil epoch, 30-year cycle with leap years 2,5,7,10,...)."""
    if year < 1 or not 1 <= month <= 12 or not 1 <= day <= 30:
        return None
    days = day + (59 * (month - 1) + 1) // 2 + (year - 1) * 354 + (3 + 11 * year) // 30
    return dt.date.fromordinal(_ISLAMIC_EPOCH - 1 + days)


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """Solar Hijri (Jalaali) to Gregorian: 1 Farvardin falls on the March equinox day the
    Jalaali break table gives; months 1-6 have 31 days, 7-11 30, the 12th 29 or 30."""
    if not 1 <= month <= 12 or not 1 <= day <= 31 or not _SOLAR_BREAKS[0] < year < 3178:
        return None
    leap_j, previous, jump = -14, _SOLAR_BREAKS[0], 0
    for brk in _SOLAR_BREAKS[1:]:
        jump = brk - previous
        if year < brk:
            break
        leap_j += jump // 33 * 8 + jump % 33 // 4
        previous = brk
    n = year - previous
    leap_j += n // 33 * 8 + (n % 33 + 3) // 4
    if jump % 33 == 4 and jump - n == 4:
        leap_j += 1
    gy = year + 621
    leap_g = gy // 4 - (gy // 100 + 1) * 3 // 4 - 150
    nowruz = dt.date(gy, 3, 20 + leap_j - leap_g)
    before = (month - 1) * 31 if month <= 7 else 6 * 31 + (month - 7) * 30
    return nowruz + dt.timedelta(days=before + day - 1)


_SOLAR_BREAKS = (-61, 9, 38, 199, 426, 686, 756, 818, 1111, 1181, 1210, 1635, 2060, 2097,
                 2192, 2262, 2324, 2394, 2456, 3178)


def find_dateline(text: str, limit: int = DATELINE_CHARS) -> dt.date | None:
    """The publication date stated by a dateline in the first ``limit`` characters, if any. An
    ambiguous numeric date ("10/03/2024") is read the way a day and month written with the
    month's name near it read ("Deir Ezzor, 10 March (Agency) -"), else as the weekday on its
    line says, else day first."""
    for line in text[:limit].splitlines():
        for head in dict.fromkeys((line, _HEAD.split(line, maxsplit=1)[0], *_segments(line))):
            if is_dateline(head):
                dates = list(gregorian_dates(head)) or list(hijri_dates(head))
                dates = dates or disambiguated(head, text[:limit])
                if dates:
                    return _on_its_weekday(dates, head)
    return None


# A masthead's parts: "Outlet name (regional weekly) | Published: 27 March 2020", "State Radio
# - N'Djamena, 25/03/2020": the part that is a date is tested alone.
_MASTHEAD_SEPARATOR = re.compile(r"\s+[|•·]\s+|\s[-–—]\s")


def _segments(line: str) -> list[str]:
    """The parts of a masthead line between its separators (none when it has none)."""
    parts = _MASTHEAD_SEPARATOR.split(line)
    return parts[1:] if len(parts) > 1 else []


def _on_its_weekday(dates: list[dt.date], line: str) -> dt.date:
    """Of several dates on a line, the one on the weekday the line names ("Week of 21-27
    October 2019 | Posted Friday 25 October 2019" is the 25th), else the first."""
    if len(dates) > 1:
        weekdays = {_WEEKDAYS.index(m.group(1).lower()) for m in _WEEKDAY.finditer(line)}
        return next((d for d in dates if d.weekday() in weekdays), dates[0])
    return dates[0]


# A dateline opening a line of text: "SAINT-LOUIS, 05/10/2024 - Gunmen ...", "Baku, 13 September
# 2022. The ministry ..."; the part before the dash or the full stop is tested alone.
_HEAD = re.compile(r"\s[-–—]\s|(?<=\d{4})\.\s")


_NAMED_DAY_MONTH = (
    re.compile(rf"\b{_DAY}\s+{_MONTH}(?![\w,]*\s*(?:19|20)\d\d)", re.I),
    re.compile(rf"\b{_MONTH}\s+{_DAY}\b(?!,?\s*(?:19|20)\d\d)", re.I),
)


_WEEKDAY = re.compile(r"\b(mon|tue|wed|thu|fri|sat|sun)(?:day|sday|nesday|rsday|urday|s|rs)?\b", re.I)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def disambiguated(line: str, head: str) -> list[dt.date]:
    """The readings of the line's ambiguous numeric dates: the one a day and month named in
    ``head`` confirm, else the one on the weekday the line names, else day first."""
    named = {
        (month, int(m["day"]))
        for pattern in _NAMED_DAY_MONTH
        for m in pattern.finditer(head)
        # the group is a key of MONTHS or FOREIGN_MONTHS, its dot outside
        if (month := MONTHS.get(m["month"].lower()) or FOREIGN_MONTHS.get(m["month"].lower()))
    }
    weekdays = {_WEEKDAYS.index(m.group(1).lower()) for m in _WEEKDAY.finditer(line)}
    found: list[dt.date] = []
    for match in _NUMERIC.finditer(line):
        a, b, year = int(match["a"]), int(match["b"]), match["year"]
        readings = [d for d in (_make_date(year, str(b), str(a)), _make_date(year, str(a), str(b)))
                    if d is not None]
        confirmed = [d for d in readings if (d.month, d.day) in named]
        on_weekday = [d for d in readings if d.weekday() in weekdays]
        if chosen := (confirmed or on_weekday or readings)[:1]:
            found.append(chosen[0])
    return found


def is_dateline(line: str) -> bool:
    """A short line made of a date and little else (weekday, time, "Updated", an issue no.)."""
    if not _YEAR_LIKE.search(line):  # every date pattern holds a year: most lines end here
        return False
    spans = [m.span() for m in _all_matches(line)]
    if not spans:
        return False
    rest = line
    for start, end in sorted(spans, reverse=True):
        rest = rest[:start] + " " + rest[end:]
    words = re.findall(r"[^\W\d_]+", _NOISE.sub(" ", rest))
    return len(words) <= _MAX_OTHER_WORDS


def gregorian_dates(text: str) -> Iterator[dt.date]:
    """Unambiguous Gregorian dates in ``text``, in order of appearance."""
    found: list[tuple[int, dt.date]] = []
    for pattern in _GREGORIAN:
        for match in pattern.finditer(text):
            date = _make_date(match["year"], match["month"], match["day"])
            if date is not None:
                found.append((match.start(), date))
    for match in _NUMERIC.finditer(text):
        date = _numeric_date(match["a"], match["b"], match["year"])
        if date is not None:
            found.append((match.start(), date))
    yield from (date for _, date in sorted(found))


def ethiopian_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """Ethiopian calendar: twelve months of 30 days and Pagume of 5 (6 in the year before a
    Julian leap year, every fourth), from 1 Meskerem 1 (27 August 8 AD, Gregorian)."""
    days_in_month = 30 if month <= 12 else 6 if year % 4 == 3 else 5
    if year < 1 or not 1 <= month <= 13 or not 1 <= day <= days_in_month:
        return None
    return dt.date.fromordinal(
        _ETHIOPIC_EPOCH - 1 + 365 * (year - 1) + year // 4 + 30 * (month - 1) + day
    )


def hijri_dates(text: str) -> Iterator[dt.date]:
    """Dates of other calendars converted to Gregorian: Hijri (``2 Dhu al-Hijjah 1442 AH``),
    solar Hijri (``5 Jadi 1403``), Ethiopian (``12 Tikimt 2016 E.C.``) and Thai Buddhist-era
    ones (``12 January 2567``)."""
    for pattern in _ETHIOPIC:
        for match in pattern.finditer(text):
            number = ETHIOPIAN_MONTHS[match["month"].lower()]
            if found := ethiopian_to_gregorian(int(match["year"]), number, int(match["day"])):
                yield found
    for pattern in _BUDDHIST:
        for match in pattern.finditer(text):
            if found := _make_date(str(int(match["year"]) - 543), match["month"], match["day"]):
                yield found
    for match in _HIJRI.finditer(text):
        key = re.sub(r"[^a-z0-9]", "", match["month"].lower())
        year, day = int(match["year"]), int(match["day"])
        if (month := HIJRI_MONTHS.get(key)) is not None:
            date = hijri_to_gregorian(year, month, day)
        elif (month := SOLAR_MONTHS.get(key)) is not None:
            date = solar_hijri_to_gregorian(year, month, day)
        else:
            continue
        if date is not None:
            yield date


def _all_matches(line: str) -> Iterator[re.Match[str]]:
    for pattern in (*_GREGORIAN, _NUMERIC, *_ETHIOPIC, *_BUDDHIST):
        yield from pattern.finditer(line)
    for match in _HIJRI.finditer(line):
        key = re.sub(r"[^a-z0-9]", "", match["month"].lower())
        if key in HIJRI_MONTHS or key in SOLAR_MONTHS:
            yield match


def _make_date(year: str, month: str, day: str) -> dt.date | None:
    name = month.lower().rstrip(".")
    number = int(month) if month.isdigit() else MONTHS.get(name) or FOREIGN_MONTHS.get(name)
    if number is None:
        return None
    try:
        return dt.date(int(year), number, int(day))
    except ValueError:
        return None


def _numeric_date(first: str, second: str, year: str) -> dt.date | None:
    """``17/06/2018`` is day-first; ``06/17/2018`` month-first; ``06/07/2018`` is ambiguous."""
    a, b = int(first), int(second)
    if a > 12 >= b or a == b:
        return _make_date(year, str(b), str(a))
    if b > 12 >= a:
        return _make_date(year, str(a), str(b))
    return None
