"""The Spark job behind ``contested spark``: the per-article pipeline on executors.

1. The driver cuts the inputs into units (:mod:`contested.batch.shards`), one partition each.
2. ``mapPartitions`` runs clean -> triage -> extract on every Source of a unit; the extraction
   resources are loaded once per executor Python worker and reused across its tasks.
3. Articles, mentions, claims and rejections are written as Parquet under ``OUT/``.
4. Unless ``load`` is False, the driver streams the results back partition by partition, in
   reading order, through the same deduplication and batched writes as ``contested run``,
   resolves incidents in the store and exports them to ``OUT/incidents.parquet``. The same
   input therefore gives the same incidents as ``contested run``.

PySpark is an optional dependency (``pip install contested[spark]``), imported only here.
"""

from __future__ import annotations

import functools
import logging
import os
import sqlite3
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from contested.batch.shards import Unit, group_units, plan_units, read_unit
from contested.errors import ContestedError, UsageError
from contested.pipeline import (
    Processed,
    RunOptions,
    RunSummary,
    chunked,
    process,
    resolve_pending,
    save_processed,
)
from contested.store import Store
from contested.store import rows as store_rows
from contested.store import schema as store_schema
from contested.types import Rejection

if TYPE_CHECKING:
    from pyspark import RDD
    from pyspark.sql import SparkSession

log = logging.getLogger(__name__)

TABLES = ("articles", "mentions", "claims", "rejections")
_extractor: Any = None  # per executor Python worker: loaded on its first task, then reused


@dataclass(frozen=True)
class SparkOptions:
    master: str | None = None  # None: whatever spark-submit or SPARK_* configured
    split_bytes: int = 8_000_000  # JSONL bytes per partition
    load: bool = True  # load the store and resolve incidents after writing Parquet


def run_spark(
    paths: Sequence[str],
    out: str | Path,
    store: Store | None,
    options: RunOptions,
    spark_options: SparkOptions,
) -> RunSummary | None:
    """Run the job; returns the run summary when the store was loaded, else None."""
    units = plan_units(paths, options.fmt, spark_options.split_bytes)
    if not units:
        raise UsageError("nothing to read: pass files, directories, globs or URLs")
    spark = _session(spark_options.master)
    try:
        groups = group_units(units, spark_options.split_bytes)
        log.info("%d input units in %d partitions", len(units), len(groups))
        processed = _processed(spark, groups, options).persist()
        write_tables(spark, processed, Path(out))
        if not spark_options.load or store is None:
            return None
        summary = _load(store, processed, paths, options)
    except Exception as exc:  # Py4J and PySpark errors: the job failed, say so plainly
        if isinstance(exc, ContestedError):
            raise
        raise ContestedError(f"the Spark job failed: {_first_line(exc)}") from exc
    finally:
        spark.stop()
    from contested.export import write_export

    write_export(store, "parquet", Path(out) / "incidents.parquet")
    return summary


def _first_line(exc: Exception) -> str:
    lines = [line for line in str(exc).splitlines() if line.strip()]
    return f"{type(exc).__name__}: {lines[-1] if lines else ''}"


def _session(master: str | None) -> SparkSession:
    # executors run this interpreter (the one with contested installed) unless told otherwise
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    try:
        from pyspark.sql import SparkSession
    except ImportError as exc:
        raise UsageError(
            "PySpark is not installed: pip install 'contested[spark]' (it needs Java 17+)"
        ) from exc
    builder = SparkSession.builder.appName("contested")
    if master:
        builder = builder.master(master)
    session = builder.config("spark.ui.showConsoleProgress", "false").getOrCreate()
    session.sparkContext.setLogLevel("ERROR")
    return session


def _processed(
    spark: SparkSession, groups: list[list[Unit]], options: RunOptions
) -> RDD[Processed]:
    def run_partition(part: Iterable[list[Unit]]) -> Iterator[Processed]:
        return process_units((unit for group in part for unit in group), options)

    rdd = spark.sparkContext.parallelize(groups, len(groups))
    return rdd.mapPartitions(run_partition, preservesPartitioning=True)


def process_units(units: Iterable[Unit], options: RunOptions) -> Iterator[Processed]:
    """The executor side: every Source of ``units`` through clean, triage and extract."""
    global _extractor
    if _extractor is None:
        from contested.batch.workers import load_extractor

        _extractor = load_extractor()
    for unit in units:
        for item in read_unit(unit, options.fmt, options.max_bytes):
            yield process(item, _extractor, options)


def _load(
    store: Store, processed: RDD[Processed], paths: Sequence[str], options: RunOptions
) -> RunSummary:
    """Save the results in reading order (partitions come back in order) and resolve."""
    summary = RunSummary(run_id=store.begin_run("spark " + " ".join(paths)))
    results = processed.toLocalIterator(prefetchPartitions=True)
    save_processed(chunked(results, options.batch_size), store, summary)
    resolve_pending(store, summary, options.reconcile_rule)
    store.finish_run(summary.run_id, summary.counts())
    return summary


# ------------------------------------------------------------------ Parquet tables


def write_tables(spark: SparkSession, processed: RDD[Processed], out: Path) -> None:
    """OUT/articles, OUT/mentions, OUT/claims and OUT/rejections as Parquet datasets."""
    types = _column_types()
    for table in TABLES:
        rows = processed.flatMap(functools.partial(table_rows, table))
        frame = spark.createDataFrame(rows, _schema(types[table], table))
        frame.write.mode("overwrite").parquet(str(out / table))


def table_rows(table: str, done: Processed) -> list[tuple[Any, ...]]:
    """The rows one processed source contributes to ``table``, as tuples in column order."""
    made: list[dict[str, Any]] = []
    item = done.item
    if table == "rejections":
        made = [vars(r) for r in (item, done.failure) if isinstance(r, Rejection)]
    elif not isinstance(item, Rejection) and table == "articles":
        row = store_rows.article_row(item, None, "")
        made = [{**row, "relevant": int(done.relevant)}]
    elif table == "mentions":
        made = [store_rows.mention_row(m) for m in done.mentions]
    elif table == "claims":
        made = [store_rows.claim_row(c, i) for m in done.mentions for i, c in enumerate(m.claims)]
    return [tuple(row.get(name) for name in _columns(table)) for row in made]


_EXTRA = {"articles": (("relevant", "INTEGER"),)}
_DROPPED = {"articles": ("run_id", "ingested_at")}
_REJECTION_COLUMNS = (("origin", "TEXT"), ("reason", "TEXT"), ("detail", "TEXT"))


def _column_types() -> dict[str, tuple[tuple[str, str], ...]]:
    """Column names and SQL types of our tables, read from the store's own schema."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        store_schema.migrate(conn, ":memory:")
        found: dict[str, tuple[tuple[str, str], ...]] = {}
        for table in TABLES:
            if table == "rejections":
                found[table] = _REJECTION_COLUMNS
                continue
            info = conn.execute(f"PRAGMA table_info({table})").fetchall()
            kept = tuple((r[1], r[2]) for r in info if r[1] not in _DROPPED.get(table, ()))
            found[table] = kept + _EXTRA.get(table, ())
    finally:
        conn.close()
    return found


_COLUMNS: dict[str, tuple[str, ...]] = {}


def _columns(table: str) -> tuple[str, ...]:
    if not _COLUMNS:
        _COLUMNS.update({t: tuple(n for n, _ in cols) for t, cols in _column_types().items()})
    return _COLUMNS[table]


def _schema(columns: tuple[tuple[str, str], ...], table: str) -> Any:
    from pyspark.sql.types import DoubleType, LongType, StringType, StructField, StructType

    kinds = {"INTEGER": LongType(), "REAL": DoubleType(), "TEXT": StringType()}
    return StructType([StructField(name, kinds[kind], True) for name, kind in columns])
