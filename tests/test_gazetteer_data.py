"""The curated gazetteer files: well-formed, sourced, and consistent with each other."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from contested.gazetteer.keys import name_key
from contested.gazetteer.sources import data_file


def _rows(name: str) -> list[dict[str, str]]:
    with Path(data_file(name)).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


SUPPLEMENT = _rows("supplement.csv")
ADMIN1 = {r["code"] for r in _rows("admin1.csv")}


def test_supplement_slugs_are_unique_and_every_row_is_sourced() -> None:
    slugs = [r["slug"] for r in SUPPLEMENT]
    assert len(slugs) == len(set(slugs))
    assert all(r["source"].strip() and r["name"].strip() for r in SUPPLEMENT)


@pytest.mark.parametrize("row", SUPPLEMENT, ids=[r["slug"] for r in SUPPLEMENT])
def test_supplement_row_is_well_formed(row: dict[str, str]) -> None:
    lat, lon = float(row["lat"]), float(row["lon"])
    assert -90 <= lat <= 90 and -180 <= lon <= 180
    assert not row["admin1"] or row["admin1"] in ADMIN1
    assert not row["admin1"] or row["admin1"][:2] == row["country"]


def test_syrian_supplement_places_lie_in_syria() -> None:
    """A coarse box around Syria catches swapped or mistyped coordinates."""
    for row in SUPPLEMENT:
        if row["country"] == "SY":
            lat, lon = float(row["lat"]), float(row["lon"])
            assert 32.3 <= lat <= 37.4 and 35.6 <= lon <= 42.4, row["slug"]


def test_no_alias_is_a_bare_article_or_a_persons_name() -> None:
    banned = {name_key(n) for n in ("al-Assad", "Assad", "Bashar", "Baath")}
    for row in SUPPLEMENT:
        for alias in [row["name"], *row["alternates"].split("|")]:
            if alias:
                assert name_key(alias) not in banned, (row["slug"], alias)


def test_lookup_names_point_at_countries_continents_or_us_states() -> None:
    for row in _rows("lookup_names.csv"):
        assert row["gid"].startswith(("country:", "continent:", "admin1:US-"))
        assert row["names"].strip()
