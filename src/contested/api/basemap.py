"""Build the map's country outlines from Natural Earth TopoJSON (npm ``world-atlas``).

``scripts/setup`` installs ``world-atlas`` with npm and runs
``python -m contested.api.basemap SRC.json DEST.geojson``: the TopoJSON arcs are decoded to a
GeoJSON FeatureCollection (one feature per country, ``name`` property), coordinates rounded
to 0.01 degree. The UI draws it as SVG, so the map needs no tile server and no internet.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

Point = tuple[float, float]
Ring = list[Point]


def decode_arcs(topology: dict[str, Any], digits: int = 2) -> list[Ring]:
    """Absolute, rounded coordinates of every arc (delta-decoded when quantized)."""
    transform = topology.get("transform")
    decoded: list[Ring] = []
    for arc in topology["arcs"]:
        x = y = 0.0
        points: Ring = []
        for position in arc:
            if transform:
                x, y = x + position[0], y + position[1]
                lon = x * transform["scale"][0] + transform["translate"][0]
                lat = y * transform["scale"][1] + transform["translate"][1]
            else:
                lon, lat = position[0], position[1]
            point = (round(lon, digits), round(lat, digits))
            if not points or points[-1] != point:
                points.append(point)
        decoded.append(points)
    return decoded


def ring(indexes: list[int], arcs: list[Ring]) -> Ring:
    """Stitch arcs into one ring; ``~i`` is arc ``i`` reversed."""
    points: Ring = []
    for index in indexes:
        arc = arcs[~index][::-1] if index < 0 else arcs[index]
        points.extend(arc[1:] if points else arc)
    return points


def _polygon(rings: list[list[int]], arcs: list[Ring]) -> list[list[list[float]]]:
    stitched = (ring(r, arcs) for r in rings)
    return [[list(p) for p in r] for r in stitched if len(r) >= 4]


def feature(geometry: dict[str, Any], arcs: list[Ring]) -> dict[str, Any] | None:
    kind = geometry.get("type")
    if kind == "Polygon":
        coordinates: Any = _polygon(geometry["arcs"], arcs)
    elif kind == "MultiPolygon":
        coordinates = [p for p in (_polygon(g, arcs) for g in geometry["arcs"]) if p]
    else:
        return None
    if not coordinates:
        return None
    name = (geometry.get("properties") or {}).get("name")
    return {
        "type": "Feature",
        "id": geometry.get("id"),
        "properties": {"name": name},
        "geometry": {"type": kind, "coordinates": coordinates},
    }


def outlines(topology: dict[str, Any], layer: str = "countries") -> dict[str, Any]:
    """The ``layer`` object of a TopoJSON topology as a GeoJSON FeatureCollection."""
    arcs = decode_arcs(topology)
    geometries = topology["objects"][layer]["geometries"]
    features = [f for f in (feature(g, arcs) for g in geometries) if f is not None]
    return {"type": "FeatureCollection", "features": features}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m contested.api.basemap COUNTRIES.topo.json OUT.geojson",
              file=sys.stderr)
        return 2
    source, target = Path(argv[0]), Path(argv[1])
    collection = outlines(json.loads(source.read_text(encoding="utf-8")))
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(collection, separators=(",", ":")), encoding="utf-8")
    print(f"wrote {len(collection['features'])} country outlines to {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
