"""kill -9 campaign (not a test; prints figures): `contested run` on a synthetic corpus is
SIGKILLed at random moments, then finished; its export must equal an uninterrupted run's.

    python benchmarks/crash.py                       # 10,000 articles, 20 interruptions
    python benchmarks/crash.py --articles 1000 --kills 5

Kill moments: one in five during the first seconds of a run (start-up, migration), the
others once the articles + incidents stored reach a random share of a clean run's.
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
    export_lines,
    integrity,
    interrupted_series,
    run_to_end,
    store_contents,
)
from synthetic_corpus import write_jsonl


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--batch-size", type=int, default=100)
    parser.add_argument("--seed", type=int, default=20261121)
    args = parser.parse_args()
    env = dict(os.environ)
    with tempfile.TemporaryDirectory(prefix="contested-crash-") as folder:
        corpus = write_jsonl(Path(folder) / "corpus.jsonl", args.articles, seed=args.seed)
        clean_db, crash_db = str(Path(folder) / "clean.db"), str(Path(folder) / "crash.db")
        seconds = run_to_end(corpus, clean_db, args.batch_size, env)
        clean = store_contents(clean_db)
        articles, incidents = len(clean["articles"]), len(clean["incidents"])  # type: ignore[arg-type]
        print(f"clean run: {args.articles} input lines, {articles} articles, {incidents} "
              f"incidents in {seconds:.0f} s", flush=True)
        started = time.monotonic()
        series = interrupted_series(
            corpus, crash_db, kills=args.kills, total_progress=articles + incidents,
            expected_articles=articles, batch_size=args.batch_size, env=env, seed=args.seed,
            resolve_seconds=seconds,
        )
        print(f"interrupted series: {sum(series.kills.values())} kills "
              f"({dict(sorted(series.kills.items()))}), {series.finished_early} runs finished "
              f"before their kill, then one run to the end; "
              f"{time.monotonic() - started:.0f} s", flush=True)
        same_export = export_lines(crash_db, env) == export_lines(clean_db, env)
        same_store = store_contents(crash_db) == clean
        print(f"integrity_check: {integrity(crash_db)}")
        print(f"export identical to the clean run's: {same_export}")
        print(f"articles, rejections, mentions, incidents, claims identical: {same_store}")
        sys.exit(0 if same_export and same_store else 1)


if __name__ == "__main__":
    main()
