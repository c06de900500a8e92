"""Merge reports of one incident, keep different incidents apart.

GDELT counts reports; contested counts incidents. A mention joins the incident whose members it
matches best (:func:`match_score`, built from the features in :mod:`contested.resolve.features`)
if that score reaches ``threshold``; otherwise it opens a new incident.

Against an incident, a mention scores ``0.7 * best pair + 0.3 * mean pair`` over the members,
and 0 when it hard-disagrees with any *primary* member (dates more than three days apart at day
precision, another country, too far away): one strong match cannot drag an incident to another
night. Background mentions (recollections of earlier incidents) may join an incident; they never
count as a report (the store keeps their role).

For the store: :func:`block_key` gives (country, date) to index incidents, and
:func:`candidate_window` the dates to look up candidates in. :func:`cluster_all` does the whole
batch in memory: mentions sorted by date, incidents blocked by country and date window, so the
work stays near-linear in the number of mentions; the result does not depend on input order.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from contested.resolve.embedding import Embedder, HashingEmbedder
from contested.resolve.features import MAX_GAP_DAYS, Profile, make_profile, pair_score, vetoed
from contested.resolve.geo import date_interval
from contested.types import Mention

__all__ = [
    "DEFAULT_THRESHOLD",
    "Embedder",
    "HashingEmbedder",
    "block_key",
    "candidate_window",
    "choose_incident",
    "cluster_all",
    "match_score",
]

log = logging.getLogger(__name__)

DEFAULT_THRESHOLD = 0.6
_MAX_COMPARED = 24  # members compared per incident: the first 8 and the last 16


def block_key(mention: Mention) -> tuple[str | None, dt.date | None]:
    """(country, date) under which a mention's incident is indexed; ``None`` when unknown."""
    country = mention.place.country if mention.place is not None else None
    return country, mention.date


def candidate_window(mention: Mention) -> tuple[dt.date | None, dt.date | None]:
    """Incidents whose dates meet this window are candidates; ``(None, None)``: any date."""
    interval = date_interval(mention)
    if interval is None:
        return None, None
    slack = dt.timedelta(days=MAX_GAP_DAYS)
    return interval[0] - slack, interval[1] + slack


def _profiles(mentions: Sequence[Mention], embedder: Embedder | None) -> list[Profile]:
    vectors = (embedder or HashingEmbedder()).embed([m.summary for m in mentions])
    return [make_profile(m, v) for m, v in zip(mentions, vectors, strict=True)]


def _compared(members: Sequence[Profile]) -> Sequence[Profile]:
    if len(members) <= _MAX_COMPARED:
        return members
    return [*members[:8], *members[-(_MAX_COMPARED - 8):]]


def _incident_score(profile: Profile, members: Sequence[Profile]) -> float:
    if not members:
        return 0.0
    if any(m.mention.role == "primary" and vetoed(profile, m) for m in members):
        return 0.0
    scores = [pair_score(profile, m) for m in _compared(members)]
    return 0.7 * max(scores) + 0.3 * sum(scores) / len(scores)


def match_score(
    mention: Mention, members: Sequence[Mention], embedder: Embedder | None = None
) -> float:
    """How well ``mention`` fits the incident made of ``members``, in [0, 1]."""
    profiles = _profiles([mention, *members], embedder)
    return _incident_score(profiles[0], profiles[1:])


def choose_incident(
    mention: Mention,
    candidates: Sequence[tuple[str, Sequence[Mention]]],
    threshold: float = DEFAULT_THRESHOLD,
    embedder: Embedder | None = None,
) -> str | None:
    """The best-matching incident id, or ``None``: open a new incident. Ties go to the lower id."""
    everyone = [mention, *(m for _, members in candidates for m in members)]
    profiles = _profiles(everyone, embedder)
    me, offset, scored = profiles[0], 1, []
    for incident_id, members in candidates:
        group = profiles[offset : offset + len(members)]
        offset += len(members)
        scored.append((_incident_score(me, group), incident_id))
    best = max(scored, key=lambda item: (item[0], _reverse(item[1])), default=None)
    return best[1] if best is not None and best[0] >= threshold else None


def _reverse(text: str) -> tuple[int, ...]:
    return tuple(-ord(ch) for ch in text)


@dataclass(eq=False)
class _Open:
    """An incident being built by :func:`cluster_all`."""

    incident_id: str
    members: list[Profile] = field(default_factory=list)
    start: dt.date | None = None
    end: dt.date | None = None
    countries: set[str | None] = field(default_factory=set)  # blocks it is indexed under

    def add(self, profile: Profile) -> None:
        self.members.append(profile)
        if profile.interval is not None:
            lo, hi = profile.interval
            self.start = lo if self.start is None else min(self.start, lo)
            self.end = hi if self.end is None else max(self.end, hi)


def _order(profile: Profile) -> tuple[int, dt.date, int, str]:
    interval = profile.interval
    day = interval[0] if interval is not None else dt.date.max
    return (interval is None, day, profile.mention.role != "primary", profile.mention.mention_id)


class _Blocks:
    """Open incidents by country; incidents that ended before the window are retired."""

    def __init__(self) -> None:
        self.by_country: dict[str | None, list[_Open]] = {}  # open: pruned as dates advance
        self.ever: dict[str | None, list[_Open]] = {}  # for undated mentions, which come last

    def candidates(self, profile: Profile) -> list[_Open]:
        country = block_key(profile.mention)[0]
        low, high = candidate_window(profile.mention)
        blocks = self.by_country if low is not None else self.ever
        keys: Iterable[str | None] = (country, None) if country else list(blocks)
        found: dict[str, _Open] = {}
        for key in keys:
            bucket = blocks.get(key, [])
            if low is not None:
                bucket[:] = [o for o in bucket if o.end is None or o.end >= low]
            for incident in bucket:
                if high is None or incident.start is None or incident.start <= high:
                    found.setdefault(incident.incident_id, incident)
        return [found[k] for k in sorted(found)]

    def index(self, incident: _Open, profile: Profile) -> None:
        country = block_key(profile.mention)[0]
        if country in incident.countries:
            return
        incident.countries.add(country)
        for blocks in (self.by_country, self.ever):
            blocks.setdefault(country, []).append(incident)


def cluster_all(
    mentions: Sequence[Mention],
    id_for: Callable[[Mention], str],
    threshold: float = DEFAULT_THRESHOLD,
    embedder: Embedder | None = None,
) -> dict[str, list[Mention]]:
    """Cluster a batch: incident id (``id_for`` of its first mention) -> its mentions."""
    unique = list({m.mention_id: m for m in mentions}.values())
    profiles = sorted(_profiles(unique, embedder), key=_order)
    blocks, incidents = _Blocks(), dict[str, _Open]()
    for profile in profiles:
        target = _best(profile, blocks.candidates(profile), threshold)
        if target is None:
            target = _Open(id_for(profile.mention))
            if target.incident_id in incidents:
                raise ValueError(f"id_for gave {target.incident_id!r} to two incidents")
            incidents[target.incident_id] = target
        target.add(profile)
        blocks.index(target, profile)
    log.debug("clustered %d mentions into %d incidents", len(unique), len(incidents))
    return {k: [p.mention for p in incidents[k].members] for k in sorted(incidents)}


def _best(profile: Profile, candidates: Sequence[_Open], threshold: float) -> _Open | None:
    best: tuple[float, _Open] | None = None
    for incident in candidates:
        score = _incident_score(profile, incident.members)
        if score >= threshold and (best is None or score > best[0]):
            best = (score, incident)
    return best[1] if best else None
