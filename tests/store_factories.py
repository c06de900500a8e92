"""Hand-built Articles, Mentions, Claims and Incidents for store and export tests."""

from __future__ import annotations

import datetime as dt

from contested.ids import stable_id
from contested.store import Store
from contested.types import (
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

SYRIA_KILLED = Estimate(7, 8, 10)
HARRA = Place(
    name="al-Harra",
    country="SY",
    admin1="Deir ez-Zor",
    lat=34.42,
    lon=40.98,
    geo_precision=1,
    gazetteer_id="custom:al-harra",
    feature="PPL",
    span=Span(40, 48),
)
KHARKIV = Place("Kharkiv", "UA", "Kharkivska", 49.99, 36.23, 1, "geonames:706483", "PPLA")


def article(
    n: int,
    text: str,
    *,
    outlet: str = "SANA",
    published: dt.date | None = dt.date(2024, 3, 5),
    url: str | None = None,
) -> Article:
    return Article(
        article_id=stable_id("art", text),
        origin=f"corpus/article-{n}.txt",
        text=text,
        title=text.split(".")[0],
        url=url if url is not None else f"https://{outlet.lower()}.example/{n}",
        outlet=outlet,
        published=published,
        published_from="metadata",
        language="en",
        fingerprint=(0xF00D << 48) + n,  # above 2**63: exercises the unsigned round trip
    )


def claim(
    art: Article, mention_id: str, quote: str, *, killed: int | None = None, **kw: object
) -> Claim:
    start = art.text.index(quote)
    fields: dict[str, object] = {
        "kind": "casualties",
        "source": "SANA",
        "source_kind": "state_media",
        "killed": killed,
    }
    fields.update(kw)
    return Claim(
        claim_id=stable_id("clm", mention_id, quote, fields.get("kind")),
        article_id=art.article_id,
        mention_id=mention_id,
        quote=quote,
        span=Span(start, start + len(quote)),
        component="extract.claims@1",
        **fields,  # type: ignore[arg-type]
    )


def mention(
    art: Article,
    trigger: str,
    *,
    killed: int | None = None,
    place: Place | None = HARRA,
    date: dt.date | None = dt.date(2024, 3, 4),
    perpetrators: tuple[str, ...] = ("US-led coalition",),
    role: str = "primary",
) -> Mention:
    start = art.text.index(trigger)
    mention_id = stable_id("men", art.article_id, start)
    sentence = art.text.split(".")[0] + "."
    claims = (claim(art, mention_id, sentence, killed=killed),) if killed is not None else ()
    return Mention(
        mention_id=mention_id,
        article_id=art.article_id,
        role=role,  # type: ignore[arg-type]
        event_type="airstrike",
        trigger=Span(start, start + len(trigger)),
        component="extract.events@1",
        date=date,
        date_precision="day" if date else None,
        date_span=Span(0, 3) if date else None,
        place=place,
        perpetrators=perpetrators,
        target="a house",
        claims=claims,
        summary=sentence,
    )


def incident(
    mentions: list[Mention],
    *,
    killed: Estimate = SYRIA_KILLED,
    place: Place | None = HARRA,
    date: dt.date | None = dt.date(2024, 3, 4),
    grade: str = "fair",
    contradictions: tuple[Contradiction, ...] = (),
    actor: str = "US-led coalition",
    event_type: str = "airstrike",
) -> Incident:
    claim_ids = tuple(c.claim_id for m in mentions for c in m.claims)
    return Incident(
        incident_id=stable_id("inc", *(m.mention_id for m in mentions)),
        event_type=event_type,  # type: ignore[arg-type]
        date_start=date,
        date_end=date,
        time_precision=1 if date else None,
        place=place,
        perpetrators=(Perpetrator(actor, "alleged", claim_ids),),
        killed=killed,
        injured=Estimate(),
        by_victims=(("civilians", Estimate(1, 1, 1)),),
        grade=grade,  # type: ignore[arg-type]
        grade_reasons=(f"{len(mentions)} independent sources",),
        contradictions=contradictions,
        reports=tuple(Report(m.article_id, m.mention_id, m.role) for m in mentions),
        independent_sources=len(mentions),
    )


SANA_TEXT = (
    "An airstrike on al-Harra killed 7 people. The attack hit al-Harra in Deir ez-Zor at dawn, "
    "SANA said, blaming the US-led coalition."
)
SOHR_TEXT = (
    "Coalition drone strike in al-Harra leaves 10 dead. The Syrian Observatory for Human Rights "
    "said the strike hit a house near al-Harra."
)
KHARKIV_TEXT = "Missile strike on Kharkiv kills 3. Regional officials said a missile hit Kharkiv."


def populated(store: Store) -> tuple[list[Article], list[Mention], list[Incident]]:
    """Save three articles, three mentions and two incidents into ``store``; return them."""
    arts = [
        article(1, SANA_TEXT),
        article(2, SOHR_TEXT, outlet="SOHR"),
        article(3, KHARKIV_TEXT, outlet="Ukrinform", published=dt.date(2024, 5, 1)),
    ]
    ms = [
        mention(arts[0], "airstrike", killed=7),
        mention(arts[1], "drone strike", killed=10),
        mention(
            arts[2],
            "Missile strike",
            killed=3,
            place=KHARKIV,
            date=dt.date(2024, 4, 30),
            perpetrators=("Russian forces",),
        ),
    ]
    run_id = store.begin_run("test")
    store.save_batch(run_id, arts, ms, [])
    contra = Contradiction(
        "killed",
        "SANA: 7 killed vs SOHR: 10 killed",
        (ms[0].claims[0].claim_id, ms[1].claims[0].claim_id),
    )
    incs = [
        incident(ms[:2], contradictions=(contra,), grade="contested"),
        incident(
            [ms[2]],
            killed=Estimate(3, 3, 3),
            place=KHARKIV,
            date=dt.date(2024, 4, 30),
            actor="Russian forces",
            event_type="missile_strike",
            grade="weak",
        ),
    ]
    for inc in incs:
        store.save_incident(inc, run_id)
    return arts, ms, incs
