"""Exports from a real store: JSONL (against the JSON Schema), CSV, GeoJSON, Parquet."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from contested.errors import UsageError
from contested.export import SCHEMA_ID, incident_record, schema_path, write_export, writers
from contested.store import IncidentFilter, Store, open_store
from contested.store.sqlite import utc_now
from store_factories import article, incident, mention, populated

EXPORT_ORDER = [
    "schema",
    "incident_id",
    "type",
    "date_start",
    "date_end",
    "time_precision",
    "place",
    "perpetrators",
    "casualties",
    "grade",
    "grade_reasons",
    "contradictions",
    "reports",
    "claims",
]
CLAIM_ORDER = [
    "claim_id",
    "article_id",
    "kind",
    "source",
    "source_kind",
    "relayed_by",
    "killed",
    "killed_min",
    "killed_max",
    "injured",
    "victims",
    "qualifier",
    "attributed_to",
    "hedged",
    "quote",
    "span",
]


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    with open_store(store_target) as opened:
        populated(opened)
        yield opened


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(Path(schema_path()).read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def jsonl(store: Store, filters: IncidentFilter | None = None) -> list[dict[str, Any]]:
    out = io.StringIO()
    count = write_export(store, "jsonl", out, filters)
    lines = out.getvalue().splitlines()
    assert len(lines) == count
    return [json.loads(line) for line in lines]


def test_jsonl_follows_the_contract(store: Store, validator: jsonschema.Validator) -> None:
    records = jsonl(store)
    assert len(records) == 2
    for record in records:
        validator.validate(record)
        assert list(record)[: len(EXPORT_ORDER)] == EXPORT_ORDER
        assert record["schema"] == SCHEMA_ID
    syria = records[0]  # by date: March before April
    assert syria["place"]["name"] == "al-Harra" and syria["date_start"] == "2024-03-04"
    assert [r["origin"] for r in syria["reports"]] == [
        "corpus/article-1.txt",
        "corpus/article-2.txt",
    ]
    assert [r["outlet"] for r in syria["reports"]] == ["SANA", "SOHR"]
    assert syria["casualties"]["killed"] == {"low": 7, "best": 8, "high": 10}
    assert [c["killed"] for c in syria["claims"]] == [7, 10]
    assert syria["contradictions"][0]["claim_ids"] == [c["claim_id"] for c in syria["claims"]]


def test_claim_records_point_into_the_article_text(store: Store) -> None:
    for record in jsonl(store):
        for claim in record["claims"]:
            assert list(claim)[: len(CLAIM_ORDER)] == CLAIM_ORDER
            art = store.article(claim["article_id"])
            assert art is not None
            start, end = claim["span"]
            assert art.text[start:end] == claim["quote"]


def test_record_without_place_or_date_validates(
    store_target: str, validator: jsonschema.Validator
) -> None:
    with open_store(store_target) as store:
        art = article(1, "Shelling was reported. Nothing more is known.")
        bare = mention(art, "Shelling", place=None, date=None, perpetrators=())
        store.save_batch(None, [art], [bare], [])
        inc = dataclasses.replace(incident([bare], place=None, date=None), perpetrators=())
        store.save_incident(inc)
        record = incident_record(store, inc)
    validator.validate(record)
    assert record["place"] is None and record["date_start"] is None and record["claims"] == []


def test_schema_rejects_a_broken_record(store: Store, validator: jsonschema.Validator) -> None:
    record = jsonl(store)[0]
    for broken in (
        {**record, "type": "bombing"},
        {k: v for k, v in record.items() if k != "reports"},
        {**record, "date_start": "4 March 2024"},
    ):
        assert not validator.is_valid(broken)


def test_report_per_article_even_with_two_mentions(store: Store) -> None:
    art = article(4, "A drone strike hit al-Harra. A second drone strike followed.")
    first = mention(art, "A drone strike")
    second = mention(art, "A second drone strike", role="background")
    store.save_batch(None, [art], [first, second], [])
    inc = incident([first, second])
    store.save_incident(inc)
    reports = incident_record(store, inc)["reports"]
    assert len(reports) == 1
    assert reports[0]["role"] == "primary"
    assert reports[0]["mention_ids"] == [first.mention_id, second.mention_id]


def test_csv_is_acled_like(store: Store) -> None:
    out = io.StringIO()
    assert write_export(store, "csv", out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0])[:6] == [
        "event_id_cnty",
        "event_date",
        "year",
        "time_precision",
        "event_type",
        "sub_event_type",
    ]
    syria, ukraine = rows
    assert (syria["country"], syria["iso"], syria["year"]) == ("Syrian Arab Republic", "SY", "2024")
    assert syria["event_type"] == "Explosions/Remote violence"
    assert syria["sub_event_type"] == "airstrike"
    assert (syria["fatalities"], syria["source"], syria["contradictions"]) == (
        "8",
        "SANA; SOHR",
        "1",
    )
    assert "SANA: 7 killed vs SOHR: 10 killed" in syria["notes"]
    assert (ukraine["actor1"], ukraine["latitude"], ukraine["injured"]) == (
        "Russian forces",
        "49.99",
        "",
    )


def test_geojson_feature_collection(store: Store) -> None:
    art = article(5, "An explosion was reported somewhere. No place given.")
    lost = mention(art, "explosion", place=None)
    store.save_batch(None, [art], [lost], [])
    store.save_incident(incident([lost], place=None))
    out = io.BytesIO()
    assert write_export(store, "geojson", out) == 2  # the incident without a place is left out
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    coordinates = [f["geometry"]["coordinates"] for f in collection["features"]]
    assert coordinates == [[40.98, 34.42], [36.23, 49.99]]
    assert all(f["geometry"]["type"] == "Point" for f in collection["features"])


def test_parquet_directory_and_file(store: Store, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    assert write_export(store, "parquet", tmp_path / "out") == 2
    incidents = pq.read_table(tmp_path / "out" / "incidents.parquet").to_pylist()
    claims = pq.read_table(tmp_path / "out" / "claims.parquet").to_pylist()
    assert [i["date_start"] for i in incidents] == [dt.date(2024, 3, 4), dt.date(2024, 4, 30)]
    assert incidents[0]["outlets"] == ["SANA", "SOHR"]
    assert [c["killed"] for c in claims] == [7, 10, 3]
    assert {c["incident_id"] for c in claims} == {i["incident_id"] for i in incidents}
    write_export(store, "parquet", tmp_path / "x.parquet", IncidentFilter(country="UA"))
    assert pq.read_table(tmp_path / "x.parquet").num_rows == 1
    assert pq.read_table(tmp_path / "x.claims.parquet").num_rows == 1


def test_parquet_to_a_stream_is_a_usage_error(store: Store) -> None:
    with pytest.raises(UsageError, match="stdout"):
        write_export(store, "parquet", io.BytesIO())
    with pytest.raises(UsageError, match="unknown export format"):
        write_export(store, "xml", io.StringIO())  # type: ignore[arg-type]


def test_filters_and_paging(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(writers, "PAGE", 1)
    assert [r["place"]["country"] for r in jsonl(store)] == ["SY", "UA"]
    assert [r["place"]["country"] for r in jsonl(store, IncidentFilter(country="UA"))] == ["UA"]


def build(target: str, clock: Callable[[], str]) -> Store:
    store = open_store(target, clock=clock)
    populated(store)
    return store


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "geojson", "parquet"])
def test_identical_stores_export_identical_bytes(
    tmp_path: Path, fmt: str, new_store_target: Callable[..., str]
) -> None:
    outputs = []
    clocks = {"a": lambda: "2001-01-01T00:00:00+00:00", "b": utc_now}  # timestamps never leak
    for name, clock in clocks.items():
        with build(new_store_target(tmp_path, f"{name}.db"), clock) as store:
            target = tmp_path / name / f"export.{fmt}"
            target.parent.mkdir()
            write_export(store, fmt, target)  # type: ignore[arg-type]
            outputs.append(sorted((p.name, p.read_bytes()) for p in target.parent.iterdir()))
    assert outputs[0] == outputs[1]
    assert all(content for _, content in outputs[0])
