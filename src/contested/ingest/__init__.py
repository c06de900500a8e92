"""Read sources: files, directories, globs, URLs and stdin -> ``Source | Rejection``.

The format is recognised by content (WARC, JSONL, RSS/Atom, HTML, plain text) unless ``fmt``
forces one. Reading never raises: each failure becomes a :class:`Rejection` with a reason
code and a detail message, and the batch goes on. Containers (WARC, JSONL) are streamed.
"""

from __future__ import annotations

import io
import logging
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from contested.errors import InputError, UsageError
from contested.ingest.detect import FORMATS, Format, detect_format
from contested.ingest.documents import html_source, text_source
from contested.ingest.expand import Target, expand_paths
from contested.ingest.feed import read_feed
from contested.ingest.fetch import Fetcher, UrlFetcher
from contested.ingest.jsonl import read_jsonl
from contested.ingest.streams import (
    GZIP_MAGIC,
    gunzip_head,
    gunzip_stream,
    peek_head,
    read_bounded,
)
from contested.ingest.warc import read_warc
from contested.types import Rejection, Source

__all__ = ["FORMATS", "Fetcher", "UrlFetcher", "read_sources"]

logger = logging.getLogger(__name__)


def read_sources(
    paths: Sequence[str],
    fmt: str | None = None,
    fetcher: Fetcher | None = None,
    max_bytes: int = 50_000_000,
) -> Iterator[Source | Rejection]:
    """Yield each document found under ``paths`` as a Source, or a Rejection saying why not."""
    if fmt is not None and fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    for target in expand_paths(paths):
        if isinstance(target, Rejection):
            yield target
        else:
            yield from _read_guarded(target, fmt, fetcher, max_bytes)


def _read_guarded(
    target: Target, fmt: str | None, fetcher: Fetcher | None, max_bytes: int
) -> Iterator[Source | Rejection]:
    """Read one target; whatever goes wrong becomes a Rejection for it."""
    try:
        yield from _read_target(target, fmt, fetcher, max_bytes)
    except InputError as exc:
        yield Rejection(target.name, exc.reason, str(exc))
    except Exception as exc:  # the reader boundary: third-party parsers raise anything
        logger.warning("unexpected error reading %s", target.name, exc_info=True)
        yield Rejection(target.name, "reader_error", f"{type(exc).__name__}: {exc}")


def _read_target(
    target: Target, fmt: str | None, fetcher: Fetcher | None, max_bytes: int
) -> Iterator[Source | Rejection]:
    if target.kind == "url":
        body, content_type = (fetcher or UrlFetcher(max_bytes=max_bytes)).fetch(target.name)
        yield from _read_stream(target, io.BytesIO(body), content_type, fmt, max_bytes)
    elif target.kind == "stdin":
        yield from _read_stream(target, sys.stdin.buffer, None, fmt, max_bytes)
    else:
        with _open(target.name) as stream:
            yield from _read_stream(target, stream, None, fmt, max_bytes)


def _open(path: str) -> BinaryIO:
    try:
        return open(path, "rb")
    except OSError as exc:
        raise InputError(f"cannot open {path}: {exc.strerror or exc}") from exc


def _read_stream(
    target: Target, raw: BinaryIO, content_type: str | None, fmt: str | None, max_bytes: int
) -> Iterator[Source | Rejection]:
    head, stream = peek_head(raw)
    if not head.strip():
        raise InputError("the document is empty", reason="empty")
    if head.startswith(GZIP_MAGIC):
        inner = gunzip_head(head)
        kind = _format(inner, content_type, fmt)
        if kind != "warc":  # warcio reads gzipped WARC member by member itself
            stream = gunzip_stream(stream)
    else:
        kind = _format(head, content_type, fmt)
    logger.debug("reading %s as %s", target.name, kind)
    yield from _dispatch(target, stream, kind, content_type, max_bytes)


def _format(head: bytes, content_type: str | None, fmt: str | None) -> Format:
    if fmt is not None:
        return fmt  # type: ignore[return-value]  # checked against FORMATS by read_sources
    return detect_format(head, content_type)


def _dispatch(
    target: Target, stream: BinaryIO, kind: Format, content_type: str | None, max_bytes: int
) -> Iterator[Source | Rejection]:
    name = target.name
    if kind == "warc":
        yield from read_warc(name, stream, max_bytes)
    elif kind == "jsonl":
        yield from read_jsonl(name, stream, max_bytes)
    else:
        data = read_bounded(stream, max_bytes, name)
        url = name if target.kind == "url" else None
        if kind == "feed":
            base = Path(name).parent if target.kind == "file" else None
            yield from read_feed(name, data, base, max_bytes)
        elif kind == "html":
            yield html_source(name, data, url, content_type)
        else:
            yield text_source(name, data, url, content_type)
