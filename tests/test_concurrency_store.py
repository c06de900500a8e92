"""Concurrency: 8 reader processes hammer the store while `contested run` writes to it (SQLite
WAL, or PostgreSQL): no error reaches a reader or the writer ("database is locked" included),
and no reader sees a half-written incident."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from crash_harness import command, progress
from synthetic_corpus import write_jsonl

READERS = 8
READER = Path(__file__).parent / "store_reader.py"


def start_readers(db: str, stop: Path, seconds: float) -> list[subprocess.Popen[str]]:
    return [
        subprocess.Popen([sys.executable, str(READER), db, str(seconds), str(stop)],
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(READERS)
    ]


@pytest.mark.slow
def test_eight_readers_and_one_writer_see_no_error(tmp_path: Path, store_target: str) -> None:
    corpus = write_jsonl(tmp_path / "corpus.jsonl", 200, seed=11)
    db, stop = store_target, tmp_path / "stop"
    env = dict(os.environ)
    seed = subprocess.run(command(write_jsonl(tmp_path / "seed.jsonl", 30, seed=12), db, 10),
                          env=env, capture_output=True, text=True, check=False)
    assert seed.returncode == 0, seed.stderr[-2000:]
    readers = start_readers(db, stop, seconds=600)
    before = progress(db)
    writer = subprocess.run(command(corpus, db, 10), env=env, capture_output=True, text=True,
                            timeout=900, check=False)
    stop.touch()
    results = [json.loads(r.communicate(timeout=120)[0].strip().splitlines()[-1]) for r in readers]
    assert writer.returncode == 0, writer.stderr[-3000:]
    assert "locked" not in writer.stderr
    assert progress(db) > before
    for result in results:
        assert result["errors"] == 0, result
        assert result["reads"] > 0, result
