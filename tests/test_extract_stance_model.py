"""The learned stance reader (contested.extract.stance_model): training, weights, and what it
adds to the rules, with the real MiniLM model and the shipped weights."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import numpy as np
import pytest

from contested.extract import Extractor
from contested.extract.actors import ActorLexicon, load_actors
from contested.extract.stance import _rule_stances, find_stances
from contested.extract.stance_model import (
    COMPONENT,
    KINDS,
    WEIGHTS,
    best_threshold,
    load_model,
    sentence_stance,
    train,
)
from contested.ids import stable_id
from contested.types import Article, Span


@pytest.fixture(scope="module")
def lex() -> ActorLexicon:
    return load_actors()


@pytest.fixture
def fresh_model(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    """The process's model is read again after the test changes the environment."""
    sentence_stance.cache_clear()
    yield monkeypatch
    monkeypatch.undo()
    sentence_stance.cache_clear()


def _stances(lex: ActorLexicon, text: str, speaker: str | None) -> list[tuple[str, str | None]]:
    hits = lex.find(text, context_countries=("SY", "PS", "IQ"))
    return [(s.kind, s.actor) for s in find_stances(text, Span(0, len(text)), hits, speaker)]


def _rules(lex: ActorLexicon, text: str, speaker: str | None) -> list[tuple[str, str | None]]:
    hits = lex.find(text, context_countries=("SY", "PS", "IQ"))
    return [(s.kind, s.actor) for s in _rule_stances(text, Span(0, len(text)), hits, speaker)]


def test_training_is_deterministic_and_separates_the_kinds() -> None:
    rng = np.random.default_rng(7)
    centres = rng.normal(size=(4, 16))
    vectors, labels, groups = [], [], []
    for i in range(160):
        kind = i % 4  # 0..2: a stance kind, 3: none
        vectors.append(centres[kind] + 0.3 * rng.normal(size=16))
        labels.append(frozenset([KINDS[kind]]) if kind < 3 else frozenset())
        groups.append(f"g{i % 4 + i // 80}")
    x = np.asarray(vectors, dtype=np.float32)
    first = train(x, labels, groups, "test-embedder")
    again = train(x, labels, groups, "test-embedder")
    assert first.to_json() == again.to_json() and first.digest == again.digest
    assert first.component == f"{COMPONENT}:{first.digest}"
    predicted = first.kinds(x)
    assert sum(p == y for p, y in zip(predicted, labels, strict=True)) >= 150


def test_the_threshold_favours_precision() -> None:
    scores = [0.9, 0.8, 0.7, 0.6, 0.55, 0.5, 0.4]
    truth = [True, True, True, False, True, False, False]
    assert best_threshold(scores, truth) == 0.7  # F0.5: three right, none wrong


def test_the_shipped_weights_load() -> None:
    model = load_model(WEIGHTS)
    assert model.weights.shape == (len(KINDS), 384)
    assert model.component.startswith("extract.stance-model@1:") and len(model.digest) == 8
    assert all(0.3 <= t <= 0.95 for t in model.thresholds)


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        # ("had taken no part" is a rule since session 6, "had no connection" since session 8;
        # this wording is still the model's)
        ("Officials in Ankara said Turkish units had never been anywhere near the incident.",
         "Turkey", [("denial", "Turkey")]),
        ("Hamas said the accusation was a shameless fabrication and that its fighters were "
         "elsewhere.", "Hamas", [("denial", "Hamas")]),
        ("Kataib Hezbollah said it wanted nothing to do with the rocket fire on the base.",
         "Kataib Hezbollah", [("denial", "Kataib Hezbollah")]),
        ("The spokesman said the Zionist regime must answer for this crime.", "Iran",
         [("attribution", "Israel")]),
    ],
)
def test_the_model_reads_wordings_the_rules_miss(
    lex: ActorLexicon, text: str, speaker: str, expected: list[tuple[str, str]]
) -> None:
    assert _rules(lex, text, speaker) == []
    assert _stances(lex, text, speaker) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Pentagon did not say whether anyone was killed.",
        "The Israeli military did not comment on reported casualties.",
        "The statement gave no casualty figures for the strikes.",
        "There was no immediate claim of responsibility.",
        "Syria accused the United States of supporting terrorist factions.",
        "Unidentified gunmen shot dead a member of the Syrian Democratic Forces on the road.",
        "The council accused groups linked to the Islah party of the bombing, a charge Islah "
        "has denied in the past.",
    ],
)
def test_the_model_adds_no_denial_or_blame_here(lex: ActorLexicon, text: str) -> None:
    added = set(_stances(lex, text, "United States")) - set(_rules(lex, text, "United States"))
    assert added == set()


def test_the_model_can_be_switched_off(fresh_model: pytest.MonkeyPatch, lex: ActorLexicon) -> None:
    fresh_model.setenv("CONTESTED_STANCE_MODEL", "off")
    assert sentence_stance() is None
    text = "Kataib Hezbollah said it wanted nothing to do with the rocket fire on the base."
    assert _stances(lex, text, "Kataib Hezbollah") == []


def test_a_claim_the_model_read_carries_its_component() -> None:
    text = (
        "BAGHDAD - Rockets hit a US base near Baghdad airport on Sunday, wounding two "
        "soldiers, officials said.\n\nKataib Hezbollah said it wanted nothing to do with the "
        "rocket fire on the base."
    )
    article = Article(
        article_id=stable_id("art", text), origin="test", text=text, title=None, url=None,
        outlet=None, published=dt.date(2020, 3, 15), published_from="metadata",
        language="en",
    )
    claims = [c for m in Extractor().extract(article) for c in m.claims if c.kind == "denial"]
    (denial,) = claims
    assert denial.attributed_to == "Iran-backed groups"  # the party, not its member group
    digest = load_model(WEIGHTS).digest
    assert denial.component == f"extract.claims@11+extract.stance-model@1:{digest}"
