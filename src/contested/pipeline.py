"""ingest -> clean -> extract -> store -> resolve, one transactional batch at a time.

``run`` is what ``contested run`` calls. Bad documents become recorded rejections; an
article already stored is skipped, so re-running the same input changes nothing.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, TypeVar

from contested.budget import TimeBudgetExceeded, time_budget
from contested.clean import clean_source
from contested.clean.dedup import DuplicateIndex
from contested.extract import Extractor
from contested.ids import stable_id
from contested.ingest import read_sources
from contested.store import RunCounts, Store
from contested.triage import COMPONENT as TRIAGE_COMPONENT
from contested.triage import triage
from contested.types import Article, Mention, Rejection, Source

if TYPE_CHECKING:
    from contested.resolve.embedding import Embedder
    from contested.resolve.incremental import Plan

log = logging.getLogger(__name__)

Progress = Callable[[int], None]


@dataclass(frozen=True)
class RunOptions:
    """``max_bytes`` bounds a document as read (after decompression), ``max_chars`` an
    article's cleaned text, ``time_budget`` the seconds one article may spend in cleaning and
    extraction (``None``: unbounded)."""

    fmt: str | None = None
    batch_size: int = 100
    max_chars: int = 2_000_000
    max_bytes: int = 50_000_000
    time_budget: float | None = 60.0
    reconcile_rule: str = "ucdp"
    workers: int = 1  # processes for clean + triage + extract; 1 runs them in this process
    triage: bool = True  # skip extraction for articles the triage finds irrelevant


@dataclass
class RunSummary:
    read: int = 0
    new: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    mentions: int = 0
    triaged_out: int = 0
    incidents_new: int = 0
    incidents_updated: int = 0
    run_id: int = 0

    def counts(self) -> RunCounts:
        return RunCounts(
            read=self.read,
            new=self.new,
            duplicates=self.duplicates,
            near_duplicates=self.near_duplicates,
            rejected=sum(self.rejected.values()),
            incidents_new=self.incidents_new,
            incidents_updated=self.incidents_updated,
        )


@dataclass(frozen=True)
class Processed:
    """One source after the per-article stages (clean, triage, extract), which need no store
    and so can run in worker processes or Spark executors. ``failure`` records an extraction
    that failed: the article is still kept."""

    item: Article | Rejection
    mentions: tuple[Mention, ...] = ()
    relevant: bool = True
    failure: Rejection | None = None


@dataclass
class _Batch:
    articles: list[Article] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
    triage: list[tuple[str, bool, str]] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)


def run(
    paths: Sequence[str],
    store: Store,
    options: RunOptions | None = None,
    extractor: Extractor | None = None,
    progress: Progress | None = None,
    resolve: bool = True,
) -> RunSummary:
    """Ingest and extract ``paths`` into ``store``, then (unless ``resolve`` is False) resolve
    incidents; return what happened. With ``options.workers > 1`` each worker process loads
    its own default Extractor (``extractor`` is used only in this process)."""
    options = options or RunOptions()
    summary = RunSummary(run_id=store.begin_run(" ".join(paths)))
    ingest(paths, store, options, extractor or Extractor(), summary, progress)
    if resolve:
        resolve_pending(store, summary, options.reconcile_rule)
    store.finish_run(summary.run_id, summary.counts())
    return summary


def ingest(
    paths: Sequence[str],
    store: Store,
    options: RunOptions,
    extractor: Extractor,
    summary: RunSummary,
    progress: Progress | None = None,
) -> None:
    """Read ``paths`` (streamed: memory is bounded by the batch size, not the input size),
    clean, triage, extract and save them."""
    sources = read_sources(paths, fmt=options.fmt, max_bytes=options.max_bytes)
    ingest_sources(sources, store, options, extractor, summary, progress)


def ingest_sources(
    sources: Iterable[Source | Rejection],
    store: Store,
    options: RunOptions,
    extractor: Extractor,
    summary: RunSummary,
    progress: Progress | None = None,
) -> None:
    """Clean, triage and extract ``sources`` (in ``options.workers`` processes), then
    deduplicate in reading order here; each batch is saved in one transaction."""
    chunks = chunked(sources, options.batch_size)
    if options.workers > 1:
        from contested.batch.workers import process_in_workers

        done = process_in_workers(chunks, options)
    else:
        load_resources(extractor)  # outside any article's time budget
        done = ([process(item, extractor, options) for item in chunk] for chunk in chunks)
    save_processed(done, store, summary, progress)


def save_processed(
    chunks: Iterable[Sequence[Processed]],
    store: Store,
    summary: RunSummary,
    progress: Progress | None = None,
) -> None:
    """Deduplicate processed sources in order and save each chunk as one batch."""
    index = DuplicateIndex()
    for article_id, fingerprint in store.fingerprints():
        index.add(article_id, fingerprint)
    for chunk in chunks:
        batch = _Batch()
        stored = store.stored_articles([d.item.article_id for d in chunk
                                        if isinstance(d.item, Article)])
        for done in chunk:
            summary.read += 1
            _take(done, stored, index, batch, summary)
        store.save_batch(
            summary.run_id, batch.articles, batch.mentions, batch.rejections, batch.triage
        )
        summary.mentions += len(batch.mentions)
        if progress is not None:
            progress(len(chunk))


def process(item: Source | Rejection, extractor: Extractor, options: RunOptions) -> Processed:
    """The per-article stages: clean, triage, extract, each within the article's time budget.
    Never raises for a bad article."""
    cleaned = item if isinstance(item, Rejection) else _clean(item, options)
    if isinstance(cleaned, Rejection):
        return Processed(cleaned)
    if options.triage and not triage(cleaned).relevant:
        return Processed(cleaned, relevant=False)
    try:
        with time_budget(options.time_budget):
            return Processed(cleaned, extractor.extract(cleaned))
    except TimeBudgetExceeded:  # the article is kept, without mentions, and recorded
        return Processed(cleaned, failure=_over_budget(cleaned.origin, "extraction", options))
    except Exception as exc:  # a bad article never stops the batch: it is kept and recorded
        log.exception("extraction failed for %s", cleaned.origin)
        detail = f"{type(exc).__name__}: {exc}"
        return Processed(cleaned, failure=Rejection(cleaned.origin, "extract_failed", detail))


def _clean(source: Source, options: RunOptions) -> Article | Rejection:
    try:
        with time_budget(options.time_budget):
            return clean_source(source, max_chars=options.max_chars)
    except TimeBudgetExceeded:
        return _over_budget(source.origin, "cleaning", options)


def _over_budget(origin: str, stage: str, options: RunOptions) -> Rejection:
    detail = (
        f"{stage} took longer than the time budget of {options.time_budget:g} s per article;"
        " raise it with --article-time-budget (or CONTESTED_ARTICLE_TIME_BUDGET)"
    )
    return Rejection(origin, "time_budget", detail)


_WARM_UP = Source(
    origin="warm-up",
    format="text",
    text="Warm-up\n\nAn airstrike killed two people in Aleppo on 5 March 2019, officials said.",
)


def load_resources(extractor: Extractor) -> None:
    """Load models, lexicons and the gazetteer now (the first article would otherwise pay for
    them), by cleaning and extracting a sample; nothing is stored. The stance model (and the
    MiniLM it reads with) is loaded by name: the sample names no party, so it does not ask it,
    and forked workers would each load their own."""
    from contested.extract.stance_model import sentence_stance

    article = clean_source(_WARM_UP)
    if isinstance(article, Article):
        extractor.extract(article)
    sentence_stance()


def _take(
    done: Processed, stored: set[str], index: DuplicateIndex, batch: _Batch, summary: RunSummary
) -> None:
    """Add ``done`` to ``batch`` unless it is a duplicate of an article already ``stored`` or
    already in the batch."""
    if isinstance(done.item, Rejection):
        _reject(done.item, batch, summary)
        return
    cleaned = done.item
    if cleaned.article_id in batch.ids or cleaned.article_id in stored:
        summary.duplicates += 1
        return
    article = _link_near_duplicate(cleaned, index, summary)
    batch.ids.add(article.article_id)
    batch.articles.append(article)
    batch.triage.append((article.article_id, done.relevant, TRIAGE_COMPONENT))
    summary.new += 1
    summary.triaged_out += not done.relevant
    batch.mentions.extend(done.mentions)
    if done.failure is not None:
        _reject(done.failure, batch, summary)


def _reject(rejection: Rejection, batch: _Batch, summary: RunSummary) -> None:
    batch.rejections.append(rejection)
    summary.rejected[rejection.reason] += 1
    log.info("rejected %s: %s (%s)", rejection.origin, rejection.reason, rejection.detail)


def _link_near_duplicate(article: Article, index: DuplicateIndex, summary: RunSummary) -> Article:
    original = index.find(article.fingerprint)
    index.add(article.article_id, article.fingerprint)
    if original is None or original == article.article_id:
        return article
    summary.near_duplicates += 1
    return replace(article, duplicate_of=original)


T = TypeVar("T")


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of ``size`` items (the last may be shorter), read lazily."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


RESOLVE_SLICE = 1000  # pending mentions resolved per transaction (docs/benchmarks.md, session 5)
_KEY_PAGE = 2000  # pending mentions read at a time to put them in order
_HEAD, _TAIL = 8, 16  # members of a stored incident read: the clusterer compares no others


@dataclass
class _Resolution:
    """What one :func:`resolve_pending` call carries from slice to slice."""

    opened: dict[str, int] = field(default_factory=dict)  # incidents it opened -> rank
    touched: set[str] = field(default_factory=set)
    gone: set[str] = field(default_factory=set)  # merged into another


def resolve_pending(
    store: Store,
    summary: RunSummary,
    rule: str = "ucdp",
    embedder: Embedder | None = None,
    slice_size: int = RESOLVE_SLICE,
) -> None:
    """Attach every unresolved mention to an incident (joining, opening, merging, splitting
    incidents: :mod:`contested.resolve.incremental`), then re-summarise touched incidents.

    The one entry point of incident resolution: a post-step (manual decisions) may run after it.
    The unresolved mentions are put in the clusterer's order and resolved ``slice_size`` at a
    time, each slice planned against the incidents the store holds (the previous slices'
    included, a stored incident's members read bounded) and saved, with the post-step, in one
    transaction; so memory is bounded by the slice, and a run killed during resolution resumes
    with the remainder sliced exactly as the clean run sliced it.
    """
    from contested.resolve.embedding import cached, default_embedder

    order = _resolution_order(store)
    if not order:
        return
    embedder = cached(embedder or default_embedder(), store)  # stored summaries: not again
    state = _Resolution()
    for start in range(0, len(order), slice_size):
        _resolve_slice(store, order[start : start + slice_size], state, embedder, rule,
                       summary.run_id)
        _release_memory()
    created = set(state.opened) - state.gone
    summary.incidents_new += len(created)
    summary.incidents_updated += len(state.touched - created - state.gone)


def _release_memory() -> None:
    """Give the slice's freed memory back to the system (glibc keeps freed heap pages; the
    next slice's would otherwise land beside them and the process grow slice by slice)."""
    import gc

    gc.collect()
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    import ctypes
    import ctypes.util

    name = ctypes.util.find_library("c") if sys.platform.startswith("linux") else None
    return getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None


def _resolution_order(store: Store) -> list[str]:
    """The unresolved mentions' ids in the clusterer's order, read a page at a time."""
    from contested.resolve.incremental import resolution_key

    keys: list[tuple[object, ...]] = []
    after: str | None = None
    while page := store.unresolved_page(after, _KEY_PAGE):
        published = store.published_dates([m.article_id for m in page])
        keys.extend(resolution_key(m, published.get(m.article_id)) for m in page)
        after = page[-1].mention_id
    return [str(key[-1]) for key in sorted(keys)]


def _resolve_slice(
    store: Store, ids: Sequence[str], state: _Resolution, embedder: Embedder, rule: str,
    run_id: int,
) -> None:
    from contested.resolve.incremental import plan_resolution
    from contested.resolve.names import names_of

    pending = store.mentions_by_ids(ids)
    published = store.published_dates([m.article_id for m in pending])
    names = store.name_stats(n for m in pending for n in names_of(m))
    rare = {n for m in pending for n in names.rare(m)}
    stored, hidden = _stored_candidates(store, pending, published, rare, state)
    spans = {k: store.incident_span(k) for k in stored}
    published.update(store.published_dates([m.article_id for v in stored.values() for m in v]))
    names = store.name_stats(n for m in [*pending, *(m for v in stored.values() for m in v)]
                             for n in names_of(m))
    plan = plan_resolution(pending, stored, lambda m: stable_id("inc", m.mention_id),
                           published, embedder, names=names, hidden=hidden,
                           opened=state.opened, spans=spans)
    with store.atomically("cannot save the resolved incidents"):  # all of the slice, or none
        for incident_id, members in plan.incidents.items():
            _save(store, incident_id, members, plan.members[incident_id], rule, run_id)
            store.set_incident_span(incident_id, plan.spans[incident_id])
        _record_lineage(store, plan, set(stored), set(state.opened), run_id)
        _reapply_reviews(store, run_id, rule)
    for incident_id in plan.opened:
        state.opened[incident_id] = len(state.opened)
    state.touched |= set(plan.incidents)
    state.gone |= plan.absorbed


def _stored_candidates(
    store: Store,
    pending: Sequence[Mention],
    published: dict[str, dt.date],
    rare: set[str],
    state: _Resolution,
) -> tuple[dict[str, list[Mention]], dict[str, list[str]]]:
    """Stored incidents that may receive a pending mention (those in its country and date
    window, those of any country in its date window, and the ones this resolution opened that
    name its rare names), each with its first and last members (and the ids of the others)."""
    from contested.resolve.cluster import candidate_window

    ids: set[str] = set()
    windows = set()
    for m in pending:
        since, until = candidate_window(m, published.get(m.article_id))
        windows.add((m.place.country if m.place else None, since, until))
        if since is not None or until is not None:
            windows.add((None, since, until))
    for country, since, until in sorted(windows, key=str):
        ids.update(store.incident_ids_near(country, since, until))
    opened = set(state.opened) - state.gone
    ids.update(store.incidents_naming(rare, opened))
    stored: dict[str, list[Mention]] = {}
    hidden: dict[str, list[str]] = {}
    for incident_id in sorted(ids):
        stored[incident_id], omitted = store.bounded_members(incident_id, _HEAD, _TAIL)
        if omitted:
            hidden[incident_id] = omitted
    return stored, hidden


def _save(
    store: Store, incident_id: str, known: Sequence[Mention], ids: Sequence[str], rule: str,
    run_id: int,
) -> None:
    """Summarise incident ``incident_id`` from all its members ``ids`` (the ``known`` ones in
    hand, the others read) and save it."""
    from contested.resolve.summarize import summarize_incident

    have = {m.mention_id for m in known}
    members = [*known, *store.mentions_by_ids([i for i in ids if i not in have])]
    articles = store.articles(sorted({m.article_id for m in members}))
    store.save_incident(summarize_incident(incident_id, members, articles, rule), run_id)


def _record_lineage(
    store: Store, plan: Plan, stored: set[str], opened: set[str], run_id: int
) -> None:
    """Merges of stored incidents and splits, as lineage. An incident opened by an earlier
    slice of this resolution that is merged away is only removed: one plan over all the
    slices would never have shown it."""
    for merge in plan.merges:
        detail = f"linked by {merge.because} (score {merge.score})"
        if merge.absorbed in opened:
            store.remove_incident(merge.absorbed, run_id, "merged", f"into {merge.kept}: {detail}")
        elif merge.absorbed in stored:  # merges among this slice's new incidents are not news
            store.record_merge(merge.kept, merge.absorbed, [merge.because], detail, run_id)
    for split in plan.splits:
        store.record_split(split.incident_id, split.new_id, split.mention_ids,
                           "members on another date or place", run_id)


def _reapply_reviews(store: Store, run_id: int, rule: str) -> None:
    """Post-step: reviewers' decisions (contested.review) win over what resolution just did."""
    from contested.review import apply_reviews

    apply_reviews(store, run_id, rule)
