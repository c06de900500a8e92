"""``contested eval``: run the pipeline on a gold file's articles in a temporary store and score.

The system side is read from the JSON Lines export, exactly as users get it.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any

from contested.evaluate.gold import GoldArticle, load_gold
from contested.evaluate.metrics import (
    PRF,
    Metrics,
    Share,
    SysClaim,
    SysIncident,
    SystemOutput,
    score,
)

__all__ = ["evaluate", "format_metrics", "gold_output", "load_gold", "metrics_dict", "score"]


def evaluate(gold_path: Path, db: str | None = None) -> Metrics:
    """Score the pipeline on the articles of ``gold_path``."""
    golds = load_gold(gold_path)
    if db is not None:
        return _run_and_score(golds, db)
    with tempfile.TemporaryDirectory(prefix="contested-eval-") as folder:
        return _run_and_score(golds, str(Path(folder) / "eval.db"))


def gold_output(golds: list[GoldArticle]) -> SystemOutput:
    """The pipeline's output on the gold articles, run in a temporary store (for the error
    listings in ``benchmarks/``)."""
    from contested import pipeline
    from contested.store import open_store

    with (
        tempfile.TemporaryDirectory(prefix="contested-gold-") as folder,
        open_store(str(Path(folder) / "eval.db")) as store,
    ):
        pipeline.run(sorted({str(g.path) for g in golds}), store)
        return system_output(store)


def _run_and_score(golds: list[GoldArticle], db: str) -> Metrics:
    from contested import pipeline
    from contested.store import open_store

    paths = sorted({str(g.path) for g in golds})
    with open_store(db) as store:
        pipeline.run(paths, store)
        metrics = score(golds, system_output(store))
        rejected = [f"{r.origin}: {r.reason} ({r.detail})" for r in store.rejections()]
        return replace(metrics, details={**metrics.details, "rejected": rejected})


def system_output(store: Any) -> SystemOutput:
    """The export records of every incident, reduced to what the metrics compare."""
    from contested.export import incident_record
    from contested.store import IncidentFilter

    incidents, claims, origins, texts = [], {}, {}, {}
    for incident in store.list_incidents(IncidentFilter(), limit=10_000_000):
        record = incident_record(store, incident)
        incidents.append(_sys_incident(record))
        for report in record["reports"]:
            origins[report["origin"]] = report["article_id"]
        for claim in record["claims"]:
            claims[claim["claim_id"]] = _sys_claim(claim)
    for article_id in set(origins.values()):
        article = store.article(article_id)
        texts[article_id] = article.text if article else ""
    _add_unreported(store, origins, texts)
    return SystemOutput(tuple(incidents), tuple(claims.values()), origins, texts)


def _add_unreported(store: Any, origins: dict[str, str], texts: dict[str, str]) -> None:
    """Articles with no incident still count as read (for the false-incident rate)."""
    for article in store.articles(store.article_ids()).values():
        origins.setdefault(article.origin, article.article_id)
        texts.setdefault(article.article_id, article.text)


def _sys_incident(record: dict[str, Any]) -> SysIncident:
    place = record.get("place") or {}
    start = record.get("date_start")
    return SysIncident(
        incident_id=record["incident_id"],
        type=record["type"],
        date_start=dt.date.fromisoformat(start) if start else None,
        lat=place.get("lat"),
        lon=place.get("lon"),
        primary_articles=frozenset(
            r["article_id"] for r in record["reports"] if r["role"] == "primary"
        ),
        contradiction_fields=frozenset(c["field"] for c in record.get("contradictions") or ()),
    )


def _sys_claim(claim: dict[str, Any]) -> SysClaim:
    span = claim["span"]
    return SysClaim(
        claim_id=claim["claim_id"],
        article_id=claim["article_id"],
        kind=claim["kind"],
        source_kind=claim["source_kind"],
        span=(span[0], span[1]),
        killed=claim.get("killed"),
        killed_min=claim.get("killed_min"),
        killed_max=claim.get("killed_max"),
        injured=claim.get("injured"),
        attributed_to=claim.get("attributed_to"),
    )


# ------------------------------------------------------------------ output

_ROWS: tuple[tuple[str, str], ...] = (
    ("pair_clustering", "article-pair clustering"),
    ("primary_incidents", "primary incidents found"),
    ("type_accuracy", "event type accuracy"),
    ("casualty_claims", "casualty claims (by value)"),
    ("claimant_kind", "claimant kind accuracy"),
    ("denials", "denials (by quote)"),
    ("attributions", "attributions (by quote)"),
    ("confirmations", "confirmations (by quote)"),
    ("placed_25km", "incidents placed within 25 km"),
    ("dated_1day", "incidents dated within ±1 day"),
    ("contradiction_flags", "contradiction flags"),
    ("false_incident_rate", "false-incident rate (no_incident)"),
)


def _fmt(value: float | None) -> str:
    return "  n/a" if value is None else f"{value:5.3f}"


def format_metrics(metrics: Metrics) -> str:
    lines = [
        f"articles: {metrics.articles} ({metrics.articles_missing} not ingested)",
        f"{'metric':36} {'P':>5} {'R':>5} {'F1':>5}   counts",
    ]
    for name, label in _ROWS:
        value = getattr(metrics, name)
        lines.append(f"{label:36} " + _row(value))
    for origin in metrics.details.get("missing_articles", []):
        lines.append(f"not ingested: {origin}")
    for rejection in metrics.details.get("rejected", []):
        lines.append(f"rejected: {rejection}")
    return "\n".join(lines)


def _row(value: PRF | Share) -> str:
    if isinstance(value, PRF):
        p, r, f = _fmt(value.precision), _fmt(value.recall), _fmt(value.f1)
        return f"{p} {r} {f}   tp={value.tp} fp={value.fp} fn={value.fn}"
    return f"{'':5} {'':5} {_fmt(value.value)}   {value.hits}/{value.total}"


def metrics_dict(metrics: Metrics) -> dict[str, Any]:
    out: dict[str, Any] = {
        "articles": metrics.articles,
        "articles_missing": metrics.articles_missing,
    }
    for name, _ in _ROWS:
        value = getattr(metrics, name)
        out[name] = _value_dict(value)
    out["details"] = metrics.details
    return out


def _value_dict(value: PRF | Share) -> dict[str, Any]:
    if isinstance(value, PRF):
        return {
            **asdict(value),
            "precision": value.precision,
            "recall": value.recall,
            "f1": value.f1,
        }
    return {**asdict(value), "value": value.value}
