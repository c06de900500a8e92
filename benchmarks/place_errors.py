"""Place errors per article: the gold place beside the extracted primary mention's place and
the sentence it came from, extraction only (no resolution); only articles off by > 25 km.

    python benchmarks/place_errors.py GOLD.jsonl [GOLD.jsonl ...]

A diagnosis aid: `contested eval` is the score ("incidents placed within 25 km").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from contested.evaluate.gold import load_gold
from contested.extract import Extractor

sys.path.insert(0, str(Path(__file__).parent))
from extract_errors import PLACE_KM, article_of, km, likeness


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    right = min(i for i in (text.find(". ", end), text.find("\n", end), len(text)) if i >= 0)
    return " ".join(text[left : right + 1].split())[:300]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--all", action="store_true", help="also list every primary place")
    args = parser.parse_args()
    extractor = Extractor()
    hits = total = 0
    for path in args.gold:
        raw = {(r["id"], i["incident_id"]): i for line in path.read_text().splitlines() if line.strip()
               for r in [json.loads(line)] for i in r.get("incidents") or ()}
        for gold in load_gold(path):
            if gold.record is not None:
                continue
            article = article_of(gold)
            free = [m for m in extractor.extract(article) if m.role == "primary"]
            if args.all:
                print(f"ALL {gold.gold_id}", [(m.place.name, m.place.country, m.place.geo_precision)
                                              if m.place else None for m in free])
            for inc in gold.primary():
                if inc.lat is None or not free:
                    continue
                best = max(free, key=lambda m, g=inc: likeness(g, m))  # type: ignore[misc]
                free.remove(best)
                total += 1
                dist = km(inc, best)
                if dist is not None and dist <= PLACE_KM:
                    hits += 1
                    continue
                place = best.place
                off = "unplaced" if dist is None else f"{dist:.0f} km off"
                print(f"{gold.gold_id} {inc.incident_id} {off}")
                where = raw.get((gold.gold_id, inc.incident_id), {})
                print(f"  gold: {where.get('place')!r} ({inc.lat}, {inc.lon}) {where.get('admin1')}")
                if place is not None:
                    print(f"  sys:  {place.name} {place.country}/{place.admin1} p{place.geo_precision}"
                          f" {place.feature} {place.gazetteer_id}")
                    print(f"  in:   {_sentence(article.text, place.span.start, place.span.end)}")
                print(f"  trig: {_sentence(article.text, best.trigger.start, best.trigger.end)}")
    print(f"article places within {PLACE_KM:.0f} km: {hits}/{total}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
