"""Property tests: estimates are ordered, clustering is a partition independent of order."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from contested.resolve import cluster_all, find_contradictions, reconcile
from contested.types import Claim
from resolve_factories import ABU_KAMAL, AL_HARRA, IDLIB, MAYADIN, claim, mention

QUALIFIERS = st.sampled_from([None, "at least", "more than", "up to", "about", "dozens"])
KINDS = st.sampled_from(["state_media", "monitor", "wire", "military", "unnamed"])


@st.composite
def claims(draw: st.DrawFn) -> list[Claim]:
    n = draw(st.integers(0, 6))
    out = []
    for i in range(n):
        ranged = draw(st.booleans())
        low = draw(st.integers(0, 60))
        fields = ({"killed_min": low, "killed_max": low + draw(st.integers(0, 20))} if ranged
                  else {"killed": low, "qualifier": draw(QUALIFIERS)})
        out.append(claim(f"c{i}", source=draw(st.sampled_from(["SANA", "SOHR", "AFP", "IDF"])),
                         source_kind=draw(KINDS), hedged=draw(st.booleans()), **fields))
    return out


@given(claims(), st.sampled_from(["lowest", "ucdp", "range"]))
def test_estimates_are_ordered(cs: list[Claim], rule: str) -> None:
    killed, injured, by_victims = reconcile(cs, rule)  # type: ignore[arg-type]
    for est in (killed, injured, *(e for _, e in by_victims)):
        if est.best is None:
            assert est.low is None and est.high is None
        else:
            assert est.low is not None and est.high is not None
            assert est.low <= est.best <= est.high


@given(claims())
def test_contradictions_do_not_depend_on_claim_order(cs: list[Claim]) -> None:
    assert find_contradictions(cs) == find_contradictions(list(reversed(cs)))


PLACES = st.sampled_from([AL_HARRA, ABU_KAMAL, MAYADIN, IDLIB, None])
TYPES = st.sampled_from(["airstrike", "drone_strike", "shelling", "armed_clash", "other"])


@st.composite
def batches(draw: st.DrawFn) -> list:
    n = draw(st.integers(1, 14))
    return [
        mention(f"m{i:02d}", event_type=draw(TYPES), where=draw(PLACES),
                date=dt.date(2018, 6, 1) + dt.timedelta(days=draw(st.integers(0, 20))),
                role=draw(st.sampled_from(["primary", "background"])))
        for i in range(n)
    ]


@settings(max_examples=60, deadline=None)  # the first call loads the sentence model
@given(batches(), st.randoms(use_true_random=False))
def test_cluster_all_is_an_order_independent_partition(batch: list, rnd: object) -> None:
    clusters = cluster_all(batch, id_for=lambda m: m.mention_id)
    ids = sorted(m.mention_id for members in clusters.values() for m in members)
    assert ids == sorted(m.mention_id for m in batch)
    shuffled = batch[:]
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    again = cluster_all(shuffled, id_for=lambda m: m.mention_id)
    assert {k: [m.mention_id for m in v] for k, v in again.items()} == {
        k: [m.mention_id for m in v] for k, v in clusters.items()
    }
