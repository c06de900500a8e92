"""Claims and stance, session 10: mechanisms that generalise to theatres never curated — denial
verbs in the present and of orders ("does not target civilians", "gave no order"), the members
a claimant blames ("the attackers were fighters of the group known as X"), claimant kinds read
from head nouns and titles ("a senior police officer", "the Kordan state prosecutor's office",
"a committee for the defence of human rights", "Captain Mbeki", "X's office"), and a group
speaking through its own channel. Every text here is ours, written for the test; the groups,
people and places in them are invented."""

from __future__ import annotations

import pytest

from contested.extract import Extractor
from contested.extract.claimant import find_claimant
from contested.extract.claimants import ClaimantLexicon
from contested.extract.stance import is_denial
from contested.types import Span
from extract_support import extract_claims, rule_stances


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


def _stances(extractor: Extractor, text: str) -> list[tuple[str, str | None, str]]:
    """(kind, party, claimant kind) of the stance claims the extractor makes of ``text``."""
    found = extract_claims(extractor, text)
    return [(c.kind, c.attributed_to, c.source_kind) for c in found if c.kind != "casualties"]


# ------------------------------------------------------------------ sentences alone

DENIALS = {
    '"The national army does not target civilians," the command said.': True,
    'A man speaking for the group said its leaders "did not order" the attack.': True,
    'A lawyer for the family said it "gave no order" for the roadblocks.': True,
    'A leader of the gang said the group "did not start this war".': True,
    'The army said reports that villagers were killed in a drone strike were "fabricated'
    ' propaganda".': True,
    '"This was an accident, and not a massacre," the spokesman said.': True,
    "Two soldiers were not killed in the attack, the army said, correcting an earlier toll.": False,
    "The ministry did not say how many people were killed.": False,
}


def test_denial_forms_and_look_alikes() -> None:
    assert {s: is_denial(s) for s in DENIALS} == DENIALS


KLM = "Kivu Liberation Movement"
# (sentence, the claimant's party, the stance the rules read)
RULE_STANCES = [
    (f"The {KLM} claimed its fighters had captured the town.", KLM, ("confirmation", KLM)),
    # an apposition's habit is no running total
    (f"The {KLM} claimed the blast, a group that has acted on its own in the past.", KLM,
     ("confirmation", KLM)),
]


def test_rule_stances() -> None:
    missing = [s for s, who, want in RULE_STANCES if want not in rule_stances(s, "CD", who)]
    assert not missing


CLAIMANTS = {
    "Earlier, state broadcaster RTK had reported that 21 people were killed.": "state broadcaster RTK",
    "The deputy mayor of Doruma, Ade Bello, told our newsroom that 88 bodies were found.":
        "The deputy mayor of Doruma, Ade Bello",
    "According to the ministry, the army killed 30 rebels.": "the ministry",
    "The ministry repeated that dozens of civilians died.": "The ministry",
    "The governor reiterated that nine people were killed.": "The governor",
    "The blast claimed the lives of four civilians.": None,  # an event, not a speaker
    "Sunday's attack claimed at least nine lives.": None,
}


def test_claimant_phrases() -> None:
    found = {s: find_claimant(s, Span(0, len(s))) for s in CLAIMANTS}
    assert {s: (f.text if f else None) for s, f in found.items()} == CLAIMANTS


# ------------------------------------------------------------------ claimant kinds

KINDS = {
    "a senior police officer": "unnamed",
    "a police official": "unnamed",
    "a police official in Doruma": "local_official",
    "Doruma's police commander Colonel Ade Bello": "local_official",
    "Capital City Police Officer Ade Bello": "local_official",
    "an army officer": "military",
    "the Kordan state prosecutor's office": "local_official",
    "The state government": "government",
    "Islamic State spokesman": "military",
    "The Standing Committee for the Defence of Human Rights": "ngo",
    "the Tulu civil body KOMA": "ngo",
    "Mbeki's office": "government",
    "Captain Mbeki": "military",
    "regional spokesman Col Dara Singh": "military",
    "passenger Ade Bello": "witness",
    "state broadcaster RTK": "state_media",
    "Lt. Col. Ade Bello": "military",
    "Brig. Gen. Ade Bello": "military",
    "a gang leader": "military",
    "the civil protection agency": "government",
    "the county sheriff": "local_official",
    "Radio Uhuru": "media",
    "a major operation": "unnamed",
}


def test_kind_by_head_noun_and_title() -> None:
    lexicon = ClaimantLexicon.load()
    assert {phrase: lexicon.classify(phrase) for phrase in KINDS} == KINDS


def test_a_un_office_citing_unnamed_sources_owns_the_claim() -> None:
    lexicon = ClaimantLexicon.load()
    assert lexicon.classify("the United Nations humanitarian office, citing local sources") == "ngo"
    assert lexicon.classify("Reuters, citing local sources") == "unnamed"


# ------------------------------------------------------------------ whole texts

MARKET = "Gunmen killed 12 people at a market in Doruma on Sunday, police said. "
TRAIN = "Gunmen killed 21 passengers on a train near Doruma on Tuesday, police said.\n\n"
# (text, a stance claim it must hold: kind, party, claimant kind or None for any)
STANCES = [
    (MARKET + "A security source said the attackers were fighters of the group known locally as"
     f" the {KLM}.", ("attribution", KLM, None)),
    (MARKET + f"A spokesman said the gunmen were believed to be members of the {KLM}.",
     ("attribution", KLM, None)),
    (MARKET + "The minister blamed gunmen of the Santo Tomas cartel.",
     ("attribution", "Santo Tomas cartel", None)),
    (MARKET + "A police commander said the shooting was started by members of the Santo Tomas"
     " cartel.", ("attribution", "Santo Tomas cartel", None)),
    (TRAIN + f"Fighters of the {KLM} (KLM) blew up the track and stormed the train, security"
     " officials said.", ("attribution", KLM, None)),
    (TRAIN + f'The minister said the bombing was a "terrorist" reaction by the {KLM} to the'
     " army's offensive.", ("attribution", KLM, None)),
    (TRAIN + f"The {KLM}, through its Radio Uhuru channel, claimed its fighters had captured"
     " the train and killed 21 people.", ("confirmation", KLM, "military")),
    (TRAIN + f"Ade Bello, a commander of the {KLM}, or Harakat Kivu (HK), claimed"
     " responsibility for the attack.", ("confirmation", KLM, None)),
    (TRAIN + "The government accused forces loyal to his rival Ade Bello of attacking the train.",
     ("attribution", "forces loyal to Ade Bello", None)),
    (TRAIN + 'NAIROBI: Kenya on Friday "strongly rejected" allegations that it was behind the'
     " attack on the train.", ("denial", "Kenya", "government")),
]


def _holds(found: list[tuple[str, str | None, str]], want: tuple[str, str, str | None]) -> bool:
    return any(f[:2] == want[:2] and want[2] in (None, f[2]) for f in found)


def test_stances_in_whole_texts(extractor: Extractor) -> None:
    missing = [want for text, want in STANCES if not _holds(_stances(extractor, text), want)]
    assert not missing


# (text, the number of denials it holds)
DENIAL_COUNTS = [
    # a stance held in the past is no denial
    ("An air strike killed nine people in the village of Kessa on Monday, residents said. The"
     " air force has previously said it does not target civilians.", 0),
    # a headline's denial the body repeats is the body's
    ("Rebels deny ordering deadly attack\n\n" + MARKET + f"A man who said he spoke for the {KLM}"
     ' said its leaders "did not order" the attack.', 1),
]


def test_denial_counts(extractor: Extractor) -> None:
    counts = [
        sum(c.kind == "denial" for c in extract_claims(extractor, text))
        for text, _ in DENIAL_COUNTS
    ]
    assert counts == [n for _, n in DENIAL_COUNTS]


# (text, a word of the claim's quote, the claimant kind of the casualty claims quoting it)
TOLL_KINDS = [
    # "the officer" is the officer named before
    ("A bomb exploded at a bus station in Doruma on Monday, killing nine people, a senior police"
     " officer said. At least 17 people were wounded, the officer said.", "17", "unnamed"),
    # "the ministry" after its spokesman spoke is the ministry
    ("Insurgents killed dozens of people in an attack on the town of Nakoro last week, the"
     " Ministry of National Defence said on Monday. Spokesman Ade Bello told reporters the army"
     " had retaken the town. The ministry repeated that 30 civilians were killed in the attack.",
     "repeated", "military"),
]


def test_toll_claimant_kinds(extractor: Extractor) -> None:
    got = [
        {c.source_kind for c in extract_claims(extractor, t) if c.kind == "casualties" and w in c.quote}
        for t, w, _ in TOLL_KINDS
    ]
    assert got == [{k} for _, _, k in TOLL_KINDS]
