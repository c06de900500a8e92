"""Schema and migrations of the store (SQLite and PostgreSQL).

Migrations are named functions of a connection, applied in order, each in its own
transaction; the version reached is logged in the ``migrations`` table (and kept in SQLite's
``PRAGMA user_version``). The DDL sticks to portable SQL (TEXT/INTEGER/REAL columns, ISO
dates as text, booleans as 0/1, JSON text only for small lists), which the PostgreSQL
connection translates (:mod:`contested.store.postgres`); a migration that needs
backend-specific SQL asks :func:`is_postgresql`. Only full-text search differs here: an FTS5
table and triggers on SQLite, a GIN expression index on PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable
from itertools import chain

from contested.errors import SchemaVersionError
from contested.store.dialect import PG_SEARCH_EXPR, PG_SEARCH_TEXT, Connection, dialect_of

log = logging.getLogger(__name__)

Migration = Callable[[Connection], None]


def place_columns(prefix: str = "place_") -> str:
    """The flattened :class:`~contested.types.Place` columns, shared by mentions and incidents."""
    return f"""
    {prefix}name TEXT,
    {prefix}country TEXT,
    {prefix}admin1 TEXT,
    {prefix}lat REAL,
    {prefix}lon REAL,
    {prefix}geo_precision INTEGER,
    {prefix}gazetteer_id TEXT,
    {prefix}feature TEXT,
    {prefix}span_start INTEGER,
    {prefix}span_end INTEGER"""


_CORE_TABLES = """
CREATE TABLE migrations (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at TEXT NOT NULL
);
CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    args TEXT NOT NULL DEFAULT '',
    read INTEGER NOT NULL DEFAULT 0,
    new INTEGER NOT NULL DEFAULT 0,
    duplicates INTEGER NOT NULL DEFAULT 0,
    near_duplicates INTEGER NOT NULL DEFAULT 0,
    rejected INTEGER NOT NULL DEFAULT 0,
    incidents_new INTEGER NOT NULL DEFAULT 0,
    incidents_updated INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE outlets (
    name TEXT PRIMARY KEY,
    host TEXT
);
CREATE TABLE articles (
    article_id TEXT PRIMARY KEY,
    origin TEXT NOT NULL,
    url TEXT,
    title TEXT,
    text TEXT NOT NULL,
    outlet TEXT REFERENCES outlets(name),
    published TEXT,
    published_from TEXT,
    language TEXT,
    fingerprint INTEGER NOT NULL DEFAULT 0,
    duplicate_of TEXT,
    run_id INTEGER REFERENCES runs(id),
    ingested_at TEXT NOT NULL
);
CREATE TABLE rejections (
    id INTEGER PRIMARY KEY,
    origin TEXT NOT NULL,
    reason TEXT NOT NULL,
    detail TEXT NOT NULL,
    run_id INTEGER REFERENCES runs(id),
    UNIQUE (origin, reason, detail)
);
"""

_MENTION_TABLES = f"""
CREATE TABLE mentions (
    mention_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(article_id),
    role TEXT NOT NULL,
    event_type TEXT NOT NULL,
    trigger_start INTEGER NOT NULL,
    trigger_end INTEGER NOT NULL,
    component TEXT NOT NULL,
    date TEXT,
    date_precision TEXT,
    date_span_start INTEGER,
    date_span_end INTEGER,{place_columns()},
    perpetrators TEXT NOT NULL DEFAULT '[]',
    target TEXT,
    summary TEXT NOT NULL DEFAULT ''
);
CREATE TABLE claims (
    claim_id TEXT PRIMARY KEY,
    mention_id TEXT NOT NULL REFERENCES mentions(mention_id) ON DELETE CASCADE,
    article_id TEXT NOT NULL REFERENCES articles(article_id),
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    source_kind TEXT NOT NULL,
    quote TEXT NOT NULL,
    span_start INTEGER NOT NULL,
    span_end INTEGER NOT NULL,
    component TEXT NOT NULL,
    relayed_by TEXT NOT NULL DEFAULT '[]',
    killed INTEGER,
    killed_min INTEGER,
    killed_max INTEGER,
    injured INTEGER,
    injured_min INTEGER,
    injured_max INTEGER,
    victims TEXT,
    qualifier TEXT,
    breakdown TEXT NOT NULL DEFAULT '[]',
    attributed_to TEXT,
    by_accused INTEGER,
    hedged INTEGER NOT NULL DEFAULT 0
);
"""

_INCIDENT_TABLES = f"""
CREATE TABLE incidents (
    incident_id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    date_start TEXT,
    date_end TEXT,
    time_precision INTEGER,{place_columns()},
    killed_low INTEGER,
    killed_best INTEGER,
    killed_high INTEGER,
    injured_low INTEGER,
    injured_best INTEGER,
    injured_high INTEGER,
    reconcile_rule TEXT NOT NULL,
    grade TEXT NOT NULL,
    grade_reasons TEXT NOT NULL DEFAULT '[]',
    independent_sources INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE incident_perpetrators (
    incident_id TEXT NOT NULL REFERENCES incidents(incident_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    actor TEXT NOT NULL,
    status TEXT NOT NULL,
    claim_ids TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (incident_id, position)
);
CREATE TABLE incident_casualties_by_victims (
    incident_id TEXT NOT NULL REFERENCES incidents(incident_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    victims TEXT NOT NULL,
    low INTEGER,
    best INTEGER,
    high INTEGER,
    PRIMARY KEY (incident_id, position)
);
CREATE TABLE contradictions (
    incident_id TEXT NOT NULL REFERENCES incidents(incident_id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    field TEXT NOT NULL,
    detail TEXT NOT NULL,
    claim_ids TEXT NOT NULL DEFAULT '[]',
    PRIMARY KEY (incident_id, position)
);
CREATE TABLE incident_reports (
    incident_id TEXT NOT NULL REFERENCES incidents(incident_id) ON DELETE CASCADE,
    mention_id TEXT NOT NULL UNIQUE REFERENCES mentions(mention_id),
    article_id TEXT NOT NULL REFERENCES articles(article_id),
    role TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE TABLE incident_events (
    id INTEGER PRIMARY KEY,
    incident_id TEXT NOT NULL,
    event TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    run_id INTEGER REFERENCES runs(id),
    at TEXT NOT NULL
);
"""

_INDEXES = """
CREATE INDEX articles_published ON articles (published, article_id);
CREATE INDEX articles_outlet ON articles (outlet);
CREATE INDEX articles_fingerprint ON articles (fingerprint);
CREATE INDEX rejections_run ON rejections (run_id);
CREATE INDEX mentions_article ON mentions (article_id, trigger_start);
CREATE INDEX claims_mention ON claims (mention_id, position);
CREATE INDEX incidents_date ON incidents (date_start, date_end);
CREATE INDEX incidents_country ON incidents (place_country, place_admin1);
CREATE INDEX incidents_grade ON incidents (grade);
CREATE INDEX incidents_type ON incidents (type);
CREATE INDEX incidents_lat_lon ON incidents (place_lat, place_lon);
CREATE INDEX incident_perpetrators_actor ON incident_perpetrators (actor);
CREATE INDEX incident_reports_incident ON incident_reports (incident_id, position);
CREATE INDEX incident_reports_article ON incident_reports (article_id);
CREATE INDEX incident_events_incident ON incident_events (incident_id, id);
"""

# SQLite-specific: full-text search over article titles and texts. The FTS table keeps its
# own copy of the text (keyed by article_id) rather than pointing at the articles' implicit
# rowid, which VACUUM may renumber.
_FTS = """
CREATE VIRTUAL TABLE articles_fts USING fts5(
    article_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (article_id, title, text)
    VALUES (new.article_id, coalesce(new.title, ''), new.text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    DELETE FROM articles_fts WHERE article_id = old.article_id;
END;
"""


_PG_SEARCH = f"""
CREATE INDEX articles_search ON articles
    USING gin (to_tsvector('simple', {PG_SEARCH_TEXT.replace("a.", "")}));
"""


def is_postgresql(conn: Connection) -> bool:
    return dialect_of(conn).name == "postgresql"


def _run_script(conn: Connection, script: str) -> None:
    """Run ``;``-separated DDL inside the caller's transaction (``executescript`` would commit)."""
    for statement in _split_statements(script):
        conn.execute(statement)


def _split_statements(script: str) -> list[str]:
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        raise ValueError(f"incomplete SQL statement: {buffer.strip()[:80]}")
    return statements


def initial(conn: Connection) -> None:
    """Version 1: runs, outlets, articles (+ full-text search), rejections, mentions, claims,
    incidents."""
    search = _PG_SEARCH if is_postgresql(conn) else _FTS
    for script in (_CORE_TABLES, _MENTION_TABLES, _INCIDENT_TABLES, _INDEXES, search):
        _run_script(conn, script)


_LINEAGE = """
CREATE TABLE incident_lineage (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    from_id TEXT NOT NULL,
    to_id TEXT NOT NULL,
    mention_ids TEXT NOT NULL DEFAULT '[]',
    detail TEXT NOT NULL DEFAULT '',
    run_id INTEGER REFERENCES runs(id),
    at TEXT NOT NULL
);
CREATE INDEX incident_lineage_from ON incident_lineage (from_id, id);
CREATE INDEX incident_lineage_to ON incident_lineage (to_id, id);
"""


def incident_lineage(conn: Connection) -> None:
    """Version 2: merges and splits of incidents (``kind`` merge: ``from_id`` was absorbed into
    ``to_id``; split: ``mention_ids`` left ``from_id`` to form ``to_id``)."""
    _run_script(conn, _LINEAGE)


def article_triage(conn: Connection) -> None:
    """Version 3: the triage verdict of each article (``relevant`` 0 means not extracted)."""
    _run_script(
        conn,
        """
CREATE TABLE article_triage (
    article_id TEXT PRIMARY KEY REFERENCES articles(article_id),
    relevant INTEGER NOT NULL,
    component TEXT NOT NULL
);
CREATE INDEX article_triage_relevant ON article_triage (relevant);
""",
    )
_REVIEW = """
CREATE TABLE review_claims (
    claim_id TEXT PRIMARY KEY,
    status TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    by TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE review_grades (
    incident_id TEXT PRIMARY KEY,
    grade TEXT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    by TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE review_groups (
    mention_id TEXT PRIMARY KEY,
    anchor TEXT NOT NULL,
    by TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE TABLE audit_events (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    who TEXT NOT NULL,
    action TEXT NOT NULL,
    target TEXT NOT NULL,
    incident_id TEXT,
    before TEXT NOT NULL DEFAULT '{}',
    after TEXT NOT NULL DEFAULT '{}',
    comment TEXT NOT NULL DEFAULT ''
);
CREATE TABLE users (
    name TEXT PRIMARY KEY,
    password_hash TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX review_groups_anchor ON review_groups (anchor);
CREATE INDEX audit_events_incident ON audit_events (incident_id, id);
CREATE INDEX audit_events_target ON audit_events (target, id);
CREATE INDEX incidents_country_date ON incidents (place_country, date_start);
CREATE INDEX incidents_grade_date ON incidents (grade, date_start);
CREATE INDEX incidents_type_date ON incidents (type, date_start);
"""


def review(conn: Connection) -> None:
    """Version 4: reviewers' decisions (claims, grades, mention groups), the audit log, users;
    composite indexes for the API's filtered, date-sorted incident lists."""
    _run_script(conn, _REVIEW)


_NEWEST = "(date_start IS NULL), date_start DESC, date_end DESC, incident_id"
# Days an incident's date range spans; indexed so that its maximum is one index probe
# (SQLite-specific: julianday), which bounds date_start for a "since" filter.
SPAN_DAYS = "julianday(coalesce(date_end, date_start)) - julianday(date_start)"
_BROWSE_INDEXES = f"""
DROP INDEX IF EXISTS incidents_country_date;
DROP INDEX IF EXISTS incidents_grade_date;
DROP INDEX IF EXISTS incidents_type_date;
CREATE INDEX incidents_newest ON incidents ({_NEWEST});
CREATE INDEX incidents_country_newest ON incidents (place_country, {_NEWEST});
CREATE INDEX incidents_grade_newest ON incidents (grade, {_NEWEST});
CREATE INDEX incidents_type_newest ON incidents (type, {_NEWEST});
CREATE INDEX incidents_country_counts ON incidents (place_country, grade, type, date_start, date_end);
CREATE INDEX incidents_oldest ON incidents ((date_start IS NULL), date_start, date_end, incident_id);
CREATE INDEX incidents_most_killed ON incidents ((killed_best IS NULL), killed_best DESC, incident_id);
CREATE INDEX incidents_span ON incidents (({SPAN_DAYS}));
CREATE INDEX incidents_admin1 ON incidents (lower(place_admin1), type, date_start);
CREATE INDEX incidents_lat_lon_dates ON incidents (place_lat, place_lon, date_start, date_end);
CREATE INDEX incident_perpetrators_actor_incident ON incident_perpetrators (actor, incident_id);
"""


# SQLite's julianday(day) and date(day, '-N days') for the ISO dates we store, on PostgreSQL
# (immutable: julianday is indexed)
_PG_DATE_FUNCTIONS = """
CREATE OR REPLACE FUNCTION julianday(day text) RETURNS double precision
    LANGUAGE sql IMMUTABLE STRICT
    AS 'SELECT extract(julian FROM to_date(day, ''YYYY-MM-DD''))::double precision';
CREATE OR REPLACE FUNCTION date(day text, modifier text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT
    AS 'SELECT to_char(to_date(day, ''YYYY-MM-DD'') + modifier::interval, ''YYYY-MM-DD'')';
"""


def browse_indexes(conn: Connection) -> None:
    """Version 5: indexes in the API's default order (newest first), alone and behind the
    usual equality filters, so a filtered page reads 50 rows instead of sorting every match;
    the other sorts; covering indexes for the counts; the longest date span; perpetrators by
    actor."""
    if is_postgresql(conn):
        _run_script(conn, _PG_DATE_FUNCTIONS)
    _run_script(conn, _BROWSE_INDEXES)


def mention_vectors(conn: Connection) -> None:
    """Version 6: sentence vectors of mention summaries, cached by embedder and text digest
    (``vector``: base64 of little-endian float32), so that resolution does not embed the
    summaries of stored incidents again on every run (:class:`contested.resolve.embedding.CachedEmbedder`)."""
    _run_script(
        conn,
        """
CREATE TABLE mention_vectors (
    embedder TEXT NOT NULL,
    digest TEXT NOT NULL,
    vector TEXT NOT NULL,
    PRIMARY KEY (embedder, digest)
);
""",
    )


def latin_folds() -> tuple[str, str]:
    """Latin letters with diacritics and their base letters, as FTS5's remove_diacritics
    folds them: the letters of Latin-1 Supplement to Latin Extended-B and Latin Extended
    Additional whose canonical decomposition starts with an ASCII letter."""
    folded, bases = [], []
    for code in chain(range(0xC0, 0x250), range(0x1E00, 0x1F00)):
        letter = chr(code)
        base = unicodedata.normalize("NFD", letter)[0]
        if base != letter and base.isascii() and base.isalpha():
            folded.append(letter)
            bases.append(base)
    return "".join(folded), "".join(bases)


def search_folds_diacritics(conn: Connection) -> None:
    """Version 7: PostgreSQL's article search folds Latin diacritics, as SQLite's FTS5 does
    (``contested_fold``, an immutable SQL function, so the GIN index can use it). Nothing
    changes on SQLite."""
    if not is_postgresql(conn):
        return
    folded, bases = latin_folds()
    conn.execute(
        "CREATE OR REPLACE FUNCTION contested_fold(t text) RETURNS text"
        " LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE"
        f" AS 'SELECT translate(t, ''{folded}'', ''{bases}'')'"
    )
    conn.execute("DROP INDEX IF EXISTS articles_search")
    conn.execute(
        f"CREATE INDEX articles_search ON articles USING gin ({PG_SEARCH_EXPR.replace('a.', '')})"
    )


def count_names(conn: Connection, article_id: str, names: Iterable[str]) -> None:
    """Count the article's name candidates in ``name_counts``, once per article (an article
    already counted, re-extracted later, keeps its first count)."""
    known = conn.execute("SELECT 1 FROM name_articles WHERE article_id = ?", (article_id,))
    if known.fetchone() is not None:
        return
    conn.execute("INSERT INTO name_articles (article_id) VALUES (?)", (article_id,))
    for name in sorted(set(names)):
        conn.execute(
            "INSERT INTO name_counts (name, articles) VALUES (?, 1)"
            " ON CONFLICT (name) DO UPDATE SET articles = name_counts.articles + 1",
            (name,),
        )


def name_frequencies(conn: Connection) -> None:
    """Version 8: the name candidates of each mention's article (``mentions.names``, JSON)
    and their document frequencies over the stored articles (``name_counts``; the articles
    counted in ``name_articles``), so that every resolution run weighs names against the
    same corpus (:class:`contested.resolve.names.NameStats`). Mentions stored before read
    their names from their summaries, and are counted so."""
    from contested.extract.names import name_candidates

    _run_script(
        conn,
        """
ALTER TABLE mentions ADD COLUMN names TEXT NOT NULL DEFAULT '[]';
CREATE TABLE name_articles (
    article_id TEXT PRIMARY KEY
);
CREATE TABLE name_counts (
    name TEXT PRIMARY KEY,
    articles INTEGER NOT NULL
);
""",
    )
    found = conn.execute("SELECT article_id, summary FROM mentions ORDER BY article_id, mention_id")
    per_article: dict[str, set[str]] = {}
    for article_id, summary in found.fetchall():
        per_article.setdefault(article_id, set()).update(name_candidates(summary))
    for article_id in sorted(per_article):
        count_names(conn, article_id, per_article[article_id])


def resolution_spans(conn: Connection) -> None:
    """Version 9: each incident's days as the resolver sees them (``span_start``, ``span_end``:
    the first and last day its members' dates stand for, an undated report's the days before
    its publication), written by resolution, so that resolving in slices finds the incidents
    an earlier slice stored by the days the clusterer compares. Incidents stored before keep
    NULL (their own dates are used)."""
    _run_script(
        conn,
        """
ALTER TABLE incidents ADD COLUMN span_start TEXT;
ALTER TABLE incidents ADD COLUMN span_end TEXT;
CREATE INDEX incidents_resolved_span ON incidents (span_start, span_end);
""",
    )


MIGRATIONS: tuple[tuple[int, str, Migration], ...] = (
    (1, "initial", initial),
    (2, "incident_lineage", incident_lineage),
    (3, "article_triage", article_triage),
    (4, "review", review),
    (5, "browse_indexes", browse_indexes),
    (6, "mention_vectors", mention_vectors),
    (7, "search_folds_diacritics", search_folds_diacritics),
    (8, "name_frequencies", name_frequencies),
    (9, "resolution_spans", resolution_spans),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]


def user_version(conn: Connection) -> int:
    if not is_postgresql(conn):
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    if conn.execute("SELECT to_regclass('migrations')").fetchone()[0] is None:
        return 0
    return int(conn.execute("SELECT coalesce(max(version), 0) FROM migrations").fetchone()[0])


def check_version(conn: Connection, path: str) -> int:
    """The file's schema version; raises if a newer contested wrote it."""
    version = user_version(conn)
    if version > SCHEMA_VERSION:
        raise SchemaVersionError(
            f"{path} has schema version {version}, but this contested only knows versions up "
            f"to {SCHEMA_VERSION}: upgrade contested (pip install -U contested) or pass "
            "another --db path"
        )
    return version


def migrate(conn: Connection, path: str) -> list[str]:
    """Apply the pending migrations, each in one transaction; returns their names.

    ``conn`` must be in autocommit mode (``isolation_level=None``).
    """
    applied: list[str] = []
    for version, name, migration in MIGRATIONS:
        if version <= check_version(conn, path):
            continue
        for statement in dialect_of(conn).begin_write:
            conn.execute(statement)
        try:
            if version <= check_version(conn, path):  # another process got there first
                conn.execute("COMMIT")
                continue
            migration(conn)
            conn.execute(
                "INSERT INTO migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (version, name, dt.datetime.now(dt.UTC).isoformat(timespec="seconds")),
            )
            if not is_postgresql(conn):
                conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        log.info("migrated %s to schema version %d (%s)", path, version, name)
        applied.append(name)
    return applied
