"""CASE 2021 Task 2 (fine-grained event classification): event typing, weighted F1.

    python benchmarks/extract_case2021.py [--confusion]

The test set labels 1,019 news snippets with 30 types: 25 ACLED sub-event types plus 5 that are
not in ACLED (disasters, organised crime, diplomacy, attribution). contested types only the
violent incidents its domain is about, with a coarser set, so the comparable figure is computed
on our classes; the gold labels are collapsed to them like this:

    AIR_STRIKE                      -> Air/drone strike     (our airstrike, drone strike, drone attack)
    ART_MISS_ATTACK                 -> Shelling/artillery/missile attack (shelling, missile, rocket)
    REM_EXPLOS, SUIC_BOMB, GRENADE  -> Remote explosive/landmine/IED (our explosion)
    ARMED_CLASH                     -> Armed clash
    ATTACK                          -> Attack                (our ground raid and "other")
    every other label               -> Other                 (no incident found)

Weighted F1 over these six classes is NOT comparable to the published 83.9 (30 classes); it is
printed beside it with the violent-only figures. Data: ../shared/data/case2021-task2 (never
copied into the repository).
"""

from __future__ import annotations

import argparse
import csv
import sys
import time

from extract_typing import (
    NO_INCIDENT,
    SHARED,
    confusion,
    predicted_sub_event,
    snippet_article,
    weighted_f1,
)

from contested.extract import Extractor

TSV = SHARED / "case2021-task2" / "test_set_final_release_with_labels.tsv"
GOLD_CLASS = {
    "AIR_STRIKE": "Air/drone strike",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "SUIC_BOMB": "Remote explosive/landmine/IED",
    "GRENADE": "Remote explosive/landmine/IED",
    "ARMED_CLASH": "Armed clash",
    "ATTACK": "Attack",
}
PUBLISHED_BEST = 83.9


def load() -> list[tuple[str, str]]:
    with TSV.open(encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [(r["EventSnippet"], r["SubType"]) for r in rows]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--confusion", action="store_true")
    args = parser.parse_args()
    if not TSV.exists():
        print(f"skip: {TSV} absent")
        return 0
    rows = load()
    extractor = Extractor()
    started = time.perf_counter()
    raw = [predicted_sub_event(extractor, snippet_article(text)) for text, _ in rows]
    seconds = time.perf_counter() - started
    pred = ["Other" if p == NO_INCIDENT else p for p in raw]
    gold = [GOLD_CLASS.get(label, "Other") for _, label in rows]
    violent = [i for i, g in enumerate(gold) if g != "Other"]
    v_gold, v_pred = [gold[i] for i in violent], [pred[i] for i in violent]
    detected = sum((g != "Other") == (p != "Other") for g, p in zip(gold, pred, strict=True))
    print(f"snippets: {len(rows)} ({len(violent)} of our violent classes); {seconds:.1f} s")
    print(f"weighted F1, 6 coarse classes (ours):        {100 * weighted_f1(gold, pred):.1f}")
    print(f"weighted F1, violent snippets only (5 cls):  {100 * weighted_f1(v_gold, v_pred):.1f}")
    print(f"accuracy, violent snippets only:             "
          f"{100 * sum(g == p for g, p in zip(v_gold, v_pred, strict=True)) / len(violent):.1f}")
    print(f"violent-incident detection accuracy:         {100 * detected / len(rows):.1f}")
    print(f"best published (30 classes, not comparable): {PUBLISHED_BEST}")
    if args.confusion:
        print(confusion(gold, pred))
    return 0


if __name__ == "__main__":
    sys.exit(main())
