"""Mentions -> incidents: clustering, independence, contradictions, reconciled figures, grades.

Pure functions over the dataclasses of :mod:`contested.types`: no database, no I/O. The store
calls them; see each module's docstring for its rules.

    cluster         match_score, choose_incident, cluster_all, block_key, candidate_window
    blocking        candidate incidents: place blocks, text index, rare-name index
    names           rare names two reports share (rarity over the articles: the store's counts)
    independence    independent_sources -> SourceGroup (syndication and relays collapse)
    contradictions  find_contradictions (claims), find_mention_conflicts (dates, places)
    reconcile       reconcile(claims, rule="lowest" | "ucdp" | "range")
    grade           perpetrators, suggest_grade (Airwars-style)
    summarize       summarize_incident -> Incident
"""

from __future__ import annotations

from contested.resolve.cluster import (
    DEFAULT_THRESHOLD,
    block_key,
    candidate_window,
    choose_incident,
    cluster_all,
    match_score,
)
from contested.resolve.contradictions import find_contradictions, find_mention_conflicts
from contested.resolve.embedding import Embedder, HashingEmbedder
from contested.resolve.grade import perpetrators, suggest_grade
from contested.resolve.independence import SourceGroup, confirming_count, independent_sources
from contested.resolve.reconcile import RULES, reconcile
from contested.resolve.summarize import summarize_incident

__all__ = [
    "DEFAULT_THRESHOLD",
    "RULES",
    "Embedder",
    "HashingEmbedder",
    "SourceGroup",
    "block_key",
    "candidate_window",
    "choose_incident",
    "cluster_all",
    "confirming_count",
    "find_contradictions",
    "find_mention_conflicts",
    "independent_sources",
    "match_score",
    "perpetrators",
    "reconcile",
    "suggest_grade",
    "summarize_incident",
]
