"""Event errors per article: gold incidents beside the extracted mentions (type, role, date,
place), extraction only (no resolution), printed only where they disagree.

    python benchmarks/extract_errors.py GOLD.jsonl [GOLD.jsonl ...] [--all]

A diagnosis aid, not a score: `contested eval` is the score. A gold primary incident is paired
with the extracted primary mention of its article most like it (type, date, place within 25 km);
each field that disagrees is printed with the mention's triggers and place.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from contested.clean import clean_source
from contested.evaluate.gold import GoldArticle, GoldIncident, gold_types, load_gold
from contested.evaluate.metrics import haversine_km
from contested.extract import Extractor
from contested.ingest import read_sources
from contested.types import Article, Mention

PLACE_KM = 25.0


def article_of(gold: GoldArticle) -> Article:
    source = next(iter(read_sources([str(gold.path)])))
    article = clean_source(source)  # type: ignore[arg-type]
    assert isinstance(article, Article), article
    return article


def km(gold: GoldIncident, mention: Mention) -> float | None:
    place = mention.place
    if place is None or place.lat is None or gold.lat is None or gold.lon is None:
        return None
    return haversine_km(gold.lat, gold.lon, place.lat, place.lon)


def likeness(gold: GoldIncident, mention: Mention) -> float:
    score = float(mention.event_type in gold_types(gold.type))
    if gold.date and mention.date:
        score += 1 / (1 + abs((gold.date - mention.date).days))
    dist = km(gold, mention)
    if dist is not None:
        score += 1 / (1 + dist / PLACE_KM)
    return score


def describe(article: Article, mention: Mention) -> str:
    text = article.text
    trigger = mention.trigger.of(text)
    place = mention.place
    where = f"{place.name} ({place.country}, p{place.geo_precision})" if place else "-"
    return (
        f"{mention.role:10} {mention.event_type:14} trigger={trigger!r} date={mention.date} "
        f"place={where}"
    )


def errors(gold: GoldArticle, article: Article, mentions: tuple[Mention, ...]) -> list[str]:
    lines: list[str] = []
    free = [m for m in mentions if m.role == "primary"]
    for inc in gold.incidents:
        if inc.role != "primary":
            continue
        if not free:
            lines.append(f"  MISSED {inc.incident_id} {inc.type} {inc.date} ({inc.lat}, {inc.lon})")
            continue
        best = max(free, key=lambda m, g=inc: likeness(g, m))  # type: ignore[misc]
        free.remove(best)
        wrong = []
        if best.event_type not in gold_types(inc.type):
            wrong.append(f"type (gold {inc.type})")
        if inc.date and (best.date is None or abs((best.date - inc.date).days) > 1):
            wrong.append(f"date (gold {inc.date})")
        dist = km(inc, best)
        if inc.lat is not None and (dist is None or dist > PLACE_KM):
            off = "unplaced" if dist is None else f"{dist:.0f} km off"
            wrong.append(f"place ({off}; gold ({inc.lat}, {inc.lon}))")
        for field in wrong:
            lines.append(f"  {inc.incident_id} {field}: {describe(article, best)}")
    for extra in free:
        lines.append(f"  EXTRA primary: {describe(article, extra)}")
    backgrounds = [i for i in gold.incidents if i.role == "background"]
    found = [m for m in mentions if m.role == "background"]
    if len(backgrounds) != len(found):
        lines.append(f"  background: gold {len(backgrounds)}, extracted {len(found)}")
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--all", action="store_true", help="print every mention of every article")
    args = parser.parse_args()
    extractor = Extractor()
    for path in args.gold:
        for gold in load_gold(path):
            if gold.record is not None:
                print(f"{gold.gold_id}: a record inside a container, skipped")
                continue
            article = article_of(gold)
            mentions = extractor.extract(article)
            lines = errors(gold, article, mentions)
            if lines or args.all:
                print(f"{gold.gold_id} {gold.path.name}")
                print("\n".join(lines))
            if args.all:
                for mention in mentions:
                    print(f"    {describe(article, mention)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
