"""A report placed only at a country (or not at all) whose article names the town, in its own
spelling, that other reports of the incident are placed at."""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import replace

import numpy as np

from contested.resolve import HashingEmbedder, cluster_all
from contested.resolve.blocking import MAX_TOWN_CANDIDATES, TownIndex
from contested.resolve.cluster import OpenIncident
from contested.resolve.features import make_profile, names_town, place_score, vetoed
from contested.resolve.incremental import plan_resolution
from contested.resolve.names import spelling_key, spelling_keys
from contested.types import Mention
from resolve_factories import NIGHT, mention, place

DEIR_HAFER = place("Deir Hafer", 36.16, 37.71, admin1="Aleppo")
TURKEY = replace(place("Turkey", 39.0, 35.0, precision=3, country="TR", admin1=None),
                 feature="PCLI")
IRAQ = replace(place("Iraq", 33.0, 44.0, precision=3, country="IQ", admin1=None),
               feature="PCLI")

# three outlets, three spellings, three unrelated wordings (so that no text index finds them)
WIRE = "A drone struck a van at the market of Deir Hafer on Friday, killing four, monitors said."
KURDISH = "Relatives buried the four farmers of Dayr Hafir whom Ankara's drone killed."
AGENCY = "Security sources said terrorists were neutralised near Dair Hafir on Friday."


def _reports(day_of_vague: dt.date = NIGHT) -> list[Mention]:
    wire = mention("m1", event_type="drone_strike", where=DEIR_HAFER, summary=WIRE)
    kurdish = replace(mention("m2", event_type="drone_strike", where=TURKEY, summary=KURDISH,
                              date=day_of_vague),
                      names=("ankara", "dayr hafir", "turkish"))
    agency = replace(mention("m3", event_type="other", where=IRAQ, summary=AGENCY,
                             date=day_of_vague),
                     names=("dair hafir", "northern iraq", "iraq"))
    return [wire, kurdish, agency]


def _together(mentions: list[Mention]) -> list[set[str]]:
    clusters = cluster_all(mentions, lambda m: m.mention_id, embedder=HashingEmbedder())
    return sorted(({m.mention_id for m in ms} for ms in clusters.values()), key=min)


def test_transliterations_of_a_town_share_a_spelling_key() -> None:
    for names in (("Deir Hafer", "Dayr Hafir", "Dair Hafir", "DEIR HAFER"),
                  ("Al-Qa'im", "Qaim", "al Qaim"),
                  ("Kharkiv", "Kharkov"),
                  ("Nabatieh", "Nabatiyeh", "Al-Nabatiyah")):
        assert len({spelling_key(n) for n in names}) == 1, names
    assert spelling_key("Deir Hafer") != spelling_key("Deir ez-Zor")
    assert spelling_key("Homs") == "=homs" != spelling_key("Hama")  # short: every letter
    assert spelling_key("Al") is None
    assert {"=amuda", spelling_key("Qamishli")} <= spelling_keys(["qamishli-amuda"])


def test_a_report_placed_at_a_country_named_in_passing_joins_the_town_it_names() -> None:
    """Placed at Turkey and at Iraq (countries their articles name in passing), both name the
    town the wire is placed at: one incident, whatever order the reports come in; a report
    of the same day that does not name the town stays apart."""
    reports = _reports()
    for order in itertools.permutations(reports):
        assert _together(list(order)) == [{"m1", "m2", "m3"}]
    silent = replace(reports[1], mention_id="m4", names=("ankara", "turkish"))
    assert _together([reports[0], silent]) == [{"m1"}, {"m4"}]
    wire, kurdish, _ = (make_profile(m, None) for m in reports)
    assert names_town(kurdish, wire) and not names_town(wire, kurdish)
    assert place_score(kurdish.mention.place, wire.mention.place) == 0.0
    assert not vetoed(kurdish, wire)
    assert vetoed(make_profile(silent, None), wire)


def test_a_vague_report_dated_before_the_town_report_is_found_by_it() -> None:
    """The vague reports come first (dated the day before, each opening an incident: their
    countries disagree): the town's report finds the incidents whose reports name it and
    links them."""
    wire, kurdish, agency = _reports(day_of_vague=NIGHT - dt.timedelta(days=1))
    typed = replace(agency, event_type="drone_strike")
    assert _together([kurdish, typed]) == [{"m2"}, {"m3"}]
    assert _together([wire, kurdish, typed]) == [{"m1", "m2", "m3"}]


def test_an_unplaced_report_that_names_the_town_joins() -> None:
    unplaced = replace(mention("m2", event_type="drone_strike", where=None, summary=KURDISH),
                       names=("dayr hafir",))
    wire = _reports()[0]
    assert _together([wire, unplaced]) == [{"m1", "m2"}]


def test_naming_the_town_does_not_reach_another_night() -> None:
    """The same town named weeks later is another incident (the date window holds)."""
    later = NIGHT + dt.timedelta(days=30)
    assert _together(_reports(day_of_vague=later))[0] == {"m1"}


def test_a_stored_incident_held_together_by_a_named_town_is_not_split() -> None:
    """The stored incident's vague members (Turkey, Iraq) disagree on the country but both
    name its town: resolving a new report against it keeps it whole (no split on every run)."""
    stored = {"inc-a": _reports()}
    later = mention("m5", event_type="drone_strike", where=DEIR_HAFER,
                    summary="Monitors said a drone killed four people in Deir Hafer on Friday.")
    plan = plan_resolution([later], stored, lambda m: f"new-{m.mention_id}",
                           embedder=HashingEmbedder())
    assert not plan.splits and not plan.created
    assert sorted(m.mention_id for m in plan.incidents["inc-a"]) == ["m1", "m2", "m3", "m5"]


def test_an_articles_own_other_event_is_not_placed_by_the_town_it_names() -> None:
    """One article tells of a roadside bomb at Deir Hafer and of the clash that followed (two
    mentions; the second unplaced): that the article names its own town says nothing about
    the second event's place, so the two stay apart; the same unplaced report from another
    outlet is placed there."""
    bomb = mention("m1", event_type="explosion", where=DEIR_HAFER, article_id="art-x",
                   summary="A roadside bomb hit a patrol at Deir Hafer on Friday.")
    clash = replace(mention("m2", event_type="explosion", where=None, article_id="art-x",
                            summary="Gunmen then opened fire on the rescuers, the council said."),
                    names=("deir hafer",))
    assert _together([bomb, clash]) == [{"m1"}, {"m2"}]
    elsewhere = replace(clash, article_id="art-y")
    assert _together([bomb, elsewhere]) == [{"m1", "m2"}]


def test_a_town_named_by_many_reports_costs_a_bounded_number_of_candidates() -> None:
    """Sixty vague reports of one week name the town: its report scores only the
    ``MAX_TOWN_CANDIDATES`` incidents closest to it in text, the closest among them."""
    index, rng = TownIndex(), np.random.default_rng(3)
    wire = make_profile(_reports()[0], np.eye(8)[0])
    for i in range(60):
        vague = replace(mention(f"v{i}", where=TURKEY, summary="x"), names=("dayr hafir",))
        vector = rng.normal(size=8)
        vector[0] = 5.0 if i == 59 else 0.0  # the last one reads like the town's report
        incident = OpenIncident(f"i{i:02d}", i)
        profile = make_profile(vague, vector / np.linalg.norm(vector))
        incident.add(profile)
        index.index(incident, profile)
    found = index.candidates(wire)
    assert len(found) == MAX_TOWN_CANDIDATES < 60
    assert found[0].incident_id == "i59"
