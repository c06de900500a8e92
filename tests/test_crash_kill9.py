"""Crash safety with real processes: `contested run` is SIGKILLed at random moments, again and
again; the run that finishes afterwards leaves exactly what an uninterrupted run leaves (same
export, same articles, rejections, mentions and incidents: nothing duplicated, lost or
half-written). On SQLite or PostgreSQL (CONTESTED_TEST_BACKEND). ``benchmarks/crash.py`` does
the same with 10k articles and 20 kills."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from crash_harness import (
    clean_run,
    export_lines,
    integrity,
    interrupted_series,
    store_contents,
)
from synthetic_corpus import write_jsonl

ARTICLES = 240
KILLS = 6
BATCH = 10


@pytest.mark.slow
def test_kill9_at_random_moments_then_finish_equals_a_clean_run(
    tmp_path: Path, new_store_target: Callable[..., str]
) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", ARTICLES, seed=3)
    env = dict(os.environ)
    clean_db = new_store_target(tmp_path, "clean.db")
    crash_db = new_store_target(tmp_path, "crash.db")
    timed = clean_run(corpus, clean_db, BATCH, env)
    clean = store_contents(clean_db)
    series = interrupted_series(
        corpus, crash_db, kills=KILLS, clean=timed, batch_size=BATCH, env=env, seed=5,
        window=0.25,  # kills early in resolution: its wall time varies with the load
    )
    assert sum(series.kills.values()) <= KILLS
    assert series.kills["ingest"] >= 1 and series.kills["resolve"] >= 1, series
    assert integrity(crash_db).startswith("ok")
    assert export_lines(crash_db, env) == export_lines(clean_db, env)
    assert store_contents(crash_db) == clean
