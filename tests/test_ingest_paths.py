"""PATH expansion and transports: directories, globs, stdin and URLs over a real local server."""

from __future__ import annotations

import io
import os
import sys
import threading
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from contested.ingest import UrlFetcher, read_sources
from contested.types import Rejection, Source

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "2.txt").write_text("Second file\n\nbody two\n")
    (tmp_path / "a.txt").write_text("First file\n\nbody one\n")
    (tmp_path / ".secret.txt").write_text("hidden\n")
    (tmp_path / ".hidden" / "x.txt").write_text("hidden too\n")
    return tmp_path


def origins(paths: list[str]) -> list[str]:
    return [item.origin for item in read_sources(paths)]


def test_directory_expands_sorted_recursive_without_hidden_files(tree: Path) -> None:
    assert origins([str(tree)]) == [str(tree / "a.txt"), str(tree / "b" / "2.txt")]


def test_directory_origin_keeps_the_path_as_given(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tree / "b")
    assert origins(["../"]) == ["../a.txt", "../b/2.txt"]
    assert origins([".."]) == ["../a.txt", "../b/2.txt"]


def test_glob_expands_sorted(tree: Path) -> None:
    assert origins([str(tree / "**" / "*.txt")]) == [str(tree / "a.txt"), str(tree / "b" / "2.txt")]


def test_shared_seed_directory_origins() -> None:
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"shared seeds not found at {seeds}")
    given = os.path.relpath(seeds)
    texts = [o for o in origins([given]) if o.endswith(".txt")]
    assert len(texts) == 5
    assert all(o.startswith(given + os.sep) for o in texts)


def test_stdin_is_origin_dash(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = io.TextIOWrapper(io.BytesIO(b'{"id": "s1", "text": "From a pipe."}\n{"text": "Two"}\n'))
    monkeypatch.setattr(sys, "stdin", fake)
    assert origins(["-"]) == ["-#s1", "-#1"]


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    handler = partial(QuietHandler, directory=str(FIXTURES))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def test_url_is_fetched_and_the_url_is_origin(server: str) -> None:
    url = f"{server}/page.html"
    (source,) = read_sources([url], fetcher=UrlFetcher(timeout=5))
    assert isinstance(source, Source)
    assert (source.origin, source.url, source.format) == (url, url, "html")
    assert source.html is not None and "fuel depot" in source.html


def test_url_feed_entries_use_the_url_as_container(server: str) -> None:
    url = f"{server}/feed.rss"
    items = list(read_sources([url]))
    assert [i.origin for i in items] == [f"{url}#fh-2019-0314-depot", f"{url}#1"]
    first = items[0]
    assert isinstance(first, Source)  # no local page for a URL feed: the teaser is the content
    assert "teaser" in (first.text or first.html or "")


def test_url_errors_become_rejections(server: str) -> None:
    missing = f"{server}/missing.html"
    (item,) = read_sources([missing], fetcher=UrlFetcher(timeout=5))
    assert isinstance(item, Rejection) and item.origin == missing and "404" in item.detail


def test_oversized_url_is_rejected(server: str) -> None:
    url = f"{server}/page.html"
    (item,) = read_sources([url], fetcher=UrlFetcher(timeout=5, max_bytes=100))
    assert isinstance(item, Rejection) and item.reason == "too_large"
