"""Article context for toponyms, with the real gazetteer (built on first use)."""

from __future__ import annotations

from contested.extract.places import article_context
from contested.gazetteer import open_gazetteer

YEMEN = (
    "An air strike by the Saudi-led coalition hit a bus carrying children at a market in "
    "Dahyan, in Saada province in northern Yemen, on Thursday, killing dozens of people, the "
    "International Committee of the Red Cross said. The Red Cross said its hospital received "
    "the bodies."
)


def test_a_small_place_does_not_bring_a_foreign_country_into_focus() -> None:
    context = article_context(open_gazetteer(), YEMEN)
    assert "YE" in context.countries
    assert "US" not in context.countries  # Red Cross, North Carolina


def test_small_places_count_when_nothing_weightier_is_named() -> None:
    gaz = open_gazetteer()
    alone = gaz.lookup("Red Cross")
    assert alone is not None and alone.country == "US"  # the premise: a real, small US place
    context = article_context(gaz, "Volunteers gathered in Red Cross on Sunday.")
    assert context.countries == ("US",)


def test_villages_count_for_the_country_the_article_names() -> None:
    text = "Shelling hit Tal al-Shaer and al-Harra in Deir ez-Zor province, Syria, on Monday."
    context = article_context(open_gazetteer(), text)
    assert context.countries[0] == "SY"


def test_context_shows_names_that_are_no_place() -> None:
    from contested.extract.places import not_a_place

    cases = [
        ("Israeli aircraft struck the Safad school on Sunday.", "Safad", True),
        ("A police source told Baghdad Today.", "Baghdad", True),
        ("An alliance that backs Damascus said so.", "Damascus", True),
        # the speaker's seat, not where it happened (not the agent rule: the ministry speaks)
        ("The ministry in the capital Sanaa said on Monday.", "Sanaa", True),
        ("Strikes hit the capital Sanaa, the ministry said on Monday.", "Sanaa", False),
        ("A bomb went off in the capital Sanaa, police said.", "Sanaa", False),
        ("Two civilians from the town of Urmia in Iran were killed.", "Iran", True),
        ("The strike hit a village 30 km from Deir ez-Zor.", "Deir ez-Zor", False),
        ("The strike hit Idlib on Monday.", "Idlib", False),
        ("Mazloum Abdi, commander of the SDF, denied it.", "Mazloum", True),
        ("Hajin Ahmed, a local official, said so.", "Hajin", True),
        ("The strike hit Hajin, a town on the Euphrates, on Monday.", "Hajin", False),
        ("Shelling hit Abu Kamal, the border town, at dawn.", "Abu Kamal", False),
        ("Shells fell on Raqqa City, a local official said.", "Raqqa", False),
        ("Clashes near Tal Tamr Tuesday, the SDF commander said.", "Tal Tamr", False),
        ("Jets struck Baghuz Fawqani, an SDF official said.", "Baghuz", False),
    ]
    for sentence, name, expected in cases:
        at = sentence.index(name)
        assert not_a_place(sentence, at, at + len(name)) is expected, sentence
