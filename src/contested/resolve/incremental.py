"""New mentions against stored incidents: who joins what, what merges, what splits.

:func:`plan_resolution` is pure: given the pending mentions and the stored incidents that may
receive them (id -> members), it returns a :class:`Plan` the store applies.

* Stored incidents keep their ids; a new incident's id is ``id_for`` of its first mention
  (stable: the same input gives the same ids).
* A mention that links two incidents merges them (:class:`~contested.resolve.cluster.Merge`);
  the incident opened first keeps its id, stored incidents before new ones.
* A touched incident whose primary members now hard-disagree (another night, too far apart:
  after a merge, or when a stored mention was re-extracted with another date) is split by
  re-clustering its members: the part holding its oldest member keeps the id, each other part
  becomes a new incident (:class:`Split`).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from contested.resolve.cluster import (
    DEFAULT_THRESHOLD,
    Clusterer,
    Merge,
    Published,
    profiles,
)
from contested.resolve.embedding import Embedder
from contested.resolve.features import Profile, vetoed
from contested.types import Mention


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

    @property
    def absorbed(self) -> frozenset[str]:
        return frozenset(m.absorbed for m in self.merges)


def _conflicted(members: Sequence[Profile]) -> bool:
    primary = [p for p in members if p.mention.role == "primary"]
    return any(vetoed(a, b) for a, b in itertools.combinations(primary, 2))


def plan_resolution(
    pending: Sequence[Mention],
    stored: Mapping[str, Sequence[Mention]],
    id_for: Callable[[Mention], str],
    published: Published | None = None,
    embedder: Embedder | None = None,
    threshold: float = DEFAULT_THRESHOLD,
) -> Plan:
    """Assign ``pending`` to ``stored`` incidents or new ones (see the module docstring)."""
    order = sorted(stored)
    everyone = [*pending, *(m for k in order for m in stored[k])]
    found = profiles(everyone, embedder, published)
    engine = Clusterer(id_for, threshold)
    offset = len(pending)
    for incident_id in order:
        engine.seed(incident_id, found[offset : offset + len(stored[incident_id])])
        offset += len(stored[incident_id])
    before = {k: len(v) for k, v in stored.items()}
    engine.run(found[: len(pending)])
    live = {k: o for k, o in engine.incidents.items() if o.merged_into is None}
    touched = {k: o.members for k, o in live.items() if len(o.members) != before.get(k, -1)}
    touched.update({m.kept: live[m.kept].members for m in engine.merges if m.kept in live})
    splits: list[Split] = []
    for incident_id in sorted(touched):
        if _conflicted(touched[incident_id]):
            splits += _split(incident_id, touched, id_for, threshold)
    return Plan(
        incidents={k: [p.mention for p in v] for k, v in sorted(touched.items())},
        created=frozenset(k for k in touched if k not in stored),
        merges=tuple(engine.merges),
        splits=tuple(splits),
    )


def _split(
    incident_id: str,
    touched: dict[str, list[Profile]],
    id_for: Callable[[Mention], str],
    threshold: float,
) -> list[Split]:
    members = touched.pop(incident_id)
    engine = Clusterer(lambda m: m.mention_id, threshold)
    engine.run(members)
    parts = sorted(
        (o.members for o in engine.incidents.values() if o.merged_into is None and o.members),
        key=lambda part: min(p.mention.mention_id for p in part),
    )
    oldest = next(p.mention.mention_id for p in members)
    parts.sort(key=lambda part: all(p.mention.mention_id != oldest for p in part))
    touched[incident_id] = parts[0]
    splits = []
    for part in parts[1:]:
        new_id = id_for(min(part, key=lambda p: p.mention.mention_id).mention)
        touched[new_id] = part
        splits.append(Split(incident_id, new_id, tuple(sorted(p.mention.mention_id for p in part))))
    return splits
