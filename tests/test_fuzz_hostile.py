"""The hostile-input corpus: every file gives Sources or Rejections with a clear reason, no
exception, bounded memory; and `contested run` over all of it (a real process) exits 0,
records every rejection, and changes nothing when re-run."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from pathlib import Path

import pytest

from contested.extract import Extractor
from contested.store import open_store
from contested.types import Article, Rejection
from fuzz_support import check_rejection, process_paths
from hostile_corpus import FIXTURE_CASES, FIXTURES, Case, generated_cases, write_corpus

SMALL = {case.name: case for case in generated_cases(big=False)}
BIG = [case for case in generated_cases(big=True) if case.name not in SMALL]


@functools.cache
def extractor() -> Extractor:
    return Extractor()


def check_case(path: Path, reasons: frozenset[str], readable: bool, **kw: int) -> list[object]:
    outcomes = process_paths([str(path)], extractor(), **kw)
    assert outcomes, f"{path.name}: neither a source nor a rejection"
    for item in outcomes:
        if isinstance(item, Rejection):
            check_rejection(item)
            assert item.reason in reasons, (path.name, item)
    if readable:
        assert any(isinstance(item, Article) for item in outcomes), (path.name, outcomes)
    return list(outcomes)


@pytest.mark.parametrize("name", sorted(SMALL))
def test_generated_hostile_file(name: str, tmp_path: Path) -> None:
    case: Case = SMALL[name]
    path = tmp_path / name
    path.write_bytes(case.make())
    check_case(path, case.reasons, case.readable, max_bytes=50_000_000)


@pytest.mark.parametrize("name", sorted(FIXTURE_CASES))
def test_hand_written_hostile_file(name: str) -> None:
    reasons, readable = FIXTURE_CASES[name]
    outcomes = check_case(FIXTURES / name, reasons, readable)
    for item in outcomes:
        if isinstance(item, Article):
            assert "root:" not in item.text  # no /etc/passwd through XXE or a feed link
            assert "lollol" not in item.text  # entities are not expanded
            assert len(item.text) < 10_000


@pytest.mark.slow
@pytest.mark.parametrize("case", BIG, ids=[case.name for case in BIG])
def test_big_hostile_file_is_rejected_within_bounds(case: Case, tmp_path: Path) -> None:
    """50 MB articles and 200 MB bombs, generated here (never committed)."""
    path = tmp_path / case.name
    path.write_bytes(case.make())
    outcomes = check_case(path, case.reasons, case.readable, max_bytes=50_000_000)
    assert all(isinstance(item, Rejection) for item in outcomes)
    path.unlink()


def test_xxe_and_feed_links_do_not_read_local_files() -> None:
    outcomes = process_paths([str(FIXTURES / "link-escape.rss")], extractor())
    rejected = {item.origin.rsplit("#", 1)[1] for item in outcomes if isinstance(item, Rejection)}
    assert {"abs", "up", "file-url", "nul"} <= rejected
    (kept,) = [item for item in outcomes if isinstance(item, Article)]
    assert "Rockets hit a base" in kept.text


def contested(*args: str, db: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "CONTESTED_DB": db}
    return subprocess.run(
        [str(Path(sys.executable).parent / "contested"), *args],
        capture_output=True, text=True, env=env, timeout=600, check=False,
    )


def test_contested_run_over_the_whole_corpus(tmp_path: Path, store_target: str) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, big=False)
    for name in FIXTURE_CASES:
        (corpus / name).write_bytes((FIXTURES / name).read_bytes())
    db = store_target
    first = contested("run", str(corpus), db=db)
    assert first.returncode == 0, first.stderr[-3000:]
    assert "rejected" in first.stdout
    with open_store(db) as store:
        rejections = store.rejections()
        articles = store.article_ids()
    assert len(rejections) >= len(SMALL)
    for rejection in rejections:
        check_rejection(rejection)
    assert articles
    again = contested("run", str(corpus), db=db)
    assert again.returncode == 0, again.stderr[-3000:]
    assert " 0 new" in again.stdout and "incidents: 0 new, 0 updated" in again.stdout
    with open_store(db) as store:
        assert store.rejections() == rejections
        assert store.article_ids() == articles
