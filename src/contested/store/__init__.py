"""The store: one SQLite file holding runs, articles, mentions, claims and incidents.

``open_store(path)`` opens (creating and migrating) a database; the rest of contested
reads and writes through :class:`Store` methods and never writes SQL.
"""

from __future__ import annotations

from contested.store.models import (
    CLAIM_STATUSES,
    AuditEvent,
    BBox,
    ClaimReview,
    GradeOverride,
    IncidentEvent,
    IncidentFilter,
    IncidentPoint,
    LineageEvent,
    RunCounts,
    RunRecord,
    SaveResult,
    Sort,
)
from contested.store.schema import SCHEMA_VERSION
from contested.store.sqlite import Store, open_store

__all__ = [
    "CLAIM_STATUSES",
    "SCHEMA_VERSION",
    "AuditEvent",
    "BBox",
    "ClaimReview",
    "GradeOverride",
    "IncidentEvent",
    "IncidentFilter",
    "IncidentPoint",
    "LineageEvent",
    "RunCounts",
    "RunRecord",
    "SaveResult",
    "Sort",
    "Store",
    "open_store",
]
