"""Limits on one document: a time budget per article and size bounds, configurable by flag and
environment; a document over a limit is a recorded rejection and the batch goes on."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from contested.budget import TimeBudgetExceeded, time_budget
from contested.store import open_store

STORY = (
    "An airstrike killed seven civilians in the village of al-Harra near Deir ez-Zor on "
    "Monday, the Syrian Observatory for Human Rights said. State media blamed the US-led "
    "coalition, which denied any involvement.\n\n"
)


def test_time_budget_interrupts_a_busy_loop_and_restores_the_handler() -> None:
    started = time.monotonic()
    with pytest.raises(TimeBudgetExceeded), time_budget(0.05):
        while True:
            pass
    assert time.monotonic() - started < 5
    with time_budget(0.5):
        pass  # no leftover alarm fires later
    time.sleep(0.6)


def test_no_budget_means_no_alarm() -> None:
    for unbounded in (None, 0):
        with time_budget(unbounded):
            time.sleep(0.01)


def contested(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(Path(sys.executable).parent / "contested"), *args],
        capture_output=True, text=True, env={**os.environ, **(env or {})}, timeout=600,
        check=False,
    )


def corpus(folder: Path) -> Path:
    """A very long (but legal) article between two ordinary ones."""
    folder.mkdir()
    (folder / "a-short.txt").write_text("Strike near al-Harra\n\n" + STORY)
    varied = "".join(STORY.replace("seven", str(n)) for n in range(8, 2508))  # not furniture
    (folder / "b-long.txt").write_text("A very long report\n\n" + varied)
    (folder / "c-short.txt").write_text("Rockets on Taji\n\n" + STORY.replace("seven", "three"))
    return folder


def reasons(db: str) -> dict[str, str]:
    with open_store(db) as store:
        return {Path(r.origin).name: r.reason for r in store.rejections()}


def test_time_budget_from_the_environment_rejects_the_slow_article(
    tmp_path: Path, store_target: str
) -> None:
    folder, db = corpus(tmp_path / "in"), store_target
    done = contested("run", str(folder), "--db", db,
                     env={"CONTESTED_ARTICLE_TIME_BUDGET": "5"})  # b-long needs > 20 s
    assert done.returncode == 0, done.stderr[-2000:]
    assert "rejected 1 as time_budget" in done.stdout
    assert reasons(db) == {"b-long.txt": "time_budget"}
    with open_store(db) as store:
        texts = [a.text for a in store.articles(store.article_ids()).values()]
    assert sum("three civilians" in t for t in texts) == 1  # the batch went on


def test_size_limits_by_flag_and_environment(
    tmp_path: Path, new_store_target: Callable[[Path, str], str]
) -> None:
    folder, db = corpus(tmp_path / "in"), new_store_target(tmp_path, "s.db")
    done = contested("run", str(folder), "--db", db, "--max-article-chars", "5000")
    assert done.returncode == 0, done.stderr[-2000:]
    assert reasons(db) == {"b-long.txt": "too_large"}
    db2 = new_store_target(tmp_path, "s2.db")
    done = contested("run", str(folder), "--db", db2, env={"CONTESTED_MAX_BYTES": "10000"})
    assert done.returncode == 0, done.stderr[-2000:]
    assert reasons(db2) == {"b-long.txt": "too_large"}
    with open_store(db2) as store:
        assert "larger than 10000 bytes" in store.rejections()[0].detail


def test_bad_limit_values_are_usage_errors(tmp_path: Path) -> None:
    done = contested("run", str(tmp_path), "--db", str(tmp_path / "x.db"), "--max-bytes", "0")
    assert done.returncode == 2 and "max-bytes" in done.stderr
