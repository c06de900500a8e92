"""Incremental resolution against a real store (SQLite or PostgreSQL, see backends.py): joins,
new incidents, merges, splits."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

import pytest

from contested import pipeline
from contested.resolve import HashingEmbedder, summarize_incident
from contested.resolve.incremental import plan_resolution
from contested.store import Store, open_store
from contested.types import Mention
from resolve_factories import ABU_KAMAL, D, article, mention

STRIKE = "A US-led coalition airstrike hit a Syrian army position near al-Harra, SANA said."
STRIKE_2 = "Coalition jets struck Syrian army positions at al-Harra near Abu Kamal overnight."
NEXT_DAY = D(2018, 6, 18)
STRIKE_3 = "Coalition aircraft struck army positions near al-Harra and Abu Kamal, killing soldiers."


@pytest.fixture
def store(store_target: str) -> Iterator[Store]:
    with open_store(store_target) as opened:
        yield opened


def _published(mentions: list[Mention], day: dt.date) -> dict[str, dt.date]:
    return {m.article_id: day for m in mentions}


def _store_incident(store: Store, incident_id: str, members: list[Mention]) -> None:
    articles = [dataclasses.replace(article(m.article_id, f"outlet {m.article_id}"),
                                    published=D(2018, 6, 18)) for m in members]
    store.save_batch(None, articles, members, [])
    store.save_incident(summarize_incident(incident_id, members, {}))


def _add_pending(store: Store, m: Mention, published: dt.date | None = NEXT_DAY) -> None:
    art = dataclasses.replace(article(m.article_id, "Another outlet"), published=published)
    store.save_batch(None, [art], [m], [])


def _resolve(store: Store) -> pipeline.RunSummary:
    summary = pipeline.RunSummary(run_id=store.begin_run("test"))
    pipeline.resolve_pending(store, summary, embedder=HashingEmbedder())
    return summary


def test_an_undated_report_joins_through_its_publication_date(store: Store) -> None:
    _store_incident(store, "inc-a", [mention("m1", summary=STRIKE)])
    _add_pending(store, mention("m2", date=None, summary=STRIKE_2), published=D(2018, 6, 18))
    summary = _resolve(store)
    assert [m.mention_id for m in store.mentions_of("inc-a")] == ["m1", "m2"]
    assert (summary.incidents_new, summary.incidents_updated) == (0, 1)


def test_an_undated_report_published_weeks_later_opens_its_own_incident(store: Store) -> None:
    _store_incident(store, "inc-a", [mention("m1", summary=STRIKE)])
    _add_pending(store, mention("m2", date=None, summary=STRIKE), published=D(2018, 7, 10))
    summary = _resolve(store)
    assert [m.mention_id for m in store.mentions_of("inc-a")] == ["m1"]
    assert summary.incidents_new == 1


def test_rerunning_changes_nothing(store: Store) -> None:
    _store_incident(store, "inc-a", [mention("m1", summary=STRIKE)])
    _add_pending(store, mention("m2", summary=STRIKE_2))
    _resolve(store)
    before = [store.incident(i.incident_id) for i in store.list_incidents()]
    again = _resolve(store)
    assert (again.incidents_new, again.incidents_updated) == (0, 0)
    assert [store.incident(i.incident_id) for i in store.list_incidents()] == before


def test_a_report_that_links_two_stored_incidents_merges_them(store: Store) -> None:
    # two reports of one strike that an earlier run kept apart
    _store_incident(store, "inc-a", [mention("m1", summary=STRIKE)])
    _store_incident(store, "inc-b", [mention("m2", where=ABU_KAMAL, summary=STRIKE_2)])
    _add_pending(store, mention("m3", summary=STRIKE_3))
    _resolve(store)
    assert store.incident("inc-b") is None
    assert sorted(m.mention_id for m in store.mentions_of("inc-a")) == ["m1", "m2", "m3"]
    (merge,) = store.lineage("inc-b")
    assert (merge.kind, merge.from_id, merge.to_id, merge.mention_ids) == (
        "merge", "inc-b", "inc-a", ("m3",))
    assert store.current_id("inc-b") == "inc-a"
    assert [e.event for e in store.incident_events("inc-b")][-1] == "merged"
    assert "absorbed" in [e.event for e in store.incident_events("inc-a")]


def test_an_incident_whose_members_hold_two_nights_is_split(store: Store) -> None:
    # as if a stored report had been re-extracted with another date
    night1 = mention("m1", summary=STRIKE)
    night2 = mention("m2", date=D(2018, 7, 2), summary=STRIKE)
    _store_incident(store, "inc-a", [night1, night2])
    _add_pending(store, mention("m3", summary=STRIKE_2))
    _resolve(store)
    assert sorted(m.mention_id for m in store.mentions_of("inc-a")) == ["m1", "m3"]
    (split,) = store.lineage("inc-a")
    assert (split.kind, split.from_id, split.mention_ids) == ("split", "inc-a", ("m2",))
    assert [m.mention_id for m in store.mentions_of(split.to_id)] == ["m2"]
    assert store.current_id("inc-a") == "inc-a"


def test_plan_keeps_stored_ids_and_names_new_incidents_by_their_first_mention() -> None:
    stored = {"inc-old": [mention("m1", summary=STRIKE)]}
    pending = [mention("m2", summary=STRIKE_2), mention("m9", date=D(2018, 8, 1), summary=STRIKE)]
    plan = plan_resolution(pending, stored, lambda m: f"new-{m.mention_id}",
                           _published(pending, D(2018, 6, 18)), HashingEmbedder())
    assert sorted(plan.incidents) == ["inc-old", "new-m9"]
    assert plan.created == frozenset({"new-m9"})
    assert not plan.merges and not plan.splits


# -- name frequencies kept in the store -----------------------------------------------------

SHOOTING = ("Tyshawn Lee, 9, was shot dead in an alley off Damen Avenue on Wednesday, police "
            "said. Officers found the boy near a park.")
TRIAL = ("A man charged with murder in the killing of Tyshawn Lee, 9, in an alley off Damen "
         "Avenue went on trial on Monday, prosecutors said.")
# three rare entities (the victim, the accused, the street) bridge weeks (ENTITY_BRIDGE)
ARRESTED = SHOOTING + " Detectives arrested Dwayne Okonkwo at the scene."
TRIED = TRIAL.replace("A man charged", "Dwayne Okonkwo, charged")
ELSEWHERE = "Police said a man was shot on Monday near a school. Officers were at the scene."


def _corpus(store: Store, count: int) -> None:
    """``count`` stored articles about other shootings, far from al-Harra's dates."""
    fillers = [mention(f"f{i:03d}", where=ABU_KAMAL, date=D(2017, 1, 1) + dt.timedelta(days=i),
                       event_type="other", summary=f"{ELSEWHERE} Case {i}.") for i in range(count)]
    for start in range(0, count, 50):
        part = fillers[start : start + 50]
        store.save_batch(None, [article(m.article_id, "outlet") for m in part], part, [])


def test_the_store_counts_each_articles_names_once(store: Store) -> None:
    first = dataclasses.replace(mention("m1", summary=SHOOTING), names=("damen avenue", "lee"))
    second = mention("m2", article_id="art-m1", summary=TRIAL)  # same article, names from summary
    store.save_batch(None, [article("art-m1", "outlet")], [first, second], [])
    store.save_batch(None, [article("art-m1", "outlet")], [first, second], [])  # again: nothing
    store.save_batch(None, [article("art-m3", "outlet")], [mention("m3", summary=TRIAL)], [])
    stats = store.name_stats(["damen avenue", "tyshawn lee", "lee", "nobody"])
    assert stats.documents == 2
    assert dict(stats.counts) == {"damen avenue": 2, "tyshawn lee": 2, "lee": 2}
    stored = {m.mention_id: m for m in store.unresolved_mentions()}
    assert stored["m1"].names == ("damen avenue", "lee") and stored["m2"].names == ()


def test_a_small_run_weighs_names_as_the_big_one_did(store: Store) -> None:
    # a big run bridges a shooting and its trial 40 days later by the rare names they share
    _corpus(store, 220)
    trial_day = NEXT_DAY + dt.timedelta(days=40)
    _add_pending(store, mention("m1", event_type="other", summary=ARRESTED))
    _add_pending(store, mention("m2", event_type="other", date=trial_day, summary=TRIED),
                 published=trial_day)
    _resolve(store)
    joined = {frozenset(m.mention_id for m in store.mentions_of(i.incident_id))
              for i in store.list_incidents()}
    assert frozenset({"m1", "m2"}) in joined
    # a small later run, one report near the trial: the stored incident is re-checked with
    # the store's name frequencies, so the bridge holds
    _add_pending(store, mention("m3", event_type="other", date=trial_day, summary=ELSEWHERE),
                 published=trial_day)
    summary = _resolve(store)
    assert summary.incidents_new == 1 and not any(e.kind == "split" for i in store.list_incidents()
                                                   for e in store.lineage(i.incident_id))
    together = {frozenset(m.mention_id for m in store.mentions_of(i.incident_id))
                for i in store.list_incidents()}
    assert frozenset({"m1", "m2"}) in together
