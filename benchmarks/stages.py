"""Where the time of `contested run --workers N` goes: wall and CPU seconds per stage.

    python benchmarks/stages.py mixed10k.jsonl --workers 2 [--db X.db]

Runs what `contested run` runs (`pipeline.run`: ingest, then `resolve_pending`) in this
process, with timers around its stages: imports; loading the extractor (in the parent before
the workers fork; with --workers 1 in this process); ingest (read, clean, triage, extract in
the workers, dedup and save here); resolution, split into MiniLM embedding and the rest
(ordering, clustering, summaries, saving). CPU is split into this process's (user + system,
its threads included) and the workers' (reaped children). Not a test: it prints a table (see
docs/benchmarks.md, "s6-cpu, session 6"). The 1-minute load average is printed beside it:
other work on the machine inflates wall time, and CPU time somewhat too.
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

START = (time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF))


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


class Clock:
    """Wall, parent CPU and children's CPU accumulated per stage."""

    def __init__(self) -> None:
        self.rows: dict[str, list[float]] = {}

    def add(self, stage: str, wall: float, parent: float, children: float) -> None:
        row = self.rows.setdefault(stage, [0.0, 0.0, 0.0])
        row[0] += wall
        row[1] += parent
        row[2] += children

    def wrap(self, owner: Any, name: str, stage: str) -> None:
        """Time every call of ``owner.name`` as ``stage`` (outermost call only)."""
        inner: Callable[..., Any] = getattr(owner, name)
        depth = [0]

        def timed(*args: Any, **kwargs: Any) -> Any:
            depth[0] += 1
            wall, parent, children = (time.perf_counter(), _cpu(resource.RUSAGE_SELF),
                                      _cpu(resource.RUSAGE_CHILDREN))
            try:
                return inner(*args, **kwargs)
            finally:
                depth[0] -= 1
                if depth[0] == 0:
                    self.add(stage, time.perf_counter() - wall,
                             _cpu(resource.RUSAGE_SELF) - parent,
                             _cpu(resource.RUSAGE_CHILDREN) - children)

        setattr(owner, name, timed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--db", default=None, help="default: a temporary file")
    args = parser.parse_args()

    clock = Clock()
    from contested import pipeline
    from contested.batch import workers
    from contested.extract import Extractor
    from contested.resolve.embedding import CachedEmbedder, MiniLMEmbedder
    from contested.store import open_store

    start_wall, start_usage = START
    clock.add("imports", time.perf_counter() - start_wall,
              _cpu(resource.RUSAGE_SELF) - (start_usage.ru_utime + start_usage.ru_stime), 0.0)
    clock.wrap(workers, "load_extractor", "loading the extractor (parent, before fork)")
    clock.wrap(pipeline, "load_resources", "loading the extractor (this process)")
    clock.wrap(pipeline, "ingest", "ingest (read, clean, triage, extract, dedup, save)")
    clock.wrap(pipeline, "resolve_pending", "resolution (all)")
    clock.wrap(CachedEmbedder, "embed", "resolution: embedding (MiniLM, stored vectors)")
    clock.wrap(MiniLMEmbedder, "load", "loading MiniLM (part of a stage above)")
    with tempfile.TemporaryDirectory(prefix="contested-stages-") as tmp:
        db = args.db or str(Path(tmp) / "stages.db")
        with open_store(db) as store:
            options = pipeline.RunOptions(workers=args.workers)
            summary = pipeline.run([args.path], store, options, Extractor())
    total = time.perf_counter() - start_wall
    _print(clock, total, summary.read, summary.mentions, summary.incidents_new)


def _print(clock: Clock, total: float, read: int, mentions: int, incidents: int) -> None:
    load = os.getloadavg()[0]
    print(f"{read} articles, {mentions} mentions, {incidents} incidents; wall {total:.1f} s;"
          f" load {load:.1f}")
    print("| stage | wall s | parent CPU s | workers CPU s |")
    print("|---|---:|---:|---:|")
    for stage, (wall, parent, children) in clock.rows.items():
        if wall or parent or children:
            print(f"| {stage} | {wall:.2f} | {parent:.2f} | {children:.2f} |")
    everything = _cpu(resource.RUSAGE_SELF) + _cpu(resource.RUSAGE_CHILDREN)
    print(f"| whole run (process tree) | {total:.2f} | {everything:.2f} (parent + workers) | |")


if __name__ == "__main__":
    main()
