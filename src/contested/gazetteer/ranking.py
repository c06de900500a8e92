"""How candidates for one name are weighed, and when the answer is "unresolved".

Each candidate gets a weight::

    prior   = sqrt(population-equivalent)      curated places count as 10,000 people, GeoNames
                                               villages without a figure as 500, an admin1 as
                                               its people up to 500,000 (ours and the US
                                               states: 500,000)
    x 0.25  when the name is only one of the place's alternate names (GeoNames lists dozens
            per city, in every language: "Zaitun" is Quanzhou's), and x 0.25 again when the
            place also lies outside the context's countries (or the context names none)
    x 3     when the name as written is the place's own name letter for letter (accents and
            case aside): "Samarra" is Sāmarrā' more than Samara, which shares its key
    x 4     when its country is in the context's countries (x0.5 when it is not)
    x 6     when its admin1 is one the article co-mentions
    x (1 + 8 exp(-d / 40 km))  for the nearest co-mentioned resolved place at distance d
                               (d = 0 for a country in the context's countries and an
                               admin1 among its admin1 units: they hold those places)

An admin1 and a town of its name inside it (Hama the province, Hama the city) are two
readings of one place, not rivals: the town takes 80% of the province's weight (the city is
the conventional reading of a bare name; "Hama province" is read by extraction), if it
has at least 10,000 people (a village that only shares the key is no provincial city).
Entries of one key within 5 km of each other (one place listed twice) pool their weight.
When no candidate is backed by the context (see :func:`_unseen_weight`), "a village we do
not list" joins the total with a village's weight in the context's country and admin1, so
a lone far-away or alternate-name candidate does not take all the weight: "Zeitoun" in an
article about Gaza stays unresolved instead of becoming Quanzhou.
``score`` is the candidate's share of the total weight, times 0.75 for fuzzy matches and
capped at 0.95. :data:`MIN_SCORE` (0.55) is the line below which ``lookup`` answers None:
two equally plausible places (al-Harra near Al Bukamal and al-Harra in Daraa, with no
context) share 0.5 each, so the name stays unresolved rather than guessed.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from contested.gazetteer.keys import name_key, spelling
from contested.gazetteer.model import LookupContext, Match

MIN_SCORE = 0.55
FUZZY_QUALITY = 0.75
_CURATED_POP = 10_000
_VILLAGE_POP = 500
_ADMIN1_POP = 500_000
_ADMIN1_BESIDE_TOWN = 0.2
_CAPITAL_MIN_POP = 10_000  # a smaller place that shares a province's key is not its city
SAME_PLACE_KM = 5.0
_IN_COUNTRY = 4.0
_IN_ADMIN1 = 6.0
_ALTERNATE = 0.25
_ALTERNATE_ABROAD = 0.25
_SPELT = 3.0
_ASCII_SEPARATORS = str.maketrans("", "", "".join(
    c for c in map(chr, range(128)) if not c.isalnum()))
_FEW = 8  # up to this many candidates, a pairwise check is cheaper than banding
_NO_CONTEXT = LookupContext()
_NO_KEYS: frozenset[str] = frozenset()


class Entry(NamedTuple):
    """A gazetteer row as ranking reads it: :class:`Match`'s fields but the score. A tuple,
    because one is built for every row read and only the returned ones become a Match."""

    name: str
    gazetteer_id: str
    admin1: str | None
    country: str | None
    lat: float
    lon: float
    feature: str
    population: int


class Candidate(NamedTuple):
    """A place offered for a key, before scoring."""

    match: Entry
    curated: bool
    quality: float = 1.0
    primary: bool = True  # matched through the place's own name, not one of its alternates


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def _prior(cand: Candidate) -> float:
    m = cand.match
    if m.feature == "ADM1":  # by its people, up to a province's worth (Lesotho's Berea
        return math.sqrt(min(m.population, _ADMIN1_POP) or _ADMIN1_POP)  # is no Ontario)
    if m.population > 0:
        pop = float(m.population)
    else:
        pop = float(_CURATED_POP if cand.curated else _VILLAGE_POP)
    return math.sqrt(pop)


def _name_factor(cand: Candidate, ctx: LookupContext) -> float:
    """Primary names are trusted; an alternate name less, and far less for a place outside
    the context's countries."""
    if cand.primary:
        return 1.0
    abroad = cand.match.country not in ctx.countries
    return _ALTERNATE * (_ALTERNATE_ABROAD if abroad else 1.0)


def _context_factor(m: Entry, ctx: LookupContext, admin1_keys: frozenset[str]) -> float:
    factor = 1.0
    in_country = bool(ctx.countries) and m.country in ctx.countries
    in_admin1 = bool(admin1_keys) and bool(m.admin1) and name_key(m.admin1 or "") in admin1_keys
    if ctx.countries:
        factor *= _IN_COUNTRY if in_country else 0.5
    if in_admin1:
        factor *= _IN_ADMIN1
    if ctx.points:
        # A country or province holds the co-mentioned places that lie in it: it is as near
        # to them as a town beside them, though its centre point is far away.
        holds = (m.feature == "PCLI" and in_country) or (m.feature == "ADM1" and in_admin1)
        d = 0.0 if holds else min(haversine_km(m.lat, m.lon, lat, lon)
                                  for lat, lon in ctx.points)
        factor *= 1.0 + 8.0 * math.exp(-d / 40.0)
    return factor


def _backed(cand: Candidate, ctx: LookupContext, admin1_keys: frozenset[str]) -> bool:
    """Whether the context supports the candidate: curated places matched as spelt always
    (they are in the supplement because reporting names them: al-Tanf is the base, whatever
    the article's province); else one in the co-mentioned admin1 units when there are some;
    else one in the context's countries, or one matched by its primary name."""
    m = cand.match
    if cand.curated and cand.quality == 1.0:
        return True
    if admin1_keys:
        return bool(m.admin1) and name_key(m.admin1 or "") in admin1_keys
    return cand.primary or m.country in ctx.countries


def _unseen_weight(cands: list[Candidate], ctx: LookupContext,
                   admin1_keys: frozenset[str]) -> float:
    """The weight of a village we do not know, in the context's admin1 units and countries,
    when no candidate is :func:`_backed`: "Hayyan" in an article about Aleppo is more likely
    an unlisted Aleppo village than the Hayyan of Homs, and "Zeitoun" (an alternate name of
    Quanzhou) more likely a place we do not list than a Chinese city."""
    if not admin1_keys and any(c.primary for c in cands):  # the common case, kept fast
        return 0.0
    if any(_backed(c, ctx, admin1_keys) for c in cands):
        return 0.0
    return math.sqrt(_VILLAGE_POP) * _IN_COUNTRY * (_IN_ADMIN1 if admin1_keys else 1.0)


def rank(cands: list[Candidate], ctx: LookupContext | None,
         limit: int | None = None, written: str = "") -> list[Match]:
    """Candidates scored and sorted best first (only the first ``limit`` are returned);
    ``written`` is the name as the text writes it."""
    cands = _dedupe(cands)
    if not cands:
        return []
    if len(cands) == 1 and _alone(cands, ctx):  # one place, nothing against it: all the weight
        return [_scored(c.match, min(0.95, c.quality)) for c in cands]
    ctx = ctx or _NO_CONTEXT
    admin1_keys = frozenset(name_key(a) for a in ctx.admin1) if ctx.admin1 else _NO_KEYS
    written = _spelling(written) if written else ""
    weights = [_prior(c) * _name_factor(c, ctx) * _spelt(c, written) for c in cands]
    if not ctx.empty:
        weights = [w * _context_factor(c.match, ctx, admin1_keys)
                   for c, w in zip(cands, weights, strict=True)]
    _towns_take_their_province(cands, weights)
    if len(cands) > _FEW or _any_close(cands):  # else no place is listed twice
        cands, weights = _merge_close(cands, weights)
    total = sum(weights) + _unseen_weight(cands, ctx, admin1_keys) or 1.0
    scores = [min(0.95, w / total * c.quality) for c, w in zip(cands, weights, strict=True)]

    def order(i: int) -> tuple[float, int, str]:
        return -round(scores[i], 4), -cands[i].match.population, cands[i].match.gazetteer_id

    if limit == 1:  # lookup: the best only
        best = min(range(len(cands)), key=order)
        return [_scored(cands[best].match, scores[best])]
    return [_scored(cands[i].match, scores[i]) for i in sorted(range(len(cands)), key=order)[:limit]]


def _towns_take_their_province(cands: list[Candidate], weights: list[float]) -> None:
    """Move most of each admin1's weight (in place) to the heaviest town of that name inside
    it, big enough to be its city (the village Hāwī, which only shares a key with Hawaii,
    is not) and matched by the town's own name, or by any of its names for one of our
    curated governorates, which are named after their capitals (Janīn is "Jenin" only as
    an alternate; Oklahoma City is not "Oklahoma")."""
    for i, cand in enumerate(cands):
        unit = cand.match
        if unit.feature != "ADM1":
            continue
        towns = [j for j, c in enumerate(cands) if (c.primary or cand.curated)
                 and c.match.feature != "ADM1"
                 and c.match.population >= _CAPITAL_MIN_POP
                 and (c.match.country, c.match.admin1) == (unit.country, unit.admin1)]
        if towns:
            moved = weights[i] * (1.0 - _ADMIN1_BESIDE_TOWN)
            weights[max(towns, key=lambda j: weights[j])] += moved
            weights[i] -= moved


def _spelt(cand: Candidate, written: str) -> float:
    name = cand.match.name  # spelling() only drops characters: a shorter name cannot match
    if not written or not cand.primary or len(name) < len(written):
        return 1.0
    if "(" in name:  # "al-Harra (Daraa)": a qualifier of ours, not part of the name
        name = name[:name.index("(")]
    return _SPELT if _spelling(name) == written else 1.0


def _spelling(name: str) -> str:
    """:func:`keys.spelling`, without its Unicode work for ASCII names (the common case)."""
    return name.lower().translate(_ASCII_SEPARATORS) if name.isascii() else spelling(name)


def _alone(cands: list[Candidate], ctx: LookupContext | None) -> bool:
    """A lone candidate takes all the weight (no weighing: the fast common case) when it was
    matched by its primary name and the context names no admin1 units; otherwise "a place we
    do not list" may compete with it (:func:`_unseen_weight`)."""
    return (ctx is None or not ctx.admin1) and all(c.primary for c in cands)


def _scored(m: Entry, score: float) -> Match:
    return Match(*m, round(score, 4))


def _merge_close(cands: list[Candidate],
                 weights: list[float]) -> tuple[list[Candidate], list[float]]:
    """Entries within :data:`SAME_PLACE_KM` of a heavier one are the same place listed twice
    (a curated village that GeoNames also has): their weight goes to the heavier entry.
    Candidates are bucketed by 0.1-degree latitude bands, so only neighbours are compared."""
    order = sorted(range(len(cands)), key=lambda i: -weights[i])
    bands: dict[int, list[int]] = {}
    kept: list[int] = []
    merged = list(weights)
    for i in order:
        m = cands[i].match
        band = math.floor(m.lat * 10)
        near = (k for b in (band - 1, band, band + 1) for k in bands.get(b, ()))
        home = min((k for k in near if _same_place(m, cands[k].match)),
                   key=lambda k: -weights[k], default=None)
        if home is None:
            kept.append(i)
            bands.setdefault(band, []).append(i)
        else:
            merged[home] += weights[i]
    return [cands[k] for k in kept], [merged[k] for k in kept]


def _any_close(cands: list[Candidate]) -> bool:
    """Whether two of a few candidates lie in the box :func:`_same_place` looks within."""
    pts = [(c.match.lat, c.match.lon) for c in cands]
    return any(abs(a[0] - b[0]) <= 0.05 and abs(a[1] - b[1]) <= 0.1
               for i, a in enumerate(pts) for b in pts[i + 1:])


def _same_place(a: Entry, b: Entry) -> bool:
    if a.feature == "ADM1" or b.feature == "ADM1" or abs(a.lat - b.lat) > 0.05:
        return False
    return abs(a.lon - b.lon) <= 0.1 and haversine_km(a.lat, a.lon, b.lat, b.lon) <= SAME_PLACE_KM


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    """One candidate per place, the best-quality one (a primary name before an alternate)."""
    best: dict[str, Candidate] = {}
    for c in cands:
        seen = best.get(c.match.gazetteer_id)
        if seen is None or (c.quality, c.primary) > (seen.quality, seen.primary):
            best[c.match.gazetteer_id] = c
    return list(best.values())
