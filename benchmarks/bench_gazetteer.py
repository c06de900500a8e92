"""Gazetteer speed and memory (not a test; prints figures).

    python benchmarks/bench_gazetteer.py [--build]

Measures: build time (with --build, into a temporary file), open time, lookups per second
(distinct names, so the row cache does not flatter the figure, then repeated names),
find_names sentences per second, and peak RSS.
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from contested.gazetteer import LookupContext, build_gazetteer, default_path, open_gazetteer

SENTENCE = ("Coalition aircraft struck positions near al-Harra and Al Bukamal on Tuesday, while "
            "SDF units at the Conoco gas plant east of Deir ez-Zor reported shelling from "
            "Mayadin, according to the Syrian Observatory for Human Rights.")


def _names(limit: int) -> list[str]:
    gaz = open_gazetteer()
    rows = gaz.connection.execute(
        "SELECT name FROM places WHERE population > 0 ORDER BY pid LIMIT ?", (limit,)).fetchall()
    gaz.close()
    return [r[0] for r in rows]


def main(argv: list[str]) -> None:
    if "--build" in argv:
        with tempfile.TemporaryDirectory() as tmp:
            t0 = time.perf_counter()
            build_gazetteer(Path(tmp) / "g.sqlite")
            print(f"build: {time.perf_counter() - t0:.1f} s")
    open_gazetteer(default_path()).close()  # make sure it exists
    t0 = time.perf_counter()
    gaz = open_gazetteer()
    print(f"open: {(time.perf_counter() - t0) * 1000:.1f} ms")
    names = _names(50_000)
    ctx = LookupContext(countries=("SY",))
    t0, c0 = time.perf_counter(), time.process_time()
    for name in names:
        gaz.lookup(name)
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    print(f"lookup, {len(names)} distinct names, no context: {len(names) / dt:,.0f}/s wall, "
          f"{len(names) / dc:,.0f}/s of CPU time")
    t0 = time.perf_counter()
    for _ in range(4):
        for name in names[:5000]:
            gaz.lookup(name, context=ctx)
    dt = time.perf_counter() - t0
    print(f"lookup, repeated names with context: {20_000 / dt:,.0f}/s")
    t0 = time.perf_counter()
    gaz.find_names(SENTENCE)
    print(f"find_names first call (loads key set): {time.perf_counter() - t0:.2f} s")
    t0 = time.perf_counter()
    for i in range(5000):
        gaz.find_names(f"{SENTENCE} ({i})")
    print(f"find_names: {5000 / (time.perf_counter() - t0):,.0f} sentences/s")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main(sys.argv[1:])
