"""ingest -> clean -> extract -> store -> resolve, one transactional batch at a time.

``run`` is what ``contested run`` calls. Bad documents become recorded rejections; an
article already stored is skipped, so re-running the same input changes nothing.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from contested.clean import clean_source
from contested.clean.dedup import DuplicateIndex
from contested.extract import Extractor
from contested.ids import stable_id
from contested.ingest import read_sources
from contested.store import RunCounts, Store
from contested.types import Article, Mention, Rejection, Source

log = logging.getLogger(__name__)

Progress = Callable[[int], None]


@dataclass(frozen=True)
class RunOptions:
    fmt: str | None = None
    batch_size: int = 100
    max_chars: int = 2_000_000
    max_bytes: int = 50_000_000
    reconcile_rule: str = "ucdp"


@dataclass
class RunSummary:
    read: int = 0
    new: int = 0
    duplicates: int = 0
    near_duplicates: int = 0
    rejected: Counter[str] = field(default_factory=Counter)
    mentions: int = 0
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


@dataclass
class _Batch:
    articles: list[Article] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    rejections: list[Rejection] = field(default_factory=list)
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
    incidents; return what happened."""
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
    """Read, clean, deduplicate and extract; each batch is saved in one transaction."""
    index = DuplicateIndex()
    for article_id, fingerprint in store.fingerprints():
        index.add(article_id, fingerprint)
    sources = read_sources(paths, fmt=options.fmt, max_bytes=options.max_bytes)
    for chunk in _chunks(sources, options.batch_size):
        batch = _Batch()
        for item in chunk:
            summary.read += 1
            _take(item, store, index, extractor, options, batch, summary)
        store.save_batch(summary.run_id, batch.articles, batch.mentions, batch.rejections)
        summary.mentions += len(batch.mentions)
        if progress is not None:
            progress(len(chunk))


def _take(
    item: Source | Rejection,
    store: Store,
    index: DuplicateIndex,
    extractor: Extractor,
    options: RunOptions,
    batch: _Batch,
    summary: RunSummary,
) -> None:
    cleaned = (
        item if isinstance(item, Rejection) else clean_source(item, max_chars=options.max_chars)
    )
    if isinstance(cleaned, Rejection):
        _reject(cleaned, batch, summary)
        return
    if cleaned.article_id in batch.ids or store.has_article(cleaned.article_id):
        summary.duplicates += 1
        return
    article = _link_near_duplicate(cleaned, index, summary)
    batch.ids.add(article.article_id)
    batch.articles.append(article)
    summary.new += 1
    try:
        batch.mentions.extend(extractor.extract(article))
    except Exception as exc:  # a bad article never stops the batch: it is kept and recorded
        log.exception("extraction failed for %s", article.origin)
        _reject(
            Rejection(article.origin, "extract_failed", f"{type(exc).__name__}: {exc}"),
            batch,
            summary,
        )


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


def _chunks(items: Iterable[Source | Rejection], size: int) -> Iterator[list[Source | Rejection]]:
    chunk: list[Source | Rejection] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def resolve_pending(store: Store, summary: RunSummary, rule: str = "ucdp") -> None:
    """Attach every unresolved mention to an incident, then re-summarise touched incidents."""
    from contested.resolve.cluster import candidate_window, choose_incident
    from contested.resolve.summarize import summarize_incident

    created: set[str] = set()
    touched: list[str] = []
    for mention in store.unresolved_mentions():
        country = mention.place.country if mention.place else None
        since, until = candidate_window(mention)
        candidates = store.incident_candidates(country, since, until)
        incident_id = choose_incident(mention, candidates)
        if incident_id is None:
            incident_id = stable_id("inc", mention.mention_id)
            created.add(incident_id)
        members = [*store.mentions_of(incident_id), mention]
        articles = store.articles(sorted({m.article_id for m in members}))
        store.save_incident(
            summarize_incident(incident_id, members, articles, rule), summary.run_id
        )
        if incident_id not in touched:
            touched.append(incident_id)
    summary.incidents_new = len(created)
    summary.incidents_updated = len(set(touched) - created)
    _reapply_reviews(store, summary, rule)


def _reapply_reviews(store: Store, summary: RunSummary, rule: str) -> None:
    """Post-step: reviewers' decisions (contested.review) win over what resolution just did."""
    from contested.review import apply_reviews

    apply_reviews(store, summary.run_id, rule)
