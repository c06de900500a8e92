"""Incident dates on the GVA news clusters: how often the date the GVA benchmark gives an article
(or, undated, its publication day) falls within a day of its incident's date (``incidents.csv``), by the article's lag.

    python benchmarks/gva_dates.py [--limit N] [--examples K] [--lag fresh|follow|late]

Dates are chosen exactly as ``resolve_gva.py`` chooses them (:func:`resolve_gva.incident_date`
on the cleaned article's lead sentences, anchored at publication); no gazetteer, no clustering,
so it runs in about a minute. Lag = publication day minus the shooting's day: fresh <= 3 days,
follow 4-30 (arrests, charges), late > 30 (trials, sentencing). ``--examples`` prints misdated
articles' lead sentences, to read the causes.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
from collections import Counter

from resolve_gva import gold_dates, incident_date, lead_spans, read_documents

from contested.clean import clean_source
from contested.types import Rejection, Source


def bucket(lag: int) -> str:
    return "fresh" if lag <= 3 else "follow" if lag <= 30 else "late"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--examples", type=int, default=0)
    parser.add_argument("--lag", choices=["fresh", "follow", "late"], default=None)
    args = parser.parse_args()
    truth = gold_dates()
    counts: Counter[tuple[str, str]] = Counter()
    wrong: list[tuple[str, str, dt.date, dt.date | None, dt.date]] = []
    for doc in read_documents(args.limit):
        gold = truth.get(doc["incident_id"])
        published = dt.date.fromisoformat(doc["dct"])
        source = Source(origin=doc["id"], format="text", text=f"{doc['title']}\n\n{doc['content']}",
                        url=doc.get("uri"), title=doc["title"], published=published)
        article = clean_source(source)
        if gold is None or isinstance(article, Rejection):
            continue
        spans = lead_spans(article.text)
        guess = incident_date(article.text, spans[1:], published)
        group = bucket((published - gold).days)
        if guess is None:  # the resolver dates it by its publication day
            outcome = "undated" if abs((published - gold).days) <= 1 else "undated, wrong"
        else:
            outcome = "right" if abs((guess.date - gold).days) <= 1 else "wrong"
        counts[group, outcome] += 1
        if outcome == "wrong" and (args.lag is None or args.lag == group):
            lead = " | ".join(s.of(article.text).strip() for s in spans[1:])
            wrong.append((doc["id"], lead, gold, guess.date if guess else None, published))
    total = sum(counts.values())
    right = sum(v for (_, o), v in counts.items() if o == "right")
    usable = right + sum(v for (_, o), v in counts.items() if o == "undated")
    print(f"articles {total}  date within a day {right} ({right / total:.3f}); with the "
          f"undated dated by publication {usable} ({usable / total:.3f})")
    for group in ("fresh", "follow", "late"):
        row = {o: counts[group, o] for o in ("right", "wrong", "undated", "undated, wrong")}
        print(f"  {group:7} {row}")
    for doc_id, lead, gold, got, published in random.Random(5).sample(
            wrong, min(args.examples, len(wrong))):
        print(f"\n{doc_id} gold {gold} got {got} published {published}\n  {lead[:600]}")


if __name__ == "__main__":
    main()
