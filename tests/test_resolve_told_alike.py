"""Reports told alike whose extracted places or dates are coarse: two towns across a border,
an undated follow-up; the evidence that still sets them apart (another toll, another type,
another night) does."""

from __future__ import annotations

import dataclasses
import datetime as dt

from contested.resolve import HashingEmbedder, choose_incident, cluster_all
from contested.resolve.cluster import profiles
from contested.resolve.features import features, vetoed
from contested.resolve.place_scores import place_score
from contested.types import Mention
from resolve_factories import D, claim, mention, place

# real-world coordinates, approximate: two towns ~18 km apart on either side of a border
ISFARA = place("Isfara", 40.126, 70.625, country="TJ", admin1="Sughd")
BATKEN = place("Batken", 40.063, 70.819, country="KG", admin1="Batken")
OSH = place("Osh", 40.53, 72.80, country="KG", admin1="Osh")  # ~180 km from Isfara
SUGHD = place("Sughd province", 40.3, 69.6, precision=3, country="TJ", admin1="Sughd")
DAY = D(2021, 4, 29)
TOLD = "Border guards of the two countries exchanged fire near the disputed water intake."


def _report(mention_id: str, where: object = ISFARA, *, date: dt.date | None = DAY,
            event_type: str = "armed_clash", toll: int | None = None) -> Mention:
    claims = () if toll is None else (
        claim(f"c-{mention_id}", killed=toll, mention_id=mention_id,
              article_id=f"art-{mention_id}"),)
    return mention(mention_id, where=where, date=date, event_type=event_type,  # type: ignore[arg-type]
                   summary=TOLD, claims=claims)


def test_two_towns_across_a_border_are_scored_by_distance() -> None:
    assert (place_score(ISFARA, BATKEN) or 0.0) > 0.5
    assert place_score(ISFARA, OSH) == 0.0  # too far, whatever the border
    assert place_score(SUGHD, BATKEN) == 0.0  # a province says only which side


def test_an_undated_report_across_the_border_joins_when_nothing_sets_it_apart() -> None:
    """The Kyrgyz agency's report names Batken and gives no day; the wire names Isfara on the
    Tajik side the day before the agency's publication."""
    published = {"art-m2": D(2021, 5, 1), "art-m1": D(2021, 4, 30)}
    hashing = HashingEmbedder()
    wire = _report("m1", toll=31)
    joined = choose_incident(_report("m2", BATKEN, date=None, event_type="other", toll=34),
                             [("i", [wire])], embedder=hashing, published=published)
    assert joined == "i"
    # another toll (three times as many dead), another kind of event, another week: apart
    for other in (_report("m3", BATKEN, date=None, toll=120),
                  _report("m4", BATKEN, date=None, event_type="explosion"),
                  _report("m5", BATKEN, date=D(2021, 4, 20))):
        assert choose_incident(other, [("i", [wire])], embedder=hashing,
                               published={**published, other.article_id: D(2021, 5, 1)}) is None


def test_reports_across_a_border_cluster_together() -> None:
    """Unrelated wordings (no text index finds them): the blocks find the town across the
    border (grid cells know no country), its place and day join it; a town far off does not."""
    worded = ("Residents of Batken said houses burned as the fighting spread on Thursday.",
              "Villagers in Osh province counted their dead after clashes on Thursday.")
    reports = [_report("m1"), mention("m2", where=BATKEN, date=DAY, event_type="armed_clash",
                                      summary=worded[0]),
               mention("m3", where=OSH, date=DAY, event_type="armed_clash", summary=worded[1])]
    clusters = cluster_all(reports, lambda m: m.mention_id, embedder=HashingEmbedder())
    groups = sorted(sorted(m.mention_id for m in members) for members in clusters.values())
    assert groups == [["m1", "m2"], ["m3"]]


def test_a_town_far_off_whose_article_names_the_other_town_is_a_namesake() -> None:
    """A Denver story read "Park Hill" as the Oklahoma town: its article names Denver, where
    the other report is placed, so the two places tell nothing (no veto, unknown); an article
    that does not name it keeps the veto."""
    denver = place("Denver", 39.74, -104.99, country="US", admin1="Colorado")
    park_hill = place("Park Hill", 35.86, -94.96, country="US", admin1="Oklahoma")
    here = mention("m1", where=denver, summary="A man was shot dead outside a bar.")
    namesake = dataclasses.replace(
        mention("m2", where=park_hill, summary="Police are looking for the gunman."),
        names=("denver", "park hill", "police"))
    elsewhere = dataclasses.replace(namesake, mention_id="m3", article_id="art-m3",
                                    names=("park hill", "police"))
    hashing = HashingEmbedder()
    a, b, c = profiles([here, namesake, elsewhere], hashing)
    assert not vetoed(a, b) and features(a, b)["place"] is None
    assert vetoed(a, c)
