"""Resolution in slices against one step: the same incidents? at what memory and time?

    python benchmarks/resolve_slices.py INGESTED.db [--sizes 1000 100000000] [--main SRC]

``INGESTED.db`` is a store after ``contested ingest`` (mentions stored, none resolved). For
each slice size, a copy of it is resolved by ``pipeline.resolve_pending(slice_size=N)`` in a
fresh process (a size above the number of pending mentions is one step), then exported
(``contested export --format jsonl``); the table gives wall and CPU seconds, the process's
peak RSS, the incidents and the export's md5. ``--main SRC`` adds the same for another
checkout's ``src`` (e.g. ``git archive main src``) resolving with ``contested resolve``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = """
import sys
from contested import pipeline
from contested.store import open_store
with open_store(sys.argv[1]) as store:
    summary = pipeline.RunSummary(run_id=store.begin_run("resolve"))
    pipeline.resolve_pending(store, summary, slice_size=int(sys.argv[2]))
    store.finish_run(summary.run_id, summary.counts())
"""
MAIN_CHILD = "from contested.cli import main; main()"


def _measure(command: list[str], env: dict[str, str], tmp: str) -> tuple[float, float, float]:
    """(wall s, CPU s, peak RSS MB) of ``command``, from GNU time."""
    report = Path(tmp) / "time.txt"
    subprocess.run(["/usr/bin/time", "-f", "%e %U %S %M", "-o", str(report), *command],
                   check=True, env=env)
    wall, user, system, peak_kb = report.read_text().split()[-4:]
    return float(wall), float(user) + float(system), int(peak_kb) / 1024


def _export(db: Path, env: dict[str, str]) -> tuple[int, str]:
    out = subprocess.run([sys.executable, "-c", MAIN_CHILD, "export", "--db", str(db),
                          "--format", "jsonl"], check=True, capture_output=True, env=env).stdout
    return out.count(b"\n"), hashlib.md5(out).hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 100_000_000])
    parser.add_argument("--main", help="another checkout's src folder, resolved first")
    args = parser.parse_args()
    print("| code | slice | wall s | CPU s | peak RSS MB | incidents | export md5 | load |")
    print("|---|---:|---:|---:|---:|---:|---|---:|")
    runs: list[tuple[str, str, list[str], dict[str, str]]] = []
    if args.main:
        env = {**os.environ, "PYTHONPATH": args.main}
        runs.append(("main", "one step", [sys.executable, "-c", MAIN_CHILD, "-q", "resolve"], env))
    for size in args.sizes:
        runs.append(("branch", str(size), [sys.executable, "-c", CHILD], dict(os.environ)))
    with tempfile.TemporaryDirectory(prefix="contested-slices-") as tmp:
        for code, size, command, env in runs:
            db = Path(tmp) / f"{code}-{size}.db"
            shutil.copy(args.db, db)
            load = os.getloadavg()[0]
            line = [*command, "--db", str(db)] if code == "main" else [*command, str(db),
                                                                        size]
            wall, cpu, peak = _measure(line, env, tmp)
            count, digest = _export(db, env)
            print(f"| {code} | {size} | {wall:.1f} | {cpu:.1f} | {peak:.0f} | {count} | "
                  f"{digest} | {load:.1f} |", flush=True)


if __name__ == "__main__":
    main()
