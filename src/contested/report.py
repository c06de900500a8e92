"""Human-readable views of incidents for the terminal: a table, and one incident in detail."""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

from contested.types import Claim, Estimate, Incident


def _estimate(e: Estimate) -> str:
    if e.best is None and e.low is None and e.high is None:
        return "?"
    if e.low == e.high == e.best:
        return str(e.best)
    return f"{_n(e.low)}-{_n(e.best)}-{_n(e.high)}"


def _n(value: int | None) -> str:
    return "?" if value is None else str(value)


def _place(incident: Incident) -> str:
    place = incident.place
    if place is None:
        return "(unplaced)"
    where = place.name if place.admin1 in (None, place.name) else f"{place.name}, {place.admin1}"
    return f"{where} {place.country or ''}".strip()


def _date(incident: Incident) -> str:
    if incident.date_start is None:
        return "undated"
    text = incident.date_start.isoformat()
    if incident.date_end and incident.date_end != incident.date_start:
        text += f"..{incident.date_end.isoformat()[5:]}"
    return text


def incident_table(store: Any, incidents: Sequence[Incident], total: int) -> str:
    """One line per incident: id, date, type, place, killed, grade, reports, contradictions
    (the fields in dispute)."""
    header = (
        f"{'incident':22} {'date':12} {'type':14} {'place':34} {'killed':>9} {'grade':10} rep "
        "contradictions"
    )
    lines = [header, "-" * len(header)]
    for inc in incidents:
        primary = len({r.article_id for r in inc.reports if r.role == "primary"})
        lines.append(
            f"{inc.incident_id:22} {_date(inc):12} {inc.event_type:14} {_place(inc)[:34]:34} "
            f"{_estimate(inc.killed):>9} {inc.grade:10} {primary:3} {_disputed(inc)}"
        )
    lines.append(f"{len(incidents)} of {total} incidents")
    return "\n".join(lines)


def _disputed(incident: Incident) -> str:
    fields = list(dict.fromkeys(c.field for c in incident.contradictions))
    return ",".join(fields) if fields else "-"


def incident_detail(store: Any, incident: Incident) -> str:
    """The incident, its grade and contradictions, then every claim with its quote."""
    lines = [
        f"{incident.incident_id}  {incident.event_type}  {_date(incident)}  {_place(incident)}",
        f"grade: {incident.grade} ({'; '.join(incident.grade_reasons)})",
        f"killed {_estimate(incident.killed)}, injured {_estimate(incident.injured)} "
        f"(rule: {incident.reconcile_rule}); independent sources: {incident.independent_sources}",
    ]
    for perp in incident.perpetrators:
        lines.append(f"perpetrator: {perp.actor} [{perp.status}]")
    claims = store.claims_of(incident.incident_id)
    by_id = {c.claim_id: c for c in claims}
    for con in incident.contradictions:
        lines.append(f"CONTRADICTION {con.field}: {con.detail}")
        lines.extend(_side_line(by_id[i]) for i in con.claim_ids if i in by_id)
    articles = store.articles(sorted({r.article_id for r in incident.reports}))
    for report in incident.reports:
        art = articles.get(report.article_id)
        title = (art.title or art.origin) if art else report.article_id
        outlet = (art.outlet if art else None) or "?"
        lines.append(f"report ({report.role}): {outlet} | {title}")
    lines.append("")
    for claim in claims:
        lines.extend(_claim_lines(claim))
    return "\n".join(lines)


def _side_line(claim: Claim) -> str:
    """One side of a contradiction: the claimant, what it says, the start of its quote."""
    quote = claim.quote if len(claim.quote) <= 90 else claim.quote[:87] + "..."
    return f"    | {claim.source} ({claim.source_kind}) — {_what(claim)}: “{quote}”"


def _claim_lines(claim: Claim) -> list[str]:
    relay = f" via {', '.join(claim.relayed_by)}" if claim.relayed_by else ""
    what = _what(claim)
    hedge = " [hedged]" if claim.hedged else ""
    quote = textwrap.fill(
        f"“{claim.quote}”", width=100, initial_indent="    ", subsequent_indent="    "
    )
    return [
        f"- {claim.source} ({claim.source_kind}){relay} — {what}{hedge}",
        quote + f"  [{claim.span.start}:{claim.span.end}]",
    ]


def _what(claim: Claim) -> str:
    what: str = claim.kind
    if claim.kind == "casualties":
        what += f": killed {_figure(claim.killed, claim.killed_min, claim.killed_max)}"
        what += f", injured {_figure(claim.injured, claim.injured_min, claim.injured_max)}"
        if claim.qualifier:
            what += f" ({claim.qualifier})"
    elif claim.attributed_to:
        what += f": {claim.attributed_to}"
    return what


def _figure(value: int | None, low: int | None, high: int | None) -> str:
    if value is not None:
        return str(value)
    if low is not None or high is not None:
        return f"{_n(low)}-{_n(high)}"
    return "?"
