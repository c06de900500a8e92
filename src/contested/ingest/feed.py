"""RSS and Atom feeds: one Source per entry (content, or the linked local page when it exists)."""

from __future__ import annotations

import datetime as dt
import logging
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from contested.errors import FormatError, InputError
from contested.ingest.detect import detect_format
from contested.ingest.documents import html_source, text_source
from contested.ingest.streams import read_bounded
from contested.types import Rejection, Source

logger = logging.getLogger(__name__)


def read_feed(
    container: str, data: bytes, base_dir: Path | None, max_bytes: int
) -> Iterator[Source | Rejection]:
    """Yield one Source per entry; ``origin`` is ``container#<entry id or index>``."""
    import feedparser

    try:
        parsed = feedparser.parse(data)
    except (ValueError, TypeError, AttributeError, LookupError) as exc:  # corrupt XML prolog etc.
        raise FormatError(f"cannot read {container} as a feed: {exc}; pass --format") from exc
    if not parsed.entries:
        problem = parsed.get("bozo_exception") or "no entries"
        raise FormatError(f"cannot read {container} as a feed: {problem}; pass --format")
    language = _language(parsed.feed.get("language"))
    for index, entry in enumerate(parsed.entries):
        origin = f"{container}#{entry.get('id') or index}"
        try:
            yield _entry(origin, entry, base_dir, max_bytes, language)
        except InputError as exc:
            yield Rejection(origin, exc.reason, str(exc))


def _entry(
    origin: str, entry: Any, base_dir: Path | None, max_bytes: int, language: str | None
) -> Source | Rejection:
    link = entry.get("link")
    page = _local_page(link, base_dir)
    body = _read_page(origin, page, max_bytes) if page is not None else _content(origin, entry)
    if body is None:
        return Rejection(origin, "empty", "the entry has no content, summary or readable link")
    return Source(
        origin=origin,
        format="feed",
        text=body.text,
        html=body.html,
        url=link if page is None else str(page),
        title=entry.get("title") or None,
        published=_published(entry),
        language=language,
    )


def _content(origin: str, entry: Any) -> Source | None:
    contents = entry.get("content") or []
    detail = contents[0] if contents else entry.get("summary_detail")
    value = contents[0].get("value") if contents else entry.get("summary")
    if not value or not str(value).strip():
        return None
    kind = str((detail or {}).get("type") or "text/html")
    if "html" in kind:
        return Source(origin=origin, format="feed", html=str(value))
    return Source(origin=origin, format="feed", text=str(value))


def _local_page(link: object, base_dir: Path | None) -> Path | None:
    """The linked page, when the link names a local file that exists."""
    if not isinstance(link, str) or not link or link.startswith(("http://", "https://")):
        return None
    path_text = urllib.parse.urlparse(link).path if link.startswith("file:") else link
    path = Path(urllib.parse.unquote(path_text))
    if not path.is_absolute() and base_dir is not None:
        path = base_dir / path
    return path if path.is_file() else None


def _read_page(origin: str, page: Path, max_bytes: int) -> Source:
    try:
        with page.open("rb") as stream:
            data = read_bounded(stream, max_bytes, str(page))
    except OSError as exc:
        raise InputError(f"cannot read linked page {page}: {exc}") from exc
    if detect_format(data[:65536]) == "html":
        return html_source(origin, data, None, None)
    return text_source(origin, data, None, None)


def _published(entry: Any) -> dt.date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    try:
        return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    except (ValueError, AttributeError):
        return None


def _language(value: object) -> str | None:
    if not isinstance(value, str) or not value.strip():
        return None
    return value.strip().split("-")[0].lower()
