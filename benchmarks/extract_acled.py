"""ACLED coder notes -> fatalities, sub-event type, date and place (not a test; prints figures).

    python benchmarks/extract_acled.py [--misses N] [--keep-tally]

Data: ../shared/data/acled (two weeks of 2020, global; never copied into the repository).
Each row's ``notes`` is read as an article published on its ``event_date``.

- Rows: the violent event types we model (Battles, Explosions/Remote violence, Violence against
  civilians); protests, riots and strategic developments are left out.
- Fatalities, exact match of the killed figure of the primary mention (the largest killed value
  among its casualty claims; none read = 0, ACLED's own convention). Rows whose toll is ACLED's
  placeholder are skipped: the note says so ("Unknown fatalities coded as 10", "Several
  fatalities coded as 3") or the toll is split between several events ("split between 3
  events", "spread between 3 locations"). By default the coder's closing tally sentence
  ("1 fatality.", "3 fatalities.") is removed first, so the toll is read from the narrative;
  ``--keep-tally`` keeps it.
- Sub-event type accuracy over rows whose ACLED sub-event type is one of ours (see
  ``extract_typing.ACLED_SUB_EVENT``).
- Date: the primary mention's date equals ``event_date``; place: within 25 km of ACLED's point
  (rows with geo_precision 1 only).
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
import time
from dataclasses import dataclass

from extract_typing import ACLED_SUB_EVENT, SHARED, confusion, primary, snippet_article

from contested.extract import Extractor
from contested.gazetteer import haversine_km
from contested.types import Mention

CSV = SHARED / "acled" / "acled_2020-04-27_2020-05-09.csv"
VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
PLACEHOLDER = re.compile(
    r"coded as \d+|\b(?:split|spread|divided|distributed)\b[^.]{0,40}\bbetween\b", re.I
)
TALLY = re.compile(r"\s*\b(?:\d+|no|[Nn]o) fatalit(?:y|ies)(?: reported)?\.?\s*$")
SIZE = re.compile(r"\s*\[[^\]]*\]\s*$")


@dataclass
class Counts:
    rows: int = 0
    toll_rows: int = 0
    toll_hits: int = 0
    toll_nonzero: int = 0
    toll_nonzero_hits: int = 0
    typed: int = 0
    type_hits: int = 0
    found: int = 0
    dated: int = 0
    date_hits: int = 0
    placed: int = 0
    place_hits: int = 0


def killed(mention: Mention | None) -> int:
    if mention is None:
        return 0
    values = [c.killed for c in mention.claims if c.kind == "casualties" and c.killed is not None]
    return max(values, default=0)


def note_text(notes: str, keep_tally: bool) -> str:
    text = SIZE.sub("", notes.strip())
    return text if keep_tally else TALLY.sub("", text)


def score_row(row: dict[str, str], mention: Mention | None, counts: Counts) -> bool:
    """Adds the row to the counts; True when its fatality figure was compared and missed."""
    counts.rows += 1
    counts.found += mention is not None
    if row["sub_event_type"] in ACLED_SUB_EVENT.values():
        counts.typed += 1
        got = ACLED_SUB_EVENT.get(mention.event_type) if mention else None
        counts.type_hits += got == row["sub_event_type"]
    event_date = dt.datetime.strptime(row["event_date"], "%d-%b-%y").date()
    if mention is not None and mention.date is not None:
        counts.dated += 1
        counts.date_hits += mention.date == event_date
    if row["geo_precision"] == "1" and mention is not None and mention.place is not None:
        place = mention.place
        if place.lat is not None and place.lon is not None:
            counts.placed += 1
            gold = (float(row["latitude"]), float(row["longitude"]))
            counts.place_hits += haversine_km(place.lat, place.lon, *gold) <= 25
    if PLACEHOLDER.search(row["notes"]) or not row["fatalities"].strip().isdigit():
        return False
    gold_toll, got_toll = int(row["fatalities"]), killed(mention)
    counts.toll_rows += 1
    counts.toll_hits += gold_toll == got_toll
    if gold_toll:
        counts.toll_nonzero += 1
        counts.toll_nonzero_hits += gold_toll == got_toll
    return gold_toll != got_toll


def share(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "n/a"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", type=int, default=0)
    parser.add_argument("--keep-tally", action="store_true")
    parser.add_argument("--confusion", action="store_true")
    args = parser.parse_args()
    if not CSV.exists():
        print(f"skip: {CSV} absent")
        return 0
    with CSV.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["event_type"] in VIOLENT]
    extractor, counts, misses = Extractor(), Counts(), []
    gold_types: list[str] = []
    got_types: list[str] = []
    started = time.perf_counter()
    for row in rows:
        event_date = dt.datetime.strptime(row["event_date"], "%d-%b-%y").date()
        text = note_text(row["notes"], args.keep_tally)
        mention = primary(extractor.extract(snippet_article(text, event_date)))
        gold_types.append(row["sub_event_type"])
        got_types.append(ACLED_SUB_EVENT.get(mention.event_type, "?") if mention else "(none)")
        if score_row(row, mention, counts):
            misses.append(f"  gold={row['fatalities']} got={killed(mention)}: {text[:220]}")
    seconds = time.perf_counter() - started
    print(f"ACLED violent rows: {counts.rows} ({seconds:.1f} s); primary incident found: "
          f"{share(counts.found, counts.rows)}")
    print(f"fatalities exact (placeholders skipped): {share(counts.toll_hits, counts.toll_rows)}")
    print(f"  of rows with fatalities > 0:           "
          f"{share(counts.toll_nonzero_hits, counts.toll_nonzero)}")
    print(f"sub-event type accuracy:                 {share(counts.type_hits, counts.typed)}")
    print(f"date exact (of mentions dated):          {share(counts.date_hits, counts.dated)}")
    print(f"place within 25 km (geo_precision 1, of placed): "
          f"{share(counts.place_hits, counts.placed)}")
    for line in misses[: args.misses]:
        print(line)
    if args.confusion:
        print(confusion(gold_types, got_types))
    return 0


if __name__ == "__main__":
    sys.exit(main())
