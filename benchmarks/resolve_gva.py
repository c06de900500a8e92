"""Incident clustering on the GVA news clusters (SemEval-2018 task 5): pair and B-cubed F1.

    python benchmarks/resolve_gva.py [--limit N] [--embedder minilm|hashing] [--json]
                                     [--cache-dir DIR] [--rebuild] [--errors]
                                     [--gold-fields date,place]

Scores are given for the whole corpus and for its two halves by incident (the GVA incident
ids in numeric order, which is about the order of the shootings): the first half is the one
to fit rules and constants on, the second is held out (report both). All articles are
clustered together; a half's pairs are the gold pairs within it and the system pairs with an
article in it. ``--errors`` buckets the missed and the wrong pairs by cause
(:mod:`resolve_errors`). ``--gold-fields`` tells extraction's share of the errors from
resolution's: it clusters again with every article given its gold incident's date (the GVA
date, day precision) and/or place (the place most of its gold incident's placed articles were
given: GVA gives a city name, not coordinates), and scores that too.

The built mentions and the summaries' vectors are cached (in the temporary directory unless
``--cache-dir``; the mentions by limit and ``MENTIONS_VERSION``, the vectors by summary), so a
second run only clusters; ``--rebuild`` builds the mentions again and embeds only new summaries.

Data: ``../shared/data/gva-semeval2018t5/documents.jsonl`` (6,335 real US news articles on gun
violence, each with the Gun Violence Archive ``incident_id`` it reports: 3,659 incidents).

What runs. GVA is US gun violence, which our event extraction does not type (it reads
airstrikes, shelling, explosions...: on a sample of 40 articles it finds a mention in 8). So the
full pipeline would measure extraction, not clustering. Instead each article becomes one
primary mention built by our own components, with a documented mapping:

* text: the article cleaned by ``contested.clean.clean_source`` (title + content);
* type: ``other`` for every article (all are shootings: type carries no signal here);
* place: ``contested.extract.places`` over the title and lead sentences, with the gazetteer
  looking in the United States (``LookupContext(countries=("US",))``), most specific toponym;
* date: ``contested.extract.dates.resolve_incident_date`` on each lead sentence, anchored
  at the publication date (the corpus ``dct``); the earliest day-precise date not after
  publication is the incident's (a follow-up leads with "sentenced Tuesday" and then "the
  shooting on June 3"), else the first sentence's coarser date; without one, the resolver
  dates the report by its publication date, as it does for any undated report;
* summary: the title and the first three lead sentences (those naming a shooting, a gun, a
  death or the police), which the MiniLM embedder turns into vectors.

Then ``contested.resolve.cluster_all`` clusters all mentions. The naive baseline puts two
articles together when they have the same extracted place and the same publication date.
"""

from __future__ import annotations

import argparse
import csv
import dataclasses
import datetime as dt
import json
import pickle
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import resolve_errors

from contested.clean import clean_source
from contested.extract.dates import (
    DateGuess,
    find_date_expressions,
    first_event_day,
    resolve_expression,
    resolve_incident_date,
)
from contested.extract.names import name_candidates
from contested.extract.places import choose_place, toponyms
from contested.extract.sentences import split_sentences
from contested.gazetteer import open_gazetteer
from contested.gazetteer.model import LookupContext
from contested.resolve import cluster_all
from contested.resolve.cluster import profiles
from contested.resolve.embedding import Embedder, HashingEmbedder, MiniLMEmbedder
from contested.types import Mention, Place, Rejection, Source, Span

Vectors = Any

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "gva-semeval2018t5"
_LEAD = re.compile(r"\b(shot|shoot|shooting|gun|fire[ds]?|killed|dead|died|police|wounded)\b",
                   re.IGNORECASE)
LEAD_SENTENCES = 3
MENTIONS_VERSION = 4  # bump when the mentions are built differently


def read_documents(limit: int | None) -> list[dict[str, str]]:
    path = DATA / "documents.jsonl"
    if not path.exists():
        sys.exit(f"GVA data not found at {path} (../shared is absent)")
    docs = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            docs.append(json.loads(line))
            if limit is not None and len(docs) >= limit:
                break
    return docs


def lead_spans(text: str) -> list[Span]:
    """The title line and the first lead sentences that speak of the shooting."""
    spans: list[Span] = []
    first_line = text.split("\n", 1)[0]
    if first_line.strip():
        spans.append(Span(0, len(first_line)))
    for sentence in split_sentences(text):
        if sentence.span.start < len(first_line):
            continue
        if len(spans) > LEAD_SENTENCES:
            break
        if len(sentence.text) >= 30 and _LEAD.search(sentence.text):
            spans.append(sentence.span)
    return spans


def to_mention(doc: Mapping[str, str], gazetteer: object) -> tuple[Mention, dt.date] | None:
    published = dt.date.fromisoformat(doc["dct"])
    source = Source(origin=doc["id"], format="text", text=f"{doc['title']}\n\n{doc['content']}",
                    url=doc.get("uri"), title=doc["title"], published=published)
    article = clean_source(source)
    if isinstance(article, Rejection):
        return None
    spans = lead_spans(article.text)
    context = LookupContext(countries=("US",))
    place: Place | None = choose_place(toponyms(gazetteer, article.text, spans, context))  # type: ignore[arg-type]
    summary = " ".join(s.of(article.text).strip() for s in spans)
    guess = incident_date(article.text, spans[1:], published)
    mention = Mention(
        mention_id=doc["id"], article_id=doc["id"], role="primary", event_type="other",
        trigger=spans[0] if spans else Span(0, 0), component="benchmarks.resolve_gva",
        date=guess.date if guess else None, date_precision=guess.precision if guess else None,
        place=place, summary=summary, names=name_candidates(article.text),
    )
    return mention, published


def incident_date(text: str, events: Sequence[Span], published: dt.date) -> DateGuess | None:
    """The earliest day-precise date the lead sentences give their own event, else a calendar
    date naming a shooting anywhere in the article ("the Aug. 5 shooting", "killed Nov. 10"),
    else the earliest day-precise date the lead gives, else the first lead sentence's guess, else
    the first day-precise date of an event anywhere in the article (:func:`first_event_day`)."""
    guesses = [resolve_incident_date(text, span, published) for span in events]
    latest = published + dt.timedelta(days=1)  # a page date can lag its text by a day
    known = [g for g in guesses if g is not None and g.date <= latest]
    days = [g for g in known if g.precision == "day"]
    own = [g for g in days if g.own]
    if own:
        return min(own, key=lambda g: g.date)
    named = named_day(text, published)
    if named is not None:
        return named
    if days:
        return min(days, key=lambda g: g.date)
    if guesses and guesses[0] in known:
        return guesses[0]
    return first_event_day(text, published)


def named_day(text: str, published: dt.date) -> DateGuess | None:
    """The first calendar date in ``text`` that names an event, not after publication."""
    for expr in find_date_expressions(text):
        if expr.named and expr.kind in ("date", "month_day"):
            guess = resolve_expression(expr, published)
            if guess is not None and guess.date <= published + dt.timedelta(days=1):
                return guess
    return None


def pairs(groups: Iterable[Iterable[str]]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for group in groups:
        members = sorted(set(group))
        out.update((a, b) for i, a in enumerate(members) for b in members[i + 1 :])
    return out


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0, "tp": tp, "fp": fp,
            "fn": fn}


def pair_scores(system: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    sys_pairs = pairs(_groups(system).values())
    gold_pairs = pairs(_groups(gold).values())
    tp = len(sys_pairs & gold_pairs)
    return prf(tp, len(sys_pairs) - tp, len(gold_pairs) - tp)


def bcubed(system: Mapping[str, str], gold: Mapping[str, str]) -> dict[str, float]:
    """B-cubed precision/recall/F1 over items (article ids)."""
    sys_groups, gold_groups = _groups(system), _groups(gold)
    precision = recall = 0.0
    for item in gold:
        mine, truth = sys_groups[system[item]], gold_groups[gold[item]]
        both = len(mine & truth)
        precision += both / len(mine)
        recall += both / len(truth)
    p, r = precision / len(gold), recall / len(gold)
    return {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0}


def _groups(assignment: Mapping[str, str]) -> dict[str, set[str]]:
    groups: dict[str, set[str]] = defaultdict(set)
    for item, group in assignment.items():
        groups[group].add(item)
    return groups


def halves(gold: Mapping[str, str]) -> dict[str, set[str]]:
    """Article ids of the first and the second half of the gold incidents (numeric id order)."""
    order = sorted(set(gold.values()), key=lambda i: (len(i), i))
    first = set(order[: len(order) // 2])
    return {"first": {a for a, i in gold.items() if i in first},
            "second": {a for a, i in gold.items() if i not in first}}


def half_scores(system: Mapping[str, str], gold: Mapping[str, str],
                items: set[str]) -> dict[str, dict[str, float]]:
    """Pair and B-cubed scores of the articles ``items``: the gold pairs within them, the
    system pairs with an article among them (a pair across halves is wrong in both)."""
    sys_groups, gold_groups = _groups(system), _groups(gold)
    sys_pairs = {p for p in pairs(sys_groups.values()) if p[0] in items or p[1] in items}
    gold_pairs = {p for p in pairs(gold_groups.values()) if p[0] in items}
    tp = len(sys_pairs & gold_pairs)
    precision = recall = 0.0
    for item in items:
        mine, truth = sys_groups[system[item]], gold_groups[gold[item]]
        precision += len(mine & truth) / len(mine)
        recall += len(mine & truth) / len(truth)
    p, r = precision / len(items), recall / len(items)
    return {"pair": prf(tp, len(sys_pairs) - tp, len(gold_pairs) - tp),
            "bcubed": {"P": p, "R": r, "F1": 2 * p * r / (p + r) if p + r else 0.0}}


def gold_dates() -> dict[str, dt.date]:
    """GVA incident id -> the day of the shooting (``incidents.csv``)."""
    with (DATA / "incidents.csv").open(encoding="utf-8", newline="") as handle:
        return {row["incident_uri"]: dt.datetime.strptime(row["date"], "%B %d, %Y").date()
                for row in csv.DictReader(handle) if row.get("date")}


def with_gold_fields(mentions: Sequence[Mention], gold: Mapping[str, str],
                     fields: Sequence[str]) -> list[Mention]:
    """``mentions`` with their gold incident's date and/or place (:func:`gold_dates`; the place
    most of the incident's placed mentions were given), where known."""
    days = gold_dates() if "date" in fields else {}
    places: dict[str, Counter[Place]] = defaultdict(Counter)
    for m in mentions:
        if m.place is not None:
            places[gold[m.article_id]][m.place] += 1
    out = []
    for m in mentions:
        incident = gold[m.article_id]
        if "place" in fields and places[incident]:
            m = dataclasses.replace(m, place=places[incident].most_common(1)[0][0])
        if incident in days:
            m = dataclasses.replace(m, date=days[incident], date_precision="day")
        out.append(m)
    return out


def baseline(mentions: list[Mention], published: Mapping[str, dt.date]) -> dict[str, str]:
    """Same extracted place (gazetteer id or name) and same publication date."""
    out = {}
    for m in mentions:
        key = (m.place.gazetteer_id or m.place.name.lower()) if m.place else f"none:{m.mention_id}"
        out[m.mention_id] = f"{key}|{published[m.article_id]}"
    return out


class CachedEmbedder:
    """The vectors of the summaries, computed once (see :func:`vectors`)."""

    def __init__(self, calibration: tuple[float, float, float], table: dict[str, Vectors]) -> None:
        self.floor, self.saturation, self.strong = calibration
        self.table = table

    def embed(self, texts: Sequence[str]) -> Vectors:
        import numpy as np

        return np.stack([self.table[t] for t in texts]) if texts else np.zeros((0, 1))


def build(docs: list[dict[str, str]]) -> tuple[list[Mention], dict[str, dt.date]]:
    """One mention per readable article, and the articles' publication dates."""
    gazetteer = open_gazetteer()
    mentions, published = [], {}
    for doc in docs:
        made = to_mention(doc, gazetteer)
        if made is not None:
            mentions.append(made[0])
            published[made[0].article_id] = made[1]
    return mentions, published


def _load(path: Path) -> Any:
    with path.open("rb") as handle:
        return pickle.load(handle)


def _save(path: Path, value: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        pickle.dump(value, handle)


def cached_mentions(
    docs: list[dict[str, str]], args: argparse.Namespace
) -> tuple[list[Mention], dict[str, dt.date]]:
    path = Path(args.cache_dir) / f"contested_gva_mentions_v{MENTIONS_VERSION}_{args.limit}.pkl"
    if path.exists() and not args.rebuild:
        return _load(path)  # type: ignore[no-any-return]
    built = build(docs)
    _save(path, built)
    return built


def cached_vectors(summaries: list[str], args: argparse.Namespace) -> CachedEmbedder:
    """The summaries' vectors; only those not in the cache file are embedded."""
    path = Path(args.cache_dir) / f"contested_gva_vectors_{args.embedder}.pkl"
    table: dict[str, Vectors] = _load(path) if path.exists() else {}
    embedder: Embedder = MiniLMEmbedder() if args.embedder == "minilm" else HashingEmbedder()
    missing = sorted({t for t in summaries if t not in table})
    if missing:
        table.update(zip(missing, embedder.embed(missing), strict=True))
        _save(path, table)
    return CachedEmbedder((embedder.floor, embedder.saturation, embedder.strong), table)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--embedder", choices=["minilm", "hashing"], default="minilm")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--cache-dir", default=tempfile.gettempdir(),
                        help="where the built mentions and the vectors are cached")
    parser.add_argument("--rebuild", action="store_true",
                        help="build the mentions again (the vectors of known summaries are kept)")
    parser.add_argument("--errors", action="store_true",
                        help="bucket the missed and wrong pairs by cause, per half")
    parser.add_argument("--gold-fields", default="",
                        help="also cluster with the gold date and/or place (comma-separated)")
    args = parser.parse_args()
    docs = read_documents(args.limit)
    gold = {d["id"]: d["incident_id"] for d in docs}
    started = time.perf_counter()
    mentions, published = cached_mentions(docs, args)
    embedder = cached_vectors([m.summary for m in mentions], args)
    built = time.perf_counter()
    clusters = cluster_all(mentions, id_for=lambda m: m.mention_id, embedder=embedder,
                           published=published)
    done = time.perf_counter()
    system = {m.mention_id: k for k, members in clusters.items() for m in members}
    for doc_id in gold:  # an article we could not read stays alone
        system.setdefault(doc_id, f"unread:{doc_id}")
    fields = [f for f in args.gold_fields.split(",") if f]
    if fields:
        oracle = cluster_all(with_gold_fields(mentions, gold, fields),
                             id_for=lambda m: m.mention_id, embedder=embedder, published=published)
        given = {m.mention_id: k for k, members in oracle.items() for m in members}
        for doc_id in gold:
            given.setdefault(doc_id, f"unread:{doc_id}")
    naive = baseline(mentions, published)
    for doc_id in gold:
        naive.setdefault(doc_id, f"unread:{doc_id}")
    report = {
        "articles": len(docs), "gold_incidents": len(set(gold.values())),
        "mentions": len(mentions), "placed": sum(1 for m in mentions if m.place is not None),
        "system_incidents": len(clusters),
        "contested": {"pair": pair_scores(system, gold), "bcubed": bcubed(system, gold)},
        **{f"contested_{half}_half": half_scores(system, gold, items)
           for half, items in halves(gold).items()},
        "baseline_same_place_and_date": {"pair": pair_scores(naive, gold),
                                         "bcubed": bcubed(naive, gold)},
        **({f"with_gold_{'_'.join(fields)}": {"pair": pair_scores(given, gold),
                                                "bcubed": bcubed(given, gold)},
            **{f"with_gold_{'_'.join(fields)}_{half}_half": half_scores(given, gold, items)
               for half, items in halves(gold).items()}} if fields else {}),
        "seconds": {"mentions_and_vectors": round(built - started, 1), "cluster": round(done - built, 1)},
        "embedder": args.embedder,
    }
    if args.errors:
        found = {p.mention.mention_id: p for p in profiles(mentions, embedder, published)}
        for half, items in halves(gold).items():
            part = {k: v for k, v in gold.items() if k in items}
            print(f"== {half} half ==")
            print(resolve_errors.report(resolve_errors.buckets(system, part, found)))
    if args.json:
        print(json.dumps(report, indent=2))
        return
    print(f"articles {report['articles']}  gold incidents {report['gold_incidents']}  "
          f"placed {report['placed']}/{report['mentions']}  system incidents {len(clusters)}")
    print(f"{'':34} {'pair P':>7} {'pair R':>7} {'pair F1':>7} {'B3 P':>6} {'B3 R':>6} {'B3 F1':>6}")
    rows = ["contested", "contested_first_half", "contested_second_half"]
    if fields:
        rows += [f"with_gold_{'_'.join(fields)}{half}" for half in ("", "_first_half",
                                                                     "_second_half")]
    for name in [*rows, "baseline_same_place_and_date"]:
        pair, b3 = report[name]["pair"], report[name]["bcubed"]  # type: ignore[index]
        print(f"{name:34} {pair['P']:7.3f} {pair['R']:7.3f} {pair['F1']:7.3f} "
              f"{b3['P']:6.3f} {b3['R']:6.3f} {b3['F1']:6.3f}")
    print(f"seconds: {report['seconds']}")


if __name__ == "__main__":
    main()
