"""Hand-built Articles, Places, Claims and Mentions for the resolve tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from contested.types import Article, Claim, Mention, Place, Span

D = dt.date
NIGHT = D(2018, 6, 17)  # the default date of a mention


def article(
    article_id: str, outlet: str | None, duplicate_of: str | None = None, text: str = "text"
) -> Article:
    return Article(
        article_id=article_id, origin=f"{article_id}.txt", text=text, title=None, url=None,
        outlet=outlet, published=None, published_from=None, language="en",
        duplicate_of=duplicate_of,
    )


def place(
    name: str,
    lat: float | None,
    lon: float | None,
    *,
    precision: int = 1,
    country: str | None = "SY",
    admin1: str | None = "Deir ez-Zor",
    gazetteer_id: str | None = None,
) -> Place:
    return Place(name, country, admin1, lat, lon, precision, gazetteer_id)


# real-world coordinates, approximate
AL_HARRA = place("al-Harra", 34.42, 40.98)
ABU_KAMAL = place("Abu Kamal", 34.45, 40.92)  # ~6 km from al-Harra
MAYADIN = place("al-Mayadin", 35.02, 40.45)  # ~80 km from al-Harra
DEIR_EZ_ZOR_PROVINCE = place("Deir ez-Zor province", 35.336, 40.141, precision=3)
IDLIB = place("Idlib", 35.93, 36.63, admin1="Idlib")
MOSUL = place("Mosul", 36.34, 43.13, country="IQ", admin1="Nineveh")


def claim(claim_id: str, *, source: str = "SANA", source_kind: str = "state_media",
          kind: str = "casualties", article_id: str = "a1", mention_id: str = "m1",
          quote: str = "quote", **fields: Any) -> Claim:
    return Claim(
        claim_id=claim_id, article_id=article_id, mention_id=mention_id, kind=kind,  # type: ignore[arg-type]
        source=source, source_kind=source_kind, quote=quote,  # type: ignore[arg-type]
        span=Span(0, len(quote)), component="test@1", **fields,
    )


def mention(mention_id: str, *, article_id: str | None = None, role: str = "primary",
            event_type: str = "airstrike", date: dt.date | None = NIGHT,
            precision: str | None = "day", where: Place | None = AL_HARRA,
            perpetrators: tuple[str, ...] = (), claims: tuple[Claim, ...] = (),
            summary: str = "") -> Mention:
    return Mention(
        mention_id=mention_id, article_id=article_id or f"art-{mention_id}",
        role=role, event_type=event_type, trigger=Span(0, 1),  # type: ignore[arg-type]
        component="test@1", date=date,
        date_precision=precision if date is not None else None,  # type: ignore[arg-type]
        place=where, perpetrators=perpetrators, claims=claims, summary=summary,
    )
