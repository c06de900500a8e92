"""Speed of the extract stage alone on real article text (not a test; prints figures).

    python benchmarks/extract_speed.py [--limit N] [--profile]

Reads the GVA news documents (SemEval-2018 Task 5) from ../shared/data, cleans them first
(cleaning is not timed), then times ``Extractor.extract`` over every article in one process.
Prints articles/s (wall clock, and per CPU-second of this one process, which a shared,
loaded machine depresses less), mentions found, peak RSS and the load average.
Data comes from ../shared/data beside the repository and is never copied into it.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

from contested.clean import clean_source
from contested.extract import Extractor
from contested.types import Article, Source

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DOCUMENTS = SHARED / "gva-semeval2018t5" / "documents.jsonl"


def load_articles(limit: int | None) -> list[Article]:
    articles: list[Article] = []
    with DOCUMENTS.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                break
            doc = json.loads(line)
            source = Source(
                origin=f"gva#{doc['id']}", format="jsonl", text=doc["content"],
                title=doc.get("title"), url=doc.get("uri"),
            )
            cleaned = clean_source(source)
            if isinstance(cleaned, Article):
                articles.append(cleaned)
    return articles


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    if not DOCUMENTS.exists():
        print(f"skip: {DOCUMENTS} absent")
        return 0
    articles = load_articles(args.limit)
    extractor = Extractor()
    extractor.extract(articles[0])  # load the gazetteer and lexicons before timing
    chars = sum(len(a.text) for a in articles)
    if args.profile:
        import cProfile
        import pstats

        def run() -> None:
            for article in articles:
                extractor.extract(article)

        cProfile.runctx("run()", {"run": run}, {}, "/tmp/extract_speed.prof")
        pstats.Stats("/tmp/extract_speed.prof").sort_stats("cumulative").print_stats(30)
        return 0
    started, cpu_started = time.perf_counter(), time.process_time()
    mentions = sum(len(extractor.extract(a)) for a in articles)
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_started
    print(f"articles: {len(articles)} ({chars / len(articles):.0f} chars on average)")
    print(f"extract: {seconds:.1f} s wall, {len(articles) / seconds:.1f} articles/s; "
          f"{cpu:.1f} s CPU, {len(articles) / cpu:.1f} articles per CPU-second (one core); "
          f"{mentions} mentions")
    print(f"peak RSS: {peak_rss_mb():.0f} MB; load average: {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
