"""Parquet export: ``incidents.parquet`` (one row per incident) and ``claims.parquet``.

pyarrow is imported lazily; the schemas are explicit so an empty export is still typed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from contested.errors import UsageError
from contested.export.tabular import outlets

BATCH = 500

INCIDENT_FIELDS: tuple[tuple[str, str], ...] = (
    ("incident_id", "string"),
    ("type", "string"),
    ("date_start", "date"),
    ("date_end", "date"),
    ("time_precision", "int"),
    ("place_name", "string"),
    ("admin1", "string"),
    ("country", "string"),
    ("lat", "float"),
    ("lon", "float"),
    ("geo_precision", "int"),
    ("gazetteer_id", "string"),
    ("perpetrators", "strings"),
    ("perpetrator_status", "strings"),
    ("killed_low", "int"),
    ("killed_best", "int"),
    ("killed_high", "int"),
    ("injured_low", "int"),
    ("injured_best", "int"),
    ("injured_high", "int"),
    ("grade", "string"),
    ("grade_reasons", "strings"),
    ("contradictions", "strings"),
    ("outlets", "strings"),
    ("reports", "int"),
    ("independent_sources", "int"),
    ("reconcile_rule", "string"),
)
CLAIM_FIELDS: tuple[tuple[str, str], ...] = (
    ("incident_id", "string"),
    ("claim_id", "string"),
    ("article_id", "string"),
    ("mention_id", "string"),
    ("kind", "string"),
    ("source", "string"),
    ("source_kind", "string"),
    ("relayed_by", "strings"),
    ("killed", "int"),
    ("killed_min", "int"),
    ("killed_max", "int"),
    ("injured", "int"),
    ("injured_min", "int"),
    ("injured_max", "int"),
    ("victims", "string"),
    ("qualifier", "string"),
    ("attributed_to", "string"),
    ("by_accused", "bool"),
    ("hedged", "bool"),
    ("quote", "string"),
    ("span_start", "int"),
    ("span_end", "int"),
)


def parquet_paths(out: str | Path) -> tuple[Path, Path]:
    """``DIR`` -> DIR/incidents.parquet + DIR/claims.parquet; ``FILE.parquet`` -> FILE.parquet +
    FILE.claims.parquet beside it. A path without a suffix that does not exist is a directory."""
    path = Path(out)
    if path.is_dir() or (not path.exists() and not path.suffix):
        return path / "incidents.parquet", path / "claims.parquet"
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    return path, path.with_name(f"{stem}.claims.parquet")


def _date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def incident_row(record: dict[str, Any]) -> dict[str, Any]:
    place = record["place"] or {}
    killed, injured = record["casualties"]["killed"], record["casualties"]["injured"]
    return {
        "incident_id": record["incident_id"],
        "type": record["type"],
        "date_start": _date(record["date_start"]),
        "date_end": _date(record["date_end"]),
        "time_precision": record["time_precision"],
        "place_name": place.get("name"),
        "admin1": place.get("admin1"),
        "country": place.get("country"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "geo_precision": place.get("geo_precision"),
        "gazetteer_id": place.get("gazetteer_id"),
        "perpetrators": [p["actor"] for p in record["perpetrators"]],
        "perpetrator_status": [p["status"] for p in record["perpetrators"]],
        **{f"killed_{k}": v for k, v in killed.items()},
        **{f"injured_{k}": v for k, v in injured.items()},
        "grade": record["grade"],
        "grade_reasons": record["grade_reasons"],
        "contradictions": [c["detail"] for c in record["contradictions"]],
        "outlets": outlets(record),
        "reports": len(record["reports"]),
        "independent_sources": record["independent_sources"],
        "reconcile_rule": record["reconcile_rule"],
    }


def claim_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    for claim in record["claims"]:
        row = {name: claim.get(name) for name, _ in CLAIM_FIELDS}
        row["incident_id"] = record["incident_id"]
        row["span_start"], row["span_end"] = claim["span"]
        yield row


def _schema(fields: tuple[tuple[str, str], ...]) -> Any:
    import pyarrow as pa

    kinds = {
        "string": pa.string(),
        "int": pa.int64(),
        "float": pa.float64(),
        "bool": pa.bool_(),
        "date": pa.date32(),
        "strings": pa.list_(pa.string()),
    }
    return pa.schema([(name, kinds[kind]) for name, kind in fields])


class _TableWriter:
    """Rows -> one Parquet file, written in batches."""

    def __init__(self, path: Path, fields: tuple[tuple[str, str], ...]) -> None:
        import pyarrow.parquet as pq

        self.schema = _schema(fields)
        self.pending: list[dict[str, Any]] = []
        self.writer = pq.ParquetWriter(str(path), self.schema)

    def add(self, rows: Iterable[dict[str, Any]]) -> None:
        self.pending.extend(rows)
        if len(self.pending) >= BATCH:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        if self.pending:
            self.writer.write_table(pa.Table.from_pylist(self.pending, schema=self.schema))
            self.pending = []

    def close(self) -> None:
        self.flush()
        self.writer.close()


def write_parquet(records: Iterable[dict[str, Any]], out: str | Path) -> int:
    """Write the two Parquet files for ``records``; returns the number of incidents."""
    incidents_path, claims_path = parquet_paths(out)
    incidents_path.parent.mkdir(parents=True, exist_ok=True)
    try:
        incidents = _TableWriter(incidents_path, INCIDENT_FIELDS)
        claims = _TableWriter(claims_path, CLAIM_FIELDS)
    except OSError as exc:
        raise UsageError(f"cannot write Parquet to {out}: {exc}; pass another -o path") from exc
    count = 0
    try:
        for record in records:
            incidents.add([incident_row(record)])
            claims.add(claim_rows(record))
            count += 1
    finally:
        incidents.close()
        claims.close()
    return count
