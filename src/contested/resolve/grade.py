"""Who is said to have done it, and how well the incident stands: Airwars-style grades.

Perpetrator status (:func:`perpetrators`), per actor (spellings merged by
:func:`~contested.resolve.actors.actor_key`):

``confirmed``  the actor itself confirms (a confirmation by the accused), and never denies;
``denied``     the actor is blamed and a denial concerning it stands (and no confirmation);
``disputed``   the actor both confirms and denies, or claimants name different perpetrators
               (one names X but not Y, another Y but not X) and this one is not confirmed;
``alleged``    blamed (attribution claims, or the mention's own perpetrators), nothing more.

Grade (:func:`suggest_grade`), first rule that applies:

``discounted`` a discount hook fires (:data:`DISCOUNT_HOOKS`): another party than the alleged one
               claims the strike (a confirmation by an actor nobody blamed, while another is
               blamed), or a claim is a retraction (``Claim.qualifier == "retracted"``: a hook
               until extraction reads retractions);
``confirmed``  the accused party confirms (a confirmation with ``by_accused``), and does not deny;
``contested``  the accused denies, someone says it did not happen, or perpetrators are disputed;
``fair``       two or more independent sources, no denial;
``weak``       a single source (or only background recollections).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from contested.resolve.actors import (
    actor_key,
    claimant_label,
    is_unknown_actor,
    normalise,
    position_key,
)
from contested.resolve.contradictions import is_occurrence_denial
from contested.types import Claim, Grade, Mention, Perpetrator

DiscountHook = Callable[[Sequence[Mention], Sequence[Claim]], str | None]


def _actor(claim: Claim) -> str:
    return actor_key(claim.attributed_to or "")


def _is_accused(claim: Claim) -> bool:
    """Does the claimant speak for the actor it confirms or denies?"""
    if claim.by_accused is not None:
        return claim.by_accused
    return actor_key(claimant_label(claim.source)) == _actor(claim)


def _named(claims: Sequence[Claim], kinds: set[str]) -> list[Claim]:
    return [c for c in claims if c.kind in kinds and not is_unknown_actor(c.attributed_to)]


def _display_names(claims: Sequence[Claim], mentions: Sequence[Mention]) -> dict[str, str]:
    """Actor key -> its name as the accusers spell it most often (then as confirmed or denied;
    ties: the shortest, then alphabetical)."""
    counts: dict[str, dict[str, tuple[int, int]]] = {}
    accusers = [c.attributed_to for c in _named(claims, {"attribution"})]
    accusers += [p for m in mentions for p in m.perpetrators if not is_unknown_actor(p)]
    answers = [c.attributed_to for c in _named(claims, {"confirmation", "denial"})]
    for weight, names in ((1, accusers), (0, answers)):
        for name in names:
            if name:
                forms = counts.setdefault(actor_key(name), {})
                accused, total = forms.get(name, (0, 0))
                forms[name] = (accused + weight, total + 1)
    return {k: min(v, key=lambda n: (-v[n][0], -v[n][1], len(n), n)) for k, v in counts.items()}


def _competing(claims: Sequence[Claim]) -> set[str]:
    """Actor keys involved in a competing attribution between claimants."""
    holders: dict[str, set[str]] = {}
    for claim in _named(claims, {"attribution", "confirmation"}):
        holders.setdefault(_actor(claim), set()).add(position_key(claim))
    disputed: set[str] = set()
    for k1, h1 in holders.items():
        for k2, h2 in holders.items():
            if k1 < k2 and h1 - h2 and h2 - h1:
                disputed |= {k1, k2}
    return disputed


def _status(key: str, by_kind: dict[str, list[Claim]], competing: set[str]) -> str:
    confirms = [c for c in by_kind["confirmation"] if _is_accused(c)]
    denies = by_kind["denial"]
    accused_denies = [c for c in denies if _is_accused(c)]
    if confirms and accused_denies:
        return "disputed"
    if confirms:
        return "confirmed"
    if denies:
        return "denied"
    return "disputed" if key in competing else "alleged"


def perpetrators(claims: Sequence[Claim], mentions: Sequence[Mention]) -> tuple[Perpetrator, ...]:
    """Every actor blamed, confirmed or denied, with its status and the claims behind it.

    The status is the party's (spellings of one party share it: a denial by the United States
    answers an attribution to the US-led coalition), but each spelling the claims use keeps its
    own row with its own claims, so "US-led coalition" blamed by one source and "United States"
    denying stand side by side. A party only the mentions name gets one row.
    """
    ordered = sorted({c.claim_id: c for c in claims}.values(), key=lambda c: c.claim_id)
    names = _display_names(ordered, mentions)
    competing = _competing(ordered)
    result = []
    for key in sorted(names):
        by_kind: dict[str, list[Claim]] = {"attribution": [], "confirmation": [], "denial": []}
        for claim in _named(ordered, set(by_kind)):
            if _actor(claim) == key:
                by_kind[claim.kind].append(claim)
        status = _status(key, by_kind, competing)
        for name, ids in _spellings(names[key], [c for kind in by_kind.values() for c in kind]):
            result.append(Perpetrator(name, status, ids))  # type: ignore[arg-type]
    return tuple(result)


def _spellings(display: str, claims: Sequence[Claim]) -> list[tuple[str, tuple[str, ...]]]:
    """(name, claim ids) per spelling of one party; the display name first."""
    rows: dict[str, tuple[str, list[str]]] = {}
    for claim in claims:
        name = claim.attributed_to or display
        rows.setdefault(normalise(name), (name, []))[1].append(claim.claim_id)
    if not rows:
        return [(display, ())]
    first = normalise(display)
    order = sorted(rows, key=lambda k: (k != first, rows[k][0]))
    return [(rows[k][0], tuple(sorted(rows[k][1]))) for k in order]


# --- discount hooks ---------------------------------------------------------------------


def other_party_claims(mentions: Sequence[Mention], claims: Sequence[Claim]) -> str | None:
    """Another party than the alleged one confirms the strike as its own."""
    blamed = {_actor(c) for c in _named(claims, {"attribution"})}
    blamed |= {actor_key(p) for m in mentions for p in m.perpetrators if not is_unknown_actor(p)}
    for claim in _named(claims, {"confirmation"}):
        if _actor(claim) not in blamed and blamed:
            return f"another party ({claim.attributed_to}) claims the strike"
    return None


def retracted(mentions: Sequence[Mention], claims: Sequence[Claim]) -> str | None:
    """Hook for retractions: extraction does not read them yet; ``qualifier="retracted"``."""
    for claim in claims:
        if (claim.qualifier or "").strip().lower() == "retracted":
            return f"retracted by {claimant_label(claim.source)}"
    return None


DISCOUNT_HOOKS: tuple[DiscountHook, ...] = (other_party_claims, retracted)


# --- grade ------------------------------------------------------------------------------


def _sources_reason(count: int, labels: Sequence[str], claims: Sequence[Claim]) -> str:
    if count >= 2:
        return f"{count} independent sources"
    if count == 0:
        return "no primary report (background only)"
    label = labels[0] if labels else next((claimant_label(c.source) for c in claims), "")
    return f"single source: {label}" if label else "single source"


def _denial_reasons(claims: Sequence[Claim], perps: Sequence[Perpetrator]) -> list[str]:
    reasons = []
    for claim in claims:
        if claim.kind == "denial" and not is_unknown_actor(claim.attributed_to):
            who = "accused party" if _is_accused(claim) else claimant_label(claim.source)
            reasons.append(f"{who} ({claim.attributed_to}) denies involvement")
        elif is_occurrence_denial(claim):
            reasons.append(f"{claimant_label(claim.source)} says it did not happen")
    disputed = [p.actor for p in perps if p.status == "disputed"]
    if len(disputed) > 1:
        reasons.append("perpetrators disputed: " + ", ".join(disputed))
    return list(dict.fromkeys(reasons))


def _accused_confirms(claims: Sequence[Claim]) -> list[str]:
    denied = {_actor(c) for c in claims if c.kind == "denial" and _is_accused(c)}
    return list(dict.fromkeys(
        f"accused party ({c.attributed_to}) confirms"
        for c in _named(claims, {"confirmation"})
        if _is_accused(c) and _actor(c) not in denied
    ))


def suggest_grade(
    mentions: Sequence[Mention],
    claims: Sequence[Claim],
    independent_source_count: int,
    perpetrators: Sequence[Perpetrator],
    source_labels: Sequence[str] = (),
    hooks: Sequence[DiscountHook] = DISCOUNT_HOOKS,
) -> tuple[Grade, tuple[str, ...]]:
    """The suggested grade and short readable reasons for it (see the module docstring)."""
    ordered = sorted({c.claim_id: c for c in claims}.values(), key=lambda c: c.claim_id)
    sources = _sources_reason(independent_source_count, source_labels, ordered)
    discount = [r for hook in hooks if (r := hook(mentions, ordered))]
    if discount:
        return "discounted", (*discount, sources)
    confirms = _accused_confirms(ordered)
    if confirms:
        return "confirmed", (*confirms, sources)
    disputes = _denial_reasons(ordered, perpetrators)
    if disputes:
        return "contested", (*disputes, sources)
    return ("fair" if independent_source_count >= 2 else "weak"), (sources,)
