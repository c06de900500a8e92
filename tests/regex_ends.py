"""Every way a regex can match at one position, in the order the ``re`` engine tries them.

A pattern embedded in a larger one (``numbers.QUANTITY_RE`` inside the casualty patterns) acts
there only through the ends it can reach, in the order the engine backtracks through them: two
patterns without capture groups that give the same distinct ends in the same order at every
position behave the same inside any enclosing pattern. ``re`` shows only the first end, so this
small backtracking interpreter walks the parse tree ``re`` itself builds (``re._parser``) and
yields every end, in the engine's order. It knows the constructs our number patterns use
(literals, sets, alternation, groups, greedy and lazy repeats, anchors, word boundaries,
lookahead and fixed-width lookbehind) and refuses the others. ``first_end`` is checked against
``re`` in the tests that use it, so a difference between the two is seen, not assumed away.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from re import _casefix, _parser  # type: ignore[attr-defined]
from re import _constants as c  # type: ignore[attr-defined]
from typing import Any

_FIXES: dict[int, tuple[int, ...]] = _casefix._EXTRA_CASES


def _lower(ch: int) -> int:
    return ord(chr(ch).lower()) if len(chr(ch).lower()) == 1 else ch


def _word(text: str, i: int) -> bool:
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")


def _category(cat: Any, ch: str) -> bool:
    table = {
        c.CATEGORY_DIGIT: ch.isdecimal(),
        c.CATEGORY_NOT_DIGIT: not ch.isdecimal(),
        c.CATEGORY_SPACE: ch.isspace(),
        c.CATEGORY_NOT_SPACE: not ch.isspace(),
        c.CATEGORY_WORD: ch.isalnum() or ch == "_",
        c.CATEGORY_NOT_WORD: not (ch.isalnum() or ch == "_"),
    }
    return table[cat]


class _Matcher:
    def __init__(self, text: str) -> None:
        self.text = text

    def seq(self, nodes: list[Any], i: int, pos: int, flags: int) -> Iterator[int]:
        if i == len(nodes):
            yield pos
            return
        op, av = nodes[i]
        for end in self.one(op, av, pos, flags):
            yield from self.seq(nodes, i + 1, end, flags)

    def one(self, op: Any, av: Any, pos: int, flags: int) -> Iterator[int]:
        text = self.text
        if op is c.LITERAL:
            if pos < len(text) and self.same(ord(text[pos]), av, flags):
                yield pos + 1
        elif op is c.NOT_LITERAL:
            if pos < len(text) and not self.same(ord(text[pos]), av, flags):
                yield pos + 1
        elif op is c.ANY:
            if pos < len(text) and (flags & re.DOTALL or text[pos] != "\n"):
                yield pos + 1
        elif op is c.IN:
            if pos < len(text) and self.within(text[pos], av, flags):
                yield pos + 1
        elif op is c.BRANCH:
            for alternative in av[1]:
                yield from self.seq(alternative.data, 0, pos, flags)
        elif op is c.SUBPATTERN:
            _group, add, remove, sub = av
            yield from self.seq(sub.data, 0, pos, (flags | add) & ~remove)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, high, sub = av
            yield from self.repeat(sub.data, low, high, op is c.MAX_REPEAT, 0, pos, flags)
        elif op is c.AT:
            if self.at(av, pos):
                yield pos
        elif op in (c.ASSERT, c.ASSERT_NOT):
            direction, sub = av
            if self.holds(direction, sub, pos, flags) == (op is c.ASSERT):
                yield pos
        else:
            raise NotImplementedError(f"regex construct {op} is not interpreted")

    def repeat(
        self, item: list[Any], low: int, high: int, greedy: bool, count: int, pos: int, flags: int
    ) -> Iterator[int]:
        if not greedy and count >= low:
            yield pos
        if count < high:
            for end in self.seq(item, 0, pos, flags):
                if end == pos and count >= low:
                    continue  # an empty turn: the engine does not loop on it
                yield from self.repeat(item, low, high, greedy, count + 1, end, flags)
        if greedy and count >= low:
            yield pos

    def holds(self, direction: int, sub: Any, pos: int, flags: int) -> bool:
        if direction == 1:
            return any(True for _ in self.seq(sub.data, 0, pos, flags))
        low, high = sub.getwidth()
        assert low == high, "lookbehind needs a fixed width"
        start = pos - low
        return start >= 0 and any(end == pos for end in self.seq(sub.data, 0, start, flags))

    def at(self, code: Any, pos: int) -> bool:
        text = self.text
        if code is c.AT_BOUNDARY:
            return _word(text, pos - 1) != _word(text, pos)
        if code is c.AT_NON_BOUNDARY:
            return _word(text, pos - 1) == _word(text, pos)
        if code in (c.AT_BEGINNING, c.AT_BEGINNING_STRING):
            return pos == 0
        if code is c.AT_END_STRING:
            return pos == len(text)
        if code is c.AT_END:
            return pos == len(text) or (pos == len(text) - 1 and text[pos] == "\n")
        raise NotImplementedError(f"anchor {code} is not interpreted")

    @staticmethod
    def same(ch: int, literal: int, flags: int) -> bool:
        if not flags & re.IGNORECASE:
            return ch == literal
        low = _lower(literal)
        return _lower(ch) == low or _lower(ch) in _FIXES.get(low, ())

    def within(self, ch: str, items: list[Any], flags: int) -> bool:
        negate = bool(items) and items[0][0] is c.NEGATE
        found = any(self.item(ch, op, av, flags) for op, av in items[negate:])
        return found != negate

    def item(self, ch: str, op: Any, av: Any, flags: int) -> bool:
        if op is c.LITERAL:
            return self.same(ord(ch), av, flags)
        if op is c.CATEGORY:
            return _category(av, ch)
        if op is c.RANGE:
            low, high = av
            if low <= ord(ch) <= high:
                return True
            if not flags & re.IGNORECASE:
                return False
            lower, upper = ch.lower(), ch.upper()
            return any(len(x) == 1 and low <= ord(x) <= high for x in (lower, upper))
        raise NotImplementedError(f"set item {op} is not interpreted")


@functools.lru_cache(maxsize=32)
def _parse(pattern: str, flags: int) -> Any:
    return _parser.parse(pattern, flags)


def ends(pattern: str, text: str, pos: int = 0, flags: int = 0) -> list[int]:
    """The distinct ends a match of ``pattern`` at ``pos`` can reach, in the engine's order."""
    parsed = _parse(pattern, flags)
    seen: list[int] = []
    for end in _Matcher(text).seq(parsed.data, 0, pos, parsed.state.flags):
        if end not in seen:
            seen.append(end)
    return seen
