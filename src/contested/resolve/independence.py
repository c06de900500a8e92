"""How many independent sources stand behind an incident.

Ten outlets printing one wire story are one source; so are five articles "citing SANA".
The rule, applied to the incident's *primary* mentions (background recollections never count):

1. Every claim belongs to its **originating claimant** (``actors.claimant_label``: "Reuters,
   citing SANA" and "SANA said" both belong to SANA). Relays (``Claim.relayed_by``,
   "told Reuters", "(via AFP)", "X, citing Y") add nothing: the claim stays its originator's.
2. An unnamed claimant ("a military source") cannot be told apart from another unnamed one, so
   its claim belongs to the first relay that carried it ("an official told Reuters" -> Reuters),
   else to the outlet that printed it.
3. A mention without claims belongs to the outlet that printed it. An article's outlet is that of
   the article it copies: ``Article.duplicate_of`` is followed to its root, so a syndicated copy
   and its original are one source, and two articles from one outlet are one source.
4. Claimants, relays and outlets share one key space ("SANA" the claimant and "SANA" the outlet
   are one source).

Each group is one independent source. A group whose only claims are denials is kept (it is a
voice in the incident) but does not *confirm* the incident: :func:`confirming_count` leaves it out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from contested.resolve.actors import claimant_key, claimant_label, outlet_key, relays
from contested.types import Article, Claim, Mention

_MAX_CHAIN = 32


@dataclass(frozen=True)
class SourceGroup:
    """One independent source: who it is and the articles, mentions and claims behind it."""

    key: str
    label: str
    basis: str  # "claimant" | "relay" | "outlet"
    article_ids: tuple[str, ...]
    mention_ids: tuple[str, ...]
    claim_ids: tuple[str, ...]
    confirming: bool


@dataclass
class _Acc:
    label: str
    basis: str
    article_ids: set[str] = field(default_factory=set)
    mention_ids: set[str] = field(default_factory=set)
    claim_ids: set[str] = field(default_factory=set)
    confirming: bool = False


def root_article(article_id: str, articles: Mapping[str, Article]) -> str:
    """Follow ``duplicate_of`` to the original (cycle-safe; unknown ids stop the walk)."""
    current, seen = article_id, {article_id}
    for _ in range(_MAX_CHAIN):
        article = articles.get(current)
        parent = article.duplicate_of if article else None
        if parent is None or parent in seen:
            break
        current = parent
        seen.add(parent)
    return current


def _outlet(article_id: str, articles: Mapping[str, Article]) -> tuple[str, str]:
    """(key, label) of the outlet behind ``article_id``, through its syndication root."""
    root = root_article(article_id, articles)
    for candidate in (root, article_id):
        article = articles.get(candidate)
        if article is not None and article.outlet and outlet_key(article.outlet):
            return outlet_key(article.outlet), article.outlet
    return f"article:{root}", root


def _claim_source(claim: Claim, articles: Mapping[str, Article]) -> tuple[str, str, str]:
    """(key, label, basis) of the source a claim belongs to."""
    key = claimant_key(claim)
    if key:
        return key, claimant_label(claim.source), "claimant"
    relayed = [r for r in relays(claim) if outlet_key(r)]
    if relayed:
        return outlet_key(relayed[0]), relayed[0], "relay"
    key, label = _outlet(claim.article_id, articles)
    return key, label, "outlet"


def _add(groups: dict[str, _Acc], key: str, label: str, basis: str) -> _Acc:
    if key not in groups:
        groups[key] = _Acc(label, basis)
    return groups[key]


def independent_sources(
    mentions: Sequence[Mention], articles: Mapping[str, Article]
) -> list[SourceGroup]:
    """The incident's independent sources (see the module docstring), sorted by key."""
    groups: dict[str, _Acc] = {}
    for mention in sorted(mentions, key=lambda m: m.mention_id):
        if mention.role != "primary":
            continue
        if not mention.claims:
            acc = _add(groups, *_outlet(mention.article_id, articles), "outlet")
            acc.confirming = True
            acc.article_ids.add(mention.article_id)
            acc.mention_ids.add(mention.mention_id)
        for claim in mention.claims:
            acc = _add(groups, *_claim_source(claim, articles))
            acc.confirming = acc.confirming or claim.kind != "denial"
            acc.article_ids.add(claim.article_id)
            acc.mention_ids.add(mention.mention_id)
            acc.claim_ids.add(claim.claim_id)
    return [_freeze(key, acc) for key, acc in sorted(groups.items())]


def _freeze(key: str, acc: _Acc) -> SourceGroup:
    return SourceGroup(
        key, acc.label, acc.basis, tuple(sorted(acc.article_ids)), tuple(sorted(acc.mention_ids)),
        tuple(sorted(acc.claim_ids)), acc.confirming,
    )


def confirming_count(groups: Sequence[SourceGroup]) -> int:
    """Independent sources that report the incident (denial-only voices left out)."""
    return sum(1 for g in groups if g.confirming)
