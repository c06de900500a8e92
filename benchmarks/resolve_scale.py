"""Clustering at scale: 10k, 100k and 1M synthetic incident mentions.

    python benchmarks/resolve_scale.py [--sizes 10000 100000 1000000] [--dim 128]
                                       [--world fixed|growing]

Each size runs in its own process (so peak RSS is that size's); the table gives the time to
build the mentions, the wall-clock and CPU time ``cluster_all`` takes (CPU time is what a
shared, loaded machine cannot inflate; clustering is single-threaded), the peak RSS of the
process, the load average when the size finished, and B-cubed F1 against the generator's
truth.

The synthetic spread (seeded, the same every run):

* 6 countries with 40 provinces and 2,000 villages each (villages sit in the province's box;
  villages are struck again on other days: the same village on another night). With
  ``--world fixed`` (the default) the world is that and five years at every scale, so the
  density grows with the mentions: a million puts about 35 incidents a day in each country,
  13,000 a year (Syria's or Ukraine's busiest years, everywhere at once), and 550 reports a
  day in all. With ``--world growing`` the world is 60 countries (the six and 54 synthetic
  boxes elsewhere on the globe) reporting ``DAILY`` = 550 mentions a day in all (about
  200,000 incidents a year: the order of what ACLED records worldwide), and the time span grows
  with the mentions: 10,000 are 18 days of news, 100,000 half a year, a million five years;
* five years of dates; incidents per day follow the size; each incident has 1 to 8 reports
  (geometric, mean about 2.7): 70% dated the incident day, 15% a day later (the report's date),
  10% undated (published 0-1 days after), 5% dated to the week;
* places: 80% the village, 12% the province, 5% the country only, 3% none;
  types: the incident's type for 85% of reports, another related type otherwise;
* a third of the reports carry a killed figure near the incident's toll;
* text vectors: ``--dim`` dimensions; a report's vector is its incident's random topic vector
  plus noise (cosine between two reports of one incident about 0.6, as MiniLM gives real
  reports; about 0 across incidents). The MiniLM model itself is not run here: at about 150
  summaries a second on 2 cores it would take hours for 1M (see docs/benchmarks.md); this
  measures the clustering, given the vectors.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import resource
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Sequence

import numpy as np

from contested.resolve import cluster_all
from contested.types import Claim, Mention, Place, Span

COUNTRIES = {  # code: (lat0, lon0, lat span, lon span)
    "SY": (32.5, 36.0, 4.5, 5.5), "IQ": (29.5, 39.0, 7.5, 9.0), "YE": (12.5, 42.5, 5.0, 9.0),
    "AF": (29.5, 61.0, 8.0, 10.0), "UA": (45.5, 23.0, 6.5, 16.0), "SO": (-1.0, 41.0, 11.0, 9.0),
}
TYPES = ["airstrike", "drone_strike", "shelling", "missile_strike", "rocket_attack",
         "explosion", "armed_clash", "ground_raid"]
TYPE_WEIGHTS = [0.3, 0.12, 0.2, 0.05, 0.08, 0.12, 0.08, 0.05]
RELATED = {"airstrike": "drone_strike", "drone_strike": "airstrike", "shelling": "rocket_attack",
           "rocket_attack": "shelling", "missile_strike": "airstrike", "explosion": "other",
           "armed_clash": "ground_raid", "ground_raid": "armed_clash"}
START = dt.date(2019, 1, 1)
DAYS = 5 * 365
SPAN = Span(0, 1)


class MatrixEmbedder:
    """Rows of a prepared matrix: the summary of mention ``i`` is ``"#i"``."""

    floor, saturation, strong = 0.25, 0.7, 0.55

    def __init__(self, matrix: np.ndarray) -> None:
        self.matrix = matrix

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        rows = [int(t[1:]) for t in texts]
        if rows == list(range(len(self.matrix))):
            return self.matrix
        return self.matrix[rows]


DAILY = 550  # mentions a day in the growing world
GROWING_COUNTRIES = 60


def countries(world: str) -> dict[str, tuple[float, float, float, float]]:
    """The countries' boxes: the six above, and with a growing world more boxes on a grid."""
    boxes = dict(COUNTRIES)
    extra = 0 if world == "fixed" else GROWING_COUNTRIES - len(COUNTRIES)
    for k in range(extra):
        boxes[f"X{k}"] = (-50.0 + 9.0 * (k // 20), -175.0 + 17.5 * (k % 20), 6.0, 8.0)
    return boxes


class World:
    def __init__(self, rng: np.random.Generator,
                 boxes: dict[str, tuple[float, float, float, float]]) -> None:
        self.villages: dict[str, list[Place]] = {}
        self.provinces: dict[str, list[Place]] = {}
        self.country: dict[str, Place] = {}
        for code, (lat0, lon0, dlat, dlon) in boxes.items():
            provinces = []
            for p in range(40):
                plat, plon = lat0 + dlat * (p // 8) / 5, lon0 + dlon * (p % 8) / 8
                provinces.append(Place(f"{code} province {p}", code, f"{code}-P{p}",
                                       plat + dlat / 10, plon + dlon / 16, 3, f"syn:{code}:p{p}"))
            self.provinces[code] = provinces
            villages = []
            for v in range(2000):
                p = int(rng.integers(40))
                lat = provinces[p].lat + float(rng.uniform(-dlat / 10, dlat / 10))  # type: ignore[operator]
                lon = provinces[p].lon + float(rng.uniform(-dlon / 16, dlon / 16))  # type: ignore[operator]
                villages.append(Place(f"{code} village {v}", code, f"{code}-P{p}", lat, lon, 1,
                                      f"syn:{code}:v{v}"))
            self.villages[code] = villages
            self.country[code] = Place(code, code, None, lat0 + dlat / 2, lon0 + dlon / 2, 3,
                                       f"country:{code}", feature="PCLI")


def _report_place(world: World, village: Place, draw: float) -> Place | None:
    if draw < 0.80:
        return village
    code = village.country or "SY"
    if draw < 0.92:
        return next(p for p in world.provinces[code] if p.admin1 == village.admin1)
    return world.country[code] if draw < 0.97 else None


def generate(n: int, dim: int, seed: int = 7, world_kind: str = "fixed") -> tuple[
        list[Mention], dict[str, dt.date], dict[str, int], np.ndarray]:
    rng = np.random.default_rng(seed)
    world = World(rng, countries(world_kind))
    days = DAYS if world_kind == "fixed" else max(7, -(-n // DAILY))
    mentions: list[Mention] = []
    published: dict[str, dt.date] = {}
    truth: dict[str, int] = {}
    vectors = np.empty((n, dim), dtype=np.float32)
    codes = list(world.country)
    incident = 0
    while len(mentions) < n:
        code = codes[int(rng.integers(len(codes)))]
        village = world.villages[code][int(rng.integers(2000))]
        day = START + dt.timedelta(days=int(rng.integers(days)))
        kind = str(rng.choice(TYPES, p=TYPE_WEIGHTS))
        toll = int(rng.geometric(0.15))
        topic = rng.standard_normal(dim).astype(np.float32)
        topic /= np.linalg.norm(topic)
        for _ in range(min(int(rng.geometric(0.37)), 8)):
            if len(mentions) >= n:
                break
            i = len(mentions)
            noise = rng.standard_normal(dim).astype(np.float32) * (0.8 / np.sqrt(dim))
            vec = topic + noise
            vectors[i] = vec / np.linalg.norm(vec)
            mentions.append(_mention(i, world, village, day, kind, toll, rng, published))
            truth[mentions[-1].mention_id] = incident
        incident += 1
    return mentions, published, truth, vectors


def _mention(i: int, world: World, village: Place, day: dt.date, kind: str, toll: int,
             rng: np.random.Generator, published: dict[str, dt.date]) -> Mention:
    mid, aid = f"m{i}", f"a{i}"
    draw = float(rng.random())
    date: dt.date | None = day
    precision = "day"
    if 0.70 <= draw < 0.85:
        date = day + dt.timedelta(days=1)
    elif 0.85 <= draw < 0.95:
        date = None
    elif draw >= 0.95:
        precision = "week"
    published[aid] = day + dt.timedelta(days=int(rng.integers(2)))
    etype = kind if rng.random() < 0.85 else RELATED[kind]
    claims: tuple[Claim, ...] = ()
    if rng.random() < 0.33:
        killed = max(0, toll + int(rng.integers(-1, 3)))
        claims = (Claim(f"c{i}", aid, mid, "casualties", "source", "monitor", "q", SPAN,
                        "synthetic", killed=killed),)
    return Mention(mid, aid, "primary", etype, SPAN, "synthetic",  # type: ignore[arg-type]
                   date=date, date_precision=precision if date else None,  # type: ignore[arg-type]
                   place=_report_place(world, village, float(rng.random())),
                   claims=claims, summary=f"#{i}")


def bcubed_f1(clusters: dict[str, list[Mention]], truth: dict[str, int]) -> float:
    gold: dict[int, int] = defaultdict(int)
    for g in truth.values():
        gold[g] += 1
    precision = recall = 0.0
    for members in clusters.values():
        counts: dict[int, int] = defaultdict(int)
        for m in members:
            counts[truth[m.mention_id]] += 1
        for g, k in counts.items():
            precision += k * k / len(members)
            recall += k * k / gold[g]
    p, r = precision / len(truth), recall / len(truth)
    return 2 * p * r / (p + r)


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def one(n: int, dim: int, world: str) -> dict[str, object]:
    t0 = time.perf_counter()
    mentions, published, truth, vectors = generate(n, dim, world_kind=world)
    t1, c1 = time.perf_counter(), _cpu()
    clusters = cluster_all(mentions, id_for=lambda m: m.mention_id,
                           embedder=MatrixEmbedder(vectors), published=published)
    t2, c2 = time.perf_counter(), _cpu()
    return {
        "mentions": n, "true_incidents": len(set(truth.values())), "incidents": len(clusters),
        "generate_s": round(t1 - t0, 1), "cluster_s": round(t2 - t1, 1),
        "cluster_cpu_s": round(c2 - c1, 1),
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "load_avg": [round(x, 2) for x in os.getloadavg()],
        "bcubed_f1": round(bcubed_f1(clusters, truth), 3), "dim": dim, "world": world,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--dim", type=int, default=128)
    parser.add_argument("--world", choices=["fixed", "growing"], default="fixed")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(args.one, args.dim, args.world)))
        return
    print(f"{'mentions':>9} {'incidents':>9} {'true':>9} {'gen s':>7} {'cluster s':>9} "
          f"{'cpu s':>7} {'cpu us/mention':>14} {'peak MB':>8} {'B3 F1':>6}  load avg")
    for n in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(n), "--dim", str(args.dim),
                              "--world", args.world],
                             check=True, capture_output=True, text=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        per = 1e6 * float(r["cluster_cpu_s"]) / n
        print(f"{n:>9} {r['incidents']:>9} {r['true_incidents']:>9} {r['generate_s']:>7} "
              f"{r['cluster_s']:>9} {r['cluster_cpu_s']:>7} {per:>14.0f} {r['peak_rss_mb']:>8} "
              f"{r['bcubed_f1']:>6}  {r['load_avg']}", flush=True)


if __name__ == "__main__":
    main()
