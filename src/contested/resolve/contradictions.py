"""Disagreement made visible: contradictions between claims (and between mentions).

Casualties (``killed``, ``injured``)
    Claimants' positions (:mod:`contested.resolve.figures`) contradict when their intervals do
    not meet: "14" vs "22" does, "at least 9" vs "11" does not, "more than 10" vs "8" does, "0" vs
    "5" does; "about 20" meets figures within 15% (so does "20 civilians" read from "about 20
    civilians and a medic"). Vague tolls give no figure and never contradict. A claimant's own
    rising toll is not a contradiction (its highest figure stands; a claimant named short, "the
    Observatory", is the one named in full), nor are copies of one claim, nor a lower count the
    article gives as an earlier one. A figure for one victim group ("22 civilians") contradicts a
    total only when it exceeds the total's upper bound; groups are also compared group to group.
    Two exact figures that a third claimant's exact figure shows to be parts of one whole (2 and
    1 of 3; or 2 of 3 when a third says 1) do not contradict: claims do not say which victims
    (nationality, unit) a figure counts, and parts that add up are what partial counts look like.
    Not so for two general tolls of one article (its accounts of the whole, or "five of the
    dead"), nor for a share of a toll that the toll's own article gives ("three killed" and
    "a commander" among them, against another outlet's two).
Perpetrator
    An attribution to an actor, or a confirmation by it (a claim of responsibility), against a
    denial concerning the same actor (a retracted claim; a commander's claim against the
    group's denial); or two claimants
    naming different perpetrators (each naming one the other does not; a claimant naming both
    is not a dispute). Confirmations count as naming their actor. "unknown" names nobody.
    A denial of who did it (:func:`is_blame_denial`: of a named actor, or "rejected the
    accusation" naming nobody) answers any other claimant's accusation, however the accused is
    named ("the army" blamed, "security forces" denying); a claimant's own accusation and
    denial (one name, a short name, one acronym) dispute nothing.
Occurred
    A claimant saying it did not happen (:func:`is_occurrence_denial`: a denial that blames
    nobody and rejects no accusation, charge or involvement) against the claimants that report it; not a claimant that gives a toll or a
    confirmation of the incident itself (it denies a detail: "the missile did not hit homes"),
    also when named short ("the General Staff" after "the General Staff of the Armed Forces").
Date and place (:func:`find_mention_conflicts`)
    Primary mentions dated to the day more than one day apart (a placed report dated to its
    own publication day may mean the day before: a dateline's day); precisely placed primary mentions
    more than 50 km apart, of two names (one name at two spots is a namesake the gazetteer
    could not tell apart), unless one article stands against two or more that agree (outvoted:
    a misread dateline or namesake, as the clusterer's majority place veto takes it). Mentions carry no claim of their own, so these contradictions list the
    *mention ids* of both sides in ``claim_ids``.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Callable, Mapping, Sequence

from contested.resolve.actors import actor_key, claimant_label, is_unknown_actor, position_key
from contested.resolve.features import on_its_eve
from contested.resolve.figures import (
    Count,
    Position,
    claimant_aliases,
    group_figures,
    superseded,
    total_positions,
    victim_groups,
)
from contested.resolve.geo import place_distance_km, place_radius_km
from contested.resolve.names import spelling_key
from contested.types import Article, Claim, Contradiction, Mention, Place

PLACE_CONFLICT_KM = 50.0
DATE_CONFLICT_DAYS = 1
PRECISE_RADIUS_KM = 25.0  # towns and districts; provinces are too coarse to conflict


# "rejected the accusation", "denied any involvement", "had nothing to do with it": a denial
# of who did it, whoever the accused is, not of the incident
_BLAME_DENIED = re.compile(
    r"\b(?:accus|charges?\b|allegation|blam|responsib|involve|implicat|complicit|role\s+in"
    r"|behind\b|link(?:s|ed|ing)?\s+(?:it|to|with)|carried\s+out|nothing\s+to\s+do"
    r"|(?:did|had)\s+not\s+(?:order|carry|conduct|attack|fire|launch|target|strike|plant))",
    re.IGNORECASE,
)


def is_occurrence_denial(claim: Claim) -> bool:
    """Hook: does ``claim`` say the incident did not happen? (a denial that blames nobody and
    does not reject an accusation: :func:`is_blame_denial`)"""
    return (claim.kind == "denial" and is_unknown_actor(claim.attributed_to)
            and not _BLAME_DENIED.search(claim.quote))


def is_blame_denial(claim: Claim) -> bool:
    """A denial of who did it: of a named actor, or of "the accusation" whoever it names
    ("The government has rejected the accusation")."""
    return claim.kind == "denial" and (not is_unknown_actor(claim.attributed_to)
                                       or bool(_BLAME_DENIED.search(claim.quote)))


# --- casualties -------------------------------------------------------------------------


def _disagree(a: Position, b: Position) -> bool:
    if a.key == b.key or (a.partial and b.partial):
        return False
    if a.partial or b.partial:
        part, total = (a, b) if a.partial else (b, a)
        return total.figure.high is not None and (part.figure.low or 0) > total.figure.high
    return not a.figure.overlaps(b.figure)


def _casualty_detail(a: Position, b: Position, what: str) -> str:
    lo, hi = sorted((a, b), key=lambda p: (p.figure.point, p.label))
    return f"{lo.label}: {lo.figure.render()} {what} vs {hi.label}: {hi.figure.render()} {what}"


def _parts_of_one_whole(a: Position, b: Position, positions: Sequence[Position]) -> bool:
    """``a`` and ``b`` are parts of one total a third claimant gives (2 + 1 = 3: "two
    Americans" and "a Briton" of "three coalition soldiers"), or the smaller is a part of the
    larger whose other part a third claimant gives (2 of 3, the third saying 1). Exact figures
    only: a coincidence of "at least" or "about" figures proves nothing. Not when one article
    gives both parts as tolls of the whole (:func:`_two_tolls`), nor when the other part is a
    share the larger figure's own article gives of it (:func:`_share_of`)."""
    low, high = sorted((a, b), key=lambda p: p.figure.point)
    for third in positions:
        if third.key in (a.key, b.key) or not _exact(third):
            continue
        if (low.figure.point + high.figure.point == third.figure.point and _exact(low, high)
                and not _two_tolls(low, high)):
            return True
        if (low.figure.point + third.figure.point == high.figure.point and _exact(low)
                and not _two_tolls(low, third) and not _share_of(third, high)):
            return True
    return False


def _share_of(part: Position, whole: Position) -> bool:
    """``part`` is read from the article that gives the toll ``whole`` (a stated toll, not a
    sum of victim groups): its share of that toll ("three killed", among them "a
    commander"), not the complement of a third figure."""
    return bool(part.articles & whole.articles) and not whole.partial


def _two_tolls(a: Position, b: Position) -> bool:
    """Two figures of one article, neither a victim group's: its claimants' tolls of the
    whole or a share of it ("nine killed", a hospital said; "five of the dead" were Iraqi),
    not two complementary parts of another outlet's figure, however they add up."""
    return bool(a.articles & b.articles) and not a.partial and not b.partial


def _exact(*positions: Position) -> bool:
    """Exact figures: "3", or a victim group's "1 soldier" (a lower bound of the total only)."""
    return all((p.figure.low == p.figure.high or p.partial) and not p.figure.approximate
               for p in positions)


def _pairs(positions: Sequence[Position], count: Count, what: str,
           wholes: Sequence[Position] = ()) -> list[Contradiction]:
    """The disagreeing pairs of ``positions``; ``wholes`` (with the positions themselves) are
    the third figures that may show a pair to be parts of one whole."""
    found = []
    thirds = [*positions, *wholes]
    for a, b in itertools.combinations(positions, 2):
        if _disagree(a, b) and not _parts_of_one_whole(a, b, thirds):
            ids = tuple(dict.fromkeys(a.claim_ids + b.claim_ids))
            found.append(Contradiction(count, _casualty_detail(a, b, what), ids))
    return found


def casualty_contradictions(claims: Sequence[Claim], count: Count) -> list[Contradiction]:
    """Contradictions on one count, totals first, then victim group by victim group; an
    article's own superseded counts left out."""
    dropped = superseded(claims, count)
    claims = [c for c in claims if c.claim_id not in dropped]
    totals = total_positions(claims, count, scoped=True)
    found = _pairs(totals, count, count)
    if count == "killed":
        for name in victim_groups(claims):
            groups = group_figures(claims, count, name, scoped=True)
            found += _pairs(groups, count, f"{name} killed", totals)
    return found


# --- perpetrators -----------------------------------------------------------------------


def _by_actor(claims: Sequence[Claim], kinds: set[str]) -> dict[str, list[Claim]]:
    grouped: dict[str, list[Claim]] = {}
    for claim in claims:
        if claim.kind in kinds and not is_unknown_actor(claim.attributed_to):
            grouped.setdefault(actor_key(claim.attributed_to or ""), []).append(claim)
    return grouped


def _labels(claims: Sequence[Claim]) -> str:
    labels = list(dict.fromkeys(claimant_label(c.source) for c in claims))
    return labels[0] if len(labels) == 1 else f"{labels[0]} and {len(labels) - 1} more"


def _ids(*groups: Sequence[Claim]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(c.claim_id for group in groups for c in group))


def _denied_attributions(claims: Sequence[Claim]) -> list[Contradiction]:
    """An actor blamed, or claiming the attack itself, and denying it: a claim of
    responsibility later retracted, or one commander's claim against the group's denial,
    disputes the perpetrator as an accusation does. A denial of who did it also disputes
    another claimant's accusation of a differently named actor (the army blamed, "security
    forces" denying; "rejected the accusation", naming nobody): a denial answers an
    accusation. Not a claimant's own accusation against its own denial (a misread side)."""
    named = _by_actor(claims, {"attribution", "confirmation"})
    denials = [c for c in claims if is_blame_denial(c) and not _unclaimed(c)]
    same = _same_claimant(claims)
    found: list[Contradiction] = []
    answered: set[str] = set()  # a denial of another name answers one accusation, not each
    for key in sorted(named):
        group = named[key]
        accusing = [c for c in group if c.kind == "attribution"]
        own = [d for d in denials if not is_unknown_actor(d.attributed_to)
               and actor_key(d.attributed_to or "") == key]
        other = [d for d in denials if d not in own and d.claim_id not in answered]
        denial = own + (other if accusing else [])
        blame = [c for c in (accusing or group) if any(not same(c, d) for d in denial)]
        denial = [d for d in denial if any(not same(c, d) for c in blame)]
        if not blame or not denial:
            continue
        answered |= {d.claim_id for d in denial if d not in own}
        verb = "blames" if accusing else "confirms"
        detail = f"{_labels(blame)}: {verb} {blame[0].attributed_to} vs {_labels(denial)}: denies"
        found.append(Contradiction("perpetrator", detail, _ids(blame, denial)))
    return found


_ACRONYM = re.compile(r"\b[A-Z]{2,6}\b")
# "Islamic State has not claimed the attack", "no group has claimed it": a claim not (yet)
# made, no denial
_NOT_CLAIMED = re.compile(
    r"\b(?:has|have|had|did|does)\s+not\s+(?:yet\s+|immediately\s+)?claim(?:ed)?\b"
    r"|\bno\s+(?:group|one|organi[sz]ation)\s+(?:has\s+|had\s+)?(?:yet\s+|immediately\s+)?claimed\b",
    re.IGNORECASE,
)


def _unclaimed(denial: Claim) -> bool:
    """A denial read from a claim of responsibility not made: no answer to an accusation."""
    return bool(_NOT_CLAIMED.search(denial.quote))


def _same_claimant(claims: Sequence[Claim]) -> Callable[[Claim, Claim], bool]:
    """Do two claims come from one claimant: one key (a short name is the one named in
    full), or one acronym ("KZC spokesman ..." and "the Kuki-Zo Council (KZC)")?"""
    aliases = claimant_aliases(claims)

    def who(claim: Claim) -> str:
        key = position_key(claim)
        return aliases.get(key, key)

    def same(a: Claim, b: Claim) -> bool:
        return who(a) == who(b) or bool(set(_ACRONYM.findall(a.source))
                                        & set(_ACRONYM.findall(b.source)))

    return same


def _mutual_denials(claims: Sequence[Claim]) -> list[Contradiction]:
    """Two claimants each denying who did it, of different actors ("denied its forces had
    started the fighting"; the rival "rejected the charge"): each answers the other's
    accusation, so the perpetrator is disputed, though neither accusation was read."""
    denials = [c for c in claims if is_blame_denial(c)]
    same = _same_claimant(claims)
    for a, b in itertools.combinations(denials, 2):
        if same(a, b) or _denied_actor(a) == _denied_actor(b) != "":
            continue
        detail = f"{_labels([a])}: denies vs {_labels([b])}: denies"
        return [Contradiction("perpetrator", detail, _ids([a], [b]))]
    return []


def _denied_actor(claim: Claim) -> str:
    return "" if is_unknown_actor(claim.attributed_to) else actor_key(claim.attributed_to or "")


# a class of armed group, named by no name ("extremists", "Islamist militants", "gunmen")
_GENERIC_ARMED = re.compile(
    r"^(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:militants?|extremists?|terrorists?|jihadists?|insurgents?"
    r"|gunm[ae]n|attackers?|assailants?|armed\s+(?:men|groups?)|bandits?|terrorist\s+groups?"
    r"|fighters?)$"
)


def _claimed_by_a_group(generic: str, claimed: Sequence[Claim]) -> bool:
    """One side blames a class of armed group ("extremists"), the other is a group claiming
    the attack itself: the claim names the group the blame did not, no rival perpetrator."""
    return bool(_GENERIC_ARMED.match(generic)) and any(c.kind == "confirmation" for c in claimed)


def _competing_attributions(claims: Sequence[Claim]) -> list[Contradiction]:
    named = _by_actor(claims, {"attribution", "confirmation"})
    holders = {key: {position_key(c) for c in group} for key, group in named.items()}
    found = []
    for k1, k2 in itertools.combinations(sorted(named), 2):
        g1, g2 = named[k1], named[k2]
        if (_claimed_by_a_group(g1[0].attributed_to or "", g2)
                or _claimed_by_a_group(g2[0].attributed_to or "", g1)):
            continue
        if holders[k1] - holders[k2] and holders[k2] - holders[k1]:
            a, b = sorted((named[k1], named[k2]), key=lambda group: group[0].claim_id)
            detail = (f"{_labels(a)}: blames {a[0].attributed_to} vs "
                      f"{_labels(b)}: blames {b[0].attributed_to}")
            found.append(Contradiction("perpetrator", detail, _ids(a, b)))
    return found


def _occurrence(claims: Sequence[Claim]) -> list[Contradiction]:
    """Claimants saying it did not happen against those that report it. A claimant that
    itself gives a toll or confirms the incident denies a detail (whose the victims were,
    what was hit), not that it happened."""
    aliases = claimant_aliases(claims)

    def who(claim: Claim) -> str:  # a claimant named short is the one named in full
        key = position_key(claim)
        return aliases.get(key, key)

    affirm = {who(c) for c in claims if c.kind in {"casualties", "confirmation"}}
    denials = [c for c in claims if is_occurrence_denial(c) and who(c) not in affirm]
    deniers = {who(c) for c in denials}
    reports = [c for c in claims if c.kind != "denial" and who(c) not in deniers]
    if not denials or not reports:
        return []
    detail = f"{_labels(denials)}: did not happen vs {_labels(reports)}: reports it"
    return [Contradiction("occurred", detail, _ids(denials, reports))]


def find_contradictions(claims: Sequence[Claim]) -> list[Contradiction]:
    """All contradictions among ``claims`` (one incident's), in a deterministic order."""
    ordered = sorted({c.claim_id: c for c in claims}.values(), key=lambda c: c.claim_id)
    found = casualty_contradictions(ordered, "killed") + casualty_contradictions(ordered, "injured")
    found += _denied_attributions(ordered) + _competing_attributions(ordered)
    if not any(c.field == "perpetrator" for c in found):
        found += _mutual_denials(ordered)
    return found + _occurrence(ordered)


# --- dates and places from mentions -----------------------------------------------------


def _label_for(articles: Mapping[str, Article] | None) -> Callable[[Mention], str]:
    def label(mention: Mention) -> str:
        article = (articles or {}).get(mention.article_id)
        return (article.outlet if article else None) or mention.article_id

    return label


def _side_label(side: Sequence[Mention], label: Callable[[Mention], str]) -> str:
    names = sorted({label(m) for m in side})
    return names[0] if len(names) == 1 else f"{names[0]} and {len(names) - 1} more"


Labeller = Callable[[Mention], str]


def _claim_ids(side: Sequence[Mention]) -> tuple[str, ...]:
    """The claims carried by the reports on either side (EXPORT.md: contradictions cite claims)."""
    return tuple(claim.claim_id for mention in side for claim in mention.claims)


def _date_conflicts(primary: Sequence[Mention], label: Labeller,
                    articles: Mapping[str, Article] | None = None) -> list[Contradiction]:
    dated = [m for m in primary if m.date is not None and (m.date_precision or "day") == "day"]
    if not dated:
        return []
    first = min(m.date for m in dated if m.date is not None)
    last = max(m.date for m in dated if m.date is not None)
    latest = max(_earliest_meant(m, articles or {}) for m in dated)
    if (latest - first).days <= DATE_CONFLICT_DAYS:
        return []
    a = [m for m in dated if m.date == first]
    b = [m for m in dated if m.date == last]
    detail = f"{_side_label(a, label)}: {first} vs {_side_label(b, label)}: {last}"
    return [Contradiction("date", detail, _claim_ids(a + b))]


def _earliest_meant(mention: Mention, articles: Mapping[str, Article]) -> dt.date:
    """The earliest day a day-precise primary mention may mean: a placed report dated to its
    own publication day may mean the day before (a dateline's day; the clusterer's rule,
    :func:`~contested.resolve.features.on_its_eve`)."""
    assert mention.date is not None
    article = articles.get(mention.article_id)
    published = article.published if article is not None else None
    if on_its_eve(mention, (mention.date, mention.date), published):
        return mention.date - dt.timedelta(days=1)
    return mention.date


Placed = tuple[Mention, Place]


def _farthest(placed: Sequence[Placed]) -> tuple[Placed, Placed, float] | None:
    """The two places farthest apart, of two names: one name placed twice is a namesake the
    gazetteer could not tell apart (the city and the gulf or governorate of that name), not
    two reports disagreeing."""
    best: tuple[Placed, Placed, float] | None = None
    for a, b in itertools.combinations(placed, 2):
        if _same_name(a[1], b[1]):
            continue
        km = place_distance_km(a[1], b[1]) or 0.0
        if best is None or km > best[2]:
            best = (a, b, km)
    return best


def _same_name(a: Place, b: Place) -> bool:
    key = spelling_key(a.name)
    return key is not None and key == spelling_key(b.name)


def _precise(primary: Sequence[Mention]) -> list[Placed]:
    return [
        (m, m.place) for m in primary
        if m.place is not None and m.place.lat is not None and m.place.lon is not None
        and place_radius_km(m.place) <= PRECISE_RADIUS_KM
    ]


def _place_conflicts(primary: Sequence[Mention], label: Labeller) -> list[Contradiction]:
    placed = _precise(primary)
    far = _farthest(placed)
    if far is None or far[2] <= PLACE_CONFLICT_KM:
        return []
    (_, place_a), (_, place_b), km = far

    def near_a(place: Place) -> bool:
        return (place_distance_km(place, place_a) or 0.0) <= (
            place_distance_km(place, place_b) or 0.0)

    a = [m for m, place in placed if near_a(place)]
    b = [m for m, place in placed if not near_a(place)]
    if _outvoted(a, b):
        return []
    detail = (f"{_side_label(a, label)}: {place_a.name} vs "
              f"{_side_label(b, label)}: {place_b.name} ({km:.0f} km apart)")
    return [Contradiction("place", detail, _claim_ids(a + b))]


def _outvoted(a: Sequence[Mention], b: Sequence[Mention]) -> bool:
    """One article's place against two or more that agree: a misreading (a dateline, a
    namesake), as the clusterer takes it, not a dispute."""
    articles = sorted(len({m.article_id for m in side}) for side in (a, b))
    return articles[0] == 1 and articles[1] >= 2


def find_mention_conflicts(
    mentions: Sequence[Mention], articles: Mapping[str, Article] | None = None
) -> list[Contradiction]:
    """Date and place contradictions between one incident's primary mentions."""
    ordered = sorted(mentions, key=lambda m: m.mention_id)
    primary = [m for m in ordered if m.role == "primary"]
    label = _label_for(articles)
    return _date_conflicts(primary, label, articles) + _place_conflicts(primary, label)
