"""summarize_incident: one incident record from its mentions, deterministic."""

from __future__ import annotations

import random

from contested.resolve import summarize_incident
from contested.types import Contradiction, Estimate, Perpetrator, Report
from resolve_factories import ABU_KAMAL, AL_HARRA, DEIR_EZ_ZOR_PROVINCE, D, article, claim, mention

ARTICLES = {
    "a1": article("a1", "SANA"),
    "a2": article("a2", "Reuters"),
    "a3": article("a3", "Yahoo News", duplicate_of="a2"),
    "a4": article("a4", "AFP"),
}


def _mentions() -> list:
    sana = (
        claim("c1", kind="attribution", attributed_to="US-led coalition", article_id="a1"),
        claim("c2", killed=14, breakdown=(("soldiers", 14),), article_id="a1"),
    )
    reuters = (
        claim("c3", source="Syrian Observatory for Human Rights", source_kind="monitor",
              killed=22, article_id="a2", mention_id="m2"),
        claim("c4", kind="denial", source="US Department of Defense", source_kind="military",
              attributed_to="United States", by_accused=True, article_id="a2", mention_id="m2"),
    )
    copy = tuple(
        claim(f"{c.claim_id}x", source=c.source, source_kind=c.source_kind, kind=c.kind,
              killed=c.killed, attributed_to=c.attributed_to, by_accused=c.by_accused,
              article_id="a3", mention_id="m3")
        for c in reuters
    )
    return [
        mention("m1", article_id="a1", where=DEIR_EZ_ZOR_PROVINCE, claims=sana,
                perpetrators=("US-led coalition",)),
        mention("m2", article_id="a2", event_type="drone_strike", where=AL_HARRA, claims=reuters),
        mention("m3", article_id="a3", event_type="drone_strike", where=AL_HARRA, claims=copy),
        mention("m4", article_id="a4", role="background", date=D(2018, 6, 1), precision="month",
                where=ABU_KAMAL, event_type="shelling"),
    ]


def test_summarize_a_disputed_strike() -> None:
    incident = summarize_incident("inc-1", _mentions(), ARTICLES, rule="ucdp")
    assert incident.event_type == "drone_strike"  # 2 drone strikes vs 1 airstrike
    assert (incident.date_start, incident.date_end, incident.time_precision) == (
        D(2018, 6, 17), D(2018, 6, 17), 1)
    assert incident.place == AL_HARRA  # town beats province
    assert incident.killed == Estimate(14, 22, 22)  # SOHR (monitor) is the best figure
    assert dict(incident.by_victims) == {"soldiers": Estimate(14, 14, 14)}
    assert incident.perpetrators == (  # SANA blames the coalition; the US denies
        Perpetrator("US-led coalition", "denied", ("c1",)),
        Perpetrator("United States", "denied", ("c4", "c4x")),
    )
    assert incident.independent_sources == 2  # SANA, SOHR (Yahoo copies Reuters)
    assert incident.grade == "contested"
    assert incident.grade_reasons == (
        "accused party (United States) denies involvement", "2 independent sources")
    assert Contradiction("killed", "SANA: 14 killed vs Syrian Observatory for Human Rights: "
                         "22 killed", ("c2", "c3", "c3x")) in incident.contradictions
    assert {c.field for c in incident.contradictions} == {"killed", "perpetrator"}
    assert incident.reports[-1] == Report("a4", "m4", "background")
    assert len(incident.reports) == 4


def test_summarize_is_order_independent() -> None:
    mentions = _mentions()
    expected = summarize_incident("inc-1", mentions, ARTICLES)
    for seed in range(3):
        shuffled = mentions[:]
        random.Random(seed).shuffle(shuffled)
        assert summarize_incident("inc-1", shuffled, ARTICLES) == expected


def test_rules_change_only_the_figures() -> None:
    lowest = summarize_incident("inc-1", _mentions(), ARTICLES, rule="lowest")
    ranged = summarize_incident("inc-1", _mentions(), ARTICLES, rule="range")
    assert lowest.killed == Estimate(14, 14, 14)
    assert ranged.killed == Estimate(14, 18, 22)
    assert (lowest.reconcile_rule, ranged.reconcile_rule) == ("lowest", "range")
    assert lowest.grade == ranged.grade


def test_type_ties_go_to_the_most_specific() -> None:
    mentions = [mention("m1", event_type="airstrike"), mention("m2", event_type="drone_strike"),
                mention("m3", event_type="other"), mention("m4", event_type="other")]
    assert summarize_incident("i", mentions, {}).event_type == "other"  # 2 other: majority
    assert summarize_incident("i", mentions[:2], {}).event_type == "drone_strike"


def test_coarse_dates_when_no_day_is_known() -> None:
    mentions = [mention("m1", date=D(2018, 6, 12), precision="week"),
                mention("m2", date=D(2018, 6, 1), precision="month")]
    incident = summarize_incident("i", mentions, {})
    assert (incident.date_start, incident.date_end, incident.time_precision) == (
        D(2018, 6, 12), D(2018, 6, 12), 2)
    undated = summarize_incident("i", [mention("m1", date=None, where=None)], {})
    assert (undated.date_start, undated.time_precision, undated.place) == (None, None, None)


def test_background_only_incident() -> None:
    incident = summarize_incident("i", [mention("m1", role="background")], {})
    assert incident.place == AL_HARRA and incident.date_start == D(2018, 6, 17)
    assert incident.independent_sources == 0
    assert incident.grade == "weak"
    assert incident.grade_reasons == ("no primary report (background only)",)
