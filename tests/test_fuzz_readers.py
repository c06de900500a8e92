"""Fuzzing (hypothesis): every reader, clean_source and the Extractor on generated hostile
input never raise, and every failure is a Rejection with a known reason.

The suite runs a few hundred examples per format; ``benchmarks/fuzz.py`` runs the same
strategies for 100,000+ inputs (figures in docs/benchmarks.md).
"""

from __future__ import annotations

import datetime as dt
import functools
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contested.extract import Extractor
from contested.ids import stable_id
from contested.types import Article, Source
from fuzz_support import (
    FORMAT_STRATEGIES,
    bytes_checker,
    check_mentions,
    paragraphs,
    process_source,
    temp_folder,
)

EXAMPLES = 150
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@functools.cache
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def folder() -> Iterator[Path]:
    path = temp_folder()
    yield path
    shutil.rmtree(path, ignore_errors=True)


@pytest.mark.parametrize("name", sorted(FORMAT_STRATEGIES))
def test_reading_generated_input_never_raises(name: str, folder: Path) -> None:
    check = bytes_checker(extractor(), folder)
    strategy = FORMAT_STRATEGIES[name]
    forced = [None, name] if name != "bytes" else [None, "text", "html", "jsonl", "warc", "feed"]

    @FUZZ
    @given(data=strategy, fmt=st.sampled_from(forced), zipped=st.booleans())
    def run(data: bytes, fmt: str | None, zipped: bool) -> None:
        check(data, fmt, zipped)

    run()


@FUZZ
@given(
    text=st.one_of(paragraphs, st.text(max_size=500)),
    html=st.booleans(),
    title=st.one_of(st.none(), st.text(max_size=40)),
    published=st.one_of(st.none(), st.dates()),
)
def test_clean_and_extract_never_raise(
    text: str, html: bool, title: str | None, published: dt.date | None
) -> None:
    source = Source(
        origin="fuzz",
        format="html" if html else "jsonl",
        html=text if html else None,
        text=None if html else text,
        title=title,
        published=published,
    )
    process_source(source, extractor())


@FUZZ
@given(text=st.one_of(paragraphs, st.text(min_size=1, max_size=800)), published=st.dates())
def test_extractor_on_raw_uncleaned_text_never_raises(text: str, published: dt.date) -> None:
    """The Extractor is public API: it must survive text that did not go through clean."""
    article = Article(
        article_id=stable_id("art", text),
        origin="fuzz",
        text=text,
        title=text.split("\n", 1)[0] or None,
        url=None,
        outlet=None,
        published=published,
        published_from="metadata",
        language=None,
    )
    check_mentions(article, extractor().extract(article))
