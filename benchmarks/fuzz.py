"""Fuzz campaign (not a test; prints figures): the suite's hypothesis strategies, many times.

    python benchmarks/fuzz.py                  # 15,000 inputs per target, 8 targets: 120,000
    python benchmarks/fuzz.py --per-target 500 --seed 7

Targets: each reader through ``read_sources`` (text, html, jsonl, warc, feed, arbitrary bytes;
detected and forced formats, plain and gzipped), ``clean_source`` and the ``Extractor``; every
readable document goes on through clean and extract. An input "fails" when an exception
escapes, or a rejection uses a catch-all reason that means one did (reader_error,
clean_error, extract_failed), or an extracted span/quote is wrong.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from contested.extract import Extractor
from contested.types import Source
from fuzz_support import FORMAT_STRATEGIES, bytes_checker, paragraphs, process_source, temp_folder


def campaign(name: str, test: Callable[[], None], counter: list[int]) -> tuple[int, str | None]:
    """Run one hypothesis test; returns (inputs run, failure or None)."""
    counter[0] = 0
    try:
        test()
    except Exception:
        return counter[0], traceback.format_exc(limit=8)
    return counter[0], None


def targets(
    examples: int, extractor: Extractor, folder: Path, counter: list[int], random_seed: int
) -> dict[str, Callable[[], None]]:
    config = settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=[Phase.generate, Phase.shrink],
        suppress_health_check=list(HealthCheck),
    )
    check = bytes_checker(extractor, folder)
    made: dict[str, Callable[[], None]] = {}
    for name, strategy in FORMAT_STRATEGIES.items():
        formats = [None, name] if name != "bytes" else [None, "text", "html", "jsonl", "warc"]

        @seed(random_seed)
        @config
        @given(data=strategy, fmt=st.sampled_from(formats), zipped=st.booleans())
        def read(data: bytes, fmt: str | None, zipped: bool) -> None:
            counter[0] += 1
            check(data, fmt, zipped)

        made[f"read {name}"] = read

    @seed(random_seed)
    @config
    @given(text=st.one_of(paragraphs, st.text(max_size=2000)), html=st.booleans(),
           title=st.one_of(st.none(), st.text(max_size=60)))
    def clean_extract(text: str, html: bool, title: str | None) -> None:
        counter[0] += 1
        source = Source("fuzz", "html" if html else "jsonl", html=text if html else None,
                        text=None if html else text, title=title)
        process_source(source, extractor)

    made["clean_source + Extractor"] = clean_extract
    return made


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-target", type=int, default=15_000)
    parser.add_argument("--seed", type=int, default=20261121)
    args = parser.parse_args()
    extractor, folder, counter = Extractor(), temp_folder(), [0]
    total, failures = 0, 0
    started = time.perf_counter()
    try:
        for name, test in targets(args.per_target, extractor, folder, counter, args.seed).items():
            began = time.perf_counter()
            count, failure = campaign(name, test, counter)
            total += count
            failures += failure is not None
            status = "ok" if failure is None else "FAILED"
            print(f"{name:28} {count:8,} inputs  {time.perf_counter() - began:7.1f} s  {status}",
                  flush=True)
            if failure:
                print(failure, flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    elapsed = time.perf_counter() - started
    print(f"{'total':28} {total:8,} inputs  {elapsed:7.1f} s  {failures} failing targets")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
