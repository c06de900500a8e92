"""Reconciled casualty figures under the ACLED, UCDP and Every Casualty rules."""

from __future__ import annotations

import pytest

from contested.errors import UsageError
from contested.resolve import reconcile
from contested.resolve.figures import Figure, figure_of
from contested.types import Estimate
from resolve_factories import claim

# three claimants: a party (14), a monitor (22), a wire (at least 18)
THREE = (
    claim("c1", source="SANA", source_kind="state_media", killed=14),
    claim("c2", source="Syrian Observatory for Human Rights", source_kind="monitor", killed=22),
    claim("c3", source="Reuters", source_kind="wire", killed=18, qualifier="at least"),
)


def test_lowest_takes_the_lowest_credible_figure() -> None:
    killed, _, _ = reconcile(THREE, "lowest")
    assert killed == Estimate(14, 14, 14)


def test_ucdp_prefers_independent_sources_over_parties() -> None:
    killed, _, _ = reconcile(THREE, "ucdp")
    # monitor 22 and wire 18 share the top rank: their lower median is 18; low/high span all
    assert killed == Estimate(low=14, best=18, high=22)


def test_range_uses_the_median() -> None:
    killed, _, _ = reconcile(THREE, "range")
    assert killed == Estimate(low=14, best=18, high=22)
    two = reconcile(THREE[:2], "range")[0]
    assert two == Estimate(low=14, best=18, high=22)  # median of 14 and 22
    assert reconcile([*THREE[:2], claim("c4", source="AFP", killed=9)], "range")[0] == Estimate(
        9, 14, 22
    )


def test_ucdp_falls_back_to_parties_when_no_one_else_counts() -> None:
    party = [claim("c1", source="SANA", killed=10),
             claim("c2", source="US Central Command", source_kind="military", killed=2)]
    assert reconcile(party, "ucdp")[0] == Estimate(2, 2, 10)


def test_qualifiers_become_bounds() -> None:
    assert figure_of(claim("c", killed=9, qualifier="at least"), "killed") == Figure(9, None, 9)
    assert figure_of(claim("c", killed=10, qualifier="more than"), "killed") == Figure(11, None, 11)
    assert figure_of(claim("c", killed=20, qualifier="up to"), "killed") == Figure(None, 20, 20)
    assert figure_of(claim("c", killed_min=2, killed_max=3), "killed") == Figure(2, 3, 2)
    assert figure_of(claim("c", killed=30, qualifier="dozens"), "killed") is None
    assert figure_of(claim("c", qualifier="unspecified"), "killed") is None
    assert figure_of(claim("c", killed=0), "killed") == Figure(0, 0, 0)


def test_range_claim_gives_low_and_high() -> None:
    killed, _, _ = reconcile([claim("c1", killed_min=10, killed_max=15, source_kind="monitor")],
                             "ucdp")
    assert killed == Estimate(10, 12, 15)


def test_vague_tolls_give_no_figure_and_zero_is_a_figure() -> None:
    assert reconcile([claim("c1", qualifier="dozens")], "ucdp")[0] == Estimate()
    zero = [claim("c1", source="US official", source_kind="military", killed=0, injured=0)]
    killed, injured, _ = reconcile(zero, "range")
    assert killed == Estimate(0, 0, 0) and injured == Estimate(0, 0, 0)


def test_copies_and_rising_tolls_count_once_per_claimant() -> None:
    claims = [
        claim("c1", source="SANA", killed=8, article_id="a1"),
        claim("c2", source="SANA", killed=8, article_id="a2"),  # syndicated copy
        claim("c3", source="SANA", killed=12, article_id="a3"),  # the toll rose
        claim("c4", source="SOHR", source_kind="monitor", killed=20),
    ]
    killed, _, _ = reconcile(claims, "range")
    assert killed == Estimate(12, 16, 20)  # SANA 12, SOHR 20


def test_victim_groups_and_breakdowns() -> None:
    claims = [
        claim("c1", killed=8, victims="mixed", breakdown=(("soldiers", 7), ("civilians", 1))),
        claim("c2", source="SOHR", source_kind="monitor", killed=3, victims="civilians"),
    ]
    killed, _, by_victims = reconcile(claims, "ucdp")
    assert killed == Estimate(8, 8, 8)  # SOHR gave no total: its 3 civilians is only partial
    assert dict(by_victims) == {"civilians": Estimate(1, 3, 3), "soldiers": Estimate(7, 7, 7)}


def test_group_figures_stand_in_for_a_missing_total() -> None:
    claims = [claim("c1", killed=5, victims="civilians"), claim("c2", killed=2, victims="soldiers")]
    assert reconcile(claims, "lowest")[0] == Estimate(7, 7, 7)


def test_injured_is_reconciled_too() -> None:
    claims = [claim("c1", injured=5), claim("c2", source="SOHR", source_kind="monitor", injured=9)]
    assert reconcile(claims, "ucdp")[1] == Estimate(5, 9, 9)


def test_hedged_figures_are_set_aside_while_others_exist() -> None:
    claims = [claim("c1", killed=40, hedged=True), claim("c2", source="SOHR", killed=12)]
    assert reconcile(claims, "range")[0] == Estimate(12, 12, 12)


def test_denials_carry_no_figures_and_unknown_rules_fail() -> None:
    assert reconcile([claim("c1", kind="denial", killed=0)], "ucdp")[0] == Estimate()
    with pytest.raises(UsageError):
        reconcile(THREE, "mean")  # type: ignore[arg-type]
