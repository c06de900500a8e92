"""Fuzz campaign (not a test; prints figures): the suite's hypothesis strategies, many times.

    python benchmarks/fuzz.py     # 101,800 inputs: hypothesis 3,000 per reader, 800 per reader
                                  # end to end, 3,000 clean + extract; mutations of real inputs
                                  # 71,000 read, 5,000 end to end
    python benchmarks/fuzz.py --readers 500 --end-to-end 100 --clean-extract 200 \
        --mutations 1000 --mutations-end-to-end 100 --seed 7

Targets: each reader through ``read_sources`` (text, html, jsonl, warc, feed, arbitrary
bytes; detected and forced formats, plain and gzipped), first reading only, then end to end
(every readable document goes on through ``clean_source`` and the ``Extractor``); and
``clean_source`` + ``Extractor`` on generated sources; then mutational fuzzing (random
edits of our fixtures, the hostile corpus and the demo corpus), read only and end to end. An input "fails" when an exception
escapes, or a rejection uses a catch-all reason that means one did (reader_error,
clean_error, extract_failed) or an unknown one, or an extracted span/quote is wrong.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hypothesis import HealthCheck, Phase, given, seed, settings
from hypothesis import strategies as st

from contested.extract import Extractor
from contested.types import Source
from fuzz_support import FORMAT_STRATEGIES, bytes_checker, paragraphs, process_source, temp_folder
from hostile_corpus import generated_cases


def campaign(name: str, test: Callable[[], None], counter: list[int]) -> tuple[int, str | None]:
    """Run one hypothesis test; returns (inputs run, failure or None)."""
    counter[0] = 0
    try:
        test()
    except Exception:
        return counter[0], traceback.format_exc(limit=8)
    return counter[0], None


def targets(
    counts: dict[str, int], extractor: Extractor, folder: Path, counter: list[int], seed_: int
) -> dict[str, Callable[[], None]]:
    """Hypothesis tests by name: ``read <format>``, ``read+clean+extract <format>``,
    ``clean_source + Extractor``."""
    made: dict[str, Callable[[], None]] = {}
    for name, strategy in FORMAT_STRATEGIES.items():
        formats = [None, name] if name != "bytes" else [None, "text", "html", "jsonl", "warc"]
        for label, checker, examples in (
            ("read", bytes_checker(None, folder), counts["readers"]),
            ("read+clean+extract", bytes_checker(extractor, folder), counts["end_to_end"]),
        ):
            made[f"{label} {name}"] = _reader_test(strategy, formats, checker, counter,
                                                   _settings(examples, seed_))
    made["clean_source + Extractor"] = _clean_test(
        extractor, counter, _settings(counts["clean_extract"], seed_)
    )
    made["read (mutations)"] = mutation_test(
        counts["mutations"], bytes_checker(None, folder), counter, seed_
    )
    made["read+clean+extract (mutations)"] = mutation_test(
        counts["mutations_end_to_end"], bytes_checker(extractor, folder), counter, seed_
    )
    return made


def _settings(examples: int, seed_: int) -> Callable[[Any], Any]:
    config = settings(max_examples=examples, deadline=None, database=None,
                      phases=[Phase.generate, Phase.shrink],
                      suppress_health_check=list(HealthCheck))
    return lambda test: seed(seed_)(config(test))


def _reader_test(
    strategy: Any, formats: list[str | None], checker: Callable[[bytes, str | None, bool], int],
    counter: list[int], configure: Callable[[Any], Any],
) -> Callable[[], None]:
    @given(data=strategy, fmt=st.sampled_from(formats), zipped=st.booleans())
    def read(data: bytes, fmt: str | None, zipped: bool) -> None:
        counter[0] += 1
        checker(data, fmt, zipped)

    return configure(read)  # type: ignore[no-any-return]


def _clean_test(
    extractor: Extractor, counter: list[int], configure: Callable[[Any], Any]
) -> Callable[[], None]:
    @given(text=st.one_of(paragraphs, st.text(max_size=2000)), html=st.booleans(),
           title=st.one_of(st.none(), st.text(max_size=60)))
    def clean_extract(text: str, html: bool, title: str | None) -> None:
        counter[0] += 1
        source = Source("fuzz", "html" if html else "jsonl", html=text if html else None,
                        text=None if html else text, title=title)
        process_source(source, extractor)

    return configure(clean_extract)  # type: ignore[no-any-return]


def seed_corpus() -> list[bytes]:
    """Mutation seeds: our hand-written fixtures, the small generated hostile files, the demo
    corpus."""
    root = Path(__file__).resolve().parents[1]
    files = [p for folder in ("tests/fixtures", "demo/corpus") for p in (root / folder).rglob("*")
             if p.is_file() and p.stat().st_size < 200_000]
    seeds = [p.read_bytes() for p in sorted(files)]
    seeds += [case.make() for case in generated_cases(big=False) if case.name != "random.bin"]
    return [s for s in seeds if len(s) < 300_000]


def mutate(rng: random.Random, data: bytes, seeds: list[bytes]) -> bytes:
    """1-8 random edits: flip, insert, delete, duplicate, splice another seed, truncate."""
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        at = rng.randrange(len(buffer) + 1)
        edit = rng.randrange(6)
        if edit == 0 and buffer:
            buffer[min(at, len(buffer) - 1)] ^= 1 << rng.randrange(8)
        elif edit == 1:
            buffer[at:at] = rng.randbytes(rng.randint(1, 16))
        elif edit == 2:
            del buffer[at : at + rng.randint(1, 64)]
        elif edit == 3:
            buffer[at:at] = buffer[at : at + rng.randint(1, 256)]
        elif edit == 4:
            other = rng.choice(seeds)
            start = rng.randrange(len(other) + 1)
            buffer[at:at] = other[start : start + rng.randint(1, 512)]
        else:
            del buffer[at:]
    return bytes(buffer)


def mutation_test(
    count: int, checker: Callable[[bytes, str | None, bool], int], counter: list[int], seed_: int
) -> Callable[[], None]:
    """Mutational fuzzing (random edits of real inputs): cheap, so it covers the bulk."""

    def run() -> None:
        rng, seeds = random.Random(seed_), seed_corpus()
        formats: list[str | None] = [None, None, None, "text", "html", "jsonl", "warc", "feed"]
        for _ in range(count):
            data = mutate(rng, rng.choice(seeds), seeds)
            fmt, zipped = rng.choice(formats), rng.random() < 0.1
            try:
                checker(data, fmt, zipped)
            except Exception as exc:
                raise AssertionError(f"input {data[:200]!r} fmt={fmt} zipped={zipped}") from exc
            counter[0] += 1

    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readers", type=int, default=3_000)
    parser.add_argument("--end-to-end", type=int, default=800)
    parser.add_argument("--clean-extract", type=int, default=3_000)
    parser.add_argument("--mutations", type=int, default=71_000)
    parser.add_argument("--mutations-end-to-end", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=20261121)
    args = parser.parse_args()
    extractor, folder, counter = Extractor(), temp_folder(), [0]
    total, failures = 0, 0
    started = time.perf_counter()
    try:
        counts = {"readers": args.readers, "end_to_end": args.end_to_end,
                  "clean_extract": args.clean_extract, "mutations": args.mutations,
                  "mutations_end_to_end": args.mutations_end_to_end}
        for name, test in targets(counts, extractor, folder, counter, args.seed).items():
            began = time.perf_counter()
            count, failure = campaign(name, test, counter)
            total += count
            failures += failure is not None
            status = "ok" if failure is None else "FAILED"
            print(f"{name:32} {count:8,} inputs  {time.perf_counter() - began:7.1f} s  {status}",
                  flush=True)
            if failure:
                print(failure, flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    elapsed = time.perf_counter() - started
    print(f"{'total':32} {total:8,} inputs  {elapsed:7.1f} s  {failures} failing targets")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
