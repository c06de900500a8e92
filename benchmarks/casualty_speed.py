"""find_casualties over every sentence of some articles: its CPU time, and its output to diff.

    python benchmarks/casualty_speed.py PATH... [--dump OUT] [--whole] [--numbers] [--acled CSV]

PATHs are what `contested run` reads (files, directories, globs, JSON Lines). Each article is
cleaned as the pipeline cleans it (no triage: every article) and split into sentences;
``find_casualties`` runs on every sentence inside the article text (as the claims step calls
it) and on the sentence's text alone (as ``mentions._follows`` calls it); ``--whole`` adds one
call on each whole article; ``--acled CSV`` adds the ``notes`` of an ACLED export, each note an
article; ``--numbers`` also writes, for every call, where ``numbers``' own patterns
(``QUANTITY_RE``, ``COUNT_RE``, ``NUMBER_RE``) match in the region. ``--dump`` writes one line per call with the figures found, so two
versions of the code can be compared byte for byte::

    PYTHONPATH=/work/main/src python benchmarks/casualty_speed.py X --dump /tmp/a.txt
    PYTHONPATH=src python benchmarks/casualty_speed.py X --dump /tmp/b.txt
    cmp /tmp/a.txt /tmp/b.txt

Printed: the CPU seconds of importing the module (compiling its patterns) and of the calls,
and the calls and figures counted. Not a test (see docs/benchmarks.md, "s8-cpu, session 8").
"""

from __future__ import annotations

import argparse
import csv
import os
import re
import sys
import time
from collections.abc import Iterator
from typing import TextIO


def _articles(paths: list[str], acled: str | None) -> Iterator[tuple[str, str]]:
    """(article id, cleaned text) of every article the paths hold, then the ACLED notes."""
    from contested.clean import clean_source
    from contested.ingest import read_sources
    from contested.types import Article, Source

    for source in read_sources(paths) if paths else ():
        article = clean_source(source) if isinstance(source, Source) else None
        if isinstance(article, Article):
            yield article.article_id, article.text
    if acled:
        with open(acled, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                yield f"acled-{row['data_id']}", row["notes"]


def _number_spans(region: str, start: int, end: int | None) -> str:
    """Where numbers' QUANTITY_RE, COUNT_RE and NUMBER_RE match in the region."""
    stop = len(region) if end is None else end
    return " | ".join(
        repr([m.span() for m in pattern.finditer(region, start, stop)])
        for pattern in _NUMBER_PATTERNS
    )


_NUMBER_PATTERNS: list[re.Pattern[str]] = []


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--acled", default=None, help="an ACLED CSV: each note an article")
    parser.add_argument("--numbers", action="store_true", help="dump numbers' own matches too")
    parser.add_argument("--dump", default=None, help="write every call's figures here")
    parser.add_argument("--whole", action="store_true", help="also each whole article")
    args = parser.parse_args()

    import contested.types  # noqa: F401 (not part of the import timed below)

    started = time.process_time()
    from contested.extract.casualties import find_casualties

    compiled = time.process_time() - started
    if args.numbers:
        from contested.extract import numbers

        _NUMBER_PATTERNS.extend(
            re.compile(p, re.IGNORECASE)
            for p in (numbers.QUANTITY_RE, numbers.COUNT_RE, numbers.NUMBER_RE)
        )
    from contested.extract.sentences import split_sentences

    out: TextIO = open(args.dump, "w", encoding="utf-8") if args.dump else open(os.devnull, "w")  # noqa: SIM115
    articles = calls = figures = 0
    spent = 0.0
    with out:
        for article_id, text in _articles(args.paths, args.acled):
            articles += 1
            regions: list[tuple[str, str, int, int | None]] = []
            for s in split_sentences(text):
                regions.append((f"{article_id}:{s.span.start}", text, s.span.start, s.span.end))
                regions.append((f"{article_id}:{s.span.start}:alone", s.text, 0, None))
            if args.whole:
                regions.append((f"{article_id}:whole", text, 0, None))
            for key, region_text, start, end in regions:
                begun = time.process_time()
                found = find_casualties(region_text, start, end)
                spent += time.process_time() - begun
                calls += 1
                figures += len(found)
                if found:
                    out.write(f"{key}\t{found!r}\n")
                if args.numbers:
                    out.write(f"{key}\tnumbers\t{_number_spans(region_text, start, end)}\n")
    print(f"{articles} articles, {calls} calls, {figures} figures")
    print(f"import (compiling the patterns): {compiled:.2f} CPU s; calls: {spent:.2f} CPU s")
    print(f"python {sys.version.split()[0]}, load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
