"""Main text and metadata of an HTML page with trafilatura (dates via htmldate)."""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import Any

logger = logging.getLogger(__name__)

# markup only (meta tags, <time>, the URL): a date found in the prose is a "text" date
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}
_BLOCK_TAGS = frozenset({"p", "head", "list", "item", "quote", "table", "row", "code", "cell"})


@dataclass(frozen=True)
class PageText:
    """What trafilatura found on a page; ``text`` has paragraphs separated by blank lines."""

    text: str
    title: str | None
    published: dt.date | None
    site: str | None


def extract_page(html: str, url: str | None) -> PageText:
    """Main text, title, date and site name of an HTML page (empty text when none is found)."""
    import trafilatura

    try:
        document = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:
        logger.debug("trafilatura failed on %s: %s", url, exc)
        document = None
    if document is None:
        return PageText(_fallback_text(html), None, None, None)
    return PageText(
        text=_paragraphs(document) or _fallback_text(html),
        title=_string(getattr(document, "title", None)),
        published=_date(getattr(document, "date", None)),
        site=_string(getattr(document, "sitename", None)),
    )


def _paragraphs(document: Any) -> str:
    """The text of each block element of the extracted body, blank-line separated."""
    body = getattr(document, "body", None)
    if body is None:
        return str(getattr(document, "text", "") or "")
    blocks = []
    for element in body.iter():
        if element.tag in _BLOCK_TAGS and not _has_block_child(element):
            text = " ".join("".join(element.itertext()).split())
            if text:
                blocks.append(text)
    return "\n\n".join(blocks)


def _has_block_child(element: Any) -> bool:
    return any(child.tag in _BLOCK_TAGS for child in element)


def _fallback_text(html: str) -> str:
    """trafilatura's whole-page text, else the text of a fragment (a feed entry's
    ``<description>`` is often bare text or a few inline tags, which trafilatura drops)."""
    import trafilatura

    try:
        return str(trafilatura.html2txt(html) or "") or _fragment_text(html)
    except (ValueError, TypeError, AttributeError, RecursionError, SyntaxError):
        return ""  # lxml's parse errors are SyntaxErrors


def _fragment_text(html: str) -> str:
    from lxml import etree

    root = etree.fromstring(html, etree.HTMLParser(recover=True, no_network=True))
    if root is None:
        return ""
    etree.strip_elements(root, "script", "style", "noscript", "template", with_tail=False)
    return " ".join("".join(root.itertext()).split())


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _string(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None
