"""Candidate incidents for a mention: blocking by place and date window.

An incident is indexed under the place blocks of its members:

* a precise place (town or district, with coordinates): its grid cell (``GRID_DEG`` degrees,
  whatever the country: two towns across a border may score, :mod:`features`) and
  ``("a1p", country, admin1)``;
* a province: ``("a1", country, admin1)``;
* a country or no place: ``("cc", country)``.

A mention looks up the blocks it could match: a precise place, the nine cells around its own
(a cell is wider than the farthest distance that still scores) and its province's
province-level incidents; a province, everything in that province; a country or no place, the
other country-level or unplaced incidents of that country. Incidents across those lines
(a placed report and an unplaced one; a misread place) are found through the text
(:class:`TextIndex`), which the clusterer asks when the blocks gave no match: without a place,
only the text can tell two reports of one incident from two incidents of one night; then
through the towns a vague report's article names (:class:`TownIndex`), and last, for a report
placed at a town, through the other towns its article names (its own place may be the
dateline's city or a namesake: :meth:`TownIndex.elsewhere`). Buckets are pruned of
incidents whose last day is ``ORDER_SPAN_DAYS`` behind the mention's window (mentions come in
date order, a short span by its last day; undated mentions, which come last, only meet the
incidents still open). In a dense block (a busy province, a million reports)
only the ``MAX_SCORED`` incidents closest in text (:func:`closest_in_text`) are scored, so
the cost per mention stays flat as the store grows; a mention without text keeps the
``MAX_CANDIDATES`` incidents nearest in date.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable
from typing import TYPE_CHECKING

import numpy as np

from contested.resolve.actors import normalise
from contested.resolve.features import MAX_GAP_DAYS, Profile
from contested.resolve.geo import place_radius_km
from contested.resolve.names import article_keys, names_of
from contested.resolve.place_scores import TOWN_RADIUS_KM
from contested.types import Place

if TYPE_CHECKING:
    from contested.resolve.cluster import OpenIncident

GRID_DEG = 0.5
MAX_CANDIDATES = 200
MAX_SCORED = 6  # a dense block: only the incidents closest in text are scored
# a big city named by many vague reports in a week: only the incidents closest in text
MAX_TOWN_CANDIDATES = 50
# mentions come in date order, a span of at most this many days by its last day
# (:func:`~contested.resolve.cluster.order_day`): a later mention may start this much earlier
ORDER_SPAN_DAYS = 7
Key = tuple[object, ...]


def _precise(place: Place) -> bool:
    return place.lat is not None and place.lon is not None and (
        place_radius_km(place) <= TOWN_RADIUS_KM)


def _cell(place: Place) -> tuple[int, int]:
    return math.floor((place.lat or 0.0) / GRID_DEG), math.floor((place.lon or 0.0) / GRID_DEG)


def _province(place: Place) -> str:
    return normalise(place.admin1 or place.name)


def _coarse_province(place: Place) -> bool:
    return not _precise(place) and place_radius_km(place) <= 150.0


def index_keys(place: Place | None) -> list[Key]:
    """The blocks an incident with a member placed at ``place`` is indexed under."""
    country = place.country if place is not None else None
    if place is not None and _precise(place):
        return [("cell", *_cell(place)), ("a1p", country, _province(place))]
    if place is not None and _coarse_province(place):
        return [("a1", country, _province(place))]
    return [("cc", country)]


def lookup_keys(place: Place | None) -> list[Key]:
    """The blocks a mention placed at ``place`` looks for candidates in."""
    country = place.country if place is not None else None
    if place is not None and _precise(place):
        row, col = _cell(place)
        cells: list[Key] = [("cell", row + i, col + j)
                            for i in (-1, 0, 1) for j in (-1, 0, 1)]
        return [*cells, ("a1", country, _province(place))]
    if place is not None and _coarse_province(place):
        return [("a1", country, _province(place)), ("a1p", country, _province(place))]
    return [("cc", country)]


def _window(profile: Profile) -> tuple[dt.date, dt.date] | None:
    if profile.interval is None:
        return None
    slack = dt.timedelta(days=MAX_GAP_DAYS)
    return profile.interval[0] - slack, profile.interval[1] + slack


class Blocks:
    """Open incidents by place block; pruned as dates advance."""

    def __init__(self) -> None:
        self.buckets: dict[Key, list[OpenIncident]] = {}

    def index(self, incident: OpenIncident, profile: Profile) -> None:
        for key in index_keys(profile.mention.place):
            if key not in incident.keys:
                incident.keys.add(key)
                self.buckets.setdefault(key, []).append(incident)

    def drop(self, incident: OpenIncident) -> None:
        for key in incident.keys:
            bucket = self.buckets.get(key, [])
            bucket[:] = [o for o in bucket if o is not incident]

    def candidates(self, profile: Profile) -> list[OpenIncident]:
        window = _window(profile)
        found: dict[str, OpenIncident] = {}
        for key in lookup_keys(profile.mention.place):
            for incident in self._bucket(key, window):
                found.setdefault(incident.incident_id, incident)
        ordered = [found[k] for k in sorted(found)]
        if len(ordered) > MAX_SCORED and profile.vector is not None:
            return closest_in_text(profile.vector, ordered)[:MAX_SCORED]
        if len(ordered) > MAX_CANDIDATES and window is not None:
            ordered = _nearest(ordered, window)[:MAX_CANDIDATES]
        return ordered

    def _bucket(self, key: Key, window: tuple[dt.date, dt.date] | None) -> Iterable[OpenIncident]:
        return _pruned(self.buckets.get(key), window)


def _pruned(
    bucket: list[OpenIncident] | None, window: tuple[dt.date, dt.date] | None
) -> list[OpenIncident]:
    """The incidents of ``bucket`` whose days meet ``window`` (any, for an undated mention:
    they come last, after every dated mention); those behind it by more than
    ``ORDER_SPAN_DAYS`` (no later mention can reach them) are dropped from the bucket."""
    if not bucket:
        return []
    if window is None:
        return list(bucket)
    low, high = window
    gone = low - dt.timedelta(days=ORDER_SPAN_DAYS)
    kept = [o for o in bucket if o.end is None or o.end >= gone]
    if len(kept) != len(bucket):
        bucket[:] = kept
    return [o for o in kept if (o.end is None or o.end >= low)
            and (o.start is None or o.start <= high)]


def closest_in_text(vector: np.ndarray, incidents: list[OpenIncident]) -> list[OpenIncident]:
    """``incidents`` by the cosine of ``vector`` to their members' mean vector, closest first
    (incidents without text last; ties in id order)."""
    known = [i for i, o in enumerate(incidents) if o.text is not None]
    sums = [o.text for o in incidents if o.text is not None]
    similarity = np.full(len(incidents), -2.0)
    if known:
        matrix = np.stack(sums)
        norms = np.linalg.norm(matrix, axis=1)
        similarity[known] = (matrix @ vector) / np.where(norms > 0, norms, 1.0)
    order = np.argsort(-similarity, kind="stable")
    return [incidents[i] for i in order]


def _nearest(
    incidents: list[OpenIncident], window: tuple[dt.date, dt.date]
) -> list[OpenIncident]:
    middle = window[0] + (window[1] - window[0]) / 2

    def distance(o: OpenIncident) -> tuple[int, str]:
        if o.start is None or o.end is None:
            return 10**6, o.incident_id
        if o.start <= middle <= o.end:
            return 0, o.incident_id
        return min(abs((o.start - middle).days), abs((o.end - middle).days)), o.incident_id

    return sorted(incidents, key=distance)


class TextIndex:
    """Members' text vectors by day, for mentions whose extracted place misleads the blocks.

    A mention that found no incident in its place blocks looks here for members dated within
    a day of its own interval whose text is strongly similar (cosine at or above ``strong``);
    :func:`~contested.resolve.features.strong_text` then lets the texts overrule the places.
    Only members with an interval of at most ``MAX_SPAN_DAYS`` days are indexed.
    """

    MAX_SPAN_DAYS = 7

    def __init__(self) -> None:
        self.days: dict[dt.date, _Day] = {}

    def index(self, incident: OpenIncident, profile: Profile) -> None:
        interval = profile.interval
        if profile.vector is None or interval is None:
            return
        if (interval[1] - interval[0]).days > self.MAX_SPAN_DAYS:
            return
        day = interval[0]
        while day <= interval[1]:
            self.days.setdefault(day, _Day()).add(profile.vector, incident)
            day += dt.timedelta(days=1)

    def candidates(self, profile: Profile, strong: float) -> list[OpenIncident]:
        interval = profile.interval
        if profile.vector is None or interval is None:
            return []
        found: dict[str, OpenIncident] = {}
        day, last = interval[0] - dt.timedelta(days=1), interval[1] + dt.timedelta(days=1)
        while day <= last:
            if day in self.days:
                for incident in self.days[day].similar(profile.vector, strong):
                    found.setdefault(incident.incident_id, incident)
            day += dt.timedelta(days=1)
        return [found[k] for k in sorted(found)]

    def retire(self, before: dt.date) -> None:
        for day in [d for d in self.days if d < before]:
            del self.days[day]


class TownIndex:
    """Incidents by the towns of their members and by the towns their vague members name.

    A report the extractor placed only at a country named in passing, or not at all, is in
    no block with the reports placed at its town; its article names that town all the same
    (:func:`~contested.resolve.features.names_town`). Such a report looks up the incidents
    placed at the towns it names (``placed``); a report placed at a town looks up the
    incidents whose vague members name it (``named``). Both lists are pruned by date, like
    the blocks; at most ``MAX_TOWN_CANDIDATES`` are scored (the closest in text), so a big
    city that many reports name keeps the cost per mention bounded.
    """

    def __init__(self) -> None:
        self.placed: dict[str, list[OpenIncident]] = {}
        self.named: dict[str, list[OpenIncident]] = {}

    def index(self, incident: OpenIncident, profile: Profile) -> None:
        if profile.town is not None:
            _add(self.placed, profile.town, incident)
        for key in profile.named:
            _add(self.named, key, incident)

    def candidates(self, profile: Profile) -> list[OpenIncident]:
        window = _window(profile)
        found: dict[str, OpenIncident] = {}
        lookups = [(self.named, profile.town)] if profile.town is not None else []
        lookups += [(self.placed, key) for key in sorted(profile.named)]
        for table, key in lookups:
            for incident in _pruned(table.get(key), window):
                found.setdefault(incident.incident_id, incident)
        ordered = [found[k] for k in sorted(found)]
        if len(ordered) > MAX_TOWN_CANDIDATES and profile.vector is not None:
            return closest_in_text(profile.vector, ordered)[:MAX_TOWN_CANDIDATES]
        return ordered[:MAX_TOWN_CANDIDATES]

    def elsewhere(self, profile: Profile) -> list[OpenIncident]:
        """For a report placed at a town: the incidents placed at the other towns its article
        names (its own place may be a namesake or a dateline's, where the other report has
        the incident's town: :func:`~contested.resolve.features.misplaced`), at most
        ``MAX_SCORED``, the closest in text."""
        window = _window(profile)
        found: dict[str, OpenIncident] = {}
        for key in sorted(_other_towns(profile)):
            for incident in _pruned(self.placed.get(key), window):
                found.setdefault(incident.incident_id, incident)
        ordered = [found[k] for k in sorted(found)]
        if len(ordered) > MAX_SCORED and profile.vector is not None:
            return closest_in_text(profile.vector, ordered)[:MAX_SCORED]
        return ordered[:MAX_SCORED]


def _other_towns(profile: Profile) -> frozenset[str]:
    """The spelling keys of the names a report placed at a town names besides its own town:
    the incidents placed at one of them are candidates (its own place may be a namesake or a
    dateline's, :func:`~contested.resolve.features.misplaced`)."""
    if profile.town is None:
        return frozenset()
    return article_keys(names_of(profile.mention)) - {profile.town}


def _add(table: dict[str, list[OpenIncident]], key: str, incident: OpenIncident) -> None:
    listed = table.setdefault(key, [])
    if not listed or listed[-1] is not incident:
        listed.append(incident)


class NameIndex:
    """Incidents by the rare names of their members, for reports far from them in time.

    A trial or a funeral is reported weeks after the shooting, beyond every date window; a
    mention that found no incident in its blocks or by its text looks here for incidents
    whose members share rare names with it (summed rarity at least ``bridge``, see
    :func:`~contested.resolve.features.bridged`). Rare names are few per mention and each
    names few mentions, so the lists stay short.
    """

    def __init__(self) -> None:
        self.names: dict[str, list[OpenIncident]] = {}

    def index(self, incident: OpenIncident, profile: Profile) -> None:
        for name in profile.names or profile.few:
            listed = self.names.setdefault(name, [])
            if incident not in listed:
                listed.append(incident)

    def candidates(self, profile: Profile, bridge: float) -> list[OpenIncident]:
        weight: dict[str, float] = {}
        found: dict[str, OpenIncident] = {}
        for name, w in (profile.names or profile.few).items():
            for incident in self.names.get(name, ()):
                weight[incident.incident_id] = weight.get(incident.incident_id, 0.0) + w
                found[incident.incident_id] = incident
        return [found[k] for k in sorted(found) if weight[k] >= bridge]


class _Day:
    """One day's member vectors in a matrix that grows by doubling (no re-stacking)."""

    def __init__(self) -> None:
        self.incidents: list[OpenIncident] = []
        self._matrix: np.ndarray | None = None

    def add(self, vector: np.ndarray, incident: OpenIncident) -> None:
        size = len(self.incidents)
        if self._matrix is None:
            self._matrix = np.empty((8, len(vector)), dtype=vector.dtype)
        elif size == len(self._matrix):
            self._matrix = np.concatenate([self._matrix, np.empty_like(self._matrix)])
        self._matrix[size] = vector
        self.incidents.append(incident)

    def similar(self, vector: np.ndarray, strong: float) -> list[OpenIncident]:
        if self._matrix is None:
            return []
        hits = np.flatnonzero(self._matrix[: len(self.incidents)] @ vector >= strong)
        return [self.incidents[i] for i in hits]
