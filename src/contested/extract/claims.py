"""Assemble Claims: a claimant, a stance or a toll, the quote and its span.

Component id: ``extract.claims@11``. One claim per (sentence, kind); tolls of one sentence form
one casualty claim (killed and injured together), unless the sentence sets two death tolls
against each other (the extract stage makes one claim of each; @4); names the lexicon does not know (@4, s9-claims); both (@5); a headline's stance
the body states again is the body's (@6); with session 10's toll changes of the
casualty reader (@7); with stance@6's frames (@8); with stance@7's frames, a blame per
speaker (a clause's own speaker, two parties blamed jointly) and claimant@5/claimants@6 (@9,
session 11); with stance@8, a document's issuer as the default speaker and forces narrated
by no one dropped unless confirmed (@10, session 12), and a death toll and a wounded count
of one sentence told by two voices kept as two claims (@10, s12-figures); with stance@9, a
role anaphor ("the army spokesman said") keeps its own kind (@11, s12-attr). Consecutive sentences reporting the same
denial, confirmation or attribution by the same side are one claim ("The Pentagon denied any involvement.
'Not a US or Coalition strike,' a spokesman told Sputnik.").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from contested.extract.casualties import CasualtyFigure
from contested.extract.stance import COMPONENT as STANCE_RULES
from contested.extract.stance import Stance
from contested.ids import stable_id
from contested.types import Claim, ClaimKind, SourceKind, Span

COMPONENT = "extract.claims@11"


@dataclass(frozen=True)
class Speaker:
    """The claimant resolved for one sentence."""

    name: str
    kind: SourceKind
    relayed_by: tuple[str, ...]
    actor: str | None  # the conflict party the claimant speaks for, if any
    # the body whose document the article is (a statement, a press release, a report): it speaks
    # every sentence that names no one else (claimant.document_issuer)
    issuer: bool = False


def casualty_claim(
    article_id: str,
    mention_id: str,
    text: str,
    span: Span,
    figures: Sequence[CasualtyFigure],
    speaker: Speaker,
    hedged: bool,
) -> Claim:
    killed = next((f for f in figures if f.kind == "killed"), None)
    injured = next((f for f in figures if f.kind == "injured"), None)
    lead = killed or injured
    assert lead is not None
    return _claim(
        article_id,
        mention_id,
        text,
        span,
        speaker,
        "casualties",
        (),
        killed=killed.value if killed else None,
        killed_min=killed.min if killed else None,
        killed_max=killed.max if killed else None,
        injured=injured.value if injured else None,
        injured_min=injured.min if injured else None,
        injured_max=injured.max if injured else None,
        victims=lead.victims,
        qualifier=_qualifier(killed, injured),
        breakdown=killed.breakdown if killed else (),
        hedged=hedged,
    )


def _qualifier(killed: CasualtyFigure | None, injured: CasualtyFigure | None) -> str | None:
    parts = []
    if killed and killed.qualifier:
        parts.append(killed.qualifier)
    if injured and injured.qualifier:
        parts.append(f"injured: {injured.qualifier}")
    return "; ".join(parts) or None


def stance_claim(
    article_id: str,
    mention_id: str,
    text: str,
    span: Span,
    stance: Stance,
    speaker: Speaker,
    by_accused: bool | None,
) -> Claim:
    claim = _claim(
        article_id,
        mention_id,
        text,
        span,
        speaker,
        stance.kind,
        (stance.actor,),
        attributed_to=stance.actor,
        by_accused=by_accused,
        hedged=stance.hedged,
    )
    if stance.component == STANCE_RULES:
        return claim
    return replace(claim, component=f"{COMPONENT}+{stance.component}")  # the model read it


def _claim(
    article_id: str,
    mention_id: str,
    text: str,
    span: Span,
    speaker: Speaker,
    kind: ClaimKind,
    id_parts: tuple[object, ...],
    **fields: Any,
) -> Claim:
    """A claim of ``kind`` read from the sentence at ``span``, said by ``speaker``."""
    return Claim(
        claim_id=stable_id("clm", article_id, span.start, kind, *id_parts),
        article_id=article_id,
        mention_id=mention_id,
        kind=kind,
        source=speaker.name,
        source_kind=speaker.kind,
        relayed_by=speaker.relayed_by,
        quote=span.of(text),
        span=span,
        component=COMPONENT,
        **fields,
    )


def drop_repeats(claims: Sequence[Claim]) -> list[Claim]:
    """One stance per claimant and party in a mention: a claimant repeating the same
    attribution or confirmation further down adds no claim. (Denials are kept: a party often
    denies twice in different words, and each is quoted.)"""
    seen: set[tuple[str, str | None, str]] = set()
    kept: list[Claim] = []
    for claim in claims:
        key = (claim.kind, claim.attributed_to, claim.source)
        if claim.kind in ("attribution", "confirmation") and key in seen:
            continue
        seen.add(key)
        kept.append(claim)
    return kept


def merge_adjacent(claims: Sequence[Claim], text: str, gap: int = 3) -> list[Claim]:
    """Join consecutive denials/confirmations of the same actor into one claim, and consecutive
    attributions of the same actor by the same claimant."""
    merged: list[Claim] = []
    for claim in claims:
        prev = merged[-1] if merged else None
        if prev is not None and _same_statement(prev, claim, text, gap):
            span = Span(prev.span.start, claim.span.end)
            source = max((prev.source, claim.source), key=len)
            merged[-1] = replace(
                prev,
                span=span,
                quote=span.of(text),
                source=source,
                relayed_by=prev.relayed_by or claim.relayed_by,
                by_accused=prev.by_accused or claim.by_accused,
                source_kind=claim.source_kind if source == claim.source else prev.source_kind,
            )
        else:
            merged.append(claim)
    return merged


def _same_statement(a: Claim, b: Claim, text: str, gap: int) -> bool:
    if a.kind != b.kind or a.kind not in ("denial", "confirmation", "attribution"):
        return False
    if a.kind == "attribution" and a.source != b.source:
        return False
    between = text[a.span.end : b.span.start]
    return a.attributed_to == b.attributed_to and len(between) <= gap and "\n\n" not in between
