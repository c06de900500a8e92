"""Expand command-line PATHs: files, directories, glob patterns, URLs and ``-`` (stdin)."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Literal

from contested.types import Rejection

_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True)
class Target:
    """One thing to read. ``name`` is the file path as given, the URL, or ``-``."""

    kind: Literal["file", "url", "stdin"]
    name: str


def expand_paths(paths: Sequence[str]) -> Iterator[Target | Rejection]:
    """Targets in command-line order; directories and globs expand sorted, hidden files skipped."""
    for path in paths:
        yield from _expand(path)


def _expand(path: str) -> Iterator[Target | Rejection]:
    if path == "-":
        yield Target("stdin", "-")
    elif path.lower().startswith(("http://", "https://")):
        yield Target("url", path)
    elif os.path.isdir(path):
        yield from _walk(path)
    elif os.path.exists(path):
        yield Target("file", path)
    elif _GLOB_CHARS & set(path):
        yield from _glob(path)
    else:
        yield Rejection(path, "unreadable", f"no such file or directory: {path}")


def _glob(pattern: str) -> Iterator[Target | Rejection]:
    matches = sorted(glob.glob(pattern, recursive=True))
    if not matches:
        yield Rejection(pattern, "unreadable", f"no file matches the pattern {pattern!r}")
    for match in matches:
        if os.path.isdir(match):
            yield from _walk(match)
        elif not _hidden(os.path.basename(match)):
            yield Target("file", match)


def _walk(directory: str) -> Iterator[Target]:
    """Files under ``directory`` (recursively, sorted), joined to the directory as given."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not _hidden(d))
        for name in sorted(files):
            if not _hidden(name):
                yield Target("file", os.path.join(root, name))


def _hidden(name: str) -> bool:
    return name.startswith(".")
