"""Property: whatever bytes arrive, reading and cleaning never raise."""

from __future__ import annotations

import gzip
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contested.clean import clean_source
from contested.ingest import read_sources
from contested.types import Article, Rejection, Source

PREFIXES = [
    b"",
    b"WARC/1.0\r\n",
    b"{",
    b"<html><body><p>",
    b"<rss><channel><item>",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
]
TEXTY = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300
).map(lambda s: s.encode("utf-8"))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prefix=st.sampled_from(PREFIXES),
    body=st.one_of(st.binary(max_size=600), TEXTY),
    fmt=st.sampled_from([None, None, "text", "html", "jsonl", "warc", "feed"]),
    zipped=st.booleans(),
)
def test_read_and_clean_never_raise(
    prefix: bytes, body: bytes, fmt: str | None, zipped: bool
) -> None:
    data = prefix + body
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "input"
        path.write_bytes(gzip.compress(data) if zipped else data)
        for item in read_sources([str(path)], fmt=fmt, max_bytes=100_000):
            assert isinstance(item, (Source, Rejection))
            assert item.origin.startswith(str(path))
            assert not isinstance(item, Rejection) or item.reason != "reader_error", item
            if isinstance(item, Source):
                result = clean_source(item)
                assert isinstance(result, (Article, Rejection))
                assert not isinstance(result, Rejection) or result.reason != "clean_error", result
                if isinstance(result, Article):
                    assert result.text and result.text == result.text.strip()
