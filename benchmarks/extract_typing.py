"""Shared by the extraction benchmarks: run the extractor on a bare snippet, map our event types
to ACLED sub-event types, and compute weighted F1. Not a test."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from contested.extract import Extractor
from contested.ids import stable_id
from contested.types import Article, Mention

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"

# Our event type -> the ACLED sub-event type it corresponds to. ACLED codes drone attacks by
# non-state groups as "Air/drone strike", and has one sub-type for shelling, rockets and missiles.
# Our "other" is an attack with no weapon-specific trigger ("gunmen attacked", "opened fire",
# "militants killed"), and a ground raid is one-sided armed violence: both are ACLED's "Attack".
ACLED_SUB_EVENT: dict[str, str] = {
    "airstrike": "Air/drone strike",
    "drone_strike": "Air/drone strike",
    "drone_attack": "Air/drone strike",
    "shelling": "Shelling/artillery/missile attack",
    "missile_strike": "Shelling/artillery/missile attack",
    "rocket_attack": "Shelling/artillery/missile attack",
    "explosion": "Remote explosive/landmine/IED",
    "armed_clash": "Armed clash",
    "ground_raid": "Attack",
    "other": "Attack",
}
NO_INCIDENT = "(no incident)"


def snippet_article(text: str, published: dt.date | None = None) -> Article:
    """A bare article for a snippet: no headline, the given publication date."""
    return Article(
        article_id=stable_id("art", text), origin="snippet", text=text, title=None, url=None,
        outlet=None, published=published, published_from="metadata" if published else None,
        language="en",
    )


def primary(mentions: Sequence[Mention]) -> Mention | None:
    return next((m for m in mentions if m.role == "primary"), None)


def predicted_sub_event(extractor: Extractor, article: Article) -> str:
    """The ACLED sub-event type of the article's primary mention, or NO_INCIDENT / 'Other'."""
    mention = primary(extractor.extract(article))
    if mention is None:
        return NO_INCIDENT
    return ACLED_SUB_EVENT.get(mention.event_type, "Other")


def weighted_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    """Support-weighted mean of per-class F1 over the gold classes (sklearn's 'weighted')."""
    support = Counter(gold)
    total = 0.0
    for label, count in support.items():
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, pred, strict=True))
        fn = count - tp
        f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        total += f1 * count
    return total / len(gold)


def confusion(gold: Sequence[str], pred: Sequence[str]) -> str:
    rows = Counter(zip(gold, pred, strict=True))
    return "\n".join(f"  {n:4d}  {g} -> {p}" for (g, p), n in rows.most_common() if g != p)
