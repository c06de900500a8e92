"""Location precision codes from what the text says about a place.

ACLED ``geo_precision``: 1 the named town or village itself; 2 "near"/"outskirts of"/
"countryside of"/"southeast of" a town, or a small area (district, field, crossing region);
3 a province/governorate, a large region, or a country.

UCDP GED ``where_prec``: 1 exact place; 2 within about 25 km of it ("near", "outskirts");
3 a second-order unit (district); 4 a first-order unit (province); 5 a part of a country
larger than a province ("northern Syria"); 6 the country; 7 international waters or airspace.
"""

from __future__ import annotations

import re

_NEAR = re.compile(
    r"\b(near|nearby|outskirts|outside|countryside|vicinity|around|close to|surroundings|"
    r"environs|rural|(?:north|south|east|west|northeast|northwest|southeast|southwest)"
    r"(?:ern)?\s+(?:of|outskirts)|km\s+(?:from|of|north|south|east|west)|kilometres?|"
    r"kilometers?|miles?\s+(?:from|north|south|east|west)|desert|badia|area|areas|"
    r"region\s+of|edge of)\b", re.IGNORECASE)
_PROVINCE = re.compile(r"\b(province|governorate|governate|wilayat|muhafazah)\b", re.IGNORECASE)
_DISTRICT = re.compile(r"\b(district|sub-?district|nahiya|mantiqa|qada|county)\b", re.IGNORECASE)
_SEA = re.compile(r"\b(sea|waters|airspace|gulf|strait|coast off)\b", re.IGNORECASE)
_PART_OF = re.compile(r"\b(northern|southern|eastern|western|central|north-?eastern|"
                      r"north-?western|south-?eastern|south-?western)\s*$", re.IGNORECASE)
_AREA_FEATURES = frozenset({"area", "oilfield", "gasfield", "corridor", "strait", "ADM2"})
_COUNTRY_FEATURES = frozenset({"PCLI", "PCL", "PCLD", "PCLF", "PCLS", "TERR"})


def precision_from_text(phrase_before: str, feature: str, phrase_after: str = "") -> int:
    """ACLED geo_precision (1-3) from the words before (and after) a place name."""
    around = f"{phrase_before} {phrase_after}"
    if feature in _COUNTRY_FEATURES or feature == "ADM1" or _PROVINCE.search(phrase_after):
        return 3
    if _NEAR.search(phrase_before) or _DISTRICT.search(phrase_after) or _PROVINCE.search(around):
        return 2
    return 2 if feature in _AREA_FEATURES else 1


def ucdp_precision_from_text(phrase_before: str, feature: str, phrase_after: str = "") -> int:
    """UCDP GED where_prec (1-7) from the words before (and after) a place name."""
    if _SEA.search(phrase_after) or feature in {"SEA", "GULF", "strait"}:
        return 7
    if feature in _COUNTRY_FEATURES:
        return 5 if _PART_OF.search(phrase_before) else 6
    if feature == "ADM1" or _PROVINCE.search(phrase_after):
        return 5 if _PART_OF.search(phrase_before) else 4
    if _DISTRICT.search(phrase_after) or feature == "ADM2":
        return 3
    if _NEAR.search(phrase_before) or feature in _AREA_FEATURES:
        return 2
    return 1
