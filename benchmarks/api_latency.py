"""Latency of the filtered incident list over HTTP on a database of 100k incidents.

    python benchmarks/api_latency.py [--incidents 100000] [--requests 2000] [--concurrency 4]
                                     [--sorts -date,date,-killed] [--db PATH]

1. Generates synthetic incidents (random types, dates 2012-2025, places in a dozen countries,
   perpetrators, casualty estimates, grades, contradictions) into a real SQLite store through
   ``Store.save_incident`` (cached at ``--db``, default a file in the temp dir, rebuilt when its
   count differs).
2. Starts ``contested serve`` on a free loopback port (a separate process).
3. Runs a load generator in another process: ``--concurrency`` threads send ``--requests``
   ``GET /api/incidents`` with random filter mixes (country, admin1, date range, type, grade,
   actor, contested, bbox; page size 50, random offset; sorts drawn from ``--sorts``, by
   default the UI's newest-first) and time each response.
4. Prints the server's CPU time per request (load-independent), p50/p95/p99/max latency per
   filter mix and overall, and the load average; exits 1 if the overall p95 > 100 ms.

Not a test: speed is measured here, never asserted in the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import http.client
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from pathlib import Path

from contested.store import open_store
from contested.types import Contradiction, Estimate, Incident, Perpetrator, Place

COUNTRIES = {  # code: (lat, lon, [admin1...])
    "SY": (35.0, 38.5, ["Deir ez-Zor", "Idlib", "Aleppo", "Homs", "Raqqa"]),
    "IQ": (33.2, 43.7, ["Anbar", "Baghdad", "Nineveh", "Kirkuk", "Basra"]),
    "YE": (15.5, 47.5, ["Sanaa", "Marib", "Taiz", "Hodeidah", "Aden"]),
    "LY": (27.0, 17.0, ["Tripoli", "Benghazi", "Sirte", "Misrata", "Derna"]),
    "AF": (34.0, 66.0, ["Kabul", "Helmand", "Kandahar", "Nangarhar", "Kunduz"]),
    "SO": (5.0, 46.0, ["Banaadir", "Lower Shabelle", "Bay", "Gedo", "Hiiraan"]),
    "UA": (48.5, 34.0, ["Donetsk", "Luhansk", "Kharkiv", "Zaporizhzhia", "Kherson"]),
    "PS": (31.4, 34.4, ["Gaza", "North Gaza", "Khan Yunis", "Rafah", "Deir al-Balah"]),
    "LB": (33.8, 35.8, ["Nabatieh", "South", "Beqaa", "Beirut", "North"]),
    "SD": (15.0, 30.0, ["Khartoum", "North Darfur", "South Kordofan", "Blue Nile", "Kassala"]),
    "ML": (17.0, -4.0, ["Gao", "Mopti", "Timbuktu", "Kidal", "Segou"]),
    "NG": (10.0, 8.0, ["Borno", "Yobe", "Adamawa", "Zamfara", "Kaduna"]),
}
TYPES = ["airstrike", "drone_strike", "shelling", "missile_strike", "rocket_attack",
         "drone_attack", "explosion", "armed_clash", "ground_raid", "other"]
GRADES = ["confirmed", "fair", "weak", "contested", "discounted"]
ACTORS = ["United States", "Russia", "Turkey", "Israel", "Islamic State", "Syrian government",
          "Saudi-led coalition", "Houthis", "Hezbollah", "al-Shabaab", "Wagner Group", "RSF"]
START = dt.date(2012, 1, 1)
DAYS = (dt.date(2025, 12, 31) - START).days


def synthetic_incident(i: int, rng: random.Random) -> Incident:
    country = rng.choice(list(COUNTRIES))
    lat, lon, provinces = COUNTRIES[country]
    start = START + dt.timedelta(days=rng.randrange(DAYS))
    killed = rng.choice([None, rng.randrange(0, 60)])
    perps = tuple(Perpetrator(a, rng.choice(["alleged", "confirmed", "denied", "disputed"]), ())
                  for a in rng.sample(ACTORS, rng.choice([0, 1, 1, 2])))
    contradictions = tuple(Contradiction("killed", f"{killed} vs {killed or 0 + 3}", ())
                           for _ in range(rng.choice([0, 0, 0, 1, 2])))
    return Incident(
        incident_id=f"inc_{i:016x}",
        event_type=rng.choice(TYPES),  # type: ignore[arg-type]
        date_start=start,
        date_end=start + dt.timedelta(days=rng.choice([0, 0, 0, 1, 2])),
        time_precision=1,
        place=Place(name=f"place {i % 5000}", country=country, admin1=rng.choice(provinces),
                    lat=lat + rng.uniform(-2, 2), lon=lon + rng.uniform(-3, 3), geo_precision=1,
                    gazetteer_id=None),
        perpetrators=perps,
        killed=Estimate(killed, killed, None if killed is None else killed + rng.randrange(4)),
        grade=rng.choices(GRADES, weights=[15, 30, 35, 15, 5])[0],  # type: ignore[arg-type]
        grade_reasons=("synthetic",),
        contradictions=contradictions,
        independent_sources=rng.randrange(4),
    )


def ensure_db(path: Path, count: int) -> None:
    with open_store(path) as store:
        have = store.count_incidents()
        if have == count:
            print(f"reusing {path} ({have} incidents)")
            return
    path.unlink(missing_ok=True)
    rng = random.Random(7)
    started = time.perf_counter()
    with open_store(path) as store:
        for i in range(count):
            store.save_incident(synthetic_incident(i, rng))
    print(f"generated {count} incidents into {path} in {time.perf_counter() - started:.0f} s")


def random_query(rng: random.Random, sorts: list[str]) -> tuple[str, dict[str, str]]:
    """A filter mix and its query parameters (page of 50, random sort and offset)."""
    country = rng.choice(list(COUNTRIES))
    year = rng.randrange(2012, 2026)
    since = dt.date(year, rng.randrange(1, 13), 1)
    until = since + dt.timedelta(days=rng.choice([30, 90, 365]))
    lat, lon, provinces = COUNTRIES[country]
    mixes: dict[str, dict[str, str]] = {
        "country+dates": {"country": country, "since": since.isoformat(),
                          "until": until.isoformat()},
        "country+grade": {"country": country, "grade": rng.choice(GRADES)},
        "admin1+type": {"country": country, "admin1": rng.choice(provinces),
                        "type": rng.choice(TYPES)},
        "dates+contested": {"since": since.isoformat(), "until": until.isoformat(),
                            "contested": "true"},
        "actor": {"actor": rng.choice(ACTORS).split()[0].lower()},
        "bbox+dates": {"bbox": f"{lon - 1},{lat - 1},{lon + 1},{lat + 1}",
                       "since": since.isoformat(), "until": until.isoformat()},
        "grade": {"grade": rng.choice(GRADES)},
    }
    name = rng.choice(list(mixes))
    params = {**mixes[name], "limit": "50", "offset": str(rng.choice([0, 0, 0, 50, 100])),
              "sort": rng.choice(sorts)}
    return name, params


def load(port: int, requests: int, concurrency: int, seconds: float, sorts: list[str]) -> None:
    """The load generator (its own process): prints one JSON line of [mix, ms, status]."""
    results: list[tuple[str, float, int]] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    per_thread = requests // concurrency

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        for _ in range(per_thread):
            if time.monotonic() > deadline:
                break
            name, params = random_query(rng, sorts)
            t0 = time.perf_counter()
            conn.request("GET", "/api/incidents?" + urllib.parse.urlencode(params))
            response = conn.getresponse()
            response.read()
            elapsed = (time.perf_counter() - t0) * 1000
            with lock:
                results.append((name, elapsed, response.status))
        conn.close()

    threads = [threading.Thread(target=worker, args=(s,)) for s in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(json.dumps(results))


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def report(results: list[tuple[str, float, int]]) -> float:
    bad = [r for r in results if r[2] != 200]
    by_mix: dict[str, list[float]] = {}
    for name, ms, _ in results:
        by_mix.setdefault(name, []).append(ms)
    print(f"{'filter mix':<18}{'n':>6}{'p50':>9}{'p95':>9}{'p99':>9}{'max':>9}   (ms)")
    for name, values in sorted(by_mix.items()):
        print(f"{name:<18}{len(values):>6}{statistics.median(values):>9.1f}"
              f"{percentile(values, .95):>9.1f}{percentile(values, .99):>9.1f}{max(values):>9.1f}")
    every = [ms for _, ms, _ in results]
    p95 = percentile(every, .95)
    print(f"{'all':<18}{len(every):>6}{statistics.median(every):>9.1f}{p95:>9.1f}"
          f"{percentile(every, .99):>9.1f}{max(every):>9.1f}")
    print(f"non-200 responses: {len(bad)}")
    return p95


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process (Linux /proc), whatever else the machine runs."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(db: Path, port: int) -> subprocess.Popen[bytes]:
    contested = Path(sys.executable).with_name("contested")
    process = subprocess.Popen([str(contested), "-q", "serve", "--db", str(db), "--port",
                                str(port)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process
        except OSError:
            time.sleep(0.2)
    process.terminate()
    raise SystemExit("contested serve did not start")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--seconds", type=float, default=300, help="stop the load after this")
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "contested-api-bench.db")
    parser.add_argument("--sorts", default="-date",
                        help="comma-separated sorts to draw from (the UI's default: -date)")
    parser.add_argument("--load", type=int, help=argparse.SUPPRESS)  # the load generator's port
    args = parser.parse_args()
    if args.load:
        load(args.load, args.requests, args.concurrency, args.seconds, args.sorts.split(","))
        return 0
    ensure_db(args.db, args.incidents)
    port = free_port()
    server = serve(args.db, port)
    try:
        warm = [sys.executable, __file__, "--load", str(port), "--requests", "40",
                "--concurrency", "1", f"--sorts={args.sorts}"]
        subprocess.run(warm, check=True, capture_output=True)
        generator = [sys.executable, __file__, "--load", str(port), "--requests",
                     str(args.requests), "--concurrency", str(args.concurrency), "--seconds",
                     str(args.seconds), f"--sorts={args.sorts}"]
        started, cpu_before = time.perf_counter(), cpu_seconds(server.pid)
        done = subprocess.run(generator, check=True, capture_output=True, text=True)
        wall, cpu = time.perf_counter() - started, cpu_seconds(server.pid) - cpu_before
    finally:
        server.terminate()
        server.wait(timeout=20)
    results = [(str(n), float(ms), int(s)) for n, ms, s in json.loads(done.stdout)]
    print(f"{len(results)} requests, {args.concurrency} concurrent, sorts {args.sorts},"
          f" {len(results) / wall:.0f} req/s; load average {os.getloadavg()[0]:.2f}")
    print(f"server CPU per request: {1000 * cpu / max(1, len(results)):.1f} ms"
          " (independent of the machine's load, unlike the latencies)")
    p95 = report(results)
    print(f"p95 {p95:.1f} ms: {'OK' if p95 <= 100 else 'OVER'} the 100 ms target")
    return 0 if p95 <= 100 else 1


if __name__ == "__main__":
    raise SystemExit(main())
