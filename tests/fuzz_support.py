"""Fuzzing support: structure-aware hypothesis strategies for every input format, and the
invariant checks that every generated input must pass. Shared by the fuzz tests and by
``benchmarks/fuzz.py`` (which runs the same strategies for many more examples).

The invariants: reading, cleaning and extracting never raise; every failure is a Rejection
with a known reason code and a detail; no failure is one of the catch-all reasons that mean
an exception escaped a stage (``reader_error``, ``clean_error``, ``extract_failed``); every
span an extractor returns lies inside the article text, and every quote is its span's text.
"""

from __future__ import annotations

import gzip
import json
import tempfile
from collections.abc import Callable
from pathlib import Path

from hypothesis import strategies as st

from contested.clean import clean_source
from contested.extract import Extractor
from contested.ingest import read_sources
from contested.types import Article, Mention, Rejection, Source

KNOWN_REASONS = frozenset(
    {"unreadable", "binary", "undecodable", "empty", "broken_json", "too_large", "bad_format",
     "time_budget"}
)
ESCAPED = frozenset({"reader_error", "clean_error", "extract_failed"})

# -- building blocks ----------------------------------------------------------------------

WORDS = ["airstrike", "drone", "strike", "shelling", "rocket", "attack", "explosion", "killed", "wounded", "injured", "dead", "civilians", "soldiers", "militants", "children", "women", "at", "least", "more", "than", "dozens", "seven", "12", "1,200", "three-year-old", "2019", "Monday", "yesterday", "last", "week", "on", "March", "5", "the", "Syrian", "Observatory", "for", "Human", "Rights", "said", "according", "to", "SANA", "reported", "a", "military", "source", "told", "Reuters", "the", "Pentagon", "denied", "the", "US-led", "coalition", "blamed", "Russia", "Turkey", "Hezbollah", "ISIS", "near", "in", "Raqqa", "Idlib", "Deir", "ez-Zor", "al-Bukamal", "Aleppo", "Kharkiv", "Gaza", "Sanaa", "Mosul", "village", "town", '"quote"', "'", "(", ")", ",", ".", ";", ":", "—", "–", "…", "«", "»", "“", "”", "‘", "’", "غارة", "قتل", "مدنيين", "دير", "الزور"]
FUNNY = [
    "\u0000", "\ufeff", "\u202e", "\u200b", "\r", "\r\n", "\t", "\x0b", "\x85", "\u2028",
    "\ud7ff", "\U0001f4a5", "e\u0301", "ﷺ", "İ", "ß", "\uffff", "&amp;", "&#0;", "&#xD800;",
    "&nbsp;", "<", ">", "]]>", "<!--", "-->", "\\", '"', "{", "}", "[", "]",
]
CHARS = st.characters(codec="utf-8", exclude_categories=("Cs",))

token = st.one_of(st.sampled_from(WORDS), st.sampled_from(FUNNY), st.text(CHARS, max_size=12))
prose = st.lists(token, max_size=80).map(" ".join)
paragraphs = st.lists(prose, min_size=1, max_size=6).map("\n\n".join)
encodings = st.sampled_from(
    ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1256", "latin-1", "cp1252"]
)


@st.composite
def encoded(draw: st.DrawFn, text: st.SearchStrategy[str]) -> bytes:
    """Text in some encoding (unencodable characters replaced), sometimes mangled."""
    data = draw(text).encode(draw(encodings), errors="replace")
    return draw(_mangled(data))


@st.composite
def _mangled(draw: st.DrawFn, data: bytes) -> bytes:
    """Sometimes truncate, splice random bytes into, or duplicate part of ``data``."""
    choice = draw(st.integers(0, 5))
    if choice == 1 and data:
        return data[: draw(st.integers(0, len(data)))]
    if choice == 2:
        at = draw(st.integers(0, len(data)))
        return data[:at] + draw(st.binary(max_size=40)) + data[at:]
    if choice == 3 and data:
        at = draw(st.integers(0, len(data)))
        return data + data[:at]
    return data


# -- formats --------------------------------------------------------------------------------

TAGS = ["p", "div", "article", "main", "span", "b", "a", "h1", "title", "script", "style",
        "table", "td", "li", "ul", "br", "meta", "time", "noscript", "iframe", "svg"]


@st.composite
def html_text(draw: st.DrawFn) -> str:
    """Tag soup: nested, unclosed and stray tags, attributes, comments and prose."""
    parts = ["<html><head>" if draw(st.booleans()) else ""]
    if draw(st.booleans()):
        charset = draw(st.sampled_from(["utf-8", "windows-1256", "bogus", "utf-16", ""]))
        parts.append(f'<meta charset="{charset}"><title>{draw(prose)}</title>')
    depth = draw(st.integers(0, 300))
    for _ in range(draw(st.integers(1, 12))):
        tag = draw(st.sampled_from(TAGS))
        attr = draw(st.sampled_from(["", ' class="x"', ' property="article:published_time"'
                                     ' content="2019-03-14"', " <", ' a="', " \x00"]))
        closing = draw(st.sampled_from([f"</{tag}>", "", "</p>", "<!-- c -->"]))
        parts.append(f"<{tag}{attr}>{draw(prose)}{closing}")
    parts.insert(1, "<div>" * depth)
    return "".join(parts)


@st.composite
def jsonl_bytes(draw: st.DrawFn) -> bytes:
    """JSON Lines: good records, records with odd field types, and broken lines."""
    lines: list[bytes] = []
    for index in range(draw(st.integers(1, 6))):
        record = {
            "id": draw(st.one_of(st.none(), st.integers(), st.text(max_size=8), st.just(index))),
            draw(st.sampled_from(["text", "html", "body"])): draw(
                st.one_of(paragraphs, html_text(), st.integers(), st.lists(st.integers()))
            ),
            "published": draw(st.one_of(st.none(), st.text(max_size=25),
                                        st.sampled_from(["2019-03-14", "2019-02-30T00:00Z",
                                                         "9999-99-99", "0000-01-01"]))),
            "url": draw(st.one_of(st.none(), st.text(max_size=30),
                                  st.just("http://[::1/broken"))),
            "outlet": draw(st.one_of(st.none(), prose)),
            "language": draw(st.one_of(st.none(), st.text(max_size=5))),
        }
        line = json.dumps(record, ensure_ascii=draw(st.booleans())).encode()
        lines.append(draw(_mangled(line)))
    return b"\n".join(lines) + draw(st.sampled_from([b"", b"\n", b"\r\n", b"\n\n{"]))


@st.composite
def feed_bytes(draw: st.DrawFn) -> bytes:
    """RSS or Atom with entities, CDATA, odd dates, links and DTDs."""
    entity = draw(st.sampled_from(["", "&amp;", "&nbsp;", "&lol;", "&#0;", "&#xD800;",
                                   "&#99999999;", "&secret;", "&#x1F4A5;"]))
    dtd = draw(st.sampled_from([
        "", '<!DOCTYPE rss [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>',
        '<!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>',
    ]))
    items = []
    for _ in range(draw(st.integers(0, 4))):
        body = draw(st.one_of(prose, html_text()))
        cdata = draw(st.booleans())
        content = f"<![CDATA[{body}]]>" if cdata else body.replace("<", "&lt;")
        link = draw(st.sampled_from(["", "<link>/etc/passwd</link>", "<link>page.html</link>",
                                     "<link>https://x.example/a</link>", "<link>../../x</link>"]))
        date = draw(st.sampled_from(["", "<pubDate>Thu, 14 Mar 2019 08:15:00 GMT</pubDate>",
                                     "<pubDate>yesterday</pubDate>", "<pubDate>Feb 30</pubDate>"]))
        items.append(f"<item><title>{draw(prose)}{entity}</title>{link}{date}"
                     f"<description>{content}</description></item>")
    atom = draw(st.booleans())
    if atom:
        doc = ('<feed xmlns="http://www.w3.org/2005/Atom">'
               + "".join(i.replace("item>", "entry>") for i in items) + "</feed>")
    else:
        doc = f'<rss version="2.0"><channel><title>t{entity}</title>{"".join(items)}</channel></rss>'
    text = '<?xml version="1.0" encoding="utf-8"?>' + dtd + doc
    return draw(_mangled(text.encode("utf-8", errors="replace")))


@st.composite
def warc_bytes(draw: st.DrawFn) -> bytes:
    """WARC records with right and wrong lengths, headers and payloads; sometimes gzipped."""
    records = []
    for index in range(draw(st.integers(0, 4))):
        payload = draw(st.one_of(html_text().map(str.encode), encoded(paragraphs),
                                 st.binary(max_size=200)))
        ctype = draw(st.sampled_from(["text/html", "text/html; charset=windows-1256",
                                      "text/plain", "image/png", "", "text/html; charset=bogus"]))
        http = f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\n\r\n".encode() + payload
        length = draw(st.one_of(st.just(str(len(http))), st.sampled_from(["0", "-1", "abc",
                      "99999999999", str(len(http) + 7), str(max(0, len(http) - 5))])))
        rtype = draw(st.sampled_from(["response", "resource", "request", "warcinfo", "bogus"]))
        head = (f"WARC/1.0\r\nWARC-Type: {rtype}\r\nWARC-Record-ID: <urn:uuid:{index}>\r\n"
                f"WARC-Target-URI: https://x.example/{index}\r\n"
                f"Content-Type: application/http; msgtype=response\r\n"
                f"Content-Length: {length}\r\n\r\n").encode()
        record = head + http + b"\r\n\r\n"
        records.append(gzip.compress(record, mtime=0) if draw(st.booleans()) else record)
    return draw(_mangled(b"WARC/1.0\r\n" if not records else b"".join(records)))


text_bytes = encoded(paragraphs)
html_bytes = html_text().flatmap(lambda h: encoded(st.just(h)))
any_bytes = st.one_of(st.binary(max_size=2000), text_bytes, html_bytes, jsonl_bytes(),
                      feed_bytes(), warc_bytes())
FORMAT_STRATEGIES: dict[str, st.SearchStrategy[bytes]] = {
    "text": text_bytes,
    "html": html_bytes,
    "jsonl": jsonl_bytes(),
    "feed": feed_bytes(),
    "warc": warc_bytes(),
    "bytes": any_bytes,
}


# -- checks ---------------------------------------------------------------------------------


def check_mentions(article: Article, mentions: tuple[Mention, ...]) -> None:
    size = len(article.text)
    for mention in mentions:
        assert mention.article_id == article.article_id
        assert mention.trigger.end <= size, mention
        for span in (mention.date_span, mention.place.span if mention.place else None):
            assert span is None or span.end <= size, mention
        for claim in mention.claims:
            assert claim.span.end <= size, claim
            assert claim.quote == claim.span.of(article.text), claim


def check_rejection(rejection: Rejection) -> None:
    assert rejection.reason not in ESCAPED, rejection
    assert rejection.reason in KNOWN_REASONS, rejection
    assert rejection.detail, rejection


def process_paths(
    paths: list[str], extractor: Extractor, fmt: str | None = None, max_bytes: int = 200_000
) -> list[Article | Rejection]:
    """Read, clean and extract ``paths``, checking every invariant on the way."""
    outcomes: list[Article | Rejection] = []
    for item in read_sources(paths, fmt=fmt, max_bytes=max_bytes):
        assert isinstance(item, (Source, Rejection)), item
        if isinstance(item, Rejection):
            check_rejection(item)
            outcomes.append(item)
            continue
        outcomes.append(process_source(item, extractor))
    return outcomes


def process_source(source: Source, extractor: Extractor) -> Article | Rejection:
    cleaned = clean_source(source)
    if isinstance(cleaned, Rejection):
        check_rejection(cleaned)
        return cleaned
    assert cleaned.text and cleaned.text == cleaned.text.strip()
    check_mentions(cleaned, extractor.extract(cleaned))
    return cleaned


def read_only(paths: list[str], fmt: str | None = None, max_bytes: int = 200_000) -> int:
    """Read ``paths`` without cleaning, checking the readers' invariants; returns the count."""
    count = 0
    for item in read_sources(paths, fmt=fmt, max_bytes=max_bytes):
        assert isinstance(item, (Source, Rejection)), item
        if isinstance(item, Rejection):
            check_rejection(item)
        else:
            assert (item.text is None) != (item.html is None), item
        count += 1
    return count


def bytes_checker(
    extractor: Extractor | None, folder: Path
) -> Callable[[bytes, str | None, bool], int]:
    """A function that writes one input under ``folder`` and processes it (read, clean and
    extract; read only without an ``extractor``); returns the number of outcomes.
    ``zipped`` gzips the input first."""

    def check(data: bytes, fmt: str | None, zipped: bool) -> int:
        path = folder / ("input.gz" if zipped else "input")
        path.write_bytes(gzip.compress(data, mtime=0) if zipped else data)
        if extractor is None:
            return read_only([str(path)], fmt=fmt)
        return len(process_paths([str(path)], extractor, fmt=fmt))

    return check


def temp_folder() -> Path:
    return Path(tempfile.mkdtemp(prefix="contested-fuzz-"))
