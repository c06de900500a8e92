"""The store: one SQLite file (WAL, foreign keys, FTS5), or a PostgreSQL database
(``postgresql://...``) with the same schema and behaviour; versioned schema.

All SQL of contested lives in this package, written once in SQLite's spelling (the PostgreSQL
connection translates it); callers get and give our dataclasses. Writers take the database's
write lock for each transaction (``BEGIN IMMEDIATE``; an advisory lock on PostgreSQL) and
wait for it up to ``BUSY_TIMEOUT_MS``, retrying a few times; multi-query reads run in one
snapshot, so a reader never sees an incident half-written by a concurrent run.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import logging
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from contested.errors import StoreError
from contested.store import loaders, queries, rows, schema
from contested.store.dialect import SQLITE, Connection, Dialect, dialect_of, is_url
from contested.store.loaders import MENTION_ORDER, marks
from contested.store.models import (
    RUN_COUNT_FIELDS,
    IncidentEvent,
    IncidentFilter,
    LineageEvent,
    RunCounts,
    RunRecord,
    SaveResult,
    Sort,
)
from contested.store.pending import PendingMixin
from contested.store.review import ReviewMixin
from contested.types import Article, Claim, Incident, Mention, Rejection, Role

if TYPE_CHECKING:
    from contested.resolve.names import NameStats

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
BUSY_RETRIES = 3  # after a busy timeout, try this many more times, backing off
Clock = Callable[[], str]


def utc_now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _insert_sql(table: str, row: Mapping[str, Any], conflict: str = "") -> str:
    columns = ", ".join(row)
    return f"INSERT INTO {table} ({columns}) VALUES ({marks(len(row))}) {conflict}".rstrip()


def _upsert_clause(key: str, row: Mapping[str, Any]) -> str:
    updates = ", ".join(f"{c} = excluded.{c}" for c in row if c != key)
    return f"ON CONFLICT ({key}) DO UPDATE SET {updates}"


@contextmanager
def _translated(what: str, errors: tuple[type[Exception], ...] = (sqlite3.Error,)) -> Iterator[None]:
    try:
        yield
    except errors as exc:
        hint = " (another process holds the lock; retry later)" if SQLITE.busy(exc) else ""
        raise StoreError(f"{what}: {exc}{hint}") from exc


def open_store(path: str | Path, clock: Clock = utc_now, shared: bool = False) -> Store:
    """Open (creating and migrating as needed) the store at ``path``: a SQLite file
    (``":memory:"`` works) or a ``postgresql://`` URL.

    ``shared``: the store may be used from several threads, one at a time (a server's pool).
    """
    name = str(path)
    if is_url(name):
        return _open_postgresql(name, clock)  # psycopg connections are thread-safe
    if name != ":memory:":
        Path(name).expanduser().parent.mkdir(parents=True, exist_ok=True)
    with _translated(f"cannot open {name} as a contested database"):
        conn = sqlite3.connect(
            name,
            isolation_level=None,
            timeout=BUSY_TIMEOUT_MS / 1000,
            check_same_thread=not shared,
        )
    return _migrated(conn, name, name, clock, _configure)


def _open_postgresql(url: str, clock: Clock) -> Store:
    from contested.store import postgres

    shown = postgres.redacted(url)
    errors = dialect_of(postgres.PgConnection(None)).errors
    hint = "is the server running, and the database created?"
    with _translated(f"cannot connect to {shown}; {hint}", errors):
        conn = postgres.connect(url, BUSY_TIMEOUT_MS / 1000)
    return _migrated(conn, url, shown, clock, _configure_postgresql)


def _migrated(
    conn: Connection, name: str, shown: str, clock: Clock, configure: Callable[[Any], None]
) -> Store:
    errors = dialect_of(conn).errors
    try:
        with _translated(f"cannot open {shown} as a contested database", errors):
            configure(conn)
            schema.migrate(conn, shown)
    except BaseException:
        conn.close()
        raise
    return Store(conn, name, clock)


def _configure(conn: sqlite3.Connection) -> None:
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = NORMAL")


def _configure_postgresql(conn: Connection) -> None:
    conn.execute(f"SET lock_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("SET client_min_messages = warning")


class Store(PendingMixin, ReviewMixin):
    """A contested database. Use :func:`open_store`; usable as a context manager."""

    def __init__(self, conn: Connection, path: str, clock: Clock = utc_now) -> None:
        self._conn = conn
        self.path = path
        self._now = clock
        self._dialect: Dialect = dialect_of(conn)
        self._atomic = False  # inside atomically(): writes join its transaction

    @property
    def backend(self) -> str:
        """``"sqlite"`` or ``"postgresql"``."""
        return self._dialect.name

    @property
    def broken(self) -> bool:
        """The connection to a PostgreSQL server was lost (a SQLite file's cannot be)."""
        return bool(getattr(self._conn, "broken", False))

    # -- connection -----------------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        if self.backend == "sqlite":  # PostgreSQL's autovacuum keeps its own statistics
            try:  # refresh the planner's statistics where they went stale (bounded work)
                self._conn.execute("PRAGMA analysis_limit = 400")
                self._conn.execute("PRAGMA optimize")
            except sqlite3.Error:
                log.debug("PRAGMA optimize failed on %s", self.path, exc_info=True)
        self._conn.close()

    @property
    def schema_version(self) -> int:
        with self._translated("cannot read the schema version"):
            return schema.user_version(self._conn)

    def _translated(self, what: str) -> Any:
        return _translated(what, self._dialect.errors)

    @contextmanager
    def atomically(self, what: str = "cannot write") -> Iterator[None]:
        """Every write inside is one transaction: all of it is stored, or none (a run killed
        half-way through resolution leaves the store as it was before resolution began)."""
        if self._atomic:
            yield
            return
        with self._tx(what):
            self._atomic = True
            try:
                yield
            finally:
                self._atomic = False

    @contextmanager
    def _tx(self, what: str) -> Iterator[Any]:
        """One write transaction holding the write lock, rolled back on any error (inside
        :meth:`atomically`, a part of its transaction)."""
        if self._atomic:
            yield self._conn
            return
        with self._translated(what):
            self._begin(self._dialect.begin_write)
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _begin(self, statements: Sequence[str]) -> None:
        """Start a transaction; when the lock stays busy past the driver's own wait, retry a
        bounded number of times with a growing pause."""
        for attempt in range(BUSY_RETRIES + 1):
            try:
                for statement in statements:
                    self._conn.execute(statement)
                return
            except self._dialect.errors as exc:
                if self._conn.in_transaction:
                    self._conn.execute("ROLLBACK")
                if attempt == BUSY_RETRIES or not self._dialect.busy(exc):
                    raise
                log.warning("store busy (%s); retrying", exc)
                time.sleep(0.2 * 2**attempt)

    @contextmanager
    def snapshot(self) -> Iterator[None]:
        """Reads inside see one consistent state of the database (nested calls share it)."""
        if self._conn.in_transaction:
            yield
            return
        with self._translated("cannot start a read"):
            self._begin((self._dialect.begin_read,))
        try:
            yield
        finally:
            if self._conn.in_transaction:
                self._conn.execute("COMMIT")

    def _rows(self, what: str, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self._translated(what):
            return list(self._conn.execute(sql, tuple(params)).fetchall())

    # -- runs -----------------------------------------------------------------------------

    def begin_run(self, args: str) -> int:
        with self._tx("cannot start a run") as conn:
            found = conn.execute(
                "INSERT INTO runs (started_at, args) VALUES (?, ?) RETURNING id",
                (self._now(), args),
            ).fetchone()
            return int(found[0])

    def finish_run(self, run_id: int, counts: RunCounts) -> None:
        values = [getattr(counts, name) for name in RUN_COUNT_FIELDS]
        setters = ", ".join(f"{name} = ?" for name in RUN_COUNT_FIELDS)
        with self._tx(f"cannot finish run {run_id}") as conn:
            conn.execute(
                f"UPDATE runs SET finished_at = ?, {setters} WHERE id = ?",
                (self._now(), *values, run_id),
            )

    def run(self, run_id: int) -> RunRecord | None:
        found = self._rows("cannot read runs", "SELECT * FROM runs WHERE id = ?", (run_id,))
        if not found:
            return None
        row = found[0]
        counts = RunCounts(**{name: row[name] for name in RUN_COUNT_FIELDS})
        return RunRecord(row["id"], row["started_at"], row["finished_at"], row["args"], counts)

    # -- articles, mentions, rejections -----------------------------------------------------

    def has_article(self, article_id: str) -> bool:
        sql = "SELECT 1 FROM articles WHERE article_id = ?"
        return bool(self._rows("cannot read articles", sql, (article_id,)))

    def stored_articles(self, article_ids: Sequence[str]) -> set[str]:
        """Those of ``article_ids`` already stored (one query per page, not one per id)."""
        found: set[str] = set()
        for chunk in loaders.chunks(sorted(set(article_ids))):
            sql = f"SELECT article_id FROM articles WHERE article_id IN ({marks(len(chunk))})"
            found.update(row["article_id"] for row in self._rows("cannot read articles", sql, chunk))
        return found

    def fingerprints(self) -> Iterator[tuple[str, int]]:
        """``(article_id, simhash)`` of every stored article, by article_id."""
        sql = "SELECT article_id, fingerprint FROM articles ORDER BY article_id"
        for row in self._rows("cannot read fingerprints", sql):
            yield row["article_id"], rows.to_unsigned64(row["fingerprint"])

    def save_batch(
        self,
        run_id: int | None,
        articles: Sequence[Article],
        mentions: Sequence[Mention],
        rejections: Sequence[Rejection],
        triage: Sequence[tuple[str, bool, str]] = (),
    ) -> None:
        """Store one batch in one transaction. Idempotent: articles and rejections already
        stored are kept as they are; mentions (with their claims) are upserted. ``triage``
        holds ``(article_id, relevant, component)`` verdicts for articles of the batch."""
        with self._tx("cannot save the batch") as conn:
            self._save_articles(conn, articles, run_id, self._now())
            for mention in mentions:
                self._save_mention(conn, mention)
            for article_id, names in sorted(_article_names(mentions).items()):
                schema.count_names(conn, article_id, names)
            conn.executemany(
                "INSERT INTO rejections (origin, reason, detail, run_id) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (origin, reason, detail) DO NOTHING",
                [(r.origin, r.reason, r.detail, run_id) for r in rejections],
            )
            conn.executemany(
                "INSERT INTO article_triage (article_id, relevant, component) VALUES (?, ?, ?)"
                " ON CONFLICT (article_id) DO NOTHING",
                [(article_id, int(relevant), component) for article_id, relevant, component in triage],
            )

    @staticmethod
    def _save_articles(
        conn: Connection, articles: Sequence[Article], run_id: int | None, now: str
    ) -> None:
        """The batch's outlets, then its articles in order, one statement each for all. An
        outlet keeps the first host known for it: one upsert with the batch's first host
        leaves the row as one upsert per article did (and adds new outlets in the same order)."""
        hosts: dict[str, str | None] = {}
        for article in articles:
            if article.outlet is not None and hosts.get(article.outlet) is None:
                hosts[article.outlet] = rows.host_of(article.url)
        conn.executemany(
            "INSERT INTO outlets (name, host) VALUES (?, ?) ON CONFLICT (name)"
            " DO UPDATE SET host = coalesce(outlets.host, excluded.host)",
            list(hosts.items()),
        )
        if not articles:
            return
        table = [rows.article_row(article, run_id, now) for article in articles]
        sql = _insert_sql("articles", table[0], "ON CONFLICT (article_id) DO NOTHING")
        conn.executemany(sql, [tuple(row.values()) for row in table])

    def _save_mention(self, conn: Connection, mention: Mention) -> None:
        row = rows.mention_row(mention)
        conn.execute(
            _insert_sql("mentions", row, _upsert_clause("mention_id", row)), tuple(row.values())
        )
        keep = [claim.claim_id for claim in mention.claims]
        sql = "DELETE FROM claims WHERE mention_id = ?"
        if keep:  # an empty IN () is SQLite-only
            sql += f" AND claim_id NOT IN ({marks(len(keep))})"
        conn.execute(sql, (mention.mention_id, *keep))
        for position, claim in enumerate(mention.claims):
            crow = rows.claim_row(claim, position)
            conn.execute(
                _insert_sql("claims", crow, _upsert_clause("claim_id", crow)), tuple(crow.values())
            )

    def article(self, article_id: str) -> Article | None:
        return self.articles([article_id]).get(article_id)

    def articles(self, ids: Sequence[str]) -> dict[str, Article]:
        with self._translated("cannot read articles"), self.snapshot():
            return loaders.articles(self._conn, list(ids))

    def article_ids(self) -> list[str]:
        """Every stored article id, sorted."""
        found = self._rows("cannot read articles", "SELECT article_id FROM articles ORDER BY article_id", ())
        return [r["article_id"] for r in found]

    def triaged_out(self) -> list[str]:
        """Ids of the stored articles the triage judged not relevant (never extracted), sorted."""
        sql = "SELECT article_id FROM article_triage WHERE relevant = 0 ORDER BY article_id"
        return [r["article_id"] for r in self._rows("cannot read triage verdicts", sql)]

    def rejections(self, run_id: int | None = None) -> list[Rejection]:
        sql = "SELECT origin, reason, detail FROM rejections"
        params: tuple[Any, ...] = ()
        if run_id is not None:
            sql, params = sql + " WHERE run_id = ?", (run_id,)
        found = self._rows(
            "cannot read rejections", sql + " ORDER BY origin, reason, detail", params
        )
        return [Rejection(r["origin"], r["reason"], r["detail"]) for r in found]

    def outlet_counts(self) -> list[tuple[str, int]]:
        """Articles per outlet, most first."""
        sql = (
            "SELECT outlet, count(*) AS n FROM articles WHERE outlet IS NOT NULL"
            " GROUP BY outlet ORDER BY n DESC, outlet"
        )
        return [(r["outlet"], r["n"]) for r in self._rows("cannot count outlets", sql)]

    # -- cached sentence vectors (resolution) -----------------------------------------------

    def cached_vectors(self, embedder: str, digests: Sequence[str]) -> dict[str, str]:
        """``digest -> vector`` (base64 float32) of the cached ``digests`` for ``embedder``."""
        found: dict[str, str] = {}
        for start in range(0, len(digests), 500):
            part = list(digests[start : start + 500])
            sql = ("SELECT digest, vector FROM mention_vectors WHERE embedder = ?"
                   f" AND digest IN ({marks(len(part))})")
            rows_ = self._rows("cannot read cached vectors", sql, (embedder, *part))
            found.update((r["digest"], r["vector"]) for r in rows_)
        return found

    def save_vectors(self, embedder: str, vectors: Sequence[tuple[str, str]]) -> None:
        """Cache ``(digest, vector)`` pairs for ``embedder`` (a digest already cached is kept)."""
        with self._tx("cannot cache vectors") as conn:
            for digest, vector in vectors:
                conn.execute(
                    "INSERT INTO mention_vectors (embedder, digest, vector) VALUES (?, ?, ?)"
                    " ON CONFLICT (embedder, digest) DO NOTHING",
                    (embedder, digest, vector),
                )

    # -- name frequencies (resolution) -------------------------------------------------------

    def name_stats(self, names: Iterable[str]) -> NameStats:
        """How many stored articles name each of ``names``, out of how many articles counted
        (:class:`~contested.resolve.names.NameStats`)."""
        from contested.resolve.names import NameStats

        wanted = sorted(set(names))
        total = self._rows("cannot read name counts", "SELECT count(*) AS n FROM name_articles")
        counts: dict[str, int] = {}
        for start in range(0, len(wanted), 500):
            part = wanted[start : start + 500]
            sql = f"SELECT name, articles FROM name_counts WHERE name IN ({marks(len(part))})"
            counts.update((r["name"], r["articles"]) for r in self._rows(
                "cannot read name counts", sql, tuple(part)))
        return NameStats(int(total[0]["n"]), counts)

    # -- mentions for the resolver ------------------------------------------------------------

    def unresolved_mentions(self) -> list[Mention]:
        """Mentions not yet linked to an incident, in reading order."""
        sql = (
            "SELECT m.* FROM mentions m JOIN articles a ON a.article_id = m.article_id"
            " WHERE NOT EXISTS (SELECT 1 FROM incident_reports r"
            " WHERE r.mention_id = m.mention_id)"
            f" ORDER BY {MENTION_ORDER}"
        )
        with self._translated("cannot read mentions"), self.snapshot():
            return loaders.mentions(self._conn, sql, ())

    def mentions_of(self, incident_id: str) -> list[Mention]:
        sql = (
            "SELECT m.* FROM incident_reports r JOIN mentions m ON m.mention_id = r.mention_id"
            " JOIN articles a ON a.article_id = m.article_id WHERE r.incident_id = ?"
            f" ORDER BY {MENTION_ORDER}"
        )
        with self._translated("cannot read mentions"), self.snapshot():
            return loaders.mentions(self._conn, sql, (incident_id,))

    def incident_candidates(
        self, country: str | None, date_from: dt.date | None, date_to: dt.date | None
    ) -> list[tuple[str, list[Mention]]]:
        """Incidents that may be the one a new mention reports, with their primary mentions.

        Dated incidents overlapping ``[date_from, date_to]`` (an open bound is unbounded) in
        ``country`` or of unknown country; plus undated incidents in ``country``.
        """
        cond, params = _candidate_condition(country, date_from, date_to)
        sql = (
            "SELECT m.*, r.incident_id AS group_id FROM incidents i"
            " JOIN incident_reports r ON r.incident_id = i.incident_id AND r.role = 'primary'"
            " JOIN mentions m ON m.mention_id = r.mention_id"
            " JOIN articles a ON a.article_id = m.article_id"
            f" WHERE {cond} ORDER BY i.incident_id, {MENTION_ORDER}"
        )
        with self._translated("cannot read incident candidates"), self.snapshot():
            return loaders.grouped_mentions(self._conn, sql, params)

    def published_dates(self, article_ids: Sequence[str]) -> dict[str, dt.date]:
        """Article id -> publication date, for the articles that have one."""
        found: dict[str, dt.date] = {}
        for chunk in loaders.chunks(sorted(set(article_ids))):
            sql = (f"SELECT article_id, published FROM articles WHERE published IS NOT NULL"
                   f" AND article_id IN ({marks(len(chunk))})")
            for row in self._rows("cannot read publication dates", sql, chunk):
                found[row["article_id"]] = dt.date.fromisoformat(row["published"])
        return found

    def claims_of(self, incident_id: str) -> list[Claim]:
        sql = (
            "SELECT c.* FROM incident_reports r JOIN mentions m ON m.mention_id = r.mention_id"
            " JOIN articles a ON a.article_id = m.article_id"
            " JOIN claims c ON c.mention_id = m.mention_id WHERE r.incident_id = ?"
            f" ORDER BY {MENTION_ORDER}, c.position, c.claim_id"
        )
        found = self._rows("cannot read claims", sql, (incident_id,))
        return [rows.claim_from(row) for row in found]

    # -- incidents: writes ----------------------------------------------------------------------

    def link(self, incident_id: str, mention: Mention, role: Role) -> None:
        """Attach a stored mention to a stored incident (moving it if linked elsewhere)."""
        with self._tx(f"cannot link {mention.mention_id} to {incident_id}") as conn:
            found = conn.execute(
                "SELECT incident_id, role FROM incident_reports WHERE mention_id = ?",
                (mention.mention_id,),
            ).fetchone()
            if found is not None and tuple(found) == (incident_id, role):
                return
            conn.execute("DELETE FROM incident_reports WHERE mention_id = ?", (mention.mention_id,))
            conn.execute(
                "INSERT INTO incident_reports (incident_id, mention_id, article_id, role, position)"
                " SELECT ?, ?, ?, ?, coalesce(max(position) + 1, 0) FROM incident_reports"
                " WHERE incident_id = ?",
                (incident_id, mention.mention_id, mention.article_id, role, incident_id),
            )
            self._log(conn, incident_id, "linked", f"{mention.mention_id} ({role})", None)

    def save_incident(self, incident: Incident, run_id: int | None = None) -> SaveResult:
        """Write the incident and its child rows (reports included) in one transaction.

        Nothing is written, and ``updated_at`` is kept, when the stored incident is equal.
        """
        with self._tx(f"cannot save incident {incident.incident_id}") as conn:
            old = self._load_incident(conn, incident.incident_id)
            if old == incident:
                return "unchanged"
            now = self._now()
            row = rows.incident_row(incident)
            if old is None:
                conn.execute(*_incident_insert(row, now))
                self._log(conn, incident.incident_id, "created", _summary(incident), run_id)
            else:
                conn.execute(*_incident_update(row, now))
                self._log(conn, incident.incident_id, "updated", _changes(old, incident), run_id)
            self._replace_children(conn, incident)
            return "new" if old is None else "updated"

    def remove_incident(
        self, incident_id: str, run_id: int | None = None, event: str = "removed", detail: str = ""
    ) -> bool:
        """Delete an incident (its reports become unresolved), logging ``event`` (e.g. merged)."""
        with self._tx(f"cannot remove incident {incident_id}") as conn:
            cursor = conn.execute("DELETE FROM incidents WHERE incident_id = ?", (incident_id,))
            if cursor.rowcount:
                self._log(conn, incident_id, event, detail, run_id)
            return bool(cursor.rowcount > 0)

    def record_merge(
        self, kept: str, absorbed: str, mention_ids: Sequence[str], detail: str,
        run_id: int | None = None,
    ) -> None:
        """Incident ``absorbed`` became part of ``kept``: delete it (its reports must have
        moved to ``kept`` already, by :meth:`save_incident`) and record the merge."""
        with self._tx(f"cannot merge {absorbed} into {kept}") as conn:
            conn.execute("DELETE FROM incidents WHERE incident_id = ?", (absorbed,))
            self._lineage(conn, "merge", absorbed, kept, mention_ids, detail, run_id)
            self._log(conn, absorbed, "merged", f"into {kept}: {detail}", run_id)
            self._log(conn, kept, "absorbed", f"{absorbed}: {detail}", run_id)

    def record_split(
        self, incident_id: str, new_id: str, mention_ids: Sequence[str], detail: str,
        run_id: int | None = None,
    ) -> None:
        """``mention_ids`` left ``incident_id`` to form ``new_id`` (both saved already)."""
        with self._tx(f"cannot record the split of {incident_id}") as conn:
            self._lineage(conn, "split", incident_id, new_id, mention_ids, detail, run_id)
            self._log(conn, incident_id, "split", f"{new_id} split off: {detail}", run_id)
            self._log(conn, new_id, "split_from", f"{incident_id}: {detail}", run_id)

    def _lineage(
        self, conn: Connection, kind: str, from_id: str, to_id: str,
        mention_ids: Sequence[str], detail: str, run_id: int | None,
    ) -> None:
        conn.execute(
            "INSERT INTO incident_lineage (kind, from_id, to_id, mention_ids, detail, run_id, at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (kind, from_id, to_id, json.dumps(sorted(mention_ids)), detail, run_id, self._now()),
        )

    def lineage(self, incident_id: str) -> list[LineageEvent]:
        """Merges and splits that involve ``incident_id``, oldest first."""
        sql = "SELECT * FROM incident_lineage WHERE from_id = ? OR to_id = ? ORDER BY id"
        return [
            LineageEvent(r["kind"], r["from_id"], r["to_id"], tuple(json.loads(r["mention_ids"])),
                         r["detail"], r["run_id"], r["at"])
            for r in self._rows("cannot read lineage", sql, (incident_id, incident_id))
        ]

    def current_id(self, incident_id: str) -> str:
        """The id an incident lives on under: merges followed (cycle-safe)."""
        seen = {incident_id}
        current = incident_id
        while True:
            sql = ("SELECT to_id FROM incident_lineage WHERE kind = 'merge' AND from_id = ?"
                   " ORDER BY id DESC LIMIT 1")
            found = self._rows("cannot read lineage", sql, (current,))
            if not found or found[0]["to_id"] in seen:
                return current
            current = found[0]["to_id"]
            seen.add(current)

    def _replace_children(self, conn: Connection, incident: Incident) -> None:
        key = (incident.incident_id,)
        for table, made in (
            ("incident_perpetrators", rows.perpetrator_rows(incident)),
            ("incident_casualties_by_victims", rows.by_victims_rows(incident)),
            ("contradictions", rows.contradiction_rows(incident)),
            ("incident_reports", rows.report_rows(incident)),
        ):
            conn.execute(f"DELETE FROM {table} WHERE incident_id = ?", key)
            for row in made:
                conflict = _upsert_clause("mention_id", row) if table == "incident_reports" else ""
                conn.execute(_insert_sql(table, row, conflict), tuple(row.values()))

    def _log(
        self,
        conn: Connection,
        incident_id: str,
        event: str,
        detail: str,
        run_id: int | None,
    ) -> None:
        conn.execute(
            "INSERT INTO incident_events (incident_id, event, detail, run_id, at)"
            " VALUES (?, ?, ?, ?, ?)",
            (incident_id, event, detail, run_id, self._now()),
        )

    # -- incidents: reads ---------------------------------------------------------------------

    def _load_incident(self, conn: Connection, incident_id: str) -> Incident | None:
        found = conn.execute(
            "SELECT * FROM incidents WHERE incident_id = ?", (incident_id,)
        ).fetchall()
        loaded = loaders.incidents(conn, found)
        return loaded[0] if loaded else None

    def incident(self, incident_id: str) -> Incident | None:
        with self._translated(f"cannot read incident {incident_id}"), self.snapshot():
            return self._load_incident(self._conn, incident_id)

    def list_incidents(
        self,
        filters: IncidentFilter | None = None,
        limit: int | None = None,
        offset: int = 0,
        sort: Sort = "-date",
    ) -> list[Incident]:
        where, params = queries.where(filters, backend=self.backend)
        order = queries.order_by(sort)
        # sort narrow rows (ids) and read the page's full rows afterwards
        page = f"SELECT i.incident_id AS page_id FROM incidents i {where} ORDER BY {order}"
        if limit is not None or offset:
            page += " LIMIT ? OFFSET ?"
            params += [self._dialect.no_limit if limit is None else limit, offset]
        sql = (
            f"SELECT i.* FROM ({page}) page JOIN incidents i ON i.incident_id = page.page_id"
            f" ORDER BY {order}"
        )
        with self._translated("cannot list incidents"), self.snapshot():
            return loaders.incidents(self._conn, self._conn.execute(sql, params).fetchall())

    def count_incidents(self, filters: IncidentFilter | None = None) -> int:
        where, params = queries.where(filters, counting=True, backend=self.backend)
        found = self._rows(
            "cannot count incidents", f"SELECT count(*) FROM incidents i {where}", params
        )
        return int(found[0][0])

    def incident_events(self, incident_id: str) -> list[IncidentEvent]:
        sql = "SELECT * FROM incident_events WHERE incident_id = ? ORDER BY id"
        return [
            IncidentEvent(r["incident_id"], r["event"], r["detail"], r["run_id"], r["at"])
            for r in self._rows("cannot read incident events", sql, (incident_id,))
        ]


def _candidate_condition(
    country: str | None, date_from: dt.date | None, date_to: dt.date | None
) -> tuple[str, list[Any]]:
    dated = ["i.date_start IS NOT NULL"]
    params: list[Any] = []
    if date_from is not None:
        dated.append("coalesce(i.date_end, i.date_start) >= ?")
        params.append(date_from.isoformat())
    if date_to is not None:
        dated.append("i.date_start <= ?")
        params.append(date_to.isoformat())
    if date_from is None and date_to is None:
        dated = ["1 = 1"]
    cond = " AND ".join(dated)
    if country is None:
        return f"({cond})", params
    cond = f"(({cond}) AND (i.place_country = ? OR i.place_country IS NULL))"
    undated = "(i.date_start IS NULL AND i.place_country = ?)"
    return f"({cond} OR {undated})", [*params, country, country]


def _incident_insert(row: dict[str, Any], now: str) -> tuple[str, tuple[Any, ...]]:
    full = {**row, "created_at": now, "updated_at": now}
    return _insert_sql("incidents", full), tuple(full.values())


def _incident_update(row: dict[str, Any], now: str) -> tuple[str, tuple[Any, ...]]:
    columns = [c for c in row if c != "incident_id"]
    setters = ", ".join(f"{c} = ?" for c in columns)
    values = (*(row[c] for c in columns), now, row["incident_id"])
    return f"UPDATE incidents SET {setters}, updated_at = ? WHERE incident_id = ?", values


def _article_names(mentions: Sequence[Mention]) -> Mapping[str, frozenset[str]]:
    from contested.resolve.names import article_names

    return article_names(mentions)


def _summary(incident: Incident) -> str:
    return f"{incident.event_type}, {len(incident.reports)} reports"


def _changes(old: Incident, new: Incident) -> str:
    changed = [
        f.name for f in dataclasses.fields(Incident) if getattr(old, f.name) != getattr(new, f.name)
    ]
    return "changed: " + ", ".join(changed)
