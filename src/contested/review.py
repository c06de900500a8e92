"""Reviewers correct the machine: accept or reject claims, merge or split incidents, override
grades. Every change is an audit event, and every decision survives re-runs of the pipeline.

Decisions are stored by stable ids (claim id, incident id, mention id): a rejected claim is left
out of its incident's figures, grade and contradictions; a grade override replaces the suggested
grade; merges and splits pin groups of mentions (one group, one incident, apart from other
groups). :func:`apply_reviews` runs after every resolution (see
:func:`contested.pipeline.resolve_pending`) and brings the incidents back in line with them.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace

from contested.errors import UsageError
from contested.ids import stable_id
from contested.resolve.summarize import summarize_incident
from contested.store import CLAIM_STATUSES, Store
from contested.types import Incident, Mention

log = logging.getLogger(__name__)

GRADES = ("confirmed", "fair", "weak", "contested", "discounted")


def _require_incident(store: Store, incident_id: str) -> Incident:
    incident = store.incident(incident_id)
    if incident is None:
        raise UsageError(f"no incident {incident_id}")
    return incident


def _mention_ids(incident: Incident) -> list[str]:
    return sorted({r.mention_id for r in incident.reports})


# -- recomputing an incident with the decisions applied ------------------------------------


def conform(
    store: Store, incident_id: str, run_id: int | None = None, rule: str | None = None
) -> Incident | None:
    """Re-summarise an incident from its linked mentions, leaving rejected claims out and
    applying a grade override; removes it when no mention is left. Returns what was saved."""
    mentions = store.mentions_of(incident_id)
    if not mentions:
        store.remove_incident(incident_id, run_id, "emptied", "every report moved by a reviewer")
        return None
    current = store.incident(incident_id)
    chosen = rule or (current.reconcile_rule if current else "ucdp")
    incident = _summarize(store, incident_id, mentions, chosen)
    store.save_incident(incident, run_id)
    return incident


def _summarize(store: Store, incident_id: str, mentions: Sequence[Mention], rule: str) -> Incident:
    claim_ids = [c.claim_id for m in mentions for c in m.claims]
    rejected = {k for k, v in store.claim_reviews(claim_ids).items() if v.status == "rejected"}
    kept = [replace(m, claims=tuple(c for c in m.claims if c.claim_id not in rejected))
            for m in mentions]
    articles = store.articles(sorted({m.article_id for m in kept}))
    incident = summarize_incident(incident_id, kept, articles, rule)
    override = store.grade_override(incident_id)
    if override is None or (override.grade == incident.grade and not override.comment):
        return incident
    note = f"reviewer {override.by}: {override.grade}" + (
        f" ({override.comment})" if override.comment else "")
    reasons = (note, f"machine suggested {incident.grade}", *incident.grade_reasons)
    return replace(incident, grade=override.grade, grade_reasons=reasons)  # type: ignore[arg-type]


# -- the post-resolution step ------------------------------------------------------------------


def plan_groups(groups: dict[str, list[str]], located: dict[str, str]) -> dict[str, list[str]]:
    """Where each pinned group must live: target incident id -> its group's linked mentions.

    An anchor is an incident id (the incident a reviewer merged into, or the one a split
    kept) or a mention id. A group keeps the incident its anchor names, else the incident its
    anchor mention is in, unless an earlier group holds it; then it gets an incident of its own
    (``stable_id("inc", "split", anchor)``). Groups named after their incident go first, then
    groups whose anchor mention founded its incident, so those incidents keep their ids.
    """

    def rank(anchor: str) -> tuple[int, str]:
        if any(located.get(m) == anchor for m in groups[anchor]):
            return (0, anchor)
        return (1 if located.get(anchor) == stable_id("inc", anchor) else 2, anchor)

    plan: dict[str, list[str]] = {}
    for anchor in sorted(groups, key=rank):
        linked = [m for m in groups[anchor] if m in located]
        if not linked:
            continue
        named = any(located[m] == anchor for m in linked)
        home = anchor if named else located.get(anchor, located[linked[0]])
        if home in plan:
            home = stable_id("inc", "split", anchor)
        plan[home] = linked
    return plan


def regroup(store: Store, run_id: int | None = None, rule: str | None = None) -> set[str]:
    """Move pinned mentions to the incidents their groups require; returns touched incidents."""
    groups = store.mention_groups()
    located = store.incident_of_mentions([m for ids in groups.values() for m in ids])
    plan = plan_groups(groups, located)
    touched: set[str] = set()
    for target, members in plan.items():
        moving = [m for m in members if located[m] != target]
        if not moving:
            continue
        touched.add(target)
        touched.update(located[m] for m in moving)
        current = {m.mention_id: m for m in store.mentions_of(target)}
        current.update({m.mention_id: m for m in store.mentions(moving)})
        store.save_incident(_summarize(store, target, list(current.values()), rule or "ucdp"),
                            run_id)
    return touched


def follow_merges(store: Store) -> set[str]:
    """Grade overrides of incidents that resolution merged away move to the incident they live
    on in (unless it has its own); returns the incidents that received one."""
    moved: set[str] = set()
    for override in store.grade_overrides():
        if store.incident(override.incident_id) is not None:
            continue
        current = store.current_id(override.incident_id)
        if current in moved or store.incident(current) is None or store.grade_override(current):
            continue
        store.move_grade_override(override.incident_id, current)
        moved.add(current)
    return moved


def apply_reviews(store: Store, run_id: int | None = None, rule: str | None = None) -> int:
    """Bring every incident a decision bears on back in line with it; returns how many
    incidents were re-summarised. Idempotent: a second call writes nothing."""
    touched = follow_merges(store) | regroup(store, run_id, rule)
    touched |= set(store.reviewed_incident_ids())
    for incident_id in sorted(touched):
        conform(store, incident_id, run_id, rule)
    if touched:
        log.info("re-applied reviewers' decisions to %d incidents", len(touched))
    return len(touched)


# -- reviewer actions ----------------------------------------------------------------------------


def review_claim(store: Store, claim_id: str, status: str, comment: str, who: str) -> str | None:
    """Accept or reject a claim; returns the incident it belongs to (re-summarised)."""
    if status not in CLAIM_STATUSES:
        raise UsageError(f"status must be one of {', '.join(CLAIM_STATUSES)}")
    if store.claim(claim_id) is None:
        raise UsageError(f"no claim {claim_id}")
    incident_id = store.claim_incident(claim_id)
    store.review_claim(claim_id, status, comment, who, incident_id)
    if incident_id is not None:
        conform(store, incident_id)
    return incident_id


def override_grade(
    store: Store, incident_id: str, grade: str | None, comment: str, who: str
) -> Incident | None:
    """Set (``grade=None``: clear) the reviewer's grade of an incident, with a comment."""
    if grade is not None and grade not in GRADES:
        raise UsageError(f"grade must be one of {', '.join(GRADES)}")
    incident = _require_incident(store, incident_id)
    store.override_grade(incident_id, grade, comment, who, incident.grade)
    return conform(store, incident_id)


def merge_incidents(store: Store, incident_ids: Sequence[str], comment: str, who: str) -> str:
    """Merge the incidents into the first one; returns its id."""
    unique = list(dict.fromkeys(incident_ids))
    if len(unique) < 2:
        raise UsageError("merge needs at least two different incident ids")
    incidents = [_require_incident(store, i) for i in unique]
    target = unique[0]
    before = {i.incident_id: _mention_ids(i) for i in incidents}
    members = sorted({m for ids in before.values() for m in ids})
    after = {"incident": target, "mentions": members, "merged": unique[1:]}
    store.group_mentions([(target, members)], who, "incident.merge", target, (before, after),
                         comment, unite=True)
    for incident_id in sorted(regroup(store) | {target}):
        conform(store, incident_id)
    return target


def split_incident(
    store: Store, incident_id: str, mention_ids: Sequence[str], comment: str, who: str
) -> str:
    """Move ``mention_ids`` out of an incident into a new one; returns the new incident's id."""
    incident = _require_incident(store, incident_id)
    all_ids = _mention_ids(incident)
    moving = sorted(set(mention_ids))
    staying = [m for m in all_ids if m not in moving]
    if not moving or not staying or any(m not in all_ids for m in moving):
        raise UsageError("split needs some, but not all, of the incident's own mention ids")
    new_anchor = moving[0]
    new_id = stable_id("inc", "split", new_anchor)
    before = {incident_id: all_ids}
    after = {incident_id: staying, new_id: moving}
    store.group_mentions([(incident_id, staying), (new_anchor, moving)], who, "incident.split",
                         incident_id, (before, after), comment)
    for touched in sorted(regroup(store) | {incident_id}):
        conform(store, touched)
    moved_to = store.incident_of_mentions([new_anchor]).get(new_anchor)
    return moved_to or new_id
