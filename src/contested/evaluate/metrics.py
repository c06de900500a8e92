"""Evaluation metrics: the system's output against gold, article by article.

Every figure here is defined in one small function, so the README and docs/benchmarks.md can
point at its definition. The system side is read from the JSONL export (``SystemOutput``), so
what is measured is exactly what users get.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import partial

from contested.evaluate.gold import GoldArticle, GoldClaim, GoldIncident, gold_types

PLACE_KM = 25.0
DATE_DAYS = 1


@dataclass(frozen=True)
class SysClaim:
    claim_id: str
    article_id: str
    kind: str
    source_kind: str
    span: tuple[int, int]
    killed: int | None = None
    killed_min: int | None = None
    killed_max: int | None = None
    injured: int | None = None
    attributed_to: str | None = None


@dataclass(frozen=True)
class SysIncident:
    incident_id: str
    type: str
    date_start: dt.date | None
    lat: float | None
    lon: float | None
    primary_articles: frozenset[str]
    contradiction_fields: frozenset[str] = frozenset()


@dataclass(frozen=True)
class SystemOutput:
    incidents: tuple[SysIncident, ...]
    claims: tuple[SysClaim, ...]
    article_of_origin: dict[str, str]  # origin -> article_id
    texts: dict[str, str]  # article_id -> canonical text


@dataclass(frozen=True)
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if p is None or r is None:
            return None
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)


@dataclass(frozen=True)
class Share:
    hits: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.hits / self.total if self.total else None


@dataclass(frozen=True)
class Metrics:
    articles: int
    articles_missing: int
    pair_clustering: PRF
    primary_incidents: PRF
    type_accuracy: Share
    casualty_claims: PRF
    claimant_kind: Share
    denials: PRF
    attributions: PRF
    confirmations: PRF
    placed_25km: Share
    dated_1day: Share
    contradiction_flags: PRF
    false_incident_rate: Share
    details: dict[str, list[str]] = field(default_factory=dict)


# ---------------------------------------------------------------- matching helpers


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def locate_quote(text: str, quote: str) -> tuple[int, int] | None:
    """The span of a gold quote in the system's text, tolerant of whitespace differences."""
    if not quote:
        return None
    at = text.find(quote)
    if at >= 0:
        return (at, at + len(quote))
    pattern = r"\s+".join(re.escape(w) for w in quote.split())
    found = re.search(pattern, text)
    return (found.start(), found.end()) if found else None


def spans_overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def casualty_values_agree(gold: GoldClaim, sys: SysClaim) -> bool:
    """Same killed figure (value or range, or both unknown); injured compared when gold has it."""
    if gold.killed is not None:
        killed_ok = sys.killed == gold.killed
    elif gold.killed_min is not None or gold.killed_max is not None:
        killed_ok = (sys.killed_min, sys.killed_max) == (gold.killed_min, gold.killed_max)
    else:
        killed_ok = sys.killed is None and sys.killed_min is None and sys.killed_max is None
    injured_ok = gold.injured is None or sys.injured == gold.injured
    return killed_ok and injured_ok


def greedy_match(
    golds: Sequence[GoldClaim],
    syss: Sequence[SysClaim],
    agree: Callable[[GoldClaim, SysClaim], bool],
) -> list[tuple[GoldClaim, SysClaim]]:
    """One-to-one matching in order: each gold claim takes the first agreeing free system claim."""
    free = list(syss)
    pairs: list[tuple[GoldClaim, SysClaim]] = []
    for gold in golds:
        hit = next((s for s in free if agree(gold, s)), None)
        if hit is not None:
            free.remove(hit)
            pairs.append((gold, hit))
    return pairs


def quote_agrees(text: str, gold: GoldClaim, sys: SysClaim) -> bool:
    """The gold quote, located in the system's text, overlaps the system claim's span."""
    span = locate_quote(text, gold.quote)
    return span is not None and spans_overlap(span, sys.span)


# ---------------------------------------------------------------- per-metric functions


def pair_clustering(golds: Sequence[GoldArticle], out: SystemOutput) -> PRF:
    """Article pairs that share a primary incident, gold against system."""
    gold_pairs = _pairs({g.gold_id: {i.incident_id for i in g.primary()} for g in golds})
    sys_sets: dict[str, set[str]] = {}
    for gold in golds:
        article_id = out.article_of_origin.get(gold.origin)
        sys_sets[gold.gold_id] = {
            inc.incident_id for inc in out.incidents if article_id in inc.primary_articles
        }
    sys_pairs = _pairs(sys_sets)
    return PRF(
        len(gold_pairs & sys_pairs), len(sys_pairs - gold_pairs), len(gold_pairs - sys_pairs)
    )


def _pairs(groups: dict[str, set[str]]) -> set[tuple[str, str]]:
    names = sorted(groups)
    return {(a, b) for a, b in itertools.combinations(names, 2) if groups[a] & groups[b]}


def claims_of(out: SystemOutput, article_id: str | None, kind: str) -> list[SysClaim]:
    return [c for c in out.claims if c.article_id == article_id and c.kind == kind]


def article_claims(
    gold: GoldArticle, out: SystemOutput, kind: str
) -> tuple[list[GoldClaim], list[SysClaim], str, list[tuple[GoldClaim, SysClaim]]]:
    """One gold article's claims of one kind, the system's, the system's text of the article
    and the matched pairs: casualties matched by value, the others by quote overlap."""
    article_id = out.article_of_origin.get(gold.origin)
    gold_claims = [c for i in gold.incidents for c in i.claims if c.kind == kind]
    sys_claims = claims_of(out, article_id, kind)
    text = out.texts.get(article_id or "", "")
    agree = casualty_values_agree if kind == "casualties" else partial(quote_agrees, text)
    return gold_claims, sys_claims, text, greedy_match(gold_claims, sys_claims, agree)


def claim_prf(
    golds: Sequence[GoldArticle], out: SystemOutput, kind: str
) -> tuple[PRF, list[tuple[GoldClaim, SysClaim]]]:
    """P/R/F1 of one claim kind: casualties matched by value, the others by quote overlap."""
    total, matched = PRF(), []
    for gold in golds:
        gold_claims, sys_claims, _, pairs = article_claims(gold, out, kind)
        matched.extend(pairs)
        total = total + PRF(len(pairs), len(sys_claims) - len(pairs), len(gold_claims) - len(pairs))
    return total, matched


def claimant_kind(pairs: Iterable[tuple[GoldClaim, SysClaim]]) -> Share:
    pairs = list(pairs)
    return Share(sum(g.source_kind == s.source_kind for g, s in pairs), len(pairs))


def incident_map(golds: Sequence[GoldArticle], out: SystemOutput) -> dict[str, SysIncident]:
    """Each gold primary incident id -> the system incident most of its articles were paired with."""
    votes: dict[str, Counter[str]] = {}
    by_id = {inc.incident_id: inc for inc in out.incidents}
    for gold, sys_inc in _article_pairs(golds, out):
        votes.setdefault(gold.incident_id, Counter())[sys_inc.incident_id] += 1
    return {gid: by_id[c.most_common(1)[0][0]] for gid, c in votes.items()}


def _article_pairs(
    golds: Sequence[GoldArticle], out: SystemOutput
) -> list[tuple[GoldIncident, SysIncident]]:
    """Gold primary incidents of each article paired with that article's system incidents."""
    pairs: list[tuple[GoldIncident, SysIncident]] = []
    for gold in golds:
        article_id = out.article_of_origin.get(gold.origin)
        free = [inc for inc in out.incidents if article_id in inc.primary_articles]
        for gold_inc in gold.primary():
            if not free:
                break
            best = max(free, key=lambda s, g=gold_inc: _likeness(g, s))  # type: ignore[misc]
            free.remove(best)
            pairs.append((gold_inc, best))
    return pairs


def _likeness(gold: GoldIncident, sys: SysIncident) -> float:
    score = 1.0 if sys.type in gold_types(gold.type) else 0.0
    if gold.date and sys.date_start:
        score += 1.0 / (1 + abs((gold.date - sys.date_start).days))
    if None not in (gold.lat, gold.lon, sys.lat, sys.lon):
        score += 1.0 / (1 + _km(gold, sys) / 25)
    return score


def _km(gold: GoldIncident, sys: SysIncident) -> float:
    assert gold.lat is not None and gold.lon is not None
    assert sys.lat is not None and sys.lon is not None
    return haversine_km(gold.lat, gold.lon, sys.lat, sys.lon)


def primary_detection(golds: Sequence[GoldArticle], out: SystemOutput) -> PRF:
    """Per article: gold primary incidents found as system incidents with that article primary."""
    total = PRF()
    for gold in golds:
        article_id = out.article_of_origin.get(gold.origin)
        found = sum(article_id in inc.primary_articles for inc in out.incidents)
        expected = len(gold.primary())
        hit = min(found, expected)
        total = total + PRF(hit, found - hit, expected - hit)
    return total


def type_accuracy(golds: Sequence[GoldArticle], out: SystemOutput) -> Share:
    pairs = _article_pairs(golds, out)
    return Share(sum(s.type in gold_types(g.type) for g, s in pairs), len(pairs))


def unique_primary(golds: Sequence[GoldArticle]) -> dict[str, GoldIncident]:
    found: dict[str, GoldIncident] = {}
    for gold in golds:
        for inc in gold.primary():
            found.setdefault(inc.incident_id, inc)
    return found


def placed_within(golds: Sequence[GoldArticle], out: SystemOutput, km: float = PLACE_KM) -> Share:
    mapping, hits, total = incident_map(golds, out), 0, 0
    for gid, inc in unique_primary(golds).items():
        if inc.lat is None or inc.lon is None:
            continue
        total += 1
        sys = mapping.get(gid)
        hits += bool(sys and sys.lat is not None and _km(inc, sys) <= km)
    return Share(hits, total)


def dated_within(golds: Sequence[GoldArticle], out: SystemOutput, days: int = DATE_DAYS) -> Share:
    mapping, hits, total = incident_map(golds, out), 0, 0
    for gid, inc in unique_primary(golds).items():
        if inc.date is None:
            continue
        total += 1
        sys = mapping.get(gid)
        hits += bool(sys and sys.date_start and abs((sys.date_start - inc.date).days) <= days)
    return Share(hits, total)


def gold_flags(golds: Sequence[GoldArticle]) -> set[tuple[str, str]]:
    """(gold incident id, field) flags: annotated ones, else derived from the gold claims."""
    claims: dict[str, list[GoldClaim]] = {}
    annotated: dict[str, tuple[str, ...]] = {}
    for gold in golds:
        for inc in gold.primary():
            claims.setdefault(inc.incident_id, []).extend(inc.claims)
            if inc.contradictions is not None:
                annotated[inc.incident_id] = inc.contradictions
    flags = {(gid, f) for gid, fields in annotated.items() for f in fields}
    for gid, cs in claims.items():
        if gid not in annotated:
            flags |= {(gid, f) for f in derived_flags(cs)}
    return flags


def derived_flags(claims: Sequence[GoldClaim]) -> set[str]:
    """Flags implied by gold claims: a denial by the accused against an attribution; unequal tolls."""
    kinds = {c.kind for c in claims}
    flags = set()
    if "attribution" in kinds and any(c.kind == "denial" and c.by_accused for c in claims):
        flags.add("perpetrator")
    tolls = {c.killed for c in claims if c.kind == "casualties" and c.killed is not None}
    if len(tolls) > 1:
        flags.add("killed")
    return flags


def contradiction_flags(golds: Sequence[GoldArticle], out: SystemOutput) -> PRF:
    expected = gold_flags(golds)
    mapping = incident_map(golds, out)
    back = {sys.incident_id: gid for gid, sys in mapping.items()}
    predicted = set()
    for inc in out.incidents:
        if not inc.primary_articles & set(out.article_of_origin.values()):
            continue
        key = back.get(inc.incident_id, inc.incident_id)
        predicted |= {(key, f) for f in inc.contradiction_fields}
    return PRF(len(expected & predicted), len(predicted - expected), len(expected - predicted))


def false_incident_rate(golds: Sequence[GoldArticle], out: SystemOutput) -> Share:
    empty = [g for g in golds if g.set_role == "no_incident"]
    hits = 0
    for gold in empty:
        article_id = out.article_of_origin.get(gold.origin)
        hits += any(article_id in inc.primary_articles for inc in out.incidents)
    return Share(hits, len(empty))


def score(golds: Sequence[GoldArticle], out: SystemOutput) -> Metrics:
    casualties, cas_pairs = claim_prf(golds, out, "casualties")
    denials, den_pairs = claim_prf(golds, out, "denial")
    attributions, att_pairs = claim_prf(golds, out, "attribution")
    confirmations, con_pairs = claim_prf(golds, out, "confirmation")
    missing = [g.origin for g in golds if g.origin not in out.article_of_origin]
    return Metrics(
        articles=len(golds),
        articles_missing=len(missing),
        pair_clustering=pair_clustering(golds, out),
        primary_incidents=primary_detection(golds, out),
        type_accuracy=type_accuracy(golds, out),
        casualty_claims=casualties,
        claimant_kind=claimant_kind(cas_pairs + den_pairs + att_pairs + con_pairs),
        denials=denials,
        attributions=attributions,
        confirmations=confirmations,
        placed_25km=placed_within(golds, out),
        dated_1day=dated_within(golds, out),
        contradiction_flags=contradiction_flags(golds, out),
        false_incident_rate=false_incident_rate(golds, out),
        details={"missing_articles": missing},
    )
