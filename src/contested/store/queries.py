"""SQL fragments for incident queries: filters -> parameterised WHERE, sort -> ORDER BY.

Only fixed SQL text is assembled here; every user value goes through a ``?`` parameter.
"""

from __future__ import annotations

import re
from typing import Any

from contested.errors import UsageError
from contested.store.dialect import PG_SEARCH_EXPR, PG_SEARCH_QUERY
from contested.store.models import SORTS, BBox, IncidentFilter
from contested.store.schema import SPAN_DAYS

_ORDER: dict[str, str] = {
    "date": "(i.date_start IS NULL), i.date_start, i.date_end, i.incident_id",
    "-date": "(i.date_start IS NULL), i.date_start DESC, i.date_end DESC, i.incident_id",
    "killed": "(i.killed_best IS NULL), i.killed_best, i.incident_id",
    "-killed": "(i.killed_best IS NULL), i.killed_best DESC, i.incident_id",
    "updated": "i.updated_at, i.incident_id",
    "-updated": "i.updated_at DESC, i.incident_id",
    "id": "i.incident_id",
}
_WORD = re.compile(r"\w+", re.UNICODE)
_REACH = (
    f"date(?, '-' || coalesce(CAST((SELECT max({SPAN_DAYS}) FROM incidents) AS INTEGER), 0)"
    " || ' days')"
)


def order_by(sort: str) -> str:
    if sort not in _ORDER:
        raise UsageError(f"unknown sort {sort!r}: use one of {', '.join(SORTS)}")
    return _ORDER[sort]


def like_escape(value: str) -> str:
    """Escape LIKE wildcards with ``!`` (portable: SQLite and PostgreSQL)."""
    return value.replace("!", "!!").replace("%", "!%").replace("_", "!_")


def fts_query(q: str) -> str | None:
    """A user's words as an FTS5 query (each word a quoted term, ANDed); no FTS syntax."""
    words = _WORD.findall(q)
    return " ".join(f'"{w}"' for w in words) if words else None


def _bbox(value: BBox | tuple[float, float, float, float]) -> BBox:
    box = value if isinstance(value, BBox) else BBox(*value)
    if box.min_lon > box.max_lon or box.min_lat > box.max_lat:
        raise UsageError("bbox is min_lon,min_lat,max_lon,max_lat with min <= max")
    return box


def _simple(f: IncidentFilter) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    for column, value in (
        ("i.place_country", f.country),
        ("i.type", f.event_type),
        ("i.grade", f.grade),
    ):
        if value is not None:
            clauses.append(f"{column} = ?")
            params.append(value)
    if f.admin1 is not None:
        clauses.append("lower(i.place_admin1) = lower(?)")
        params.append(f.admin1)
    if f.since is not None:
        # the second clause only makes the first usable by the date_start indexes: no range
        # reaches ``since`` from further back than the longest span stored
        clauses.append(f"coalesce(i.date_end, i.date_start) >= ? AND i.date_start >= {_REACH}")
        params.extend([f.since.isoformat(), f.since.isoformat()])
    if f.until is not None:
        clauses.append("i.date_start <= ?")
        params.append(f.until.isoformat())
    if f.since is not None or f.until is not None:
        clauses.append("(i.date_start IS NULL) = 0")  # implied; lets the date-order indexes seek
    return clauses, params


# The distinct actor names (an index skip-scan: a few rows, not one per incident) that match.
_ACTORS = (
    "(SELECT a.actor FROM (SELECT DISTINCT actor FROM incident_perpetrators LIMIT -1) a"
    " WHERE lower(a.actor) LIKE ? ESCAPE '!')"
)


def _actor(counting: bool) -> str:
    """A count gathers the matching incidents as a set; a page walks the date order and
    probes each incident (both through the (actor, incident_id) index)."""
    if counting:
        return (
            "i.incident_id IN (SELECT p.incident_id FROM incident_perpetrators p"
            f" WHERE p.actor IN {_ACTORS})"
        )
    return (
        "EXISTS (SELECT 1 FROM incident_perpetrators p WHERE p.incident_id = i.incident_id"
        f" AND p.actor IN {_ACTORS})"
    )


def _related(f: IncidentFilter, counting: bool = False) -> tuple[list[str], list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if f.actor:
        clauses.append(_actor(counting))
        params.append("%" + like_escape(f.actor.lower()) + "%")
    if f.contested_only:
        clauses.append(
            "(i.grade = 'contested' OR EXISTS (SELECT 1 FROM contradictions c"
            " WHERE c.incident_id = i.incident_id))"
        )
    if f.bbox is not None:
        box = _bbox(f.bbox)
        clauses.append("i.place_lon BETWEEN ? AND ? AND i.place_lat BETWEEN ? AND ?")
        params.extend([box.min_lon, box.max_lon, box.min_lat, box.max_lat])
    return clauses, params


def _text(f: IncidentFilter, backend: str) -> tuple[list[str], list[Any]]:
    if f.q is None:
        return [], []
    match = fts_query(f.q)
    if match is None:
        return ["0 = 1"], []
    if backend == "postgresql":  # the same words, ANDed, as a tsquery over the GIN index
        clause = (
            "i.incident_id IN (SELECT r.incident_id FROM incident_reports r"
            " JOIN articles a ON a.article_id = r.article_id"
            f" WHERE {PG_SEARCH_EXPR} @@ {PG_SEARCH_QUERY})"
        )
        return [clause], [" ".join(_WORD.findall(f.q))]
    clause = (
        "i.incident_id IN (SELECT r.incident_id FROM incident_reports r"
        " JOIN articles_fts ON articles_fts.article_id = r.article_id"
        " WHERE articles_fts MATCH ?)"
    )
    return [clause], [match]


def where(
    filters: IncidentFilter | None, counting: bool = False, backend: str = "sqlite"
) -> tuple[str, list[Any]]:
    """``WHERE ...`` (or ``""``) over alias ``i`` of ``incidents``, and its parameters.

    ``counting``: the same rows, phrased for ``count(*)`` rather than for an ordered page.
    """
    if filters is None:
        return "", []
    clauses: list[str] = []
    params: list[Any] = []
    for more, values in (
        _simple(filters), _related(filters, counting), _text(filters, backend)
    ):
        clauses.extend(more)
        params.extend(values)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params
