"""Property: Mention/Claim/Incident -> store (SQLite or PostgreSQL) -> dataclass gives back the
original."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from backends import BACKEND
from contested.store import Store, open_store
from contested.types import (
    EVENT_TYPES,
    Article,
    Claim,
    Contradiction,
    Estimate,
    Incident,
    Mention,
    Perpetrator,
    Place,
    Report,
    Span,
)

# PostgreSQL text cannot hold NUL: its connection stores U+FFFD instead (test_store_postgres)
text = st.text(
    alphabet=st.characters(
        exclude_categories=("Cs",), exclude_characters="\x00" if BACKEND == "postgresql" else ""
    ),
    max_size=20,
)
maybe_text = st.none() | text
count = st.none() | st.integers(min_value=0, max_value=2**40)
dates = st.none() | st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1))
coords = st.none() | st.floats(-180, 180, allow_nan=False)


@st.composite
def spans(draw: st.DrawFn) -> Span:
    start = draw(st.integers(0, 10_000))
    return Span(start, start + draw(st.integers(0, 500)))


places = st.none() | st.builds(
    Place,
    name=text,
    country=maybe_text,
    admin1=maybe_text,
    lat=coords,
    lon=coords,
    geo_precision=st.integers(1, 3),
    gazetteer_id=maybe_text,
    feature=maybe_text,
    span=st.none() | spans(),
)


@st.composite
def claims(draw: st.DrawFn, article_id: str, mention_id: str, n: int) -> Claim:
    return Claim(
        claim_id=f"clm_{mention_id}_{n}",
        article_id=article_id,
        mention_id=mention_id,
        kind=draw(st.sampled_from(["casualties", "attribution", "denial", "confirmation"])),
        source=draw(text),
        source_kind=draw(st.sampled_from(["state_media", "monitor", "unnamed", "media"])),
        quote=draw(text),
        span=draw(spans()),
        component="extract.claims@1",
        relayed_by=tuple(draw(st.lists(text, max_size=3))),
        killed=draw(count),
        killed_min=draw(count),
        killed_max=draw(count),
        injured=draw(count),
        injured_min=draw(count),
        injured_max=draw(count),
        victims=draw(st.none() | st.sampled_from(["civilians", "soldiers", "mixed"])),
        qualifier=draw(maybe_text),
        breakdown=tuple(draw(st.lists(st.tuples(text, st.integers(0, 1000)), max_size=3))),
        attributed_to=draw(maybe_text),
        by_accused=draw(st.none() | st.booleans()),
        hedged=draw(st.booleans()),
    )


@st.composite
def mentions(draw: st.DrawFn, article_id: str, n: int) -> Mention:
    mention_id = f"men_{n}"
    how_many = draw(st.integers(0, 3))
    return Mention(
        mention_id=mention_id,
        article_id=article_id,
        role=draw(st.sampled_from(["primary", "background"])),
        event_type=draw(st.sampled_from(EVENT_TYPES)),
        trigger=draw(spans()),
        component="extract.events@1",
        date=draw(dates),
        date_precision=draw(st.none() | st.sampled_from(["day", "week", "month", "year"])),
        date_span=draw(st.none() | spans()),
        place=draw(places),
        perpetrators=tuple(draw(st.lists(text, max_size=3))),
        target=draw(maybe_text),
        claims=tuple(draw(claims(article_id, mention_id, i)) for i in range(how_many)),
        summary=draw(text),
    )


estimates = st.builds(Estimate, low=count, best=count, high=count)


@st.composite
def incidents(draw: st.DrawFn, linked: list[Mention]) -> Incident:
    return Incident(
        incident_id="inc_1",
        event_type=draw(st.sampled_from(EVENT_TYPES)),
        date_start=draw(dates),
        date_end=draw(dates),
        time_precision=draw(st.none() | st.integers(1, 3)),
        place=draw(places),
        perpetrators=tuple(
            draw(
                st.lists(
                    st.builds(
                        Perpetrator,
                        actor=text,
                        status=st.sampled_from(["alleged", "confirmed", "denied", "disputed"]),
                        claim_ids=st.lists(text, max_size=2).map(tuple),
                    ),
                    max_size=3,
                )
            )
        ),
        killed=draw(estimates),
        injured=draw(estimates),
        by_victims=tuple(draw(st.lists(st.tuples(text, estimates), max_size=3))),
        reconcile_rule=draw(st.sampled_from(["ucdp", "median"])),
        grade=draw(st.sampled_from(["confirmed", "fair", "weak", "contested", "discounted"])),
        grade_reasons=tuple(draw(st.lists(text, max_size=3))),
        contradictions=tuple(
            draw(
                st.lists(
                    st.builds(
                        Contradiction,
                        field=st.sampled_from(["killed", "date", "place"]),
                        detail=text,
                        claim_ids=st.lists(text, max_size=2).map(tuple),
                    ),
                    max_size=2,
                )
            )
        ),
        reports=tuple(Report(m.article_id, m.mention_id, m.role) for m in linked),
        independent_sources=draw(st.integers(0, 50)),
    )


def wipe(store: Store) -> None:
    """Empty every table the round trip writes, children first."""
    for table in ("incident_events", "incident_reports", "contradictions",
                  "incident_casualties_by_victims", "incident_perpetrators", "incidents",
                  "claims", "mentions", "articles"):
        store._conn.execute(f"DELETE FROM {table}")


def test_round_trip(store_target: str) -> None:
    with open_store(store_target) as store:

        @settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
        @given(data=st.data())
        def round_trip(data: st.DataObject) -> None:
            try:
                check_round_trip(store, data)
            finally:
                wipe(store)

        round_trip()


def check_round_trip(store: Store, data: st.DataObject) -> None:
    article = Article(
        "art_1",
        "a.txt",
        data.draw(text),
        data.draw(maybe_text),
        None,
        None,
        data.draw(dates),
        None,
        None,
        data.draw(st.integers(0, 2**64 - 1)),
    )
    drawn = [
        data.draw(mentions(article.article_id, n)) for n in range(data.draw(st.integers(1, 3)))
    ]
    incident = data.draw(incidents(drawn[: data.draw(st.integers(0, len(drawn)))]))
    store.save_batch(None, [article], drawn, [])
    assert store.save_incident(incident) == "new"
    assert store.article(article.article_id) == article
    assert store.incident(incident.incident_id) == incident
    linked = {r.mention_id for r in incident.reports}
    unresolved = store.unresolved_mentions()
    assert {m.mention_id for m in unresolved} == {m.mention_id for m in drawn} - linked
    assert sorted(
        unresolved + store.mentions_of(incident.incident_id), key=lambda m: m.mention_id
    ) == sorted(drawn, key=lambda m: m.mention_id)
    assert store.save_incident(incident) == "unchanged"
