"""Contradictions: casualty figures, perpetrators, occurrence, dates and places."""

from __future__ import annotations

import dataclasses

import pytest

from contested.resolve import find_contradictions, find_mention_conflicts
from resolve_factories import ABU_KAMAL, MAYADIN, D, article, claim, mention


def _killed(a: dict, b: dict) -> list:
    claims = [claim("c1", source="SANA", **a), claim("c2", source="SOHR", **b)]
    return [c for c in find_contradictions(claims) if c.field == "killed"]


def test_14_vs_22_is_a_contradiction() -> None:
    (found,) = _killed({"killed": 14}, {"killed": 22})
    assert found.detail == "SANA: 14 killed vs SOHR: 22 killed"
    assert found.claim_ids == ("c1", "c2")


@pytest.mark.parametrize(
    "a, b, contradicts",
    [
        ({"killed": 9, "qualifier": "at least"}, {"killed": 11}, False),
        ({"killed": 10, "qualifier": "more than"}, {"killed": 8}, True),
        ({"killed": 0}, {"killed": 5}, True),
        ({"qualifier": "dozens"}, {"killed": 5}, False),
        ({"killed": 30, "qualifier": "dozens"}, {"killed": 5}, False),
        ({"killed_min": 10, "killed_max": 15}, {"killed": 12}, False),
        ({"killed_min": 10, "killed_max": 15}, {"killed": 22}, True),
        ({"killed": 20, "qualifier": "up to"}, {"killed": 22}, True),
        ({"killed": 20, "qualifier": "about"}, {"killed": 22}, False),
        ({"killed": 14}, {"killed": 14}, False),
    ],
)
def test_casualty_qualifiers(a: dict, b: dict, contradicts: bool) -> None:
    assert bool(_killed(a, b)) is contradicts


def test_detail_renders_qualified_figures() -> None:
    (found,) = _killed({"killed": 8}, {"killed": 10, "qualifier": "more than"})
    assert found.detail == "SANA: 8 killed vs SOHR: at least 11 killed"


def test_injured_contradictions() -> None:
    claims = [claim("c1", injured=3), claim("c2", source="SOHR", injured=30)]
    assert [c.field for c in find_contradictions(claims)] == ["injured"]


def test_a_claimants_rising_toll_is_not_a_contradiction() -> None:
    claims = [claim("c1", killed=8), claim("c2", killed=12, article_id="a2")]
    assert find_contradictions(claims) == []


def test_group_figure_contradicts_a_total_only_when_it_exceeds_it() -> None:
    total = claim("c1", source="SANA", killed=8, victims="mixed")
    fewer = claim("c2", source="SOHR", killed=1, victims="civilians")
    more = claim("c3", source="SOHR", killed=22, victims="civilians")
    assert find_contradictions([total, fewer]) == []
    (found,) = find_contradictions([total, more])
    assert found.detail == "SANA: 8 killed vs SOHR: at least 22 killed"


def test_denial_by_the_accused_disputes_the_attribution() -> None:
    claims = [
        claim("c1", kind="attribution", source="SANA, citing a military source",
              attributed_to="US-led coalition"),
        claim("c2", kind="denial", source="US Department of Defense", source_kind="military",
              attributed_to="US/coalition", by_accused=True),
    ]
    (found,) = find_contradictions(claims)
    assert found.field == "perpetrator"
    assert found.detail == "SANA: blames US-led coalition vs US Department of Defense: denies"
    assert found.claim_ids == ("c1", "c2")


def test_a_claim_of_responsibility_against_the_groups_denial_disputes_the_perpetrator() -> None:
    """A commander claims the bombing for his group, the group's spokesman denies it (or the
    group retracts its claim days later): the perpetrator is disputed, as an accusation
    against a denial is. A confirmation with no denial of its actor disputes nothing."""
    claimed = claim("c1", kind="confirmation", source="a commander of the Northern Front",
                    source_kind="military", attributed_to="the Northern Front", by_accused=True)
    denied = claim("c2", kind="denial", source="the Northern Front's spokesman",
                   source_kind="military", attributed_to="the Northern Front", by_accused=True,
                   article_id="a2")
    (found,) = find_contradictions([claimed, denied])
    assert (found.field, found.claim_ids) == ("perpetrator", ("c1", "c2"))
    assert found.detail == ("a commander of the Northern Front: confirms the Northern Front vs "
                            "the Northern Front's spokesman: denies")
    other = claim("c3", kind="denial", source="the army", attributed_to="the army", article_id="a3")
    assert find_contradictions([claimed, other]) == []


def test_different_perpetrators_named_by_different_claimants() -> None:
    claims = [
        claim("c1", kind="attribution", attributed_to="US-led coalition"),
        claim("c2", kind="attribution", source="SOHR", attributed_to="Russia"),
    ]
    (found,) = find_contradictions(claims)
    assert (found.field, found.claim_ids) == ("perpetrator", ("c1", "c2"))
    assert found.detail == "SANA: blames US-led coalition vs SOHR: blames Russia"


def test_same_actor_spelled_differently_or_named_jointly_is_no_dispute() -> None:
    spelled = [
        claim("c1", kind="attribution", attributed_to="US-led coalition"),
        claim("c2", kind="attribution", source="Reuters", attributed_to="United States"),
    ]
    joint = [
        claim("c1", kind="attribution", attributed_to="Russia"),
        claim("c2", kind="attribution", source="SOHR", attributed_to="Russia"),
        claim("c3", kind="attribution", source="SOHR", attributed_to="Syrian government"),
        claim("c4", kind="attribution", source="AFP", attributed_to="unknown"),
    ]
    assert find_contradictions(spelled) == []
    assert find_contradictions(joint) == []


def test_did_not_happen_is_an_occurred_contradiction() -> None:
    claims = [claim("c1", killed=5), claim("c2", kind="denial", source="Pentagon")]
    (found,) = find_contradictions(claims)
    assert found.field == "occurred"
    assert found.detail == "Pentagon: did not happen vs SANA: reports it"


def test_a_claimant_that_gives_a_toll_denies_a_detail_not_the_incident() -> None:
    """The group's spokesman says its rocket killed "dozens of fighters" and calls reports
    that it hit homes fabricated: he does not say it did not happen."""
    mayor = claim("c1", source="the mayor", killed=3, victims="civilians")
    toll = claim("c2", source="the group's spokesman", killed=30, qualifier="about",
                 victims="militants", article_id="a2")
    denial = claim("c3", kind="denial", source="the group's spokesman", article_id="a2",
                   quote="The spokesman called reports that the rocket hit homes fabricated.")
    assert [c.field for c in find_contradictions([mayor, toll, denial])] == []
    confirms = claim("c4", kind="confirmation", source="the group's spokesman",
                     attributed_to="the group", article_id="a2")
    assert [c.field for c in find_contradictions([mayor, confirms, denial])] == []
    other = claim("c5", kind="denial", source="the army", article_id="a3")
    assert [c.field for c in find_contradictions([mayor, toll, other])] == ["occurred"]


def test_mention_dates_more_than_a_day_apart_conflict() -> None:
    articles = {"a1": article("a1", "SANA"), "a2": article("a2", "Reuters")}
    close = [mention("m1", article_id="a1"), mention("m2", article_id="a2", date=D(2018, 6, 18))]
    assert find_mention_conflicts(close, articles) == []
    apart = [
        mention("m1", article_id="a1", claims=(claim("c1", mention_id="m1"),)),
        mention("m2", article_id="a2", date=D(2018, 6, 20),
                claims=(claim("c2", mention_id="m2"), claim("c3", mention_id="m2"))),
    ]
    (found,) = find_mention_conflicts(apart, articles)
    assert found.field == "date"
    assert found.detail == "SANA: 2018-06-17 vs Reuters: 2018-06-20"
    assert found.claim_ids == ("c1", "c2", "c3")  # contradictions cite claims (EXPORT.md)


def test_a_wire_dated_its_publication_day_may_mean_the_day_before() -> None:
    """Two days apart, the later report dated (by its dateline) the day it was published:
    it may mean the day before, so no conflict; dated the same way but published later, or
    unplaced, it stays a conflict."""
    monday = mention("m1", article_id="a1")
    wire = mention("m2", article_id="a2", date=D(2018, 6, 19))
    filed = dataclasses.replace(article("a2", "Reuters"), published=D(2018, 6, 19))
    later = dataclasses.replace(filed, published=D(2018, 6, 20))
    articles = {"a1": article("a1", "SANA")}
    assert find_mention_conflicts([monday, wire], {**articles, "a2": filed}) == []
    assert [c.field for c in find_mention_conflicts([monday, wire], {**articles, "a2": later})] == ["date"]
    unplaced = dataclasses.replace(wire, place=None)
    assert [c.field for c in find_mention_conflicts([monday, unplaced], {**articles, "a2": filed})] == ["date"]


def test_coarse_dates_and_background_mentions_do_not_conflict() -> None:
    mentions = [
        mention("m1"),
        mention("m2", date=D(2018, 6, 1), precision="month"),
        mention("m3", role="background", date=D(2018, 6, 25)),
    ]
    assert find_mention_conflicts(mentions) == []


def test_places_more_than_50_km_apart_conflict() -> None:
    near = [mention("m1"), mention("m2", where=ABU_KAMAL)]
    assert find_mention_conflicts(near) == []
    far = [mention("m1", claims=(claim("c1"),)), mention("m2", where=ABU_KAMAL),
           mention("m3", where=MAYADIN, claims=(claim("c3", mention_id="m3"),)),
           mention("m4", where=MAYADIN)]
    (found,) = find_mention_conflicts(far)
    assert found.field == "place"
    assert found.detail.startswith("art-m1 and 1 more: al-Harra vs art-m3 and 1 more: al-Mayadin (")
    assert found.claim_ids == ("c1", "c3")
    (alone,) = find_mention_conflicts([far[0], far[2]])
    assert alone.detail.startswith("art-m1: al-Harra vs art-m3: al-Mayadin (")


def test_one_name_placed_at_two_spots_is_a_namesake_not_a_dispute() -> None:
    """Both reports say "Hodeidah"; the gazetteer put one at the port city and the other at
    the governorate's centre 60 km away: the name agrees, so the place is not in dispute."""
    from resolve_factories import place

    city = place("Hodeidah", 14.80, 42.95, country="YE", admin1="Al Hudaydah")
    namesake = place("Hodeidah", 15.30, 43.10, country="YE", admin1="Al Hudaydah", precision=2)
    spelled = place("Al-Hudaydah", 15.30, 43.10, country="YE", admin1="Al Hudaydah", precision=2)
    other = place("Zabid", 14.20, 43.32, country="YE", admin1="Al Hudaydah")
    assert find_mention_conflicts([mention("m1", where=city), mention("m2", where=namesake)]) == []
    assert find_mention_conflicts([mention("m1", where=city), mention("m2", where=spelled)]) == []
    (found,) = find_mention_conflicts([mention("m1", where=city), mention("m2", where=other)])
    assert found.field == "place"


def test_one_article_against_two_that_agree_is_outvoted() -> None:
    """A lone misread place (a dateline) is not a place dispute, as the clusterer takes it."""
    mentions = [mention("m1"), mention("m2", where=ABU_KAMAL), mention("m3", where=MAYADIN)]
    assert find_mention_conflicts(mentions) == []


def _killed_of(*claims_: object) -> list:
    return [c for c in find_contradictions(claims_) if c.field == "killed"]  # type: ignore[arg-type]


def test_a_claimant_named_short_is_the_one_named_in_full() -> None:
    full = claim("c1", source="the Syrian Observatory for Human Rights", killed=2, article_id="a1")
    short = claim("c2", source="the Observatory", killed=1, article_id="a2")
    assert _killed_of(full, short) == []  # its own rising toll: the highest stands
    ministry = claim("c3", source="The Houthi-run health ministry", injured=77, article_id="a1")
    again = claim("c4", source="the health ministry in the Houthi-controlled capital Sanaa",
                  injured=79, article_id="a2")
    assert [c for c in find_contradictions([ministry, again]) if c.field == "injured"] == []


def test_a_short_name_that_fits_two_claimants_names_neither() -> None:
    turkey = claim("c1", source="Turkey's Ministry of National Defence", killed=40)
    gaza = claim("c2", source="the Ministry of Health in Gaza", killed=12, article_id="a2")
    short = claim("c3", source="the ministry", killed=25, article_id="a3")
    found = _killed_of(turkey, gaza, short)
    assert len(found) == 3  # every pair still disagrees: "the ministry" is nobody's alias


def test_about_carries_to_the_victim_groups_of_the_figure() -> None:
    about = claim("c1", source="the Red Crescent", killed=21, victims="mixed",
                  qualifier="about", breakdown=(("civilians", 20), ("aid workers", 1)))
    exact = claim("c2", source="Human Rights Watch", killed=21, victims="civilians",
                  article_id="a2")
    assert _killed_of(about, exact) == []


def test_an_earlier_lower_count_in_the_same_article_is_superseded() -> None:
    now = claim("c1", source="the civil defence service", killed=11)
    earlier = claim("c2", source="Safa news agency", killed=4,
                    quote="Safa news agency had earlier reported three and then four dead.")
    assert _killed_of(now, earlier) == []
    elsewhere = claim("c3", source="Safa news agency", killed=4, article_id="a2",
                      quote="Safa news agency had earlier reported four dead.")
    assert len(_killed_of(now, elsewhere)) == 1  # no current count in its article: it stands
    plain = claim("c4", source="Safa news agency", killed=4, quote="Four dead, Safa said.")
    assert len(_killed_of(now, plain)) == 1


def test_parts_a_third_claimant_adds_up_to_are_no_contradiction() -> None:
    americans = claim("c1", source="US Central Command", killed=2, article_id="a1")
    briton = claim("c2", source="Britain's Ministry of Defence", killed=1, victims="soldiers",
                   article_id="a2")
    total = claim("c3", source="the Defense Secretary", killed=3, article_id="a3")
    assert _killed_of(americans, briton, total) == []  # 2 + 1 = 3: parts of one whole
    assert len(_killed_of(americans, total)) == 1  # no third figure: 2 vs 3 stands
    other = claim("c5", source="a local official", killed=6, article_id="a4")
    (found,) = _killed_of(americans, briton, other)  # 2 + 1 is not 6 (1 soldier is a group)
    assert found.detail == "US Central Command: 2 killed vs a local official: 6 killed"


def test_a_relays_at_least_does_not_loosen_the_claimants_exact_toll() -> None:
    """One claimant's "32", relayed by another outlet as "at least 32", still stands as 32:
    a third claimant's 37 contradicts it (the point ties, the bounded figure stands)."""
    exact = claim("c1", source="the provincial police", killed=32, article_id="a1")
    relayed = claim("c2", source="police", killed=32, qualifier="at least", article_id="a2")
    doctors = claim("c3", source="doctors at the city hospital", source_kind="unnamed",
                    killed=37, article_id="a3")
    for order in ([exact, relayed, doctors], [relayed, exact, doctors]):
        (found,) = [c for c in find_contradictions(order) if c.field == "killed"]
        assert found.detail == "the provincial police: 32 killed vs doctors at the city hospital: 37 killed"
        assert set(found.claim_ids) == {"c1", "c2", "c3"}


def test_two_tolls_of_one_article_are_not_parts_of_another_outlets_figure() -> None:
    """An outlet's hospital toll (9) and its correspondent's "five of the dead" (5) are that
    outlet's accounts of the whole: that they add up to another outlet's 14 is a coincidence,
    and 9 against 14 stands. A toll and a victim group's figure of one article still add up
    to a third outlet's ("two" killed and "a soldier" of three)."""
    hospital = claim("c1", source="a medical source at the town hospital", source_kind="unnamed",
                     killed=9, article_id="a1")
    correspondent = claim("c2", source="our correspondent", source_kind="unnamed", killed=5,
                          article_id="a1")
    monitor = claim("c3", source="the monitoring group", source_kind="ngo", killed=14,
                    article_id="a2")
    found = _killed_of(hospital, correspondent, monitor)
    assert "a medical source at the town hospital: 9 killed vs the monitoring group: 14 killed" in {
        c.detail for c in found}
    two = claim("c4", source="the mayor", killed=2, article_id="a1")
    soldier = claim("c5", source="the army", killed=1, victims="soldiers", article_id="a1")
    three = claim("c6", source="the monitoring group", source_kind="ngo", killed=3,
                  article_id="a2")
    assert _killed_of(two, soldier, three) == []
    assert len(_killed_of(two, three)) == 1


def test_a_share_of_an_articles_own_toll_is_not_the_rest_of_another_figure() -> None:
    """One article: three killed (security sources), among them a commander (the army: one
    militant); another outlet: two killed. 2 + 1 = 3 is no reason to drop 2 against 3: the
    one is a share of its own article's three, not the complement of the other's two."""
    security = claim("c1", source="security sources", source_kind="unnamed", killed=3,
                     article_id="a1")
    commander = claim("c2", source="the army", killed=1, victims="militants", article_id="a1")
    other = claim("c3", source="the militia", killed=2, article_id="a2")
    (found,) = _killed_of(security, commander, other)
    assert found.detail == "the militia: 2 killed vs security sources: 3 killed"
    elsewhere = claim("c4", source="the army", killed=1, victims="militants", article_id="a3")
    assert _killed_of(security, elsewhere, other) == []  # three outlets: 2 + 1 of 3 (as before)


def test_a_breakdowns_part_of_no_group_is_not_a_victim_group() -> None:
    """"Paramedics pronounced three women and a man dead" (3 civilians and 1 of no group, 4
    in all) against the same service's "four killed": the man is no victim group of his own,
    so his 1 is not set against the 4."""
    toll = claim("c1", source="the ambulance service", killed=4, victims="unknown")
    parts = claim("c2", source="the paramedics", killed=4, victims="mixed",
                  breakdown=(("civilians", 3), ("unknown", 1)), article_id="a2")
    assert find_contradictions([toll, parts]) == []
    more = claim("c3", source="the mayor", killed=6, victims="unknown", article_id="a3")
    assert [c.field for c in find_contradictions([toll, parts, more])] == ["killed", "killed"]


def test_a_claimant_named_short_that_confirmed_denies_a_detail_not_the_incident() -> None:
    """The army's communique confirms the strikes ("the General Staff of the Armed Forces"),
    then "the General Staff rejects the allegations of civilian victims": the same claimant,
    named short, denies a detail, not that the strikes happened."""
    council = claim("c1", source="a member of the local council", killed=20, victims="civilians")
    confirms = claim("c2", kind="confirmation", source="The General Staff of the Armed Forces",
                     source_kind="military", attributed_to="the army", article_id="a2")
    rejects = claim("c3", kind="denial", source="The General Staff", source_kind="military",
                    article_id="a2")
    assert [c.field for c in find_contradictions([council, confirms, rejects])] == []
    other = claim("c4", kind="denial", source="the interior ministry", article_id="a3")
    assert [c.field for c in find_contradictions([council, confirms, other])] == ["occurred"]
