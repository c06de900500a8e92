"""Run the whole extractor over one text of ours, as an article with an optional publication day."""

from __future__ import annotations

import datetime as dt

from contested.extract import Extractor
from contested.extract.actors import load_actors
from contested.extract.stance import find_stances
from contested.ids import stable_id
from contested.types import Article, Claim, Mention, Span


def extract_text(extractor: Extractor, text: str, published: dt.date | None = None) -> list[Mention]:
    article = Article(
        article_id=stable_id("art", text), origin="test", text=text, title=None, url=None,
        outlet=None, published=published, published_from="metadata" if published else None,
        language="en",
    )
    return list(extractor.extract(article))


def extract_claims(extractor: Extractor, text: str) -> list[Claim]:
    """Every claim of every mention the extractor finds in one text of ours."""
    return [c for m in extract_text(extractor, text) for c in m.claims]


def rule_stances(
    sentence: str, country: str = "SY", claimant: str | None = None
) -> list[tuple[str, str]]:
    """(kind, actor) of the stance rules' findings in one sentence, actors read with
    ``country`` as the article's context."""
    hits = load_actors().find(sentence, context_countries=[country])
    found = find_stances(sentence, Span(0, len(sentence)), hits, claimant)
    return [(s.kind, s.actor or "") for s in found if s.component.startswith("extract.stance@")]
