"""The CLI end to end: real processes' entry point, a real SQLite file, real fixtures."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

from contested.cli import main
from contested.export import schema_path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "seeds"
DEMO = Path(__file__).resolve().parents[1] / "demo" / "corpus"


def invoke(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def export_lines(db: Path | str) -> list[str]:
    return invoke("export", "--db", str(db), "--format", "jsonl").splitlines()


@pytest.fixture(scope="module")
def demo_db(
    tmp_path_factory: pytest.TempPathFactory, new_store_target: Callable[[Path], str]
) -> str:
    db = new_store_target(tmp_path_factory.mktemp("demo"))
    invoke("run", str(DEMO), "--db", db)
    return db


def test_demo_run_prints_incidents(demo_db: str) -> None:
    out = invoke("incidents", "--db", str(demo_db), "--limit", "100")
    assert "incidents" in out.splitlines()[-1]
    assert int(out.splitlines()[-1].split()[0]) >= 5


def test_rerun_changes_nothing(demo_db: str) -> None:
    before = export_lines(demo_db)
    out = invoke("run", str(DEMO), "--db", str(demo_db))
    assert " 0 new" in out and "incidents: 0 new, 0 updated" in out
    assert export_lines(demo_db) == before


def test_export_validates_against_schema(demo_db: str) -> None:
    schema = json.loads(Path(schema_path()).read_text(encoding="utf-8"))
    lines = export_lines(demo_db)
    assert lines
    for line in lines:
        jsonschema.validate(json.loads(line), schema)


def test_show_lays_out_claims(demo_db: str) -> None:
    first = json.loads(export_lines(demo_db)[0])
    out = invoke("show", first["incident_id"], "--db", str(demo_db))
    assert first["incident_id"] in out and "grade:" in out


def test_bad_inputs_are_recorded_not_fatal(tmp_path: Path, store_target: str) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    (inbox / "ok.txt").write_text(
        "Airstrike kills 4 in Idlib\n\nAn airstrike killed four people in Idlib on Monday, "
        "the Syrian Observatory for Human Rights said.\n",
        encoding="utf-8",
    )
    (inbox / "binary.bin").write_bytes(bytes(range(256)) * 40)
    (inbox / "empty.txt").write_bytes(b"")
    db = store_target
    out = invoke("run", str(inbox), "--db", db)
    assert "3 read, 1 new" in out and "2 rejected" in out
    assert len(export_lines(db)) == 1


def test_missing_db_is_a_usage_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["incidents", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no database" in result.output


@pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")
def test_seeds_ingest_without_rejection(store_target: str) -> None:
    db = store_target
    paths = sorted(str(p) for p in SEEDS.glob("*.txt"))
    out = invoke("run", *paths, "--db", db)
    assert "5 read, 5 new" in out and " 0 rejected" in out
    origins = {r["origin"] for line in export_lines(db) for r in json.loads(line)["reports"]}
    assert origins <= set(paths) and len(origins) == 5
