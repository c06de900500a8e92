"""Evaluation gate: pinned quality floors on fixed gold sets (figures in docs/benchmarks.md).

Lowering a floor is a visible, explained change in docs/benchmarks.md.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from contested.evaluate import evaluate
from contested.evaluate.metrics import PRF, Metrics, Share

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "seeds" / "gold.jsonl"


def f1(value: PRF) -> float:
    assert value.f1 is not None
    return value.f1


def share(value: Share) -> float:
    assert value.value is not None
    return value.value


@pytest.fixture(scope="module")
def scored(
    tmp_path_factory: pytest.TempPathFactory, new_store_target: Callable[[Path, str], str]
) -> Callable[[Path], Metrics]:
    """``score(gold) -> Metrics``: the gold articles run into a fresh store of the backend
    under test (backends.py), then scored."""

    def score(gold: Path) -> Metrics:
        return evaluate(gold, new_store_target(tmp_path_factory.mktemp("eval"), "eval.db"))

    return score


@pytest.fixture(scope="module")
def seeds(scored: Callable[[Path], Metrics]) -> Metrics:
    if not SEEDS.exists():
        pytest.skip("../shared/seeds is not present")
    return scored(SEEDS)


@pytest.fixture(scope="module")
def dev(scored: Callable[[Path], Metrics]) -> Metrics:
    return scored(ROOT / "tests" / "gold" / "dev" / "gold.jsonl")


@pytest.fixture(scope="module")
def demo(scored: Callable[[Path], Metrics]) -> Metrics:
    return scored(ROOT / "demo" / "gold.jsonl")


def test_seed_floors(seeds: Metrics) -> None:
    assert seeds.articles_missing == 0 and not seeds.details["rejected"]
    assert seeds.primary_incidents.recall == 1.0 and seeds.primary_incidents.precision == 1.0
    assert share(seeds.type_accuracy) == 1.0
    assert seeds.casualty_claims.recall == 1.0 and f1(seeds.casualty_claims) >= 0.95  # 1.000
    assert f1(seeds.denials) == 1.0  # both denials, seeds 000 and 004
    assert f1(seeds.confirmations) == 1.0
    assert f1(seeds.attributions) >= 0.80  # 0.833 (session 4: "the US strikes last month")
    assert share(seeds.claimant_kind) >= 0.95
    assert share(seeds.placed_25km) == 1.0  # seed 002: the al-Tanf attack of August 15 split off
    assert share(seeds.dated_1day) == 1.0  # seed 002: "Tuesday, August 23" pins 2022
    assert f1(seeds.contradiction_flags) == 1.0


def test_dev_floors(dev: Metrics) -> None:
    """Extraction floors on our dev gold (issue 3, session 3; docs/benchmarks.md)."""
    assert dev.articles_missing == 0
    assert f1(dev.primary_incidents) >= 0.95
    assert share(dev.type_accuracy) >= 0.91  # 0.936 (session 8, s8-events; 0.915 before)
    assert f1(dev.casualty_claims) >= 0.94  # 0.957 (session 7, s7-casualty; 0.938 before)
    assert share(dev.claimant_kind) >= 0.88  # 0.903 (session 4)
    assert f1(dev.denials) >= 0.95
    assert f1(dev.attributions) >= 0.92  # 0.938 (session 8, s8-claims; 0.921 before)
    assert f1(dev.confirmations) >= 0.95  # 1.000 (session 4)
    assert share(dev.placed_25km) >= 0.78  # 0.812 (session 11, s11-places: the lede's place; 0.781 before)
    assert share(dev.dated_1day) >= 0.95  # 0.967 (session 5, s5-events; 0.933 before)
    # 0.821 / 0.842 again (session 5, s5-resolve3): two towns 200 km or more apart are no
    # longer joined by alike texts alone (V08 at Basira vs the al-Bab explosions, 295 km)
    assert f1(dev.pair_clustering) >= 0.80  # 0.821
    assert f1(dev.contradiction_flags) >= 0.82  # 0.842
    assert share(dev.false_incident_rate) == 0.0  # 0/5 (session 7, s7-events: shares of a count; 0.20 before)


def test_demo_floors(demo: Metrics) -> None:
    assert demo.articles_missing == 0
    assert f1(demo.primary_incidents) >= 0.95
    assert f1(demo.casualty_claims) >= 0.88  # 0.902 (session 7, s7-casualty; 0.892 before)
    assert f1(demo.attributions) >= 0.80  # 0.826 (session 8, s8-claims; 0.809 before)
    assert share(demo.placed_25km) >= 0.85  # 0.875 (session 7, s7-events: follow-up ledes; s7-resolve: a vague report placed by its town's; 0.750 before)
    assert share(demo.type_accuracy) >= 0.95  # 1.000 (session 6, s6-events; 0.964 before)
    assert share(demo.claimant_kind) >= 0.93  # 0.956 (session 4)
    assert f1(demo.denials) >= 0.90
    assert f1(demo.confirmations) >= 0.90
    assert f1(demo.pair_clustering) >= 0.87  # 0.899 (session 7, s7-events and s7-resolve; 0.882 before)
    assert f1(demo.contradiction_flags) >= 0.85  # 0.889 (session 7, s7-resolve; 1.000 on s7-events alone; 0.750 before)
    assert share(demo.false_incident_rate) == 0.0


# Our held-out sets, each written before a round of rule changes and scored blind then; seen
# (tuned on) since, so their floors guard against regressions (docs/benchmarks.md). A metric's
# floor applies to its F1 or its share; the current figure follows each floor.
HELDOUT_FLOORS: dict[str, dict[str, float]] = {
    "heldout": {  # session 3's set, tuned on in session 4
        "primary_incidents": 1.0,
        "type_accuracy": 0.82,  # 0.875 (session 11, s11-events: the attack on an armed side; 0.750 before)
        "casualty_claims": 0.95,  # 1.000
        "claimant_kind": 0.95,  # 1.000
        "attributions": 0.95,  # 1.000
        "denials": 1.0,
        "dated_1day": 0.95,  # 1.000
    },
    "heldout2": {  # session 4, first round; tuned on in the second
        "primary_incidents": 0.93,  # 0.968 (second round)
        "placed_25km": 0.85,  # 0.909 (session 10, s10-places: "Moscow, which ... said"; 0.818 before)
        "casualty_claims": 0.93,  # 0.974
        "claimant_kind": 0.95,  # 0.977 (session 8, s8-claims; 0.930 before)
        "attributions": 0.93,  # 0.960 (session 8, s8-claims; 0.917 before, 0.870 in session 6)
        "denials": 0.95,  # 1.000
        "confirmations": 0.88,  # 0.923
        "dated_1day": 0.85,  # 0.909
        "contradiction_flags": 0.72,  # 0.769 (session 10, s10-figures: blame denials; 0.667 before)
    },
    "heldout3": {  # session 4, second round; tuned on in the third
        "primary_incidents": 0.95,  # 1.000 (third round; 0.960 before)
        "type_accuracy": 0.95,  # 1.000 (session 5, s5-events; 0.923 before)
        "casualty_claims": 0.93,  # 1.000 (0.875)
        "claimant_kind": 0.95,  # 1.000 (session 8, s8-claims; 0.975 before)
        "attributions": 0.93,  # 1.000 (0.818)
        "denials": 0.95,  # 1.000 (0.833)
        "confirmations": 0.95,  # 1.000
        "dated_1day": 0.95,  # 1.000
        "pair_clustering": 0.95,  # 1.000 (session 6, s6-resolve: a report dated its publication day; 0.889 before)
    },
    "heldout4": {  # session 4, third round; seen since session 5 (stance model, aliases; types, places)
        "primary_incidents": 0.95,  # 1.000 (session 5, s5-events; 0.952 before)
        "type_accuracy": 0.80,  # 0.818 (session 7, s7-events: an army's drone; 0.727 before)
        "placed_25km": 0.80,  # 0.875 (session 5, s5-events; 0.625 before)
        "casualty_claims": 0.93,  # 0.966 (session 6, s6-casualty; 0.929 before)
        # 0.897 (session 6, s6-stance): 35 of 39 matched claims against 33 of 36 before; the
        # share falls because three more claims are matched (two of them with the right kind)
        # 0.976 (session 8, s8-claims: organ head nouns, appositions; 0.905 before)
        "claimant_kind": 0.93,
        # 0.875 (session 8: the retrained stance model, heldout6 and heldout7 added, no longer
        # reads Netanyahu's "would pay a heavy price" as blame; 0.909 in session 7)
        "attributions": 0.87,
        "denials": 0.95,  # 1.000 (session 6, s6-stance; 0.957 before)
        "confirmations": 0.95,  # 1.000 (session 5; 0.667 before)
        "dated_1day": 0.95,  # 1.000
    },
    "heldout5": {  # session 5, written beside the rule changes and scored blind on main after them;
        # seen in session 6 (s6-events: datelines, places, types; s6-stance: its claim misses;
        # figures after them, blind before; re-measured on the merged main)
        "primary_incidents": 0.97,  # 1.000 (blind 0.973)
        "type_accuracy": 0.95,  # 1.000 (blind 0.722)
        "casualty_claims": 0.93,  # 0.955 (blind 0.744)
        "claimant_kind": 0.95,  # 0.980 (session 8, s8-claims; 0.958 before, blind 0.667)
        "attributions": 0.78,  # 0.810 (session 9, s9-claims; 0.780 before, blind 0.414)
        "denials": 0.88,  # 0.923 (blind 0.250)
        "confirmations": 0.95,  # 1.000 (session 9, s9-claims; 0.933 before, blind 0.533)
        "placed_25km": 0.95,  # 1.000 (blind 0.556)
        "dated_1day": 0.95,  # 1.000 (blind 0.778)
        "pair_clustering": 0.95,  # 1.000 (blind 0.400)
        "contradiction_flags": 0.75,  # 0.818 (session 10, s10-figures: blame denials; 0.762 before; blind 0.133)
    },
    "heldout6": {  # session 6 (s6-heldout), scored blind on the merged main at the start of session 7;
        # seen since (s7-events: types, no-incident articles, places, dates; s7-claims: claims)
        "primary_incidents": 0.97,  # 1.000 (s7-events; blind 0.939)
        "type_accuracy": 0.87,  # 0.917 (s7-events; 0.958 merged with main's session 7; blind 0.565)
        "casualty_claims": 0.93,  # 0.959 (session 10, s10-figures: neutralised as stated; 0.904 before, blind 0.771)
        # claims: session 7 (s7-claims) studied its misses; figures after, blind in brackets
        "claimant_kind": 0.85,  # 0.877 (session 8, s8-claims; 0.850 before, blind 0.618)
        "attributions": 0.93,  # 0.969 (session 8, s8-claims; 0.952 before, blind 0.678)
        "denials": 0.95,  # 1.000 (blind 0.667)
        "confirmations": 0.86,  # 0.909 (blind 0.471)
        "placed_25km": 0.95,  # 1.000 (session 7, s7-events and s7-resolve; blind 0.909)
        "dated_1day": 0.95,  # 1.000 (blind)
        "pair_clustering": 0.83,  # 0.941 with s7-events and s7-resolve merged (0.875 s7-events alone, 0.839 s7-resolve alone; blind 0.615)
        # 0.966 (session 9, s9-cluster: a claimant named short that confirmed denies a detail;
        # 0.933 before; 0.903 merged in session 7; blind 0.538)
        "contradiction_flags": 0.92,
    },
    "heldout7": {  # session 7 (s7-heldout), scored blind on the final main of session 7
        "primary_incidents": 0.95,  # 0.979 (session 8, s8-events: a count of incidents is a statistic; blind 0.958)
        "type_accuracy": 0.90,  # 0.957 (session 10, s10-events: missiles and drones; 0.826 before, blind 0.609)
        "casualty_claims": 0.90,  # 0.941 (session 9, s9-casualty; 0.843 before, blind 0.829)
        # claims: session 8 (s8-claims) studied its misses (general mechanisms and theatre data);
        # figures after, blind in brackets. The shipped stance model has seen heldout7 since:
        # its leave-one-set-out attributions are in docs/benchmarks.md (s8-claims)
        "claimant_kind": 0.84,  # 0.884, session 11, s11-claims (0.838 before) (0.534)
        "attributions": 0.79,  # 0.838, session 11, s11-claims (0.806 before; blind 0.533)
        "denials": 0.95,  # 1.000 (0.833)
        "confirmations": 0.78,  # 0.842 (session 9, s9-claims: "the group's naval forces"; 0.778 before, blind 0.375)
        "placed_25km": 0.85,  # 0.909 (session 8, s8-events: curated places, spellings; blind 0.545)
        "dated_1day": 0.95,  # 1.000 (session 8, s8-events: page dates day first, solar Hijri; blind 0.636)
        "pair_clustering": 0.82,  # 0.875 (session 8, s8-events: dates and places; blind 0.462)
        # 0.706 (session 9, s9-cluster: one place name at two spots is no place dispute;
        # 0.667 session 8 merged: claims and places; blind 0.118)
        "contradiction_flags": 0.67,
    },
    "heldout8": {  # session 8 (s8-heldout), scored blind on the final main of session 8 (d121e1e);
        # blind at the session's start (f73d1c1) in brackets; studied in session 9 (merged main figures)
        "primary_incidents": 0.95,  # 1.000 (session 10, s10-events: trends are no incident; 0.943 before) (0.943)
        "type_accuracy": 0.83,  # 0.885 (session 10, s10-events: the frame; 0.760 before) (0.560)
        "casualty_claims": 0.93,  # 0.970 (session 10, s10-figures: tolls told as parts; 0.949 before) (0.764)
        "claimant_kind": 0.86,  # 0.906 (session 10, s10-claims; 0.823 before) (0.560)
        "attributions": 0.62,  # 0.667, session 11, s11-claims (0.638 before) (0.182)
        "denials": 0.95,  # 1.000 (session 10, s10-claims; 0.966 before) (0.846)
        "confirmations": 0.75,  # 0.842 (session 10, s10-claims; 0.625 before) (0.308)
        "placed_25km": 0.70,  # 0.750 (session 10, s10-places: parties, routes, listed towns; 0.583 before) (0.583)
        "dated_1day": 0.88,  # 0.917 (session 9, s9-dates: foreign and run-in datelines; 0.750 before) (0.667)
        # 0.919 (session 10, merged: s10-places' places 0.889, s10-events' types 0.857; 0.788 session 9:
        # s9-dates' dates, s9-cluster's province containment; 0.333 before) (0.333); 0.947 (session
        # 12, s12-resolve: a province holds its towns by admin1; 0.919 before)
        "pair_clustering": 0.90,
        # 0.720 (session 9, all four helpers; 0.455 before) (0.273); both no-incident articles still give incidents
        "contradiction_flags": 0.78,  # 0.828 (session 10, merged; 0.720 before)
    },
    "heldout9": {  # session 9 (s9-heldout), scored blind on the final main of session 9 (bdf5dc7);
        # blind at the session's start (b407f72) in brackets. Only semi-blind for claims: the
        # lead's briefs named its regions (see docs/benchmarks.md, lead, session 9)
        "primary_incidents": 0.95,  # 1.000 (session 10, s10-events; 0.941 before) (0.941)
        "type_accuracy": 0.82,  # 0.880 (session 10, s10-events: the frame, battles, prisons; 0.625 before) (0.667)
        "casualty_claims": 0.94,  # 0.988 (session 10, s10-figures: parts, vague tolls, other times; 0.897 before) (0.779)
        "claimant_kind": 0.74,  # 0.787 (session 10, s10-claims; 0.588 before) (0.500)
        "attributions": 0.74,  # 0.789, session 11, s11-claims (0.757 before) (0.333)
        "denials": 0.90,  # 1.000 (session 10, s10-claims; 0.571 before) (0.333)
        "confirmations": 0.62,  # 0.750 (session 10, s10-claims; 0.571 before) (0.571)
        "placed_25km": 0.85,  # 0.909 (session 10, s10-places: a locative first, nicknames, names in longer names; 0.818 before) (0.818)
        "dated_1day": 0.87,  # 0.909 (session 10, s10-dates: yearless datelines, toll sentences, recalled older events; 0.636 before) (0.636)
        # 0.919 (session 10, merged: places 0.552, types 0.621, dates 0.462 alone; 0.400 before) (0.333)
        "pair_clustering": 0.87,
        # 0.690 (session 10, merged; s10-figures alone 0.500: blame denials, other times' tolls;
        # 0.182 before) (0.190)
        "contradiction_flags": 0.64,
    },
    "heldout10": {  # session 10 (s10-heldout), scored blind on the merged main of session 10 (4ecd9b1);
        # blind at the session's start (9b5600a) in brackets; studied after that by s10b-places and
        # s10b-claims (docs/benchmarks.md, lead, session 10)
        "primary_incidents": 0.93,  # 0.958 (0.958)
        # 0.875 on the merged main of session 12: the three Nduga reports now form one incident
        # (pairs below) and the vote takes the one report typed armed_clash over the two typed
        # other ("other" outvotes no type); 0.957 on the merged main of session 11 (s11-events'
        # frames, s11-figures' vote; 0.652 before) (0.565)
        "type_accuracy": 0.85,
        # 0.966, session 11, s11-figures (0.843 before) (0.829)
        "casualty_claims": 0.93,
        "claimant_kind": 0.69,  # 0.734, session 11, s11-claims (0.590 before) (0.529)
        "attributions": 0.77,  # 0.818, session 11, s11-claims (0.791 before) (0.514)
        "denials": 0.73,  # 0.778, session 11, s11-claims (0.706 before) (0.706)
        "confirmations": 0.84,  # 0.889, session 11, s11-claims (0.667 before) (0.444)
        "placed_25km": 0.42,  # 0.455, session 12, s12-places (0.364 before); 0.364 (session 11, s11-places: regencies as districts; 0.273 before) (0.273)
        "dated_1day": 0.95,  # 1.000 (0.909)
        # 0.750 on the merged main of session 11 (0.750 s11-figures alone, 0.750 s11-resolve alone,
        # 0.710 s11-places alone; 0.667 before); 0.667, session 10, s10b-places (0.462 before) (0.462);
        # 0.824 (session 12, s12-resolve: two names for one attacker weigh half, names few
        # articles share on a small corpus; 0.750 before)
        # 0.889 on the merged main of session 12 (s12-resolve, s12-places, s12-events)
        "pair_clustering": 0.85,
        # 0.692 with s10b-places and s10b-claims (0.640 s10b-claims alone; 0.545 before) (0.435)
        # 0.741, session 12, s12-figures (0.692 before); 0.889 on the merged main of session 12
        "contradiction_flags": 0.85,
    },
    "heldout11": {  # session 10 (s10-heldout11), sealed until session 11; scored blind on the merged
        # main of session 11 (ccfbd40); blind at the session's start (c1031ed) in brackets;
        # studied in session 12: figures of the merged main of session 12 (ec03a6d), session 11's
        # final figure in braces
        "primary_incidents": 0.95,  # 1.000 {0.894} (0.894)
        "type_accuracy": 0.83,  # 0.880 {0.667} (0.667)
        "casualty_claims": 0.90,  # 0.951 {0.787} (0.787)
        "claimant_kind": 0.63,  # 0.679 {0.600} (0.571)
        "attributions": 0.75,  # 0.793 {0.348} (0.359)
        "confirmations": 0.68,  # 0.727 {0/7} (0/7)
        "denials": 0.65,  # 0.696 {0.636} (0.609)
        "placed_25km": 0.78,  # 0.818 {0.636} (0.636)
        "dated_1day": 0.95,  # 1.000 {1.000} (1.000)
        "pair_clustering": 0.75,  # 0.800 {0.320} (0.320)
        "contradiction_flags": 0.62,  # 0.667 {0.381} (0.211)
    },
    "heldout12": {  # session 11 (s11-heldout12), sealed until session 12; scored blind at the session's
        # start (7c04dd6, in brackets) and on its merged main (ec03a6d); seen from session 13
        "primary_incidents": 0.90,  # 0.943 (0.880)
        "type_accuracy": 0.60,  # 0.640 (0.591)
        "casualty_claims": 0.82,  # 0.863 (0.822)
        "claimant_kind": 0.75,  # 0.788 (0.822)
        "attributions": 0.74,  # 0.783 (session 12, s12-attr: any named group; 0.303 before) (0.250)
        "confirmations": 0.45,  # 0.500 (0.286)
        "denials": 0.75,  # 0.800 (0.750)
        "placed_25km": 0.87,  # 0.909 (0.727)
        "dated_1day": 0.95,  # 1.000 (0.909)
        "pair_clustering": 0.75,  # 0.800 (0.667)
        "contradiction_flags": 0.68,  # 0.727 (0.444)
    },
    "wide11": {  # session 11 (s11-wide), a breadth set: scored unstudied on c1031ed (in brackets),
        # then studied by every session-11 helper; figures of the merged main (ccfbd40)
        "primary_incidents": 0.95,  # 1.000 (0.982)
        "type_accuracy": 0.85,  # 0.893 (0.893)
        "casualty_claims": 0.90,  # 0.936 (0.824)
        "claimant_kind": 0.69,  # 0.726 (0.618)
        "attributions": 0.70,  # 0.744, session 12, s12-claims (0.541 before) (0.353)
        "denials": 0.88,  # 0.933 (0.857)
        "confirmations": 0.87,  # 0.923, session 12, s12-claims (0.833 before) (0.286)
        "placed_25km": 0.58,  # 0.615 (0.615)
        "dated_1day": 0.95,  # 1.000 (1.000)
        "pair_clustering": 0.92,  # 0.974 (0.462)
        "contradiction_flags": 0.87,  # 0.917 (0.471)
    },
    "wide12": {  # session 12 (s12-wide12), a breadth set, score-only during session 12 (helpers ran the
        # scorer, nobody read it): unstudied start (7c04dd6) in brackets, merged main (ec03a6d)
        "primary_incidents": 0.89,  # 0.929 (0.868)
        "type_accuracy": 0.50,  # 0.538 (0.609)
        "casualty_claims": 0.76,  # 0.796 (0.778)
        "claimant_kind": 0.59,  # 0.630 (0.608)
        "attributions": 0.45,  # 0.488 (0.488)
        "confirmations": 0.27,  # 0.308 (0.308)
        "denials": 0.62,  # 0.667 (0.571)
        "placed_25km": 0.42,  # 0.462 (0.462)
        "dated_1day": 0.73,  # 0.769 (0.769)
        "pair_clustering": 0.41,  # 0.452 (0.286)
        "contradiction_flags": 0.46,  # 0.500 (0.471)
    },
    "events5": {  # session 5 (s5-events): event type, place, date and role only, no claims
        "primary_incidents": 0.95,  # 1.000 (blind start 0.933)
        "type_accuracy": 0.95,  # 1.000 (blind start 0.857)
        "placed_25km": 0.95,  # 1.000 (blind start 0.625)
        "dated_1day": 0.95,  # 1.000 (blind start 0.875)
    },
}
NO_FALSE_INCIDENTS = (  # sets with a no-incident article; heldout8, heldout9: session 10, s10-events
    "heldout2", "heldout3", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10",
    "wide11", "events5", "heldout11",  # heldout11: session 12, s12-events (1/2 before)
)


@pytest.mark.parametrize("name", sorted(HELDOUT_FLOORS))
def test_heldout_floors(name: str, scored: Callable[[Path], Metrics]) -> None:
    metrics = scored(ROOT / "tests" / "gold" / name / "gold.jsonl")
    assert metrics.articles_missing == 0
    for metric, floor in HELDOUT_FLOORS[name].items():
        value = getattr(metrics, metric)
        figure = f1(value) if isinstance(value, PRF) else share(value)
        assert figure >= floor, (name, metric, figure)
    if name in NO_FALSE_INCIDENTS:
        assert share(metrics.false_incident_rate) == 0.0
