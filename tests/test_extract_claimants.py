"""Claimant lexicon: kinds of free phrases, relay chains, finding claimants in text."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from contested.errors import UsageError
from contested.extract.claimants import (
    ClaimantLexicon,
    Relay,
    load_claimants,
    parse_relay,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture(scope="module")
def lex() -> ClaimantLexicon:
    return load_claimants()


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        # state media, and state media relaying an anonymous source
        ("SANA", "state_media"),
        ("Syrian state television", "state_media"),
        ("the official news agency", "state_media"),
        ("Tasnim news agency", "state_media"),
        ("the Houthi-run Saba news agency", "state_media"),
        ("Syrian state news agency SANA, citing a military source", "state_media"),
        ("state media outlet SANA reports, citing a field source", "state_media"),
        # government
        ("the Syrian Foreign and Expatriates Ministry", "government"),
        ("Syria's Foreign Ministry (in a letter to the UN)", "government"),
        ("the United States", "government"),
        ("Washington", "government"),
        ("the Kremlin", "government"),
        ("a US official", "government"),
        ("the ministry", "government"),
        ("Iraq's Foreign Minister Fuad Hussein", "government"),
        ("the deputy US envoy to the United Nations", "government"),
        ("White House press secretary", "government"),
        # military
        ("US Central Command", "military"),
        ("a Pentagon spokesman", "military"),
        ("an unnamed US military official", "military"),
        ("a senior defense official, speaking to AFP", "military"),
        ("the US-led coalition", "military"),
        ("the Russian Defence Ministry", "military"),
        ("a spokesman for the Israeli army", "military"),
        ("Lieutenant General James Smith", "military"),
        ("the Syrian Democratic Forces", "military"),
        # session 4: an armed group's spokesman or office speaks for the group
        ("a Kataib Hezbollah spokesman", "military"),
        ("the Islamic State group", "military"),
        ("the PMF media office", "military"),
        ("Russia's Centre for Reconciliation", "military"),
        ("the Local Coordination Committees", "monitor"),
        ("Lebanon's National News Agency", "state_media"),
        # "sources in X" name the institution X; a place is no institution
        ("sources within the Popular Mobilisation Forces", "military"),
        ("a source in the Syrian army", "military"),
        ("security sources in Baghdad", "unnamed"),
        ("a source close to the militia", "unnamed"),
        ("a man who survived the strike", "witness"),
        # monitors
        ("the Syrian Observatory for Human Rights", "monitor"),
        ("the Britain-based war monitor", "monitor"),
        ("SOHR", "monitor"),
        ("Airwars", "monitor"),
        ("local activists", "witness"),  # people on the ground, as the gold reads them
        # wires and media
        ("Reuters", "wire"),
        ("Agence France-Presse", "wire"),
        ("the Associated Press", "wire"),
        ("Rudaw", "media"),
        # local officials
        ("the governor of Raqqa", "local_official"),
        ("the mayor of the town", "local_official"),
        ("a local council member", "local_official"),
        ("the provincial health directorate", "local_official"),
        # witnesses
        ("witnesses", "witness"),
        ("a resident of the village", "witness"),
        ("eyewitnesses told AFP", "witness"),
        # NGOs
        ("the White Helmets", "ngo"),
        ("the International Committee of the Red Cross", "ngo"),
        ("a UN official", "ngo"),
        ("UNICEF", "ngo"),
        # unnamed
        ("a source", "unnamed"),
        ("sources close to the militias", "unnamed"),
        ("an official who spoke on condition of anonymity", "unnamed"),
        ("a source among local pro-government fighters, speaking to Reuters", "unnamed"),
        ("medical sources", "unnamed"),
        ("a military source", "unnamed"),
        ("Iraqi security sources", "unnamed"),
        ("Al Masirah TV, citing a local official", "state_media"),
        ("a police official in Al Bab", "local_official"),
        ("the director of Mahliyah district", "local_official"),
        ("someone entirely unclassifiable", "unnamed"),
    ],
)
def test_classify(lex: ClaimantLexicon, phrase: str, kind: str) -> None:
    assert lex.classify(phrase) == kind


def test_match_kind_says_when_nothing_is_known(lex: ClaimantLexicon) -> None:
    assert lex.match_kind("someone entirely unclassifiable") is None
    assert lex.match_kind("the Pentagon") == "military"


@pytest.mark.parametrize(
    ("phrase", "relay"),
    [
        ("SANA, citing a military source", Relay("a military source", ("SANA",))),
        ("a source told Reuters", Relay("a source", ("Reuters",))),
        ("an unnamed official (via AFP)", Relay("an unnamed official", ("AFP",))),
        ("Reuters quoted a US defense official as saying",
         Relay("a US defense official", ("Reuters",))),
        ("a military source, according to state TV", Relay("a military source", ("state TV",))),
        ("AFP, citing SANA, citing a police source",
         Relay("a police source", ("AFP", "SANA"))),
        ("according to the Syrian Observatory", Relay("the Syrian Observatory")),
        ("the Pentagon", Relay("the Pentagon")),
    ],
)
def test_parse_relay(phrase: str, relay: Relay) -> None:
    assert parse_relay(phrase) == relay


def test_wire_relay_keeps_the_originator_kind(lex: ClaimantLexicon) -> None:
    assert lex.classify("the governor told Reuters") == "local_official"
    assert lex.classify("SANA, citing the governor of Deir ez-Zor") == "local_official"
    assert lex.classify("a source told AFP") == "unnamed"


def test_find_named_and_generic(lex: ClaimantLexicon) -> None:
    text = ("State media outlet SANA reported, citing a military source, that witnesses saw "
            "drones; the Syrian Observatory for Human Rights put the toll at 12.")
    found = [(h.name, h.canonical, h.kind) for h in lex.find(text)]
    assert found == [
        ("State media outlet", "state media", "state_media"),
        ("SANA", "SANA", "state_media"),
        ("a military source", None, "unnamed"),
        ("witnesses", None, "witness"),
        ("Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights", "monitor"),
    ]
    for hit in lex.find(text):
        assert text[hit.span.start : hit.span.end] == hit.name


def test_find_extends_titles_to_names(lex: ClaimantLexicon) -> None:
    text = "“Not ours,” US Department of Defense spokesman John Doe told Sputnik on Monday."
    names = [(h.name, h.kind) for h in lex.find(text)]
    assert ("US Department of Defense spokesman John Doe", "military") in names
    assert ("Sputnik", "state_media") in names


def test_find_respects_window_and_locatives(lex: ClaimantLexicon) -> None:
    text = "Officials in Damascus said nothing. Damascus says the strike killed 7."
    hits = lex.find(text, start=36)
    assert [(h.name, h.kind) for h in hits] == [("Damascus", "government")]
    assert all(h.name != "Damascus" for h in lex.find(text, 0, 35))


@pytest.mark.parametrize(
    "text",
    ["people who fled the area", "a map of the ap region", "rt now", "who knows"],
)
def test_acronym_traps(lex: ClaimantLexicon, text: str) -> None:
    assert lex.find(text) == []


def test_acronyms_as_written(lex: ClaimantLexicon) -> None:
    kinds = [(h.name, h.kind) for h in lex.find("WHO and AP and RT said so.")]
    assert kinds == [("WHO", "ngo"), ("AP", "wire"), ("RT", "state_media")]


def test_user_extension(tmp_path: Path) -> None:
    extra = tmp_path / "claimants.json"
    extra.write_text(json.dumps({"claimants": [
        {"canonical": "Nabaa Media", "kind": "media", "aliases": ["Nabaa"]},
        {"canonical": "Rudaw (state)", "kind": "state_media", "aliases": ["Rudaw"]},
    ]}), encoding="utf-8")
    lex = load_claimants(extra)
    assert [(h.canonical, h.kind) for h in lex.find("Nabaa and Rudaw reported")] == [
        ("Nabaa Media", "media"), ("Rudaw (state)", "state_media")]
    assert load_claimants().classify("Rudaw") == "media"
    assert ClaimantLexicon.load(extra).classify("Nabaa") == "media"


@pytest.mark.parametrize(
    "content",
    [
        "[1, 2",
        json.dumps({"claimants": [{"canonical": "X", "kind": "rumour", "aliases": []}]}),
        json.dumps({"claimants": [{"kind": "wire"}]}),
        json.dumps({"claimants": [{"canonical": "Y", "kind": "wire", "aliases": [3]}]}),
    ],
)
def test_bad_extension_files(tmp_path: Path, content: str) -> None:
    extra = tmp_path / "bad.json"
    extra.write_text(content, encoding="utf-8")
    with pytest.raises(UsageError):
        load_claimants(extra)


@pytest.mark.shared
def test_seed_gold_source_kinds(lex: ClaimantLexicon) -> None:
    gold = SHARED / "seeds" / "gold.jsonl"
    if not gold.is_file():
        pytest.skip(f"shared gold not found at {gold}")
    pairs = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        for incident in json.loads(line)["incidents"]:
            pairs += [(c["source"], c["source_kind"]) for c in incident["claims"]]
    assert pairs, "the gold has claims"
    wrong = [(source, kind, lex.classify(source)) for source, kind in pairs
             if lex.classify(source) != kind]
    assert wrong == []


def test_speed_sanity(lex: ClaimantLexicon) -> None:
    sentence = ("A source from among local fighters told Reuters that the strike, which SANA "
                "blamed on the coalition, killed seven soldiers.")
    started = time.perf_counter()
    count = sum(len(lex.find(sentence)) for _ in range(1000))
    print(f"claimants: {1000 / (time.perf_counter() - started):,.0f} sentences/s")
    assert count == 1000 * 4


def test_a_party_channel_told_by_an_anonymous_source_owns_the_claim(
    lex: ClaimantLexicon,
) -> None:
    # "..., a military source told SANA": the relay is named outside the claimant phrase
    assert lex.chain_kind("a military source", "a military source", ("SANA",)) == "state_media"
    assert lex.chain_kind("a source", "a source", ("Reuters",)) == "unnamed"  # a wire carries
    assert lex.chain_kind("Al-Masirah, citing a local official", "a local official",
                          ("Al-Masirah",)) == "state_media"


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a role after the name says who he is (session 4)
        ("\"Three soldiers were killed,\" said Yahya Rasool, the military spokesman.",
         "Yahya Rasool, the military spokesman"),
        # a participial clause between the claimant and its verb
        ("Al-Manar TV, run by Hezbollah, said four fighters were killed.", "Al-Manar TV"),
        # a toll before ", said X" is no claimant: the next pattern is tried
        ("Four were killed, said the ministry, adding that the toll could rise.", "the ministry"),
        # an anonymity aside between the claimant and its verb
        ("Two US officials, speaking on condition of anonymity, blamed Kataib Hezbollah.",
         "Two US officials"),
        ("A Western diplomat, speaking anonymously, said the drones came from the east.",
         "A Western diplomat"),
        ("Jordan's foreign ministry summoned the Syrian envoy and held Damascus responsible.",
         "Jordan's foreign ministry"),
    ],
)
def test_find_claimant_phrases(sentence: str, name: str) -> None:
    from contested.extract.claimant import find_claimant
    from contested.types import Span

    found = find_claimant(sentence, Span(0, len(sentence)))
    assert found is not None and found.text == name


@pytest.mark.parametrize(
    "sentence",
    [
        "The drone hit the base on Sunday, blamed Iran-backed militias in a statement.",
        "Shells struck the market at noon, killing three, accused Russian forces of the raid.",
    ],
)
def test_the_object_of_an_accusation_is_no_claimant(sentence: str) -> None:
    """", said X" names the claimant after the verb; ", blamed X" names the one blamed."""
    from contested.extract.claimant import find_claimant
    from contested.types import Span

    found = find_claimant(sentence, Span(0, len(sentence)))
    assert found is None or not found.text.startswith(("Iran-backed", "Russian"))


@pytest.mark.parametrize(
    ("sentence", "name", "relays"),
    [
        ("A security source denied the reports of a raid on the port, SANA reported.",
         "A security source", ("SANA",)),
        ("Hezbollah denied any role in the blast, Al-Manar said.", "Hezbollah", ("Al-Manar",)),
        ("The army shelled the town, the Observatory said.", "the Observatory", ()),
    ],
)
def test_an_outlet_reporting_at_the_end_relays_the_subject(
    sentence: str, name: str, relays: tuple[str, ...]
) -> None:
    from contested.extract.claimant import find_claimant
    from contested.types import Span

    found = find_claimant(sentence, Span(0, len(sentence)))
    assert found is not None and (found.text, found.relayed_by) == (name, relays)


def test_a_source_relayed_by_state_media_is_state_media(lex: ClaimantLexicon) -> None:
    assert lex.chain_kind("A security source", "A security source", ("SANA",)) == "state_media"


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("police", "local_official"),
        ("Dubai police", "local_official"),
        ("a police source", "unnamed"),
        ("the province's counter-terrorism directorate", "government"),
    ],
)
def test_police_and_directorates(lex: ClaimantLexicon, phrase: str, kind: str) -> None:
    assert lex.classify(phrase) == kind
