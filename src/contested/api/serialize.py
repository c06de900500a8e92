"""JSON shapes of the API, built from our dataclasses (the incident page reuses the export
record of EXPORT.md and adds the review state)."""

from __future__ import annotations

import json
from typing import Any

from contested.export import incident_record
from contested.export.record import claim_record, estimate_record, place_record
from contested.store import AuditEvent, IncidentEvent, IncidentPoint, Store
from contested.types import Article, Claim, Incident


def incident_summary(incident: Incident) -> dict[str, Any]:
    """One row of the incident list."""
    return {
        "incident_id": incident.incident_id,
        "type": incident.event_type,
        "date_start": incident.date_start.isoformat() if incident.date_start else None,
        "date_end": incident.date_end.isoformat() if incident.date_end else None,
        "place": place_record(incident.place),
        "grade": incident.grade,
        "killed": estimate_record(incident.killed),
        "injured": estimate_record(incident.injured),
        "perpetrators": [{"actor": p.actor, "status": p.status} for p in incident.perpetrators],
        "contradictions": len(incident.contradictions),
        "reports": len({r.article_id for r in incident.reports}),
    }


def point_feature(point: IncidentPoint) -> dict[str, Any]:
    return {
        "type": "Feature",
        "id": point.incident_id,
        "geometry": {"type": "Point", "coordinates": [point.lon, point.lat]},
        "properties": {
            "incident_id": point.incident_id,
            "type": point.event_type,
            "date_start": point.date_start,
            "place": point.place,
            "grade": point.grade,
            "killed": point.killed,
        },
    }


def audit_record(event: AuditEvent) -> dict[str, Any]:
    return {
        "id": event.event_id,
        "at": event.at,
        "who": event.who,
        "action": event.action,
        "target": event.target,
        "incident_id": event.incident_id,
        "before": json.loads(event.before),
        "after": json.loads(event.after),
        "comment": event.comment,
    }


def event_record(event: IncidentEvent) -> dict[str, Any]:
    return {"event": event.event, "detail": event.detail, "run_id": event.run_id, "at": event.at}


def incident_page(store: Store, incident: Incident) -> dict[str, Any]:
    """The export record plus mentions, review decisions, the incident log and audit events."""
    record = incident_record(store, incident)
    reviews = store.claim_reviews([c["claim_id"] for c in record["claims"]])
    override = store.grade_override(incident.incident_id)
    record["review"] = {
        "claims": {k: {"status": v.status, "comment": v.comment, "by": v.by, "at": v.at}
                   for k, v in reviews.items()},
        "grade": None if override is None else {
            "grade": override.grade, "comment": override.comment, "by": override.by,
            "at": override.at},
    }
    record["events"] = [event_record(e) for e in store.incident_events(incident.incident_id)]
    record["audit"] = [audit_record(e) for e in store.audit_events(incident.incident_id)]
    return record


def article_page(article: Article, claims: list[tuple[Claim, str | None]]) -> dict[str, Any]:
    return {
        "article_id": article.article_id,
        "origin": article.origin,
        "url": article.url,
        "title": article.title,
        "outlet": article.outlet,
        "published": article.published.isoformat() if article.published else None,
        "language": article.language,
        "duplicate_of": article.duplicate_of,
        "text": article.text,
        "claims": [{**claim_record(c), "incident_id": i} for c, i in claims],
    }
