"""The Spark job in local mode against `contested run`: same input, same incidents; Parquet of
articles, mentions, claims and rejections. Needs PySpark and Java (scripts/setup installs both)."""

from __future__ import annotations

import importlib.util
import shutil
from collections.abc import Callable
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from contested.batch.synthetic import write_jsonl
from contested.cli import main
from contested.store import open_store

DEMO = Path(__file__).resolve().parents[1] / "demo" / "corpus"

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("pyspark") is None, reason="pyspark is not installed"
    ),
    pytest.mark.skipif(shutil.which("java") is None, reason="no Java runtime for Spark"),
]


def invoke(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def export(db: str) -> str:
    return invoke("export", "--db", db, "--format", "jsonl")


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("spark-in")
    write_jsonl(folder / "day.jsonl", 60, seed=21, conflict_share=0.3)
    return [str(DEMO), str(folder / "day.jsonl")]


@pytest.fixture(scope="module")
def spark_run(
    inputs: list[str],
    tmp_path_factory: pytest.TempPathFactory,
    new_store_target: Callable[[Path, str], str],
) -> tuple[str, Path]:
    folder = tmp_path_factory.mktemp("spark-out")
    db, out = new_store_target(folder, "spark.db"), folder / "parquet"
    invoke(
        "spark",
        *inputs,
        "--out",
        str(out),
        "--db",
        db,
        "--master",
        "local[2]",
        "--split-mb",
        "0.05",
    )
    return db, out


def test_same_incidents_as_contested_run(
    inputs: list[str], spark_run: tuple[str, Path], store_target: str
) -> None:
    db = store_target
    invoke("run", *inputs, "--db", db)
    expected = export(db)
    assert expected.count("\n") > 10
    assert export(spark_run[0]) == expected


def test_parquet_tables_match_the_store(spark_run: tuple[str, Path]) -> None:
    db, out = spark_run
    articles = pq.read_table(out / "articles").to_pylist()
    mentions = pq.read_table(out / "mentions").to_pylist()
    claims = pq.read_table(out / "claims").to_pylist()
    with open_store(db) as store:
        stored = set(store.article_ids())
        assert {a["article_id"] for a in articles} == stored
        assert {a["article_id"] for a in articles if not a["relevant"]} == set(store.triaged_out())
    assert mentions and {m["article_id"] for m in mentions} <= stored
    assert {c["mention_id"] for c in claims} <= {m["mention_id"] for m in mentions}
    assert all(0 <= c["span_start"] < c["span_end"] for c in claims)
    assert pq.read_table(out / "incidents.parquet").num_rows > 10
