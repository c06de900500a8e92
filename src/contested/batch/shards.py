"""Input shards for parallel engines: the inputs of ``contested run`` cut into units that can be
read independently, in an order that reproduces ``read_sources`` exactly.

A unit is a whole target (a WARC, a gzipped file, an HTML page, a URL), or a line-aligned byte
range of a plain JSON Lines file, so that one large JSONL file still spreads over executors.
Reading the units in order yields the same Sources, with the same origins, as reading the paths.
"""

from __future__ import annotations

import io
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from contested.errors import UsageError
from contested.ingest import read_sources
from contested.ingest.detect import detect_format
from contested.ingest.expand import expand_paths
from contested.ingest.jsonl import read_jsonl
from contested.ingest.streams import GZIP_MAGIC, HEAD_BYTES
from contested.types import Rejection, Source

_BLOCK = 1 << 20


@dataclass(frozen=True)
class Unit:
    """Read ``name`` whole (``start`` None), or the JSONL lines in ``[start, end)`` whose first
    line is line number ``first_index`` of the file; or carry a path ``rejection``."""

    name: str
    start: int | None = None
    end: int | None = None
    first_index: int = 0
    rejection: Rejection | None = None


def plan_units(paths: Sequence[str], fmt: str | None, split_bytes: int) -> list[Unit]:
    """The units of ``paths`` in reading order; JSONL files larger than ``split_bytes`` are cut
    into ranges of about that size."""
    units: list[Unit] = []
    for target in expand_paths(paths):
        if isinstance(target, Rejection):
            units.append(Unit(target.origin, rejection=target))
        elif target.kind == "stdin":
            raise UsageError("the Spark job cannot read stdin: pass files, directories or URLs")
        elif target.kind == "file" and _is_plain_jsonl(target.name, fmt):
            units.extend(_jsonl_ranges(target.name, split_bytes))
        else:
            units.append(Unit(target.name))
    return units


def group_units(units: Sequence[Unit], split_bytes: int) -> list[list[Unit]]:
    """Consecutive units grouped into partitions of about ``split_bytes`` (a large unit alone),
    so that many small files do not each cost a task."""
    groups: list[list[Unit]] = []
    size = 0
    for unit in units:
        unit_size = _size(unit)
        if not groups or size + unit_size > split_bytes:
            groups.append([])
            size = 0
        groups[-1].append(unit)
        size += unit_size
    return groups


def _size(unit: Unit) -> int:
    if unit.start is not None and unit.end is not None:
        return unit.end - unit.start
    try:
        return os.path.getsize(unit.name) if unit.rejection is None else 0
    except OSError:
        return 0


def read_unit(unit: Unit, fmt: str | None, max_bytes: int) -> Iterator[Source | Rejection]:
    """The Sources (or Rejections) of one unit, as ``read_sources`` would yield them."""
    if unit.rejection is not None:
        yield unit.rejection
    elif unit.start is None or unit.end is None:
        yield from read_sources([unit.name], fmt=fmt, max_bytes=max_bytes)
    else:
        with open(unit.name, "rb") as raw:
            raw.seek(unit.start)
            stream = io.BufferedReader(_Range(raw, unit.end - unit.start))
            yield from read_jsonl(unit.name, stream, max_bytes, unit.first_index)


def _is_plain_jsonl(path: str, fmt: str | None) -> bool:
    try:
        with open(path, "rb") as stream:
            head = stream.read(HEAD_BYTES)
    except OSError:
        return False  # read_sources will record why
    if not head.strip() or head.startswith(GZIP_MAGIC):
        return False
    return (fmt or detect_format(head)) == "jsonl"


def _jsonl_ranges(path: str, split_bytes: int) -> list[Unit]:
    """Line-aligned ranges of about ``split_bytes``, each with the number of its first line."""
    size = os.path.getsize(path)
    units: list[Unit] = []
    start, first_index = 0, 0
    with open(path, "rb") as stream:
        while start < size:
            end = _line_start_after(stream, min(size, start + max(1, split_bytes)), size)
            units.append(Unit(path, start, end, first_index))
            first_index += _count_newlines(stream, start, end)
            start = end
    return units


def _line_start_after(stream: BinaryIO, offset: int, size: int) -> int:
    """The offset of the first line starting at or after ``offset`` (``size`` at the end)."""
    if offset >= size:
        return size
    stream.seek(offset - 1)
    while True:
        block = stream.read(_BLOCK)
        if not block:
            return size
        found = block.find(b"\n")
        if found >= 0:
            return stream.tell() - len(block) + found + 1


def _count_newlines(stream: BinaryIO, start: int, end: int) -> int:
    stream.seek(start)
    count, left = 0, end - start
    while left > 0:
        block = stream.read(min(_BLOCK, left))
        if not block:
            break
        count += block.count(b"\n")
        left -= len(block)
    return count


class _Range(io.RawIOBase):
    """At most ``length`` bytes of ``raw`` from its current position."""

    def __init__(self, raw: BinaryIO, length: int) -> None:
        super().__init__()
        self._raw = raw
        self._left = length

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._left <= 0:
            return 0
        chunk = self._raw.read(min(len(buffer), self._left))
        buffer[: len(chunk)] = chunk
        self._left -= len(chunk)
        return len(chunk)
