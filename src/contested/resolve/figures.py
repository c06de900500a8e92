"""Casualty figures read from claims, with their qualifiers, and grouped per claimant.

A :class:`Figure` is what one claim says about one count (killed or injured):

* an exact number ``N``: ``low = high = point = N``; zero is a figure; ``about N`` (also
  "some", "nearly", "around") is the same figure marked approximate: it meets figures within 15%;
* ``at least N`` / ``over N``: a lower bound, ``low = point = N``, ``high = None``;
  ``more than N`` is strict: ``low = point = N + 1``;
* ``up to N`` / ``at most N`` / ``as many as N``: an upper bound, ``low = None``,
  ``high = point = N`` (``fewer than N``: ``N - 1``);
* a range (``killed_min``..``killed_max``): ``low``/``high`` from the range, ``point`` its midpoint
  rounded down ("two or three" -> 2);
* a vague toll ("dozens", "scores", "unspecified", no number) gives no figure at all;
* a count the article gives as an earlier one, below its current figure, is superseded
  (:func:`superseded`).

A :class:`Position` is the figure one claimant holds: syndicated copies and repetitions collapse,
and when one claimant gives several figures (a toll that rises during the day) the highest one
stands. A claimant named short after being named in full ("the Observatory" after "the Syrian
Observatory for Human Rights"; "the Houthi-run health ministry" and "the health ministry in the
Houthi-controlled capital") is that claimant (:func:`claimant_aliases`: the short name's words
are all in exactly one longer name's, or in names that contain each other). A claimant that gives only figures by victim group ("7 soldiers and 1 civilian") holds a
*partial* total: their sum, as a lower bound on the total.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from contested.resolve.actors import claimant_label, position_key
from contested.types import Claim

Count = Literal["killed", "injured"]

GENERAL_VICTIMS = frozenset({None, "mixed", "unknown"})
_VAGUE = ("dozens", "scores", "hundreds", "several", "many", "unspecified", "few", "no figure")
_APPROX = (
    "about", "around", "approximately", "some", "roughly", "an estimated", "nearly", "almost",
)
APPROX_TOLERANCE = 0.15
_LOWER = ("at least", "over", "more than", "upwards of", "in excess of", "no fewer than")
# "neutralized" may count the captured and surrendered too: at most that many killed
_UPPER = ("up to", "at most", "fewer than", "less than", "as many as", "neutralized")


@dataclass(frozen=True)
class Figure:
    low: int | None
    high: int | None
    point: int
    approximate: bool = False

    def overlaps(self, other: Figure) -> bool:
        """Do the two intervals meet? Approximate figures ("about N") are widened by 15%."""
        either = self.approximate or other.approximate
        tolerance = APPROX_TOLERANCE if either else 0.0
        lo_a, hi_a = self._bounds(tolerance)
        lo_b, hi_b = other._bounds(tolerance)
        return lo_a <= hi_b and lo_b <= hi_a

    def _bounds(self, tolerance: float) -> tuple[float, float]:
        low = 0.0 if self.low is None else self.low * (1 - tolerance)
        high = float("inf") if self.high is None else self.high * (1 + tolerance)
        return low, high

    def render(self) -> str:
        if self.low is not None and self.high is not None and self.low != self.high:
            return f"{self.low}-{self.high}"
        if self.high is None:
            return f"at least {self.point}"
        if self.low is None:
            return f"up to {self.point}"
        return str(self.point)


@dataclass(frozen=True)
class Position:
    """The figure one claimant holds for one count and one victim group."""

    key: str
    label: str
    figure: Figure
    claim_ids: tuple[str, ...]
    source_kind: str
    hedged: bool
    partial: bool = False
    articles: frozenset[str] = frozenset()  # the articles its claims were read from


def _qualifier_for(claim: Claim, count: Count) -> str:
    parts = [p.strip().lower() for p in (claim.qualifier or "").split(";")]
    if count == "injured":  # "killing at least 235 and wounding 109": 109 as stated
        named = [p.removeprefix("injured:").strip() for p in parts if p.startswith("injured:")]
        return named[0] if named else ""
    return next((p for p in parts if not p.startswith("injured:")), "")


def _from_number(number: int, qualifier: str) -> Figure | None:
    if any(qualifier.startswith(v) for v in _VAGUE):
        return None
    if qualifier.startswith("more than") or qualifier.startswith("over"):
        return Figure(number + 1, None, number + 1)
    if any(qualifier.startswith(q) for q in _LOWER):
        return Figure(number, None, number)
    if qualifier.startswith("fewer than") or qualifier.startswith("less than"):
        return Figure(None, max(number - 1, 0), max(number - 1, 0))
    if any(qualifier.startswith(q) for q in _UPPER):
        return Figure(None, number, number)
    return Figure(number, number, number, _approximate(qualifier))


def _approximate(qualifier: str) -> bool:
    return any(qualifier.startswith(q) for q in _APPROX)


def figure_of(claim: Claim, count: Count, scoped: bool = False) -> Figure | None:
    """The figure ``claim`` gives for ``count``, or ``None`` (no number, or a vague toll).
    ``scoped``: a count over a wider or narrower scope than the incident's (:func:`scope_bound`)
    only bounds it (for contradictions)."""
    number = claim.killed if count == "killed" else claim.injured
    low = claim.killed_min if count == "killed" else claim.injured_min
    high = claim.killed_max if count == "killed" else claim.injured_max
    if number is None and low is not None and high is not None:
        low, high = min(low, high), max(low, high)
        return Figure(low, high, (low + high) // 2)
    if number is None:
        return None
    figure = _from_number(number, _qualifier_for(claim, count))
    return scope_bound(claim, figure) if scoped else figure


# "14 people had been killed in Thailand since the clashes began": a count over a period that
# began before the incident, or over a whole country, holds the incident's toll and more
_RUNNING = re.compile(
    r"\bsince\s+(?:the\s+|it\s+|they\s+)?(?:[\w-]+\s+){0,3}?(?:began|started|broke\s+out|erupted"
    r"|flared|resumed|escalated)\b|\b(?:nationwide|across\s+the\s+country)\b",
    re.IGNORECASE,
)
# "Our hospital received 46 wounded patients": the patients of one facility, a part of all
_FACILITY = re.compile(
    r"\b(?:hospitals?|clinics?|facilit(?:y|ies)|health\s+cent(?:re|er)s?|morgues?)\b"
    r"[^.;]{0,40}?\b(?:received|admitted|treated|took\s+in|counted)\b",
    re.IGNORECASE,
)


# "Two of our colleagues were killed", "none of its soldiers had been killed": a count of the
# speaker's own people (or a party's), a part of the victims
_OWN_PART = re.compile(
    r"\b(?:none|one|two|three|four|five|six|seven|eight|nine|ten|dozens|\d+)\s+of\s+"
    r"(?:our|its|their|his|her)\s",
    re.IGNORECASE,
)


def scope_bound(claim: Claim, figure: Figure | None) -> Figure | None:
    """A running count over a period that began before the incident, or over a country, is an
    upper bound of the incident's toll ("14 killed since the clashes began" against a town's
    6); a count of the patients one facility received, or of the speaker's own people ("two
    of our colleagues"), is a lower bound ("our hospital received 46 wounded" against "some 90
    wounded"); not a count of a victim group ("one of its fighters" against "22 fighters":
    the group's own count of its dead). Other figures as read."""
    if figure is None or figure.low is None:
        return figure
    quote = claim.quote
    if _RUNNING.search(quote):
        return Figure(None, figure.high, figure.point)
    own = claim.victims in GENERAL_VICTIMS and bool(_OWN_PART.search(quote))
    if (own or _FACILITY.search(quote)) and figure.high is not None:
        return Figure(figure.low, None, figure.point, figure.approximate)
    return figure


_MODIFIERS = frozenset({"the", "a", "an", "of", "for", "in", "and", "on", "at", "run", "controlled",
                        "led", "backed", "based", "held", "affiliated", "s"})


def _words(key: str) -> frozenset[str]:
    return frozenset(key.replace("-", " ").replace("'", " ").split()) - _MODIFIERS


def claimant_aliases(claims: Iterable[Claim]) -> dict[str, str]:
    """Claimant key -> the key of the claimant it names (a short name's words all within one
    longer name's, or within names that contain each other: the longest stands). Keys of
    unnamed claimants (per article) never alias."""
    keys = sorted({k for c in claims if not (k := position_key(c)).startswith("article:")})
    words = {k: _words(k) for k in keys}
    aliases: dict[str, str] = {}
    for key in keys:
        wider = [k for k in keys if k != key and words[key] and words[key] <= words[k]]
        if not wider:
            continue
        widest = max(wider, key=lambda k: (len(words[k]), k))
        if all(words[k] <= words[widest] for k in wider):
            aliases[key] = widest
    return aliases


_EARLIER = re.compile(
    r"\b(?:earlier|initially|previously|at first)\s+(?:reported|said|put|gave|given|announced)\b"
    r"|\b(?:an?|the|its)\s+(?:earlier|initial|previous)\s+(?:toll|count|figure|report)\b",
    re.IGNORECASE,
)


def superseded(claims: Sequence[Claim], count: Count) -> set[str]:
    """Ids of claims the article itself gives as an earlier count ("had earlier reported three
    and then four dead") below a figure another claim of the same article gives: a toll that
    rose, not a dispute."""
    highest: dict[str, int] = {}
    for claim in claims:
        figure = figure_of(claim, count)
        if figure is not None:
            highest[claim.article_id] = max(highest.get(claim.article_id, 0), figure.point)
    found = set()
    for claim in claims:
        figure = figure_of(claim, count)
        if (figure is not None and _EARLIER.search(claim.quote)
                and figure.point < highest[claim.article_id]):
            found.add(claim.claim_id)
    return found


def _counts(claims: Iterable[Claim]) -> list[Claim]:
    return [c for c in claims if c.kind != "denial"]


def _best_of(key: str, items: Sequence[tuple[Claim, Figure]]) -> Position:
    """One claimant's figure: the highest stated (tolls rise), all its claim ids kept; of
    figures at that point the bounded one (its "32" where a relay writes "at least 32")."""
    claim, figure = max(items, key=lambda item: (item[1].point, _bounded(item[1]),
                                                 item[0].claim_id))
    ids = tuple(sorted({c.claim_id for c, _ in items}))
    hedged = all(c.hedged for c, _ in items)
    label = claimant_label(claim.source)
    articles = frozenset(c.article_id for c, _ in items)
    return Position(key, label, figure, ids, claim.source_kind, hedged, articles=articles)


def _bounded(figure: Figure) -> bool:
    return figure.low is not None and figure.high is not None


def _group(
    items: Iterable[tuple[Claim, Figure]], aliases: dict[str, str]
) -> dict[str, list[tuple[Claim, Figure]]]:
    groups: dict[str, list[tuple[Claim, Figure]]] = {}
    for claim, figure in items:
        key = position_key(claim)
        key = aliases.get(key, key)
        groups.setdefault(key, []).append((claim, figure))
    return groups


def group_figures(
    claims: Sequence[Claim], count: Count, victims: str, scoped: bool = False
) -> list[Position]:
    """Positions on ``count`` for one victim group (breakdowns included for ``killed``)."""
    items: list[tuple[Claim, Figure]] = []
    for claim in _counts(claims):
        figure = figure_of(claim, count, scoped) if claim.victims == victims else None
        if figure is not None:
            items.append((claim, figure))
        elif count == "killed":
            about = _approximate(_qualifier_for(claim, count))  # "about 20 civilians and ..."
            items.extend((claim, Figure(n, n, n, about))
                         for name, n in claim.breakdown if name == victims)
    groups = _group(items, claimant_aliases(claims))
    return sorted((_best_of(k, v) for k, v in groups.items()), key=lambda p: p.key)


def total_positions(claims: Sequence[Claim], count: Count, scoped: bool = False) -> list[Position]:
    """Positions on the total: general figures, else the claimant's group figures summed."""
    general = [
        (c, f)
        for c in _counts(claims)
        if c.victims in GENERAL_VICTIMS and (f := figure_of(c, count, scoped)) is not None
    ]
    groups = _group(general, claimant_aliases(claims))
    positions = [_best_of(k, items) for k, items in groups.items()]
    for name in victim_groups(claims):
        for pos in group_figures(claims, count, name, scoped):
            if pos.key not in groups:
                positions.append(pos)
    return sorted(_merge_partials(positions, set(groups)), key=lambda p: p.key)


def _merge_partials(positions: list[Position], full: set[str]) -> list[Position]:
    merged: dict[str, Position] = {}
    for pos in positions:
        if pos.key in full:
            merged[pos.key] = pos
            continue
        prev = merged.get(pos.key)
        low = pos.figure.low or 0
        total = low + (prev.figure.point if prev else 0)
        ids = tuple(sorted(set(pos.claim_ids) | set(prev.claim_ids if prev else ())))
        figure = Figure(total, None, total)
        articles = pos.articles | (prev.articles if prev else frozenset())
        merged[pos.key] = Position(pos.key, pos.label, figure, ids, pos.source_kind,
                                   pos.hedged, partial=True, articles=articles)
    return list(merged.values())


def victim_groups(claims: Sequence[Claim]) -> list[str]:
    """Victim groups named by the claims (civilians, soldiers, militants), sorted; a
    breakdown's part of no group ("three women and a man": the man ``unknown``) names none."""
    names = {str(c.victims) for c in claims if c.victims not in GENERAL_VICTIMS}
    names |= {name for c in claims for name, _ in c.breakdown if name not in GENERAL_VICTIMS}
    return sorted(names)
