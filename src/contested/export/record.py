"""The export record of one incident: the ``contested.incident/1`` contract of EXPORT.md.

Documented fields come first, in the EXPORT.md order; additions follow them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from contested.store import Store
from contested.types import Article, Claim, Estimate, Incident, Place, Report

SCHEMA_ID = "contested.incident/1"


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def estimate_record(estimate: Estimate) -> dict[str, int | None]:
    return {"low": estimate.low, "best": estimate.best, "high": estimate.high}


def place_record(place: Place | None) -> dict[str, Any] | None:
    if place is None:
        return None
    return {
        "name": place.name,
        "admin1": place.admin1,
        "country": place.country,
        "lat": place.lat,
        "lon": place.lon,
        "geo_precision": place.geo_precision,
        "gazetteer_id": place.gazetteer_id,
        "feature": place.feature,
    }


def claim_record(claim: Claim) -> dict[str, Any]:
    return {
        "claim_id": claim.claim_id,
        "article_id": claim.article_id,
        "kind": claim.kind,
        "source": claim.source,
        "source_kind": claim.source_kind,
        "relayed_by": list(claim.relayed_by),
        "killed": claim.killed,
        "killed_min": claim.killed_min,
        "killed_max": claim.killed_max,
        "injured": claim.injured,
        "victims": claim.victims,
        "qualifier": claim.qualifier,
        "attributed_to": claim.attributed_to,
        "hedged": claim.hedged,
        "quote": claim.quote,
        "span": [claim.span.start, claim.span.end],
        "mention_id": claim.mention_id,
        "injured_min": claim.injured_min,
        "injured_max": claim.injured_max,
        "breakdown": dict(claim.breakdown),
        "by_accused": claim.by_accused,
        "component": claim.component,
    }


def report_records(reports: Sequence[Report], articles: dict[str, Article]) -> list[dict[str, Any]]:
    """One report per article, in first-mention order; ``primary`` if any mention is."""
    merged: dict[str, dict[str, Any]] = {}
    for report in reports:
        record = merged.get(report.article_id)
        if record is None:
            merged[report.article_id] = record = _report(report, articles.get(report.article_id))
        else:
            record["mention_ids"].append(report.mention_id)
        if report.role == "primary":
            record["role"] = "primary"
    return list(merged.values())


def _report(report: Report, article: Article | None) -> dict[str, Any]:
    return {
        "article_id": report.article_id,
        "origin": article.origin if article else None,
        "url": article.url if article else None,
        "outlet": article.outlet if article else None,
        "published": _iso(article.published) if article else None,
        "role": report.role,
        "duplicate_of": article.duplicate_of if article else None,
        "title": article.title if article else None,
        "mention_ids": [report.mention_id],
    }


def incident_record(store: Store, incident: Incident) -> dict[str, Any]:
    """The EXPORT.md JSON object of ``incident`` (reports and claims read from ``store``)."""
    articles = store.articles([r.article_id for r in incident.reports])
    claims = store.claims_of(incident.incident_id)
    return {
        "schema": SCHEMA_ID,
        "incident_id": incident.incident_id,
        "type": incident.event_type,
        "date_start": _iso(incident.date_start),
        "date_end": _iso(incident.date_end),
        "time_precision": incident.time_precision,
        "place": place_record(incident.place),
        "perpetrators": [
            {"actor": p.actor, "status": p.status, "claim_ids": list(p.claim_ids)}
            for p in incident.perpetrators
        ],
        "casualties": {
            "killed": estimate_record(incident.killed),
            "injured": estimate_record(incident.injured),
            "by_victims": {v: estimate_record(e) for v, e in incident.by_victims},
        },
        "grade": incident.grade,
        "grade_reasons": list(incident.grade_reasons),
        "contradictions": [
            {"field": c.field, "detail": c.detail, "claim_ids": list(c.claim_ids)}
            for c in incident.contradictions
        ],
        "reports": report_records(incident.reports, articles),
        "claims": [claim_record(c) for c in claims],
        "reconcile_rule": incident.reconcile_rule,
        "independent_sources": incident.independent_sources,
    }
