"""Exports of the incident database: JSON Lines (the EXPORT.md contract), CSV, GeoJSON, Parquet.

``incident_record(store, incident)`` builds the ``contested.incident/1`` object;
``write_export(store, fmt, out, filters)`` writes every matching incident.
"""

from __future__ import annotations

from contested.export.record import SCHEMA_ID, incident_record
from contested.export.writers import FORMATS, Format, records, write_export

__all__ = [
    "FORMATS",
    "SCHEMA_ID",
    "Format",
    "incident_record",
    "records",
    "schema_path",
    "write_export",
]


def schema_path() -> str:
    """Path of the JSON Schema (draft 2020-12) of one export record."""
    from importlib.resources import files

    return str(files("contested") / "data" / "incident.schema.json")
