"""Readers: each format on hand-written fixtures, origins, and rejections instead of errors."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import shutil
from pathlib import Path

import pytest

from contested.errors import UsageError
from contested.ingest import read_sources
from contested.types import Rejection, Source

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
ARABIC = (
    "قال المرصد السوري لحقوق الإنسان إن غارة جوية أصابت قرية قرب الحدود العراقية وقتل سبعة أشخاص."
)


def read_all(*paths: str | Path, **kwargs: object) -> list[Source | Rejection]:
    return list(read_sources([str(p) for p in paths], **kwargs))  # type: ignore[arg-type]


def only(items: list[Source | Rejection]) -> Source:
    assert len(items) == 1, items
    assert isinstance(items[0], Source), items[0]
    return items[0]


def test_html_page_is_detected_and_keeps_its_path_as_origin() -> None:
    source = only(read_all(FIXTURES / "page.html"))
    assert source.format == "html"
    assert source.origin == str(FIXTURES / "page.html")
    assert source.html is not None and "fuel depot" in source.html
    assert source.text is None


def test_html_detected_by_content_not_extension(tmp_path: Path) -> None:
    disguised = tmp_path / "page.txt"
    shutil.copy(FIXTURES / "page.html", disguised)
    assert only(read_all(disguised)).format == "html"


def test_plain_text_title_candidate_is_first_nonempty_line(tmp_path: Path) -> None:
    path = tmp_path / "dump.html"  # the extension lies: content decides
    path.write_text("\n\n  Strike on convoy  \n\nA convoy was hit near the border on Sunday.\n")
    source = only(read_all(path))
    assert source.format == "text"
    assert source.title == "Strike on convoy"
    assert source.text is not None and "convoy was hit" in source.text


def test_jsonl_broken_line_is_rejected_and_the_rest_go_on() -> None:
    container = str(FIXTURES / "articles.jsonl")
    items = read_all(container)
    by_origin = {item.origin: item for item in items}
    assert list(by_origin) == [
        f"{container}#wire-001",
        f"{container}#1",
        f"{container}#2",
        f"{container}#wire-004",
    ]
    first = by_origin[f"{container}#wire-001"]
    assert isinstance(first, Source) and first.format == "jsonl"
    assert first.published == dt.date(2018, 11, 5)
    assert (first.outlet, first.language, first.title) == (
        "Example Wire",
        "en",
        "Airstrike kills three in Hajin",
    )
    broken = by_origin[f"{container}#1"]
    assert isinstance(broken, Rejection) and broken.reason == "broken_json"
    assert "line 2" in broken.detail
    html_record = by_origin[f"{container}#2"]
    assert isinstance(html_record, Source) and html_record.html and html_record.text is None
    empty = by_origin[f"{container}#wire-004"]
    assert isinstance(empty, Rejection) and empty.reason == "empty"


def test_jsonl_line_longer_than_max_bytes_is_rejected_alone(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text('{"id": "a", "text": "' + "x " * 400 + '"}\n{"id": "b", "text": "short one"}\n')
    items = read_all(path, max_bytes=200)
    assert [(type(i).__name__, i.origin.rsplit("#", 1)[1]) for i in items] == [
        ("Rejection", "0"),
        ("Source", "b"),
    ]
    assert isinstance(items[0], Rejection) and items[0].reason == "too_large"


def write_warc(path: Path, records: list[tuple[str, str, bytes]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=path.suffix == ".gz")
        writer.write_record(writer.create_warcinfo_record("test.warc", {"software": "tests"}))
        for url, content_type, body in records:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.0"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body), http_headers=headers
            )
            writer.write_record(record)


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_response_records_become_sources(tmp_path: Path, name: str) -> None:
    page = (FIXTURES / "page.html").read_bytes()
    path = tmp_path / name
    write_warc(
        path,
        [
            ("https://frontier-herald.example/a", "text/html; charset=utf-8", page),
            ("https://frontier-herald.example/logo.png", "image/png", b"\x89PNG\r\n\x1a\n\x00\x00"),
            (
                "https://arabic.example/b",
                "text/html; charset=windows-1256",
                f"<html><body><p>{ARABIC}</p></body></html>".encode("cp1256"),
            ),
        ],
    )
    items = read_all(path)
    assert [type(i).__name__ for i in items] == ["Source", "Source"]
    first, second = items
    assert isinstance(first, Source) and isinstance(second, Source)
    assert first.format == "warc" and first.url == "https://frontier-herald.example/a"
    assert first.origin.startswith(f"{path}#urn:uuid:")
    assert first.html is not None and "fuel depot" in first.html
    assert second.html is not None and ARABIC in second.html


def test_corrupt_warc_keeps_good_records_then_rejects(tmp_path: Path) -> None:
    path = tmp_path / "broken.warc"
    write_warc(path, [("https://a.example/", "text/html", b"<p>" + b"word " * 500 + b"</p>")])
    path.write_bytes(path.read_bytes() + b"this is not a WARC record\r\n\r\njunk")
    good, bad = read_all(path)
    assert isinstance(good, Source) and good.url == "https://a.example/"
    assert isinstance(bad, Rejection) and bad.origin == str(path) and bad.reason == "bad_format"
    assert "WARC" in bad.detail


def test_rss_entries_read_linked_local_page_or_content() -> None:
    container = str(FIXTURES / "feed.rss")
    first, second = read_all(container)
    assert isinstance(first, Source) and isinstance(second, Source)
    assert first.origin == f"{container}#fh-2019-0314-depot"
    assert first.html is not None and "two explosions" in first.html  # the page, not the teaser
    assert first.published == dt.date(2019, 3, 14) and first.language == "en"
    assert second.origin == f"{container}#1"  # no guid: the entry index
    assert second.html is not None and "southern Idlib" in second.html
    assert second.title == "Shelling reported in Idlib countryside"


def test_atom_feed_without_ids_uses_entry_index(tmp_path: Path) -> None:
    path = tmp_path / "atom.xml"
    path.write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
        "<entry><title>One</title>"
        "<summary>Gunmen attacked a checkpoint overnight.</summary></entry>"
        "</feed>"
    )
    source = only(read_all(path))
    assert source.origin == f"{path}#0" and source.format == "feed"
    assert "checkpoint" in (source.text or source.html or "")


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [("cp1256", b""), ("utf-16", b""), ("utf-16-le", b""), ("utf-8", b"\xef\xbb\xbf")],
)
def test_encodings_are_decoded(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    path = tmp_path / f"arabic-{encoding}.txt"
    body = f"عنوان الخبر\n\n{ARABIC}\n{ARABIC}\n"
    path.write_bytes(prefix + body.encode(encoding))
    source = only(read_all(path))
    assert source.text is not None and ARABIC in source.text
    assert not source.text.startswith("\ufeff")


def test_latin1_text_is_decoded(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    text = "Les frappes aériennes ont touché la périphérie de la ville, a déclaré un élu.\n"
    path.write_bytes((text * 3).encode("latin-1"))
    assert "aériennes" in (only(read_all(path)).text or "")


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (bytes(range(256)) * 8, "binary"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary"),
        (b"", "empty"),
        (b"  \n\n\t ", "empty"),
    ],
)
def test_bad_content_is_rejected_with_a_reason(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    (item,) = read_all(path)
    assert isinstance(item, Rejection) and item.reason == reason and item.origin == str(path)
    assert item.detail


def test_too_large_and_gzip_bomb_are_bounded(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("word " * 1000)
    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"A" * 5_000_000))
    items = read_all(big, bomb, max_bytes=2000)
    assert [(i.origin, getattr(i, "reason", None)) for i in items] == [
        (str(big), "too_large"),
        (str(bomb), "too_large"),
    ]


def test_gzipped_text_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt.gz"
    path.write_bytes(gzip.compress(b"Headline here\n\nBody text of the article.\n"))
    assert only(read_all(path)).title == "Headline here"


def test_missing_and_unreadable_paths_become_rejections(tmp_path: Path) -> None:
    items = read_all(tmp_path / "nope.txt", tmp_path / "none-*.txt")
    assert [(i.reason if isinstance(i, Rejection) else None) for i in items] == ["unreadable"] * 2


def test_forced_format_is_used_and_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("<p>Looks like HTML</p> but is a note")
    assert only(read_all(path, fmt="text")).format == "text"
    with pytest.raises(UsageError):
        read_all(path, fmt="pdf")


def test_forcing_a_wrong_format_rejects(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Just a plain note about nothing in particular.\n")
    (item,) = read_all(path, fmt="feed")
    assert isinstance(item, Rejection) and item.reason == "bad_format"
