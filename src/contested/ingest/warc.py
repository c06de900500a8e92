"""WARC and WARC.gz: response (and resource) records holding HTML, streamed with warcio."""

from __future__ import annotations

import logging
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from contested.errors import FormatError, InputError
from contested.ingest.documents import html_source, text_source
from contested.types import Rejection, Source

logger = logging.getLogger(__name__)

_RECORD_TYPES = ("response", "resource")
# what warcio raises on corrupt input besides ArchiveLoadFailed
_CORRUPT = (ValueError, AttributeError, TypeError, EOFError, OSError, zlib.error)


def read_warc(container: str, stream: BinaryIO, max_bytes: int) -> Iterator[Source | Rejection]:
    """Yield one Source per HTML/text record; ``origin`` is ``container#<WARC-Record-ID>``."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = 0
    try:
        for index, record in enumerate(ArchiveIterator(stream)):
            item = _record(container, index, record, max_bytes)
            if item is not None:
                found += 1
                yield item
    except (ArchiveLoadFailed, *_CORRUPT) as exc:
        raise FormatError(
            f"cannot read {container} as WARC past this point ({exc}); the file is corrupt "
            "or not a WARC: pass --format to read it as another format"
        ) from exc
    if not found:
        raise FormatError(
            f"{container} holds no readable HTML or text record (is it a WARC? pass --format)",
            reason="empty",
        )


def _record(container: str, index: int, record: Any, max_bytes: int) -> Source | Rejection | None:
    if record.rec_type not in _RECORD_TYPES:
        return None
    content_type = _content_type(record)
    kind = _kind(content_type)
    record_id = (record.rec_headers.get_header("WARC-Record-ID") or "").strip("<> ")
    origin = f"{container}#{record_id or index}"
    if kind is None:
        logger.debug("skipping %s: content type %s", origin, content_type)
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    try:
        data = record.content_stream().read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"the record is larger than {max_bytes} bytes", reason="too_large")
        make = html_source if kind == "html" else text_source
        source = make(origin, data, url, content_type)
    except InputError as exc:
        return Rejection(origin, exc.reason, str(exc))
    return Source(origin=origin, format="warc", text=source.text, html=source.html, url=url)


def _content_type(record: Any) -> str | None:
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    if headers is None:
        return None
    value = headers.get_header("Content-Type")
    return str(value) if value else None


def _kind(content_type: str | None) -> str | None:
    kind = (content_type or "text/html").lower()
    if "html" in kind:
        return "html"
    if kind.startswith("text/plain"):
        return "text"
    return None
