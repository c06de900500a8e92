"""Claims and stance, session 8: general mechanisms rather than single wordings (a role or an
apposition on either side of a claimant's name; the organ a phrase names deciding its kind; an
acronym or "the office" meaning the body spelled out before; denials that call an accusation
absurd or say a party "has no involvement"; a party's own aircraft striking "terrorists"; "who
said" letting the blamed party confirm) and the actors and claimants of the 2015-2025 theatres
as curated data. Every text here is ours, written for the test."""

from __future__ import annotations

import pytest

from contested.extract import Extractor
from contested.extract.actors import load_actors
from contested.extract.claimant import find_claimant
from contested.extract.claimants import ClaimantLexicon
from contested.extract.stance import is_denial
from contested.types import Span
from extract_support import extract_claims
from extract_support import rule_stances as _stances


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="module")
def lexicon() -> ClaimantLexicon:
    return ClaimantLexicon.load()


def _claimant(sentence: str) -> str | None:
    found = find_claimant(sentence, Span(0, len(sentence)))
    return found.text if found else None


# ------------------------------------------------------------------ who speaks


@pytest.mark.parametrize(
    ("sentence", "claimant", "kind"),
    [
        (
            "Four people died in the shelling of Sloviansk, the head of the regional military "
            "administration, Ivan Petrenko, said.",
            "the head of the regional military administration, Ivan Petrenko",
            "local_official",
        ),
        (
            "Rockets hit the market on Monday, the spokesman of the interior ministry, Ali "
            "Hassan, told reporters.",
            "the spokesman of the interior ministry, Ali Hassan",
            "government",
        ),
        (
            "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's branch in Mali, said in a "
            "statement that its fighters had overrun the post.",
            "Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al Qaeda's branch in Mali",
            "military",
        ),
        (
            "The Islamic State West Africa Province, the group's local offshoot, said its "
            "fighters attacked the base.",
            "The Islamic State West Africa Province, the group's local offshoot",
            "military",
        ),
        (
            "Kyiv did not comment, and Moscow-installed officials in the region said a Ukrainian "
            "rocket caused the blast.",
            "Moscow-installed officials in the region",
            "local_official",
        ),
        (
            '"The second blast was worse," said Musa Ali, a trader whose shop burned.',
            "Musa Ali, a trader whose shop burned",
            "witness",
        ),
        (
            "Eight died when jets bombed houses, the spokesman of the Taliban administration, "
            "Karim Noori, said.",
            "the spokesman of the Taliban administration, Karim Noori",
            "government",
        ),
    ],
)
def test_a_role_or_apposition_beside_the_name(
    lexicon: ClaimantLexicon, sentence: str, claimant: str, kind: str
) -> None:
    assert _claimant(sentence) == claimant
    assert lexicon.classify(claimant) == kind


@pytest.mark.parametrize(
    ("phrase", "kind"),
    [
        ("The prosecutor-general's office", "government"),
        ("the attorney-general", "government"),
        ("An association of families of the missing", "ngo"),
        ("The head of the Bosaso ambulance service", "ngo"),
        ("The Taliban government", "government"),
        ("The Taliban's defence ministry", "military"),
        ("The Hamas-run health ministry", "government"),
        ("a Houthi military spokesman", "military"),
        ("The Ground Force of the Islamic Revolution Guards Corps", "military"),
        ("Major-General Ali Musa", "military"),
        ("The National Unity Government, the civilian administration in exile", "government"),
        ("a fisherman who saw the drone", "witness"),
    ],
)
def test_kinds_from_the_organ_named(lexicon: ClaimantLexicon, phrase: str, kind: str) -> None:
    assert lexicon.classify(phrase) == kind


def test_an_acronym_means_the_body_spelled_out_before(extractor: Extractor) -> None:
    text = (
        "MANILA - Three Filipino sailors were killed when a missile hit their tanker in the Red "
        "Sea on Monday, the Department of Migrant Workers (DMW) said.\n\n"
        "The tanker was hit by a missile fired by Houthi rebels, the DMW said."
    )
    blame = [c for c in extract_claims(extractor, text) if c.kind == "attribution"]
    assert [(c.source, c.source_kind, c.attributed_to) for c in blame] == [
        ("the DMW", "government", "Houthis")
    ]


def test_the_office_means_the_body_named_before(extractor: Extractor) -> None:
    text = (
        "GENEVA - Shelling of a camp for displaced people near Bunia killed 14 people on "
        "Friday, the UN humanitarian office said.\n\n"
        "Another 20 people were wounded, the office said."
    )
    tolls = [c for c in extract_claims(extractor, text) if c.kind == "casualties"]
    assert [(c.source, c.source_kind) for c in tolls][-1] == ("the office", "ngo")


# ------------------------------------------------------------------ denials and confirmations


@pytest.mark.parametrize(
    "sentence",
    [
        "The government's spokesman called the accusation absurd.",
        "The army described the reports as ridiculous.",
        'The movement said it "has no involvement whatsoever" in the killings.',
        "The militia said it had no hand in the attack on the market.",
    ],
)
def test_new_denial_forms(sentence: str) -> None:
    assert is_denial(sentence)


def test_a_party_saying_its_aircraft_struck_terrorists_confirms() -> None:
    sentence = 'The Israeli military said an aircraft had struck "a terrorist cell" near Jenin.'
    assert _stances(sentence, "PS", claimant="Israel") == [("confirmation", "Israel")]


def test_a_drone_striking_a_school_is_no_confirmation_by_the_speaker() -> None:
    sentence = "The Syrian army said a drone had struck a school near Idlib."
    assert ("confirmation", "Syrian government") not in _stances(
        sentence, "SY", claimant="Syrian government"
    )


def test_the_blamed_party_who_said_it_fired_confirms() -> None:
    sentence = "The U.S. military blamed the attack on Yemen's Houthi rebels, who said they fired missiles."
    assert _stances(sentence, "YE", claimant="United States") == [
        ("attribution", "Houthis"),
        ("confirmation", "Houthis"),
    ]


def test_they_after_another_partys_strikes_is_no_confirmation() -> None:
    sentence = "The State Department condemned the Iranian strikes and said they had killed civilians."
    assert _stances(sentence, "IQ", claimant="United States") == [("attribution", "Iran")]


@pytest.mark.parametrize(
    ("sentence", "country", "actor"),
    [
        ("The shells came from positions held by the FDLR, the governor said.", "CD", "FDLR"),
        ('An official said "the Chadian army and its allied militias" had shelled the village.', "TD", "Chad army"),
        ("The group said its fighters had taken control of a base and killed 40 soldiers.", "ML", "JNIM"),
    ],
)
def test_new_agent_forms(sentence: str, country: str, actor: str) -> None:
    found = _stances(sentence, country, claimant="JNIM" if "group said" in sentence else None)
    assert found and found[0][1] == actor


def test_a_conjunct_does_not_swallow_the_verb() -> None:
    sentence = "Monitors said 30 fighters of Hurras al-Din and allied factions were killed in the strike."
    assert _stances(sentence, "SY") == []


# ------------------------------------------------------------------ curated data


@pytest.mark.parametrize(
    ("sentence", "country", "canonical"),
    [
        ("FDLR militiamen raided the village.", "CD", "FDLR"),
        ("CODECO fighters attacked the camp.", "CD", "CODECO"),
        ("Rwandan Defence Force troops crossed the border.", "CD", "Rwanda"),
        ("AFC fighters seized the town.", "CD", "M23"),
        ("Pakistani aircraft struck the district.", "AF", "Pakistan military"),
        ("The Taliban administration condemned the raid.", "AF", "Taliban"),
        ("IRGC Ground Force units fired drones.", "IQ", "IRGC"),
        ("An occupation warplane fired a missile.", "PS", "Israel"),
        ("Nigerien troops repelled the assault.", "NE", "Niger army"),
        ("OLA fighters ambushed a bus.", "ET", "Oromo Liberation Army"),
        ("Eritrean troops looted the town.", "ET", "Eritrea"),
        ("Insurgents attacked Mocimboa da Praia.", "MZ", "Islamic State Mozambique"),
        ("Kenya Defence Forces killed militants.", "SO", "Kenya"),
        ("Indian troops fired across the line.", "IN", "India"),
        ("Lashkar-e-Taiba gunmen opened fire.", "IN", "Lashkar-e-Taiba"),
        ("TNLA fighters took the town.", "MM", "Ta'ang National Liberation Army"),
        ("Kachin Independence Army troops shelled the post.", "MM", "Kachin Independence Army"),
        ("ELN guerrillas bombed the pipeline.", "CO", "ELN"),
        ("Viv Ansanm gang members burned the station.", "HT", "Haitian gangs"),
        ("New People's Army rebels ambushed soldiers.", "PH", "New People's Army"),
        ("Jenin Brigade gunmen fired at troops.", "PS", "West Bank armed groups"),
        ("SPLA-IO forces attacked the barracks.", "SS", "SPLA-IO"),
    ],
)
def test_theatre_actors(sentence: str, country: str, canonical: str) -> None:
    hits = load_actors().find(sentence, context_countries=[country])
    assert hits and hits[0].canonical == canonical


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("WAFA", "state_media"),
        ("Radio Mogadishu", "state_media"),
        ("Ukrinform", "state_media"),
        ("Myawady", "state_media"),
        ("SUNA", "state_media"),
        ("ISPR", "military"),
        ("the Ukrainian General Staff", "military"),
        ("Zaw Min Tun", "military"),
        ("FARDC", "military"),
        ("Defence Headquarters", "military"),
        ("Zabihullah Mujahid", "government"),
        ("Patrick Muyaya", "government"),
        ("Yolande Makolo", "government"),
        ("the Palestinian Presidency", "government"),
        ("Government Media Office", "government"),
        ("the Kurdistan Regional Government", "government"),
        ("Denis Pushilin", "local_official"),
        ("Vyacheslav Gladkov", "local_official"),
        ("MONUSCO", "ngo"),
        ("UNAMA", "ngo"),
        ("Palestinian Red Crescent Society", "ngo"),
        ("Hengaw", "ngo"),
        ("Euro-Med Human Rights Monitor", "ngo"),
        ("the Kivu Security Tracker", "monitor"),
    ],
)
def test_theatre_claimants(lexicon: ClaimantLexicon, name: str, kind: str) -> None:
    assert lexicon.classify(name) == kind


@pytest.mark.parametrize(
    ("name", "kind"),
    [("a Pakistani military source", "unnamed"), ("a Sudanese military source", "unnamed")],
)
def test_a_states_military_source_stays_unnamed(
    lexicon: ClaimantLexicon, name: str, kind: str
) -> None:
    assert lexicon.classify(name) == kind


# ------------------------------------------------------------------ anonymity, counter-denials, the outlet


@pytest.mark.parametrize(
    "sentence",
    [
        "A commander of a local militia allied with Iran, who asked not to be named, said the "
        "strike killed four fighters.",
        "Two police officers, speaking on condition of anonymity because they were not "
        "authorised to talk to the media, said the blast killed nine.",
    ],
)
def test_a_claimant_who_chose_anonymity_is_unnamed(extractor: Extractor, sentence: str) -> None:
    found = find_claimant(sentence, Span(0, len(sentence)))
    assert found is not None and found.anonymous
    assert "anonym" not in found.text and "named" not in found.text  # the name stays the name
    text = "A drone strike on a convoy near Deir ez-Zor on Monday killed nine people. " + sentence
    kinds = {c.source_kind for c in extract_claims(extractor, text) if c.span.start > 60}
    assert kinds == {"unnamed"}


def test_a_claim_the_accused_called_a_lie() -> None:
    sentence = (
        "Officials said the bomb was planted by al-Shabaab, an accusation the group called "
        "pure propaganda."
    )
    assert _stances(sentence, "SO") == [("attribution", "al-Shabaab"), ("denial", "al-Shabaab")]


def test_a_charge_denied_in_the_past_is_no_denial_here() -> None:
    sentence = "The army said the shells were fired by the ADF, a charge the rebels have denied in the past."
    assert _stances(sentence, "CD") == [("attribution", "ADF")]


def test_both_stances_of_a_counter_denial_are_claims(extractor: Extractor) -> None:
    text = (
        "MOGADISHU - A car bomb killed nine people at a market in Mogadishu on Friday, police "
        "said.\n\nPolice said the bomb was planted by al-Shabaab, an accusation the group "
        "called pure propaganda."
    )
    kinds = {(c.kind, c.attributed_to) for c in extract_claims(extractor, text)}
    assert {("attribution", "al-Qaeda"), ("denial", "al-Qaeda")} <= kinds  # rooted: its parent


def test_an_anonymous_official_of_a_named_state_stays_government(extractor: Extractor) -> None:
    text = (
        "A drone strike on a convoy near Deir ez-Zor on Monday killed nine people. A U.S. "
        "official, speaking on condition of anonymity, said U.S. forces had carried out the strike."
    )
    kinds = {c.source_kind for c in extract_claims(extractor, text) if c.span.start > 60}
    assert kinds == {"government"}


def test_a_recalled_incident_without_a_claimant_is_the_outlets_account(extractor: Extractor) -> None:
    import datetime as dt

    from contested.ids import stable_id
    from contested.types import Article

    text = (
        "IDLIB - Two people were killed on Monday when a drone hit a car near Idlib, the Syrian "
        "Observatory for Human Rights said. Last month an air strike on a market in the same "
        "town killed 12 people."
    )
    article = Article(
        article_id=stable_id("art", text), origin="test", text=text, title=None, url=None,
        outlet="Levant Daily", published=dt.date(2024, 5, 6), published_from="metadata",
        language="en",
    )
    tolls = {
        (m.role, c.source, c.source_kind, c.killed)
        for m in extractor.extract(article)
        for c in m.claims
        if c.kind == "casualties"
    }
    assert ("background", "Levant Daily", "media", 12) in tolls
    assert ("primary", "the Syrian Observatory for Human Rights", "monitor", 2) in tolls


@pytest.mark.parametrize(
    ("outlet", "kind"),
    [("Levant Daily", "media"), ("Tigris Wire", "wire"), ("Reuters", "wire"), ("SANA", "state_media")],
)
def test_an_outlets_own_kind(lexicon: ClaimantLexicon, outlet: str, kind: str) -> None:
    assert lexicon.outlet_kind(outlet) == kind


def test_a_blank_line_ends_a_sentence_after_an_initial() -> None:
    from contested.extract.sentences import split_sentences

    text = 'The camp was hit, she said on X.\n\nThe rebel spokesman denied any involvement.'
    assert [s.text for s in split_sentences(text)] == [
        "The camp was hit, she said on X.",
        "The rebel spokesman denied any involvement.",
    ]
    assert [s.text for s in split_sentences("U.S. forces struck. U.S. jets returned.")] == [
        "U.S. forces struck.",
        "U.S. jets returned.",
    ]


def test_would_never_attack_is_a_denial() -> None:
    sentence = '"Our army is a professional force and would never attack a camp for civilians," she said.'
    assert is_denial(sentence)
    assert _stances(sentence, "RW", claimant="Rwanda") == [("denial", "Rwanda")]
