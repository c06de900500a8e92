"""Rare shared names: weighed by rarity over a corpus, they bridge reports weeks apart."""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace

import pytest

from contested.extract.names import capitalised, name_candidates
from contested.resolve import HashingEmbedder, cluster_all
from contested.resolve.features import NAME_BRIDGE, NAME_LINK
from contested.resolve.names import (
    MIN_DOCUMENTS,
    SPREAD,
    NameStats,
    names_of,
    shared_entities_weight,
    shared_weight,
)
from contested.types import Mention
from resolve_factories import IDLIB, NIGHT, D, mention

SHOOTING = ("Tyshawn Lee, 9, was shot dead in an alley off Damen Avenue on Wednesday, police "
            "said. Officers found the boy near a park.")
TRIAL = ("A man charged with murder in the killing of Tyshawn Lee, 9, in an alley off Damen "
         "Avenue went on trial on Monday, prosecutors said.")
OTHER = ("Marcus Okafor, 9, was shot dead in an alley off Halsted Street on Wednesday, police "
         "said. Officers found the boy near a park.")


def filler(n: int) -> list[Mention]:
    """Reports of other shootings elsewhere: a corpus to weigh names against."""
    return [mention(f"f{i:03d}", where=IDLIB, date=D(2018, 1, 1) + dt.timedelta(days=i),
                    summary=f"Police said a man was shot on Monday in case {i}. The Police "
                            "chief said officers were at the scene.")
            for i in range(n)]


def test_capitalised_words_and_adjacent_pairs() -> None:
    words, pairs = capitalised("Tyshawn Lee was shot off Damen Avenue. Police said")
    assert words == ("tyshawn", "lee", "damen", "avenue", "police")
    assert "tyshawn lee" in pairs and "damen avenue" in pairs and "lee was" not in pairs


def test_candidates_of_an_article_leave_out_words_it_writes_in_lower_case() -> None:
    text = ("Boy Shot Dead\n\nTyshawn Lee was shot dead off Damen Avenue. The boy died, "
            "police said. Police Chief Bob Smith spoke.")
    found = name_candidates(text)
    assert {"tyshawn lee", "damen avenue", "bob smith", "chief"} <= set(found)
    assert "shot" not in found and "dead" not in found and "boy" not in found  # lower-case too
    assert "police" not in found and "police chief" not in found
    assert found == tuple(sorted(found))


def test_a_mention_carries_its_article_names_else_its_summary_gives_them() -> None:
    plain = mention("m1", summary=SHOOTING)
    assert "tyshawn lee" in names_of(plain)
    assert names_of(replace(plain, names=("dwayne", "dwayne carter"))) == ("dwayne", "dwayne carter")


def test_rarity_needs_a_corpus_and_drops_common_words() -> None:
    shooting, trial = mention("m1", summary=SHOOTING), mention("m2", summary=TRIAL)
    assert NameStats.of([shooting, trial]).rare(shooting) == {}  # no corpus, no rarity
    stats = NameStats.of([shooting, trial, *filler(MIN_DOCUMENTS)])
    rare = stats.rare(shooting)
    assert {"lee", "tyshawn lee", "damen avenue"} <= set(rare)
    assert "tyshawn" not in rare  # a single word only opening a sentence: the pair says it
    assert "police" not in rare and "officers" not in rare  # common / only opening sentences
    assert all(0.0 < w <= 1.0 for w in rare.values())
    assert (shared_weight(rare, stats.rare(trial)) or 0.0) >= 2.0
    assert shared_weight(rare, {}) is None


def test_an_article_counts_once_however_many_mentions_it_has() -> None:
    one = [mention(f"m{i}", article_id="a1", summary=SHOOTING) for i in range(3)]
    stats = NameStats.of([*one, mention("m9", summary=TRIAL)])
    assert stats.documents == 2 and stats.counts["tyshawn lee"] == 2


def test_a_name_in_many_articles_weighs_less_than_its_rarity_alone() -> None:
    """A byline or a spokesman recurs across incidents: past ``SPREAD`` articles the weight
    falls as ``SPREAD / articles``, so sharing it alone no longer bridges two reports."""
    counts = {"tyshawn lee": 2, "jane reporter": 4 * SPREAD}
    stats = NameStats(10_000, counts)
    idf = {n: math.log(10_000 / df) / math.log(10_000) for n, df in counts.items()}
    assert stats.weight("tyshawn lee") == idf["tyshawn lee"]  # an incident's few reports
    assert stats.weight("jane reporter") == idf["jane reporter"] / 4
    assert stats.weight("nobody") == 0.0


def _together(batch: list[Mention], a: str, b: str) -> bool:
    clusters = cluster_all(batch, id_for=lambda m: m.mention_id, embedder=HashingEmbedder())
    return any({a, b} <= {m.mention_id for m in members} for members in clusters.values())


ARREST = SHOOTING + " Detectives arrested Dwayne Okonkwo at the scene."
TRIAL_NAMED = TRIAL.replace("A man charged", "Dwayne Okonkwo, charged")


def test_a_trial_weeks_later_joins_its_shooting_by_the_victims_name() -> None:
    """The victim, the accused and the street, named in both: three rare entities bridge
    weeks; the victim and the street alone (two) do not: two entities shared weeks apart
    are as often a byline and a photographer, or a coroner and his county."""
    shooting = mention("m1", event_type="other", summary=ARREST)
    trial = mention("m2", event_type="other", date=NIGHT + dt.timedelta(days=40),
                    summary=TRIAL_NAMED)
    assert _together([shooting, trial, *filler(MIN_DOCUMENTS)], "m1", "m2")
    two = [replace(shooting, summary=SHOOTING), replace(trial, summary=TRIAL)]
    assert not _together([*two, *filler(MIN_DOCUMENTS)], "m1", "m2")


def test_another_victim_weeks_later_stays_apart() -> None:
    shooting = mention("m1", event_type="other", summary=SHOOTING)
    other = mention("m2", event_type="other", date=NIGHT + dt.timedelta(days=40), summary=OTHER)
    assert not _together([shooting, other, *filler(MIN_DOCUMENTS)], "m1", "m2")


def test_without_a_corpus_the_date_window_holds() -> None:
    shooting = mention("m1", event_type="other", summary=SHOOTING)
    trial = mention("m2", event_type="other", date=NIGHT + dt.timedelta(days=40), summary=TRIAL)
    assert not _together([shooting, trial], "m1", "m2")


FUNERAL = ("Tyshawn Lee, 9, who was shot dead in an alley on Wednesday, was buried on Monday, "
           "police said. Officers found the boy near a park.")


def test_a_follow_up_days_later_joins_by_the_victims_name_alone() -> None:
    """The victim's full name (less than ``NAME_BRIDGE``) bridges a gap of days, not weeks."""
    shooting = mention("m1", event_type="other", summary=SHOOTING)
    corpus = filler(MIN_DOCUMENTS)
    stats = NameStats.of([shooting, mention("m2", summary=FUNERAL), *corpus])
    shared = shared_weight(stats.rare(shooting), stats.rare(mention("m2", summary=FUNERAL)))
    assert shared is not None and NAME_LINK <= shared < NAME_BRIDGE
    days_later = mention("m2", event_type="other", date=NIGHT + dt.timedelta(days=6),
                         summary=FUNERAL)
    weeks_later = replace(days_later, date=NIGHT + dt.timedelta(days=40))
    assert _together([shooting, days_later, *corpus], "m1", "m2")
    assert not _together([shooting, weeks_later, *corpus], "m1", "m2")


UNPLACED_REPORT = ("Relatives of Tyshawn Lee gathered on Damen Avenue on Thursday to mourn the boy "
                   "and to ask anyone with information to come forward.")
UNPLACED_OTHER = ("Relatives of Marcus Okafor gathered on Halsted Street on Thursday to mourn the "
                  "boy and to ask anyone with information to come forward.")


def test_an_unplaced_report_joins_by_the_names_it_shares_within_the_window() -> None:
    """No place read: the victim's name and the street, shared, stand for the place (the
    texts alike, not close enough for the text alone to)."""
    shooting = mention("m1", event_type="other", summary=SHOOTING)
    same = mention("m2", event_type="other", where=None, date=NIGHT + dt.timedelta(days=1),
                   summary=UNPLACED_REPORT)
    other = mention("m3", event_type="other", where=None, date=NIGHT + dt.timedelta(days=1),
                    summary=UNPLACED_OTHER)
    corpus = filler(MIN_DOCUMENTS)
    assert _together([shooting, same, *corpus], "m1", "m2")
    assert not _together([shooting, other, *corpus], "m1", "m3")


@pytest.mark.parametrize(("first", "later"), [
    # a sheriff, a coroner or a police chief is named in every shooting of the county: his
    # full name and its words are one entity, not a full name and a street
    ("Sheriff Mike Chitwood said a man was shot dead on Nova Road on Wednesday. Deputies "
     "found him near a store.",
     "Sheriff Mike Chitwood said a woman was shot dead on Beville Street on Friday. Deputies "
     "found her near a store."),
    # a reporter and a photographer: two entities, page furniture of every story they file
    ("A man was shot dead near a store on Wednesday, police said. Reporting by Erin Hadley; "
     "photos by Mike Sorensen.",
     "A woman was shot dead near a store on Friday, police said. Reporting by Erin Hadley; "
     "photos by Mike Sorensen."),
])
def test_one_or_two_people_named_in_both_are_no_bridge_across_weeks(first: str,
                                                                       later: str) -> None:
    a = mention("m1", event_type="other", summary=first)
    b = mention("m2", event_type="other", date=NIGHT + dt.timedelta(days=40), summary=later)
    corpus = filler(MIN_DOCUMENTS)
    stats = NameStats.of([a, b, *corpus])
    assert (shared_weight(stats.rare(a), stats.rare(b)) or 0.0) >= NAME_BRIDGE
    assert not _together([a, b, *corpus], "m1", "m2")


def test_shared_entities_count_a_full_name_and_its_words_once() -> None:
    a = {"jarrod": 0.9, "burguan": 0.8, "jarrod burguan": 0.7, "loma linda": 0.6, "loma": 0.5}
    b = {"jarrod": 0.9, "burguan": 0.8, "jarrod burguan": 0.7, "loma linda": 0.6, "loma": 0.5,
         "other": 1.0}
    assert shared_entities_weight(a, b) == 0.9 + 0.6
    assert shared_entities_weight(a, {}) is None
