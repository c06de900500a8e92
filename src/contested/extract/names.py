"""The name candidates of an article: capitalised words and adjacent pairs it never writes in
lower case.

The resolver weighs them by rarity (:mod:`contested.resolve.names`): a victim's or a suspect's
name, a street, a small place tie reports of one incident together across weeks, and are often
named only further down the article than the lead the resolver compares. Read here, from the
whole article, once per article: every mention of the article carries them
(:attr:`contested.types.Mention.names`).

A capitalised word the article also writes in lower case ("Shooting" in a headline, "Police"
starting a sentence) is a word, not a name; so is a single word the article capitalises only
where every word is (opening a sentence, in the title line): "Officers", "Authorities". Kept: the first ``MAX_NAMES`` candidates in reading
order, sorted.
"""

from __future__ import annotations

import itertools
import re

_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:['\-][A-Z]?[a-z]+)*\b")
_LOWER = re.compile(r"\b[a-z]+\b")
MAX_NAMES = 160

Words = tuple[tuple[str, ...], tuple[str, ...]]  # (capitalised words, adjacent pairs)


def _found(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().lower()) for m in _CAPITALISED.finditer(text)]


def _positioned(found: list[tuple[int, int, str]], text: str) -> list[tuple[int, str]]:
    """(offset, unit) of the words longer than two letters and the adjacent pairs."""
    words = [(start, w) for start, _, w in found if len(w) > 2]
    pairs = [(start, f"{first} {second}") for (start, end, first), (after, _, second)
             in itertools.pairwise(found) if text[end:after] == " "]
    return sorted([*words, *pairs])


def capitalised(text: str) -> Words:
    """The capitalised words of ``text`` (lower-cased, longer than two letters) and each
    pair of adjacent ones ("tony smith", "edwards street")."""
    units = _positioned(_found(text), text)
    return (tuple(u for _, u in units if " " not in u), tuple(u for _, u in units if " " in u))


def lower_words(text: str) -> set[str]:
    """The words ``text`` writes in lower case."""
    return set(_LOWER.findall(text))


def _initial(text: str, start: int, title_end: int) -> bool:
    """Whether the word at ``start`` opens a sentence (or stands in the title line), where
    any word is capitalised."""
    before = text[:start].rstrip(" \t\"'\u201c\u2018(")
    return start < title_end or not before or before[-1] in ".!?:\n"


def name_candidates(text: str) -> tuple[str, ...]:
    """The names of ``text``: capitalised words and pairs none of whose words it also writes
    in lower case, a single word only if it is capitalised inside a sentence at least once
    ("Officers" opening sentences is a word); the first ``MAX_NAMES`` in reading order,
    sorted."""
    lower = lower_words(text)
    found = _found(text)
    title_end = text.find("\n")
    inside = {w for start, _, w in found if not _initial(text, start, title_end)}
    kept: dict[str, None] = {}
    for _, unit in _positioned(found, text):
        if unit in kept or any(w in lower for w in unit.split(" ")):
            continue
        if " " in unit or unit in inside:
            kept[unit] = None
            if len(kept) >= MAX_NAMES:
                break
    return tuple(sorted(kept))
