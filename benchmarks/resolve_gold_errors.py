"""Which article pairs and contradiction flags a gold set gets wrong, and the incidents behind.

    python benchmarks/resolve_gold_errors.py GOLD.jsonl [--db PATH]

Runs the pipeline on the gold file's articles (as ``contested eval`` does) and lists the wrong
and missed article pairs (gold incident ids, with the system incident's place, date and type of
each side) and the spurious and missed contradiction flags (with the system's details).
"""

from __future__ import annotations

import argparse
import itertools
import tempfile
from pathlib import Path

from contested import pipeline
from contested.evaluate import load_gold, system_output
from contested.evaluate.metrics import gold_flags, incident_map
from contested.store import open_store


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


if __name__ == "__main__":
    main()
