"""Read endpoints: incidents (list, GeoJSON, timeline, one), articles, outlets, exports."""

from __future__ import annotations

import io
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import FileResponse, JSONResponse, Response

from contested.api.app import default_basemap
from contested.api.deps import incident_filter, reader, settings_of
from contested.api.serialize import (
    article_page,
    audit_record,
    incident_page,
    incident_summary,
    point_feature,
)
from contested.export import write_export
from contested.review import GRADES
from contested.store import IncidentFilter, Store
from contested.store.models import SORTS
from contested.types import EVENT_TYPES

router = APIRouter(prefix="/api")
Reader = Annotated[Store, Depends(reader)]
Filters = Annotated[IncidentFilter, Depends(incident_filter)]
MAX_PAGE = 500
MAX_POINTS = 20_000
# Parquet is two files (incidents + claims): use `contested export --format parquet`.
DOWNLOADS = {"jsonl": "application/x-ndjson", "csv": "text/csv; charset=utf-8",
             "geojson": "application/geo+json"}


@router.get("/meta", summary="What this server holds and how to write to it")
def meta(request: Request, store: Reader) -> dict[str, Any]:
    settings = settings_of(request)
    basemap = settings.basemap or default_basemap()
    return {
        "incidents": store.count_incidents(),
        "grades": list(GRADES),
        "types": list(EVENT_TYPES),
        "sorts": list(SORTS),
        "export_formats": list(DOWNLOADS),
        "reads_need_credentials": settings.private,
        "basemap": basemap.is_file(),
    }


@router.get("/incidents", summary="Incidents matching the filters, one page")
def incidents(
    store: Reader,
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
    sort: Annotated[str, Query(description=", ".join(SORTS))] = "-date",
) -> dict[str, Any]:
    if sort not in SORTS:
        raise HTTPException(400, f"sort is one of {', '.join(SORTS)}")
    found = store.list_incidents(filters, limit=limit, offset=offset, sort=sort)  # type: ignore[arg-type]
    return {
        "total": store.count_incidents(filters),
        "limit": limit,
        "offset": offset,
        "sort": sort,
        "items": [incident_summary(i) for i in found],
    }


@router.get("/incidents.geojson", summary="Located incidents as a GeoJSON FeatureCollection")
def incidents_geojson(
    store: Reader,
    filters: Filters,
    limit: Annotated[int, Query(ge=1, le=MAX_POINTS)] = 5000,
) -> Response:
    points = store.incident_points(filters, limit)
    body = {"type": "FeatureCollection", "features": [point_feature(p) for p in points]}
    return JSONResponse(body, media_type="application/geo+json")


@router.get("/timeline", summary="Dated incidents per day")
def timeline(store: Reader, filters: Filters) -> dict[str, Any]:
    return {"days": [[day, n] for day, n in store.incident_histogram(filters)]}


@router.get("/incidents/{incident_id}", summary="One incident: claims, reports, contradictions")
def incident(incident_id: str, store: Reader) -> dict[str, Any]:
    found = store.incident(incident_id)
    if found is None:
        raise HTTPException(404, f"no incident {incident_id}")
    return incident_page(store, found)


@router.get("/articles/{article_id}", summary="One article with the spans of its claims")
def article(article_id: str, store: Reader) -> dict[str, Any]:
    found = store.article(article_id)
    if found is None:
        raise HTTPException(404, f"no article {article_id}")
    return article_page(found, store.article_claims(article_id))


@router.get("/outlets", summary="Outlets with their article counts")
def outlets(store: Reader) -> dict[str, Any]:
    return {"outlets": [{"outlet": o, "articles": n} for o, n in store.outlet_counts()]}


@router.get("/audit", summary="Reviewers' changes, newest first")
def audit(
    store: Reader,
    incident_id: str | None = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> dict[str, Any]:
    return {"events": [audit_record(e) for e in store.audit_events(incident_id, limit)]}


@router.get("/export/{fmt}", summary="Download the matching incidents: jsonl, csv, geojson")
def export(fmt: str, store: Reader, filters: Filters) -> Response:
    if fmt not in DOWNLOADS:
        raise HTTPException(404, f"format is one of {', '.join(DOWNLOADS)}")
    buffer = io.StringIO()
    write_export(store, fmt, buffer, filters)  # type: ignore[arg-type]
    disposition = f'attachment; filename="incidents.{fmt}"'
    return Response(buffer.getvalue(), media_type=DOWNLOADS[fmt],
                    headers={"Content-Disposition": disposition})


@router.get("/basemap", summary="Country outlines (GeoJSON) for the map; no tile server")
def basemap(request: Request, store: Reader) -> Response:
    path = settings_of(request).basemap or default_basemap()
    if not path.is_file():
        raise HTTPException(404, "no basemap installed: run scripts/setup")
    return FileResponse(path, media_type="application/geo+json",
                        headers={"Cache-Control": "public, max-age=86400"})
