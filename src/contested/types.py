"""Contracts between stages: frozen dataclasses, never dicts.

Data flow::

    Source --clean--> Article --extract--> Mention (+ Claim, Place) --resolve--> Incident

Every Mention and Claim carries a :class:`Span` into ``Article.text`` (the one canonical
cleaned text) and the id of the component and version that produced it.
"Unknown" is explicit: ``None`` fields, never a forced best guess.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

EventType = Literal[
    "airstrike",
    "drone_strike",
    "shelling",
    "missile_strike",
    "rocket_attack",
    "drone_attack",
    "explosion",
    "armed_clash",
    "ground_raid",
    "other",
]
EVENT_TYPES: tuple[str, ...] = EventType.__args__  # type: ignore[attr-defined]

ClaimKind = Literal["casualties", "attribution", "denial", "confirmation"]
SourceKind = Literal[
    "state_media",
    "government",
    "military",
    "monitor",
    "wire",
    "local_official",
    "witness",
    "ngo",
    "unnamed",
    "media",
]
Victims = Literal["civilians", "soldiers", "militants", "mixed", "unknown"]
DatePrecision = Literal["day", "week", "month", "year"]
Role = Literal["primary", "background"]
Grade = Literal["confirmed", "fair", "weak", "contested", "discounted"]


@dataclass(frozen=True, order=True)
class Span:
    """Half-open character offsets ``[start, end)`` into ``Article.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"invalid span [{self.start}, {self.end})")

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True)
class Source:
    """One raw document as a reader found it, before cleaning.

    ``origin`` is how the document is named for evaluation and export: the path as
    given, the URL, or ``container#record`` for JSONL lines, WARC records and feed entries.
    Exactly one of ``text`` (plain text) and ``html`` is set.
    """

    origin: str
    format: Literal["text", "html", "jsonl", "warc", "feed"]
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    outlet: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class Rejection:
    """A document that could not be used, and why. Recorded, counted, never raised."""

    origin: str
    reason: str  # a short code: unreadable, binary, undecodable, empty, broken_json, too_large, ...
    detail: str


@dataclass(frozen=True)
class Article:
    """A cleaned article. ``text`` is the canonical text all offsets point into."""

    article_id: str  # stable: derived from the cleaned text (exact copies share it)
    origin: str
    text: str
    title: str | None
    url: str | None
    outlet: str | None
    published: dt.date | None
    published_from: Literal["metadata", "text"] | None
    language: str | None
    fingerprint: int = 0  # 64-bit simhash of the text, for near-duplicate detection
    duplicate_of: str | None = None  # near-duplicate / syndicated copy of this article


@dataclass(frozen=True)
class Place:
    """A resolved place. ``geo_precision`` follows ACLED: 1 town, 2 near/district, 3 province."""

    name: str
    country: str | None  # ISO 3166-1 alpha-2
    admin1: str | None
    lat: float | None
    lon: float | None
    geo_precision: int
    gazetteer_id: str | None  # "geonames:123", "custom:al-tanf", "country:SY", ...
    feature: str | None = None  # GeoNames feature code or our own ("base", "oilfield", ...)
    span: Span | None = None


@dataclass(frozen=True)
class Claim:
    """What one claimant asserted about one incident mention, with the quote it was read from."""

    claim_id: str
    article_id: str
    mention_id: str
    kind: ClaimKind
    source: str  # the claimant as named in the text, e.g. "SANA, citing a military source"
    source_kind: SourceKind
    quote: str
    span: Span  # span of `quote` in Article.text
    component: str  # "extract.claims@11"
    relayed_by: tuple[str, ...] = ()
    killed: int | None = None
    killed_min: int | None = None
    killed_max: int | None = None
    injured: int | None = None
    injured_min: int | None = None
    injured_max: int | None = None
    victims: Victims | None = None
    qualifier: str | None = None  # "at least", "more than", "about", "dozens", "unspecified", ...
    breakdown: tuple[tuple[str, int], ...] = ()  # (("soldiers", 7), ("civilians", 1))
    attributed_to: str | None = None  # canonical actor blamed, confirmed or denied
    by_accused: bool | None = None
    hedged: bool = False


@dataclass(frozen=True)
class Mention:
    """One incident as one article reports (primary) or recalls (background) it."""

    mention_id: str
    article_id: str
    role: Role
    event_type: EventType
    trigger: Span
    component: str  # "extract.events@7"
    date: dt.date | None = None
    date_precision: DatePrecision | None = None
    date_span: Span | None = None
    place: Place | None = None
    perpetrators: tuple[str, ...] = ()  # canonical actor names alleged in this article
    target: str | None = None
    claims: tuple[Claim, ...] = ()
    summary: str = ""  # the sentence(s) the mention was read from, for similarity
    # the name candidates of the whole article (contested.extract.names): rare ones tie reports
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Estimate:
    low: int | None = None
    best: int | None = None
    high: int | None = None


@dataclass(frozen=True)
class Contradiction:
    field: Literal["killed", "injured", "perpetrator", "date", "place", "occurred"]
    detail: str
    claim_ids: tuple[str, ...]


@dataclass(frozen=True)
class Perpetrator:
    actor: str
    status: Literal["alleged", "confirmed", "denied", "disputed"]
    claim_ids: tuple[str, ...]


@dataclass(frozen=True)
class Report:
    article_id: str
    mention_id: str
    role: Role


@dataclass(frozen=True)
class Incident:
    incident_id: str
    event_type: EventType
    date_start: dt.date | None
    date_end: dt.date | None
    time_precision: int | None  # ACLED: 1 day, 2 week, 3 month
    place: Place | None
    perpetrators: tuple[Perpetrator, ...] = ()
    killed: Estimate = field(default_factory=Estimate)
    injured: Estimate = field(default_factory=Estimate)
    by_victims: tuple[tuple[str, Estimate], ...] = ()
    reconcile_rule: str = "ucdp"
    grade: Grade = "weak"
    grade_reasons: tuple[str, ...] = ()
    contradictions: tuple[Contradiction, ...] = ()
    reports: tuple[Report, ...] = ()
    independent_sources: int = 0
