"""Perpetrator status and Airwars-style grades with readable reasons."""

from __future__ import annotations

from contested.resolve import perpetrators, suggest_grade
from contested.resolve.grade import DISCOUNT_HOOKS
from contested.types import Perpetrator
from resolve_factories import claim, mention

ALLEGE = claim("c1", kind="attribution", source="SANA, citing a military source",
               attributed_to="US-led coalition")
DENY = claim("c2", kind="denial", source="US Department of Defense spokesman",
             source_kind="military", attributed_to="US/coalition", by_accused=True)
CONFIRM = claim("c3", kind="confirmation", source="US Central Command", source_kind="military",
                attributed_to="United States", by_accused=True)


def _grade(claims: list, sources: int = 1, labels: tuple[str, ...] = ()) -> tuple:
    mentions = [mention("m1", claims=tuple(claims))]
    return suggest_grade(mentions, claims, sources, perpetrators(claims, mentions), labels)


def test_denial_by_the_accused_is_contested_with_the_denial_in_reasons() -> None:
    grade, reasons = _grade([ALLEGE, DENY], sources=1, labels=("SANA",))
    assert grade == "contested"
    assert reasons == ("accused party (US/coalition) denies involvement", "single source: SANA")


def test_accused_confirms_is_confirmed() -> None:
    grade, reasons = _grade([ALLEGE, CONFIRM], sources=2)
    assert grade == "confirmed"
    assert reasons == ("accused party (United States) confirms", "2 independent sources")


def test_accused_without_by_accused_flag_is_recognised_by_name() -> None:
    confirm = claim("c3", kind="confirmation", source="Pentagon", source_kind="military",
                    attributed_to="United States")
    assert _grade([ALLEGE, confirm])[0] == "confirmed"


def test_two_independent_sources_without_denial_is_fair() -> None:
    assert _grade([ALLEGE], sources=2) == ("fair", ("2 independent sources",))


def test_a_single_source_is_weak_and_named() -> None:
    assert _grade([ALLEGE], sources=1) == ("weak", ("single source: SANA",))
    assert _grade([], sources=1, labels=("RT",)) == ("weak", ("single source: RT",))
    assert _grade([], sources=0)[0] == "weak"


def test_disputed_perpetrators_are_contested() -> None:
    other = claim("c4", kind="attribution", source="SOHR", source_kind="monitor",
                  attributed_to="Russia")
    grade, reasons = _grade([ALLEGE, other], sources=2)
    assert grade == "contested"
    assert reasons[0] == "perpetrators disputed: Russia, US-led coalition"


def test_confirmation_by_another_party_is_discounted() -> None:
    israel = claim("c5", kind="confirmation", source="Israel Defense Forces",
                   source_kind="military", attributed_to="Israel", by_accused=True)
    grade, reasons = _grade([ALLEGE, israel], sources=2)
    assert grade == "discounted"
    assert reasons[0] == "another party (Israel) claims the strike"


def test_retraction_hook_discounts_and_hooks_can_be_replaced() -> None:
    retraction = claim("c6", source="SANA", qualifier="retracted")
    mentions = [mention("m1")]
    assert suggest_grade(mentions, [retraction], 2, ())[0] == "discounted"
    assert suggest_grade(mentions, [retraction], 2, (), hooks=())[0] == "fair"
    assert len(DISCOUNT_HOOKS) == 2


def test_perpetrator_statuses() -> None:
    mentions = [mention("m1", perpetrators=("US-led coalition", "unknown"))]
    alleged = Perpetrator("US-led coalition", "alleged", ("c1",))
    assert perpetrators([ALLEGE], mentions) == (alleged,)
    assert perpetrators([ALLEGE, DENY], mentions)[0].status == "denied"
    assert perpetrators([ALLEGE, CONFIRM], mentions)[0].status == "confirmed"
    assert perpetrators([ALLEGE, CONFIRM, DENY], mentions) == (
        Perpetrator("US-led coalition", "disputed", ("c1",)),
        Perpetrator("US/coalition", "disputed", ("c2",)),
        Perpetrator("United States", "disputed", ("c3",)),
    )


def test_an_attribution_to_the_coalition_and_a_us_denial_both_show() -> None:
    us_denies = claim("c5", kind="denial", source="Pentagon spokesman", source_kind="military",
                      attributed_to="United States", by_accused=True)
    result = perpetrators([ALLEGE, us_denies], [mention("m1", perpetrators=("United States",))])
    assert [(p.actor, p.status, p.claim_ids) for p in result] == [
        ("United States", "denied", ("c5",)),  # the name the accusers use most comes first
        ("US-led coalition", "denied", ("c1",)),
    ]


def test_competing_attributions_make_both_actors_disputed() -> None:
    other = claim("c4", kind="attribution", source="SOHR", attributed_to="Russian aircraft")
    result = perpetrators([ALLEGE, other], [])
    assert [(p.actor, p.status, p.claim_ids) for p in result] == [
        ("Russian aircraft", "disputed", ("c4",)),
        ("US-led coalition", "disputed", ("c1",)),
    ]


def test_mention_only_perpetrators_are_alleged_without_claims() -> None:
    result = perpetrators([], [mention("m1", perpetrators=("Iran-backed groups",))])
    assert result == (Perpetrator("Iran-backed groups", "alleged", ()),)
