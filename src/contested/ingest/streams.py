"""Binary streams: a peekable head, bounded reads and bounded gzip decompression."""

from __future__ import annotations

import gzip
import io
import zlib
from typing import BinaryIO

from contested.errors import InputError

HEAD_BYTES = 65536
GZIP_MAGIC = b"\x1f\x8b"


class PrefixedStream(io.RawIOBase):
    """A read-only stream that replays ``head`` and then continues with ``rest``."""

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        super().__init__()
        self._head = memoryview(head)
        self._rest = rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        if self._head.nbytes:
            count = min(len(buffer), self._head.nbytes)
            buffer[:count] = self._head[:count]
            self._head = self._head[count:]
            return count
        chunk = self._rest.read(len(buffer))
        if not chunk:
            return 0
        buffer[: len(chunk)] = chunk
        return len(chunk)


def peek_head(stream: BinaryIO) -> tuple[bytes, BinaryIO]:
    """Read the first bytes of ``stream`` and return them with a stream that starts over."""
    head = stream.read(HEAD_BYTES)
    return head, io.BufferedReader(PrefixedStream(head, stream))


def gunzip_head(head: bytes, limit: int = HEAD_BYTES) -> bytes:
    """Decompress the start of a gzip stream, at most ``limit`` bytes, without consuming it."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, limit)
    except zlib.error as exc:
        raise InputError(f"corrupt gzip data: {exc}", reason="unreadable") from exc


def gunzip_stream(stream: BinaryIO) -> BinaryIO:
    """A lazily decompressing view of a gzip stream (callers bound how much they read)."""
    return gzip.GzipFile(fileobj=stream, mode="rb")  # type: ignore[return-value]


def read_bounded(stream: BinaryIO, max_bytes: int, what: str) -> bytes:
    """Read the whole stream, refusing more than ``max_bytes`` (a bounded gzip read too)."""
    try:
        data = stream.read(max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"cannot read {what}: {exc}", reason="unreadable") from exc
    if len(data) > max_bytes:
        raise InputError(
            f"{what} is larger than {max_bytes} bytes (after decompression); "
            "raise max_bytes to read it",
            reason="too_large",
        )
    return data
