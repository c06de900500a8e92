"""Run the whole extractor over one text of ours, as an article with an optional publication day."""

from __future__ import annotations

import datetime as dt

from contested.extract import Extractor
from contested.ids import stable_id
from contested.types import Article, Mention


def extract_text(extractor: Extractor, text: str, published: dt.date | None = None) -> list[Mention]:
    article = Article(
        article_id=stable_id("art", text), origin="test", text=text, title=None, url=None,
        outlet=None, published=published, published_from="metadata" if published else None,
        language="en",
    )
    return list(extractor.extract(article))
