"""What differs between the SQLite and PostgreSQL stores, in one place.

The store's SQL is written once, in SQLite's spelling with ``?`` parameters and portable types;
the PostgreSQL connection translates it (:mod:`contested.store.postgres`). What cannot be
translated statement by statement is here: how a write or a read transaction starts, how to
say "no limit", the full-text condition, and the errors each driver raises.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

Name = Literal["sqlite", "postgresql"]

# PostgreSQL indexes and searches the first characters of an article (a tsvector holds at
# most 1 MB); SQLite's FTS5 indexes all of it. Latin letters lose their diacritics on both
# sides (FTS5's remove_diacritics; contested_fold on PostgreSQL, schema version 6), so
# "Raqqa" finds "Raqqā" on either backend.
PG_SEARCH_CHARS = 250_000
PG_SEARCH_TEXT = f"left(coalesce(a.title, '') || ' ' || a.text, {PG_SEARCH_CHARS})"
PG_SEARCH_EXPR = f"to_tsvector('simple', contested_fold({PG_SEARCH_TEXT}))"
PG_SEARCH_QUERY = "plainto_tsquery('simple', contested_fold(?))"
WRITE_LOCK_KEY = 0x636F6E74  # "cont": one writer at a time, as SQLite's BEGIN IMMEDIATE


class Cursor(Protocol):
    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Any: ...


class Connection(Protocol):
    """The part of a DB-API connection the store uses (``sqlite3.Connection`` or
    :class:`~contested.store.postgres.PgConnection`)."""

    @property
    def in_transaction(self) -> bool: ...

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Any: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Any: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class Dialect:
    name: Name
    errors: tuple[type[Exception], ...]
    begin_write: tuple[str, ...]
    begin_read: str
    no_limit: int | None

    def busy(self, exc: Exception) -> bool:
        """The error says another connection holds a lock: retrying may succeed."""
        text = str(exc).lower()
        return "locked" in text or "busy" in text or "deadlock" in text


SQLITE = Dialect(
    name="sqlite",
    errors=(sqlite3.Error,),
    begin_write=("BEGIN IMMEDIATE",),
    begin_read="BEGIN",
    no_limit=-1,
)


def postgresql_dialect() -> Dialect:
    import psycopg

    return Dialect(
        name="postgresql",
        errors=(psycopg.Error,),
        begin_write=("BEGIN", f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})"),
        begin_read="BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY",
        no_limit=None,
    )


def dialect_of(conn: Connection) -> Dialect:
    if getattr(conn, "dialect", "sqlite") == "postgresql":
        return postgresql_dialect()
    return SQLITE


def is_url(target: str) -> bool:
    return target.startswith(("postgresql://", "postgres://"))
