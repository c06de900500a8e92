"""Resolution in slices (pipeline.resolve_pending): the same incidents as one step, a run
stopped between slices resumes as the clean run went on, and the store's paged reads."""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from contested import pipeline
from contested.batch.synthetic import write_jsonl
from contested.extract import Extractor
from contested.resolve import HashingEmbedder
from contested.store import Store, open_store
from contested.types import Mention
from resolve_factories import mention

DEMO = Path(__file__).resolve().parents[1] / "demo" / "corpus"


def _incidents(store: Store) -> list[tuple[object, ...]]:
    return [(i, sorted(m.mention_id for m in store.mentions_of(i.incident_id)))
            for i in store.list_incidents(sort="-date")]


def _resolve(db: Path, slice_size: int, embedder: object | None = None) -> pipeline.RunSummary:
    with open_store(db) as store:
        summary = pipeline.RunSummary(run_id=store.begin_run("resolve"))
        pipeline.resolve_pending(store, summary, embedder=embedder or HashingEmbedder(),  # type: ignore[arg-type]
                                 slice_size=slice_size)
        return summary


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo corpus and a synthetic news day, ingested, nothing resolved."""
    folder = tmp_path_factory.mktemp("ingested")
    write_jsonl(folder / "day.jsonl", 150, seed=5, conflict_share=0.3)
    db = folder / "ingested.db"
    with open_store(db) as store:
        summary = pipeline.RunSummary(run_id=store.begin_run("ingest"))
        pipeline.ingest([str(DEMO), str(folder / "day.jsonl")], store, pipeline.RunOptions(),
                        Extractor(), summary)
        assert len(store.unresolved_mentions()) > 40
    return db


def _copy(ingested: Path, tmp_path: Path, name: str) -> Path:
    db = tmp_path / name
    shutil.copy(ingested, db)
    return db


def test_slices_give_the_incidents_of_one_step(ingested: Path, tmp_path: Path) -> None:
    found = {}
    for size in (10**9, 7):
        db = _copy(ingested, tmp_path, f"slices-{size}.db")
        summary = _resolve(db, size)
        with open_store(db) as store:
            assert store.unresolved_mentions() == []
            found[size] = (summary.incidents_new, summary.incidents_updated, _incidents(store))
    assert found[7] == found[10**9]
    assert found[7][0] > 10


class _FailsOnCall:
    """The hashing embedder, failing on its ``fail_on``-th call (a run killed mid-resolution)."""

    def __init__(self, fail_on: int) -> None:
        self.inner, self.calls, self.fail_on = HashingEmbedder(), 0, fail_on
        self.name, self.floor = self.inner.name, self.inner.floor
        self.saturation, self.strong = self.inner.saturation, self.inner.strong

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.calls += 1
        if self.calls == self.fail_on:
            raise RuntimeError("killed")
        return self.inner.embed(texts)


def test_a_resumed_resolution_slices_the_remainder_as_the_clean_run_did(
    ingested: Path, tmp_path: Path
) -> None:
    clean = _copy(ingested, tmp_path, "clean.db")
    _resolve(clean, 7)
    stopped = _copy(ingested, tmp_path, "stopped.db")
    with pytest.raises(RuntimeError, match="killed"):
        _resolve(stopped, 7, _FailsOnCall(fail_on=3))
    with open_store(stopped) as store:
        left = len(store.unresolved_mentions())
        assert 0 < left < len(open_store(ingested).unresolved_mentions())
    _resolve(stopped, 7)
    with open_store(clean) as a, open_store(stopped) as b:
        assert _incidents(a) == _incidents(b)


def _saved(store: Store, count: int) -> list[Mention]:
    from resolve_factories import article

    members = [mention(f"m{i:02d}", article_id=f"a{i:02d}") for i in range(count)]
    store.save_batch(None, [article(m.article_id, f"outlet {i}") for i, m in enumerate(members)],
                     members, [])
    return members


def test_pending_mentions_are_paged_by_id(store_target: str) -> None:
    with open_store(store_target) as store:
        saved = _saved(store, 5)
        first = store.unresolved_page(None, 2)
        rest = store.unresolved_page(first[-1].mention_id, 100)
        assert [*first, *rest] == sorted(saved, key=lambda m: m.mention_id)
        assert store.mentions_by_ids(["m03", "nope", "m01"]) == [saved[3], saved[1]]


def test_a_big_incident_is_read_bounded(store_target: str) -> None:
    from contested.resolve import summarize_incident

    with open_store(store_target) as store:
        members = _saved(store, 30)
        store.save_incident(summarize_incident("inc-big", members, {}))
        read, hidden = store.bounded_members("inc-big", 8, 16)
        everyone = [m.mention_id for m in store.mentions_of("inc-big")]
        assert [m.mention_id for m in read] == everyone[:8] + everyone[-16:]
        assert hidden == everyone[8:-16]
        read, hidden = store.bounded_members("inc-big", 20, 20)
        assert [m.mention_id for m in read] == everyone and hidden == []
