"""Reconciled casualty figures: one Estimate (low, best, high) from disagreeing claims.

Figures are read per claimant first (:mod:`contested.resolve.figures`): copies of one claim count
once, a claimant's rising toll counts as its highest figure, qualifiers become bounds
("at least N" / "more than N" lower bounds, "up to N" an upper bound, ranges min..max), vague
tolls ("dozens", "unspecified") give no figure, and zero is a figure. Hedged figures
("unconfirmed reports of...") are set aside while any unhedged figure exists. Totals come from
general figures; a claimant that only gives victim groups contributes their sum, used only when
no claimant gives a total.

Rules (``rule``):

``lowest`` (ACLED)
    The lowest credible figure: ``low = best = high =`` the smallest figure stated.
``ucdp`` (UCDP GED)
    ``best`` is the figure of the most reliable kind of claimant: monitors, NGOs and wires before
    local officials, witnesses and media, before unnamed sources, before the parties to the
    conflict (government, military, state media); several figures of that rank give their median.
    ``low`` is the lowest figure (or lower bound), ``high`` the highest (or upper bound).
``range`` (Every Casualty Worldwide)
    ``low`` the lowest figure, ``high`` the highest, ``best`` the median of all claimants' figures
    (rounded half up).

An open bound never becomes a number: "at least 9" contributes 9 to ``low`` and ``high``.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from typing import Literal

from contested.errors import UsageError
from contested.resolve.figures import (
    Count,
    Position,
    group_figures,
    total_positions,
    victim_groups,
)
from contested.types import Claim, Estimate

Rule = Literal["lowest", "ucdp", "range"]
RULES: tuple[str, ...] = ("lowest", "ucdp", "range")

# lower rank = more reliable (UCDP prefers independent reporting over the parties' own)
_RELIABILITY: dict[str, int] = {
    "monitor": 0, "ngo": 0, "wire": 0,
    "local_official": 1, "witness": 1, "media": 1,
    "unnamed": 2,
    "government": 3, "military": 3, "state_media": 3,
}


def _credible(positions: list[Position]) -> list[Position]:
    full = [p for p in positions if not p.partial] or positions
    return [p for p in full if not p.hedged] or full


def _median(values: Sequence[int]) -> int:
    return math.floor(statistics.median(values) + 0.5)


def _low(positions: Sequence[Position]) -> int:
    return min(p.figure.low if p.figure.low is not None else p.figure.point for p in positions)


def _high(positions: Sequence[Position]) -> int:
    return max(p.figure.high if p.figure.high is not None else p.figure.point for p in positions)


def _ucdp_best(positions: Sequence[Position]) -> int:
    rank = min(_RELIABILITY.get(p.source_kind, 2) for p in positions)
    chosen = sorted(p.figure.point for p in positions if _RELIABILITY.get(p.source_kind, 2) == rank)
    return statistics.median_low(chosen)


def estimate(positions: list[Position], rule: Rule) -> Estimate:
    """Reconcile claimants' positions on one count with ``rule``."""
    chosen = _credible(positions)
    if not chosen:
        return Estimate()
    if rule == "lowest":
        lowest = min(p.figure.point for p in chosen)
        return Estimate(lowest, lowest, lowest)
    low, high = _low(chosen), _high(chosen)
    best = _ucdp_best(chosen) if rule == "ucdp" else _median([p.figure.point for p in chosen])
    return Estimate(min(low, best), best, max(high, best))


def check_rule(rule: str) -> Rule:
    if rule not in RULES:
        raise UsageError(f"unknown reconcile rule {rule!r}: use one of {', '.join(RULES)}")
    return rule  # type: ignore[return-value]


def reconcile(
    claims: Sequence[Claim], rule: Rule = "ucdp"
) -> tuple[Estimate, Estimate, tuple[tuple[str, Estimate], ...]]:
    """(killed, injured, killed by victim group) reconciled from ``claims`` with ``rule``."""
    check_rule(rule)
    ordered = sorted(claims, key=lambda c: c.claim_id)
    counts: tuple[Count, Count] = ("killed", "injured")
    killed, injured = (estimate(total_positions(ordered, count), rule) for count in counts)
    by_victims = tuple(
        (name, estimate(group_figures(ordered, "killed", name), rule))
        for name in victim_groups(ordered)
    )
    return killed, injured, tuple((n, e) for n, e in by_victims if e.best is not None)
