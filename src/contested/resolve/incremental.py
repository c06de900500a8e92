"""New mentions against stored incidents: who joins what, what merges, what splits.

:func:`plan_resolution` is pure: given the pending mentions and the stored incidents that may
receive them (id -> members), it returns a :class:`Plan` the store applies.

* Stored incidents keep their ids; a new incident's id is ``id_for`` of its first mention
  (stable: the same input gives the same ids).
* A mention that links two incidents merges them (:class:`~contested.resolve.cluster.Merge`);
  the incident opened first keeps its id, stored incidents before new ones.
* A stored incident in reach of the pending mentions whose primary members hard-disagree
  (another night, too far apart: a stored mention was re-extracted with another date, or an
  older version joined them) is split first, by re-clustering its members: the part holding
  its oldest member keeps the id, each other part becomes a new incident (:class:`Split`,
  named by ``id_for`` of its first member); then the pending mentions are assigned.

Resolution in slices (:func:`contested.pipeline.resolve_pending`) plans one slice of the
pending mentions at a time, in the clusterer's own order (:func:`resolution_key`), against the
incidents the store holds, the previous slices' included. So that it decides as one plan over
all of them would, the incidents the previous slices of the same resolution *opened* are
passed as ``opened`` (id -> opening rank): they are seeded after the older stored incidents in
the order they were opened (the older of two keeps its id in a merge), and are never split
(one plan does not split what it just built). A stored incident may come with only some of
its members (``hidden``: the ids of the others, which the clusterer never reads beyond the
first 8 and the last 16); the plan's ``members`` lists them all, for saving.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from contested.resolve.cluster import (
    DEFAULT_THRESHOLD,
    Clusterer,
    Merge,
    OpenIncident,
    Published,
    order_key,
    profiles,
)
from contested.resolve.embedding import Embedder
from contested.resolve.features import Profile, mention_interval, placed_among, vetoed
from contested.resolve.names import NameStats
from contested.types import Mention

Span = tuple[dt.date | None, dt.date | None]  # an incident's first and last day as resolved


@dataclass(frozen=True)
class Split:
    """Mentions ``mention_ids`` left incident ``incident_id`` to form ``new_id``."""

    incident_id: str
    new_id: str
    mention_ids: tuple[str, ...]


@dataclass(frozen=True)
class Plan:
    incidents: dict[str, list[Mention]]  # every touched incident id -> all its members
    created: frozenset[str]
    merges: tuple[Merge, ...]
    splits: tuple[Split, ...]
    opened: tuple[str, ...] = ()  # the created incidents, in the order they were opened
    # every touched incident id -> the ids of all its members, hidden ones included
    members: dict[str, list[str]] = field(default_factory=dict)
    spans: dict[str, Span] = field(default_factory=dict)  # touched incident -> its days

    @property
    def absorbed(self) -> frozenset[str]:
        return frozenset(m.absorbed for m in self.merges)


def _conflicted(members: Sequence[Profile]) -> bool:
    primary = placed_among([p for p in members if p.mention.role == "primary"])
    return any(vetoed(a, b) for a, b in itertools.combinations(primary, 2))


def resolution_key(mention: Mention, published: dt.date | None) -> tuple[object, ...]:
    """Where ``mention`` comes in the clusterer's order (the first day of its interval, dated
    before undated, primary before background, placed to a town before vague, then its id):
    a total order."""
    return order_key(mention, mention_interval(mention, published)[0])


def plan_resolution(
    pending: Sequence[Mention],
    stored: Mapping[str, Sequence[Mention]],
    id_for: Callable[[Mention], str],
    published: Published | None = None,
    embedder: Embedder | None = None,
    threshold: float = DEFAULT_THRESHOLD,
    names: NameStats | None = None,
    hidden: Mapping[str, Sequence[str]] | None = None,
    opened: Mapping[str, int] | None = None,
    spans: Mapping[str, Span] | None = None,
) -> Plan:
    """Assign ``pending`` to ``stored`` incidents or new ones (see the module docstring).
    ``names``: the store's name frequencies (else counted over the mentions given);
    ``hidden``: stored members not given; ``opened``: incidents opened by earlier slices;
    ``spans``: the stored incidents' days as last resolved (their hidden members' too)."""
    fresh, known = opened or {}, spans or {}
    order = sorted(stored, key=lambda k: (k in fresh, fresh.get(k, 0), k))
    everyone = [*pending, *(m for k in order for m in stored[k])]
    found = profiles(everyone, embedder, published, names)
    engine = Clusterer(id_for, threshold)
    offset, splits = len(pending), []
    for incident_id in order:
        members = found[offset : offset + len(stored[incident_id])]
        offset += len(members)
        conflicted = incident_id not in fresh and _conflicted(members)
        parts = _parts(members, threshold) if conflicted else [members]
        _widen(engine.seed(incident_id, parts[0]), known.get(incident_id, (None, None)))
        for part in parts[1:]:
            split = Split(incident_id, id_for(part[0].mention),
                          tuple(sorted(p.mention.mention_id for p in part)))
            engine.seed(split.new_id, part)
            splits.append(split)
    before = {k: len(o.members) for k, o in engine.incidents.items()}
    engine.run(found[: len(pending)])
    live = {k: o for k, o in engine.incidents.items() if o.merged_into is None}
    touched = {k for k, o in live.items() if len(o.members) != before.get(k, -1)}
    touched |= {m.kept for m in engine.merges if m.kept in live}
    touched |= {k for s in splits for k in (s.incident_id, s.new_id) if k in live}
    return Plan(
        incidents={k: [p.mention for p in live[k].members] for k in sorted(touched)},
        created=frozenset(k for k in touched if k not in stored),
        merges=tuple(engine.merges),
        splits=tuple(splits),
        opened=tuple(k for k in engine.incidents if k in touched and k not in stored),
        members=_all_members(engine.incidents, touched, hidden or {}),
        spans=_spans(engine.incidents, touched, known),
    )


def _widen(incident: OpenIncident, span: Span) -> None:
    start, end = span
    if start is not None:
        incident.start = start if incident.start is None else min(incident.start, start)
    if end is not None:
        incident.end = end if incident.end is None else max(incident.end, end)


def _home(incidents: Mapping[str, OpenIncident], incident_id: str) -> str:
    """The incident ``incident_id`` lives on in (merges followed)."""
    while (into := incidents[incident_id].merged_into) is not None:
        incident_id = into
    return incident_id


def _spans(
    incidents: Mapping[str, OpenIncident], touched: set[str], known: Mapping[str, Span]
) -> dict[str, Span]:
    """Touched incident -> its days: its own, widened by those of the incidents it absorbed."""
    for incident_id in sorted(known):
        home = _home(incidents, incident_id)
        if home != incident_id and incident_id in incidents:
            _widen(incidents[home], known[incident_id])
    return {k: (incidents[k].start, incidents[k].end) for k in sorted(touched)}


def _all_members(
    incidents: Mapping[str, OpenIncident], touched: set[str], hidden: Mapping[str, Sequence[str]]
) -> dict[str, list[str]]:
    """Touched incident -> its members' ids: the clusterer's, then the hidden ones of every
    stored incident it now holds (a stored incident's hidden members follow it into a merge;
    in a split they stay with the part that keeps its id)."""
    members = {k: [p.mention.mention_id for p in incidents[k].members] for k in sorted(touched)}
    for incident_id in sorted(hidden):
        home = _home(incidents, incident_id)
        if home in members:
            members[home].extend(hidden[incident_id])
    return members


def _parts(members: Sequence[Profile], threshold: float) -> list[list[Profile]]:
    """The members re-clustered; the part holding the oldest member first."""
    engine = Clusterer(lambda m: m.mention_id, threshold)
    engine.run(members)
    oldest = members[0].mention.mention_id
    parts = [o.members for o in engine.incidents.values() if o.merged_into is None and o.members]
    return sorted(parts, key=lambda part: (all(p.mention.mention_id != oldest for p in part),
                                           min(p.mention.mention_id for p in part)))
