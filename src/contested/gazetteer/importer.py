"""Import full GeoNames dumps (``SY.zip``, ``allCountries.txt``, ``alternateNamesV2.txt``).

Both files are streamed line by line, so ``allCountries`` fits in little memory. Places of
feature classes A, P, S, L and T are kept (administrative units, populated places, spots such
as bases and airports, areas such as oil fields, and terrain); an existing place with the same
GeoNames id is replaced. A place's ``name`` and ``asciiname`` are its primary names; its
alternate names (the dump's column and ``alternateNamesV2``) are flagged as alternates, which
ranking trusts less.
"""

from __future__ import annotations

import io
import logging
import sqlite3
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING

from contested.errors import GazetteerError
from contested.gazetteer.build import write_places
from contested.gazetteer.keys import name_key, token_count
from contested.gazetteer.sources import PlaceRow, usable_alternate

if TYPE_CHECKING:
    from contested.gazetteer.core import Gazetteer

log = logging.getLogger(__name__)

KEPT_CLASSES = frozenset("APSLT")
SKIPPED_LANGUAGES = frozenset({"link", "post", "iata", "icao", "faac", "abbr", "wkdt", "unlc",
                               "tcid", "fr_1793"})
_BATCH = 5000


@contextmanager
def _open_text(path: Path) -> Iterator[IO[str]]:
    """A text handle on a GeoNames ``.txt`` or on the data member of a GeoNames ``.zip``."""
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                members = [n for n in archive.namelist()
                           if n.endswith(".txt") and not n.lower().startswith(("readme", "iso"))]
                if not members:
                    raise GazetteerError(f"{path}: no GeoNames .txt member in the zip")
                with archive.open(members[0]) as raw:
                    yield io.TextIOWrapper(raw, encoding="utf-8")
        else:
            with path.open(encoding="utf-8") as handle:
                yield handle
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError) as exc:
        raise GazetteerError(f"cannot read GeoNames file {path}: {exc}") from exc


def parse_geoname(line: str, admin1: dict[tuple[str, str], str]) -> PlaceRow | None:
    """One ``geoname`` table line as a place, or None when malformed or of a skipped class."""
    cols = line.rstrip("\n").split("\t")
    if len(cols) < 15 or cols[6] not in KEPT_CLASSES:
        return None
    try:
        gid, lat, lon = int(cols[0]), float(cols[4]), float(cols[5])
        population = int(cols[14] or 0)
    except ValueError:
        return None
    names = {n for n in (cols[1], cols[2]) if n}
    country = cols[8] or None
    return PlaceRow(gid=f"geonames:{gid}", name=cols[1], feature=cols[7] or cols[6],
                    country=country, admin1=admin1.get((country or "", cols[10])),
                    lat=lat, lon=lon, population=population, geonameid=gid,
                    admin1_code=cols[10] or None, names=names,
                    alternates={n for n in cols[3].split(",") if usable_alternate(n)} - names)


def import_geonames(gaz: Gazetteer, path: Path, alternate_names: Path | None = None) -> int:
    """Import a GeoNames dump (and optionally its alternate names); returns places written."""
    conn = gaz.connection
    conn.execute("CREATE INDEX IF NOT EXISTS names_pid ON names(pid)")
    conn.execute("CREATE INDEX IF NOT EXISTS places_geonameid ON places(geonameid)")
    admin1 = {(r[0], r[1]): r[2] for r in conn.execute(
        "SELECT country, code, name FROM admin1_map")}
    count = 0
    try:
        with _open_text(path) as handle, conn:
            batch: list[PlaceRow] = []
            for line in handle:
                row = parse_geoname(line, admin1)
                if row is not None:
                    batch.append(row)
                if len(batch) >= _BATCH:
                    count += write_places(conn, batch, replace=True)
                    batch = []
            count += write_places(conn, batch, replace=True)
        if alternate_names is not None:
            added = _import_alternates(conn, alternate_names)
            log.info("imported %d alternate names from %s", added, alternate_names)
    except sqlite3.Error as exc:
        raise GazetteerError(f"cannot import {path} into {gaz.path}: {exc}") from exc
    gaz.clear_caches()
    log.info("imported %d places from %s", count, path)
    return count


def _import_alternates(conn: sqlite3.Connection, path: Path) -> int:
    added = 0
    with _open_text(path) as handle, conn:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < 4 or cols[2] in SKIPPED_LANGUAGES or not usable_alternate(cols[3]):
                continue
            key = name_key(cols[3])
            found = conn.execute("SELECT pid FROM places WHERE geonameid = ?",
                                 (int(cols[1]) if cols[1].isdigit() else -1,)).fetchone()
            if key and found:
                conn.execute("INSERT OR IGNORE INTO names (key, pid, ntok, prim)"
                             " VALUES (?,?,?,0)",
                             (key, found[0], token_count(cols[3])))
                added += 1
    return added
