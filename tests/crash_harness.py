"""kill -9 harness: run `contested run` as a real process, SIGKILL it at a random moment,
again and again, then let a last run finish; compare with an uninterrupted run.

Used by ``tests/test_crash_kill9.py`` (small) and ``benchmarks/crash.py`` (10k articles, 20
interruptions).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from contested.store import open_store
from contested.store.dialect import is_url

CONTESTED = str(Path(sys.executable).parent / "contested")


def command(corpus: Path, db: str, batch_size: int) -> list[str]:
    return [CONTESTED, "-q", "run", str(corpus), "--db", db, "--batch-size", str(batch_size)]


def run_to_end(corpus: Path, db: str, batch_size: int, env: dict[str, str]) -> float:
    """One uninterrupted run; returns its wall time in seconds."""
    started = time.monotonic()
    done = subprocess.run(command(corpus, db, batch_size), env=env, capture_output=True,
                          text=True, timeout=7200, check=False)
    if done.returncode != 0:
        raise AssertionError(f"contested run failed ({done.returncode}): {done.stderr[-3000:]}")
    return time.monotonic() - started


def progress(db: str) -> int:
    """Articles plus incidents stored so far (0 while the store or its tables are missing)."""
    sql = "SELECT (SELECT count(*) FROM articles) + (SELECT count(*) FROM incidents)"
    if is_url(db):
        import psycopg

        try:
            with psycopg.connect(db, connect_timeout=5) as conn:
                return int(conn.execute(sql).fetchone()[0])  # type: ignore[index]
        except psycopg.Error:
            return 0
    return _sqlite_progress(db, sql)


def _sqlite_progress(db: str, sql: str) -> int:
    import sqlite3

    if not Path(db).exists():
        return 0
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
    try:
        return int(conn.execute(sql).fetchone()[0])
    except sqlite3.Error:  # not created or migrated yet
        return 0
    finally:
        conn.close()


def run_and_kill(
    corpus: Path, db: str, batch_size: int, env: dict[str, str], kill: Kill
) -> bool:
    """Start a run and SIGKILL it at ``kill``; False when it finished first."""
    process = subprocess.Popen(command(corpus, db, batch_size), env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    started = time.monotonic()
    watch = _Watch()
    while process.poll() is None:
        elapsed = time.monotonic() - started
        if kill.due(elapsed, db, watch):
            os.kill(process.pid, signal.SIGKILL)
            process.wait()
            _close(process)
            return True
        time.sleep(0.01)
    error = _close(process)
    if process.returncode != 0:
        raise AssertionError(f"an interrupted series run failed: {error[-3000:]}")
    return False


def _close(process: subprocess.Popen[bytes]) -> str:
    assert process.stderr is not None
    error = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    return error


@dataclass
class _Watch:
    """When a run was first seen with every article stored (its resolution under way)."""

    ingested_at: float | None = None


@dataclass(frozen=True)
class Kill:
    """When to kill: after ``seconds`` (startup, migration); once ``progress`` (articles +
    incidents stored) reaches ``at_progress`` (a random point inside an ingest batch); or
    ``resolving_for`` seconds after all ``articles`` are stored (inside resolution, whose
    writes only appear at its end, so progress cannot point into it)."""

    seconds: float | None = None
    at_progress: int | None = None
    resolving_for: float | None = None
    articles: int = 0

    def due(self, elapsed: float, db: str, watch: _Watch) -> bool:
        if self.seconds is not None:
            return elapsed >= self.seconds
        if self.at_progress is not None:
            return progress(db) >= self.at_progress
        if self.resolving_for is None:
            return False
        if watch.ingested_at is None:
            if progress(db) >= self.articles:
                watch.ingested_at = elapsed
            return False
        return elapsed - watch.ingested_at >= self.resolving_for


def random_kill(
    rng: random.Random, total_progress: int, articles: int = 0, resolve_seconds: float = 0.0
) -> Kill:
    """One kill in five during the first seconds; of the rest, half at a random point of the
    ingest and half at a random moment of the resolution (when its length is known)."""
    if rng.random() < 0.2:
        return Kill(seconds=rng.uniform(0.1, 3.0))
    if articles and resolve_seconds > 0 and rng.random() < 0.5:
        return Kill(resolving_for=rng.uniform(0.0, resolve_seconds), articles=articles)
    return Kill(at_progress=rng.randrange(1, (articles or total_progress) + 1))


@dataclass
class Series:
    """What an interrupted series did: kills by phase, runs that finished before their kill."""

    kills: Counter[str] = field(default_factory=Counter)
    finished_early: int = 0
    moments: list[Kill] = field(default_factory=list)


def phase(db: str, expected_articles: int) -> str:
    """Where a killed run stopped: before anything was stored, while ingesting, while
    resolving, or after everything was done."""
    if not is_url(db) and not Path(db).exists():
        return "start"
    with open_store(db) as store:
        stored = len(store.article_ids())
        pending = len(store.unresolved_mentions())
    if stored == 0:
        return "start"
    if stored < expected_articles:
        return "ingest"
    return "resolve" if pending else "done"


def interrupted_series(
    corpus: Path,
    db: str,
    *,
    kills: int,
    total_progress: int,
    expected_articles: int,
    batch_size: int,
    env: dict[str, str],
    seed: int = 9,
    resolve_seconds: float = 0.0,
) -> Series:
    """``kills`` SIGKILLs of successive runs at random moments, then one run to the end.
    ``total_progress`` is articles + incidents of a clean run; ``resolve_seconds`` bounds
    how long after ingest a kill inside resolution may come (e.g. the clean run's time)."""
    rng = random.Random(seed)
    series = Series()
    while sum(series.kills.values()) < kills:
        kill = random_kill(rng, total_progress, expected_articles, resolve_seconds)
        if run_and_kill(corpus, db, batch_size, env, kill):
            series.kills[phase(db, expected_articles)] += 1
            series.moments.append(kill)
        else:
            series.finished_early += 1
    run_to_end(corpus, db, batch_size, env)
    return series


def export_lines(db: str, env: dict[str, str]) -> list[str]:
    done = subprocess.run([CONTESTED, "export", "--db", db, "--format", "jsonl"], env=env,
                          capture_output=True, text=True, timeout=3600, check=True)
    return done.stdout.splitlines()


def store_contents(db: str) -> dict[str, object]:
    """Everything but run bookkeeping: articles, rejections, mentions, incidents."""
    with open_store(db) as store:
        ids = store.article_ids()
        incidents = store.list_incidents(sort="id")
        return {
            "articles": ids,
            "duplicates_of": sorted(
                (a.article_id, a.duplicate_of) for a in store.articles(ids).values()
            ),
            "rejections": store.rejections(),
            "unresolved": [m.mention_id for m in store.unresolved_mentions()],
            "incidents": incidents,
            "claims": {i.incident_id: store.claims_of(i.incident_id) for i in incidents},
        }


def integrity(db: str) -> str:
    """SQLite's integrity_check; PostgreSQL is crash-safe by its WAL (nothing to check)."""
    import sqlite3

    if is_url(db):
        return "ok"
    with sqlite3.connect(db) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
