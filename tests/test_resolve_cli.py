"""`contested incidents` and `contested show` on the seeds: grades, contradictions, both sides."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from contested.cli import main

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds"
pytestmark = pytest.mark.shared


def invoke(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def seeds_db(
    tmp_path_factory: pytest.TempPathFactory, new_store_target: Callable[[Path, str], str]
) -> str:
    if not SEEDS.exists():
        pytest.skip(f"seeds not found at {SEEDS} (../shared is absent)")
    db = new_store_target(tmp_path_factory.mktemp("seeds"), "seeds.db")
    invoke("run", *sorted(str(p) for p in SEEDS.glob("*.txt")), "--db", db)
    return db


def _contested_rows(db: str) -> list[str]:
    table = invoke("incidents", "--db", db, "--grade", "contested")
    return [line for line in table.splitlines() if line.startswith("inc_")]


def test_incidents_show_grade_and_disputed_fields(seeds_db: str) -> None:
    rows = _contested_rows(seeds_db)
    assert len(rows) >= 2  # seeds 000 and 004
    assert all(" contested " in row and "perpetrator" in row for row in rows)


def test_show_lays_both_sides_of_the_dispute(seeds_db: str) -> None:
    shown = [invoke("show", row.split()[0], "--db", seeds_db) for row in _contested_rows(seeds_db)]
    coalition = next(out for out in shown if "US-led coalition" in out)
    assert "perpetrator: US-led coalition [denied]" in coalition
    assert "perpetrator: United States [denied]" in coalition
    sides = [line for line in coalition.splitlines() if line.startswith("    | ")]
    assert any("attribution: US-led coalition" in s for s in sides)
    assert any("denial: United States" in s and "Not a US or Coalition strike" in s for s in sides)
    assert "denies involvement" in coalition.splitlines()[1]  # the grade's reason
