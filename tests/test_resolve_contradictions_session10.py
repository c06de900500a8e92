"""Session 10 (s10-figures): which denials dispute the perpetrator, which say it did not happen."""

from __future__ import annotations

from contested.resolve import find_contradictions
from contested.resolve.contradictions import is_blame_denial, is_occurrence_denial
from resolve_factories import claim


def _fields(*claims: object) -> list[str]:
    return [c.field for c in find_contradictions(list(claims))]  # type: ignore[arg-type]


def test_rejecting_the_accusation_disputes_the_perpetrator_not_the_incident() -> None:
    """"The government has rejected the accusation": a denial naming nobody, of who did it."""
    blame = claim("c1", kind="attribution", source="the rights commission", source_kind="ngo",
                  attributed_to="the federal army")
    toll = claim("c2", source="a doctor", killed=26, qualifier="at least")
    rejected = claim("c3", kind="denial", source="The government", source_kind="government",
                     quote="The government has rejected the accusation.", article_id="a2")
    assert is_blame_denial(rejected) and not is_occurrence_denial(rejected)
    assert _fields(blame, toll, rejected) == ["perpetrator"]


def test_a_denial_that_it_happened_is_still_an_occurrence_dispute() -> None:
    toll = claim("c1", killed=5)
    never = claim("c2", kind="denial", source="Pentagon",
                  quote="The Pentagon said no strike took place in the area.")
    assert is_occurrence_denial(never)
    assert _fields(toll, never) == ["occurred"]


def test_a_denial_answers_an_accusation_of_a_differently_named_actor() -> None:
    """The separatists accuse "the army"; the defence ministry rejects accusations that
    "security forces" massacred villagers: one dispute, however the actor is named."""
    blame = claim("c1", kind="attribution", source="the Governing Council",
                  attributed_to="Cameroon army")
    denial = claim("c2", kind="denial", source="the Ministry of Defence", article_id="a2",
                   attributed_to="security forces", by_accused=True,
                   quote="The ministry rejected accusations that soldiers massacred villagers.")
    assert _fields(blame, denial) == ["perpetrator"]


def test_a_claimants_own_accusation_and_denial_are_no_dispute() -> None:
    """A council blames the police and its spokesman denies the villagers attacked anyone:
    a side misread, not two claimants disagreeing (one acronym, one claimant)."""
    blame = claim("c1", kind="attribution", source="The Kuki-Zo Council (KZC)",
                  attributed_to="India")
    denial = claim("c2", kind="denial", source="KZC spokesman Ginza Vualzong",
                   attributed_to="India", quote="The volunteers did not attack any police station.")
    assert _fields(blame, denial) == []


def test_two_claimants_each_denying_dispute_the_perpetrator() -> None:
    """Rival governments: one "denied its forces had started the fighting", the other
    "rejected the charge": each answers an accusation by the other."""
    toll = claim("c1", source="the health ministry", killed=32)
    first = claim("c2", kind="denial", source="The Dbeibah government",
                  attributed_to="Government of National Unity",
                  quote="The government denied its forces had started the fighting.")
    second = claim("c3", kind="denial", source="Bashagha's office",
                   quote="Bashagha's office rejected the charge.")
    assert _fields(toll, first, second) == ["perpetrator"]
    again = claim("c4", kind="denial", source="The Dbeibah government's spokesman",
                  attributed_to="Government of National Unity",
                  quote="He denied its forces had fired first.")
    assert _fields(toll, first, again) == []


def test_a_denial_of_another_name_answers_one_accusation_not_each() -> None:
    first = claim("c1", kind="attribution", source="the council", attributed_to="Cameroon army")
    second = claim("c2", kind="attribution", source="a survivor", attributed_to="Fulani militia",
                   article_id="a2")
    denial = claim("c3", kind="denial", source="the ministry", attributed_to="security forces",
                   quote="The ministry rejected the accusations.", article_id="a3")
    fields = _fields(first, second, denial)
    assert fields.count("perpetrator") == 2  # one for the denial, one for the two accusations
