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
from collections.abc import Callable
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


def _timed(label: str, unit: str, count: int, work: Callable[[], object]) -> None:
    """Run ``work`` once and print its rate per wall-clock second and per CPU-second (this
    process's CPU time: the fairer figure when other jobs share the cores)."""
    t0, c0 = time.perf_counter(), time.process_time()
    work()
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"{label}: {count / wall:,.0f} {unit}/s wall, {count / max(cpu, 1e-9):,.0f} {unit}"
          f" per CPU-second (load {os.getloadavg()[0]:.2f})")


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
    _timed(f"lookup, {len(names)} distinct names, no context", "lookups", len(names),
           lambda: [gaz.lookup(name) for name in names])
    _timed("lookup, repeated names with context", "lookups", 20_000,
           lambda: [gaz.lookup(name, context=ctx) for _ in range(4) for name in names[:5000]])
    t0 = time.perf_counter()
    gaz.find_names(SENTENCE)
    print(f"find_names first call (loads key set): {time.perf_counter() - t0:.2f} s")
    _timed("find_names", "sentences", 5000,
           lambda: [gaz.find_names(f"{SENTENCE} ({i})") for i in range(5000)])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {peak:.0f} MB")
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")


if __name__ == "__main__":
    main(sys.argv[1:])
