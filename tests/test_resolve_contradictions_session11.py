"""Session 11 (s11-figures): a claim of responsibility not made, and a claimed attack against
blame of a class of armed group, dispute no perpetrator."""

from __future__ import annotations

import pytest

from contested.resolve import find_contradictions
from resolve_factories import claim


def _fields(*claims: object) -> list[str]:
    return [c.field for c in find_contradictions(list(claims))]  # type: ignore[arg-type]


def test_a_claim_not_made_is_no_answer_to_an_accusation() -> None:
    """"The group has not claimed the attack", an activist said: nobody denies anything."""
    blame = claim("c1", kind="attribution", source="security sources", source_kind="unnamed",
                  attributed_to="Northern Front")
    aside = claim("c2", kind="denial", source="a local activist", source_kind="witness",
                  attributed_to="Northern Front", by_accused=False, article_id="a2",
                  quote="The Northern Front has not claimed the attack.")
    assert _fields(blame, aside) == []


@pytest.mark.parametrize(
    ("source", "kind", "accused", "quote"),
    [
        # elders read as witnesses, denying their people carried out the killings: a denial
        ("Elders of the community", "witness", False,
         "Elders denied that their people had carried out the killings."),
        ("a Northern Front spokesman", "military", True,
         "A spokesman denied the group was behind the attack."),
    ],
)
def test_a_denial_by_the_accused_side_disputes_the_perpetrator(
    source: str, kind: str, accused: bool, quote: str
) -> None:
    blame = claim("c1", kind="attribution", source="the army", source_kind="military",
                  attributed_to="Northern Front")
    denial = claim("c2", kind="denial", source=source, source_kind=kind, by_accused=accused,
                   attributed_to="Northern Front", article_id="a2", quote=quote)
    assert _fields(blame, denial) == ["perpetrator"]


def test_blaming_extremists_and_a_group_claiming_it_are_no_rival_perpetrators() -> None:
    blame = claim("c1", kind="attribution", source="the president", source_kind="government",
                  attributed_to="extremists")
    claimed = claim("c2", kind="confirmation", source="Northern Front", source_kind="military",
                    attributed_to="Northern Front", by_accused=True, article_id="a2")
    assert _fields(blame, claimed) == []


def test_two_named_perpetrators_still_compete() -> None:
    first = claim("c1", kind="attribution", source="the ministry", source_kind="government",
                  attributed_to="Northern Front")
    second = claim("c2", kind="attribution", source="the rebels", source_kind="military",
                   attributed_to="national army", article_id="a2")
    assert _fields(first, second) == ["perpetrator"]
