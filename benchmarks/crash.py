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
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from crash_harness import (
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
    env = dict(os.environ)
    with tempfile.TemporaryDirectory(prefix="contested-crash-") as folder:
        corpus = write_jsonl(Path(folder) / "corpus.jsonl", args.articles, seed=args.seed)
        if server is None:
            clean_db, crash_db = str(Path(folder) / "clean.db"), str(Path(folder) / "crash.db")
        else:
            clean_db, crash_db = server.database("clean"), server.database("crash")
        timed = clean_run(corpus, clean_db, args.batch_size, env)
        clean = store_contents(clean_db)
        incidents = len(clean["incidents"])  # type: ignore[arg-type]
        print(f"clean run: {args.articles} input lines, {timed.articles} articles, {incidents} "
              f"incidents in {timed.seconds:.0f} s (last article stored at "
              f"{timed.ingest_seconds:.0f} s; a re-run over the finished store "
              f"{timed.rerun_seconds:.0f} s)", flush=True)
        started = time.monotonic()
        series = interrupted_series(
            corpus, crash_db, kills=args.kills, clean=timed, batch_size=args.batch_size,
            env=env, seed=args.seed,
        )
        print(f"interrupted series: {sum(series.kills.values())} kills "
              f"({dict(sorted(series.kills.items()))}), {series.finished_early} runs finished "
              f"before their kill, then one run to the end; "
              f"{time.monotonic() - started:.0f} s", flush=True)
        for number, (kill, landed) in enumerate(series.moments, 1):
            print(f"  kill {number}: landed while {landed}: {kill}", flush=True)
        same_export = export_lines(crash_db, env) == export_lines(clean_db, env)
        same_store = store_contents(crash_db) == clean
        print(f"integrity: {integrity(crash_db)}")
        print(f"export identical to the clean run's: {same_export}")
        print(f"articles, rejections, mentions, incidents, claims identical: {same_store}")
        if not (same_export and same_store):
            raise SystemExit(1)


if __name__ == "__main__":
    main()
