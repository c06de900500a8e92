"""Single-document readers: a plain text dump or an HTML page."""

from __future__ import annotations

from contested.ingest.decode import charset_from_content_type, charset_from_meta, decode_bytes
from contested.types import Source

TITLE_MAX_CHARS = 300


def text_source(origin: str, data: bytes, url: str | None, content_type: str | None) -> Source:
    """A plain text dump; its first non-empty line is the title candidate."""
    text = decode_bytes(data, charset_from_content_type(content_type))
    return Source(origin=origin, format="text", text=text, url=url, title=title_candidate(text))


def html_source(origin: str, data: bytes, url: str | None, content_type: str | None) -> Source:
    """An HTML page; the declared charset (header, then ``<meta>``) is tried after UTF-8."""
    declared = charset_from_content_type(content_type) or charset_from_meta(data)
    return Source(origin=origin, format="html", html=decode_bytes(data, declared), url=url)


def title_candidate(text: str) -> str | None:
    """The first non-empty line, if it is short enough to be a headline."""
    for line in text.splitlines():
        stripped = line.strip()
        if stripped:
            return stripped if len(stripped) <= TITLE_MAX_CHARS else None
    return None
