"""JSON Lines: one article per line, streamed; a broken line is rejected, the rest go on."""

from __future__ import annotations

import datetime as dt
import json
import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from contested.errors import InputError
from contested.ingest.decode import decode_bytes, scrub_surrogates
from contested.types import Rejection, Source

_CHUNK = 1 << 20


def read_jsonl(
    container: str, stream: BinaryIO, max_bytes: int, first_index: int = 0
) -> Iterator[Source | Rejection]:
    """Yield one Source (or Rejection) per non-blank line; ``origin`` is ``container#id|index``.
    ``first_index`` is the line number of the stream's first line (a shard of a larger file)."""
    for index, line, complete in _lines(stream, max_bytes, first_index):
        if not line.strip():
            continue
        if not complete:
            detail = f"line {index + 1} is longer than {max_bytes} bytes"
            yield Rejection(f"{container}#{index}", "too_large", detail)
            continue
        yield _record(container, index, line)


def _lines(
    stream: BinaryIO, max_bytes: int, first_index: int = 0
) -> Iterator[tuple[int, bytes, bool]]:
    """(index, line, complete) for each physical line, never holding more than max_bytes."""
    index = first_index
    while True:
        line = _readline(stream, max_bytes + 1)
        if not line:
            return
        complete = len(line) <= max_bytes or line.endswith(b"\n")
        if not complete:
            _skip_rest_of_line(stream)
        yield index, line, complete
        index += 1


def _readline(stream: BinaryIO, limit: int) -> bytes:
    """One line; a corrupt gzip stream (lines already read were yielded) is unreadable."""
    try:
        return stream.readline(limit)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"cannot read on: corrupt compressed data ({exc})") from exc


def _skip_rest_of_line(stream: BinaryIO) -> None:
    while True:
        chunk = _readline(stream, _CHUNK)
        if not chunk or chunk.endswith(b"\n"):
            return


def _record(container: str, index: int, line: bytes) -> Source | Rejection:
    fallback = f"{container}#{index}"
    try:
        record = json.loads(decode_bytes(line))
    except InputError as exc:
        return Rejection(fallback, exc.reason, f"line {index + 1}: {exc}")
    except ValueError as exc:
        return Rejection(fallback, "broken_json", f"line {index + 1} is not valid JSON: {exc}")
    except RecursionError:
        detail = f"line {index + 1} nests JSON too deeply to read"
        return Rejection(fallback, "broken_json", detail)
    if not isinstance(record, dict):
        return Rejection(fallback, "broken_json", f"line {index + 1} is not a JSON object")
    record_id = _string(record.get("id"))
    origin = f"{container}#{record_id}" if record_id else fallback
    return _source(origin, record)


def _source(origin: str, record: dict[str, Any]) -> Source | Rejection:
    text, html = _string(record.get("text")), _string(record.get("html"))
    if not (text and text.strip()) and not (html and html.strip()):
        return Rejection(origin, "empty", "the record has neither 'text' nor 'html'")
    return Source(
        origin=origin,
        format="jsonl",
        text=text if text and text.strip() else None,
        html=None if text and text.strip() else html,
        url=_string(record.get("url")),
        title=_string(record.get("title")),
        published=parse_date(record.get("published")),
        outlet=_string(record.get("outlet")),
        language=_string(record.get("language")),
    )


def _string(value: object) -> str | None:
    """A field as text; JSON may escape lone surrogates (``"\\ud800"``): they become U+FFFD."""
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    return scrub_surrogates(str(value))


def parse_date(value: object) -> dt.date | None:
    """An ISO date or datetime (``2018-06-17``, ``2018-06-17T22:39:00Z``), else None."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
