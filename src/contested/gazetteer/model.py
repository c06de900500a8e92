"""The gazetteer's value types: what a lookup returns and the context it may use."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Match:
    """One gazetteer entry offered for a name, with how sure the lookup is (``score`` 0..1).

    ``gazetteer_id`` is ``geonames:<id>``, ``custom:<slug>``, ``country:SY`` or
    ``admin1:SY-DY``; ``feature`` a GeoNames code (``PPL``, ``ADM1``, ``PCLI``) or one of ours
    (``base``, ``airbase``, ``oilfield``, ``gasfield``, ``camp``, ``crossing``, ``area`` ...).
    """

    name: str
    gazetteer_id: str
    admin1: str | None
    country: str | None
    lat: float
    lon: float
    feature: str
    population: int
    score: float


@dataclass(frozen=True)
class LookupContext:
    """What the article around a name says about where it is.

    ``countries``: ISO2 codes in focus; ``admin1``: admin1 names co-mentioned (any spelling);
    ``points``: (lat, lon) of places already resolved in the same article.
    """

    countries: tuple[str, ...] = ()
    admin1: tuple[str, ...] = ()
    points: tuple[tuple[float, float], ...] = field(default=())

    @property
    def empty(self) -> bool:
        return not (self.countries or self.admin1 or self.points)
