"""Which article pairs and contradiction flags a gold set gets wrong, and the incidents behind.

    python benchmarks/resolve_gold_errors.py GOLD.jsonl [--db PATH] [--gold-fields place,date,type]

Runs the pipeline on the gold file's articles (as ``contested eval`` does) and lists the wrong
and missed article pairs (gold incident ids, with the system incident's place, date and type of
each side) and the spurious and missed contradiction flags (with the system's details).

``--gold-fields`` then separates extraction's errors from resolution's: it clusters the stored
mentions again (``cluster_all``, the store's publication days, names and MiniLM) with each
primary mention's place, date or type replaced by its article's gold primary incident's, and
prints the pair scores and the pairs still wrong, each with its primary mentions' pair
features, score and veto (:func:`contested.resolve.features.features`).
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import tempfile
from collections.abc import Sequence
from pathlib import Path

from contested import pipeline
from contested.evaluate import load_gold, system_output
from contested.evaluate.gold import GoldArticle, GoldIncident
from contested.evaluate.metrics import PRF, _pairs, gold_flags, incident_map
from contested.resolve import cluster_all
from contested.resolve.cluster import profiles
from contested.resolve.embedding import default_embedder
from contested.resolve.features import Profile, features, pair_score, vetoed
from contested.store import open_store
from contested.types import Mention, Place


def _describe(store: object, incident_id: str) -> str:
    incident = store.incident(incident_id)  # type: ignore[attr-defined]
    if incident is None:
        return incident_id
    place = incident.place.name if incident.place else "-"
    return (f"{incident_id} {incident.event_type} {place} {incident.date_start}"
            f"..{incident.date_end}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("--db", default=None)
    parser.add_argument("--gold-fields", default="",
                        help="cluster again with gold place,date,type (comma-separated)")
    args = parser.parse_args()
    golds = load_gold(args.gold)
    folder = tempfile.mkdtemp(prefix="contested-gold-errors-")
    db = args.db or str(Path(folder) / "eval.db")
    with open_store(db) as store:
        pipeline.run(sorted({str(g.path) for g in golds}), store)
        out = system_output(store)
        where: dict[str, set[str]] = {}
        for gold in golds:
            article = out.article_of_origin.get(gold.origin)
            where[gold.gold_id] = {i.incident_id for i in out.incidents
                                   if article in i.primary_articles}
        truth = {g.gold_id: {i.incident_id for i in g.primary()} for g in golds}
        for a, b in itertools.combinations(sorted(truth), 2):
            same_gold, same_sys = bool(truth[a] & truth[b]), bool(where[a] & where[b])
            if same_gold != same_sys:
                kind = "MISSED" if same_gold else "WRONG"
                print(f"{kind} {a} {sorted(truth[a])} / {b} {sorted(truth[b])}")
                for side in (a, b):
                    for incident_id in sorted(where[side]):
                        print(f"    {side}: {_describe(store, incident_id)}")
        expected = gold_flags(golds)
        mapping = incident_map(golds, out)
        back = {s.incident_id: gid for gid, s in mapping.items()}
        predicted: dict[tuple[str, str], str] = {}
        for incident in out.incidents:
            key = back.get(incident.incident_id, incident.incident_id)
            for field in incident.contradiction_fields:
                predicted[(key, field)] = incident.incident_id
        for flag in sorted(set(predicted) - expected):
            print(f"SPURIOUS FLAG {flag} on {_describe(store, predicted[flag])}")
            for c in store.incident(predicted[flag]).contradictions:  # type: ignore[union-attr]
                if c.field == flag[1]:
                    print(f"    {c.detail}")
        for flag in sorted(expected - set(predicted)):
            found = mapping.get(flag[0])
            print(f"MISSED FLAG {flag} (system incident "
                  f"{_describe(store, found.incident_id) if found else 'none'})")
        if args.gold_fields:
            with_gold_fields(store, golds, out, [f for f in args.gold_fields.split(",") if f])


def _gold_fields(mention: Mention, gold: GoldIncident, fields: Sequence[str]) -> Mention:
    if "place" in fields and gold.lat is not None and gold.lon is not None:
        place = Place(gold.incident_id, gold.country, None, gold.lat, gold.lon, 1, None)
        mention = dataclasses.replace(mention, place=place)
    if "date" in fields and gold.date is not None:
        mention = dataclasses.replace(mention, date=gold.date,
                                      date_precision=gold.date_precision or "day")
    if "type" in fields and gold.type:
        mention = dataclasses.replace(mention, event_type=gold.type.replace(" ", "_"))
    return mention


def _explain(a: Profile, b: Profile) -> str:
    """One primary pair's features, score and veto, with each side's date and type."""
    values = " ".join(f"{k} {'-' if v is None else f'{v:.2f}'}" for k, v in features(a, b).items())
    sides = " / ".join(f"{p.mention.event_type} {p.interval[0] if p.interval else None}"
                       f"{' inferred' if p.inferred else ''}" for p in (a, b))
    return (f"{sides}: {values}; score {pair_score(a, b):.3f}"
            f"{' VETOED' if vetoed(a, b) else ''}")


def with_gold_fields(store: object, golds: Sequence[GoldArticle], out: object,
                     fields: Sequence[str]) -> None:
    """Cluster the stored mentions again, primary ones given their gold ``fields``; print the
    pair scores and the pairs still wrong."""
    origin = out.article_of_origin  # type: ignore[attr-defined]
    gold_of = {origin.get(g.origin): g for g in golds}
    stored = {m.mention_id: m for i in out.incidents  # type: ignore[attr-defined]
              for m in store.mentions_of(i.incident_id)}  # type: ignore[attr-defined]
    mentions = []
    for m in stored.values():
        gold = gold_of.get(m.article_id)
        primary = gold.primary() if gold is not None else ()
        mentions.append(_gold_fields(m, primary[0], fields)
                        if primary and m.role == "primary" else m)
    published = store.published_dates(  # type: ignore[attr-defined]
        [m.article_id for m in mentions])
    embedder = default_embedder()
    clusters = cluster_all(mentions, lambda m: m.mention_id, embedder=embedder,
                           published=published)
    where: dict[str, set[str]] = {}
    for key, members in clusters.items():
        for m in members:
            if m.role == "primary" and m.article_id in gold_of:
                where.setdefault(gold_of[m.article_id].gold_id, set()).add(key)
    truth = {g.gold_id: {i.incident_id for i in g.primary()} for g in golds}
    gold_pairs = _pairs(truth)
    sys_pairs = _pairs({gold_id: where.get(gold_id, set()) for gold_id in truth})
    found = {p.mention.mention_id: p for p in profiles(mentions, embedder, published)}
    primaries: dict[str, list[Profile]] = {}
    for m in mentions:
        if m.role == "primary" and m.article_id in gold_of:
            primaries.setdefault(gold_of[m.article_id].gold_id, []).append(found[m.mention_id])
    for a, b in sorted(gold_pairs ^ sys_pairs):
        kind = "MISSED" if (a, b) in gold_pairs else "WRONG"
        print(f"  with gold {','.join(fields)}: {kind} {a} / {b}")
        for x, y in itertools.product(primaries.get(a, []), primaries.get(b, [])):
            print(f"      {_explain(x, y)}")
    prf = PRF(len(gold_pairs & sys_pairs), len(sys_pairs - gold_pairs),
              len(gold_pairs - sys_pairs))
    print(f"WITH GOLD {','.join(fields)}: pairs tp {prf.tp} fp {prf.fp} fn {prf.fn}: "
          f"P {prf.precision or 0.0:.3f} R {prf.recall or 0.0:.3f} F1 {prf.f1 or 0.0:.3f}")


if __name__ == "__main__":
    main()
