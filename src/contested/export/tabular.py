"""Flat views of an export record: an ACLED-like CSV row and a GeoJSON feature."""

from __future__ import annotations

import functools
from typing import Any

# ACLED's event type for each of ours (our type goes to sub_event_type).
ACLED_EVENT_TYPE: dict[str, str] = {
    "airstrike": "Explosions/Remote violence",
    "drone_strike": "Explosions/Remote violence",
    "shelling": "Explosions/Remote violence",
    "missile_strike": "Explosions/Remote violence",
    "rocket_attack": "Explosions/Remote violence",
    "drone_attack": "Explosions/Remote violence",
    "explosion": "Explosions/Remote violence",
    "armed_clash": "Battles",
    "ground_raid": "Battles",
    "other": "Other",
}

CSV_COLUMNS: tuple[str, ...] = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "location",
    "admin1",
    "country",
    "iso",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "notes",
    "fatalities",
    "fatalities_low",
    "fatalities_high",
    "injured",
    "grade",
    "contradictions",
)
NOTES_MAX = 300


@functools.lru_cache(maxsize=512)
def country_name(code: str | None) -> str | None:
    """English name of an ISO 3166-1 alpha-2 code (the code itself when unknown)."""
    if not code:
        return None
    import pycountry  # lazy: loads its database on first use

    found = pycountry.countries.get(alpha_2=code.upper())
    return str(found.name) if found is not None else code


def outlets(record: dict[str, Any]) -> list[str]:
    return sorted({r["outlet"] for r in record["reports"] if r["outlet"]})


def actors(record: dict[str, Any]) -> str:
    return "; ".join(p["actor"] for p in record["perpetrators"])


def notes(record: dict[str, Any]) -> str:
    """A one-line summary: what, where, how many, how sure."""
    place = record["place"] or {}
    where = ", ".join(x for x in (place.get("name"), place.get("admin1")) if x)
    killed = record["casualties"]["killed"]
    parts = [record["type"].replace("_", " ") + (f" in {where}" if where else "")]
    if killed["best"] is not None:
        parts.append(f"{killed['best']} killed ({killed['low']}-{killed['high']})")
    parts.append(f"{len(record['reports'])} reports; grade {record['grade']}")
    parts.extend(c["detail"] for c in record["contradictions"])
    text = "; ".join(parts)
    return text if len(text) <= NOTES_MAX else text[: NOTES_MAX - 1] + "…"


def csv_row(record: dict[str, Any]) -> list[Any]:
    place = record["place"] or {}
    killed = record["casualties"]["killed"]
    date = record["date_start"]
    values: dict[str, Any] = {
        "event_id_cnty": record["incident_id"],
        "event_date": date,
        "year": date[:4] if date else None,
        "time_precision": record["time_precision"],
        "event_type": ACLED_EVENT_TYPE.get(record["type"], "Other"),
        "sub_event_type": record["type"],
        "actor1": actors(record),
        "location": place.get("name"),
        "admin1": place.get("admin1"),
        "country": country_name(place.get("country")),
        "iso": place.get("country"),
        "latitude": place.get("lat"),
        "longitude": place.get("lon"),
        "geo_precision": place.get("geo_precision"),
        "source": "; ".join(outlets(record)),
        "notes": notes(record),
        "fatalities": killed["best"],
        "fatalities_low": killed["low"],
        "fatalities_high": killed["high"],
        "injured": record["casualties"]["injured"]["best"],
        "grade": record["grade"],
        "contradictions": len(record["contradictions"]),
    }
    return ["" if values[c] is None else values[c] for c in CSV_COLUMNS]


def geojson_feature(record: dict[str, Any]) -> dict[str, Any] | None:
    """A Point feature, or ``None`` when the incident has no coordinates."""
    place = record["place"]
    if not place or place["lat"] is None or place["lon"] is None:
        return None
    killed = record["casualties"]["killed"]
    properties = {
        "incident_id": record["incident_id"],
        "type": record["type"],
        "date_start": record["date_start"],
        "date_end": record["date_end"],
        "place": place["name"],
        "admin1": place["admin1"],
        "country": place["country"],
        "geo_precision": place["geo_precision"],
        "killed_low": killed["low"],
        "killed": killed["best"],
        "killed_high": killed["high"],
        "injured": record["casualties"]["injured"]["best"],
        "perpetrators": actors(record),
        "grade": record["grade"],
        "contradictions": len(record["contradictions"]),
        "reports": len(record["reports"]),
        "outlets": outlets(record),
    }
    return {
        "type": "Feature",
        "id": record["incident_id"],
        "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
        "properties": properties,
    }
