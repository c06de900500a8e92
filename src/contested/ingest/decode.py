"""Bytes to text: BOM sniffing, UTF-8, declared charsets, then charset_normalizer.

Binary content is refused rather than decoded into noise.
"""

from __future__ import annotations

import codecs
import re

from contested.errors import InputError

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_MAGIC: tuple[bytes, ...] = (
    b"%PDF",
    b"\x89PNG",
    b"PK\x03\x04",
    b"\xff\xd8\xff",
    b"GIF8",
    b"\x7fELF",
    b"SQLite format 3",
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f\ufffd]")
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I
)
_LOW_BYTES = bytes(range(0x20))
_SURROGATES = re.compile(r"[\ud800-\udfff]")
_SAMPLE = 65536
MIN_PRINTABLE = 0.95


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode ``data`` to str, or raise InputError (``empty``, ``binary``, ``undecodable``)."""
    if not data.strip():
        raise InputError("the document is empty", reason="empty")
    if data.startswith(_MAGIC):
        raise InputError("binary content (a known file signature), not text", reason="binary")
    text = _decode_bom(data) or _decode_utf(data) or _decode_declared(data, declared)
    if text is None:
        text = _nearly_utf8(data) or _decode_guess(data)
    _check_printable(text)
    return text.lstrip("\ufeff")


def scrub_surrogates(text: str) -> str:
    """Lone UTF-16 surrogates (which cannot be encoded or stored) replaced by U+FFFD."""
    return _SURROGATES.sub("\ufffd", text)


def charset_from_content_type(content_type: str | None) -> str | None:
    """The ``charset=`` parameter of a Content-Type header, if any."""
    if not content_type:
        return None
    match = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", content_type, re.I)
    return match.group(1) if match else None


def charset_from_meta(data: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag near its start."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _decode_bom(data: bytes) -> str | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _try(data[len(bom) :], encoding)
    return None


def _decode_declared(data: bytes, declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        codecs.lookup(declared)
    except LookupError:
        return None
    return _try(data, declared)


def _decode_utf(data: bytes) -> str | None:
    """BOM-less UTF-16 recognised by its high-byte pattern, else UTF-8."""
    guess = _utf16_guess(data[:_SAMPLE])
    text = _try(data, guess) if guess else None
    return text if text is not None else _try(data, "utf-8")


def _nearly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray bytes (a cp1252 quote pasted into a UTF-8 page): the strays
    become U+FFFD rather than the whole text being guessed into another encoding."""
    text = data.decode("utf-8", errors="replace")
    strays = text.count("\ufffd")
    return text if strays <= max(2, len(text) // 1000) else None


def _utf16_guess(sample: bytes) -> str | None:
    """UTF-16 text below U+2000 has high bytes under 0x20 in every other position."""
    if len(sample) < 4 or len(sample) % 2:
        return None
    even, odd = _low_share(sample[0::2]), _low_share(sample[1::2])
    if odd >= 0.9 and even < 0.5:
        return "utf-16-le"
    if even >= 0.9 and odd < 0.5:
        return "utf-16-be"
    return None


def _low_share(part: bytes) -> float:
    return (len(part) - len(part.translate(None, _LOW_BYTES))) / len(part)


def _decode_guess(data: bytes) -> str:
    if b"\x00" in data[:_SAMPLE]:
        raise InputError("binary content (NUL bytes), not text", reason="binary")
    from charset_normalizer import from_bytes  # lazy: a few ms of import

    best = from_bytes(data[: 4 * _SAMPLE]).best()
    if best is None or best.encoding is None:
        raise InputError("cannot detect the text encoding; pass UTF-8", reason="undecodable")
    text = _try(data, best.encoding)
    if text is None:
        text = data.decode(best.encoding, errors="replace")
    return text


def _check_printable(text: str) -> None:
    sample = text[:_SAMPLE]
    if not sample:
        raise InputError("the document is empty", reason="empty")
    bad = len(_CONTROL.findall(sample))
    if bad / len(sample) > 1 - MIN_PRINTABLE:
        raise InputError(
            f"binary content ({bad} control characters in {len(sample)}), not text",
            reason="binary",
        )


def _try(data: bytes, encoding: str) -> str | None:
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None
