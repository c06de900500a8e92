"""``write_export``: incidents of a store as JSON Lines, CSV, GeoJSON or Parquet.

Incidents are read page by page in a total order (date, then id) and written as they come,
so two identical databases give byte-identical exports.
"""

from __future__ import annotations

import csv
import io
import json
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, Literal

from contested.errors import UsageError
from contested.export.parquet import write_parquet
from contested.export.record import incident_record
from contested.export.tabular import CSV_COLUMNS, csv_row, geojson_feature
from contested.store import IncidentFilter, Store

log = logging.getLogger(__name__)

Format = Literal["jsonl", "csv", "geojson", "parquet"]
FORMATS: tuple[str, ...] = Format.__args__  # type: ignore[attr-defined]
Output = IO[str] | IO[bytes] | str | Path
Emit = Callable[[str], object]
PAGE = 200


def records(store: Store, filters: IncidentFilter | None = None) -> Iterator[dict[str, Any]]:
    """Export records of the incidents matching ``filters``, by date then id."""
    offset = 0
    while True:
        page = store.list_incidents(filters, limit=PAGE, offset=offset, sort="date")
        for incident in page:
            yield incident_record(store, incident)
        if len(page) < PAGE:
            return
        offset += PAGE


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)


def write_jsonl(rows: Iterator[dict[str, Any]], emit: Emit) -> int:
    count = 0
    for record in rows:
        emit(dumps(record) + "\n")
        count += 1
    return count


class _Sink:
    """A ``write(str)`` object over ``emit`` for the csv module."""

    def __init__(self, emit: Emit) -> None:
        self.write = emit


def write_csv(rows: Iterator[dict[str, Any]], emit: Emit) -> int:
    writer = csv.writer(_Sink(emit), lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    count = 0
    for record in rows:
        writer.writerow(csv_row(record))
        count += 1
    return count


def write_geojson(rows: Iterator[dict[str, Any]], emit: Emit) -> int:
    """A FeatureCollection, one feature per line; incidents without coordinates are left out."""
    emit('{"type":"FeatureCollection","features":[')
    count = 0
    for record in rows:
        feature = geojson_feature(record)
        if feature is None:
            continue
        emit(("," if count else "") + "\n" + dumps(feature))
        count += 1
    emit("\n]}\n")
    return count


_TEXT_WRITERS: dict[str, Callable[[Iterator[dict[str, Any]], Emit], int]] = {
    "jsonl": write_jsonl,
    "csv": write_csv,
    "geojson": write_geojson,
}


def _is_text(stream: IO[Any]) -> bool:
    return isinstance(stream, io.TextIOBase) or hasattr(stream, "encoding")


@contextmanager
def _emitter(out: Output) -> Iterator[Emit]:
    if isinstance(out, str | Path):
        try:
            handle = open(out, "w", encoding="utf-8", newline="")  # noqa: SIM115
        except OSError as exc:
            raise UsageError(f"cannot write {out}: {exc}; pass another -o path") from exc
        with handle:
            yield handle.write
    elif _is_text(out):
        yield out.write  # type: ignore[misc]
    else:
        binary: IO[bytes] = out  # type: ignore[assignment]

        def emit(text: str) -> None:
            binary.write(text.encode("utf-8"))

        yield emit


def write_export(
    store: Store, fmt: Format, out: Output, filters: IncidentFilter | None = None
) -> int:
    """Write the incidents matching ``filters`` to ``out``; returns how many were written.

    ``out`` is a path or an open stream (text or binary). Parquet needs a path: a directory
    (incidents.parquet + claims.parquet) or a file (FILE + its sibling ``*.claims.parquet``).
    """
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}: use one of {', '.join(FORMATS)}")
    if fmt == "parquet":
        if not isinstance(out, str | Path) or str(out) == "-":
            raise UsageError("parquet cannot go to stdout: pass -o DIR or -o FILE.parquet")
        count = write_parquet(records(store, filters), out)
    else:
        with _emitter(out) as emit:
            count = _TEXT_WRITERS[fmt](records(store, filters), emit)
    log.info("exported %d incidents as %s", count, fmt)
    return count
