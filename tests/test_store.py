"""The store against real databases: SQLite files, or PostgreSQL (CONTESTED_TEST_BACKEND)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from backends import sqlite_only
from contested.errors import SchemaVersionError, StoreError
from contested.store import SCHEMA_VERSION, RunCounts, Store, open_store
from contested.store.schema import MIGRATIONS
from contested.types import Estimate, Rejection
from store_factories import (
    HARRA,
    KHARKIV_TEXT,
    SANA_TEXT,
    SOHR_TEXT,
    article,
    incident,
    mention,
    populated,
)


def counter_clock() -> Callable[[], str]:
    ticks = itertools.count()
    start = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    return lambda: (start + dt.timedelta(seconds=next(ticks))).isoformat()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "sub" / "contested.db"


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    with open_store(store_target, clock=counter_clock()) as opened:
        yield opened


def raw(db: Path) -> sqlite3.Connection:
    return sqlite3.connect(db)


TABLES = (
    "runs", "outlets", "articles", "rejections", "mentions", "claims", "incidents",
    "incident_perpetrators", "incident_casualties_by_victims", "contradictions",
    "incident_reports", "incident_events", "migrations",
)


def dump(store: Store) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, in a total order (either backend)."""
    return {
        table: sorted(
            (tuple(row) for row in store._conn.execute(f"SELECT * FROM {table}").fetchall()),
            key=repr,
        )
        for table in TABLES
    }


# -- schema, migrations, versions -----------------------------------------------------------


@sqlite_only("WAL journal mode and the foreign_keys pragma (PostgreSQL: test_store_postgres)")
def test_new_file_is_migrated_with_wal_and_foreign_keys(db: Path) -> None:
    store = open_store(db)
    assert db.exists()
    assert store.schema_version == SCHEMA_VERSION
    with raw(db) as conn:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        migrations = conn.execute("SELECT version, name FROM migrations").fetchall()
        journal = conn.execute("PRAGMA journal_mode").fetchone()[0]
    expected = {
        "runs",
        "outlets",
        "articles",
        "rejections",
        "mentions",
        "claims",
        "incidents",
        "incident_perpetrators",
        "incident_casualties_by_victims",
        "contradictions",
        "incident_reports",
        "incident_events",
        "articles_fts",
        "migrations",
    }
    assert expected <= tables
    assert migrations == [(version, name) for version, name, _ in MIGRATIONS]
    assert migrations[0] == (1, "initial")
    assert journal == "wal"
    fk = store._conn.execute("PRAGMA foreign_keys").fetchone()[0]
    assert fk == 1
    store.close()


def test_reopen_keeps_data_and_does_not_migrate_again(store_target: str) -> None:
    with open_store(store_target) as first:
        populated(first)
    with open_store(store_target) as second:
        assert second.count_incidents() == 2
        count = second._conn.execute("SELECT count(*) FROM migrations").fetchone()[0]
        assert count == len(MIGRATIONS)


@sqlite_only("the version in PRAGMA user_version (PostgreSQL: test_store_postgres)")
def test_newer_schema_version_is_refused(db: Path) -> None:
    open_store(db).close()
    with raw(db) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(SchemaVersionError, match="upgrade contested"):
        open_store(db)


@sqlite_only("a store made version 7 again by hand (PRAGMA user_version)")
def test_name_frequencies_are_counted_from_the_summaries_of_an_older_store(db: Path) -> None:
    with open_store(db) as store:
        _, mentions, _ = populated(store)
    with raw(db) as conn:  # as version 7 left it: no names, no counts
        conn.executescript(
            "DROP TABLE name_articles; DROP TABLE name_counts;"
            " ALTER TABLE mentions DROP COLUMN names;"
            " DROP INDEX incidents_resolved_span;"  # and no version 9 either
            " ALTER TABLE incidents DROP COLUMN span_start;"
            " ALTER TABLE incidents DROP COLUMN span_end;"
            " DELETE FROM migrations WHERE version >= 8; PRAGMA user_version = 7;"
        )
    with open_store(db) as store:
        assert store.schema_version == SCHEMA_VERSION
        stats = store.name_stats(["kharkiv"])
        assert stats.documents == len({m.article_id for m in mentions})
        assert stats.counts.get("kharkiv", 0) >= 1
        assert all(m.names == () for m in store.mentions_of(store.list_incidents()[0].incident_id))


@sqlite_only("a file of other bytes at the path (a URL names no file)")
def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"this is not sqlite at all, just some bytes" * 100)
    with pytest.raises(StoreError, match="cannot open"):
        open_store(bogus)


# -- runs, articles, batches -----------------------------------------------------------------


def test_runs_record_args_and_counts(store: Store) -> None:
    run_id = store.begin_run("ingest corpus/")
    counts = RunCounts(
        read=5,
        new=3,
        duplicates=1,
        near_duplicates=0,
        rejected=1,
        incidents_new=2,
        incidents_updated=0,
    )
    store.finish_run(run_id, counts)
    record = store.run(run_id)
    assert record is not None
    assert (record.args, record.counts) == ("ingest corpus/", counts)
    assert record.finished_at is not None
    assert store.run(run_id + 1) is None


def test_save_batch_round_trips_articles_and_fingerprints(store: Store) -> None:
    arts, _, _ = populated(store)
    assert store.has_article(arts[0].article_id)
    assert not store.has_article("art_missing")
    assert store.article(arts[1].article_id) == arts[1]
    assert store.articles([a.article_id for a in arts]) == {a.article_id: a for a in arts}
    assert dict(store.fingerprints()) == {a.article_id: a.fingerprint for a in arts}
    assert max(a.fingerprint for a in arts) > 2**63


def test_stored_articles_are_those_of_the_ids_in_the_store(store: Store) -> None:
    arts, _, _ = populated(store)
    stored = [a.article_id for a in arts]
    missing = [f"art_missing_{i}" for i in range(1200)]  # more ids than one IN (...) page
    asked = [*missing[:700], *stored, *stored, *missing[700:]]
    assert store.stored_articles(asked) == set(stored)
    assert store.stored_articles(missing) == set() == store.stored_articles([])


def test_save_batch_is_idempotent(store: Store) -> None:
    arts, mentions, _ = populated(store)
    rejection = Rejection("corpus/broken.json", "broken_json", "line 3: expecting value")
    store.save_batch(None, [], [], [rejection])
    before = dump(store)
    store.save_batch(None, arts, mentions, [rejection, rejection])
    assert dump(store) == before
    assert store.rejections() == [rejection]


def test_save_batch_is_one_transaction(store: Store) -> None:
    good = article(1, SANA_TEXT)
    orphan = mention(article(2, SOHR_TEXT), "drone strike", killed=3)  # its article is not saved
    with pytest.raises(StoreError, match="cannot save the batch"):
        store.save_batch(None, [good], [orphan], [])
    assert not store.has_article(good.article_id)


def test_resaving_a_mention_replaces_its_claims(store: Store) -> None:
    art = article(1, SANA_TEXT)
    first = mention(art, "airstrike", killed=7)
    store.save_batch(None, [art], [first], [])
    second = dataclasses.replace(first, claims=())
    store.save_batch(None, [art], [second], [])
    assert store.unresolved_mentions() == [second]


def test_rejections_by_run(store: Store) -> None:
    one, two = store.begin_run("a"), store.begin_run("b")
    store.save_batch(one, [], [], [Rejection("x.bin", "binary", "NUL bytes")])
    store.save_batch(two, [], [], [Rejection("y.html", "empty", "no text")])
    assert [r.origin for r in store.rejections(two)] == ["y.html"]
    assert [r.origin for r in store.rejections()] == ["x.bin", "y.html"]


def test_outlet_counts_and_hosts(store: Store) -> None:
    populated(store)
    store.save_batch(None, [article(9, "Another SANA report. Nothing else.")], [], [])
    assert store.outlet_counts() == [("SANA", 2), ("SOHR", 1), ("Ukrinform", 1)]
    host = store._conn.execute("SELECT host FROM outlets WHERE name = 'SOHR'").fetchone()[0]
    assert host == "sohr.example"


# -- mentions and incidents ----------------------------------------------------------------


def test_mentions_and_incidents_round_trip(store: Store) -> None:
    _, mentions, incidents = populated(store)
    first = incidents[0]
    assert store.incident(first.incident_id) == first
    assert store.mentions_of(first.incident_id) == mentions[:2]
    assert store.claims_of(first.incident_id) == [c for m in mentions[:2] for c in m.claims]
    assert store.incident("inc_missing") is None


def test_unresolved_mentions_in_reading_order(store: Store) -> None:
    late = article(5, KHARKIV_TEXT, published=dt.date(2024, 6, 1))
    undated = article(6, SOHR_TEXT, published=None)
    early = article(7, SANA_TEXT, published=dt.date(2024, 1, 1))
    ms = [mention(a, a.text.split()[0]) for a in (late, undated, early)]
    store.save_batch(None, [late, undated, early], ms, [])
    assert store.unresolved_mentions() == [ms[2], ms[0], ms[1]]
    store.save_incident(incident([ms[2]]))
    assert store.unresolved_mentions() == [ms[0], ms[1]]


def test_atomically_stores_all_of_it_or_none(store: Store) -> None:
    late = article(5, KHARKIV_TEXT, published=dt.date(2024, 6, 1))
    early = article(7, SANA_TEXT, published=dt.date(2024, 1, 1))
    ms = [mention(a, a.text.split()[0]) for a in (late, early)]
    store.save_batch(None, [late, early], ms, [])
    with pytest.raises(RuntimeError), store.atomically():
        store.save_incident(incident([ms[0]]))
        assert store.unresolved_mentions() == [ms[1]]  # visible inside the transaction
        raise RuntimeError("killed half-way")
    assert store.unresolved_mentions() == [ms[1], ms[0]]  # neither incident nor its reports
    assert store.list_incidents() == []
    with store.atomically():
        store.save_incident(incident([ms[0]]))
        store.save_incident(incident([ms[1]]))
    assert store.unresolved_mentions() == []


def test_save_incident_detects_unchanged_and_logs_changes(store: Store) -> None:
    _, _, incidents = populated(store)
    first = incidents[0]
    stamp = store._conn.execute(
        "SELECT updated_at FROM incidents WHERE incident_id = ?", (first.incident_id,)
    ).fetchone()[0]
    assert store.save_incident(first) == "unchanged"
    changed = dataclasses.replace(first, killed=Estimate(7, 9, 10), grade="weak")
    assert store.save_incident(changed) == "updated"
    assert store.incident(first.incident_id) == changed
    row = store._conn.execute(
        "SELECT created_at, updated_at FROM incidents WHERE incident_id = ?", (first.incident_id,)
    ).fetchone()
    assert row[0] == stamp and row[1] > stamp
    events = store.incident_events(first.incident_id)
    assert [e.event for e in events] == ["created", "updated"]
    assert events[1].detail == "changed: killed, grade"


def test_save_incident_moves_reports_and_remove_frees_them(store: Store) -> None:
    _, mentions, incidents = populated(store)
    merged = incident(mentions)  # takes the Kharkiv mention from the second incident
    assert store.save_incident(merged) == "new"
    second = store.incident(incidents[1].incident_id)
    assert second is not None and second.reports == ()
    assert store.remove_incident(merged.incident_id, event="merged", detail="test")
    assert store.unresolved_mentions() == [mentions[0], mentions[1], mentions[2]]
    assert store.incident_events(merged.incident_id)[-1].event == "merged"
    assert not store.remove_incident(merged.incident_id)


def test_link_appends_moves_and_is_idempotent(store: Store) -> None:
    _, mentions, incidents = populated(store)
    target = incidents[0].incident_id
    store.link(target, mentions[2], "background")
    store.link(target, mentions[2], "background")
    linked = store.incident(target)
    assert linked is not None
    assert [r.mention_id for r in linked.reports] == [m.mention_id for m in mentions]
    assert linked.reports[-1].role == "background"
    assert [e.event for e in store.incident_events(target)].count("linked") == 1
    with pytest.raises(StoreError, match="cannot link"):
        store.link("inc_missing", mentions[0], "primary")


def test_incident_candidates_by_date_and_country(store: Store) -> None:
    _, mentions, incidents = populated(store)
    syria, ukraine = incidents[0].incident_id, incidents[1].incident_id
    found = store.incident_candidates("SY", dt.date(2024, 3, 1), dt.date(2024, 3, 6))
    assert found == [(syria, mentions[:2])]
    assert store.incident_candidates("SY", dt.date(2024, 4, 1), dt.date(2024, 4, 6)) == []
    wide = store.incident_candidates(None, dt.date(2024, 1, 1), None)
    assert [key for key, _ in wide] == sorted([syria, ukraine])
    art = article(8, "Clashes near al-Harra. No date given.")
    undated = mention(art, "Clashes", date=None, place=HARRA)
    store.save_batch(None, [art], [undated], [])
    lone = incident([undated], date=None)
    store.save_incident(lone)
    found = store.incident_candidates("SY", dt.date(2024, 3, 1), dt.date(2024, 3, 6))
    assert sorted(key for key, _ in found) == sorted([syria, lone.incident_id])
    assert lone.incident_id not in {k for k, _ in store.incident_candidates("UA", None, None)}


def test_foreign_keys_are_enforced(store: Store) -> None:
    populated(store)
    stray = incident([mention(article(4, SOHR_TEXT + " More."), "drone strike")])
    with pytest.raises(StoreError):
        store.save_incident(stray)
    assert store.incident(stray.incident_id) is None
