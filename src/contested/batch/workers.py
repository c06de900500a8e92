"""Worker processes for ``contested run --workers N``.

The extraction resources (gazetteer and its name scanner, lexicons, the language model, MiniLM
for the stance model) are loaded once, in the parent, before the workers are forked: they
inherit them (copy-on-write) instead of each loading its own, and the parent keeps MiniLM for
the resolution that follows. Where there is no ``fork`` each worker loads its own in its
initializer. Each worker then runs :func:`contested.pipeline.process` on the sources it is
sent. The parent keeps the reading order: chunks go out one at a time with at most one more in
flight while the parent saves the previous one, so memory stays bounded by two chunks whatever
the input size, and the results are exactly those of one process.
"""

from __future__ import annotations

import logging
import multiprocessing
from collections.abc import Iterable, Iterator, Sequence
from multiprocessing.pool import AsyncResult

from contested.extract import Extractor
from contested.gazetteer.core import Gazetteer
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
    inherited = _state.get("extractor")
    if isinstance(inherited, Extractor):  # forked from a parent that loaded it
        gazetteer = inherited.gazetteer
        if isinstance(gazetteer, Gazetteer):  # its own SQLite connection: none crosses fork
            gazetteer.reopen()
    else:
        _state["extractor"] = load_extractor()
    _state["options"] = options


def _work(item: Source | Rejection) -> Processed:
    extractor = _state["extractor"]
    options = _state["options"]
    assert isinstance(extractor, Extractor) and isinstance(options, RunOptions)
    return process(item, extractor, options)


def start_method() -> str:
    """``fork`` where the platform has it, else ``spawn``. Forked workers inherit the imported
    modules, whose compiled regular expressions cost seconds per process to build again, and
    the extractor the parent loaded (:func:`process_in_workers`). Inherited handles: the
    store's connection, which workers never touch (and pool workers leave by ``os._exit``),
    and the gazetteer's, which each worker replaces by its own before its first lookup
    (``_init``). The onnxruntime session runs on the calling thread (one intra-op thread), so
    a worker's copy needs none of the parent's threads; its vectors are the parent's bit for
    bit (``tests/test_batch.py``)."""
    return "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"


def process_in_workers(
    chunks: Iterable[Sequence[Source | Rejection]], options: RunOptions
) -> Iterator[list[Processed]]:
    """Process ``chunks`` in ``options.workers`` processes; yields results chunk by chunk, in
    order."""
    context = multiprocessing.get_context(start_method())
    if context.get_start_method() == "fork":
        _state["extractor"] = load_extractor()  # once, here: the workers inherit it
    try:
        pool = context.Pool(options.workers, initializer=_init, initargs=(options,))
    finally:
        _state.pop("extractor", None)  # the parent needs no extractor (MiniLM stays cached)
    with pool:
        pending: AsyncResult[list[Processed]] | None = None
        for chunk in chunks:
            size = max(1, len(chunk) // (options.workers * 4))
            submitted = pool.map_async(_work, chunk, chunksize=size)
            if pending is not None:
                yield pending.get()
            pending = submitted
        if pending is not None:
            yield pending.get()
