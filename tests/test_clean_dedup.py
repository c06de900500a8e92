"""Fingerprints and the near-duplicate index."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from contested.clean import clean_source
from contested.clean.dedup import DuplicateIndex
from contested.clean.fingerprint import hamming, simhash, to_signed, to_unsigned
from contested.types import Article, Source

STORY = (Path(__file__).parent / "fixtures" / "clean" / "wire_story.txt").read_text()
OTHER = (Path(__file__).parent / "fixtures" / "clean" / "dump_furniture.txt").read_text()


def article(text: str, origin: str = "x") -> Article:
    result = clean_source(Source(origin, "text", text=text))
    assert isinstance(result, Article), result
    return result


def paragraphs() -> list[str]:
    return STORY.split("\n\n")


def test_changed_headline_keeps_the_fingerprint_and_is_found() -> None:
    original = article(STORY)
    retitled = article(
        "\n\n".join(["Oil sites struck near the river, five dead", *paragraphs()[1:]])
    )
    assert retitled.article_id != original.article_id
    index = DuplicateIndex()
    index.add(original.article_id, original.fingerprint)
    assert index.find(retitled.fingerprint) == original.article_id


def test_added_line_is_found_and_unrelated_article_is_not() -> None:
    original = article(STORY)
    parts = paragraphs()
    added = article(
        "\n\n".join([*parts[:4], "Reporting by a correspondent; editing by the desk.", *parts[4:]])
    )
    unrelated = article(OTHER)
    index = DuplicateIndex()
    index.add(original.article_id, original.fingerprint)
    assert index.find(added.fingerprint) == original.article_id
    assert index.find(unrelated.fingerprint) is None
    assert hamming(original.fingerprint, unrelated.fingerprint) > 12


def random_story(rng: random.Random, vocabulary: list[str], words: int = 400) -> list[str]:
    return [rng.choice(vocabulary) for _ in range(words)]


def test_lightly_edited_copies_are_mostly_found_among_many() -> None:
    rng = random.Random(20240611)
    vocabulary = [
        "".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(2, 9))) for _ in range(3000)
    ]
    index = DuplicateIndex()
    stories = [random_story(rng, vocabulary) for _ in range(300)]
    for number, words in enumerate(stories):
        index.add(f"art_{number}", simhash(" ".join(words)))
    found = 0
    for number, words in enumerate(stories[:100]):
        cut = rng.randrange(len(words))
        edited = [
            *words[:cut],
            *["reporting", "by", "a", "staff", "correspondent", "in", "the", "region"],
            *words[cut:],
        ]
        found += index.find(simhash(" ".join(edited))) == f"art_{number}"
    strangers = [index.find(simhash(" ".join(random_story(rng, vocabulary)))) for _ in range(100)]
    assert found >= 85
    assert strangers == [None] * 100


def test_find_returns_the_nearest_and_scans_beyond_the_band_guarantee() -> None:
    index = DuplicateIndex()
    base = 0x0123_4567_89AB_CDEF
    index.add("far", base ^ 0b111)  # 3 bits away
    index.add("near", base ^ (1 << 40))  # 1 bit away
    index.add("spread", base ^ sum(1 << b for b in range(0, 64, 4)))  # 16 bits, every band
    assert index.find(base, max_distance=3) == "near"
    assert index.find(base, max_distance=0) is None
    assert (
        index.find(base ^ (1 << 40) ^ sum(1 << b for b in range(0, 64, 4)), max_distance=15)
        == "spread"
    )
    assert len(index) == 3


@given(st.integers(0, 2**64 - 1), st.lists(st.integers(0, 63), max_size=7, unique=True))
def test_every_neighbour_within_seven_bits_is_found(fingerprint: int, bits: list[int]) -> None:
    index = DuplicateIndex()
    index.add("a", to_signed(fingerprint))
    probe = fingerprint
    for bit in bits:
        probe ^= 1 << bit
    assert index.find(to_signed(probe), max_distance=len(bits)) == "a"
    if bits:
        assert index.find(probe, max_distance=len(bits) - 1) is None


def test_signed_storage_round_trip() -> None:
    value = simhash(STORY)
    assert -(2**63) <= value < 2**63
    assert to_signed(to_unsigned(value)) == value
    assert simhash("") == 0


def test_bands_must_divide_64() -> None:
    with pytest.raises(ValueError):
        DuplicateIndex(bands=5)
