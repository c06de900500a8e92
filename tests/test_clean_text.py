"""Cleaning text dumps: furniture, headline, canonical text, normalisation, metadata."""

from __future__ import annotations

import datetime as dt
import json
import os
from pathlib import Path

import pytest

from contested.clean import clean_source
from contested.clean.furniture import is_furniture, strip_furniture, strip_tagline
from contested.clean.meta import detect_language, outlet_from_url
from contested.clean.normalize import normalize_text
from contested.ids import stable_id
from contested.ingest import read_sources
from contested.types import Article, Rejection, Source

FIXTURES = Path(__file__).parent / "fixtures" / "clean"
SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
FURNITURE_MARKERS = (
    "icon bookmark",
    "Leave a Reply",
    "Your email address",
    "Please enter your",
    "Like this story",
    "READ MORE",
    "See also",
    "Helpful keywords",
    "Syria News",
    "Issue no.",
    "Responsibility for the information",
)


def clean_text(text: str, **fields: object) -> Article:
    article = clean_source(Source(origin="t", format="text", text=text, **fields))  # type: ignore[arg-type]
    assert isinstance(article, Article), article
    return article


def test_fixture_dump_loses_its_furniture() -> None:
    article = clean_text((FIXTURES / "dump_furniture.txt").read_text())
    assert article.title == "Rocket attack hits military airport in Hama, army says"
    assert article.text.startswith(article.title + "\n\nSeveral rockets struck")
    assert article.text.count("Rocket attack hits military airport") == 1
    assert article.text.endswith("north of the city.")
    for gone in (
        "icon",
        "Menu",
        "Home",
        "READ ALSO",
        "Share it",
        "Tags:",
        "Please enter",
        "Most read",
    ):
        assert gone not in article.text
    assert "“most of the projectiles”" in article.text  # curly quotes kept verbatim
    assert (article.published, article.published_from) == (dt.date(2020, 3, 3), "text")


def test_canonical_text_is_title_blank_line_body_and_paragraphs_stay_apart() -> None:
    article = clean_text("Headline of the day\n\n\n\nFirst paragraph here.\n\n\n\nSecond one.\n")
    assert article.text == "Headline of the day\n\nFirst paragraph here.\n\nSecond one."
    assert article.title == "Headline of the day"


def test_a_sentence_first_line_is_not_a_title() -> None:
    article = clean_text("The army said on Monday that it shot down two drones.\n\nMore text.")
    assert article.title is None
    assert article.text.startswith("The army said")


def test_metadata_title_is_not_repeated_when_the_text_starts_with_it() -> None:
    article = clean_source(
        Source(
            "j#1",
            "jsonl",
            text="Clashes in Tabqa\n\nClashes broke out.",
            title="Clashes in Tabqa",
            url="https://www.example.org/x",
            published=dt.date(2018, 1, 2),
        )
    )
    assert isinstance(article, Article)
    assert article.text == "Clashes in Tabqa\n\nClashes broke out."
    assert (article.outlet, article.published_from) == ("example.org", "metadata")


def test_exact_copies_share_an_id_and_the_id_is_the_text_hash() -> None:
    first = clean_text("Title line here\n\nSame body text.")
    second = clean_text(
        "Search\n\nTitle line here\n\nTitle line here\n\nSame body text.\n\nLeave a Reply"
    )
    assert first.article_id == second.article_id == stable_id("art", first.text)
    assert first.fingerprint == second.fingerprint
    assert -(2**63) <= first.fingerprint < 2**63


def test_normalisation_keeps_quotes_and_fixes_spaces() -> None:
    raw = "Cafe\u0301\u00a0said:\u2009“no”\u200b ‘yes’\r\n\r\n\r\n\r\nNext\tline  here"
    assert normalize_text(raw) == "Café said: “no” ‘yes’\n\nNext line here"


@pytest.mark.parametrize(
    "line",
    [
        "icon arrowicon playicon shareicon",
        "Leave a comment",
        "Please enter your name here",
        "Like this article? Share it with your friends!",
        "READ MORE: Something else happened",
        "See also  Another story",
        "Helpful keywords",
        "Issue no. [",
        "© 2021 Some Outlet",
        "2:14 Flood waters close the river road for a third day",  # a related-video link
        "0:58 'We heard three bangs,' neighbour says",
    ],
)
def test_furniture_lines_are_recognised(line: str) -> None:
    assert is_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "Read more about the strike in our earlier report, which detailed how the convoy "
        "was hit by two missiles near the border crossing after dark.",
        "The ministry said that the coalition's warplanes also targeted a car.",
        "Share prices fell sharply in Damascus on Monday after the strikes.",
        "10:45 GMT: Rockets hit the outskirts of the port",  # a live blog's time of day
        "10:45 Police say the convoy was hit near the bridge.",
    ],
)
def test_article_lines_are_not_furniture(line: str) -> None:
    assert not is_furniture(line)


def test_short_labels_only_at_the_edges() -> None:
    cleaned = strip_furniture(
        "World News\nA headline for us\n\nBody starts.\n\nCasualties\n\nMore body.\n\nTop stories"
    )
    assert cleaned.title == "A headline for us"
    assert cleaned.body == "Body starts.\n\nCasualties\n\nMore body."


def test_empty_after_cleaning_is_rejected() -> None:
    result = clean_source(Source("x", "text", text="Search\n\nLeave a Reply\n\n12345"))
    assert isinstance(result, Rejection) and result.reason == "empty"


def test_too_large_is_rejected() -> None:
    result = clean_source(Source("x", "text", text="word " * 1000), max_chars=100)
    assert isinstance(result, Rejection) and result.reason == "too_large"


def test_outlet_and_language_helpers() -> None:
    assert outlet_from_url("https://www.rt.com/news/430175-us-strikes/") == "rt.com"
    assert outlet_from_url("/local/path.html") is None
    assert outlet_from_url(None) is None
    assert detect_language((FIXTURES / "wire_story.txt").read_text()) == "en"
    assert (
        detect_language("قال المرصد السوري لحقوق الإنسان إن غارة جوية أصابت قرية قرب الحدود")
        == "ar"
    )
    assert detect_language("12 34") is None


def _vote_of_every_paragraph(text: str) -> str | None:
    """The vote without stopping early: every paragraph's language, weighted by its score."""
    from contested.clean.meta import _chunks, _detect_one

    votes: dict[str, float] = {}
    for lang, score in map(_detect_one, _chunks(text)):
        if lang:
            votes[lang] = votes.get(lang, 0.0) + score
    lead = max(votes, key=lambda k: votes[k]) if votes else None
    return lead if lead and votes[lead] >= 0.5 * sum(votes.values()) else None


def test_the_language_vote_stops_only_when_the_rest_cannot_change_it() -> None:
    english = [
        "The regional council approved the new budget for schools and roads on Monday.",
        "Officials said the money would be spent over the next three years in every district.",
        "Residents will be able to comment on the plans at public meetings next month.",
    ]
    spanish = [
        "El consejo regional aprobó el nuevo presupuesto para escuelas y carreteras el lunes.",
        "Los funcionarios dijeron que el dinero se gastará en los próximos tres años.",
        "Los vecinos podrán comentar los planes en reuniones públicas el próximo mes.",
    ]
    german = ["Der Stadtrat hat am Montag den neuen Haushalt für Schulen und Straßen beschlossen."]
    mixes = [english * 2, english + spanish, spanish + english, english[:2] + spanish + german,
             german + english + spanish[:2], spanish * 2, english[:1] + german * 3]
    assert detect_language("\n".join(english * 2)) == "en"
    assert detect_language("\n".join(spanish * 2)) == "es"
    for paragraphs in mixes:
        text = "\n".join(paragraphs)
        assert detect_language(text) == _vote_of_every_paragraph(text), paragraphs


def test_datelines_with_any_year_are_still_found() -> None:
    from contested.clean.dates import find_dateline, is_dateline

    assert is_dateline("Updated: March 5, 2019 10:42 GMT")
    assert is_dateline("2 Dhu al-Hijjah 1442 AH")
    assert not is_dateline("Updated on Tuesday")
    assert find_dateline("Headline\n17/06/2018\nBody text follows here.") == dt.date(2018, 6, 17)


def seed_articles() -> dict[str, tuple[Article, dict[str, object]]]:
    if not SEEDS.is_dir():
        pytest.skip(f"shared seeds not found at {SEEDS}")
    gold = {}
    for line in (SEEDS / "gold.jsonl").read_text().splitlines():
        record = json.loads(line)
        gold[record["file"]] = record
    out = {}
    for source in read_sources([os.path.relpath(SEEDS)]):
        if isinstance(source, Source) and source.origin.endswith(".txt"):
            article = clean_source(source)
            assert isinstance(article, Article), article
            out[Path(source.origin).name] = (article, gold[Path(source.origin).name])
    return out


def test_seeds_lose_furniture_and_keep_every_gold_quote() -> None:
    articles = seed_articles()
    assert len(articles) == 5
    for name, (article, gold) in articles.items():
        for marker in FURNITURE_MARKERS:
            assert marker not in article.text, (name, marker)
        assert "Search" not in article.text.split("\n"), name
        for incident in gold["incidents"]:  # type: ignore[attr-defined]
            for claim in incident["claims"]:
                assert claim["quote"] in article.text, (name, claim["quote"][:60])
        if article.title:
            assert article.text.count(article.title) == 1, name
            assert article.text.startswith(article.title + "\n\n")
        assert article.language == "en"


def test_seed_publication_dates_match_gold() -> None:
    for name, (article, gold) in seed_articles().items():
        expected = gold["published"]
        assert (article.published.isoformat() if article.published else None) == expected, name
        assert article.published_from == ("text" if expected else None)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Two hurt in Elm Street shooting - KXYZ News 9 Springfield, Ohio News Weather & Sports",
         "Two hurt in Elm Street shooting"),
        ("Clerk wounded in robbery | Lakeview News, Weather, Sports - WQRS Channel 3",
         "Clerk wounded in robbery"),
        ("Driver shot on the ring road - riverside24.com", "Driver shot on the ring road"),
        # a clause after the dash, or a place alone, is the story's own
        ("Sudan - state TV says the market was shelled", "Sudan - state TV says the market was shelled"),
        ("Blast at the depot - Kharkiv, Ukraine", "Blast at the depot - Kharkiv, Ukraine"),
        ("Nothing but a tagline - KXYZ News", "Nothing but a tagline"),
    ],
)
def test_an_outlet_tagline_leaves_the_title(title: str, expected: str) -> None:
    assert strip_tagline(title) == expected
    article = clean_text(f"{title}\n\nA man was shot on Elm Street on Tuesday, police said.")
    assert article.title == expected
