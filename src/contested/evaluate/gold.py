"""Read gold annotations in the format of shared/GOLD.md."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from contested.errors import EvaluationError

SET_ROLES = ("cluster_member", "distractor", "adjacent", "no_incident")


@dataclass(frozen=True)
class GoldClaim:
    kind: str
    source: str
    source_kind: str
    quote: str
    killed: int | None = None
    killed_min: int | None = None
    killed_max: int | None = None
    injured: int | None = None
    victims: str | None = None
    attributed_to: str | None = None
    by_accused: bool | None = None


@dataclass(frozen=True)
class GoldIncident:
    incident_id: str
    role: str
    type: str
    date: dt.date | None
    date_precision: str | None
    lat: float | None
    lon: float | None
    country: str | None
    claims: tuple[GoldClaim, ...]
    contradictions: tuple[str, ...] | None = None  # our extension; None = not annotated


@dataclass(frozen=True)
class GoldArticle:
    gold_id: str
    path: Path  # the article file (or the JSONL container)
    record: str | None  # record id/index inside a container, else None
    set_role: str
    published: dt.date | None
    incidents: tuple[GoldIncident, ...]

    @property
    def origin(self) -> str:
        return f"{self.path}#{self.record}" if self.record is not None else str(self.path)

    def primary(self) -> tuple[GoldIncident, ...]:
        return tuple(i for i in self.incidents if i.role == "primary")


def load_gold(path: Path) -> list[GoldArticle]:
    """Load a gold JSONL file; article paths are resolved beside it, as given."""
    articles: list[GoldArticle] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                articles.append(_article(json.loads(line), path.parent))
            except (ValueError, KeyError, TypeError) as exc:
                raise EvaluationError(f"{path}:{lineno}: not a gold record ({exc})") from exc
    return articles


def _article(obj: dict[str, Any], folder: Path) -> GoldArticle:
    name = obj.get("file") or f"{obj['id']}.txt"
    record = obj.get("record")
    return GoldArticle(
        gold_id=str(obj["id"]),
        path=folder / name,
        record=None if record is None else str(record),
        set_role=str(obj.get("set_role") or "cluster_member"),
        published=_date(obj.get("published")),
        incidents=tuple(_incident(i) for i in obj.get("incidents") or ()),
    )


def _incident(obj: dict[str, Any]) -> GoldIncident:
    flags = obj.get("contradictions")
    return GoldIncident(
        incident_id=str(obj["incident_id"]),
        role=str(obj.get("role") or "primary"),
        type=str(obj.get("type") or "other"),
        date=_date(obj.get("date")),
        date_precision=obj.get("date_precision"),
        lat=_float(obj.get("lat")),
        lon=_float(obj.get("lon")),
        country=obj.get("country"),
        claims=tuple(_claim(c) for c in obj.get("claims") or ()),
        contradictions=None if flags is None else tuple(str(f) for f in flags),
    )


def _claim(obj: dict[str, Any]) -> GoldClaim:
    return GoldClaim(
        kind=str(obj["claim"]),
        source=str(obj.get("source") or ""),
        source_kind=str(obj.get("source_kind") or "unnamed"),
        quote=str(obj.get("quote") or ""),
        killed=obj.get("killed"),
        killed_min=obj.get("killed_min"),
        killed_max=obj.get("killed_max"),
        injured=obj.get("injured"),
        victims=obj.get("victims"),
        attributed_to=obj.get("attributed_to"),
        by_accused=obj.get("by_accused"),
    )


def _date(value: object) -> dt.date | None:
    if not value:
        return None
    return dt.date.fromisoformat(str(value)[:10])


def _float(value: object) -> float | None:
    return None if value is None else float(str(value))


# Gold types are free text ("drone attack on base", "rocket/missile attack on base"); each maps to
# the set of our types that count as correct.
_TYPE_WORDS: tuple[tuple[str, str], ...] = (
    ("drone attack", "drone_attack"),
    ("drone strike", "drone_strike"),
    ("airstrike", "airstrike"),
    ("air strike", "airstrike"),
    ("shelling", "shelling"),
    ("artillery", "shelling"),
    ("missile", "missile_strike"),
    ("rocket", "rocket_attack"),
    ("explosion", "explosion"),
    ("ied", "explosion"),
    ("bomb", "explosion"),
    ("clash", "armed_clash"),
    ("raid", "ground_raid"),
)


def gold_types(text: str) -> frozenset[str]:
    """Our event types that match a gold type string."""
    low = text.lower().replace("_", " ")
    found = {ours for words, ours in _TYPE_WORDS if words in low}
    return frozenset(found or {"other"})
