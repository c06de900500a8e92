"""Importing GeoNames dumps (zip and plain text) into a small real gazetteer."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from contested.errors import GazetteerError
from contested.gazetteer import (
    LookupContext,
    build_gazetteer,
    import_geonames,
    name_key,
    open_gazetteer,
)

FIXTURES = Path(__file__).parent / "fixtures" / "gazetteer"


@pytest.fixture(scope="module")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A gazetteer with only Syria's GeoNames cities (plus all curated entries)."""
    return build_gazetteer(tmp_path_factory.mktemp("gaz") / "small.sqlite", countries=["SY"])


def _copy(src: Path, tmp_path: Path) -> Path:
    dst = tmp_path / "g.sqlite"
    dst.write_bytes(src.read_bytes())
    return dst


def test_small_build_has_curated_and_city_entries(small_db: Path, tmp_path: Path) -> None:
    gaz = open_gazetteer(_copy(small_db, tmp_path))
    assert gaz.lookup("Abu Kamal", country="SY") is not None
    assert gaz.lookup("al-Tanf") is not None
    baghdad = gaz.lookup("Baghdad")  # Iraqi cities were not included: only the governorate
    assert baghdad is not None and baghdad.feature == "ADM1"
    gaz.close()


def test_import_country_zip_with_alternate_names(small_db: Path, tmp_path: Path) -> None:
    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(FIXTURES / "geonames_sample.txt", "SY.txt")
        zf.writestr("readme.txt", "GeoNames readme")
    gaz = open_gazetteer(_copy(small_db, tmp_path))
    assert gaz.lookup("Testville", country="SY") is None
    n = import_geonames(gaz, archive, FIXTURES / "alternate_names_sample.txt")
    assert n == 3  # the stream (class H) and the broken line are skipped
    village = gaz.lookup("Testville", country="SY")
    assert village is not None and village.gazetteer_id == "geonames:9900002"
    assert village.admin1 == "Deir ez-Zor" and village.population == 1200
    for alias in ("Experiment Village", "قرية تجريبية", "Tajribiya"):
        hit = gaz.lookup(alias, country="SY")
        assert hit is not None and hit.gazetteer_id == "geonames:9900002", alias
    assert gaz.lookup("Test Stream", country="SY") is None
    prim = dict(gaz.connection.execute(
        "SELECT n.key, n.prim FROM names n JOIN places p ON p.pid = n.pid"
        " WHERE p.gid = 'geonames:9900002'").fetchall())
    assert prim[name_key("Qaryat Tajribiyah")] == 1  # the dump's name: primary
    assert prim[name_key("Testville")] == 0 and prim[name_key("Experiment Village")] == 0
    field = gaz.lookup("Matar Tajribi")
    assert field is not None and field.feature == "AIRF"
    gaz.close()


def test_reimport_replaces_instead_of_duplicating(small_db: Path, tmp_path: Path) -> None:
    gaz = open_gazetteer(_copy(small_db, tmp_path))
    import_geonames(gaz, FIXTURES / "geonames_sample.txt")
    before = gaz.stats()
    import_geonames(gaz, FIXTURES / "geonames_sample.txt")
    assert gaz.stats() == before
    oil = gaz.candidates("Omar Oilfield", country="SY",
                         context=LookupContext(countries=("SY",)))
    ids = [m.gazetteer_id for m in oil]
    # the imported field lies within 5 km of our curated al-Omar: one place, listed once
    assert len(ids) == 1 and ids[0] in {"custom:al-omar-oil-field", "geonames:9900001"}
    assert gaz.connection.execute(
        "SELECT COUNT(*) FROM places WHERE gid = 'geonames:9900001'").fetchone()[0] == 1
    gaz.close()


def test_unreadable_files_raise_gazetteer_error(small_db: Path, tmp_path: Path) -> None:
    gaz = open_gazetteer(_copy(small_db, tmp_path))
    with pytest.raises(GazetteerError):
        import_geonames(gaz, tmp_path / "missing.txt")
    empty_zip = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty_zip, "w") as zf:
        zf.writestr("readme.txt", "nothing")
    with pytest.raises(GazetteerError):
        import_geonames(gaz, empty_zip)
    gaz.close()


def test_not_a_gazetteer_file_is_reported(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite"
    bogus.write_text("this is not sqlite")
    with pytest.raises(GazetteerError):
        open_gazetteer(bogus)


def test_the_scan_keys_kept_beside_a_gazetteer_follow_its_changes(
    small_db: Path, tmp_path: Path
) -> None:
    """The name scanner's key set is read back from the file kept beside the gazetteer, and
    an import (which changes the gazetteer) makes it query the keys again: new names are
    found in text, never an old key set."""
    path = _copy(small_db, tmp_path)
    text = "Shelling hit Testville and Aleppo on Monday."
    gaz = open_gazetteer(path)
    first = gaz.find_names(text)
    kept = list(tmp_path.glob("g.sqlite.scan-keys-*"))
    assert [t for _, _, t in first] == ["Aleppo"] and len(kept) == 1
    gaz.close()
    again = open_gazetteer(path)
    assert again.find_names(text) == first and list(tmp_path.glob("g.sqlite.scan-keys-*")) == kept
    archive = tmp_path / "SY.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(FIXTURES / "geonames_sample.txt", "SY.txt")
    import_geonames(again, archive)
    assert [t for _, _, t in again.find_names(text)] == ["Testville", "Aleppo"]
    assert list(tmp_path.glob("g.sqlite.scan-keys-*")) not in ([], kept)  # replaced, one file
    assert len(list(tmp_path.glob("g.sqlite.scan-keys-*"))) == 1
    again.close()


def test_a_damaged_scan_key_file_is_queried_again(small_db: Path, tmp_path: Path) -> None:
    path = _copy(small_db, tmp_path)
    gaz = open_gazetteer(path)
    expected = gaz.find_names("Fighting near Aleppo and Homs.")
    gaz.close()
    (kept,) = tmp_path.glob("g.sqlite.scan-keys-*")
    kept.write_bytes(kept.read_bytes()[:100])  # truncated
    again = open_gazetteer(path)
    assert again.find_names("Fighting near Aleppo and Homs.") == expected
    assert len(kept.read_bytes()) > 100  # written whole again
    again.close()
