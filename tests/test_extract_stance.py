"""Attribution, denial and confirmation (contested.extract.stance) with the real actor lexicon."""

from __future__ import annotations

import pytest

from contested.extract.actors import ActorLexicon, load_actors
from contested.extract.stance import Stance, find_stances
from contested.types import Span


@pytest.fixture(scope="module")
def lex() -> ActorLexicon:
    return load_actors()


def _stances(lex: ActorLexicon, text: str, speaker: str | None = None) -> list[tuple[str, str]]:
    hits = lex.find(text, context_countries=("YE", "PS"))
    found: list[Stance] = find_stances(text, Span(0, len(text)), hits, speaker)
    return [(s.kind, s.actor or "") for s in found]


@pytest.mark.parametrize(
    ("text", "speaker", "expected"),
    [
        # confirmations: the accused party describes the strike as its own
        ("The Israeli military said on Sunday that it had carried out a precise strike.",
         "Israel", [("confirmation", "Israel")]),
        ("The Pentagon said the strikes targeted weapons depots of Kataib Hezbollah.",
         "United States", [("confirmation", "United States")]),
        ("The coalition said the strike was a \"legitimate military action\".",
         "Saudi-led coalition", [("confirmation", "Saudi-led coalition")]),
        ("No group claimed responsibility.", "Iraqi government", []),
        # denials, with the denier named before the verb
        ("\"There have been no strikes by US or coalition forces in that area,\" he said.",
         "United States", [("denial", "United States")]),
        ("Moscow said its aircraft had not operated in the area.", "Russia",
         [("denial", "Russia")]),
        ("Neither Russian nor Syrian aircraft carried out strikes on the convoy.", "Russia",
         [("denial", "Russia")]),
        ("The identity of the aircraft remained unclear after the United States denied "
         "carrying out the strike.", None, [("denial", "United States")]),
        # blame shifted inside a denial is an attribution
        ("The military said the blast was caused by a rocket misfired by Palestinian Islamic "
         "Jihad, and denied that its forces had struck the site.", "Israel",
         [("denial", "Israel"), ("attribution", "Palestinian Islamic Jihad")]),
        # attributions
        ("Six soldiers were killed when their bus drove over a landmine planted by Islamic "
         "State.", None, [("attribution", "Islamic State")]),
        ("A source said the raids were probably Israeli.", None, [("attribution", "Israel")]),
        ("The STC accused \"terrorist groups linked to the Islah party\" of the attack.", None,
         [("attribution", "Islah")]),
        ("Four citizens were killed when US-Saudi aggression warplanes launched raids.", None,
         [("attribution", "Saudi-led coalition")]),
        # a charge the accused "has denied in the past" is still this attack's accusation
        ("The council accused groups linked to the Islah party of the bombing, a charge Islah "
         "has denied in the past.", None, [("attribution", "Islah")]),
        # a relative clause between the agent and "were involved" (beyond 60 characters)
        ("Analysts said Russian jets, which fly in support of Syrian government forces, were "
         "probably involved.", None, [("attribution", "Russia")]),
    ],
)
def test_stances(lex: ActorLexicon, text: str, speaker: str | None,
                 expected: list[tuple[str, str]]) -> None:
    assert _stances(lex, text, speaker) == expected


@pytest.mark.parametrize(
    "text",
    [
        "A soldier of the Security Belt forces was killed on Thursday.",  # a victim, not an agent
        "Syria accused the United States of supporting terrorist factions.",  # not this attack
        "IS attacks have killed 100 soldiers in the Badia since the start of the year.",
        "Al-Qaeda has carried out similar bombings in the district in the past.",
        "Clashes broke out between fighters of Ahrar al-Sham and the Levant Front.",
        "The two Americans killed were a soldier and an airman.",  # victims, not agents
        "Rockets hit Iraq's Camp Taji on Saturday, wounding three service members.",  # a place
    ],
)
def test_no_stance(lex: ActorLexicon, text: str) -> None:
    assert _stances(lex, text) == []


def test_a_strike_that_killed_someone_is_no_confirmation_unless_the_speaker_did_it(
    lex: ActorLexicon,
) -> None:
    # "an air strike had killed X, the military said": the military does not say it struck
    text = "The Israeli military said an air strike had killed a senior Hamas commander."
    assert _stances(lex, text, "Israel") == []
    said_it = "The Israeli military said its aircraft had killed a senior Hamas commander."
    assert _stances(lex, said_it, "Israel") == [("confirmation", "Israel")]
