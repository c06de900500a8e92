"""Regular expressions that the engine can skip through quickly, with the same matches.

Python's ``re`` tries a pattern at every position of the text. A big alternation whose branches
each start with ``\\b`` or a case-insensitive word is entered, branch by branch, at every one of
them. :func:`quick` computes, from the parsed pattern, the characters a match can start with
and states them up front as a lookahead (``(?=[abd...])``, and ``\\b`` when every branch starts
at a word boundary): the other positions then fail on one cheap test. The lookahead states what
the pattern already requires, so the matches (spans, groups, their numbers and names) are the
same; a pattern whose first character cannot be bounded (it may start with ``\\w``, ``.`` or a
negated class, or match the empty string) is compiled as it is. Used on the hot, big patterns
of extraction (``tests/test_quickre.py`` checks the equivalence).
"""

from __future__ import annotations

import importlib
import re
from typing import Any

# ``re._parser`` / ``re._constants``: the parser ``re`` itself uses (no typeshed stubs)
_PARSER: Any = importlib.import_module("re._parser")
_OPS: Any = importlib.import_module("re._constants")

_WIDEST_RANGE = 128  # a wider range in a first class (say \u0600-\u06ff): not worth a lookahead
_CATEGORIES: dict[Any, str] = {  # \d, \w... keep their meaning in a class
    _OPS.CATEGORY_DIGIT: "\\d", _OPS.CATEGORY_NOT_DIGIT: "\\D", _OPS.CATEGORY_SPACE: "\\s",
    _OPS.CATEGORY_NOT_SPACE: "\\S", _OPS.CATEGORY_WORD: "\\w", _OPS.CATEGORY_NOT_WORD: "\\W",
}


def quick(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, with its possible first characters stated up front."""
    prefix = _prefix(pattern, flags)
    return re.compile(pattern if prefix is None else f"{prefix}(?:{pattern})", flags)


def _prefix(pattern: str, flags: int) -> str | None:
    """The lookahead to put before ``pattern``, or None when there is none to give."""
    if re.match(r"\(\?[aiLmsux]+\)", pattern):
        return None  # global flags, which must stay first
    tree = _PARSER.parse(pattern, flags)
    if tree.state.flags & re.VERBOSE:
        return None  # a comment at the end would swallow the closing parenthesis
    parsed = list(tree)
    if parsed and parsed[0][0] in (_OPS.LITERAL, _OPS.IN) and not tree.state.flags & re.IGNORECASE:
        return None  # the engine already skips to the positions of its first character
    chars, empty = _first(parsed)
    if not chars or empty or chars & {"\\D", "\\S", "\\W"}:
        return None  # nothing, or nearly anything, to say about the first character
    return f"(?=[{''.join(sorted(chars))}])" + ("\\b" if _at_boundary(parsed) else "")


def _first(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """The characters a match of ``items`` may start with (None: any) and whether it may be
    empty."""
    found: set[str] = set()
    for op, av in items:
        chars, empty = _first_of(op, av)
        if chars is None:
            return None, False
        found |= chars
        if not empty:
            return found, False
    return found, True


def _first_of(op: Any, av: Any) -> tuple[set[str] | None, bool]:
    if op is _OPS.LITERAL:
        return {_member(chr(av))}, False
    if op is _OPS.IN:
        return _class(av), False
    if op in (_OPS.AT, _OPS.ASSERT, _OPS.ASSERT_NOT):
        return set(), True  # zero width: the first character comes after
    if op is _OPS.BRANCH:
        return _union([_first(list(branch)) for branch in av[1]])
    if op is _OPS.SUBPATTERN:
        if av[1] & re.IGNORECASE:  # (?i:...): its first letters in any case, say none
            return None, False
        return _first(list(av[3]))
    if op in (_OPS.MAX_REPEAT, _OPS.MIN_REPEAT, _OPS.POSSESSIVE_REPEAT):
        chars, empty = _first(list(av[2]))
        return chars, empty or av[0] == 0
    return None, False  # any character, a category, a back reference...


def _class(items: list[tuple[Any, Any]]) -> set[str] | None:
    found: set[str] = set()
    for op, av in items:
        if op is _OPS.LITERAL:
            found.add(_member(chr(av)))
        elif op is _OPS.RANGE and av[1] - av[0] <= _WIDEST_RANGE:
            found.update(_member(chr(c)) for c in range(av[0], av[1] + 1))
        elif op is _OPS.CATEGORY and av in _CATEGORIES:
            found.add(_CATEGORIES[av])
        else:
            return None  # negated, a wide range
    return found


def _member(char: str) -> str:
    """``char`` as a member of a character class."""
    return "\\" + char if char in "\\]^-[" else char


def _union(firsts: list[tuple[set[str] | None, bool]]) -> tuple[set[str] | None, bool]:
    found: set[str] = set()
    for chars, _ in firsts:
        if chars is None:
            return None, False
        found |= chars
    return found, any(empty for _, empty in firsts)


def _at_boundary(items: list[tuple[Any, Any]]) -> bool:
    """Whether every match of ``items`` starts with ``\\b``."""
    if not items:
        return False
    op, av = items[0]
    if op is _OPS.AT:
        return bool(av is _OPS.AT_BOUNDARY)
    if op is _OPS.BRANCH:
        return all(_at_boundary(list(branch)) for branch in av[1])
    if op is _OPS.SUBPATTERN:
        return _at_boundary(list(av[3]))
    return False
