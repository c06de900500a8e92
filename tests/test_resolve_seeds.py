"""The five seed articles' gold annotation (../shared/seeds) run through resolve.

Mentions and claims are built from the gold (not from our extraction), so this checks the
resolve rules alone on real claims: every seed incident stays its own incident, and the grades
and figures follow from who said what.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from contested.resolve import cluster_all, summarize_incident
from contested.types import EVENT_TYPES, Claim, Incident, Mention, Place, Span

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "gold.jsonl"
pytestmark = pytest.mark.shared


def _type(text: str) -> str:
    words = text.replace(" ", "_")
    return next((t for t in EVENT_TYPES if t in words), "other")


def _claim(article_id: str, mention_id: str, n: int, c: dict[str, Any]) -> Claim:
    quote = c.get("quote", "")
    return Claim(
        claim_id=f"{mention_id}-c{n}", article_id=article_id, mention_id=mention_id,
        kind=c["claim"], source=c["source"], source_kind=c["source_kind"], quote=quote,
        span=Span(0, len(quote)), component="gold", killed=c.get("killed"),
        killed_min=c.get("killed_min"), killed_max=c.get("killed_max"), injured=c.get("injured"),
        victims=c.get("victims"), qualifier=c.get("qualifier"),
        attributed_to=c.get("attributed_to"), by_accused=c.get("by_accused"),
        breakdown=tuple((k.removesuffix("_killed"), v) for k, v in c.get("breakdown", {}).items()),
    )


def _mention(article_id: str, n: int, inc: dict[str, Any]) -> Mention:
    mention_id = f"{article_id}-m{n}"
    place = Place(inc["place"], inc.get("country"), inc.get("admin1"), inc.get("lat"),
                  inc.get("lon"), 1, None)
    date = dt.date.fromisoformat(inc["date"]) if inc.get("date") else None
    return Mention(
        mention_id=mention_id, article_id=article_id, role=inc["role"],
        event_type=_type(inc["type"]), trigger=Span(0, 1), component="gold",  # type: ignore[arg-type]
        date=date, date_precision=inc.get("date_precision") if date else None,
        place=place, perpetrators=tuple(inc.get("perpetrator_alleged", ())),
        claims=tuple(_claim(article_id, mention_id, i, c) for i, c in enumerate(inc["claims"])),
        summary=inc["place"],
    )


@pytest.fixture(scope="module")
def gold() -> list[tuple[str, Mention]]:
    if not SEEDS.exists():
        pytest.skip(f"seed gold not found at {SEEDS} (../shared is absent)")
    pairs = []
    for line in SEEDS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        for n, inc in enumerate(record["incidents"]):
            pairs.append((inc["incident_id"], _mention(record["id"], n, inc)))
    return pairs


def _incidents(gold: list[tuple[str, Mention]]) -> dict[str, Incident]:
    by_gold: dict[str, list[Mention]] = {}
    for incident_id, m in gold:
        by_gold.setdefault(incident_id, []).append(m)
    return {k: summarize_incident(k, v, {}) for k, v in by_gold.items()}


def test_seed_incidents_stay_apart(gold: list[tuple[str, Mention]]) -> None:
    clusters = cluster_all([m for _, m in gold], id_for=lambda m: m.mention_id)
    truth = {m.mention_id: incident_id for incident_id, m in gold}
    for members in clusters.values():
        assert len({truth[m.mention_id] for m in members}) == 1
    assert len(clusters) == len(set(truth.values()))


def test_seed_grades_follow_the_claims(gold: list[tuple[str, Mention]]) -> None:
    incidents = _incidents(gold)
    assert incidents["I25"].grade == "contested"  # the US denies the Syrian accusation
    assert incidents["I08"].grade == "contested"  # the Pentagon denies SANA's account
    assert incidents["I15"].grade == "confirmed"  # CENTCOM confirms its own strike
    assert incidents["I06"].grade == "weak"  # only the Syrian Foreign Ministry
    assert any("denies involvement" in r for r in incidents["I08"].grade_reasons)


def test_seed_figures(gold: list[tuple[str, Mention]]) -> None:
    incidents = _incidents(gold)
    i25 = incidents["I25"]
    assert i25.killed.best == 8
    assert dict(i25.by_victims)["soldiers"].best == 7
    assert incidents["I06"].killed.low == 11  # "more than 10"
    assert incidents["I13"].killed.best == 0  # "no casualties" is a figure
    assert incidents["I08"].killed.best is None  # "dead and wounded", no figures
