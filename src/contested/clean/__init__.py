"""Clean a Source into an Article: the one canonical text all offsets point into.

``Article.text`` is the headline (when there is one), a blank line, then the body, with page
furniture removed, Unicode normalised (NFC, plain spaces; quotes kept verbatim) and runs of
blank lines collapsed. The publication date comes from metadata, else from a dateline near
the start of the text. ``fingerprint`` is a simhash of the body (the headline is left out, so
a syndicated copy under a new headline keeps the fingerprint); see :mod:`contested.clean.dedup`.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import Literal

from contested.clean.dates import find_dateline
from contested.clean.fingerprint import simhash
from contested.clean.furniture import strip_furniture
from contested.clean.html import extract_page
from contested.clean.meta import detect_language, outlet_from_url
from contested.clean.normalize import normalize_text
from contested.errors import InputError
from contested.ids import stable_id
from contested.types import Article, Rejection, Source

__all__ = ["clean_source"]

logger = logging.getLogger(__name__)

_RAW_FACTOR = 20  # raw HTML may be this many times larger than the text limit
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True)
class _Parts:
    title: str | None
    body: str
    published: dt.date | None
    published_from: Literal["metadata", "text"] | None
    outlet: str | None


def clean_source(source: Source, max_chars: int = 2_000_000) -> Article | Rejection:
    """The cleaned Article, or a Rejection (``empty``, ``too_large``, ``clean_error``)."""
    try:
        return _clean(source, max_chars)
    except InputError as exc:
        return Rejection(source.origin, exc.reason, str(exc))
    except Exception as exc:  # boundary: a bad document never stops a batch
        logger.warning("unexpected error cleaning %s", source.origin, exc_info=True)
        return Rejection(source.origin, "clean_error", f"{type(exc).__name__}: {exc}")


def _clean(source: Source, max_chars: int) -> Article:
    raw = source.html if source.html is not None else source.text or ""
    if len(raw) > max_chars * (_RAW_FACTOR if source.html is not None else 1):
        raise InputError(
            f"the document has {len(raw)} characters; the limit is {max_chars}", reason="too_large"
        )
    parts = _from_html(source) if source.html is not None else _from_text(source)
    if not _LETTER.search(parts.body):
        raise InputError("no article text left after removing page furniture", reason="empty")
    text = f"{parts.title}\n\n{parts.body}" if parts.title else parts.body
    if len(text) > max_chars:
        raise InputError(
            f"the cleaned text has {len(text)} characters; the limit is {max_chars}",
            reason="too_large",
        )
    return Article(
        article_id=stable_id("art", text),
        origin=source.origin,
        text=text,
        title=parts.title,
        url=source.url,
        outlet=parts.outlet,
        published=parts.published,
        published_from=parts.published_from,
        language=source.language or detect_language(text),
        fingerprint=simhash(parts.body),
    )


def _from_text(source: Source) -> _Parts:
    text = normalize_text(source.text or "")
    hint = _one_line(source.title) if source.format != "text" else None
    cleaned = strip_furniture(text, title=hint)
    published, published_from = _published(source.published, None, text)
    outlet = source.outlet or outlet_from_url(source.url)
    return _Parts(cleaned.title, cleaned.body, published, published_from, outlet)


def _from_html(source: Source) -> _Parts:
    page = extract_page(source.html or "", source.url)
    text = normalize_text(page.text)
    title = _one_line(source.title) or _one_line(page.title)
    cleaned = strip_furniture(text, title=title)
    published, published_from = _published(source.published, page.published, text)
    outlet = source.outlet or page.site or outlet_from_url(source.url)
    return _Parts(cleaned.title, cleaned.body, published, published_from, outlet)


def _published(
    given: dt.date | None, page: dt.date | None, text: str
) -> tuple[dt.date | None, Literal["metadata", "text"] | None]:
    if given or page:
        return given or page, "metadata"
    from_text = find_dateline(text)
    return (from_text, "text") if from_text else (None, None)


def _one_line(title: str | None) -> str | None:
    if not title:
        return None
    return " ".join(normalize_text(title).split()) or None
