"""Uncertain evidence does not keep two reports of one incident apart (session 12): a province
far larger than its radius, a report placed at the city it was filed from, an untyped
statement, two sides naming each other as the attacker, names shared on a small corpus."""

from __future__ import annotations

from dataclasses import replace

from contested.resolve import HashingEmbedder, cluster_all
from contested.resolve.blocking import TownIndex
from contested.resolve.cluster import OpenIncident
from contested.resolve.features import (
    OTHER_TYPE,
    Profile,
    make_profile,
    names_score,
    pair_score,
    perps_score,
    type_score,
    vetoed,
)
from contested.resolve.names import NameStats
from contested.resolve.place_scores import contains, place_score
from contested.types import Claim, Mention
from resolve_factories import claim, mention, place

# real-world coordinates, approximate; a province is a centroid (precision 3)
BIG_PROVINCE = place("Balochistan", 27.98, 65.64, precision=3, country="PK", admin1="Balochistan")
FAR_TOWN = place("Dalbandin", 28.89, 64.41, country="PK", admin1="Balochistan")  # ~150 km
FARTHER_TOWN = place("Zhob", 31.34, 69.45, country="PK", admin1="Balochistan")  # ~520 km
OTHER_PROVINCE_TOWN = place("Sukkur", 27.70, 68.86, country="PK", admin1="Sindh")  # ~320 km
QUIBDO = place("Quibdo", 5.69, -76.66, country="CO", admin1="Choco")
MEDELLIN = place("Medellin", 6.25, -75.56, country="CO", admin1="Antioquia")  # ~135 km

TOWN_REPORT = "Gunmen attacked a river port in Quibdo on Sunday, killing seven boatmen."
CITY_REPORT = "The governor said armed men shot dead seven boatmen at a river landing on Sunday."


def test_a_province_holds_its_towns_however_far_from_its_centre() -> None:
    assert place_score(BIG_PROVINCE, FARTHER_TOWN) == place_score(BIG_PROVINCE, FAR_TOWN) == 0.75
    assert (place_score(BIG_PROVINCE, OTHER_PROVINCE_TOWN) or 0.0) < 0.5
    # compatible, not telling: the gate still discounts a town the centroid does not reach
    assert not contains(BIG_PROVINCE, FARTHER_TOWN)


def _killed(mention_id: str) -> tuple[Claim, ...]:
    return (claim(f"c-{mention_id}", mention_id=mention_id, killed=7),)


def _reports(city_names_town: bool) -> list[Mention]:
    town = mention("m1", event_type="armed_clash", where=QUIBDO, summary=TOWN_REPORT,
                   claims=_killed("m1"))
    city = replace(mention("m2", event_type="armed_clash", where=MEDELLIN, summary=CITY_REPORT,
                           claims=_killed("m2")),
                   names=("medellin", "quibdo") if city_names_town else ("medellin",))
    return [town, city]


def test_a_report_placed_at_the_city_it_was_filed_from_finds_the_town_it_names() -> None:
    together = cluster_all(_reports(True), lambda m: m.mention_id, embedder=HashingEmbedder())
    assert len(together) == 1
    apart = cluster_all(_reports(False), lambda m: m.mention_id, embedder=HashingEmbedder())
    assert len(apart) == 2  # two towns 135 km apart, nothing ties them: two incidents


def test_the_other_towns_an_article_names_are_looked_up_only_for_a_placed_report() -> None:
    town, city = (make_profile(m, None) for m in _reports(True))
    index = TownIndex()
    incident = OpenIncident("inc-1", 0)
    incident.add(town)
    index.index(incident, town)
    assert index.elsewhere(city) == [incident]
    assert index.elsewhere(town) == []  # its article names no other town
    unplaced = make_profile(replace(city.mention, place=None), None)
    assert index.elsewhere(unplaced) == []  # a vague report has its own lookup (candidates)
    assert not vetoed(town, city)  # the city's article names the town: no place veto


def test_an_untyped_report_is_not_another_kind_of_event() -> None:
    assert type_score("other", "armed_clash") == OTHER_TYPE == 0.85
    assert type_score("airstrike", "armed_clash") < 0.5


def test_two_sides_blaming_each_other_weigh_half() -> None:
    a = make_profile(mention("m1", perpetrators=("Cambodia",)), None)
    b = make_profile(mention("m2", perpetrators=("Thailand",)), None)
    c = make_profile(mention("m3", perpetrators=("Thailand", "Cambodia")), None)
    assert perps_score(a, b) == 0.5
    assert perps_score(a, c) == perps_score(b, c) == 1.0


def test_on_a_small_corpus_names_few_articles_share_count_for_a_pair_only() -> None:
    counts = {"kasungu": 2, "tembo": 2, "police": 25}
    named = replace(mention("m1"), names=("kasungu", "tembo", "police"))
    small, none, big = NameStats(30, counts), NameStats(10, counts), NameStats(300, counts)
    assert set(small.few(named)) == {"kasungu", "tembo"} and small.rare(named) == {}
    assert none.few(named) == {} and big.few(named) == {}  # too few; the full rarity instead
    assert set(big.rare(named)) == {"kasungu", "tembo"}  # "police": in too many

    def profile(key: str, few: dict[str, float]) -> Profile:
        return make_profile(mention(key, where=None, summary=TOWN_REPORT), None, few=few)

    both = {"kasungu": 0.8, "tembo": 0.8}
    a, b = profile("a", both), profile("b", both)
    stranger, nameless = profile("c", {"lilongwe": 0.8, "banda": 0.8}), profile("d", {})
    assert names_score(a, b) == 1.0
    assert names_score(a, stranger) is None and names_score(a, nameless) is None  # never 0
    assert pair_score(a, b) > pair_score(a, stranger) == pair_score(a, nameless)
