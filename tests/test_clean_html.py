"""Cleaning HTML pages and container records read by the ingest stage."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from contested.clean import clean_source
from contested.ingest import read_sources
from contested.types import Article, Source

INGEST = Path(__file__).parent / "fixtures" / "ingest"


def cleaned(path: Path) -> list[Article]:
    out = []
    for source in read_sources([str(path)]):
        if isinstance(source, Source):
            article = clean_source(source)
            assert isinstance(article, Article), article
            out.append(article)
    return out


def test_html_page_main_text_without_nav_footer_or_comments() -> None:
    (article,) = cleaned(INGEST / "page.html")
    assert article.title == "Drone strike hits fuel depot near Mayadin"
    assert article.text.startswith(article.title + "\n\n")
    assert article.text.count(article.title) == 1
    for gone in (
        "Subscribe",
        "Leave a Reply",
        "First!",
        "All rights reserved",
        "Privacy",
        "Markets",
    ):
        assert gone not in article.text
    assert "“We heard two explosions and then the whole yard was burning,”" in article.text
    paragraphs = article.text.split("\n\n")
    assert len(paragraphs) >= 4 and all(p.strip() for p in paragraphs)
    assert (article.published, article.published_from) == (dt.date(2019, 3, 14), "metadata")
    assert article.outlet == "Frontier Herald"
    assert article.language == "en"


def test_feed_entry_with_local_page_is_cleaned_like_the_page() -> None:
    page, entry = cleaned(INGEST / "feed.rss")
    (direct,) = cleaned(INGEST / "page.html")
    assert page.text == direct.text and page.article_id == direct.article_id
    assert page.origin != direct.origin
    assert entry.title == "Shelling reported in Idlib countryside"
    assert entry.text.startswith(entry.title + "\n\nArtillery shelling struck")
    assert entry.outlet == "frontier-herald.example"
    assert (entry.published, entry.published_from) == (dt.date(2019, 3, 15), "metadata")


def test_jsonl_records_use_their_metadata() -> None:
    first, html_record = cleaned(INGEST / "articles.jsonl")
    assert first.text == (
        "Airstrike kills three in Hajin\n\n"
        "An airstrike killed three people in the town of Hajin on Monday, a war monitor said."
    )
    assert (first.outlet, first.published, first.url) == (
        "Example Wire",
        dt.date(2018, 11, 5),
        "https://www.example-wire.com/world/strike-1",
    )
    assert html_record.title == "Clashes near Tabqa"
    assert html_record.outlet == "news.example.org"
    assert "Clashes broke out near Tabqa dam" in html_record.text


def test_html_without_metadata_takes_the_dateline_from_text() -> None:
    html = (
        "<html><body><article><h1>Shelling on the outskirts of Daraa</h1>"
        "<p>Thursday 1 Ramadan 1444 AH</p>"
        "<p>Shelling hit the outskirts of Daraa on Sunday, wounding four people, "
        "a local official said, adding that homes were damaged.</p>"
        "<p>No side commented on the reports by the time of publication.</p>"
        "</article></body></html>"
    )
    article = clean_source(Source("p", "html", html=html))
    assert isinstance(article, Article)
    assert (article.published, article.published_from) == (dt.date(2023, 3, 23), "text")
    assert "Ramadan" not in article.text
