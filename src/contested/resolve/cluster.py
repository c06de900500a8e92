"""Merge reports of one incident, keep different incidents apart.

GDELT counts reports; contested counts incidents. A mention joins the incident whose members it
matches best (:func:`match_score`, built from the features in :mod:`contested.resolve.features`)
if that score reaches ``threshold``; otherwise it opens a new incident.

Against an incident, a mention scores ``0.7 * best pair + 0.3 * mean pair`` over the members,
and 0 when its date hard-disagrees with any *primary* member (more than three days apart at day
precision: one strong match cannot drag an incident to another night), or when its place
hard-disagrees (another country, too far away, and the texts do not tell the same story) with
most of them (one member's misread place does not split an incident). Background mentions (recollections of earlier incidents) may join an incident; they never
count as a report (the store keeps their role). A background mention dated no earlier than its
own article's primary mention in an incident is that event told again (the burial the day
after the strike): it scores at least the default threshold there (``_told_again``).

Blocking (:mod:`contested.resolve.blocking`) keeps the work near-linear: a mention is only
scored against open incidents that share a place block (its 0.5-degree grid cell and the eight
around it; its province; its country for coarse or unplaced mentions) and whose dates meet its
window. Mentions are taken in date order (:func:`order_day`: a span of a few days, such as an
undated report's days before its publication, by its last day, so that it finds the incident
the day's reports formed; on one day, reports dated to the day before spans, placed at a town
before vague ones), so incidents whose last day is well behind the window are retired from the
blocks.

A vague report (no place, or none finer than a province) whose article names, in its own
spelling, the town a member is placed at (:func:`~contested.resolve.features.names_town`) is
taken as placed there against that incident; incidents of such reports alone, kept apart for
want of a place, merge when the town's report links them at the join threshold.

Merges: when a mention matches a second incident almost as well as the one it joins
(``merge_threshold``) and the two incidents do not hard-disagree, the mention is the missing
link: the two become one. So does a lone report that came before the incident it fits was
formed (a statement dated to its week sorts before the day's reports) when, with the linking
mention, it fits that incident on average at the join threshold (:func:`_fits_now`). The
incident that was opened first keeps its id; the merge is reported (:class:`Merge`) so the
store can record it.

:func:`cluster_all` clusters a batch in memory; :class:`Clusterer` is the engine, also used
incrementally (:mod:`contested.resolve.incremental`) with incidents already stored. An
undated primary mention takes its article's publication date (``published``, article id ->
date) as a week-like window (:func:`~contested.resolve.features.inferred_interval`).
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

from contested.resolve.blocking import ORDER_SPAN_DAYS, Blocks, NameIndex, TextIndex, TownIndex
from contested.resolve.embedding import Embedder, HashingEmbedder, default_embedder
from contested.resolve.features import (
    LONG_GAP_DAYS,
    MAX_GAP_DAYS,
    NAME_LINK,
    Profile,
    bridged,
    date_score,
    is_vague,
    make_profile,
    mention_interval,
    names_town,
    pair_score,
    place_vetoed,
    placed_among,
    placed_by,
    vetoed,
)
from contested.resolve.geo import interval_gap_days
from contested.resolve.names import NameStats, shared_weight
from contested.types import Mention

__all__ = [
    "DEFAULT_THRESHOLD",
    "MERGE_THRESHOLD",
    "Clusterer",
    "Embedder",
    "HashingEmbedder",
    "Merge",
    "block_key",
    "candidate_window",
    "choose_incident",
    "cluster_all",
    "match_score",
    "profiles",
]

log = logging.getLogger(__name__)

DEFAULT_THRESHOLD = 0.6
MERGE_THRESHOLD = 0.8
UNPLACED_TEXT = 0.2  # an unplaced mention's text-index candidates: cosine this far above floor
STRANGERS = 0.85  # an incident whose members name none of the mention's rare names
# members compared per incident, for its vetoes and its score: the first 8 and the last 16 (a
# big incident's cost stays bounded: it is checked against 24 members, not hundreds)
_MAX_COMPARED = 24
Published = Mapping[str, dt.date]  # article id -> publication date


def block_key(mention: Mention) -> tuple[str | None, dt.date | None]:
    """(country, date) under which a mention's incident is indexed; ``None`` when unknown."""
    country = mention.place.country if mention.place is not None else None
    return country, mention.date


def candidate_window(
    mention: Mention, published: dt.date | None = None
) -> tuple[dt.date | None, dt.date | None]:
    """Incidents whose dates meet this window are candidates; ``(None, None)``: any date."""
    interval, _ = mention_interval(mention, published)
    if interval is None:
        return None, None
    slack = dt.timedelta(days=MAX_GAP_DAYS)
    return interval[0] - slack, interval[1] + slack


def profiles(
    mentions: Sequence[Mention],
    embedder: Embedder | None = None,
    published: Published | None = None,
    names: NameStats | None = None,
) -> list[Profile]:
    """The mentions' profiles, their summaries embedded in one call, their names weighed by
    ``names`` (the store's frequencies), else by frequencies counted over the mentions
    themselves (:class:`~contested.resolve.names.NameStats`)."""
    model = embedder or default_embedder()
    vectors = model.embed([m.summary for m in mentions])
    calibration = (model.floor, model.saturation, model.strong)
    dates = published or {}
    stats = names if names is not None else NameStats.of(mentions)
    return [
        make_profile(m, vectors[i], dates.get(m.article_id), calibration, stats.rare(m),
                     stats.few(m))
        for i, m in enumerate(mentions)
    ]


def _compared(members: Sequence[Profile]) -> Sequence[Profile]:
    if len(members) <= _MAX_COMPARED:
        return members
    return [*members[:8], *members[-(_MAX_COMPARED - 8):]]


def incident_score(profile: Profile, members: Sequence[Profile]) -> float:
    """How well ``profile`` fits an incident made of ``members``, in [0, 1]."""
    if not members:
        return 0.0
    compared = _compared(members)
    profile = placed_by(profile, compared)
    primary = [m for m in compared if m.mention.role == "primary"]
    if profile.mention.role == "primary" and any(
        m.mention.article_id == profile.mention.article_id for m in primary
    ):
        return 0.0  # an article that tells two incidents of its own tells two incidents
    apart = [m for m in primary if date_score(profile, m) == 0.0]
    if apart and _dates_conflict(profile, apart, compared):
        return 0.0
    if 2 * sum(place_vetoed(profile, m) for m in primary) > len(primary):
        return 0.0
    scores = [pair_score(profile, m) for m in compared]
    score = 0.7 * max(scores) + 0.3 * sum(scores) / len(scores)
    if _told_again(profile, primary):
        score = max(score, DEFAULT_THRESHOLD)
    return score * _strangers(profile, compared)


def _told_again(profile: Profile, primary: Sequence[Profile]) -> bool:
    """A background mention dated no earlier than its own article's primary mention in the
    incident: a recollection is of an earlier incident, so this is the article telling its
    own event again (the burial the day after the strike), not another one."""
    if profile.mention.role != "background" or profile.interval is None:
        return False
    return any(m.mention.article_id == profile.mention.article_id and m.interval is not None
               and m.interval[0] <= profile.interval[0] for m in primary)


def _strangers(profile: Profile, members: Sequence[Profile]) -> float:
    """``STRANGERS`` when the mention names rare names and shares none with any member that
    names some (other people, another street), else 1."""
    shared = [shared_weight(profile.names, m.names) for m in members]
    known = [s for s in shared if s is not None]
    return STRANGERS if known and not any(known) else 1.0


def _dates_conflict(profile: Profile, apart: Sequence[Profile],
                    members: Sequence[Profile]) -> bool:
    """Another night than the primary members ``apart``, unless the mention shares rare names
    with a member (:func:`~contested.resolve.features.bridged`) and is within a year of them."""
    if not any(bridged(profile, m) for m in members):
        return True
    return any(m.interval is None or profile.interval is None
               or interval_gap_days(profile.interval, m.interval) > LONG_GAP_DAYS
               for m in apart)


def match_score(
    mention: Mention,
    members: Sequence[Mention],
    embedder: Embedder | None = None,
    published: Published | None = None,
) -> float:
    """How well ``mention`` fits the incident made of ``members``, in [0, 1]."""
    found = profiles([mention, *members], embedder, published)
    return incident_score(found[0], found[1:])


def choose_incident(
    mention: Mention,
    candidates: Sequence[tuple[str, Sequence[Mention]]],
    threshold: float = DEFAULT_THRESHOLD,
    embedder: Embedder | None = None,
    published: Published | None = None,
) -> str | None:
    """The best-matching incident id, or ``None``: open a new incident. Ties go to the lower id."""
    everyone = [mention, *(m for _, members in candidates for m in members)]
    found = profiles(everyone, embedder, published)
    me, offset, scored = found[0], 1, []
    for incident_id, members in candidates:
        group = found[offset : offset + len(members)]
        offset += len(members)
        scored.append((incident_score(me, group), incident_id))
    best = max(scored, key=lambda item: (item[0], _reverse(item[1])), default=None)
    return best[1] if best is not None and best[0] >= threshold else None


def _reverse(text: str) -> tuple[int, ...]:
    return tuple(-ord(ch) for ch in text)


@dataclass(eq=False)
class OpenIncident:
    """An incident being built: its members, date span and place blocks."""

    incident_id: str
    order: int  # opening order: the older incident keeps its id in a merge
    members: list[Profile] = field(default_factory=list)
    start: dt.date | None = None
    end: dt.date | None = None
    keys: set[tuple[object, ...]] = field(default_factory=set)
    merged_into: str | None = None
    text: np.ndarray | None = None  # the sum of the members' text vectors

    def add(self, profile: Profile) -> None:
        self.members.append(profile)
        if profile.vector is not None:
            self.text = profile.vector.copy() if self.text is None else self.text + profile.vector
        if profile.interval is not None:
            lo, hi = profile.interval
            self.start = lo if self.start is None else min(self.start, lo)
            self.end = hi if self.end is None else max(self.end, hi)


@dataclass(frozen=True)
class Merge:
    """Incident ``absorbed`` became part of ``kept``; ``because`` is the linking mention."""

    kept: str
    absorbed: str
    because: str
    score: float


def _rank(item: tuple[float, OpenIncident]) -> tuple[float, int]:
    return -item[0], item[1].order


OrderKey = tuple[bool, dt.date, bool, bool, bool, str]


def _order(profile: Profile) -> OrderKey:
    """Dated before undated, by :func:`order_day`, primary before background, dated to the
    day before dated to a span, placed to a town before vague (so that a vague report finds
    the town it names already opened)."""
    return order_key(profile.mention, profile.interval)


def order_day(interval: tuple[dt.date, dt.date]) -> dt.date:
    """The day a mention of ``interval`` comes in the clusterer's order: the last day of a
    span of at most ``ORDER_SPAN_DAYS`` (an undated report's days before its publication,
    "earlier this week"), so that the reports dated to the day of that span have formed
    their incident when it comes and it joins the one it fits best (coming first, it would
    open an incident of its own, which the day's reports link only at the merge
    threshold); the first day of a longer span (a month, a year)."""
    first, last = interval
    return last if (last - first).days <= ORDER_SPAN_DAYS else first


def order_key(mention: Mention, interval: tuple[dt.date, dt.date] | None) -> OrderKey:
    """:func:`_order` of a mention whose days are ``interval``, without its profile."""
    day = order_day(interval) if interval is not None else dt.date.max
    span = interval is not None and interval[0] != interval[1]
    return (interval is None, day, mention.role != "primary", span, is_vague(mention.place),
            mention.mention_id)


def _compatible(a: OpenIncident, b: OpenIncident, link: Profile | None = None) -> bool:
    """No hard disagreement between the primary members of two incidents (a vague one placed
    at a town it names among them or the linking report's,
    :func:`~contested.resolve.features.placed_among`)."""
    pa = [p for p in a.members if p.mention.role == "primary"]
    pb = [p for p in b.members if p.mention.role == "primary"]
    placed = placed_among([*pa, *pb, *([link] if link is not None else [])])
    return not any(vetoed(x, y) for x, y in itertools.product(
        placed[: len(pa)], placed[len(pa) : len(pa) + len(pb)]))


def _placed_by(incident: OpenIncident, profile: Profile) -> bool:
    """Every primary member of ``incident`` is vague and names ``profile``'s town: reports
    kept apart for want of a place of their own (:func:`~contested.resolve.features.names_town`),
    which the town's report links once it comes (at the join threshold, not the merge one)."""
    primary = [p for p in incident.members if p.mention.role == "primary"]
    return bool(primary) and all(names_town(p, profile) for p in primary)


def _fits_now(single: OpenIncident, incident: OpenIncident, profile: Profile,
              threshold: float) -> bool:
    """``single`` is one report that came before ``incident`` had the members it now joins
    (a report dated to its week sorts before the day's reports): it fits the incident
    ``profile`` joins, with ``profile``, on average at the join threshold (average linkage,
    stricter than a join's best-member score: two incidents become one). Order should not
    decide."""
    primary = [p for p in single.members if p.mention.role == "primary"]
    if len(primary) != 1 or incident_score(primary[0], [*incident.members, profile]) == 0.0:
        return False
    members = _compared([*incident.members, profile])
    return sum(pair_score(primary[0], m) for m in members) / len(members) >= threshold


def _text_mark(profile: Profile) -> float:
    """The cosine from which the text index offers candidates: the embedder's ``strong`` mark
    (texts that overrule places), ``UNPLACED_TEXT`` above its floor for a mention without a
    place (no block holds it with placed reports; the scores decide)."""
    floor, _, strong = profile.calibration
    return strong if profile.mention.place is not None else min(strong, floor + UNPLACED_TEXT)


class Clusterer:
    """Assigns profiles, in date order, to incidents; opens, joins and merges."""

    def __init__(
        self,
        id_for: Callable[[Mention], str],
        threshold: float = DEFAULT_THRESHOLD,
        merge_threshold: float = MERGE_THRESHOLD,
    ) -> None:
        self.id_for = id_for
        self.threshold = threshold
        self.merge_threshold = merge_threshold
        self.blocks = Blocks()
        self.texts = TextIndex()
        self.names = NameIndex()
        self.towns = TownIndex()
        self.incidents: dict[str, OpenIncident] = {}
        self.merges: list[Merge] = []

    def seed(self, incident_id: str, members: Sequence[Profile]) -> OpenIncident:
        """Start from an incident that already exists (kept under its own id)."""
        incident = OpenIncident(incident_id, len(self.incidents))
        self.incidents[incident_id] = incident
        for profile in members:
            self._attach(incident, profile)
        return incident

    def _attach(self, incident: OpenIncident, profile: Profile) -> None:
        incident.add(profile)
        self.blocks.index(incident, profile)
        self.texts.index(incident, profile)
        self.names.index(incident, profile)
        self.towns.index(incident, profile)

    def add(self, profile: Profile) -> OpenIncident:
        """Attach ``profile`` to its best incident (merging, if it links two) or open one."""
        scored = self._scored(profile)
        if not scored or scored[0][0] < self.threshold:
            incident = self._open(profile)
        else:
            incident = scored[0][1]
            for score, other in scored[1:]:
                linked = score >= self.merge_threshold or (
                    score >= self.threshold and (_placed_by(other, profile) or _fits_now(
                        other, incident, profile, self.threshold)))
                if linked and _compatible(incident, other, profile):
                    incident = self._merge(incident, other, profile, score)
        self._attach(incident, profile)
        return incident

    def _scored(self, profile: Profile) -> list[tuple[float, OpenIncident]]:
        found = self._score(profile, self.blocks.candidates(profile))
        if not found or found[0][0] < self.threshold:  # the place may mislead: ask the text
            found = self._more(profile, found,
                               self.texts.candidates(profile, _text_mark(profile)))
        if not found or found[0][0] < self.threshold:  # a town named, not extracted?
            found = self._more(profile, found, self.towns.candidates(profile))
        if (not found or found[0][0] < self.threshold) and profile.town is not None:
            found = self._more(profile, found, self.towns.elsewhere(profile))  # a namesake?
        if (not found or found[0][0] < self.threshold) and (profile.names or profile.few):
            found = self._more(profile, found, self.names.candidates(profile, NAME_LINK))
        return found

    def _more(self, profile: Profile, found: list[tuple[float, OpenIncident]],
              candidates: Sequence[OpenIncident]) -> list[tuple[float, OpenIncident]]:
        """``found`` (sorted by :func:`_rank`, as :meth:`_score` gives it) with the
        ``candidates`` not in it scored."""
        seen = {o.incident_id for _, o in found}
        extra = [o for o in candidates if o.incident_id not in seen]
        return sorted([*found, *self._score(profile, extra)], key=_rank) if extra else found

    def _score(
        self, profile: Profile, candidates: Sequence[OpenIncident]
    ) -> list[tuple[float, OpenIncident]]:
        found = [(incident_score(profile, o.members), o) for o in candidates
                 if o.merged_into is None]
        return sorted([(s, o) for s, o in found if s > 0.0], key=_rank)

    def _open(self, profile: Profile) -> OpenIncident:
        incident_id = self.id_for(profile.mention)
        if incident_id in self.incidents:
            raise ValueError(f"id_for gave {incident_id!r} to two incidents")
        incident = OpenIncident(incident_id, len(self.incidents))
        self.incidents[incident_id] = incident
        return incident

    def _merge(
        self, a: OpenIncident, b: OpenIncident, profile: Profile, score: float
    ) -> OpenIncident:
        kept, absorbed = (a, b) if a.order <= b.order else (b, a)
        for member in absorbed.members:
            self._attach(kept, member)
        absorbed.members, absorbed.text = [], None
        absorbed.merged_into = kept.incident_id
        self.blocks.drop(absorbed)
        self.merges.append(Merge(kept.incident_id, absorbed.incident_id,
                                 profile.mention.mention_id, round(score, 3)))
        log.debug("merged %s into %s (linked by %s)", absorbed.incident_id, kept.incident_id,
                  profile.mention.mention_id)
        return kept

    def run(self, batch: Sequence[Profile]) -> None:
        latest: dt.date | None = None
        for profile in sorted(batch, key=_order):
            if profile.interval is not None and profile.interval[0] != latest:
                latest = profile.interval[0]
                self.texts.retire(latest - dt.timedelta(days=TextIndex.MAX_SPAN_DAYS + 2))
            self.add(profile)

    def result(self) -> dict[str, list[Mention]]:
        """Incident id -> its mentions (merged-away incidents left out)."""
        return {
            k: [p.mention for p in o.members]
            for k, o in sorted(self.incidents.items()) if o.merged_into is None
        }


def cluster_all(
    mentions: Sequence[Mention],
    id_for: Callable[[Mention], str],
    threshold: float = DEFAULT_THRESHOLD,
    embedder: Embedder | None = None,
    published: Published | None = None,
) -> dict[str, list[Mention]]:
    """Cluster a batch: incident id (``id_for`` of its first mention) -> its mentions."""
    unique = list({m.mention_id: m for m in mentions}.values())
    engine = Clusterer(id_for, threshold)
    engine.run(profiles(unique, embedder, published))
    clusters = engine.result()
    log.debug("clustered %d mentions into %d incidents (%d merges)",
              len(unique), len(clusters), len(engine.merges))
    return clusters
