"""The hostile-input corpus: files that try to crash, hang or exhaust the readers.

Small hand-written cases live in ``tests/fixtures/hostile/``; this module writes the ones that
are binary, generated or large (a 50 MB article, gzip bombs, deep nesting) into a folder, and
says for each file what reading it must give. Used by ``tests/test_fuzz_hostile.py`` and by
``benchmarks/fuzz.py``.
"""

from __future__ import annotations

import gzip
import io
import random
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures" / "hostile"
MB = 1 << 20
ARABIC = "قال المرصد السوري لحقوق الإنسان إن غارة جوية أصابت قرية قرب البوكمال وقتل سبعة مدنيين."
FRENCH = "Une frappe aérienne a tué sept civils près de la frontière, a déclaré un élu local."
ENGLISH = "An airstrike killed seven civilians near the border town, a local official said."


@dataclass(frozen=True)
class Case:
    """One hostile file and what reading it must give.

    ``reasons`` are the rejection reasons allowed for its items (empty: it must be read);
    ``readable`` says at least one item must be a Source.
    """

    name: str
    make: Callable[[], bytes]
    reasons: frozenset[str] = frozenset()
    readable: bool = False


def _rng(seed: str) -> random.Random:
    return random.Random(seed)


def _gzip_bomb(size: int, level: int = 9) -> bytes:
    """``size`` zero bytes, gzipped in chunks (never held uncompressed)."""
    out = io.BytesIO()
    chunk = bytes(MB)
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=level, mtime=0) as stream:
        for _ in range(size // MB):
            stream.write(chunk)
    return out.getvalue()


def _warc_record(body: bytes, length: str | None = None, *, content_type: str = "text/html") -> bytes:
    http = b"HTTP/1.1 200 OK\r\nContent-Type: " + content_type.encode() + b"\r\n\r\n" + body
    declared = length if length is not None else str(len(http))
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        "WARC-Target-URI: https://hostile.example/a\r\n"
        "WARC-Date: 2019-03-14T08:15:00Z\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {declared}\r\n\r\n"
    )
    return head.encode() + http + b"\r\n\r\n"


_PAGE = f"<html><body><article><p>{ENGLISH}</p><p>{ENGLISH}</p></article></body></html>".encode()


def _warc_bomb() -> bytes:
    """A gzipped WARC member whose record body inflates to 200 MB of zeros."""
    size = 200 * MB
    head = (
        "WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:bomb>\r\n"
        "WARC-Target-URI: https://hostile.example/bomb\r\nContent-Type: text/html\r\n"
        f"Content-Length: {size}\r\n\r\n"
    ).encode()
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=9, mtime=0) as stream:
        stream.write(head)
        chunk = bytes(MB)
        for _ in range(size // MB):
            stream.write(chunk)
        stream.write(b"\r\n\r\n")
    return out.getvalue()


def _flipped_gzip_warc() -> bytes:
    data = bytearray(gzip.compress(_warc_record(_PAGE) * 3, mtime=0))
    rng = _rng("flip")
    for _ in range(12):
        position = rng.randrange(20, len(data))
        data[position] ^= 0xFF
    return bytes(data)


def _big_article(size: int) -> bytes:
    """One plain-text article of ``size`` bytes (headline, then the same paragraph repeated)."""
    paragraph = (ENGLISH + " ") * 8 + "\n\n"
    body = paragraph.encode() * (size // len(paragraph) + 1)
    return (b"Headline of a very long article\n\n" + body)[:size]


def _words(count: int, seed: str) -> bytes:
    """Plain text of ``count`` random words: it does not compress away."""
    rng = _rng(seed)
    words = ENGLISH.rstrip(".").split()
    return " ".join(rng.choice(words) for _ in range(count)).encode()


def _nested_html(depth: int) -> bytes:
    return b"<html><body>" + b"<div>" * depth + f"<p>{ENGLISH}</p>".encode() + b"</div>" * depth


def _nested_jsonl(depth: int) -> bytes:
    good = f'{{"id": "after", "text": "{ENGLISH}"}}\n'.encode()
    return b'{"text": ' + b"[" * depth + b"]" * depth + b"}\n" + good


def _mixed_encodings() -> bytes:
    return (
        ENGLISH.encode()
        + b"\n\n"
        + ARABIC.encode("cp1256")
        + b"\n\n"
        + FRENCH.encode("latin-1")
        + b"\n\n"
        + ARABIC.encode("utf-8")
        + b"\n"
    )


def _utf16(encoding: str, bom: bool) -> bytes:
    text = f"عنوان\n\n{ARABIC}\n{ENGLISH}\n{ARABIC}\n"
    data = text.encode(encoding)
    return (b"\xff\xfe" if bom else b"") + data


def generated_cases(big: bool = True) -> list[Case]:
    """Every generated case; ``big`` adds the 50 MB article and the 200 MB bombs."""
    rng = _rng("binary")
    cases = [
        Case("random.bin", lambda: rng.randbytes(200_000), frozenset({"binary", "undecodable"})),
        Case("png-disguised.txt", lambda: b"\x89PNG\r\n\x1a\n" + bytes(2000), frozenset({"binary"})),
        Case("zip-disguised.html", lambda: b"PK\x03\x04" + bytes(500), frozenset({"binary"})),
        Case("nul-padded.txt", lambda: ENGLISH.encode() + bytes(5000), frozenset({"binary"})),
        Case("empty.txt", lambda: b"", frozenset({"empty"})),
        Case("whitespace.txt", lambda: b" \r\n\t\n   \n", frozenset({"empty"})),
        Case("only-bom.txt", lambda: b"\xef\xbb\xbf", frozenset({"empty"})),
        Case("cp1256.txt", lambda: f"خبر\n\n{ARABIC}\n{ARABIC}\n".encode("cp1256"), readable=True),
        Case("latin1.txt", lambda: f"Titre\n\n{FRENCH}\n{FRENCH}\n".encode("latin-1"), readable=True),
        Case("utf16-bom.txt", lambda: _utf16("utf-16-le", bom=True), readable=True),
        Case("utf16le-nobom.txt", lambda: _utf16("utf-16-le", bom=False), readable=True),
        Case("utf16be-nobom.txt", lambda: _utf16("utf-16-be", bom=False), readable=True),
        Case("mixed-encodings.txt", _mixed_encodings, frozenset({"undecodable"})),
        Case("utf8-stray-cp1252.txt", lambda: (
            f"{ARABIC}\n\n{ENGLISH} ".encode() + b"\x93A quote\x94 said.\n" + ARABIC.encode()
        ), readable=True),
        Case("cp1256-declared-utf8.html", lambda: (
            b'<html><head><meta charset="utf-8"></head><body><p>'
            + ARABIC.encode("cp1256") + b"</p></body></html>"
        ), readable=True),
        Case("nested-100k.html", lambda: _nested_html(100_000), frozenset({"empty"}), readable=False),
        Case("nested-deep.jsonl", lambda: _nested_jsonl(100_000), frozenset({"broken_json"}), True),
        Case("gzip-bomb-200mb.txt.gz", lambda: _gzip_bomb(200 * MB), frozenset({"too_large"})),
        Case("gzip-truncated.txt.gz", lambda: gzip.compress(_words(50_000, "trunc"))[:8000],
             frozenset({"unreadable"})),
        Case("gzip-of-gzip.gz", lambda: gzip.compress(gzip.compress(b"hello " * 1000)),
             frozenset({"binary", "undecodable"})),
        Case("zlib-not-gzip.txt", lambda: zlib.compress(b"hello " * 1000),
             frozenset({"binary", "undecodable"})),
        Case("warc-truncated.warc", lambda: _warc_record(_PAGE)[:300], frozenset({"bad_format", "empty"})),
        Case("warc-bad-length.warc", lambda: _warc_record(_PAGE, "abc"), frozenset({"bad_format", "empty"})),
        Case("warc-negative-length.warc", lambda: _warc_record(_PAGE, "-50"),
             frozenset({"bad_format", "empty"})),
        Case("warc-huge-length.warc", lambda: _warc_record(_PAGE, "99999999999"),
             frozenset({"bad_format", "empty"})),
        Case("warc-garbage.warc", lambda: b"WARC/1.0\r\n" + rng.randbytes(3000),
             frozenset({"bad_format", "empty"})),
        Case("warc-good-then-garbage.warc", lambda: _warc_record(_PAGE) + b"WARC/9\r\nxx\r\n\r\n",
             frozenset({"bad_format", "empty"}), readable=True),
        Case("warc-binary-payload.warc", lambda: _warc_record(rng.randbytes(4000)),
             frozenset({"binary", "undecodable", "bad_format"})),
        Case("warc-flipped.warc.gz", _flipped_gzip_warc, frozenset({"bad_format", "unreadable"})),
    ]
    if big:
        cases += [
            Case("article-50mb.txt", lambda: _big_article(50 * MB), frozenset({"too_large"})),
            Case("article-49mb.txt", lambda: _big_article(49 * MB), frozenset({"too_large"})),
            Case("warc-bomb.warc.gz", _warc_bomb, frozenset({"too_large", "bad_format"})),
        ]
    return cases


# Hand-written fixtures: file name -> (allowed rejection reasons, must be readable).
FIXTURE_CASES: dict[str, tuple[frozenset[str], bool]] = {
    "billion-laughs.rss": (frozenset({"bad_format", "empty"}), False),
    "xxe-file.rss": (frozenset({"bad_format", "empty"}), False),
    "odd-entities.rss": (frozenset({"bad_format", "empty"}), True),
    "link-escape.rss": (frozenset({"empty"}), True),
    "broken-lines.jsonl": (frozenset({"broken_json", "empty", "undecodable", "binary"}), True),
    "script-only.html": (frozenset({"empty"}), False),
    "bogus-charset.html": (frozenset(), True),
    "controls-and-bidi.txt": (frozenset(), True),
}


def write_corpus(folder: Path, big: bool = True) -> dict[str, Case]:
    """Write the generated cases into ``folder``; returns them by file name."""
    folder.mkdir(parents=True, exist_ok=True)
    cases = {case.name: case for case in generated_cases(big)}
    for name, case in cases.items():
        (folder / name).write_bytes(case.make())
    return cases
