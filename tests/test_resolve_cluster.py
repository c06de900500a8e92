"""Clustering: one incident per real event, another night is another incident."""

from __future__ import annotations

import datetime as dt
import math
import random
from collections.abc import Sequence
from dataclasses import replace
from typing import overload

import numpy as np
import pytest

from contested.resolve import (
    DEFAULT_THRESHOLD,
    HashingEmbedder,
    block_key,
    candidate_window,
    choose_incident,
    cluster_all,
    match_score,
)
from contested.resolve.blocking import _pruned
from contested.resolve.cluster import OpenIncident, incident_score, order_day
from contested.resolve.embedding import cosine
from contested.resolve.features import (
    Profile,
    date_score,
    make_profile,
    pair_score,
    strong_text,
    vetoed,
)
from contested.resolve.incremental import resolution_key
from contested.types import Mention
from resolve_factories import (
    ABU_KAMAL,
    DEIR_EZ_ZOR_PROVINCE,
    IDLIB,
    MAYADIN,
    MOSUL,
    D,
    claim,
    mention,
    place,
)

STRIKE = "A US-led coalition airstrike hit a Syrian army position near al-Harra, SANA said."
STRIKE_2 = "Coalition jets struck Syrian army positions at al-Harra near Abu Kamal overnight."


def test_same_place_same_day_joins() -> None:
    a = mention("m1", summary=STRIKE)
    b = mention("m2", summary=STRIKE_2)
    assert match_score(b, [a]) >= DEFAULT_THRESHOLD
    assert choose_incident(b, [("inc-1", [a])]) == "inc-1"


def test_same_village_two_weeks_apart_stays_apart() -> None:
    a = mention("m1", summary=STRIKE)
    b = mention("m2", date=D(2018, 7, 1), summary=STRIKE)  # identical text, another night
    assert match_score(b, [a]) == 0.0
    assert choose_incident(b, [("inc-1", [a])]) is None


@pytest.mark.parametrize("days, joins", [(0, True), (1, True), (4, False), (14, False)])
def test_day_gap(days: int, joins: bool) -> None:
    a = mention("m1", summary=STRIKE)
    b = mention("m2", date=D(2018, 6, 17) + dt.timedelta(days=days), summary=STRIKE_2)
    assert (choose_incident(b, [("inc-1", [a])]) == "inc-1") is joins


def test_score_falls_with_the_gap_in_days() -> None:
    a = mention("m1", summary=STRIKE)
    scores = [
        match_score(mention("m2", date=D(2018, 6, 17) + dt.timedelta(days=d), summary=STRIKE), [a])
        for d in range(5)
    ]
    assert scores == sorted(scores, reverse=True)
    assert scores[0] > scores[2] > 0.0 == scores[4]


def test_week_precision_is_compatible_within_its_window() -> None:
    a = mention("m1", summary=STRIKE)
    week = mention("m2", date=D(2018, 6, 20), precision="week", summary=STRIKE_2)
    assert choose_incident(week, [("inc-1", [a])]) == "inc-1"
    far = mention("m3", date=D(2018, 7, 10), precision="week", summary=STRIKE_2)
    assert choose_incident(far, [("inc-1", [a])]) is None


def test_month_precision_is_weaker_than_day() -> None:
    a = mention("m1", summary=STRIKE)
    day = mention("m2", summary=STRIKE_2)
    month = mention("m3", date=D(2018, 6, 1), precision="month", summary=STRIKE_2)
    assert 0.0 < match_score(month, [a]) < match_score(day, [a])


def test_compatible_types_join_and_unrelated_types_do_not() -> None:
    a = mention("m1")  # no text: type and place decide
    drone = mention("m2", event_type="drone_strike", summary="")
    clash = mention("m3", event_type="armed_clash", summary="")
    shelling = mention("m4", event_type="shelling", summary="")
    assert choose_incident(drone, [("i", [a])]) == "i"
    assert choose_incident(clash, [("i", [a])]) is None
    assert match_score(clash, [a]) < match_score(shelling, [a]) < match_score(drone, [a])


def test_nearby_town_joins_far_town_and_other_country_do_not() -> None:
    a = mention("m1")  # no text: type and place decide
    near = mention("m2", where=ABU_KAMAL, summary="")
    far = mention("m3", where=MAYADIN, summary="")
    other_country = mention("m4", where=MOSUL, summary="")
    assert choose_incident(near, [("i", [a])]) == "i"
    assert choose_incident(far, [("i", [a])]) is None
    assert match_score(other_country, [a]) == 0.0


def test_province_level_place_is_compatible_with_a_village_inside() -> None:
    a = mention("m1")  # no text: type and place decide
    province = mention("m2", where=DEIR_EZ_ZOR_PROVINCE, summary="")
    other_province = mention("m3", where=IDLIB, summary="")
    assert choose_incident(province, [("i", [a])]) == "i"
    assert match_score(province, [a]) < match_score(mention("m4", summary=""), [a])
    assert match_score(other_province, [a]) == 0.0


def test_the_same_story_overrules_a_misread_place_and_type_but_never_the_date() -> None:
    a = mention("m1", summary=STRIKE)
    dateline = place("DUBAI", 25.2, 55.3, country="AE", admin1=None)  # a dateline read as place
    misread = mention("m2", where=dateline, event_type="ground_raid", summary=STRIKE_2)
    assert choose_incident(misread, [("i", [a])]) == "i"
    another_night = mention("m3", date=D(2018, 6, 25), where=dateline, summary=STRIKE_2)
    assert match_score(another_night, [a]) == 0.0
    unrelated = mention("m4", where=dateline, summary="Farmers protested grain prices.")
    assert match_score(unrelated, [a]) == 0.0


def test_an_undated_report_is_dated_by_its_publication() -> None:
    a = mention("m1", summary=STRIKE)
    undated = mention("m2", date=None, summary=STRIKE_2)
    assert choose_incident(undated, [("i", [a])]) is None  # no date, no publication date
    assert choose_incident(undated, [("i", [a])], published={"art-m2": D(2018, 6, 18)}) == "i"
    weeks_later = {"art-m2": D(2018, 7, 18)}
    assert match_score(undated, [a], published=weeks_later) == 0.0
    recalled = mention("m3", role="background", date=None, summary=STRIKE_2)
    assert candidate_window(recalled, D(2018, 7, 18)) == (None, None)  # never borrows a date


def test_unknown_place_is_penalised_but_not_excluded() -> None:
    a = mention("m1")  # no text: a strongly similar text would stand in for the place
    nowhere = mention("m2", where=None)
    known = mention("m3")
    assert 0.0 < match_score(nowhere, [a]) < match_score(known, [a])


def test_text_similarity_and_perpetrators_raise_the_score() -> None:
    a = mention("m1", summary=STRIKE, perpetrators=("US-led coalition",))
    similar = mention("m2", summary=STRIKE_2, perpetrators=("United States",))
    unrelated = mention("m3", summary="Farmers protested grain prices in the market square.",
                        perpetrators=("Russia",))
    assert match_score(similar, [a]) > match_score(unrelated, [a])


def test_casualty_figures_compatibility_counts_loosely() -> None:
    c1 = claim("c1", killed=8)
    a = mention("m1", claims=(c1,))
    close = mention("m2", claims=(claim("c2", killed=9, mention_id="m2"),))
    far = mention("m3", claims=(claim("c3", killed=120, mention_id="m3"),))
    assert match_score(close, [a]) > match_score(far, [a])


def test_choose_incident_picks_the_best_candidate() -> None:
    tonight = mention("m1", summary=STRIKE)
    last_week = mention("m2", date=D(2018, 6, 10), summary=STRIKE)
    new = mention("m3", summary=STRIKE_2)
    assert choose_incident(new, [("old", [last_week]), ("new", [tonight])]) == "new"
    assert choose_incident(new, []) is None


def test_one_strong_member_cannot_drag_an_incident_to_another_night() -> None:
    day1 = mention("m1", date=D(2018, 6, 14), summary=STRIKE)
    day3 = mention("m2", date=D(2018, 6, 16), summary=STRIKE)
    day5 = mention("m3", date=D(2018, 6, 18), summary=STRIKE)  # 4 days after m1
    assert match_score(day5, [day1, day3]) == 0.0


def test_block_key_and_candidate_window() -> None:
    m = mention("m1")
    assert block_key(m) == ("SY", D(2018, 6, 17))
    assert candidate_window(m) == (D(2018, 6, 14), D(2018, 6, 20))
    month = mention("m2", date=D(2018, 6, 1), precision="month")
    assert candidate_window(month) == (D(2018, 5, 29), D(2018, 7, 3))
    undated = mention("m3", date=None, where=None)
    assert block_key(undated) == (None, None)
    assert candidate_window(undated) == (None, None)


def _batch() -> list:
    return [
        mention("a1", summary=STRIKE),
        mention("a2", date=D(2018, 6, 18), where=ABU_KAMAL, summary=STRIKE_2),
        mention("a3", role="background", date=D(2018, 6, 17), summary=STRIKE),
        mention("b1", date=D(2018, 7, 2), summary=STRIKE),  # same village, two weeks later
        mention("b2", date=D(2018, 7, 2), event_type="drone_strike", summary=STRIKE_2),
        mention("c1", where=IDLIB, event_type="shelling", summary="Shelling hit Idlib."),
        mention("d1", where=MOSUL, summary="An airstrike hit Mosul."),
        # undated: never joins on place and type alone
        mention("e1", date=None, where=MOSUL, summary="An airstrike hit Mosul."),
    ]


def test_cluster_all_groups_a_batch() -> None:
    clusters = cluster_all(_batch(), id_for=lambda m: f"inc-{m.mention_id}")
    groups = sorted(sorted(m.mention_id for m in members) for members in clusters.values())
    assert groups == [["a1", "a2", "a3"], ["b1", "b2"], ["c1"], ["d1"], ["e1"]]
    assert sorted(clusters) == ["inc-a1", "inc-b1", "inc-c1", "inc-d1", "inc-e1"]


def test_cluster_all_does_not_depend_on_input_order() -> None:
    batch = _batch()
    expected = cluster_all(batch, id_for=lambda m: f"inc-{m.mention_id}")
    for seed in range(5):
        shuffled = batch[:]
        random.Random(seed).shuffle(shuffled)
        got = cluster_all(shuffled, id_for=lambda m: f"inc-{m.mention_id}")
        assert {k: [m.mention_id for m in v] for k, v in got.items()} == {
            k: [m.mention_id for m in v] for k, v in expected.items()
        }


def test_cluster_all_rejects_duplicate_incident_ids() -> None:
    with pytest.raises(ValueError, match="two incidents"):
        cluster_all(_batch(), id_for=lambda m: "same")


def test_cluster_all_keeps_a_nightly_series_apart() -> None:
    nights = [mention(f"n{d:02d}", date=D(2018, 6, 1) + dt.timedelta(days=7 * d), summary=STRIKE)
              for d in range(10)]
    clusters = cluster_all(nights, id_for=lambda m: m.mention_id)
    assert len(clusters) == 10


def test_hashing_embedder_is_deterministic_and_normalised() -> None:
    embedder = HashingEmbedder(dim=256)
    v1, v2, empty = embedder.embed([STRIKE, STRIKE, ""])
    assert v1.tolist() == v2.tolist()
    assert abs(float(v1 @ v1) - 1.0) < 1e-6
    assert cosine(v1, empty) is None
    similar, unrelated = embedder.embed([STRIKE_2, "Grain prices rose in the market."])
    assert (cosine(v1, similar) or 0.0) > (cosine(v1, unrelated) or 0.0)
    with pytest.raises(ValueError):
        HashingEmbedder(dim=2)


def test_a_dense_block_scores_only_the_incidents_closest_in_text() -> None:
    """More open incidents in one block than MAX_SCORED: the closest in text are kept."""
    from contested.resolve.blocking import MAX_SCORED
    from contested.resolve.cluster import Clusterer, profiles

    rng = random.Random(3)
    words = ["".join(rng.choice("bcdfghklmnprstvz") + rng.choice("aeiou") for _ in range(3))
             for _ in range(200)]
    topics = [" ".join(words[10 * i : 10 * i + 10]) for i in range(20)]  # unrelated texts
    assert len(topics) > MAX_SCORED
    batch = [mention(f"m{i:02d}", event_type="shelling", summary=t) for i, t in enumerate(topics)]
    batch.append(mention("z", event_type="shelling", summary=topics[13] + " " + words[0]))
    found = profiles(batch, HashingEmbedder())
    engine = Clusterer(lambda m: m.mention_id)
    for profile in found[:-1]:
        engine.seed(profile.mention.mention_id, [profile])
    candidates = engine.blocks.candidates(found[-1])
    assert len(candidates) == MAX_SCORED
    assert candidates[0].incident_id == "m13"


def _alike(cosine_: float) -> tuple[np.ndarray, np.ndarray]:
    """Two unit vectors at the given cosine."""
    return np.array([1.0, 0.0]), np.array([cosine_, math.sqrt(1.0 - cosine_**2)])


def test_text_alike_rescues_a_province_level_place_only_within_its_province() -> None:
    # attacks in two provinces on one day read alike: a report placed at one province only
    # joins a town in the other province when the texts are much closer than usual
    calibration = (0.2, 0.6, 0.6)  # (floor, saturation, strong), as MiniLM's
    town = mention("m1", where=MOSUL)  # Nineveh
    province = mention("m2", where=place("Salahaddin", 34.5, 43.5, country="IQ",
                                         admin1="Salahaddin", precision=3))
    same_province = mention("m3", where=place("Nineveh", 36.3, 42.9, country="IQ",
                                              admin1="Nineveh", precision=3))
    for cosine_, rescued in ((0.65, False), (0.8, True)):
        u, v = _alike(cosine_)
        a, b = make_profile(town, u, None, calibration), make_profile(province, v, None, calibration)
        assert strong_text(a, b) is rescued
    u, v = _alike(0.65)
    a, c = make_profile(town, u, None, calibration), make_profile(same_province, v, None, calibration)
    assert strong_text(a, c)


def test_two_province_level_reports_sharing_rare_names_are_not_kept_apart() -> None:
    # neither report names a town (the extractor fell back on a province or state named in
    # passing); the two rare names both texts share tell more than the two provinces do.
    # Towns, another country, or no names in common: the provinces still keep them apart.
    calibration = (0.2, 0.6, 0.6)  # (floor, saturation, strong), as MiniLM's
    raqqa = mention("m1", where=place("Raqqa Governorate", 35.9, 38.9, admin1="Raqqa",
                                      precision=3))
    hasakah = mention("m2", where=place("Hasakah Governorate", 36.5, 40.7, admin1="Hasakah",
                                        precision=3))
    anbar = mention("m3", where=place("Anbar", 33.4, 42.0, country="IQ", admin1="Anbar",
                                      precision=3))
    shared = {"abu khalil": 0.9, "tal samin": 0.9}
    u, v = _alike(0.55)

    def profile(m: Mention, vector: np.ndarray, names: dict[str, float]) -> Profile:
        return make_profile(m, vector, None, calibration, names)

    assert strong_text(profile(raqqa, u, shared), profile(hasakah, v, shared))
    assert pair_score(profile(raqqa, u, shared), profile(hasakah, v, shared)) >= DEFAULT_THRESHOLD
    assert not strong_text(profile(raqqa, u, shared), profile(anbar, v, shared))
    others = {"abu omar": 0.9, "tal baydar": 0.9}
    assert not strong_text(profile(raqqa, u, shared), profile(hasakah, v, others))
    assert not strong_text(profile(raqqa, u, {}), profile(hasakah, v, {}))


def test_alike_texts_do_not_overrule_two_towns_far_apart() -> None:
    # two bombings told alike in two named towns ~350 km apart are two bombings; a town
    # ~150 km off (a capital's dateline, a neighbouring city) may still be a misread place
    calibration = (0.2, 0.6, 0.6)  # (floor, saturation, strong), as MiniLM's
    bombing = "A car bomb exploded in a crowded market, killing several people."
    town = mention("m1", where=MOSUL, event_type="explosion", summary=bombing)
    near = mention("m2", where=place("Kirkuk", 35.47, 44.39, country="IQ", admin1="Kirkuk"),
                   event_type="explosion", summary=bombing)
    far = mention("m3", where=place("Baghdad", 33.31, 44.37, country="IQ", admin1="Baghdad"),
                  event_type="explosion", summary=bombing)
    u, v = _alike(0.9)
    a = make_profile(town, u, None, calibration)
    assert strong_text(a, make_profile(near, v, None, calibration))
    far_profile = make_profile(far, v, None, calibration)
    assert not strong_text(a, far_profile)
    assert vetoed(a, far_profile)
    # one wave of air strikes hits sites hundreds of km apart: the texts still decide
    raid = mention("m4", where=MOSUL, summary=STRIKE)
    wave = mention("m5", where=far.place, summary=STRIKE_2)
    assert strong_text(make_profile(raid, u, None, calibration),
                       make_profile(wave, v, None, calibration))


class _Watched(Sequence[Profile]):
    """A sequence of member profiles that records which of them were read."""

    def __init__(self, items: list[Profile]) -> None:
        self.items, self.read = items, set[int]()

    def __len__(self) -> int:
        return len(self.items)

    @overload
    def __getitem__(self, index: int) -> Profile: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Profile]: ...
    def __getitem__(self, index: int | slice) -> Profile | Sequence[Profile]:
        if isinstance(index, slice):
            picked = range(len(self.items))[index]
            self.read.update(picked)
            return [self.items[i] for i in picked]
        self.read.add(index % len(self.items))
        return self.items[index]


def test_a_big_incident_costs_a_bounded_number_of_member_checks() -> None:
    """A mention is checked against at most 24 members of an incident however many reports it
    has (vetoes included): clustering a day with one much-reported incident stays linear."""
    embedder = HashingEmbedder()
    members = [mention(f"m{i}", summary=STRIKE) for i in range(500)]
    profiles_ = [make_profile(m, embedder.embed([m.summary])[0]) for m in members]
    watched = _Watched(profiles_)
    newcomer = make_profile(mention("new", summary=STRIKE_2), embedder.embed([STRIKE_2])[0])
    assert incident_score(newcomer, watched) >= DEFAULT_THRESHOLD
    assert len(watched.read) <= 24


def test_two_province_level_reports_a_day_apart_are_two_attacks() -> None:
    """Neither report names a village (extraction placed both at the province): a day apart
    they are likely two attacks in one busy province (dev V13/V16); the same day, or with a
    village on one side, a day's slip still joins them."""
    text = "Islamic State militants attacked a police checkpoint in Diyala, killing four."
    diyala = place("Diyala", 33.9, 45.0, country="IQ", admin1="Diyala", precision=3)
    village = place("Zaghniya", 33.85, 44.9, country="IQ", admin1="Diyala")
    first = mention("m1", event_type="armed_clash", where=diyala, summary=text)
    next_day = mention("m2", event_type="armed_clash", where=diyala, summary=text,
                       date=first.date + dt.timedelta(days=1))  # type: ignore[operator]
    same_day = mention("m3", event_type="armed_clash", where=diyala, summary=text)
    placed = mention("m4", event_type="armed_clash", where=village, summary=text)
    assert match_score(next_day, [first]) < DEFAULT_THRESHOLD
    assert match_score(same_day, [first]) >= DEFAULT_THRESHOLD
    assert match_score(next_day, [placed]) >= DEFAULT_THRESHOLD
    # a weaker score, not a new veto: three days apart stays a soft disagreement
    later = mention("m5", event_type="armed_clash", where=diyala, summary=text,
                    date=first.date + dt.timedelta(days=3))  # type: ignore[operator]
    assert not vetoed(make_profile(first, None), make_profile(later, None))


def test_an_untyped_report_a_day_off_joins_the_same_story() -> None:
    """``other`` is the extractor saying it could not type the report: against a typed report
    of the same story at the same place it is no disagreement (issue 5: one report's type
    missing), while a typed report of another kind still scores lower."""
    bombing = "A suicide bomber and gunmen attacked the crowded seafront at al-Harra, killing 12."
    retold = "Doctors said 12 people were killed when a suicide bomber and gunmen attacked the seafront at al-Harra."
    a = mention("m1", event_type="explosion", summary=bombing)
    untyped = mention("m2", event_type="other", date=D(2018, 6, 16), summary=retold)
    raid = mention("m3", event_type="ground_raid", date=D(2018, 6, 16), summary=retold)
    assert choose_incident(untyped, [("i", [a])], embedder=HashingEmbedder()) == "i"
    assert match_score(raid, [a], embedder=HashingEmbedder()) < match_score(
        untyped, [a], embedder=HashingEmbedder())


def test_a_report_without_any_date_joins_when_place_toll_and_attacker_agree() -> None:
    """No date read and no publication day: the same town, the same story, the same toll and
    the same perpetrator join it; without the toll and the attacker it stays apart."""
    killed = "An Israeli drone fired missiles at a car park in al-Harra, killing 13 people."
    retold = "Thirteen people were killed when an Israeli drone fired missiles at a car park in al-Harra."
    a = mention("m1", summary=killed, perpetrators=("Israel",),
                claims=(claim("c1", killed=13),))
    undated = mention("m2", date=None, summary=retold, perpetrators=("Israeli military",),
                      claims=(claim("c2", killed=13, mention_id="m2", source="ministry"),))
    bare = mention("m3", date=None, summary=retold)
    other_toll = mention("m4", date=None, summary=retold, perpetrators=("Israel",),
                         claims=(claim("c4", killed=2, mention_id="m4", source="ministry"),))
    hashing = HashingEmbedder()
    assert choose_incident(undated, [("i", [a])], embedder=hashing) == "i"
    assert choose_incident(bare, [("i", [a])], embedder=hashing) is None
    assert choose_incident(other_toll, [("i", [a])], embedder=hashing) is None


def test_a_report_dated_its_own_publication_day_may_mean_the_night_before() -> None:
    """A wire dated (by its dateline) the day it was filed, placed, telling the same story
    as a report of the day before yesterday: the day before its publication is in its
    window; a report of that date published later is not stretched, nor is a report whose
    text tells another story."""
    monday = "Shells hit the displacement camp at al-Harra on Monday, killing 40, the state government said."
    filed = "Shells hit the displacement camp at al-Harra, killing more than 40 people, the UN said on Monday."
    hashing = HashingEmbedder()
    a = mention("m1", date=D(2018, 6, 17), summary=monday)
    wire = mention("m2", date=D(2018, 6, 19), summary=filed)
    on_its_day = {"art-m2": D(2018, 6, 19)}
    assert choose_incident(wire, [("i", [a])], embedder=hashing, published=on_its_day) == "i"
    assert choose_incident(wire, [("i", [a])], embedder=hashing,
                           published={"art-m2": D(2018, 6, 20)}) is None
    other = mention("m3", date=D(2018, 6, 19), summary="Farmers protested grain prices.")
    pa, pb = (make_profile(m, np.ones(4) / 2, D(2018, 6, 19), names={})
              for m in (a, other))
    assert pb.eve and not pa.eve
    unplaced = make_profile(mention("m4", date=D(2018, 6, 19), where=None), None, D(2018, 6, 19))
    assert not unplaced.eve
    assert date_score(pa, pb) == date_score(pa, pb, eve=False) < date_score(pa, pb, eve=True)


def test_a_background_mention_after_its_own_articles_event_tells_that_event_again() -> None:
    """An article's background mention dated the day after its own primary mention (the
    funeral after the strike, with the council's toll) is that event told again: it joins the
    incident (as background); one dated before it recalls an earlier strike and stays apart."""
    strike = mention("m1", article_id="a1", event_type="drone_strike",
                     summary="Drones struck a pharmacy in al-Harra on Sunday, the council said.")
    wire = mention("m2", article_id="a2", event_type="airstrike",
                   summary="Air strikes hit the border town of al-Harra, killing at least 21.")
    funeral = mention("m3", article_id="a1", role="background", event_type="drone_attack",
                      date=D(2018, 6, 18),
                      summary="Families buried twenty people on Monday as relatives wept.")
    hashing = HashingEmbedder()
    together = cluster_all([strike, wire, funeral], lambda m: m.mention_id, embedder=hashing)
    assert sorted(sorted(m.mention_id for m in ms) for ms in together.values()) == [
        ["m1", "m2", "m3"]]
    earlier = replace(funeral, date=D(2018, 6, 16))
    apart = cluster_all([strike, wire, earlier], lambda m: m.mention_id, embedder=hashing)
    assert sorted(sorted(m.mention_id for m in ms) for ms in apart.values()) == [
        ["m1", "m2"], ["m3"]]
    elsewhere = replace(funeral, article_id="a3")  # another article's: no reason to join
    other = cluster_all([strike, wire, elsewhere], lambda m: m.mention_id, embedder=hashing)
    assert sorted(sorted(m.mention_id for m in ms) for ms in other.values()) == [
        ["m1", "m2"], ["m3"]]


def test_two_incidents_one_article_tells_stay_two() -> None:
    # session 8 (s8-events): the extractor told them apart ("Earlier on Saturday, ..."), so an
    # article's two primary mentions are two incidents however alike their day, place and type
    a = mention("m1", article_id="art-1", summary=STRIKE)
    b = mention("m2", article_id="art-1", summary=STRIKE_2)
    assert match_score(b, [a]) == 0.0
    c = mention("m3", article_id="art-2", summary=STRIKE_2)
    assert match_score(c, [a]) >= DEFAULT_THRESHOLD


def test_a_province_report_and_a_town_inside_it_do_not_disagree() -> None:
    """A wire names only the province ("in Kunar province"), the local paper the town: the
    province contains the town, so the place feature is less telling (capped) but the gate,
    which sinks disagreements, does not discount it; a follow-up dated to its week still joins
    the province's report. Two reports at one province stay discounted (two attacks a day in
    one province), and a town of another province stays apart."""
    from contested.resolve.features import contains

    story = "Gunmen stormed a market in the east, killing eleven traders, officials said."
    retold = "Eleven traders were killed when gunmen stormed the market, the governor's office said."
    kunar = place("Kunar", 34.85, 71.1, country="AF", admin1="Kunar", precision=3)
    asadabad = place("Asadabad", 34.87, 71.15, country="AF", admin1="Kunar")
    jalalabad = place("Jalalabad", 34.43, 70.45, country="AF", admin1="Nangarhar")
    assert contains(kunar, asadabad) and contains(asadabad, kunar)
    assert not contains(kunar, kunar) and not contains(asadabad, asadabad)
    assert not contains(kunar, jalalabad)
    wire = mention("m1", event_type="ground_raid", where=kunar, summary=story)
    weekly = mention("m2", event_type="ground_raid", where=asadabad, precision="week",
                     date=D(2018, 6, 19), summary=retold)
    hashing = HashingEmbedder()
    assert choose_incident(weekly, [("i", [wire])], embedder=hashing) == "i"
    in_province = mention("m3", event_type="ground_raid", where=kunar, precision="week",
                          date=D(2018, 6, 19), summary=retold)
    # the same texts and dates: only the town inside the province tells them apart
    assert match_score(weekly, [wire], embedder=hashing) > 0.05 + match_score(
        in_province, [wire], embedder=hashing)


def test_a_report_that_came_first_joins_the_incident_it_fits_once_formed() -> None:
    """A ministry's statement dated to its week ("earlier this week") sorts before the day's
    reports; the first of those, mis-typed, scores just below the join threshold against it
    and opens its own incident. The next report fits both: the statement, alone in its
    incident, fits the incident now formed on average over its members, so the two become
    one, whatever order the reports come in."""
    statement = ("The foreign ministry rejected claims it was behind the killing of eleven "
                 "pilgrims at the shrine near Kargil earlier this week.")
    hospital = ("Militants sprayed bullets on pilgrims at the shrine near Kargil, killing "
                "eleven, hospital officials said.")
    police = "Gunmen killed eleven pilgrims at a shrine near Kargil on Tuesday, police said."
    kargil = place("Kargil", 34.55, 76.13, country="IN", admin1="Ladakh")

    def report(key: str, kind: str, text: str, **when: object) -> Mention:
        toll = claim(f"c-{key}", killed=11, mention_id=key, article_id=f"art-{key}")
        return mention(key, event_type=kind, where=kargil, summary=text, claims=(toll,),
                       **when)  # type: ignore[arg-type]

    # typed from its wording (an untyped one, ``other``, no longer keeps the first apart)
    week = report("w", "explosion", statement, date=D(2018, 6, 16), precision="week")
    typed = report("a", "airstrike", hospital)
    told = report("b", "other", police)
    hashing = HashingEmbedder()
    assert match_score(typed, [week], embedder=hashing) < DEFAULT_THRESHOLD
    for order in ([week, typed, told], [told, typed, week], [typed, week, told]):
        clusters = cluster_all(order, lambda m: m.mention_id, embedder=hashing)
        assert sorted(sorted(m.mention_id for m in v) for v in clusters.values()) == [
            ["a", "b", "w"]]


def test_a_report_dated_to_a_few_days_comes_after_the_days_reports() -> None:
    """An undated report (the days before its publication) comes in the clusterer's order by
    its last day, after the reports dated to the day within its span, so it finds their
    incident formed; a month comes by its first day; undated last."""
    day = mention("d", date=D(2018, 6, 17))
    undated = mention("u", date=None)
    later = mention("l", date=D(2018, 6, 19))
    month = mention("m", date=D(2018, 6, 1), precision="month")
    published = {"art-u": D(2018, 6, 18)}

    def key(m: Mention) -> tuple[object, ...]:
        return resolution_key(m, published.get(m.article_id))

    assert order_day((D(2018, 6, 16), D(2018, 6, 18))) == D(2018, 6, 18)
    assert order_day((D(2018, 6, 1), D(2018, 6, 30))) == D(2018, 6, 1)
    assert [m.mention_id for m in sorted([later, undated, month, day], key=key)] == [
        "m", "d", "u", "l"]
    same_day = mention("s", date=D(2018, 6, 18))
    assert key(same_day) < key(undated)  # dated to the day before dated to a span
    assert key(undated) < key(mention("x", date=None))  # no date nor publication: last


def test_blocks_keep_an_incident_a_later_mention_starting_earlier_may_reach() -> None:
    """Mentions come by :func:`order_day`, so one that comes later may start up to
    ``ORDER_SPAN_DAYS`` earlier than the last one: a bucket keeps the incidents that far
    behind a window (not offered to it) and drops only those beyond."""
    near = OpenIncident("near", 0, start=D(2018, 6, 10), end=D(2018, 6, 10))
    far = OpenIncident("far", 1, start=D(2018, 5, 1), end=D(2018, 5, 1))
    bucket = [near, far]
    assert _pruned(bucket, (D(2018, 6, 15), D(2018, 6, 21))) == []
    assert bucket == [near]  # five days behind: kept; six weeks behind: dropped
    assert _pruned(bucket, (D(2018, 6, 9), D(2018, 6, 15))) == [near]
