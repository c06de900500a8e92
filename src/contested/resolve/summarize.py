"""One incident from its mentions: the record the store keeps and the export prints.

* type: the majority type of the primary mentions; ties go to the most specific type
  (a drone strike is more specific than an airstrike, anything more than ``other``);
* dates: the primary mentions' dates at the finest precision they offer (day, else week, else
  month); ``time_precision`` is ACLED's 1 day, 2 week, 3 month (a year counts as 3);
* place: the place most primary mentions agree with (the same place, or within the coarser
  one's radius: a misread dateline city does not outvote the reports), then one with a known
  province (gazetteer hits without one are mostly foreign datelines), then the most precise
  (lowest ``geo_precision``), then the one most reports give, then by name;
* reports: every mention, primary or background;
* perpetrators, figures (``rule``), contradictions and grade from all the mentions' claims; the
  independent sources from the primary mentions.

With no primary mention (an incident only recalled as background) the background mentions
stand in for type, date and place. The result does not depend on the order of ``mentions``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping, Sequence

from contested.resolve.contradictions import find_contradictions, find_mention_conflicts
from contested.resolve.geo import place_distance_km, place_radius_km
from contested.resolve.grade import perpetrators, suggest_grade
from contested.resolve.independence import confirming_count, independent_sources
from contested.resolve.reconcile import check_rule, reconcile
from contested.types import EVENT_TYPES, Article, Claim, EventType, Incident, Mention, Place, Report

# most specific first
_SPECIFICITY: tuple[str, ...] = (
    "drone_strike", "missile_strike", "rocket_attack", "drone_attack", "airstrike", "shelling",
    "ground_raid", "armed_clash", "explosion", "other",
)
_TIME_PRECISION = {"day": 1, "week": 2, "month": 3, "year": 3}


def _specificity(event_type: str) -> int:
    return _SPECIFICITY.index(event_type) if event_type in _SPECIFICITY else len(_SPECIFICITY)


def incident_type(primary: Sequence[Mention]) -> EventType:
    counts = Counter(m.event_type for m in primary)
    if not counts:
        return "other"
    best = min(counts, key=lambda t: (-counts[t], _specificity(t), t))
    return best if best in EVENT_TYPES else "other"


def incident_dates(primary: Sequence[Mention]) -> tuple[dt.date | None, dt.date | None, int | None]:
    """(start, end, ACLED time precision) from the finest-dated mentions."""
    for precision in ("day", "week", "month", "year"):
        days = sorted(
            m.date for m in primary
            if m.date is not None and (m.date_precision or "day") == precision
        )
        if days:
            return days[0], days[-1], _TIME_PRECISION[precision]
    return None, None, None


def _place_key(place: Place) -> tuple[object, ...]:
    return (place.gazetteer_id or place.name.lower(), place.lat, place.lon)


def _agree(a: Place, b: Place) -> bool:
    if _place_key(a) == _place_key(b):
        return True
    km = place_distance_km(a, b)
    return km is not None and km <= max(place_radius_km(a), place_radius_km(b))


def incident_place(primary: Sequence[Mention]) -> Place | None:
    places = [m.place for m in primary if m.place is not None]
    if not places:
        return None
    reports = Counter(_place_key(p) for p in places)
    support = {_place_key(p): sum(_agree(p, q) for q in places) for p in places}
    return min(places, key=lambda p: (-support[_place_key(p)], p.admin1 is None, p.geo_precision,
                                      -reports[_place_key(p)], p.name, str(_place_key(p))))


def _claims(mentions: Sequence[Mention]) -> list[Claim]:
    unique = {c.claim_id: c for m in mentions for c in m.claims}
    return [unique[k] for k in sorted(unique)]


def _reports(mentions: Sequence[Mention]) -> tuple[Report, ...]:
    reports = {Report(m.article_id, m.mention_id, m.role) for m in mentions}
    return tuple(sorted(reports, key=lambda r: (r.role != "primary", r.article_id, r.mention_id)))


def summarize_incident(
    incident_id: str,
    mentions: Sequence[Mention],
    articles: Mapping[str, Article],
    rule: str = "ucdp",
) -> Incident:
    """The incident record for ``mentions`` (see the module docstring)."""
    ordered = sorted({m.mention_id: m for m in mentions}.values(), key=lambda m: m.mention_id)
    primary = [m for m in ordered if m.role == "primary"] or ordered
    claims = _claims(ordered)
    killed, injured, by_victims = reconcile(claims, check_rule(rule))
    groups = independent_sources(ordered, articles)
    count = confirming_count(groups)
    perps = perpetrators(claims, ordered)
    labels = [g.label for g in groups if g.confirming]
    grade, reasons = suggest_grade(ordered, claims, count, perps, source_labels=labels)
    contradictions = find_contradictions(claims) + find_mention_conflicts(ordered, articles)
    start, end, precision = incident_dates(primary)
    return Incident(
        incident_id=incident_id, event_type=incident_type(primary),
        date_start=start, date_end=end, time_precision=precision,
        place=incident_place(primary), perpetrators=perps,
        killed=killed, injured=injured, by_victims=by_victims, reconcile_rule=rule,
        grade=grade, grade_reasons=reasons, contradictions=tuple(contradictions),
        reports=_reports(ordered), independent_sources=count,
    )
