"""Format detection by content: WARC, JSONL, RSS/Atom, HTML or plain text."""

from __future__ import annotations

import codecs
import re
from typing import Literal

Format = Literal["text", "html", "jsonl", "warc", "feed"]
FORMATS: tuple[str, ...] = ("text", "html", "jsonl", "warc", "feed")

# a doctype may carry an internal subset: <!DOCTYPE rss [ <!ENTITY ...> ]>
_PROLOG = re.compile(
    r"^(\s*(<\?xml[^>]*\?>|<!--.*?-->|<!doctype[^>\[]*(\[.*?\]\s*)?>))*\s*", re.S | re.I
)
_FEED_ROOT = re.compile(r"<(rss|feed|rdf:rdf)\b", re.I)
_HTML_TAG = re.compile(
    r"<(!doctype html|html|head|body|article|main|div|p|h1|h2|title|meta|section|span|br)\b", re.I
)
_FEED_TYPES = ("rss", "atom", "rdf")


def sniff_text(head: bytes) -> str:
    """A lenient decoding of the first bytes, good enough to recognise a format."""
    sample = head[:8192]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return sample.decode("utf-16", errors="replace")
    if sample.count(0) > len(sample) // 4:
        odd = sample[1::2].count(0) > sample[0::2].count(0)
        return sample.decode("utf-16-le" if odd else "utf-16-be", errors="replace")
    return sample.decode("utf-8", errors="replace").lstrip("\ufeff")


def detect_format(head: bytes, content_type: str | None = None) -> Format:
    """Recognise the format of a document from its first bytes (and a Content-Type hint)."""
    text = sniff_text(head).lstrip()
    if text.startswith("WARC/"):
        return "warc"
    if text.startswith("{"):
        return "jsonl"
    if text.startswith("<"):
        body = _PROLOG.sub("", text[:4096], count=1)
        if _FEED_ROOT.match(body) or _FEED_ROOT.search(body[:300]):
            return "feed"
        return "html"
    if len(_HTML_TAG.findall(text[:4096])) >= 3:
        return "html"
    return _from_content_type(content_type) or "text"


def _from_content_type(content_type: str | None) -> Format | None:
    kind = (content_type or "").lower()
    if any(name in kind for name in _FEED_TYPES):
        return "feed"
    if "html" in kind:
        return "html"
    if "warc" in kind:
        return "warc"
    return None
