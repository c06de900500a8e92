"""RSS and Atom feeds: one Source per entry (content, or the linked local page when it exists)."""

from __future__ import annotations

import datetime as dt
import logging
import re
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

_CHAR_REF = re.compile(rb"&#([xX])?([0-9A-Fa-f]{1,12});")


def read_feed(
    container: str, data: bytes, base_dir: Path | None, max_bytes: int
) -> Iterator[Source | Rejection]:
    """Yield one Source per entry; ``origin`` is ``container#<entry id or index>``."""
    import feedparser

    try:
        parsed = feedparser.parse(_valid_char_refs(data))
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


def _valid_char_refs(data: bytes) -> bytes:
    """Numeric character references to code points XML forbids (``&#0;``, ``&#xD800;``,
    ``&#99999999;``) become U+FFFD: feedparser's lenient parser crashes on them."""
    return _CHAR_REF.sub(_char_ref, data)


def _char_ref(match: re.Match[bytes]) -> bytes:
    digits = match.group(2)
    try:
        code = int(digits, 16) if match.group(1) else int(digits)
    except ValueError:
        return b"&#xFFFD;"
    allowed = code in (0x9, 0xA, 0xD) or 0x20 <= code <= 0xD7FF or 0xE000 <= code <= 0x10FFFF
    return match.group(0) if allowed and code not in (0xFFFE, 0xFFFF) else b"&#xFFFD;"


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
    """The linked page, when the link names a file that exists under the feed's own folder.

    A feed read from a URL or stdin has no folder, and a link may not leave the folder
    (``/etc/passwd``, ``../../secret``): a hostile feed cannot make us read other files.
    """
    if base_dir is None or not isinstance(link, str) or not link:
        return None
    if link.startswith(("http://", "https://")):
        return None
    path_text = urllib.parse.urlparse(link).path if link.startswith("file:") else link
    try:
        folder = base_dir.resolve()
        path = (folder / urllib.parse.unquote(path_text)).resolve()
        inside = path.is_relative_to(folder) and path.is_file()
    except (OSError, ValueError):  # NUL bytes, loops, over-long names
        return None
    return path if inside else None


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
