"""Worker processes, streaming with bounded look-ahead, and input shards (real processes,
real stores: SQLite files or PostgreSQL, see backends.py)."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from contested import pipeline
from contested.batch.shards import plan_units, read_unit
from contested.batch.synthetic import generate, write_jsonl
from contested.batch.workers import start_method
from contested.extract import Extractor
from contested.ingest import read_sources
from contested.store import Store, open_store
from contested.types import Rejection, Source

DEMO = Path(__file__).resolve().parents[1] / "demo" / "corpus"


def snapshot(store: Store) -> tuple[object, ...]:
    """Everything a run decides: articles (with near-duplicate links), triage, mentions and
    claims through the incidents, and the incidents themselves."""
    ids = store.article_ids()
    articles = store.articles(ids)
    incidents = store.list_incidents(sort="-date")
    return (
        [(a.article_id, a.origin, a.duplicate_of) for a in articles.values()],
        store.triaged_out(),
        store.rejections(),
        [(i, store.mentions_of(i.incident_id), store.claims_of(i.incident_id)) for i in incidents],
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("corpus")
    write_jsonl(folder / "day.jsonl", 120, seed=3, conflict_share=0.25)
    (folder / "broken.jsonl").write_text('{"id": "x", "text": "ok"}\n{not json}\n')
    return [str(DEMO), str(folder / "day.jsonl"), str(folder / "broken.jsonl")]


def test_workers_give_the_same_results_as_one_process(
    corpus: list[str], tmp_path: Path, new_store_target: Callable[[Path, str], str]
) -> None:
    snapshots = []
    for workers in (1, 2):
        with open_store(new_store_target(tmp_path, f"w{workers}.db")) as store:
            options = pipeline.RunOptions(workers=workers, batch_size=16)
            summary = pipeline.run(corpus, store, options)
            snapshots.append((summary.counts(), summary.mentions, snapshot(store)))
    assert snapshots[0] == snapshots[1]
    assert snapshots[0][0].incidents_new > 5


def test_rerun_with_workers_changes_nothing(corpus: list[str], store_target: str) -> None:
    with open_store(store_target) as store:
        pipeline.run(corpus, store, pipeline.RunOptions(workers=2))
        before = snapshot(store)
        again = pipeline.run(corpus, store, pipeline.RunOptions(workers=2))
        assert again.new == 0 and again.incidents_new == again.incidents_updated == 0
        assert snapshot(store) == before


@pytest.mark.parametrize("workers", [1, 2])
def test_input_is_read_at_most_two_batches_ahead(workers: int, store_target: str) -> None:
    """A stream is consumed as it is saved: memory is bounded by the batch size."""
    pulled = 0
    lead: list[int] = []

    def sources() -> Iterator[Source | Rejection]:
        nonlocal pulled
        for item in generate(200, seed=5):
            pulled += 1
            yield Source(origin=item.article_id, format="jsonl", text=item.text, title=item.title)

    def saved(count: int) -> None:
        lead.append(pulled - (len(lead) + 1) * 20)

    with open_store(store_target) as store:
        summary = pipeline.RunSummary(run_id=store.begin_run("test"))
        options = pipeline.RunOptions(batch_size=20, workers=workers)
        pipeline.ingest_sources(sources(), store, options, Extractor(), summary, saved)
    assert pulled == 200 and len(lead) == 10
    assert max(lead) <= 2 * 20


def test_shards_read_exactly_like_the_readers(tmp_path: Path) -> None:
    path = tmp_path / "lines.jsonl"
    records = [json.dumps(item.record()) for item in generate(40, seed=9)]
    records[7] = "{broken"
    records[12] = json.dumps({"text": "no id here, so the line number names it"})
    path.write_text("\n".join(records[:20]) + "\n\n" + "\n".join(records[20:]), encoding="utf-8")
    units = plan_units([str(path), str(DEMO)], None, split_bytes=3000)
    assert sum(u.name == str(path) for u in units) > 5
    from_units = [item for unit in units for item in read_unit(unit, None, 50_000_000)]
    assert from_units == list(read_sources([str(path), str(DEMO)]))


def test_a_missing_path_is_a_recorded_rejection_in_shards(tmp_path: Path) -> None:
    units = plan_units([str(tmp_path / "nope.jsonl")], None, 1000)
    (item,) = [i for u in units for i in read_unit(u, None, 1000)]
    assert isinstance(item, Rejection) and item.reason == "unreadable"


def _in_forked_worker(_: int) -> tuple[bool, bool, str | None, bytes]:
    """What a forked pool worker sees after ``_init``: whether it kept the inherited
    extractor, whether its gazetteer has a connection of its own, a lookup through it, and
    the stance model's vector of one sentence."""
    from contested.batch import workers
    from contested.resolve.embedding import default_embedder

    extractor = workers._state["extractor"]
    assert isinstance(extractor, Extractor)
    match = extractor.gazetteer.lookup("Aleppo", country="SY")
    vector = default_embedder().embed([_SENTENCE]).tobytes()
    own = extractor.gazetteer.connection is not _PARENT_CONNECTION[0]
    return extractor is _PARENT_EXTRACTOR[0], own, match.name if match else None, vector


_SENTENCE = "The ministry denied that its aircraft struck the market, a spokesman said."
_PARENT_EXTRACTOR: list[Extractor] = []
_PARENT_CONNECTION: list[object] = []


@pytest.mark.skipif(start_method() != "fork", reason="workers inherit the extractor only by fork")
def test_forked_workers_inherit_the_extractor_with_their_own_gazetteer_connection() -> None:
    """The parent loads the extractor once; each worker keeps it (no second load), opens its
    own gazetteer connection, and gets the parent's MiniLM vectors bit for bit."""
    import multiprocessing

    from contested.batch import workers
    from contested.resolve.embedding import default_embedder

    extractor = workers.load_extractor()
    _PARENT_EXTRACTOR[:] = [extractor]
    _PARENT_CONNECTION[:] = [extractor.gazetteer.connection]
    workers._state["extractor"] = extractor
    try:
        context = multiprocessing.get_context("fork")
        pool = context.Pool(2, initializer=workers._init, initargs=(pipeline.RunOptions(),))
    finally:
        del workers._state["extractor"]
    with pool:
        seen = pool.map(_in_forked_worker, range(4), chunksize=1)
    expected = extractor.gazetteer.lookup("Aleppo", country="SY")
    vector = default_embedder().embed([_SENTENCE]).tobytes()
    assert expected is not None
    assert seen == [(True, True, expected.name, vector)] * 4


def test_the_parent_keeps_no_extractor_once_the_workers_run(corpus: list[str]) -> None:
    from contested.batch import workers

    sources = list(read_sources(corpus[:1]))[:12]
    done = workers.process_in_workers(iter([sources]), pipeline.RunOptions(workers=2))
    first = next(done)
    assert "extractor" not in workers._state
    assert len(first) == len(sources) and list(done) == []


def test_a_reopened_gazetteer_answers_as_before() -> None:
    from contested.gazetteer import open_gazetteer

    gazetteer = open_gazetteer()
    before = gazetteer.lookup("Deir ez-Zor", country="SY")
    names = gazetteer.find_names("Shelling hit Aleppo and Idlib on Monday.")
    old = gazetteer.connection
    gazetteer.reopen()
    assert gazetteer.connection is not old
    assert gazetteer.lookup("Deir ez-Zor", country="SY") == before is not None
    gazetteer.clear_caches()
    assert gazetteer.lookup("Deir ez-Zor", country="SY") == before
    assert gazetteer.find_names("Shelling hit Aleppo and Idlib on Monday.") == names
