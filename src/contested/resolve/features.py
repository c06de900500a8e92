"""Pairwise evidence that two mentions report the same incident, each feature in [0, 1].

A feature is ``None`` when one side does not say (no date, no place, no figure...).

type      same type 1; airstrike ~ drone strike ~ missile strike 0.85; shelling ~ rocket attack
          0.75; air vs artillery 0.45; ``other`` (untyped: a statement, a communique the
          extractor could not type) 0.85 against anything; unrelated 0.15.
date      the gap between the days each date stands for (a day; a week either side; the calendar
          month or year): 0 days 1, 1 day 0.8, 2 days 0.35, 3 days 0.2, more 0 ("the same village
          on another night is another incident"), times 0.7 / 0.5 / 0.3 when the coarser date is
          a week / month / year; when neither report places the incident finer than a
          province, a day apart scores as two, three as three (many attacks a day in one
          province: only the day ties two reports without a village); two reports *bridged*
          by rare names (:func:`bridged`) score at least 0.8 up to a year apart (a misread
          day, a trial weeks later); a placed report dated to its own publication day (a
          dateline's day) may mean the day before, when the texts tell the same story.
place     different countries 0; else by distance against the coarser place's radius ``r``
          (10 km town, 25 km district, 150 km province, 1000 km country): 1 within ``r``, falling
          to 0 at ``2r + 20`` km; a province or country against a place inside it is capped at
          0.75 / 0.5 (compatible but less telling: the gate below does not discount a town inside
          the other's province, :func:`contains`); a province against a town of that admin1
          0.75 however far from its centroid; two provinces with different admin1 0.1;
          a report unplaced or placed no finer than a province whose article names the
          other's town, in any transliteration (:func:`named_town`), 1 (no veto); two towns
          or districts in two countries by their distance (a border clash told from each side).
perps     1 when the alleged perpetrators overlap, 0.5 when both name different ones (each side
          blames the other; a state's label and a group's own name for one group).
killed    1 when the stated tolls meet, else 0.7 / 0.4 / 0.15 for ratios up to 2 / 4 / more.
text      cosine similarity of the summaries' vectors, read through the embedder's calibration:
          ``floor`` -> 0, ``saturation`` -> 1, clipped to [0, 1].

An undated mention takes the days before its article's publication (:func:`inferred_interval`:
the publication day and the ``INFERRED_DAYS`` before it) as a date of week-like precision: news
reports what happened in the last days. A background mention never borrows a date (it recalls
an earlier incident). A report with no date at all (nor a publication day) whose text tells
the same story, at the same town, with the same toll and the same perpetrator
(:func:`_corroborated`), scores as an undated report would, not as an unknown date.

Texts that tell the same story (:func:`strong_text`) overrule a disagreeing type and a low
place score, but not two towns (or districts) ``FAR_TOWNS_KM`` apart unless they share
``NAME_LINK`` of rare names; where one side has no place, the rare names they share stand
for it.

:func:`pair_score` combines them: a weighted mean (an unknown date counts as 0.35, an unknown
place as 0.6, unknown others are left out) times ``sqrt(type * date * place)``, so a hard
disagreement on type, date or place sinks the pair whatever the text says. Two reports told
alike, one of them imprecise (no town, no day), that nothing sets apart score at least
``TOLD_ALIKE`` (:func:`told_alike`): imprecision alone does not keep them apart.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from contested.resolve.actors import actor_key, is_unknown_actor
from contested.resolve.figures import Figure, total_positions
from contested.resolve.geo import (
    date_interval,
    interval_gap_days,
    place_distance_km,
    place_radius_km,
)
from contested.resolve.names import (
    article_keys,
    names_of,
    shared_entities_weight,
    shared_weight,
    spelling_key,
    spelling_keys,
)
from contested.resolve.place_scores import (
    TOWN_RADIUS_KM,
    both_coarse,
    both_provinces,
    contains,
    place_score,
    provinces_apart,
)
from contested.types import Mention, Place

_AIR = frozenset({"airstrike", "drone_strike", "missile_strike"})
_GROUND_FIRE = frozenset({"shelling", "rocket_attack"})
_PAIRS: dict[frozenset[str], float] = {
    frozenset({"shelling", "rocket_attack"}): 0.75,
    frozenset({"missile_strike", "rocket_attack"}): 0.75,
    frozenset({"drone_attack", "drone_strike"}): 0.7,
    frozenset({"drone_attack", "rocket_attack"}): 0.6,
    frozenset({"drone_attack", "airstrike"}): 0.5,
    frozenset({"armed_clash", "ground_raid"}): 0.7,
}
_DAY_GAP_SCORE = (1.0, 0.8, 0.35, 0.2)
MAX_GAP_DAYS = len(_DAY_GAP_SCORE) - 1
_PRECISION_FACTOR = {"day": 1.0, "week": 0.7, "month": 0.5, "year": 0.3}
_WEIGHTS = {"type": 0.20, "date": 0.25, "place": 0.25, "text": 0.15, "perps": 0.08, "killed": 0.07,
            "names": 0.20}
_UNKNOWN = {"date": 0.35, "place": 0.6}
INFERRED_DAYS = 2  # an undated report: the publication day or the two days before
_INFERRED_FACTOR = 0.7  # as telling as a date to the week
# (floor, saturation, strong) of the embedder's cosines: see :mod:`contested.resolve.embedding`
Calibration = tuple[float, float, float]
HASHING_CALIBRATION: Calibration = (0.0, 0.4, 0.55)
OTHER_TYPE = 0.85  # an untyped report (``other``: the extractor could not tell) against a typed one
_RESCUED_TYPE = 0.6  # the type score two strongly similar texts keep at least
NAME_LINK = 1.4  # summed rarity of shared names that counts fully (two rare names)
NAME_BRIDGE = 3.0  # shared names that reach across date gaps (a full name and a street or more)
# ... beyond NEAR_GAP_DAYS, and three rare entities (each person, street, place once; a shared
# entity weighs at most ~0.9): on GVA two entities shared weeks apart are mostly page furniture
# (a byline and a photographer, a coroner and his county: 25 same incident, 61 not; three or
# more: 223 and 63)
ENTITY_BRIDGE = 2.0
NEAR_GAP_DAYS = 7  # within a week of each other, names worth NAME_LINK bridge (a follow-up)
BRIDGE_TEXT = 0.25  # ... with texts at least this far above the embedder's floor
LONG_GAP_DAYS = 365
NAMED_TEXT = 0.2  # texts sharing rare names tell the same story this far above the floor
BRIDGED_DATE = 0.8  # the date score of two bridged reports at least a day apart (at most)
NAMED_TOWN = 1.0  # the place score of a vague report that names the other's town


@dataclass(frozen=True, slots=True, eq=False)
class Profile:
    """What the features need from a mention, computed once."""

    mention: Mention
    interval: tuple[dt.date, dt.date] | None
    perps: frozenset[str]
    killed: Figure | None
    vector: np.ndarray | None  # unit length; None: no text
    calibration: Calibration = HASHING_CALIBRATION
    inferred: bool = False  # the interval comes from the publication date
    names: Mapping[str, float] = field(default_factory=dict)  # rare names -> their rarity
    eve: bool = False  # placed, dated to its own publication day: the night before may be meant
    town: str | None = None  # the spelling key of its town (placed to a town or district)
    named: frozenset[str] = frozenset()  # unplaced or vague: the spelling keys of its names
    # a small corpus: the names few articles name (:meth:`~contested.resolve.names.NameStats.few`)
    few: Mapping[str, float] = field(default_factory=dict)


def inferred_interval(published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The days an undated report published on ``published`` may speak of."""
    if published is None:
        return None
    return published - dt.timedelta(days=INFERRED_DAYS), published


def mention_interval(
    mention: Mention, published: dt.date | None
) -> tuple[tuple[dt.date, dt.date] | None, bool]:
    """The days ``mention`` stands for (:func:`~contested.resolve.geo.date_interval`; an
    undated primary one, those before ``published``, :func:`inferred_interval`) and whether
    they were inferred so."""
    interval = date_interval(mention)
    if interval is None and mention.role == "primary":
        interval = inferred_interval(published)
        return interval, interval is not None
    return interval, False


def on_its_eve(mention: Mention, interval: tuple[dt.date, dt.date] | None,
                published: dt.date | None) -> bool:
    """A placed primary report dated to the day of its own publication: it may tell of the
    night before (a dateline's day read for "late on Sunday", a wire filed after midnight).
    Not an unplaced one: with neither place nor day to tie it, it would reach too far."""
    return (mention.role == "primary" and published is not None
            and interval == (published, published) and mention.place is not None)


def make_profile(
    mention: Mention,
    vector: np.ndarray | None,
    published: dt.date | None = None,
    calibration: Calibration = HASHING_CALIBRATION,
    names: Mapping[str, float] | None = None,
    few: Mapping[str, float] | None = None,
) -> Profile:
    """The profile of ``mention``; ``published`` dates an undated primary mention; ``names``
    are the rare names of its article (:meth:`~contested.resolve.names.NameStats.rare`),
    ``few`` those of a small corpus (:meth:`~contested.resolve.names.NameStats.few`)."""
    perps = frozenset(actor_key(p) for p in mention.perpetrators if not is_unknown_actor(p))
    positions = total_positions(mention.claims, "killed")
    killed = max((p.figure for p in positions), key=lambda f: f.point, default=None)
    interval, inferred = mention_interval(mention, published)
    eve = not inferred and on_its_eve(mention, interval, published)
    if vector is not None and not np.any(vector):
        vector = None
    vague = is_vague(mention.place)
    town = None if vague or mention.place is None else spelling_key(mention.place.name)
    named = spelling_keys(names_of(mention)) if vague else frozenset()
    return Profile(mention, interval, perps, killed, vector, calibration, inferred, names or {},
                   eve, town, named, few or {})


def is_vague(place: Place | None) -> bool:
    """No place, or none finer than a province (a country, a region)."""
    return place is None or place_radius_km(place) > TOWN_RADIUS_KM


def names_town(vague: Profile, town: Profile) -> bool:
    """``vague`` (unplaced, or placed no finer than a province) names, in its own spelling,
    the town ``town`` is placed at: an extractor that fell back on a country named in
    passing ("called on Russia", "northern Iraq") or found no place at all missed that town
    ("a car on the Qamishlo-Amuda road" against "Al-Qamishli"). Another article's report
    only: an article names the town its own other mention was placed at anyway (two events
    the extractor told apart in one article stay two)."""
    return (town.town is not None and town.town in vague.named
            and town.mention.article_id != vague.mention.article_id)


def named_town(a: Profile, b: Profile) -> bool:
    """One of the two names the town the other is placed at (:func:`names_town`)."""
    return names_town(a, b) or names_town(b, a)


def placed_by(profile: Profile, members: Sequence[Profile]) -> Profile:
    """``profile`` placed at the town of the first of ``members`` it names
    (:func:`names_town`), when it has no town of its own; else ``profile`` itself."""
    if not profile.named:
        return profile
    for member in members:
        if member.mention.role == "primary" and names_town(profile, member):
            mention = dataclasses.replace(profile.mention, place=member.mention.place)
            return dataclasses.replace(profile, mention=mention, town=member.town)
    return profile


def placed_among(members: Sequence[Profile]) -> list[Profile]:
    """``members``, each vague one placed by the others (:func:`placed_by`)."""
    return [placed_by(m, members) for m in members]


def type_score(a: str, b: str) -> float:
    if a == b:
        return 1.0
    if "other" in (a, b):
        return OTHER_TYPE
    if a in _AIR and b in _AIR:
        return 0.85
    pair = frozenset({a, b})
    if pair in _PAIRS:
        return _PAIRS[pair]
    if (a in _AIR and b in _GROUND_FIRE) or (b in _AIR and a in _GROUND_FIRE):
        return 0.45
    if "explosion" in pair:
        return 0.3 if pair & {"armed_clash", "ground_raid"} else 0.6
    return 0.15


def date_score(a: Profile, b: Profile, eve: bool = False) -> float | None:
    """The date feature; ``eve``: a report dated to its own publication day
    (:attr:`Profile.eve`) may mean the day before (asked only of texts that tell the same
    story)."""
    if a.interval is None or b.interval is None:
        return None
    gap = interval_gap_days(_eve(a, eve), _eve(b, eve))
    if gap > MAX_GAP_DAYS:
        return BRIDGED_DATE if gap <= LONG_GAP_DAYS and bridged(a, b) else 0.0
    if gap and both_coarse(a.mention.place, b.mention.place):
        # no village to tie them: a day apart in one province is likely another attack (a
        # weaker score, no new veto: an incident stored before is not split for it)
        gap = min(gap + 1, MAX_GAP_DAYS)
    score = _DAY_GAP_SCORE[gap] * min(_date_factor(a), _date_factor(b))
    return max(score, BRIDGED_DATE) if score < BRIDGED_DATE and bridged(a, b) else score


def _eve(profile: Profile, eve: bool) -> tuple[dt.date, dt.date]:
    assert profile.interval is not None
    first, last = profile.interval
    return (first - dt.timedelta(days=1), last) if eve and profile.eve else profile.interval


def _date_factor(profile: Profile) -> float:
    if profile.inferred:
        return _INFERRED_FACTOR
    return _PRECISION_FACTOR.get(profile.mention.date_precision or "day", 0.3)


def perps_score(a: Profile, b: Profile) -> float | None:
    if not a.perps or not b.perps:
        return None
    return 1.0 if a.perps & b.perps else 0.5


def killed_score(a: Profile, b: Profile) -> float | None:
    if a.killed is None or b.killed is None:
        return None
    if a.killed.overlaps(b.killed):
        return 1.0
    lo, hi = sorted((a.killed.point, b.killed.point))
    ratio = (hi + 1) / (lo + 1)
    return 0.7 if ratio <= 2 else 0.4 if ratio <= 4 else 0.15


def _cosine(a: Profile, b: Profile) -> float | None:
    if a.vector is None or b.vector is None:
        return None
    return float(a.vector @ b.vector)


def text_score(a: Profile, b: Profile) -> float | None:
    similarity = _cosine(a, b)
    if similarity is None:
        return None
    floor, saturation, _ = a.calibration
    return min(1.0, max(0.0, (similarity - floor) / (saturation - floor)))


CROSS_COUNTRY_MARGIN = 0.15  # more text likeness needed to overrule places in two provinces
FAR_TOWNS_KM = 200.0  # two towns this far apart: alike texts alone do not join them


def strong_text(a: Profile, b: Profile) -> bool:
    """The two texts tell the same story: cosine at the embedder's ``strong`` mark or above
    (``CROSS_COUNTRY_MARGIN`` above it when the places are in two countries, or one is a
    province and the other lies in another province: attacks in neighbouring provinces on the
    same day read alike), or rare names in common (``NAME_LINK``; one province, or two of one
    country when neither report is placed finer than a province) and a cosine ``NAMED_TEXT``
    above the floor; never when both name rare names and share none, nor for
    two towns ``FAR_TOWNS_KM`` apart without ``NAME_LINK`` of rare names in common.

    Extracted types and places are noisy (a dateline city, a mis-typed raid, no place at all);
    texts this close name the same place and event, so they overrule their disagreement
    (never the date's).
    """
    similarity = _cosine(a, b)
    floor, _, strong = a.calibration
    if similarity is None or similarity < min(strong, floor + NAMED_TEXT):
        return False  # most pairs: no need to look further
    shared = shared_weight(a.names, b.names)
    if shared == 0.0:
        return False
    if (shared is None or shared < NAME_LINK) and _towns_far_apart(a, b):
        return False
    named = shared is not None and shared >= NAME_LINK
    apart = provinces_apart(a.mention.place, b.mention.place) and not named_town(a, b) and not (
        named and both_provinces(a.mention.place, b.mention.place))
    if named and not apart:
        return similarity >= floor + NAMED_TEXT
    return similarity >= strong + (CROSS_COUNTRY_MARGIN if apart else 0.0)


def _towns_far_apart(a: Profile, b: Profile) -> bool:
    """Two reports of a ground attack (neither an air or missile strike: one wave of those
    hits sites hundreds of km apart) placed at two towns or districts ``FAR_TOWNS_KM`` or
    more apart: like texts about a bombing in two far towns are two bombings."""
    if a.mention.event_type in _AIR or b.mention.event_type in _AIR:
        return False
    here, there = a.mention.place, b.mention.place
    if here is None or there is None or max(
            place_radius_km(here), place_radius_km(there)) > TOWN_RADIUS_KM:
        return False
    km = place_distance_km(here, there)
    return km is not None and km >= FAR_TOWNS_KM


def names_score(a: Profile, b: Profile) -> float | None:
    """The rare names both share, ``NAME_LINK`` of rarity or more: 1; none shared: 0. On a
    small corpus (:attr:`Profile.few`) 1 for ``NAME_LINK`` of names few articles share, else
    unknown: evidence for a pair, never against it."""
    shared = shared_weight(a.names, b.names)
    if shared is None and (shared_weight(a.few, b.few) or 0.0) >= NAME_LINK:
        return 1.0
    return None if shared is None else min(1.0, shared / NAME_LINK)


def names_disagree(a: Profile, b: Profile) -> bool:
    """Both name rare names, and not one in common."""
    return shared_weight(a.names, b.names) == 0.0


def bridged(a: Profile, b: Profile) -> bool:
    """The same people or streets, named in two texts that tell a like story: one incident
    however many days apart (a trial, a funeral), unless the places disagree. Shared names
    worth ``NAME_BRIDGE`` that are three rare entities (``ENTITY_BRIDGE``: a full name and
    its words count once, :func:`~contested.resolve.names.shared_entities_weight`; the
    victim, the accused and the street) bridge any gap: one or two people named in both (a
    sheriff, a coroner, a reporter and a photographer: named in every shooting of the county
    or the outlet) do not; within ``NEAR_GAP_DAYS``, ``NAME_LINK`` (two rare names) does: a
    follow-up days later names the victim and the street again."""
    shared = shared_weight(a.names, b.names)
    if shared is None or shared < NAME_LINK:
        return False
    if not _within(a, b, NEAR_GAP_DAYS) and (
            shared < NAME_BRIDGE or _entities(a, b) < ENTITY_BRIDGE):
        return False
    similarity = _cosine(a, b)
    return (similarity is None or similarity >= a.calibration[0] + BRIDGE_TEXT) and (
        place_score(a.mention.place, b.mention.place) != 0.0)


def _entities(a: Profile, b: Profile) -> float:
    return shared_entities_weight(a.names, b.names) or 0.0


def _within(a: Profile, b: Profile, days: int) -> bool:
    """Both dated (or dated by publication), at most ``days`` apart."""
    if a.interval is None or b.interval is None:
        return False
    return interval_gap_days(a.interval, b.interval) <= days


def features(a: Profile, b: Profile) -> dict[str, float | None]:
    kind = type_score(a.mention.event_type, b.mention.event_type)
    place = place_score(a.mention.place, b.mention.place)
    if named_town(a, b):
        place = NAMED_TOWN
    elif place == 0.0 and misplaced(a, b):
        place = None
    text = text_score(a, b)
    strong = strong_text(a, b)
    if strong:
        kind = max(kind, _RESCUED_TYPE)
        if place is None:
            place = max(text or 0.0, _named_place(a, b))
        elif place < _UNKNOWN["place"]:
            place = text
    date = date_score(a, b, eve=strong)
    if date is None and strong and _corroborated(a, b):
        date = _INFERRED_FACTOR
    return {
        "type": kind,
        "date": date,
        "place": place,
        "text": text,
        "perps": perps_score(a, b),
        "killed": killed_score(a, b),
        "names": names_score(a, b),
    }


def _corroborated(a: Profile, b: Profile) -> bool:
    """Everything but the date agrees: the same town or finer, the same toll and the same
    perpetrator (both stated). A report with no date at all (nor a publication day) is then
    taken as dated like an undated report (:data:`_INFERRED_FACTOR`) instead of unknown: the
    same camp struck again on another day rarely has the same toll and the same attacker."""
    here, there = a.mention.place, b.mention.place
    if here is None or there is None or max(
            place_radius_km(here), place_radius_km(there)) > TOWN_RADIUS_KM:
        return False
    return ((place_score(here, there) or 0.0) >= 1.0 and killed_score(a, b) == 1.0
            and perps_score(a, b) == 1.0)


def _named_place(a: Profile, b: Profile) -> float:
    """Where one side is unplaced, the rare names both texts share (a street, a victim, a
    small place) stand for the place: ``NAME_LINK`` of them count as the same place."""
    shared = shared_weight(a.names, b.names)
    return 0.0 if shared is None else min(1.0, shared / NAME_LINK)


def combine(values: dict[str, float | None], contained: bool = False) -> float:
    """Weighted mean of the known features, times the type, date and place gate; a place
    ``contained`` in the other's province passes the gate whole (:func:`contains`)."""
    filled = {k: (v if v is not None else _UNKNOWN.get(k)) for k, v in values.items()}
    known = {k: v for k, v in filled.items() if v is not None}
    total = sum(_WEIGHTS[k] for k in known)
    mean = sum(_WEIGHTS[k] * v for k, v in known.items()) / total if total else 0.0
    place = max(known["place"], 1.0 if contained else 0.0)
    gate = math.sqrt(known["type"] * known["date"] * place)
    return max(0.0, min(1.0, mean * gate))


TOLD_ALIKE = 0.7  # the score of two reports told alike that nothing sets apart (at least)
# ... with the text feature this high (on GVA, pairs it joined at a floor of 0.65: 14 of 16 one
# incident at 0.9 or more, 21 of 52 below; at 0.7, 44 of 48)
TOLD_TEXT = 0.9
_COMPATIBLE_DATE = 0.7  # a date score this high: the same days at a week's precision or finer
_COMPATIBLE = 0.5  # a place score this high: compatible at its precision


def pair_score(a: Profile, b: Profile) -> float:
    """How likely ``a`` and ``b`` report one incident, in [0, 1]; at least ``TOLD_ALIKE``
    for two reports told alike that nothing sets apart (:func:`told_alike`)."""
    values = features(a, b)
    score = combine(values, contains(a.mention.place, b.mention.place))
    if score < TOLD_ALIKE and told_alike(a, b, values):
        return TOLD_ALIKE
    return score


def told_alike(a: Profile, b: Profile, values: Mapping[str, float | None]) -> bool:
    """One of the two is imprecise (:func:`_imprecise`), the texts tell the same story
    (:func:`strong_text`, a text feature of ``TOLD_TEXT`` or more) and no other evidence sets
    the two apart: dates compatible to the week (an undated report by its publication days, a
    week, a day apart; not a month; a report with no date at all, nor a publication day, may
    tell of the same town on another night: :func:`_corroborated` alone dates it); places
    unknown or compatible; types alike (an air strike read as an explosion, one untyped);
    tolls within a factor of two; the same perpetrators if both name any. Extracted places
    and dates are coarse and often wrong on unseen theatres (a capital read for an unknown
    village, a follow-up without a date): their imprecision alone then does not keep alike
    reports apart, while a disagreement (another night, another town, another toll) still
    does."""
    if not (_imprecise(a) or _imprecise(b)) or (values["text"] or 0.0) < TOLD_TEXT:
        return False
    date = values["date"]
    if date is None or date < _COMPATIBLE_DATE:
        return False
    if type_score(a.mention.event_type, b.mention.event_type) < _RESCUED_TYPE:
        return False
    killed, perps = values["killed"], values["perps"]
    if (killed is not None and killed < 0.7) or (perps is not None and perps < 1.0):
        return False
    place = NAMED_TOWN if named_town(a, b) else place_score(a.mention.place, b.mention.place)
    return (place is None or place >= _COMPATIBLE) and strong_text(a, b)


def _imprecise(profile: Profile) -> bool:
    """No place finer than a province, or a date coarser than a day (or inferred)."""
    return is_vague(profile.mention.place) or profile.inferred or (
        profile.mention.date_precision or "day") != "day"


def place_vetoed(a: Profile, b: Profile) -> bool:
    """Another country or too far away, unless one names the other's town
    (:func:`named_town`) or the texts tell the same story (:func:`strong_text`)."""
    return (place_score(a.mention.place, b.mention.place) == 0.0 and not named_town(a, b)
            and not strong_text(a, b) and not misplaced(a, b))


def misplaced(a: Profile, b: Profile) -> bool:
    """Two towns too far apart, and one article names, in its own spelling, the town the other
    report is placed at: its own place is likely a namesake elsewhere or a misread one
    ("Park Hill" read in Oklahoma in a Denver story), so the places tell nothing (unknown, no
    veto) and the other evidence decides."""
    return _names_placed_town(a, b) or _names_placed_town(b, a)


def _names_placed_town(a: Profile, b: Profile) -> bool:
    if b.town is None or a.town is None or a.mention.article_id == b.mention.article_id:
        return False
    return b.town in article_keys(names_of(a.mention))


def vetoed(a: Profile, b: Profile) -> bool:
    """A hard disagreement: days apart beyond the window (:func:`date_score`), or places
    (:func:`place_vetoed`)."""
    return date_score(a, b) == 0.0 or place_vetoed(a, b)
