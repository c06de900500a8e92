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


def progress(db: str, articles_only: bool = False) -> int:
    """Articles (plus incidents, unless ``articles_only``) stored so far (0 while the store or
    its tables are missing)."""
    sql = "SELECT (SELECT count(*) FROM articles)"
    if not articles_only:
        sql += " + (SELECT count(*) FROM incidents)"
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


POLL_SECONDS = 0.05


@dataclass(frozen=True)
class CleanRun:
    """An uninterrupted run, timed: in all, until its last article was stored, and a re-run
    over the finished store (reading and skipping every article, nothing to resolve)."""

    seconds: float
    ingest_seconds: float
    rerun_seconds: float
    articles: int

    @property
    def resolve_seconds(self) -> float:
        return max(self.seconds - self.ingest_seconds, 0.0)


def clean_run(corpus: Path, db: str, batch_size: int, env: dict[str, str]) -> CleanRun:
    """Run to the end while watching the article count; then run again (changes nothing)."""
    process = subprocess.Popen(command(corpus, db, batch_size), env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    started = time.monotonic()
    stored, last_stored_at = 0, 0.0
    while process.poll() is None:
        now = progress(db, articles_only=True)
        if now != stored:
            stored, last_stored_at = now, time.monotonic() - started
        time.sleep(POLL_SECONDS * 4)
    seconds = time.monotonic() - started
    error = _close(process)
    if process.returncode != 0:
        raise AssertionError(f"contested run failed ({process.returncode}): {error[-3000:]}")
    articles = progress(db, articles_only=True)
    if articles != stored:  # the last batch was stored after the last look
        last_stored_at = seconds
    return CleanRun(seconds, last_stored_at, run_to_end(corpus, db, batch_size, env), articles)


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
        time.sleep(POLL_SECONDS)
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
    """When to kill: after ``seconds`` (start-up, migration, the first batch); once
    ``at_articles`` articles are stored (a point inside the ingest); or ``resolving_for``
    seconds after all ``articles`` are stored (inside resolution, whose writes only appear at
    its end, so the store cannot point into it)."""

    aim: str
    seconds: float | None = None
    at_articles: int | None = None
    resolving_for: float | None = None
    articles: int = 0

    def due(self, elapsed: float, db: str, watch: _Watch) -> bool:
        if self.seconds is not None:
            return elapsed >= self.seconds
        if self.at_articles is not None:
            return progress(db, articles_only=True) >= self.at_articles
        if self.resolving_for is None:
            return False
        if watch.ingested_at is None:
            if progress(db, articles_only=True) >= self.articles:
                watch.ingested_at = elapsed
            return False
        return elapsed - watch.ingested_at >= self.resolving_for


def kill_aims(rng: random.Random, kills: int, resolve_share: float = 0.3) -> list[str]:
    """What each kill aims at, in order: a tenth at a run's first seconds and the rest of
    the first ``1 - resolve_share`` inside the ingest (shuffled together), then the last
    ``resolve_share`` inside the resolution, which only starts once every article is stored.
    (A kill inside resolution throws away on average half of it, all of which the next run
    redoes; a kill inside the ingest loses at most one batch, so the ingest gets more.)"""
    starts = kills // 10
    resolve = max(1, round(kills * resolve_share)) if kills > 1 else 0
    first = ["start"] * starts + ["ingest"] * (kills - starts - resolve)
    rng.shuffle(first)
    return first + ["resolve"] * resolve


def next_kill(
    rng: random.Random, aim: str, db: str, clean: CleanRun, ingest_left: int, window: float = 0.9
) -> Kill:
    """A kill of the next run at a random moment of the phase it aims at. Inside the ingest:
    a random article count between what is stored and the end, in strata so that the
    ``ingest_left`` kills spread over the whole ingest. Inside the resolution: uniform over
    the first ``window`` of the clean run's resolution time (after the re-reading a resumed
    run does first; a window under 1 leaves room for a machine less loaded than in the clean
    run)."""
    if aim == "start":
        return Kill(aim, seconds=rng.uniform(0.1, 3.0))
    stored = progress(db, articles_only=True)
    if aim == "ingest" and stored < clean.articles - 1:
        span = max(1, 2 * (clean.articles - stored) // (ingest_left + 1))
        return Kill(aim, at_articles=min(stored + rng.randint(1, span), clean.articles - 1))
    offset = clean.rerun_seconds if stored >= clean.articles else 0.0
    moment = offset + rng.uniform(0.0, window * clean.resolve_seconds)
    return Kill("resolve", resolving_for=moment, articles=clean.articles)


@dataclass
class Series:
    """What an interrupted series did: kills by the phase the store was in when killed, runs
    that finished before their kill, and the kills themselves."""

    kills: Counter[str] = field(default_factory=Counter)
    finished_early: int = 0
    complete_before_last_kill: bool = False
    moments: list[tuple[Kill, str]] = field(default_factory=list)


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
    clean: CleanRun,
    batch_size: int,
    env: dict[str, str],
    seed: int = 9,
    resolve_share: float = 0.3,
    window: float = 0.9,
) -> Series:
    """``kills`` SIGKILLs of successive runs at random moments (see :func:`kill_aims`), then
    one run to the end. Stops short when a run finished before its kill and left the store
    complete: nothing is left to interrupt (``complete_before_last_kill``)."""
    rng = random.Random(seed)
    series = Series()
    aims = kill_aims(rng, kills, resolve_share)
    while sum(series.kills.values()) < kills:
        done = sum(series.kills.values())
        left = aims[done:].count("ingest")
        kill = next_kill(rng, aims[done], db, clean, left, window)
        if run_and_kill(corpus, db, batch_size, env, kill):
            landed = phase(db, clean.articles)
            series.kills[landed] += 1
            series.moments.append((kill, landed))
            continue
        series.finished_early += 1
        if phase(db, clean.articles) == "done":
            series.complete_before_last_kill = True
            break
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
    """SQLite's ``integrity_check``; on PostgreSQL, amcheck's ``bt_index_check`` of every
    B-tree index with ``heapallindexed`` (each table row is in each of its indexes)."""
    import sqlite3

    if is_url(db):
        return _pg_integrity(db)
    with sqlite3.connect(db) as conn:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])


_BTREE_INDEXES = (
    "SELECT c.oid::regclass::text FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
    " JOIN pg_am a ON a.oid = c.relam JOIN pg_namespace n ON n.oid = c.relnamespace"
    " WHERE a.amname = 'btree' AND n.nspname = 'public' ORDER BY 1"
)


def _pg_integrity(db: str) -> str:
    import psycopg

    with psycopg.connect(db, autocommit=True) as conn:
        conn.execute("CREATE EXTENSION IF NOT EXISTS amcheck")
        names = [str(row[0]) for row in conn.execute(_BTREE_INDEXES).fetchall()]
        for name in names:
            try:
                conn.execute("SELECT bt_index_check(%s::regclass, true)", (name,))
            except psycopg.Error as exc:
                return f"{name}: {exc}"
    return f"ok (amcheck: {len(names)} B-tree indexes, every row indexed)"
