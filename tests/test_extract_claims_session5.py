"""Claims read across sentences (contested.extract): a second denier keeps its own name, an
unrelated period count is no toll, a toll inside a rejected accusation is the accuser's, and
pejorative or indirect names of a party are that party."""

from __future__ import annotations

import datetime as dt

import pytest

from contested.extract import Extractor
from contested.extract.actors import ActorLexicon, load_actors
from contested.extract.casualties import find_casualties
from contested.ids import stable_id
from contested.types import Article, Claim


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _claims(extractor: Extractor, text: str) -> list[Claim]:
    article = Article(
        article_id=stable_id("art", text), origin="test", text=text, title=None, url=None,
        outlet=None, published=dt.date(2022, 11, 14), published_from="metadata",
        language="en",
    )
    return [c for m in extractor.extract(article) for c in m.claims]


def test_a_second_denier_is_not_the_previous_claimant(extractor: Extractor) -> None:
    text = (
        "ISTANBUL - A bomb exploded on a busy street on Sunday, killing six people, officials "
        "said.\n\nThe PKK said in a statement that it had no connection with the bombing.\n\n"
        "Mazloum Abdi, commander of the Kurdish-led Syrian Democratic Forces, also denied that "
        "his forces were involved."
    )
    denials = [c for c in _claims(extractor, text) if c.kind == "denial"]
    second = next(c for c in denials if "Mazloum" in c.quote)
    assert second.source.startswith("Mazloum Abdi, commander of")
    assert second.attributed_to == "SDF" and second.source_kind == "military"


def test_a_count_over_a_period_is_no_toll_or_confirmation(extractor: Extractor) -> None:
    text = (
        "SULAIMANIYAH - A drone struck an airfield near Sulaimaniyah on Monday, killing three "
        "counter-terrorism officers, the local directorate said.\n\nTurkey's defence ministry "
        "did not comment on the strike but said its forces had neutralised 12 PKK militants in "
        "northern Iraq over the weekend."
    )
    claims = _claims(extractor, text)
    assert [c.killed for c in claims if c.kind == "casualties"] == [3]
    assert not [c for c in claims if c.kind == "confirmation"]


def test_a_period_count_is_cut_but_a_plain_toll_stays() -> None:
    assert find_casualties("Its forces neutralised 12 militants in the past week.") == []
    assert find_casualties("Over the weekend, a strike killed 12 militants.")[0].value == 12


def test_a_toll_inside_a_rejected_accusation_is_the_accusers(extractor: Extractor) -> None:
    text = (
        "ANKARA - Turkey on Wednesday rejected Iraqi accusations that its forces had killed nine "
        "tourists at a resort in the Kurdistan region, and said the PKK was behind it."
    )
    tolls = [c for c in _claims(extractor, text) if c.kind == "casualties"]
    assert [(c.killed, c.source, c.source_kind) for c in tolls] == [(9, "Iraqi", "government")]


def test_an_unnamed_accuser_gives_no_toll(extractor: Extractor) -> None:
    text = (
        "DAMASCUS - Shells hit a market in Ariha on Monday, witnesses said.\n\nThe military said "
        "it was not true that scores of civilians had died in the shelling."
    )
    claims = _claims(extractor, text)
    assert not [c for c in claims if c.kind == "casualties" and "not true" in c.quote]
    assert [c.kind for c in claims if "not true" in c.quote] == ["denial"]


@pytest.mark.parametrize(
    ("text", "countries", "canonical"),
    [
        ("Zionist warplanes struck the consulate", ("IR",), "Israel"),
        ("the Zionist regime bore full responsibility", ("IR",), "Israel"),
        ("The occupation army claimed that the hospital was hit", ("PS",), "Israel"),
        ("the regime's aircraft bombed the town", ("SY",), "Syrian government"),
        ("the regime’s helicopters dropped barrel bombs", ("SY",), "Syrian government"),
    ],
)
def test_pejorative_and_indirect_names(text: str, countries: tuple[str, ...],
                                       canonical: str) -> None:
    lex: ActorLexicon = load_actors()
    assert [h.canonical for h in lex.find(text, context_countries=countries)] == [canonical]


def test_the_regime_is_no_party_outside_syria() -> None:
    assert load_actors().find("The regime shelled the town", context_countries=("IR",)) == []
