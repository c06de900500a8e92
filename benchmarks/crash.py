"""kill -9 campaign (not a test; prints figures): `contested run` on a synthetic corpus is
SIGKILLed at random moments, then finished; its export must equal an uninterrupted run's.

    python benchmarks/crash.py                       # 10,000 articles, 20 interruptions
    python benchmarks/crash.py --articles 1000 --kills 5
    python benchmarks/crash.py --postgresql          # on a PostgreSQL server it starts

Kill moments (``tests/crash_harness.py``): the clean run is timed (in all, until its last
article is stored, and a re-run over the finished store); then a tenth of the kills come in a
run's first seconds, six tenths at random article counts spread over the ingest, and the last
three tenths at uniform moments of the clean run's resolution time. Each kill is reported by
the phase the store was in when it landed.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from crash_harness import (
    CleanRun,
    clean_run,
    export_lines,
    integrity,
    interrupted_series,
    store_contents,
)
from pg_server import Server
from synthetic_corpus import write_jsonl


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20261121)
    parser.add_argument("--resolve-share", type=float, default=0.3,
                        help="share of the kills aimed inside resolution (the rest: start, ingest)")
    parser.add_argument("--resolve-window", type=float, default=0.9,
                        help="kills inside resolution fall in this first share of its clean time")
    parser.add_argument("--reuse-clean", type=Path, metavar="DIR",
                        help="a SQLite campaign's folder (corpus.jsonl, clean.db, clean.json) "
                             "whose clean run is reused; the series runs into DIR/crash.db")
    parser.add_argument("--postgresql", action="store_true",
                        help="both stores on a PostgreSQL server started for the campaign "
                             "(tests/pg_server.py; CONTESTED_TEST_POSTGRES_URL for your own)")
    args = parser.parse_args()
    server = Server() if args.postgresql else None
    try:
        campaign(args, server)
    finally:
        if server is not None:
            server.stop()


def campaign(args: argparse.Namespace, server: Server | None) -> None:
    if args.reuse_clean is not None:
        series(args, args.reuse_clean, None)
        return
    with tempfile.TemporaryDirectory(prefix="contested-crash-") as folder:
        series(args, Path(folder), server)


def series(args: argparse.Namespace, folder: Path, server: Server | None) -> None:
    """The clean run (unless reused from ``folder``), the interrupted series, the checks."""
    env = dict(os.environ)
    corpus = folder / "corpus.jsonl"
    if server is None:
        clean_db, crash_db = str(folder / "clean.db"), str(folder / "crash.db")
    else:
        clean_db, crash_db = server.database("clean"), server.database("crash")
    if args.reuse_clean is not None:
        timed = CleanRun(**json.loads((folder / "clean.json").read_text()))
    else:
        write_jsonl(corpus, args.articles, seed=args.seed)
        timed = clean_run(corpus, clean_db, args.batch_size, env)
        (folder / "clean.json").write_text(json.dumps(dataclasses.asdict(timed)))
    clean = store_contents(clean_db)
    incidents = len(clean["incidents"])  # type: ignore[arg-type]
    print(f"clean run: {args.articles} input lines, {timed.articles} articles, {incidents} "
          f"incidents in {timed.seconds:.0f} s (last article stored at "
          f"{timed.ingest_seconds:.0f} s; a re-run over the finished store "
          f"{timed.rerun_seconds:.0f} s)", flush=True)
    started = time.monotonic()
    done = interrupted_series(
        corpus, crash_db, kills=args.kills, clean=timed, batch_size=args.batch_size,
        env=env, seed=args.seed, resolve_share=args.resolve_share,
        window=args.resolve_window,
    )
    cut = " (the store complete: series cut short)" if done.complete_before_last_kill else ""
    print(f"interrupted series: {sum(done.kills.values())} kills "
          f"({dict(sorted(done.kills.items()))}), {done.finished_early} runs finished "
          f"before their kill{cut}, then one run to the end; "
          f"{time.monotonic() - started:.0f} s", flush=True)
    for number, (kill, landed) in enumerate(done.moments, 1):
        print(f"  kill {number}: landed while {landed}: {kill}", flush=True)
    same_export = export_lines(crash_db, env) == export_lines(clean_db, env)
    same_store = store_contents(crash_db) == clean
    print(f"integrity: {integrity(crash_db)}", flush=True)
    print(f"export identical to the clean run's: {same_export}")
    print(f"articles, rejections, mentions, incidents, claims identical: {same_store}")
    if not (same_export and same_store):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
