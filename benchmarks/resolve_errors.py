"""Why pairs are missed or wrong: the error buckets of a clustering against gold incidents.

Used by ``python benchmarks/resolve_gva.py --errors``. Each missed pair (one gold incident, two
system incidents) and each wrong pair (two gold incidents, one system incident) goes to the
first bucket whose test it meets, in the order listed in ``MISSED`` and ``WRONG``; the tests
read the same pairwise features the clusterer scores (:mod:`contested.resolve.features`).

Dates: "inferred" is a report dated by its publication day (no date read in its lead), "read"
one whose lead gave a date (the precision follows: day, week, month, year).
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Iterable, Mapping

from contested.resolve.cluster import DEFAULT_THRESHOLD
from contested.resolve.features import (
    MAX_GAP_DAYS,
    NAME_BRIDGE,
    NAME_LINK,
    Profile,
    bridged,
    features,
    names_disagree,
    pair_score,
    place_score,
    strong_text,
)
from contested.resolve.geo import interval_gap_days
from contested.resolve.names import shared_weight


def _date_kind(profile: Profile) -> str:
    if profile.interval is None:
        return "undated"
    if profile.inferred:
        return "inferred"
    return f"read-{profile.mention.date_precision or 'day'}"


def _gap(a: Profile, b: Profile) -> int | None:
    if a.interval is None or b.interval is None:
        return None
    return interval_gap_days(a.interval, b.interval)


def _gap_band(gap: int | None) -> str:
    if gap is None:
        return "?"
    for limit, label in ((MAX_GAP_DAYS, "<=3d"), (7, "4-7d"), (30, "8-30d")):
        if gap <= limit:
            return label
    return ">30d"


def _names_band(a: Profile, b: Profile) -> str:
    shared = shared_weight(a.names, b.names)
    if shared is None:
        return "a side names none"
    if shared == 0.0:
        return "share none"
    if shared < NAME_LINK:
        return "share < link"
    return "share < bridge" if shared < NAME_BRIDGE else "share >= bridge"


def _cosine_band(a: Profile, b: Profile) -> str:
    if a.vector is None or b.vector is None:
        return "no text"
    cosine = float(a.vector @ b.vector)
    return f"cos {min(0.9, max(0.0, int(cosine * 10) / 10)):.1f}"


def missed_bucket(a: Profile, b: Profile) -> str:
    """The first reason two reports of one incident were kept apart."""
    gap = _gap(a, b)
    kinds = "/".join(sorted((_date_kind(a), _date_kind(b))))
    if gap is not None and gap > MAX_GAP_DAYS and not bridged(a, b):
        return f"dated apart {_gap_band(gap)} [{kinds}] names: {_names_band(a, b)}"
    if place_score(a.mention.place, b.mention.place) == 0.0 and not strong_text(a, b):
        return "place veto"
    if a.mention.place is None or b.mention.place is None:
        both = a.mention.place is None and b.mention.place is None
        return (f"{'both' if both else 'one side'} unplaced, {_cosine_band(a, b)}, names: "
                f"{_names_band(a, b)}")
    if names_disagree(a, b):
        return "names: share none"
    if pair_score(a, b) < DEFAULT_THRESHOLD:
        return f"scored below threshold, {_cosine_band(a, b)}"
    return "pair fits: lost to order or another incident"


def wrong_bucket(a: Profile, b: Profile) -> str:
    """What let two reports of different incidents into one incident."""
    if pair_score(a, b) < DEFAULT_THRESHOLD:
        return "joined through others (pair scores below threshold)"
    if bridged(a, b):
        return f"bridged by names ({_names_band(a, b)}), gap {_gap_band(_gap(a, b))}"
    if strong_text(a, b):
        return f"strong text, names: {_names_band(a, b)}"
    values = features(a, b)
    place = values["place"]
    where = "unplaced" if place is None else "same place" if place >= 0.9 else "near place"
    return f"{where}, gap {_gap_band(_gap(a, b))}, names: {_names_band(a, b)}"


def _pairs(groups: Iterable[Iterable[str]]) -> set[tuple[str, str]]:
    out: set[tuple[str, str]] = set()
    for group in groups:
        out.update(itertools.combinations(sorted(set(group)), 2))
    return out


def _grouped(assignment: Mapping[str, str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for item, group in assignment.items():
        groups.setdefault(group, []).append(item)
    return list(groups.values())


def buckets(
    system: Mapping[str, str], gold: Mapping[str, str], found: Mapping[str, Profile]
) -> dict[str, Counter[str]]:
    """Missed and wrong pairs (between articles with a profile), counted by bucket; ``gold``
    may be part of the articles: the system pairs counted are those with an article in it."""
    readable = {k: v for k, v in gold.items() if k in found}
    mine = {k: v for k, v in system.items() if k in found}
    gold_pairs = _pairs(_grouped(readable))
    sys_pairs = {p for p in _pairs(_grouped(mine)) if p[0] in readable or p[1] in readable}
    missed = Counter(missed_bucket(found[a], found[b]) for a, b in gold_pairs - sys_pairs)
    wrong = Counter(wrong_bucket(found[a], found[b]) for a, b in sys_pairs - gold_pairs)
    return {"missed": missed, "wrong": wrong}


def _coarse(label: str) -> str:
    """A bucket without its detail: "dated apart >30d [inferred/read-day]", "place veto"."""
    if label.startswith("dated apart"):
        return label.split(" names:")[0]
    return label.split(",")[0].split(" (")[0].split(" names:")[0]


def report(counted: Mapping[str, Counter[str]], top: int = 20) -> str:
    """Each kind's buckets: the coarse ones in full, then the ``top`` detailed ones."""
    lines = []
    for kind, counts in counted.items():
        coarse: Counter[str] = Counter()
        for label, n in counts.items():
            coarse[_coarse(label)] += n
        lines.append(f"{kind} pairs: {sum(counts.values())}")
        lines.extend(f"  {n:6d}  {label}" for label, n in coarse.most_common())
        lines.append(f"  in detail (top {top}):")
        lines.extend(f"    {n:6d}  {label}" for label, n in counts.most_common(top))
    return "\n".join(lines)
