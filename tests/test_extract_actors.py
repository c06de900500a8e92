"""Actor lexicon: alias families, acronym traps, compounds, context, extension, data integrity."""

from __future__ import annotations

import itertools
import json
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from contested.errors import UsageError
from contested.extract.actors import ActorLexicon, alias_key, load_actors

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="module")
def lex() -> ActorLexicon:
    return load_actors()


def _found(lex: ActorLexicon, text: str, **kwargs: object) -> list[tuple[str, str]]:
    return [(h.alias, h.canonical) for h in lex.find(text, **kwargs)]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "alias", "canonical"),
    [
        ("Strikes by US forces hit the town.", "US forces", "United States"),
        ("The U.S. military said nothing.", "U.S. military", "United States"),
        ("The Pentagon declined to comment.", "Pentagon", "United States"),
        ("American warplanes were seen overhead.", "American warplanes", "United States"),
        ("CENTCOM said the raid was defensive.", "CENTCOM", "US Central Command"),
        ("Officials at U.S. Central Command spoke.", "U.S. Central Command", "US Central Command"),
        ("The strike was by the US-led coalition.", "US-led coalition", "US-led coalition"),
        ("U.S.-Led Coalition Attacks Aim at Victories", "U.S.-Led Coalition", "US-led coalition"),
        ("Operation Inherent Resolve said it struck.", "Operation Inherent Resolve",
         "US-led coalition"),
        ("CJTF-OIR released a statement.", "CJTF-OIR", "US-led coalition"),
        ("Government forces shelled it, said the SAA.", "SAA", "Syrian government"),
        ("Regime forces advanced on the town.", "Regime forces", "Syrian government"),
        ("Russian warplanes bombed the market.", "Russian warplanes", "Russia"),
        ("IRGC units moved in.", "IRGC", "IRGC"),
        ("Iranian-backed groups fired rockets.", "Iranian-backed groups", "Iran-backed groups"),
        ("Fighters of Hezbollah crossed over.", "Hezbollah", "Hezbollah"),
        ("Daesh claimed the bombing.", "Daesh", "Islamic State"),
        ("ISIL militants attacked.", "ISIL militants", "Islamic State"),
        ("Syrian Democratic Forces said so.", "Syrian Democratic Forces", "SDF"),
        ("Kurdish-led forces took the village.", "Kurdish-led forces", "SDF"),
        ("The Turkish army shelled Tal Rifaat.", "Turkish army", "Turkey"),
        ("The IDF said it hit a Hamas target.", "IDF", "Israel"),
        ("Israel Defense Forces confirmed it.", "Israel Defense Forces", "Israel"),
        ("Ansar Allah claimed the attack.", "Ansar Allah", "Houthis"),
        ("Houthi rebels fired a missile.", "Houthi rebels", "Houthis"),
        ("The Popular Mobilisation Forces denied it.", "Popular Mobilisation Forces", "PMF"),
        ("Hashd al-Shaabi positions were hit.", "Hashd al-Shaabi", "PMF"),
        ("Kata'ib Hezbollah vowed revenge.", "Kata'ib Hezbollah", "Kataib Hezbollah"),
        ("Hay'at Tahrir al-Sham controls Idlib.", "Hay'at Tahrir al-Sham", "HTS"),
        ("Al-Shabaab fighters stormed the base.", "Al-Shabaab", "al-Shabaab"),
        ("AQAP was blamed.", "AQAP", "AQAP"),
        ("Free Syrian Army units withdrew.", "Free Syrian Army", "Syrian opposition"),
        ("The Saudi-led coalition bombed Saada.", "Saudi-led coalition", "Saudi-led coalition"),
        ("Iraqi security forces found the launcher.", "Iraqi security forces",
         "Iraqi security forces"),
    ],
)
def test_alias_families(lex: ActorLexicon, text: str, alias: str, canonical: str) -> None:
    hits = lex.find(text)
    assert (alias, canonical) in [(h.alias, h.canonical) for h in hits]
    hit = next(h for h in hits if h.alias == alias)
    assert text[hit.span.start : hit.span.end] == alias


@pytest.mark.parametrize(
    "text",
    [
        "Let us know what happened to us.",
        "It is what it is, and this is it.",
        "Is it true? Us? Never.",
        "The trusted sources thus said.",
        "A sadistic brusque usurper.",
    ],
)
def test_acronym_traps_find_nothing(lex: ActorLexicon, text: str) -> None:
    assert lex.find(text) == []


def test_acronyms_match_uppercase_whole_tokens(lex: ActorLexicon) -> None:
    found = _found(lex, "The US said IS fighters, not ISIS, did it; USA Today disagreed.")
    assert found[:3] == [("US", "United States"), ("IS fighters", "Islamic State"),
                         ("ISIS", "Islamic State")]


def test_us_led_is_the_coalition_not_the_us(lex: ActorLexicon) -> None:
    assert _found(lex, "US-led coalition aircraft struck.") == [
        ("US-led coalition", "US-led coalition")]
    assert _found(lex, "US-led strikes continued daily.") == [("US-led", "US-led coalition")]
    assert _found(lex, "the US-led anti-IS coalition began") == [
        ("US-led anti-IS coalition", "US-led coalition")]


def test_possessives(lex: ActorLexicon) -> None:
    assert _found(lex, "a halt to the US's presence") == [("US", "United States")]
    assert _found(lex, "the US’ al-Tanf base") == [("US", "United States")]
    assert _found(lex, "Assad's forces advanced") == [("Assad's forces", "Syrian government")]


def test_compounds_do_not_name_the_modifier(lex: ActorLexicon) -> None:
    assert _found(lex, "the US-backed forces advanced") == []
    assert _found(lex, "the Israeli-occupied Golan Heights") == []
    assert _found(lex, "pro-Iranian groups used these sites") == [
        ("pro-Iranian groups", "Iran-backed groups")]
    assert _found(lex, "a pro-Turkish rally in anti-American mood") == []


def test_place_forms_are_dropped_after_locatives(lex: ActorLexicon) -> None:
    assert _found(lex, "The US has bases in northeastern Syria.") == [("US", "United States")]
    hits = lex.find("Syria condemned the strike; Damascus wants a UN response.")
    assert [(h.alias, h.canonical, h.form) for h in hits] == [
        ("Syria", "Syrian government", "place"), ("Damascus", "Syrian government", "place")]
    assert _found(lex, "a press conference in Moscow on Tuesday") == []


def test_descriptor_form_is_marked(lex: ActorLexicon) -> None:
    hits = lex.find("with the help of Russian advisers")
    assert [(h.alias, h.form) for h in hits] == [("Russian", "descriptor")]


def test_context_countries_choose_the_coalition(lex: ActorLexicon) -> None:
    text = "Coalition warplanes struck a wedding hall."
    assert _found(lex, text) == [("Coalition warplanes", "US-led coalition")]
    assert _found(lex, text, context_countries=["YE"]) == [
        ("Coalition warplanes", "Saudi-led coalition")]


def test_context_only_aliases_need_a_context(lex: ActorLexicon) -> None:
    text = "Government forces shelled the village."
    assert _found(lex, text) == []
    assert _found(lex, text, context_countries=["SY"]) == [
        ("Government forces", "Syrian government")]
    assert _found(lex, text, context_countries=["iq"]) == [
        ("Government forces", "Iraqi security forces")]


def test_window_offsets(lex: ActorLexicon) -> None:
    text = "Hamas fired rockets. Israel Defense Forces responded."
    hits = lex.find(text, start=21)
    assert [h.canonical for h in hits] == ["Israel"]
    assert hits[0].span.start == 21
    assert lex.find(text, 0, 20)[0].canonical == "Hamas"


def test_canonical_root_and_kind(lex: ActorLexicon) -> None:
    assert lex.canonical("the Pentagon") == "United States"
    assert lex.canonical("CENTCOM") == "US Central Command"
    assert lex.canonical("United States (CENTCOM)") == "United States"
    assert lex.canonical("us-led coalition") == "US-led coalition"
    assert lex.canonical("a weather balloon") is None
    assert lex.root("CENTCOM") == "United States"
    assert lex.kind_of("US Central Command") == "state_military"
    assert lex.kind_of("Daesh") == "non_state"
    assert lex.kind_of("nobody") is None


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("United States", "US-led coalition", True),
        ("US-led coalition", "Pentagon", True),
        ("CENTCOM", "US-led coalition", True),
        ("US Department of Defense", "United States", True),
        ("Saudi Arabia", "Saudi-led coalition", True),
        ("Kataib Hezbollah", "Iran-backed groups", True),
        ("YPG", "SDF", True),
        ("United States", "Syrian government", False),
        ("United Kingdom", "United States", False),
        ("United States", "Saudi-led coalition", False),
        ("Iran", "Iran-backed groups", False),
        ("United States", "nobody at all", False),
    ],
)
def test_same_side(lex: ActorLexicon, a: str, b: str, same: bool) -> None:
    assert lex.same_side(a, b) is same
    assert lex.same_side(b, a) is same


def test_builtin_data_integrity(lex: ActorLexicon) -> None:
    assert len(lex) >= 40
    for actor in lex.actors.values():
        assert actor.parent is None or actor.parent in lex.actors, actor
        assert all(member in lex.actors for member in actor.members), actor
    path = Path(__file__).resolve().parents[1] / "src/contested/data/actors.json"
    owners: dict[str, set[str]] = {}
    for entry in json.loads(path.read_text(encoding="utf-8"))["actors"]:
        for alias in entry.get("aliases", []) + entry.get("places", []):
            owners.setdefault(alias_key(alias), set()).add(entry["canonical"])
    clashes = {key: names for key, names in owners.items() if len(names) > 1}
    assert clashes == {}


def test_user_extension_adds_and_merges(tmp_path: Path) -> None:
    extra = tmp_path / "mine.json"
    extra.write_text(json.dumps({"actors": [
        {"canonical": "Jaish al-Adl", "kind": "non_state", "country": "IR",
         "aliases": ["Jaish al-Adl", "Army of Justice"]},
        {"canonical": "United States", "aliases": ["Uncle Sam"]},
    ]}), encoding="utf-8")
    lex = load_actors(extra)
    assert _found(lex, "Jaish al-Adl and Uncle Sam") == [
        ("Jaish al-Adl", "Jaish al-Adl"), ("Uncle Sam", "United States")]
    assert lex.kind_of("Uncle Sam") == "state"
    assert lex.same_side("Uncle Sam", "US-led coalition")
    assert load_actors().canonical("Uncle Sam") is None


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        json.dumps({"nothing": []}),
        json.dumps({"actors": [{"canonical": "X", "kind": "alien", "aliases": ["X"]}]}),
        json.dumps({"actors": [{"kind": "state", "aliases": ["Y"]}]}),
        json.dumps({"actors": [{"canonical": "Z", "kind": "state", "aliases": "Z"}]}),
    ],
)
def test_bad_extension_files_raise_usage_errors(tmp_path: Path, content: str) -> None:
    extra = tmp_path / "bad.json"
    extra.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError):
        load_actors(extra)


_WORDS = ["US", "us", "IS", "is", "the", "coalition", "US-led", "Syrian", "army", "in", "Syria",
          "pro-Iranian", "groups", "Iran-backed", "’s", "'s", "-", ",", "Hezbollah", "\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=30))
def test_hits_are_ordered_disjoint_and_inside(words: list[str]) -> None:
    lex = load_actors()
    text = " ".join(words)
    hits = lex.find(text)
    for hit in hits:
        assert 0 <= hit.span.start < hit.span.end <= len(text)
        assert text[hit.span.start : hit.span.end] == hit.alias
        assert hit.alias not in ("us", "is")
    for before, after in itertools.pairwise(hits):
        assert before.span.end <= after.span.start


@pytest.mark.shared
def test_seed_articles(lex: ActorLexicon) -> None:
    seeds = SHARED / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"shared seeds not found at {seeds}")
    canon: set[str] = set()
    for path in sorted(seeds.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for hit in lex.find(text):
            assert text[hit.span.start : hit.span.end] == hit.alias
            canon.add(hit.canonical)
    assert {"United States", "US-led coalition", "Iran-backed groups",
            "US Central Command", "Syrian government", "SDF"} <= canon


def test_speed_sanity(lex: ActorLexicon) -> None:
    sentence = ("The US-led coalition said its aircraft struck Islamic State positions near "
                "al-Bukamal on Tuesday, while Syrian state media blamed American drones.")
    started = time.perf_counter()
    count = sum(len(lex.find(sentence)) for _ in range(2000))
    rate = 2000 / (time.perf_counter() - started)
    print(f"actors: {rate:,.0f} sentences/s")
    assert count == 2000 * 3
