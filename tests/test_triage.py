"""Relevance triage: recall on incident reports, rejection of everyday news, no lost articles."""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pytest

from contested import pipeline
from contested.batch.synthetic import generate
from contested.clean import clean_source
from contested.store import open_store
from contested.triage import _CUES, _CUES_ANY_CASE, COMPONENT, lexicon, triage, triage_text
from contested.types import Article, Source

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
GVA = SHARED / "data" / "gva-semeval2018t5" / "documents.jsonl"
DEMO = Path(__file__).resolve().parents[1] / "demo" / "corpus"

INCIDENTS = [
    "Two civilians were killed when an airstrike hit a market in the town on Tuesday.",
    "Gunmen opened fire on a bus near the checkpoint, the governor said.",
    "A 17-year-old boy was shot in the leg outside a store on Main Street, police said.",
    "Shelling of the eastern district wounded several residents overnight.",
    "The militia ambushed an army patrol, and the clashes lasted until dawn.",
    "Police found a man dead from gunshot wounds in a parked car.",
]
EVERYDAY = [
    "Unions called a two-day strike at the car plant over pay. Talks resume on Monday.",
    "The striker hit the post with a low shot before half-time, and the attack faded.",
    "Doctors want to cut the risk of heart attack among older men. The campaign starts today.",
    "Shares rose after the company announced a fire sale of its logistics arm.",
    "The film's opening shot of the harbour took three weeks to get right.",
]


@pytest.mark.parametrize("text", INCIDENTS)
def test_incident_reports_are_relevant(text: str) -> None:
    verdict = triage_text(text)
    assert verdict.relevant, verdict
    assert verdict.windows and all(0 <= w.start < w.end <= len(text) for w in verdict.windows)


@pytest.mark.parametrize("text", EVERYDAY)
def test_everyday_news_with_ambiguous_words_is_not(text: str) -> None:
    assert not triage_text(text).relevant


# Everyday news whose weak words add up (strike, shot, attack, fire, bombed, injured...) but
# whose beat is plain from its other words: weak cues alone do not make these relevant.
EVERYDAY_BEATS = [
    "United's attack was blunt until the striker's shot flew in off the crossbar. The goalkeeper"
    " was injured in the first half and the coach fears he will miss the rest of the season.",
    "Dock workers' unions began a strike that could hit quarterly earnings; shareholders fear a"
    " fire sale, and investors are braced for more shots at management from the picket lines.",
    "The sequel bombed at the box office, critics fired shots at its director, and the album of"
    " its soundtrack was struck from the charts within a week.",
    "He survived a heart attack last year; doctors fear the disease may strike again, and say"
    " the vaccine trials show symptoms of injured heart muscle are rare.",
]
# Incident reports that also use those beats' words: a strong cue keeps them relevant.
INCIDENTS_WITH_BEATS = [
    "A gunman opened fire outside the stadium after the match, and the league's coach was"
    " wounded, police said.",
    "Shares fell after a car bomb exploded near the bank's headquarters; investors fled.",
    "A man was shot dead at the film's premiere on Friday night.",
]


@pytest.mark.parametrize("text", EVERYDAY_BEATS)
def test_weak_cues_in_everyday_beats_are_not_relevant(text: str) -> None:
    verdict = triage_text(text)
    assert not verdict.relevant, verdict
    assert not triage(_article(text, title="Late strike and shot")).relevant


@pytest.mark.parametrize("text", INCIDENTS_WITH_BEATS)
def test_strong_cues_keep_an_article_of_a_beat_relevant(text: str) -> None:
    assert triage_text(text).relevant


def test_the_same_weak_words_without_a_beat_still_count() -> None:
    text = "Police said the suspects fired shots and attacked the guard, who was injured."
    assert triage_text(text).relevant
    assert not triage_text(text + " The match was in the league's final season.").relevant


def test_windows_are_the_sentences_with_cues() -> None:
    text = "The council met on Monday. A car bomb exploded near the market. Rain is expected."
    windows = triage_text(text).windows
    assert [w.of(text).strip() for w in windows] == ["A car bomb exploded near the market."]


def test_a_headline_counts_when_the_page_is_boilerplate() -> None:
    body = "Sign in to read more. Subscribe to our newsletter. Share this story."
    article = _article(body, title="4-year-old boy shot by stray bullet outside apartments")
    assert not triage_text(body).relevant
    assert triage(article).relevant


def test_synthetic_stream_conflict_kept_everyday_mostly_rejected() -> None:
    kept: Counter[bool] = Counter()
    total: Counter[bool] = Counter()
    for item in generate(600, seed=11):
        total[item.conflict] += 1
        kept[item.conflict] += triage_text(item.title + "\n" + item.text).relevant
    assert kept[True] == total[True] > 30
    rejection = 1 - kept[False] / total[False]
    assert rejection >= 0.99, f"rejected only {rejection:.1%} of non-conflict articles"


def test_triaged_out_articles_are_stored_not_extracted(store_target: str) -> None:
    with open_store(store_target) as store:
        summary = pipeline.run([str(DEMO)], store)
        out = store.triaged_out()
        assert summary.triaged_out == len(out) >= 1
        assert all(store.article(article_id) is not None for article_id in out)
        assert set(store.article_ids()) >= set(out)
        assert summary.new == len(store.article_ids())


def test_triage_changes_no_incident_on_the_demo_corpus(
    tmp_path: Path, new_store_target: Callable[[Path, str], str]
) -> None:
    exports = []
    for flag in (True, False):
        with open_store(new_store_target(tmp_path, f"{flag}.db")) as store:
            pipeline.run([str(DEMO)], store, pipeline.RunOptions(triage=flag))
            exports.append([(i.incident_id, i.killed, i.grade) for i in store.list_incidents()])
    assert exports[0] == exports[1] and exports[0]


def _plain_cues(flags: int, lower: bool) -> re.Pattern[str]:
    """The cue regex as the lexicon reads: one alternation per group, each at word boundaries,
    without the lookahead the triage puts in front to skip non-word positions quickly."""
    casualty, strong, weak = (
        (lexicon.CASUALTY.lower(), lexicon.STRONG.lower(), lexicon.WEAK.lower()) if lower
        else (lexicon.CASUALTY, lexicon.STRONG, lexicon.WEAK))
    return re.compile(
        f"(?P<casualty>{casualty})|(?P<strong>\\b(?:{strong})\\b)|(?P<weak>\\b(?:{weak})\\b)"
        f"|(?P<beat>\\b(?:{lexicon.BEATS})\\b)", flags)


def _cue_texts() -> list[str]:
    """Our sentences, every lexicon word in upper, title and lower case, and random strings
    of letters (with the ones that change length or case oddly: İ, ı, ſ, K), digits,
    punctuation and lexicon words."""
    words = sorted(set(re.findall(r"[a-z]+", lexicon.STRONG + lexicon.WEAK + lexicon.BEATS)))
    texts = [*INCIDENTS, *EVERYDAY, *EVERYDAY_BEATS, *INCIDENTS_WITH_BEATS]
    texts += [" ".join(w.upper() for w in words), " ".join(w.title() for w in words),
              ", ".join(words), "-".join(words)]
    rnd = random.Random(7)
    alphabet = "aAbBiIİıſKkéÉ 0123456789-.,'\n\u00a0\u2019"
    pieces = [*words, "3", "12", "two", "dozens", "were", "killed", "İED", "was shot dead"]
    for _ in range(400):
        texts.append("".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 120))))
        texts.append(" ".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 40))))
    return texts


@pytest.mark.parametrize(("compiled", "flags", "lower"),
                         [(_CUES, 0, True), (_CUES_ANY_CASE, re.IGNORECASE, False)],
                         ids=["lowercased", "any-case"])
def test_the_cue_regex_finds_what_the_plain_alternation_finds(
    compiled: re.Pattern[str], flags: int, lower: bool
) -> None:
    plain = _plain_cues(flags, lower)
    for text in _cue_texts():
        subject = text.lower() if lower else text
        found = [(m.lastgroup, m.span()) for m in compiled.finditer(subject)]
        assert found == [(m.lastgroup, m.span()) for m in plain.finditer(subject)], text


def test_component_id_is_versioned() -> None:
    assert COMPONENT.startswith("triage@")


@pytest.mark.shared
@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is absent")
def test_every_seed_is_relevant() -> None:
    for path in sorted(SEEDS.glob("*.txt")):
        article = clean_source(Source(origin=str(path), format="text", text=path.read_text()))
        assert isinstance(article, Article)
        assert triage(article).relevant, path.name


@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.skipif(not GVA.is_file(), reason="../shared GVA documents are absent")
def test_recall_on_gun_violence_articles() -> None:
    """Every GVA document reports an incident; pages whose text is (nearly) empty are not
    articles (clean rejects them) and are left out."""
    kept = total = 0
    with GVA.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if len(record["content"].strip()) < 200:
                continue
            total += 1
            kept += triage(_article(record["content"], title=record["title"])).relevant
    recall = kept / total
    print(f"triage recall on {total} GVA articles: {recall:.2%}")
    assert recall >= 0.98


def _article(text: str, title: str | None = None) -> Article:
    return Article("a1", "test", text, title, None, None, None, None, "en")
