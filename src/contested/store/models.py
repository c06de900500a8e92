"""Small value types of the store API: run counters, query filters, log rows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

Sort = Literal["date", "-date", "killed", "-killed", "updated", "-updated", "id"]
SORTS: tuple[str, ...] = Sort.__args__  # type: ignore[attr-defined]
SaveResult = Literal["new", "updated", "unchanged"]


@dataclass(frozen=True)
class RunCounts:
    """What one run did, stored as columns of ``runs``."""

    read: int = 0
    new: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    rejected: int = 0
    incidents_new: int = 0
    incidents_updated: int = 0


RUN_COUNT_FIELDS: tuple[str, ...] = (
    "read",
    "new",
    "duplicates",
    "near_duplicates",
    "rejected",
    "incidents_new",
    "incidents_updated",
)


@dataclass(frozen=True)
class RunRecord:
    run_id: int
    started_at: str
    finished_at: str | None
    args: str
    counts: RunCounts


@dataclass(frozen=True)
class BBox:
    """A lon/lat box; no antimeridian wrap."""

    min_lon: float
    min_lat: float
    max_lon: float
    max_lat: float


@dataclass(frozen=True)
class IncidentFilter:
    """Filters of :meth:`Store.list_incidents`; ``None`` means "no restriction".

    ``since``/``until`` keep incidents whose date range overlaps ``[since, until]``
    (undated incidents are dropped as soon as either bound is set). ``actor`` is a
    case-insensitive substring of a perpetrator. ``q`` is a full-text query over the
    titles and texts of the incident's articles (words are ANDed; no FTS syntax).
    """

    country: str | None = None
    admin1: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    event_type: str | None = None
    grade: str | None = None
    actor: str | None = None
    contested_only: bool = False
    q: str | None = None
    bbox: BBox | tuple[float, float, float, float] | None = None


@dataclass(frozen=True)
class IncidentEvent:
    """One line of the incident log: created, updated, linked, merged, removed..."""

    incident_id: str
    event: str
    detail: str
    run_id: int | None
    at: str


@dataclass(frozen=True)
class LineageEvent:
    """A merge (``from_id`` absorbed into ``to_id``) or a split (``mention_ids`` left
    ``from_id`` to form ``to_id``)."""

    kind: Literal["merge", "split"]
    from_id: str
    to_id: str
    mention_ids: tuple[str, ...]
    detail: str
    run_id: int | None
    at: str


ClaimStatus = Literal["accepted", "rejected"]
CLAIM_STATUSES: tuple[str, ...] = ClaimStatus.__args__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class ClaimReview:
    """A reviewer's decision on one claim (kept by claim id across pipeline runs)."""

    claim_id: str
    status: ClaimStatus
    comment: str
    by: str
    at: str


@dataclass(frozen=True)
class GradeOverride:
    """A reviewer's grade for one incident, replacing the suggested grade."""

    incident_id: str
    grade: str
    comment: str
    by: str
    at: str


@dataclass(frozen=True)
class AuditEvent:
    """One reviewer change: who, when, what, and JSON snapshots before and after."""

    event_id: int
    at: str
    who: str
    action: str
    target: str
    incident_id: str | None
    before: str
    after: str
    comment: str


@dataclass(frozen=True)
class IncidentPoint:
    """The few columns a map needs."""

    incident_id: str
    event_type: str
    date_start: str | None
    place: str | None
    lat: float
    lon: float
    grade: str
    killed: int | None
