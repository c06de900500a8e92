"""Mention vectors cached in the store (``mention_vectors``): resolution embeds a summary once,
and reads it back on later runs instead of embedding the stored incidents' summaries again."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy as np
import pytest

from contested import pipeline
from contested.resolve.embedding import CachedEmbedder, HashingEmbedder, Vectors, cached
from contested.store import Store, open_store
from resolve_factories import article, mention

STRIKE = "A US-led coalition airstrike hit a Syrian army position near al-Harra, SANA said."
STRIKE_2 = "Coalition jets struck Syrian army positions at al-Harra near Abu Kamal overnight."


class Recording(HashingEmbedder):
    """The real hashing embedder, noting which texts it was asked to embed."""

    def __init__(self) -> None:
        super().__init__(dim=64)
        self.asked: list[str] = []

    def embed(self, texts: Sequence[str]) -> Vectors:
        self.asked.extend(texts)
        return super().embed(texts)


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    with open_store(store_target) as opened:
        yield opened


def test_vectors_are_read_back_not_embedded_again(store: Store) -> None:
    inner = Recording()
    first = cached(inner, store)
    assert isinstance(first, CachedEmbedder)
    texts = [STRIKE, " ", STRIKE_2, STRIKE]
    vectors = first.embed(texts)
    assert sorted(inner.asked) == sorted([STRIKE, STRIKE_2])  # once each, blanks never
    assert np.array_equal(vectors, HashingEmbedder(dim=64).embed(texts))
    inner.asked.clear()
    again = cached(inner, store).embed([STRIKE_2, STRIKE])
    assert inner.asked == []
    assert np.array_equal(again, vectors[[2, 0]])


def test_vectors_are_kept_per_embedder(store: Store) -> None:
    cached(HashingEmbedder(dim=64), store).embed([STRIKE])
    other = Recording()
    other.name = "hashing-64@other"
    cached(other, store).embed([STRIKE])
    assert other.asked == [STRIKE]


def test_a_second_run_embeds_only_the_new_summaries(store: Store) -> None:
    inner = Recording()
    store.save_batch(None, [article("art-m1", "Outlet one")], [mention("m1", summary=STRIKE)], [])
    pipeline.resolve_pending(store, pipeline.RunSummary(run_id=store.begin_run("1")), embedder=inner)
    assert inner.asked == [STRIKE]
    inner.asked.clear()
    store.save_batch(None, [article("art-m2", "Outlet two")], [mention("m2", summary=STRIKE_2)], [])
    pipeline.resolve_pending(store, pipeline.RunSummary(run_id=store.begin_run("2")), embedder=inner)
    assert inner.asked == [STRIKE_2]  # the stored incident's member came from the cache
