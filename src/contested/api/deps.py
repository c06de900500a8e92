"""Request dependencies: the store of this thread, who is asking, and incident filters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request

from contested.api.app import ApiSettings, Stores
from contested.api.auth import authenticate
from contested.store import BBox, IncidentFilter, Store

AUTH_HEADERS = {"WWW-Authenticate": 'Bearer realm="contested"'}


def settings_of(request: Request) -> ApiSettings:
    settings: ApiSettings = request.app.state.settings
    return settings


def store_of(request: Request) -> Iterator[Store]:
    """A store connection borrowed from the pool for this request."""
    stores: Stores = request.app.state.stores
    store = stores.acquire()
    try:
        yield store
    finally:
        stores.release(store)


def _same_origin(request: Request) -> bool:
    """A browser's ``Origin`` (when sent) must be this server: a second line against CSRF."""
    origin = request.headers.get("origin")
    if origin is None:
        return True
    host = request.headers.get("host", "")
    return origin in (f"http://{host}", f"https://{host}")


def reviewer(request: Request, store: Annotated[Store, Depends(store_of)]) -> str:
    """The authenticated reviewer; 401 without valid credentials, 403 from another origin."""
    if not _same_origin(request):
        raise HTTPException(403, "cross-origin writes are refused")
    settings = settings_of(request)
    who = authenticate(request.headers.get("authorization"), settings.token, store)
    if who is None:
        raise HTTPException(401, "a valid token is required: send Authorization: Bearer "
                            "$CONTESTED_TOKEN (or Basic user:password)", headers=AUTH_HEADERS)
    return who


def reader(request: Request, store: Annotated[Store, Depends(store_of)]) -> Store:
    """The store, once reads are allowed (open unless the server runs with --private)."""
    settings = settings_of(request)
    if settings.private and authenticate(
        request.headers.get("authorization"), settings.token, store
    ) is None:
        raise HTTPException(401, "reads need credentials on this server", headers=AUTH_HEADERS)
    return store


def _bbox(value: str | None) -> BBox | None:
    if value is None or not value.strip():
        return None
    try:
        parts = [float(p) for p in value.split(",")]
    except ValueError:
        parts = []
    if len(parts) != 4:
        raise HTTPException(400, "bbox is min_lon,min_lat,max_lon,max_lat")
    return BBox(*parts)


def incident_filter(
    bbox: Annotated[str | None, Query(description="min_lon,min_lat,max_lon,max_lat")] = None,
    country: Annotated[str | None, Query(description="ISO 3166-1 alpha-2, e.g. SY")] = None,
    admin1: Annotated[str | None, Query(description="first-level division name")] = None,
    since: Annotated[dt.date | None, Query(description="overlapping from YYYY-MM-DD")] = None,
    until: Annotated[dt.date | None, Query(description="overlapping until YYYY-MM-DD")] = None,
    type: Annotated[str | None, Query(description="event type, e.g. airstrike")] = None,
    actor: Annotated[str | None, Query(description="perpetrator substring")] = None,
    grade: Annotated[str | None, Query(description="confirmed|fair|weak|contested|discounted")] = None,
    contested: Annotated[bool, Query(description="only contested or contradicted")] = False,
    q: Annotated[str | None, Query(description="full text over the incidents' articles")] = None,
) -> IncidentFilter:
    def clean(value: str | None) -> str | None:
        return value.strip() or None if value is not None else None

    return IncidentFilter(
        country=(clean(country) or "").upper() or None,
        admin1=clean(admin1),
        since=since,
        until=until,
        event_type=clean(type),
        grade=clean(grade),
        actor=clean(actor),
        contested_only=contested,
        q=clean(q),
        bbox=_bbox(bbox),
    )
