"""Distances between places and the date windows that mentions' dates stand for."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import math

from contested.types import Mention, Place

EARTH_RADIUS_KM = 6371.0088

# how far (km) from its point a place of each ACLED geo_precision may lie
PRECISION_RADIUS_KM: dict[int, float] = {1: 10.0, 2: 25.0, 3: 150.0}
COUNTRY_RADIUS_KM = 1000.0
_COUNTRY_FEATURES = frozenset({"PCLI", "country"})


@functools.lru_cache(maxsize=65536)  # pure; clustering measures the same pairs again and again
def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def place_distance_km(a: Place, b: Place) -> float | None:
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return None
    return haversine_km(a.lat, a.lon, b.lat, b.lon)


def is_country_level(place: Place) -> bool:
    gid = place.gazetteer_id or ""
    return gid.startswith("country:") or place.feature in _COUNTRY_FEATURES


def place_radius_km(place: Place) -> float:
    gid = place.gazetteer_id  # is_country_level(), inlined: resolution calls this ~600 times a mention
    if (gid and gid.startswith("country:")) or place.feature in _COUNTRY_FEATURES:
        return COUNTRY_RADIUS_KM
    return PRECISION_RADIUS_KM.get(place.geo_precision, COUNTRY_RADIUS_KM)


def date_interval(mention: Mention) -> tuple[dt.date, dt.date] | None:
    """The days a mention's date may stand for: one day, a week either side, a month, a year."""
    day, precision = mention.date, mention.date_precision or "day"
    if day is None:
        return None
    if precision == "week":
        return day - dt.timedelta(days=6), day + dt.timedelta(days=6)
    if precision == "month":
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    if precision == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    return day, day


def interval_gap_days(a: tuple[dt.date, dt.date], b: tuple[dt.date, dt.date]) -> int:
    """Days between two closed intervals; 0 when they overlap."""
    if a[1] < b[0]:
        return (b[0] - a[1]).days
    if b[1] < a[0]:
        return (a[0] - b[1]).days
    return 0
