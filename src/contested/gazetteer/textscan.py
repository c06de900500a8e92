"""Find place names in running text with an in-memory set of name keys.

A span is a run of capitalised tokens (or Arabic-script tokens, or ``al-Harra``-style tokens),
possibly joined by lowercase connectors (``Deir ez-Zor``, ``Ras al Ain``, ``Bab al-Hawa``),
whose key names a place; the longest run wins. Keys kept: every name of curated places,
countries, admin1 units and places in :data:`FOCUS_COUNTRIES`; elsewhere multi-word names and
single words of places with at least :data:`MIN_SINGLE_POPULATION` people. A single word in
``stopwords.txt`` (``Of``, ``Can``, ``Mobile``, ``Deal``, ``Nice`` ...) is never a match alone.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import re
import sqlite3
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

from contested.gazetteer.keys import name_key
from contested.gazetteer.sources import data_file

FOCUS_COUNTRIES = ("SY", "IQ", "YE", "LB", "PS", "IL", "JO")
MIN_SINGLE_POPULATION = 1000
MAX_TOKENS = 6

_TOKEN = re.compile(r"[^\W\d_](?:[\w‘’'ʿ`-]*\w)?")
_PREFIXED = re.compile(r"^(?:al|el|ad|ash|as|az|at|ar|an|ed|es|ez|et)[-‘’'`]\w", re.UNICODE)
CONNECTORS = frozenset({
    "al", "el", "ad", "ash", "as", "az", "at", "ar", "an", "ed", "es", "ez", "et", "de", "del",
    "la", "le", "of", "upon", "on", "bin", "bani", "ibn", "du", "des", "al-", "um", "umm", "abu",
    "and",
})
_GAP = re.compile(r"^[ \t-]{1,2}$")
log = logging.getLogger(__name__)


def load_stopwords() -> frozenset[str]:
    lines = data_file("stopwords.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


_KEYS_VERSION = "1"  # bump when the key query changes


def _query_keys(conn: sqlite3.Connection, lock: threading.Lock) -> frozenset[str]:
    marks = ",".join("?" * len(FOCUS_COUNTRIES))
    sql = ("SELECT DISTINCT n.key FROM names n JOIN places p ON p.pid = n.pid WHERE"
           f" length(n.key) >= 3 AND n.scan = 1 AND (p.curated = 1 OR p.feature IN ('PCLI', 'ADM1')"
           f" OR n.ntok >= 2 OR p.population >= ? OR p.country IN ({marks}))")
    with lock:
        rows = conn.execute(sql, (MIN_SINGLE_POPULATION, *FOCUS_COUNTRIES))
        return frozenset(r[0] for r in rows)


def _keys_file(path: Path) -> Path:
    """Where the key set of the gazetteer at ``path`` is kept: named by what it depends on
    (the query's version and parameters, Python's marshal format, and the size and
    modification time of the gazetteer and of its write-ahead log), so a gazetteer changed
    in any way (``contested gazetteer import``, a rebuild) never reads an old key set."""
    parts: list[object] = [_KEYS_VERSION, FOCUS_COUNTRIES, MIN_SINGLE_POPULATION,
                           marshal.version, sys.version_info[:2]]
    for file in (path, path.with_name(path.name + "-wal")):
        try:
            info = file.stat()
        except OSError:
            parts.append(None)
        else:
            parts.append((info.st_size, info.st_mtime_ns))
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:16]
    return path.with_name(f"{path.name}.scan-keys-{digest}")


def _read_keys(path: Path) -> frozenset[str] | None:
    try:
        data = marshal.loads(_keys_file(path).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None  # absent, unreadable or damaged: query the gazetteer instead
    if not isinstance(data, list) or not all(isinstance(k, str) for k in data):
        return None
    return frozenset(data)


def _write_keys(path: Path, keys: frozenset[str]) -> None:
    """Keep ``keys`` beside the gazetteer (atomically: a reader never sees half a file) and
    drop the files of its earlier states; a read-only folder only costs the next query."""
    target = _keys_file(path)
    try:
        handle, tmp = tempfile.mkstemp(prefix=target.name, suffix=".tmp", dir=target.parent)
        with os.fdopen(handle, "wb") as out:
            out.write(marshal.dumps(sorted(keys)))
        os.replace(tmp, target)
        for old in target.parent.glob(f"{path.name}.scan-keys-*"):
            if old != target:
                old.unlink(missing_ok=True)
    except OSError:
        log.debug("cannot keep the gazetteer's scan keys beside %s", path, exc_info=True)


@dataclass(frozen=True)
class _Tok:
    start: int
    end: int
    text: str
    capital: bool


class NameScanner:
    """The in-memory key set and the longest-match scan over text."""

    def __init__(self, keys: frozenset[str], stopwords: frozenset[str]) -> None:
        self.keys = keys
        self.stopwords = stopwords

    @classmethod
    def from_connection(
        cls, conn: sqlite3.Connection, lock: threading.Lock, path: Path | None = None
    ) -> NameScanner:
        """The scanner of the gazetteer behind ``conn``. With the gazetteer's ``path``, its
        key set is kept in a file beside it (:func:`_keys_file`) and read back from there:
        about a tenth of the time of the query, which every process that extracts pays."""
        keys = _read_keys(path) if path is not None else None
        if keys is None:
            keys = _query_keys(conn, lock)
            if path is not None:
                _write_keys(path, keys)
        return cls(keys, load_stopwords())

    def scan(self, text: str) -> list[tuple[int, int, str]]:
        toks = _tokenize(text)
        out: list[tuple[int, int, str]] = []
        i = 0
        while i < len(toks):
            end = self._longest_from(text, toks, i) if toks[i].capital else None
            if end is None:
                i += 1
                continue
            out.append((toks[i].start, toks[end].end, text[toks[i].start:toks[end].end]))
            i = end + 1
        return out

    def _longest_from(self, text: str, toks: list[_Tok], i: int) -> int | None:
        last = i
        while (last + 1 < len(toks) and last + 1 - i < MAX_TOKENS
               and _GAP.match(text[toks[last].end:toks[last + 1].start])
               and (toks[last + 1].capital or toks[last + 1].text.lower() in CONNECTORS)):
            last += 1
        for j in range(last, i - 1, -1):
            if not toks[j].capital:
                continue
            if j == i and toks[i].text.lower() in self.stopwords:
                return None
            if name_key(text[toks[i].start:toks[j].end]) in self.keys:
                return j
        return None


def _tokenize(text: str) -> list[_Tok]:
    out = []
    for m in _TOKEN.finditer(text):
        word, end = m.group(), m.end()
        if word[-2:] in ("'s", "’s"):
            word, end = word[:-2], end - 2
        out.append(_Tok(m.start(), end, word, _is_capital(word)))
    return out


def _is_capital(word: str) -> bool:
    first = word[0]
    return first.isupper() or "\u0600" <= first <= "\u06ff" or bool(_PREFIXED.match(word))
