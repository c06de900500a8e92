"""Worker processes for ``contested run --workers N``.

Each worker loads the extraction resources once (gazetteer, lexicons) in its initializer and
then runs :func:`contested.pipeline.process` on the sources it is sent. The parent keeps the
reading order: chunks go out one at a time with at most one more in flight while the parent
saves the previous one, so memory stays bounded by two chunks whatever the input size, and the
results are exactly those of one process.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from multiprocessing.pool import AsyncResult

from contested.extract import Extractor
from contested.pipeline import Processed, RunOptions, load_resources, process
from contested.types import Rejection, Source

log = logging.getLogger(__name__)

_state: dict[str, object] = {}


def load_extractor() -> Extractor:
    """An Extractor with every resource loaded now rather than on first use."""
    extractor = Extractor()
    load_resources(extractor)
    return extractor


def _init(options: RunOptions) -> None:
    _state["extractor"] = load_extractor()
    _state["options"] = options


def _work(item: Source | Rejection) -> Processed:
    extractor = _state["extractor"]
    options = _state["options"]
    assert isinstance(extractor, Extractor) and isinstance(options, RunOptions)
    return process(item, extractor, options)


def start_method() -> str:
    """``fork`` where the platform has it, else ``spawn``. Forked workers inherit the imported
    modules, whose compiled regular expressions cost seconds per process to build again; each
    still loads its own gazetteer and lexicons (``_init``). The parent opens no gazetteer or
    model before the pool starts and holds no threads, so the one inherited handle is the
    store's connection, which workers never touch (and pool workers leave by ``os._exit``)."""
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def process_in_workers(
    chunks: Iterable[Sequence[Source | Rejection]], options: RunOptions
) -> Iterator[list[Processed]]:
    """Process ``chunks`` in ``options.workers`` processes; yields results chunk by chunk, in
    order."""
    context = multiprocessing.get_context(start_method())
    with context.Pool(options.workers, initializer=_init, initargs=(options,)) as pool:
        pending: AsyncResult[list[Processed]] | None = None
        for chunk in chunks:
            size = max(1, len(chunk) // (options.workers * 4))
            submitted = pool.map_async(_work, chunk, chunksize=size)
            if pending is not None:
                yield pending.get()
            pending = submitted
        if pending is not None:
            yield pending.get()
