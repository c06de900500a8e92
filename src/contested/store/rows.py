"""Pure conversions between our dataclasses and flat table rows (column name -> value).

Dates are ISO text, booleans 0/1, small lists JSON text; the 64-bit unsigned simhash is
stored as a signed 64-bit integer (SQLite and PostgreSQL integers are signed).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any, Protocol
from urllib.parse import urlsplit

from contested.types import (
    Article,
    Claim,
    Contradiction,
    Estimate,
    Incident,
    Mention,
    Perpetrator,
    Place,
    Report,
    Span,
)


class Row(Protocol):
    """A row read by name: ``sqlite3.Row`` or any mapping."""

    def __getitem__(self, key: str, /) -> Any: ...


_U64 = 1 << 64
_I64_MAX = (1 << 63) - 1


def to_signed64(value: int) -> int:
    return value - _U64 if value > _I64_MAX else value


def to_unsigned64(value: int) -> int:
    return value + _U64 if value < 0 else value


def iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def date_or_none(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def bool_or_none(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def dumps(value: Sequence[Any]) -> str:
    return json.dumps(list(value), ensure_ascii=False)


def strings(text: str) -> tuple[str, ...]:
    return tuple(str(v) for v in json.loads(text))


def span_or_none(start: int | None, end: int | None) -> Span | None:
    return None if start is None or end is None else Span(start, end)


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return urlsplit(url).hostname
    except ValueError:
        return None


# -- articles -------------------------------------------------------------------------------


def article_row(article: Article, run_id: int | None, now: str) -> dict[str, Any]:
    return {
        "article_id": article.article_id,
        "origin": article.origin,
        "url": article.url,
        "title": article.title,
        "text": article.text,
        "outlet": article.outlet,
        "published": iso(article.published),
        "published_from": article.published_from,
        "language": article.language,
        "fingerprint": to_signed64(article.fingerprint),
        "duplicate_of": article.duplicate_of,
        "run_id": run_id,
        "ingested_at": now,
    }


def article_from(row: Row) -> Article:
    return Article(
        article_id=row["article_id"],
        origin=row["origin"],
        text=row["text"],
        title=row["title"],
        url=row["url"],
        outlet=row["outlet"],
        published=date_or_none(row["published"]),
        published_from=row["published_from"],
        language=row["language"],
        fingerprint=to_unsigned64(row["fingerprint"]),
        duplicate_of=row["duplicate_of"],
    )


# -- places ---------------------------------------------------------------------------------


def place_row(place: Place | None, prefix: str = "place_") -> dict[str, Any]:
    span = place.span if place else None
    return {
        f"{prefix}name": place.name if place else None,
        f"{prefix}country": place.country if place else None,
        f"{prefix}admin1": place.admin1 if place else None,
        f"{prefix}lat": place.lat if place else None,
        f"{prefix}lon": place.lon if place else None,
        f"{prefix}geo_precision": place.geo_precision if place else None,
        f"{prefix}gazetteer_id": place.gazetteer_id if place else None,
        f"{prefix}feature": place.feature if place else None,
        f"{prefix}span_start": span.start if span else None,
        f"{prefix}span_end": span.end if span else None,
    }


def place_from(row: Row, prefix: str = "place_") -> Place | None:
    if row[f"{prefix}name"] is None:
        return None
    return Place(
        name=row[f"{prefix}name"],
        country=row[f"{prefix}country"],
        admin1=row[f"{prefix}admin1"],
        lat=row[f"{prefix}lat"],
        lon=row[f"{prefix}lon"],
        geo_precision=row[f"{prefix}geo_precision"],
        gazetteer_id=row[f"{prefix}gazetteer_id"],
        feature=row[f"{prefix}feature"],
        span=span_or_none(row[f"{prefix}span_start"], row[f"{prefix}span_end"]),
    )


# -- mentions and claims --------------------------------------------------------------------


def mention_row(mention: Mention) -> dict[str, Any]:
    date_span = mention.date_span
    return {
        "mention_id": mention.mention_id,
        "article_id": mention.article_id,
        "role": mention.role,
        "event_type": mention.event_type,
        "trigger_start": mention.trigger.start,
        "trigger_end": mention.trigger.end,
        "component": mention.component,
        "date": iso(mention.date),
        "date_precision": mention.date_precision,
        "date_span_start": date_span.start if date_span else None,
        "date_span_end": date_span.end if date_span else None,
        **place_row(mention.place),
        "perpetrators": dumps(mention.perpetrators),
        "target": mention.target,
        "summary": mention.summary,
        "names": dumps(mention.names),
    }


def mention_from(row: Row, claims: Sequence[Claim]) -> Mention:
    return Mention(
        mention_id=row["mention_id"],
        article_id=row["article_id"],
        role=row["role"],
        event_type=row["event_type"],
        trigger=Span(row["trigger_start"], row["trigger_end"]),
        component=row["component"],
        date=date_or_none(row["date"]),
        date_precision=row["date_precision"],
        date_span=span_or_none(row["date_span_start"], row["date_span_end"]),
        place=place_from(row),
        perpetrators=strings(row["perpetrators"]),
        target=row["target"],
        claims=tuple(claims),
        summary=row["summary"],
        names=strings(row["names"]),
    )


def claim_row(claim: Claim, position: int) -> dict[str, Any]:
    return {
        "claim_id": claim.claim_id,
        "mention_id": claim.mention_id,
        "article_id": claim.article_id,
        "position": position,
        "kind": claim.kind,
        "source": claim.source,
        "source_kind": claim.source_kind,
        "quote": claim.quote,
        "span_start": claim.span.start,
        "span_end": claim.span.end,
        "component": claim.component,
        "relayed_by": dumps(claim.relayed_by),
        "killed": claim.killed,
        "killed_min": claim.killed_min,
        "killed_max": claim.killed_max,
        "injured": claim.injured,
        "injured_min": claim.injured_min,
        "injured_max": claim.injured_max,
        "victims": claim.victims,
        "qualifier": claim.qualifier,
        "breakdown": dumps([list(pair) for pair in claim.breakdown]),
        "attributed_to": claim.attributed_to,
        "by_accused": None if claim.by_accused is None else int(claim.by_accused),
        "hedged": int(claim.hedged),
    }


def claim_from(row: Row) -> Claim:
    return Claim(
        claim_id=row["claim_id"],
        article_id=row["article_id"],
        mention_id=row["mention_id"],
        kind=row["kind"],
        source=row["source"],
        source_kind=row["source_kind"],
        quote=row["quote"],
        span=Span(row["span_start"], row["span_end"]),
        component=row["component"],
        relayed_by=strings(row["relayed_by"]),
        killed=row["killed"],
        killed_min=row["killed_min"],
        killed_max=row["killed_max"],
        injured=row["injured"],
        injured_min=row["injured_min"],
        injured_max=row["injured_max"],
        victims=row["victims"],
        qualifier=row["qualifier"],
        breakdown=tuple((str(k), int(v)) for k, v in json.loads(row["breakdown"])),
        attributed_to=row["attributed_to"],
        by_accused=bool_or_none(row["by_accused"]),
        hedged=bool(row["hedged"]),
    )


# -- incidents ------------------------------------------------------------------------------


def incident_row(incident: Incident) -> dict[str, Any]:
    """The ``incidents`` columns except ``created_at``/``updated_at``."""
    killed, injured = incident.killed, incident.injured
    return {
        "incident_id": incident.incident_id,
        "type": incident.event_type,
        "date_start": iso(incident.date_start),
        "date_end": iso(incident.date_end),
        "time_precision": incident.time_precision,
        **place_row(incident.place),
        "killed_low": killed.low,
        "killed_best": killed.best,
        "killed_high": killed.high,
        "injured_low": injured.low,
        "injured_best": injured.best,
        "injured_high": injured.high,
        "reconcile_rule": incident.reconcile_rule,
        "grade": incident.grade,
        "grade_reasons": dumps(incident.grade_reasons),
        "independent_sources": incident.independent_sources,
    }


def perpetrator_rows(incident: Incident) -> list[dict[str, Any]]:
    return [
        {
            "incident_id": incident.incident_id,
            "position": i,
            "actor": p.actor,
            "status": p.status,
            "claim_ids": dumps(p.claim_ids),
        }
        for i, p in enumerate(incident.perpetrators)
    ]


def by_victims_rows(incident: Incident) -> list[dict[str, Any]]:
    return [
        {
            "incident_id": incident.incident_id,
            "position": i,
            "victims": victims,
            "low": estimate.low,
            "best": estimate.best,
            "high": estimate.high,
        }
        for i, (victims, estimate) in enumerate(incident.by_victims)
    ]


def contradiction_rows(incident: Incident) -> list[dict[str, Any]]:
    return [
        {
            "incident_id": incident.incident_id,
            "position": i,
            "field": c.field,
            "detail": c.detail,
            "claim_ids": dumps(c.claim_ids),
        }
        for i, c in enumerate(incident.contradictions)
    ]


def report_rows(incident: Incident) -> list[dict[str, Any]]:
    return [
        {
            "incident_id": incident.incident_id,
            "mention_id": r.mention_id,
            "article_id": r.article_id,
            "role": r.role,
            "position": i,
        }
        for i, r in enumerate(incident.reports)
    ]


def perpetrator_from(row: Row) -> Perpetrator:
    return Perpetrator(row["actor"], row["status"], strings(row["claim_ids"]))


def by_victims_from(row: Row) -> tuple[str, Estimate]:
    return (row["victims"], Estimate(row["low"], row["best"], row["high"]))


def contradiction_from(row: Row) -> Contradiction:
    return Contradiction(row["field"], row["detail"], strings(row["claim_ids"]))


def report_from(row: Row) -> Report:
    return Report(row["article_id"], row["mention_id"], row["role"])


def incident_from(
    row: Row,
    perpetrators: Sequence[Perpetrator],
    by_victims: Sequence[tuple[str, Estimate]],
    contradictions: Sequence[Contradiction],
    reports: Sequence[Report],
) -> Incident:
    return Incident(
        incident_id=row["incident_id"],
        event_type=row["type"],
        date_start=date_or_none(row["date_start"]),
        date_end=date_or_none(row["date_end"]),
        time_precision=row["time_precision"],
        place=place_from(row),
        perpetrators=tuple(perpetrators),
        killed=Estimate(row["killed_low"], row["killed_best"], row["killed_high"]),
        injured=Estimate(row["injured_low"], row["injured_best"], row["injured_high"]),
        by_victims=tuple(by_victims),
        reconcile_rule=row["reconcile_rule"],
        grade=row["grade"],
        grade_reasons=strings(row["grade_reasons"]),
        contradictions=tuple(contradictions),
        reports=tuple(reports),
        independent_sources=row["independent_sources"],
    )
