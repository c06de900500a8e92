"""How far apart two extracted places are, as a score in [0, 1] (the place feature of
:mod:`contested.resolve.features`).

Different countries 0, unless two towns (or districts) lie within reach of each other across
the border; else by distance against the coarser place's radius ``r`` (10 km town, 25 km
district, 150 km province, 1000 km country): 1 within ``r``, falling to 0 at ``2r + 20`` km; a
province or country against a place inside it is capped at 0.75 / 0.5 (:func:`coarse_cap`), a
province against a town of the same admin1 0.75 whatever the distance to its centroid;
two provinces with different admin1 0.1. :func:`contains`: a town inside the other's province.
"""

from __future__ import annotations

from contested.resolve.actors import normalise
from contested.resolve.geo import place_distance_km, place_radius_km
from contested.types import Place

TOWN_RADIUS_KM = 25.0
PROVINCE_RADIUS_KM = 150.0
OTHER_PROVINCE = 0.1  # a province-level place against a place in another province


def both_coarse(a: Place | None, b: Place | None) -> bool:
    """Both reports placed, neither finer than a province (or a country)."""
    return a is not None and b is not None and min(
        place_radius_km(a), place_radius_km(b)) > TOWN_RADIUS_KM


def coarse_cap(a: Place, b: Place) -> float:
    coarse, fine = (a, b) if place_radius_km(a) >= place_radius_km(b) else (b, a)
    radius = place_radius_km(coarse)
    if radius <= TOWN_RADIUS_KM:
        return 1.0
    if radius > PROVINCE_RADIUS_KM:
        return 0.5
    if coarse.admin1 and fine.admin1 and normalise(coarse.admin1) != normalise(fine.admin1):
        return OTHER_PROVINCE
    return 0.75


def without_coordinates(a: Place, b: Place) -> float:
    if normalise(a.name) == normalise(b.name):
        return 0.9
    if a.admin1 and b.admin1 and normalise(a.admin1) == normalise(b.admin1):
        return 0.6
    return 0.4 if a.country and a.country == b.country else 0.2


def place_score(a: Place | None, b: Place | None) -> float | None:
    if a is None or b is None:
        return None
    if a.country and b.country and a.country != b.country:
        return across_border(a, b)
    return coarse_cap(a, b) if _holds(a, b) else _near_score(a, b)


def _near_score(a: Place, b: Place) -> float:
    """By distance against the coarser place's radius, capped (:func:`coarse_cap`)."""
    km = place_distance_km(a, b)
    if km is None:
        return without_coordinates(a, b)
    return min(_near(km, max(place_radius_km(a), place_radius_km(b))), coarse_cap(a, b))


def _holds(a: Place, b: Place) -> bool:
    """One place is a province and the other a town or district of that province (the same
    admin1): compatible however far the town lies from the province's centre (a province's
    radius is a mean: Balochistan or Sagaing reach 400 km and more from their centroids)."""
    if not a.admin1 or not b.admin1 or normalise(a.admin1) != normalise(b.admin1):
        return False
    radii = sorted((place_radius_km(a), place_radius_km(b)))
    return radii[0] <= TOWN_RADIUS_KM < radii[1] <= PROVINCE_RADIUS_KM


def _near(km: float, radius: float) -> float:
    """1 within ``radius`` km, falling to 0 at ``2 * radius + 20`` km."""
    return 1.0 if km <= radius else max(0.0, 1.0 - (km - radius) / (radius + 20.0))


def across_border(a: Place, b: Place) -> float:
    """Two towns (or districts) in two countries: 0, unless they lie within reach of each
    other by the same distance rule as within one country (about ``2r + 20`` km): a clash on
    a border is reported from each side, each naming its own village or district town
    ("Isfara" in Tajikistan, "Batken" in Kyrgyzstan, ~20 km apart). Never a province or a
    country against anything: those say only which side of the border."""
    radius = max(place_radius_km(a), place_radius_km(b))
    km = place_distance_km(a, b) if radius <= TOWN_RADIUS_KM else None
    return 0.0 if km is None else _near(km, radius)


def provinces_apart(a: Place | None, b: Place | None) -> bool:
    """Two places in different countries, or a province-level place and a place in another
    named province."""
    if a is None or b is None:
        return False
    if a.country != b.country:
        return across_border(a, b) == 0.0
    if not a.admin1 or not b.admin1 or normalise(a.admin1) == normalise(b.admin1):
        return False
    return max(place_radius_km(a), place_radius_km(b)) > TOWN_RADIUS_KM and (
        coarse_cap(a, b) == OTHER_PROVINCE)


def both_provinces(a: Place | None, b: Place | None) -> bool:
    """Two places of one country, neither finer than a province: neither report names a town
    (an extractor that fell back on a province or state named in passing), so the provinces
    tell less than the rare names both texts share."""
    return (a is not None and b is not None and a.country == b.country
            and min(place_radius_km(a), place_radius_km(b)) > TOWN_RADIUS_KM)


def contains(a: Place | None, b: Place | None) -> bool:
    """One place is a province (or a place as coarse) and the other a town or district inside
    it: the same admin1, and near enough that the place feature reaches its cap (within
    about the province's radius, :func:`place_score`). Compatible, only less telling: the
    place feature is capped (:func:`place_score`), but the gate, which sinks disagreements,
    does not discount it (a report that says "Artibonite" and one that says "Saint-Marc" do
    not disagree). Not two provinces: two reports of one province on one day may be two
    attacks (:func:`date_score`)."""
    if a is None or b is None or not a.admin1 or not b.admin1:
        return False
    radii = sorted((place_radius_km(a), place_radius_km(b)))
    return (radii[0] <= TOWN_RADIUS_KM < radii[1] <= PROVINCE_RADIUS_KM
            and normalise(a.admin1) == normalise(b.admin1)
            and _near_score(a, b) == coarse_cap(a, b))  # the costliest test last
